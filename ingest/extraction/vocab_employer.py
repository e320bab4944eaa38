"""Words that name organisations, their kinds and how postings present them (FR/NL/EN).

Folded patterns (lower case, no accents) unless said otherwise; the employer strategies compile them.
"""

from __future__ import annotations

# A recruiting verb; the organisation is the sentence's subject before it.
RECRUIT_VERB = (
    r"recrute(?:nt)?|engage(?:nt)?|recherche(?:nt)?|cherche(?:nt)?|"
    r"(?:est|sont)\s+(?:toujours\s+|encore\s+|\w+ment\s+)?a\s+la\s+recherche|souhaite\s+(?:engager|recruter)|"
    r"zoekt|zoeken|(?:is|zijn)\s+op\s+zoek|werft|is\s+looking|are\s+looking|is\s+hiring|is\s+recruiting|"
    r"are\s+recruiting|recruits|(?:is|are)\s+seeking|seeks|looks\s+for|"
    r"ouvre\s+un\s+poste|lance\s+un\s+appel|lance\s+un\s+(?:avis\s+de\s+)?recrutement|"
    # "Oud-Heverlee organiseert een selectieprocedure voor de aanwerving van", "X procède au recrutement d'un"
    r"organiseert\s+een\s+(?:selectieprocedure|aanwervingsprocedure|selectie|examen)|"
    r"organise\s+(?:un|une)\s+(?:examen|selection|procedure)\s+de\s+recrutement|procede\s+au\s+recrutement|"
    r"heeft\s+(?:een\s+)?(?:vacature|openstaande\s+(?:functie|vacature|plaats))|"
    # "la Cité X étoffe son organisation en créant un poste", "De Kaai versterkt haar team"
    r"(?:etoffe|renforce|agrandit|elargit)\s+(?:son|sa|ses|leur)\s+(?:equipes?|organisation|personnel)|"
    r"(?:versterkt|vergroot)\s+(?:haar|zijn|hun)\s+team|breidt\s+(?:haar|zijn|hun)\s+team\s+uit|"
    # German: "Die Klinik X sucht", "Das Zentrum Y stellt eine/n Sozialarbeiter/in ein"
    r"sucht|suchen|stellt\s+(?:ab\s+sofort\s+)?(?:eine?n?|eine/n|zwei|drei)\b"
)

# The kind of body a self-presentation names: "X est une ASBL", "X is een vzw", "X is an NGO".
KIND_OF_BODY = (
    r"asbl|ong|association|organisation|organisme|institution|h[oô]pital|service|centre|maison|r[ée]seau|vzw|"
    r"organisatie|ngo|non-profit|organization|network|alliance|ziekenhuis|centrum|dienst|netwerk|structure|"
    r"clinique|f[ée]d[ée]ration|initiative|projet|employeur|intercommunale|office|agence|agency|charity|hospital|"
    r"[ée]tablissement|administration|vereniging|instelling|voorziening|foundation|fondation|groupe|groep|group|"
    r"vog|zentrum|klinik|krankenhaus|dienststelle|ministerium|einrichtung|verein|beratungsstelle"
)

# A town presenting itself: "Herzele is een boeiende gemeente", "Ath est une commune".
KIND_OF_TOWN = r"gemeente|stad|commune|ville|municipality|city|town"
# Phrases after an organisation's name that present it: "X maakt deel uit van", "X a pour mission", "X c'est…".
PRESENTING_PHRASE = (
    r"maakt\s+deel\s+uit\s+van|fait\s+partie\s+d(?:u|e\s+la|e\s+l'|es|e)|is\s+(?:a\s+)?part\s+of|"
    r"is\s+(?:a\s+)?member\s+of|is\s+lid\s+van|"
    r"a\s+pour\s+(?:mission|ambition|objectif|vocation|but)|s'est\s+donn[ée]e?\s+pour\s+mission|"
    r"heeft\s+als\s+(?:missie|doel|opdracht)|has\s+the\s+mission|"
    r"c'est\s*(?:…|\.\.\.|:)"
)

