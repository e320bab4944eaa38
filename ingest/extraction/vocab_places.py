"""Words around a workplace, a street or a foreign place (folded, lowercase, regex fragments).

Belgian postcodes and place names are not here: `belgium.py` builds them from reference data.
"""

from __future__ import annotations

# Other spellings of Belgian places the reference data does not carry → the reference's name.
NAME_ALIASES = {
    "Brussels": "Bruxelles",
    "Bruxelles-Ville": "Bruxelles",
    "Brussel-Stad": "Brussel",
    "Bruxelles-Centre": "Bruxelles",
    "Antwerp": "Antwerpen",
    "Ghent": "Gent",
    "Saint-Josse": "Saint-Josse-ten-Noode",
    "Sint-Joost": "Sint-Joost-ten-Node",
    "Molenbeek": "Molenbeek-Saint-Jean",
    "Watermael": "Watermael-Boitsfort",
    "Boitsfort": "Watermael-Boitsfort",
    "LLN": "Louvain-la-Neuve",
}
# Of those, the ones shown as the reference writes them ("Brussels" → "Bruxelles"); the others keep the
# text's spelling ("Molenbeek").
ALIASES_SHOWN_AS_REFERENCE = (
    "Brussels Bruxelles-Ville Brussel-Stad Bruxelles-Centre Antwerp Ghent LLN".split()
)
# Names of the City of Brussels that people also use for the whole region: a commune named next to it is
# the workplace ("Brussels (Saint-Gilles office)").
BRUSSELS_NAMES = "Bruxelles Brussel Brussels Bruxelles-Ville Brussel-Stad".split()

# Everyday names of the three regions, beside the official ones the reference data gives.
REGION_WORDS = {
    "Région bruxelloise": "bruxelles",
    "Bruxelles-Capitale": "bruxelles",
    "Brussels Gewest": "bruxelles",
    "Brussels-Capital Region": "bruxelles",
    "Brussels Hoofdstedelijk Gewest": "bruxelles",
    "Wallonie": "wallonie",
    "Wallonia": "wallonie",
    "Région wallonne": "wallonie",
    "Flandre": "flandre",
    "Flandres": "flandre",
    "Vlaanderen": "flandre",
    "Flanders": "flandre",
    "Région flamande": "flandre",
    # Areas named without a town: "regio Kempen", "le Borinage".
    "Kempen": "flandre",
    "Westhoek": "flandre",
    "Meetjesland": "flandre",
    "Waasland": "flandre",
    "Pajottenland": "flandre",
    "Haspengouw": "flandre",
    "Borinage": "wallonie",
    "Condroz": "wallonie",
    "Famenne": "wallonie",
    "Hesbaye": "wallonie",
}
# Adjectives of a region, a province or a large town, which with no place named say where the post is: "les
# patients bruxellois", "le réseau institutionnel namurois", "het Antwerpse onderwijs", "le secteur wallon".
# Not "flamand" or "Vlaamse": the Flemish Community's bodies and language are in Brussels too; nor
# "luxembourgeois" or "Limburgse", shared with a country or a Dutch province.
REGION_ADJECTIVES = {
    r"bruxellois(?:e|es)?|brusselse": "bruxelles",
    r"wallon(?:ne|nes|s)?|waalse": "wallonie",
    r"namurois(?:e|es)?|liegeois(?:e|es)?|hennuy(?:er|ere|ers|eres)|montois(?:e|es)?": "wallonie",
    r"carolos?|carolo?regien(?:ne|nes|s)?|tournaisien(?:ne|nes|s)?|vervietois(?:e|es)?": "wallonie",
    r"naamse|luikse|henegouwse": "wallonie",
    r"anversois(?:e|es)?|gantois(?:e|es)?|brugeois(?:e|es)?|louvanistes?": "flandre",
    r"antwerpse|gentse|leuvense|brugse|mechelse|hasseltse|kortrijkse|kempense|(?:oost|west)-vlaamse": "flandre",
}
# ... except in what the candidate should know: "connaissance de l'environnement bruxellois" asks for a
# knowledge, it does not place the post.
KNOWLEDGE_WORDS = r"connai|kennis|knowledge|experience|ervaring|vertrouwd|familiar|affinit"
# Phrases that contain a place's name but name something else: the French-speaking community, a time zone
# ("before 15/03 23:59 (Brussels time)").
NOT_A_REGION = (
    r"federation wallonie[ -]bruxelles",
    r"wallonie[ -]bruxelles",
    r"fwb",
    r"brussels time",
    r"heure (?:de |d')?bruxelles",
    r"belgian time",
    r"brusselse tijd",
)

