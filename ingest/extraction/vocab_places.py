"""Words around a workplace, a street or a foreign place (folded, lowercase, regex fragments).

Belgian postcodes and place names are not here: `belgium.py` builds them from reference data.
"""

from __future__ import annotations

# Other spellings of Belgian places the reference data does not carry → the reference's name.
NAME_ALIASES = {
    "Brussels": "Bruxelles", "Bruxelles-Ville": "Bruxelles", "Brussel-Stad": "Brussel", "Bruxelles-Centre": "Bruxelles",
    "Antwerp": "Antwerpen", "Ghent": "Gent", "Saint-Josse": "Saint-Josse-ten-Noode", "Sint-Joost": "Sint-Joost-ten-Node",
    "Molenbeek": "Molenbeek-Saint-Jean", "Watermael": "Watermael-Boitsfort", "Boitsfort": "Watermael-Boitsfort",
    "LLN": "Louvain-la-Neuve",
}
# Everyday names of the three regions, beside the official ones the reference data gives.
REGION_WORDS = {
    "Région bruxelloise": "bruxelles", "Bruxelles-Capitale": "bruxelles", "Brussels Gewest": "bruxelles",
    "Brussels-Capital Region": "bruxelles", "Brussels Hoofdstedelijk Gewest": "bruxelles",
    "Wallonie": "wallonie", "Wallonia": "wallonie", "Région wallonne": "wallonie",
    "Flandre": "flandre", "Flandres": "flandre", "Vlaanderen": "flandre", "Flanders": "flandre",
    "Région flamande": "flandre",
}
# Phrases that contain a region's name but name something else: the French-speaking community.
NOT_A_REGION = (r"federation wallonie[ -]bruxelles", r"wallonie[ -]bruxelles", r"fwb")

# Right before the workplace: "lieu de travail :", "poste basé à", "werkplaats:".
WORKPLACE_CUES = (
    r"lieux? de (?:travail|prestations?|l'emploi)", r"lieu d'affectation", r"lieu du poste", r"localisation(?: du poste)?", r"adresse du (?:lieu de travail|service|centre)",
    r"basee?s? (?:a|sur|en|au)", r"situee?s?(?: (?:a|sur|en|au))?", r"localisee?s? (?:a|en|au)", r"implantee?s? (?:a|en|au)",
    r"sise? (?:a|au)", r"poste (?:est )?(?:a|base a|situe a|localise a)", r"travailler (?:a|au|en|sur)", r"travail (?:a|au)",
    r"au sein de (?:notre|nos|son|leur|la|l') ?(?:service|equipe|structure|centre|antenne|maison|site)s? (?:a|de|d')",
    r"sur (?:le|notre) site (?:de|d')", r"(?:notre|nos) (?:antenne|bureau|bureaux|implantation|site)s? (?:a|de|d')",
    r"werkplaats", r"standplaats", r"tewerkstellingsplaats", r"plaats van tewerkstelling", r"werkplek",
    r"(?:gelegen|gevestigd|gehuisvest) (?:in|te)", r"(?:werken|job|tewerkstelling) (?:in|te)",
    r"based (?:in|at)", r"located in", r"workplace",
)
# A preposition alone: a weaker hint ("à Bruxelles", "in Antwerpen", "te Gent").
PLACE_PREPOSITIONS = (r"a", r"au", r"en", r"in", r"te", r"op", r"sur")
# Inside a place without naming a town: city None, region of the place.
INSIDE_PHRASES = (
    r"(?:dans )?le (?:sud|nord|est|ouest|centre)(?:-(?:est|ouest))? de", r"(?:dans )?(?:la )?region (?:de|d')",
    r"regio", r"in de regio", r"(?:la )?province (?:de|du|d')", r"(?:in de )?provincie",
)
# Near a place, so perhaps outside it: city None; region of the place, none around Brussels.
AROUND_PHRASES = (
    r"au (?:sud|nord|est|ouest) de", r"(?:en |dans la )?peripherie (?:de|d')", r"a proximite (?:de|d')",
    r"pres de", r"aux? (?:environs|alentours) de", r"in de (?:buurt|rand|omgeving) van", r"nabij", r"rond",
)
# The whole of a region: region only.
WHOLE_REGION_PHRASES = (r"partout en", r"toute la", r"dans toute la", r"overal in", r"heel", r"in heel", r"throughout")