# The head of a name built on its type, as written (case-sensitive): "CPAS de Namur", "Hôpital X".
TYPED_HEADS = (
    r"CPAS|C\.P\.A\.S\.|OCMW|Ville|Commune|Stad|Gemeente|Province|Provincie|Région|Hôpital|Clinique|CHU|CHR|"
    r"Centre Hospitalier|Centre hospitalier|Kliniek|Ziekenhuis|AZ|UZ|PZ|UPC|ASBL|asbl|VZW|vzw|"
    r"Service de [Ss]anté [Mm]entale|Centre de [Ss]anté [Mm]entale|CGG|Maison médicale|Fondation|Croix-Rouge|"
    r"Réseau|Netwerk|Fédération|Federatie|Ligue|Plate-forme|Plateforme|Overlegplatform|SSM|IHP|MSP|AMO|CGG|CAW|PZ|"
    r"Centre|Centrum|Maison|Clinique|Association|Beschut Wonen|Huis|Lokaal Bestuur|SPF|Service public|Observatoire|"
    r"FOD|Conseil [Dd]épartemental|Conseil [Rr]égional|Département|Université|Universiteit|University|Hogeschool|"
    r"Haute École|Haute Ecole|Athénée|Lycée|Ministère|Ministerie"
)

# The same heads written in lower case in a sentence; a proper name must follow: "au centre hospitalier du Carbet".
TYPED_HEADS_IN_LOWER_CASE = (
    r"centre hospitalier(?: universitaire| r[ée]gional| sp[ée]cialis[ée]| intercommunal)?|h[ôo]pital|clinique|"
    r"maison m[ée]dicale|centre de sant[ée] mentale|service de sant[ée] mentale"
)

# Words that say a text names an organisation.
ORG_WORDS = (
    r"asbl|vzw|centre|centrum|maison|clinique|hopital|hôpital|ziekenhuis|service|dienst|cpas|ocmw|ssm|cgg|"
    r"caw|ihp|msp|amo|reseau|réseau|netwerk|netwerken|federation|fédération|association|fondation|plateforme|ville|commune|"
    r"gemeente|stad|province|provincie|spf|fod|observatoire|institut|instituut|huis|beschut wonen|equipe mobile|"
    r"équipe mobile|lokaal bestuur|ligue|kliniek|pz|upc|chu|chr|"
    # public administrations
    r"commission communautaire|cocom|cocof|vgc|communauté|gemeenschap|région|gewest|spw|agence|agentschap|"
    r"intercommunale|ministère|ministerie|autorité|overheid|iriscare|aviq|vivalis|departement|département|"
    r"conseil départemental|conseil regional|conseil régional|"
    # schools and universities
    r"universite|université|universiteit|university|hogeschool|haute ecole|haute école|athenee|athénée|lycee|lycée|"
    r"ecole|école|school|college|collège"
)

# First words that make a text no name: pronouns, headings, clause openers ("Omdat een collega vertrekt, zoeken we"),
# link texts ("Site web de l'employeur").
STOP_NAMES = frozenset(
    """voor pour dans in binnen au afin urgent conseil bestuur directie equipe team vacature offre job appel
    nous vous notre votre wij we the il elle on qui le la l les ce cette ons onze je jij u our we're
    profil mission missions description fonction poste contact candidature conditions date lieu
    omdat aangezien doordat wanneer sinds zoals wie wat waarom comme puisque lorsque quand pourquoi que quoi suite
    because since who what why
    contexte context presentation introduction site website www lien link voir postcode adresse
    role rol position us you jou emploi vacancy opportunite informations
    travailler werken working rejoindre rejoignez join
    dit dat deze die waar hoe where how when ou comment
    termes terms fiche functiebeschrijving functieprofiel projet project opdracht affectation
    deux trois quatre plusieurs twee drie vier meerdere verschillende two three several
    ihre ihr ihnen sie wir unser unsere aufgaben profil stellenangebot stellenausschreibung bewerbung kontakt""".split()
)

# Words that only say what kind of body an organisation is: "Service de santé mentale" alone names none.
GENERIC_WORDS = frozenset(
    "service services sante mentale centre centrum maison medicale clinique hopital ziekenhuis psychiatrique "
    "psychiatrisch psychiatric dienst geestelijke gezondheidszorg gezondheid reseau netwerk association "
    "vereniging equipe team mobile mobiel asbl vzw de du des la le les l d van voor het der en et pour of the "
    "un une een a an "
    "mental health centre center hospital habitation protegee initiative beschut wonen sociale social sociaal "
    "action aide accueil jour nuit public publique openbaar soins psychiatriques psychiatrie zorg care "
    "chu chr ch chs cpas ocmw hospitalier hospitaliere universitaire universitair algemeen general".split()
)