# A hospital, school or parish named after a saint: "Clinique Saint-Marc", "AZ Sint-Jan", "école Sainte-Marie".
# The saint is no place, unless a municipality bears the name ("campus Sint-Niklaas").
SAINT_NAMED = (
    r"chu|chr|ch|hopital|clinique|cliniques|kliniek|ziekenhuis|az|uz|institut|college|ecole|school|eglise|"
    r"kerk|parochie|paroisse|home|residence|centre|campus|wzc|hospital"
)
SAINT_PREFIXES = ("saint ", "sainte ", "sint ", "st ", "ste ")

# Right before the workplace: "lieu de travail :", "poste basé à", "werkplaats:".
WORKPLACE_CUES = (
    r"lieux? de (?:travail|prestations?|l'emploi)",
    r"lieu (?:d'affectation|du poste|du travail|de la mission)",
    r"(?:main )?campus ?:",
    r"campus principal",
    r"(?m:^)(?:ville|localite|location|locatie)",  # a portal's field: "Ville Dijon", "Location United States"
    r"localisation(?: du poste)?",
    r"port d'attache",
    r"adresse (?:du|de) (?:lieu de travail|travail|service|centre)",
    r"(?:basee?s?|localisee?s?|implantee?s?) (?:a|sur|en|au)",
    r"situee?s?(?: (?:a|sur|en|au))?",
    r"sise? (?:a|au)",
    r"se trouvent? (?:a|au|en|dans)",
    r"poste (?:est )?(?:a|base a|situe a|localise a)",
    r"travailler (?:a|au|en|sur)",
    r"travail (?:a|au)",
    r"au sein de (?:notre|nos|son|leur|la|l') ?(?:service|equipe|structure|centre|antenne|maison|site)s? (?:a|de|d')",
    r"sur (?:le|notre) site (?:de|d')",
    r"(?:notre|nos) (?:antenne|bureau|bureaux|implantation|site|secretariat)s? (?:a|de|d'|in)",
    r"werkplaats",
    r"standplaats",
    r"tewerkstellingsplaats",
    r"plaats van tewerkstelling",
    r"werkplek",
    r"(?:gelegen|gevestigd|gehuisvest) (?:in|te)",
    r"(?:werken|job|tewerkstelling) (?:in|te)",
    r"based (?:in|at)(?: our)?",
    r"located in",
    r"workplace",
    r"place of work",
    r"work location",
    r"duty station",
    r"office (?:in|at)",
)
# A preposition alone: a weaker hint ("à Bruxelles", "in Antwerpen", "te Gent").
PLACE_PREPOSITIONS = "a au en in te op sur".split()
# Inside a place without naming a town: city None, region of the place.
INSIDE_PHRASES = (
    r"(?:dans )?le centre de",
    r"(?:dans )?(?:la )?region (?:de|d')",
    r"(?:in de )?regio",
    r"(?:la )?province (?:de|du|d')",
    r"(?:in de )?provincie",
)
# Near a place, so perhaps outside it: city None; region of the place, none around Brussels (the labelled
# corpus leaves "Sud de Bruxelles" without a region).
AROUND_PHRASES = (
    r"(?:au |le |dans le )?(?:sud|nord|est|ouest)(?:-(?:est|ouest))? de",
    r"(?:en |dans la )?peripherie (?:de|d')",
    r"a proximite (?:de|d')",
    r"pres de",
    r"aux? (?:environs|alentours) de",
    r"in de (?:buurt|rand|omgeving) van",
    r"nabij",
    r"rond",
)
# A distance from a place: "à 20 km de Lille", "op tien minuten van Gent": the post is not there.
DISTANCE_PHRASES = (
    r"\d+\s*(?:km|kilometres?|kilometer|minutes?|min\.?|minuten)\s+(?:de|d'|du|des|van|from|of)",
)
# The whole of a region: region only.
WHOLE_REGION_PHRASES = (r"partout en", r"(?:dans )?toute la", r"overal in", r"(?:in )?heel", r"throughout")
# A place label that names no town: "Standplaats: Overal", "Lieu : à domicile".
VAGUE_PLACE_OPENINGS = (
    r"overal",
    r"partout",
    r"toute la belgique",
    r"heel belgie",
    r"thuis",
    r"a domicile",
    r"domicile",
    r"teletravail",
    r"thuiswerk",
    r"remote",
    r"itinerant",
    r"variable",
    r"divers",
    r"plusieurs",
    r"verschillende",
)