# A sentence with these words gives the address to send an application to, not the workplace.
APPLY_ADDRESS_WORDS = (
    "candidature", "cv", "lettre de motivation", "envoy", "adress", "a l'attention", "a l'att", "courrier",
    "par la poste", "voie postale", "sollicit", "kandidat", "stuur", "t.a.v", "ter attentie", "motivatiebrief",
    "apply", "send", "postul",
)
# A line with these words is the publisher's or employer's footer.
FOOTER_WORDS = (
    "tel", "tél", "fax", "tva", "btw", "bce", "kbo", "numero d'entreprise", "n° d'entreprise", "ondernemingsnummer",
    "siege social", "maatschappelijke zetel", "copyright", "©", "editeur responsable", "e.r.", "v.u.", "iban",
    "rpm", "rpr", "www.", "@", "all rights", "tous droits",
)

# French street types, before the street's name: "rue Haute 12", "avenue Louise 54 bte 3".
STREET_TYPES = (
    "rue", "avenue", "av.", "boulevard", "bd", "bld", "chaussée", "chaussee", "ch.", "place", "square", "quai",
    "chemin", "route", "allée", "allee", "drève", "dreve", "clos", "impasse", "rempart", "sentier", "parvis",
    "galerie", "cité", "cite", "voie", "rond-point", "passage", "faubourg", "esplanade", "résidence", "domaine",
    "thier", "tienne", "ruelle", "venelle", "cour", "montagne", "plateau", "vieux chemin", "val",
)
# Dutch street words, at the end of the street's name: "Kerkstraat 5 bus 2", "Frankrijklei 10".
STREET_SUFFIXES = (
    "straat", "laan", "steenweg", "plein", "lei", "weg", "dreef", "kaai", "markt", "vest", "singel", "dijk", "baan",
    "pad", "park", "kouter", "hof", "plaats", "wal", "rei", "square", "boulevard", "dam", "gracht", "berg", "veld",
    "laantje", "straatje", "dries", "heide", "meers", "kade",
)
# A street number's box: "bte 3", "bus 2", "boîte 4", "/2".
BOX_WORDS = ("bte", "bte.", "boîte", "boite", "bus", "b.", "bt")

# Towns across the border that postings name as a workplace, and foreign countries (region "other").
FOREIGN_CITIES = (
    "Paris", "Lille", "Lyon", "Marseille", "Roubaix", "Tourcoing", "Valenciennes", "Maubeuge", "Strasbourg", "Metz",
    "Reims", "Nancy", "Dunkerque", "Luxembourg-Ville", "Esch-sur-Alzette", "Amsterdam", "Rotterdam", "Den Haag",
    "La Haye", "Utrecht", "Eindhoven", "Maastricht", "Breda", "Aachen", "Aix-la-Chapelle", "Köln", "Cologne",
    "Berlin", "Londres", "London", "Genève", "Lausanne", "Madrid",
)
FOREIGN_COUNTRIES = (
    "France", "Frankrijk", "Pays-Bas", "Nederland", "Netherlands", "Grand-Duché de Luxembourg",
    "Groothertogdom Luxemburg", "Allemagne", "Duitsland", "Deutschland", "Germany", "Suisse", "Zwitserland",
    "Royaume-Uni", "Espagne", "Italie",
)
# "Luxembourg" is a Belgian province, a country and a city: these phrases say which.
LUXEMBOURG_COUNTRY = (r"grand[ -]duche de", r"groothertogdom", r"au", r"du grand[ -]duche", r"l-\d{4}")
LUXEMBOURG_PROVINCE_AFTER = (r"belge", r"\(province\)", r"\(b\)", r"\(be\)")

# Words that follow a number but are no place: "2500 EUR", "1900 heures".
NOT_PLACE_WORDS = (
    "eur", "euro", "euros", "brut", "bruts", "net", "nets", "heures", "heure", "uur", "uren", "jours", "dagen", "km",
    "personnes", "habitants", "patients", "beneficiaires", "lits", "bedden", "membres", "leden", "m2", "m²", "etp",
    "fte", "places", "plaatsen", "enfants", "kinderen", "jeunes", "familles", "dossiers", "prestations", "euros.",
)