# Mail domains of providers, not of organisations.
MAIL_PROVIDERS = frozenset({"gmail", "hotmail", "outlook", "yahoo", "skynet", "telenet", "proximus"})

# A heading over the posting's presentation of its organisation (folded, the whole line).
ORG_HEADING = (
    r"(?:description|descriptif|presentation|details)\s+(?:de\s+l'|de\s+la\s+|du\s+|de\s+)"
    r"(?:entreprise|societe|employeur|organisation|organisme|institution|etablissement|asbl|association|structure|"
    r"service)(?:\s*,\s*\w+)?|"
    r"(?:l'|notre\s+|la\s+)?(?:organisation|entreprise|employeur|institution|asbl|association|structure|"
    r"etablissement)|qui\s+sommes[\s-]+nous|a\s+propos(?:\s+de\s+nous)?|"
    r"over\s+(?:ons|de\s+organisatie|de\s+werkgever|het\s+bedrijf|onze\s+organisatie)|wie\s+zijn\s+(?:we|wij)|"
    r"(?:onze|de)\s+organisatie|bedrijfsomschrijving|organisatie|werkgever|"
    r"about\s+(?:us|the\s+(?:organi[sz]ation|employer|company))|who\s+we\s+are|company\s+description|"
    r"(?:the|our)\s+organi[sz]ation|organi[sz]ation|employer"
)
# A heading that names the organisation after these words: "Description du Service X", "Over Y", "About Z".
ORG_HEADING_NAMING = (
    r"(?:description|descriptif|presentation|a\s+propos)\s+(?:de\s+l'|de\s+la\s+|du\s+|des\s+|de\s+|d')|"
    r"over\s+(?:het\s+|de\s+)?|about\s+(?:the\s+)?|qui\s+est\s+(?:l'|le\s+|la\s+)?|wie\s+is\s+(?:het\s+|de\s+)?"
)
# Verbs that follow an organisation presenting itself (as written, lower case).
PRESENTING_VERB = (
    r"est|sont|était|is|zijn|was|were|are|a été|werd|fait partie|maakt deel|c'est|heeft|has|regroupe|rassemble|"
    r"réunit|compte|accompagne|organise|offre|propose|biedt|vormt|works|werkt|œuvre|oeuvre|agit|développe|"
    r"intervient|octroie|gère|couvre|comprend|emploie|employs|s'engage|lutte|vise|bestaat|ondersteunt|begeleidt|"
    r"supports|provides|offers|aims|helps|aide|assure|soutient|se situe|located|based|founded|fondée?|opgericht"
)
# First words of a clause before the subject, never of a name: "Fondé en 1982, le Service X …".
CLAUSE_OPENERS = frozenset(
    """depuis fonde fondee cree creee founded established since sinds opgericht situe situee gelegen located based
    avec with met dans in en au aux a pour for voor sur op travailler werken working rejoindre join joining
    aujourd'hui today vandaag actuellement ensemble samen grace thanks dankzij face afin om""".split()
)
# "Travailler à X, c'est …", "Werken bij X betekent …", "Working at X means …".
WORK_AT = (
    r"(?i:travailler\s+(?:a|à|au|aux|pour|chez|au\s+sein\s+d(?:u|e\s+la|e\s+l'|e)|dans)|rejoindre|int[ée]grer|"
    r"werken\s+(?:bij|voor|in)|working\s+(?:at|for|with)|join(?:ing)?)"
)
# The kind of a unit inside a body, as written (case-sensitive): "Service de Pédiatrie", "afdeling Welzijn".
UNIT_WORD = (
    r"Service|Département|Departement|Department|Pôle|Unité|Unit|Cellule|Direction|Directie|Dienst|dienst|"
    r"Afdeling|afdeling|Faculty|Faculté|Faculteit|Team|Équipe|Equipe|Centre|Centrum|Division|Research Group|"
    r"Onderzoeksgroep|Vakgroep|Maison|Huis"
)
# The kind of a unit, folded or as written in lower case: "service", "dienst", "équipe".
UNIT_KIND = r"service|dienst|equipe|équipe|unite|unité|pole|pôle|cellule|departement|département|afdeling"
# English puts the kind of body last (as written): "Ghent University", "Oxleas NHS Foundation Trust". Not a
# "University Hospital": a hospital named once is more often where the post works with others.
TYPED_TAILS = (
    r"NHS Foundation Trust|NHS Trust|Foundation Trust|University(?![ \t]+Hospital)|Health Board|"
    r"(?:Borough|County|City|District) Council"
)
