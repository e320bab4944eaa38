"""Contract words (folded regular expressions) and the SCHEMA value each names."""

from __future__ import annotations

# Numbers of months or years as written before a duration: "6 mois", "un an", "twelve months".
_COUNT = r"(?:\d{1,2}|un|une|een|one|two|three|six|twelve|deux|trois|douze|twee|drie|zes|twaalf)"
_UNIT = r"(?:mois|maanden|months?|ans?|annees?|jaar|jaren|years?)\b"
# A contract given a length is a fixed-term one: "contrat de 4 mois", "contract van 6 maanden",
# "12-month contract", "Durée du contrat : 6 mois", "offered for 1 year", "6 months with possibility of
# extension". A trial period ("période d'essai de 6 mois") or an experience ("2 ans d'expérience") is no
# contract: the contract word must stand right before the length.
_DURATION = (
    r"(?:contrat(?: de travail)?|contract|cdd|mission|aanstelling|opdracht|dienstverband|appointment|assignment)"
    r" (?:de |d'|van |of |for |voor )?(?:(?:een |a |la |une )?(?:periode|duree|period|duration) (?:de |van |of ))?"
    + _COUNT
    + r"[ -]?"
    + _UNIT
    + r"|(?<![\d,.])"
    + _COUNT
    + r"[- ](?:month|year)s?(?:'s?)? (?:fixed[- ]term |temporary )?(?:contract|position|appointment|assignment|post)\b"
    r"|(?:duree(?: du contrat| de la mission| de l'engagement| du cdd)?(?: estimee)?|contract duration|"
    r"duration(?: of (?:the )?(?:contract|assignment|appointment))?|looptijd(?: van het contract)?|"
    r"duur(?: van het contract| van de opdracht)?)\s*:\s*(?:de |van )?"
    + _COUNT
    + r" "
    + _UNIT
    + r"|(?:pour|voor|for) (?:une|een|a) (?:duree|periode|period|duration) (?:determinee )?(?:de|van|of) "
    + _COUNT
    + r" "
    + _UNIT
    # "voor de duur van 3 jaar", "pour la durée de 18 mois", "Projectduur: 2 jaar"
    + r"|(?:voor de duur van|pour la duree de|for the duration of|projectduur\s*:|duree du projet\s*:)\s*"
    + _COUNT
    + r" "
    + _UNIT
    + r"|(?:offered|hired|engaged|appointed|employed|recruited) for (?:a period of )?"
    + _COUNT
    + r" "
    + _UNIT
    + r"|"
    + _COUNT
    + r" (?:mois|maanden|months?) (?:renouvelables?|prolongeables?|renewable|verlengbaar|with (?:the )?possibility of (?:an )?extension|"
    r"avec possibilite de (?:renouvellement|prolongation)|met (?:optie|mogelijkheid) (?:op |tot )?verlenging)"
)
# Ordered: the first pattern of a value that matches decides the value's position in the text.
CONTRACT_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "remplacement",
        r"contrat de remplacement|\bremplacement\b|\b(?:un|une|un\.e|un\(e\)|des) remplacant(?:e|\(e\)|\.e)?s?\b|vervangingscontract|vervangingsopdracht|\bvervanging\b|replacement contract|"
        r"(?:maternity|parental|sick) (?:leave )?cover|cover for (?:a )?(?:maternity|parental|sick) leave|"
        r"pour remplacer (?:un|une|notre|nos) (?:\w+ )?(?:collegue|travailleu|membre|titulaire)|"
        # German: "Ersatzvertrag", "als Vertretung", "Mutterschaftsvertretung"
        r"ersatzvertrag|\bals (?:krankheits|mutterschafts|eltern)?vertretung\b|(?:mutterschafts|krankheits|eltern)vertretung",
    ),
    (
        "statutaire",
        r"\bstatutaire\b|nomination|\bstatutair\b|vastbenoemd|vaste benoeming|titularisation|"
        # "benoeming in vast verband": the Flemish statutory appointment; "concours sur titres": the French
        # civil service's recruitment to a tenured post.
        r"(?:benoeming|benoemd|aanstelling|aangesteld|aanwerving|aangeworven) in vast verband|"
        r"(?:avis de |un )?concours (?:sur titres|externe|interne|sur epreuves)|statutarisch|verbeamtung",
    ),
    (
        "CDI",
        r"\bcdi\b|duree indeterminee|onbepaalde duur|vast contract|contrat fixe|permanent contract|"
        r"open-ended|contractuel a duree indeterminee|contract: permanent|contract type: permanent|permanent position|"
        r"permanent, full|permanent, part|permanent role|vast dienstverband|vaste aanstelling|vaste betrekking|"
        r"indefinite (?:duration|contract)|unlimited contract|(?:unlimited|indefinite|indeterminate) duration|"
        r"vaste job|(?<!on)onbepaalde tijd|permanent\s*[-–,]\s*(?:full|part)[- ]?time|long[- ]term contract|"
        r"(?:duree|duur)(?: du contrat| van het contract)?\s*:\s*(?:indeterminee|onbepaald)|"
        r"unbefristete[rnms]? (?:arbeits)?vertrag|\bunbefristet|auf unbestimmte zeit",
    ),
    (
        "CDD",
        r"\bcdd\b|duree determinee|(?<!on)bepaalde duur|(?<!on)bepaalde tijd|tijdelijk contract|fixed[- ]term|fixed-time|"
        r"contrat temporaire|contrat de projet|poste temporaire|emploi temporaire|"
        r"convention de premier emploi|contrat d'occupation d'etudiants?|job etudiant|jobstudent|studentenjob|"
        r"studentenovereenkomst|studentencontract|student job|tijdelijke? (?:dienstverband|aanstelling|opdracht|tewerkstelling|functie|job)\b|"
        r"temporary (?:contract|position|post|appointment|employment)|short-term (?:contract|appointment|graded)|"
        r"(?<!un)befristete[rnms]? (?:arbeits)?vertrag|(?<![a-z])befristet|auf bestimmte zeit|" + _DURATION,
    ),
    # "logement indépendant", "vie indépendante" say nothing of the contract: the status must be named.
    (
        "independant",
        r"statut (?:d'|d' )?independant|sous statut independant|(?:en tant qu'|comme |a titre |titre d')independant|"
        r"independant(?:e)? (?:complementaire|a titre principal)|(?:travailleur|prestataire|medecin|psychologue) "
        r"independant|collaboration independante|contrat d'independant|freelance|"
        # "zelfstandige" alone is also an adjective, and "anciënniteit uit een zelfstandige activiteit" counts
        # past work: the status must be named.
        r"als zelfstandige\b|zelfstandig(?:e|en)? statuut|statuut (?:van |als )?zelfstandige\b|"
        r"zelfstandige in (?:hoofd|bij)beroep|op zelfstandige basis|zelfstandige samenwerking|self-employed|"
        r"independent contractor|"
        r"consultance|"
        r"contrat de (?:prestations? de services?|consultance|consultant)|"
        r"(?:remuneration|paiement|facturation) sur (?:base de )?factures?|op factuurbasis|"
        # Dutch hire-in assignments: "inhuuropdracht", "zzp'er".
        r"inhuur(?:opdracht)?|\bzzp(?:'er|-er|er)?\b|opdracht ?tarief",
    ),
    # "recours à des intérimaires", "assurer l'intérim de la direction" (acting) say nothing of the contract.
    (
        "interim",
        r"(?:contrat|mission|poste|emploi|job|travail) (?:d'|en |)interim\b|interim(?:aire)? (?:contract|job|position)|"
        r"(?:contrat|mission) interimaire|"
        r"via (?:une |un |een |l')?(?:agence d'interim|bureau d'interim|interimkantoor|uitzendkantoor|uitzendbureau)|"
        r"uitzendkracht|uitzendcontract|interimcontract|"
        # a job board's card: "Interim" alone on its line
        r"(?:(?<=\n)|^)interim(?=[ \t]*(?:\n|$))",
    ),
    (
        "stage",
        r"contrat de stage|offre de stage|stageplaats|stageplek|internship|traineeship|stage de fin d'etudes|"
        r"stage (?:non )?remunere|praktikumsstelle|\bpraktikum\b",
    ),
    # "vers la formation ou le bénévolat": volunteering named in a description is not the contract.
    (
        "benevolat",
        r"(?:poste|fonction|mission|engagement|mandat|emploi) (?:de )?benevole|a titre benevole|volunteer position|"
        r"vrijwilligersfunctie|als vrijwilliger|vrijwilligersvacature|ehrenamtlich",
    ),
)
# Inside a contract label ("Type de contrat : Indépendant") a bare word is enough.
LABEL_PATTERNS: tuple[tuple[str, str], ...] = (
    ("independant", r"\bindependante?\b|\bindependent\b|\bzelfstandig|\bconsultan(?:cy|ce|t)\b"),
    # "Statut : Fonctionnaire", "Contrat : Titulaire": a civil servant's post, unless contract staff may apply too.
    (
        "statutaire",
        r"(?<!contractuels ou )(?<!contractuel ou )\b(?:fonctionnaire|titulaire)s?\b(?![^\n]{0,40}contractu)",
    ),
    ("interim", r"\binterim\b"),
    # "CDD; CDI; Détachement; Mutation": the routes of a French civil-service post.
    ("statutaire", r"\bdetachement\b|\bmutation\b"),
    ("benevolat", r"\bbenevol(?:at|e)\b|\bvrijwillig|\bvolunteer"),
    ("CDI", r"\bvast\b|(?<!emploi )\bpermanent\b"),
    # "Contrat : 12 mois": a length alone under the label.
    ("CDD", r"\btijdelijk\b|\btemporary\b|(?:(?<=:)|(?<=: )|(?<=\n))" + _COUNT + r"\s*" + _UNIT),
)
# A CDI only in prospect ("CDD en vue d'un CDI") does not make the contract a CDI.
PROSPECT = (
    r"(?:possibilite d[e']|en vue d'une?|evolution vers|eventuellement|perspective d[e']|debouchant sur|menant a|"
    r"transformable en|pouvant deboucher sur|kans op|mogelijkheid tot|met zicht op|possibly|ou titularisation|"
    r"(?:est |soit )?possible vers|evolutif en|evolutive en|evoluer vers|evoluer en|susceptible de deboucher sur|"
    r"optie (?:op |tot )?(?:verlenging/)?|with a view to|leading to|possibility of|(?:met )?uitzicht op|"
    r"renouvelable en|convertible en|renewable (?:on|into|to|as)|convertible (?:into|to)|omzetbaar (?:in|naar))"
    r"\s*(?:un\s+|a\s+|an\s+|een\s+)?"
    r"(?:(?:contrat|contract|aanstelling)\s+(?:a\s+|de\s+|van\s+|of\s+)?)?$"
)
# "Na deze periode is een contract van onbepaalde duur mogelijk", "un CDI est envisageable": said after.
PROSPECT_AFTER = (
    r"\s*(?:is |est |serait |would be )?(?:mogelijk|possible|envisageable|envisage|in het vooruitzicht)\b"
)
# A post open to civil servants and contract staff alike ("ouvert aux titulaires et aux contractuels") has
# no one status.
STATUS_OPEN = (
    r"ouvert(?:e)? (?:aux|a des) (?:agents )?contractuels|(?:titulaires?|fonctionnaires?|statutaires?) "
    r"(?:et|ou|et/ou) (?:aux |a des |par voie )?contractuel|statutaire ou contractuel|"
    r"voie statutaire ou (?:par voie )?contractuelle|a defaut(?:,)? (?:par voie )?contractuel|"
    r"statutair of contractueel|statutair en contractueel"
)
# The title or first lines calling for volunteers: "Vriendendienst zoekt vrijwilligers", "Devenir bénévole",
# "Appel à volontaires", "looks for an EVS volunteer". Words between the verb and the volunteers are only
# numbers and articles, so "recherche un coordinateur des bénévoles" is no call.
_VOLUNTEERS = r"(?:benevoles?|volontaires|\w*vrijwilligers?|volunteers?)\b"
VOLUNTEER_CALL = (
    r"(?:zoekt|zoeken|gezocht|op zoek naar|recrute|recrutons|recherche|recherchons|cherche|cherchons|"
    r"looks? for|looking for|seeks?|seeking|wanted|appel a|appel aux|oproep (?:aan|voor)|devenir|deviens|devenez|"
    r"word|become|vacancy for|vacature voor|vacature)\s+(?:(?:\d{1,3}|des|de|d'|een|an?|nieuwe|new|enthousiaste?s?|"
    r"motive(?:e)?s|motivated|evs|european|gemotiveerde)\s+){0,2}" + _VOLUNTEERS
)