# A sentence with these words gives the address to send an application to, or where the selection
# takes place ("les candidats retenus passeront un entretien à …"), not the workplace.
APPLY_ADDRESS_WORDS = [
    *"candidature cv envoy adress courrier sollicit kandidat stuur t.a.v motivatiebrief apply send postul".split(),
    *("lettre de motivation", "a l'attention", "a l'att", "par la poste", "voie postale", "ter attentie"),
    *("retenus", "retenues", "preselection", "epreuve", "selectieproef", "selectiegesprek", "shortlisted"),
    "interview",
]
# The organisation's seat or head office, named where the post is not: "maatschappelijke zetel in Antwerpen".
SEAT_WORDS = (
    r"siege(?: social| administratif| central)?",
    r"(?:hoofd|maatschappelijke )?zetel",
    r"head ?office",
    r"registered office",
    r"headquarters",
    r"headquartered",
    r"administration centrale",
    r"centrale diensten",
    r"bureaux? administratifs?",
    r"adresse administrative",
    r"adresse (?:de|pour la) correspondance",
)
# A line with these words is the publisher's or employer's footer.
FOOTER_WORDS = [
    *"tel tél fax tva btw bce kbo ondernemingsnummer copyright © e.r. v.u. iban rpm rpr www. @".split(),
    *(
        "numero d'entreprise",
        "n° d'entreprise",
        "siege social",
        "maatschappelijke zetel",
        "editeur responsable",
    ),
    *("all rights", "tous droits"),
]

# French street types, before the street's name: "rue Haute 12", "avenue Louise 54 bte 3".
STREET_TYPES = (
    "rue avenue av. boulevard bd bld chaussée chaussee ch. place square quai chemin route allée allee drève "
    "dreve clos impasse rempart sentier parvis galerie cité cite voie rond-point passage faubourg esplanade "
    "résidence domaine thier tienne ruelle venelle cour montagne plateau val"
).split()
# Dutch street words, at the end of the street's name: "Kerkstraat 5 bus 2", "Frankrijklei 10".
STREET_SUFFIXES = (
    "straat laan steenweg plein lei weg dreef kaai markt vest singel dijk baan pad park kouter hof plaats wal "
    "rei square boulevard dam gracht berg veld laantje straatje dries heide meers kade"
).split()
# A street number's box: "bte 3", "bus 2", "boîte 4", "/2".
BOX_WORDS = "bte bte. boîte boite bus b. bt".split()

# Foreign towns, countries and French départements come from reference data (`abroad.py`). What says a
# town's name means the foreign town: its country or département right after it ("Bamako, Mali",
# "Vitré (Ille-et-Vilaine)", "Lille (France)") or its country right before ("Burkina Faso, Ouagadougou").
# Everyday names of countries the reference data (CLDR, GeoNames) writes otherwise → ISO code.
COUNTRY_ALIASES = {
    "Palestine": "PS",
    "Congo": "CD",
    "RDC": "CD",
    "RD Congo": "CD",
    "UK": "GB",
    "England": "GB",
    "Angleterre": "GB",
    "Engeland": "GB",
    "Scotland": "GB",
    "Écosse": "GB",
    "Wales": "GB",
    "USA": "US",
}
# Country names that are also words: "Indien u interesse heeft" (Dutch "if"; French "Indian"), a jersey, and
# the American states of "New Jersey" and "Georgia".
NOT_COUNTRY_WORDS = frozenset({"indien", "jersey", "georgia"})
ABROAD_AFTER = r"[ \t]*(?:,|\(|/|[–-](?=[ \t]))[ \t]*"
ABROAD_BEFORE = r"(?:,|[ \t][–-])[ \t]*$"
# "Conseil départemental du Finistère", "le département du Nord": a French département, region "other".
DEPARTMENT_BEFORE = r"(?<![a-z])departement(?:al|ale)?\s+(?:de la |de l'|du |des |de |d')"
# A public body or hospital named after its town: the town is where the post is, unless the posting says
# otherwise ("Gemeente Zonnebeke", "CPAS de Namur", "Centre hospitalier d'Arles", "in de stad Antwerpen").
# A foreign town counts after a hospital only: "la ville de Kinshasa" may be anyone's birthplace.
TOWN_HOSPITALS = (
    r"centre hospitalier(?: universitaire| regional| specialise| intercommunal| general)?",
    r"ch|chu|chr|chs|cmp|hopital",
)
TOWN_INSTITUTIONS = (
    *TOWN_HOSPITALS,
    r"cpas|ville|commune|administration communale|centre public d'action sociale|city|municipality|town",
    r"(?:etablissement )?penitentiaire|prison",  # "l'établissement pénitentiaire de Marneffe"
    # "het cultuurcentrum van Leuven", "le centre culturel de Huy", "la maison de quartier de Jette"
    r"cultuurcentrum|gemeenschapscentrum|centre culturel|maison de quartier|bibliotheek|bibliotheque",
)
# A foreign town counts as the organisation's own after these too: "Ville de Carouge", "Mairie de Lunel".
TOWN_AUTHORITIES_ABROAD = r"ville|commune|mairie|ccas|centre communal d'action sociale|gemeente"
TOWN_INSTITUTION_LINKS = r"(?:de la |de l'|du |de |d'|of (?:the )?|van )"
# Flemish bodies and acronyms put the town right after their name: "Lokaal bestuur Zwalm", "CPAS Namur".
TOWN_INSTITUTIONS_UNLINKED = (
    r"gemeente|stad|gemeentebestuur|stadsbestuur|lokaal bestuur|ocmw|cpas|chu|chr|uz|gevangenis(?: van| te)?"
)
# A university or college named after its town, the organisation's town when named in the first lines
# ("Universiteit Gent", "Université de Liège", "KU Leuven", "Ghent University"); further down it is more
# often where a candidate studied.
TOWN_UNIVERSITIES_BEFORE = (
    r"(?:universite|universiteit|university|hogeschool|haute ecole)(?: libre| catholique)?"
    r"(?: de la | de l'| de | d'| van | of |\s+)|ku\s+"
)
TOWN_UNIVERSITIES_AFTER = r"\s+university"
# Large foreign towns may be named with only a preposition ("le poste est à Lyon"); smaller ones need a cue.
ABROAD_PREPOSITION_POPULATION = 100_000
# "Luxembourg" is a Belgian province, a country and a city: these phrases say which.
LUXEMBOURG_COUNTRY = (r"grand[ -]duche de", r"groothertogdom", r"au", r"du grand[ -]duche", r"l-\d{4}")
LUXEMBOURG_PROVINCE_AFTER = (r"belge", r"\(province\)", r"\(b\)", r"\(be\)")

# Words that follow a number but are no place: "2500 EUR", "1500 patients".
# Municipalities that are also everyday words ("Meer info bij…", "As a member…", "Peer support"): named
# alone they count only after a place preposition ("te Meer", "à Spa") or with a postcode.
COMMON_WORD_PLACES = frozenset(
    "meer as peer lint halen bever ham lot spa wellen mol boom hamme zele nil bas ans hove laar wortel "
    "lede vorst werken recht doel naast heffen voeren leest melden alle ligne ere heure nouvelles membre "
    "humain appels celles mal termes mere reves salles lavoir".split()
)
NOT_PLACE_WORDS = set(
    (
        "eur euro euros brut bruts net nets heures heure uur uren jours dagen km personnes habitants patients "
        "beneficiaires lits bedden membres leden m2 etp fte places plaatsen enfants kinderen jeunes familles "
        "dossiers prestations"
    ).split()
)

# What says a posting comes from abroad when it names no place: pay in another currency, another country's
# public services (France's hospital civil service and its bodies, the NHS, Québec's CISSS), a nationality
# asked for, an e-mail domain or phone prefix of another country. Folded phrases, then acronyms as written.
FOREIGN_SYSTEM_PHRASES = (
    r"fonction publique (?:hospitaliere|territoriale|d'etat)",
    r"agence regionale de sante",
    r"pole emploi",
    r"france travail",
    r"nationalite (?:francaise|suisse|luxembourgeoise|canadienne)",
    r"convention collective nationale",  # France's; Belgium has joint committees ("CP 330")
    r"haute autorite de sante",
    r"(?:de )?classe normale",  # grades of France's civil service: "psychologue de classe normale"
    r"hors[ -]classe",
    r"diplome d.etat",
    r"cadre de sante",
    r"(?:au|du|tout le) quebec",  # the province; its capital is "à Québec"
    r"(?:cadre legal|droit|legislation|etat)(?: et institutionnel)? luxembourgeois",  # the Grand Duchy's
)
FOREIGN_SYSTEM_ACRONYMS = (
    *("FPH", "EHPAD", "EPSM", "CCAS", "MDPH", "GHT", "CATTP", "RNCP", "EJE"),
    *("NHS", "CIUSSS", "CISSS"),
)
FOREIGN_CURRENCIES = ("$", "£", "CHF", "CAD", "USD", "GBP")
FOREIGN_EMAIL_DOMAINS = ("fr", "nl", "lu", "ch", "de", "uk", "ca")
FOREIGN_PHONE_PREFIXES = ("33", "31", "352", "41", "44", "49")
# What says it is Belgian after all: a Belgian e-mail or web domain, or phone prefix.
BELGIAN_DOMAIN = "be"
BELGIAN_PHONE_PREFIX = "32"
