"""Month names and the phrases around a date that say what the date is for (folded, lowercase).

Every phrase is accent-folded like `Doc.folded`, so "clôture" is written "cloture" and "vóór" "voor".
"""

from __future__ import annotations

# Month names and abbreviations, French, Dutch, English and German → month number.
MONTHS: dict[str, int] = {
    "janvier": 1, "janv": 1, "januari": 1, "january": 1, "januar": 1, "jan": 1,
    "fevrier": 2, "fevr": 2, "fev": 2, "februari": 2, "february": 2, "februar": 2, "feb": 2, "febr": 2,
    "mars": 3, "maart": 3, "march": 3, "marz": 3, "mrt": 3, "mar": 3,
    "avril": 4, "avr": 4, "april": 4, "apr": 4,
    "mai": 5, "mei": 5, "may": 5,
    "juin": 6, "juni": 6, "june": 6, "jun": 6,
    "juillet": 7, "juil": 7, "juli": 7, "july": 7, "jul": 7,
    "aout": 8, "augustus": 8, "august": 8, "aug": 8,
    "septembre": 9, "september": 9, "sept": 9, "sep": 9,
    "octobre": 10, "oktober": 10, "october": 10, "oct": 10, "okt": 10,
    "novembre": 11, "november": 11, "nov": 11,
    "decembre": 12, "december": 12, "dezember": 12, "dec": 12,
}
WEEKDAYS = (
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "ma", "di", "wo", "do", "vr", "za", "zo",
)
# After the day number: "1er", "2e", "3ème", "1ste", "2de", "1st".
DAY_SUFFIXES = ("er", "ere", "eme", "e", "ste", "de", "st", "nd", "rd", "th", "°")

# Cue phrases, each a regex fragment matched right before a date (with at most a few words between).
# Strong cues name the date for what it is.
DEADLINE_CUES = (
    r"date limite(?: de (?:depot|remise|rentree|reception|candidature|envoi)s?)?(?: des candidatures)?",
    r"au plus tard(?: pour)?(?: le)?", r"date butoir", r"date de cloture", r"cloture des (?:candidatures|inscriptions)",
    r"candidatures? (?:recevables? |acceptees? |attendues? |a (?:envoyer|introduire|rentrer|adresser) )?"
    r"(?:jusqu'(?:au|a)|avant(?: le)?|pour(?: le)?)",
    r"(?:postuler|postulez|candidater|envoyer|envoyez|rentrer|introduire|repondre|adresser) "
    r"(?:[a-z' ]{0,40})?(?:jusqu'(?:au|a)|avant(?: le)?|pour(?: le)?)",
    r"solliciteren (?:kan )?(?:tot|voor|uiterlijk)(?: en met)?", r"uiterlijk(?: op| tegen| tot)?",
    r"ten laatste(?: op| tegen| tot)?", r"(?:reageren|reageer|kandideren|kandidaturen|kandidatuur|sollicitaties?) "
    r"(?:[a-z ]{0,30})?(?:voor|tot|uiterlijk|ten laatste)(?: en met)?",
    r"deadline(?: for applications| candidatures?| voor sollicitaties)?", r"uiterste (?:sollicitatie)?datum",
    r"sluitingsdatum", r"apply (?:by|before)", r"applications? (?:close|by|before|until)",
    r"fin de (?:la )?publication", r"einddatum publicatie",
    r"delai(?: de (?:candidature|reponse|depot|rigueur|remise))?s?(?: pour (?:postuler|candidater|les candidatures))?",
    r"cloture(?: de l'offre| de l'appel| des inscriptions)?", r"sluiting(?: van de vacature)?",
)
# Ambiguous "until" words: a deadline in a sentence about applying, a contract end in one about the job.
UNTIL_CUES = (
    r"jusqu'(?:au|a)", r"d'ici (?:le|au|a)", r"avant le", r"avant", r"pour le", r"tot en met", r"tot", r"voor",
    r"tegen", r"before", r"until", r"by",
)
# A closed offer: the date it closed stands in for the deadline, with low confidence.
CLOSED_CUES = (r"(?:cloturee?s?|fermee?s?|expiree?s?|gesloten|afgesloten|closed) (?:depuis |sinds |since |le |op |on )?(?:le |op )?",)
START_CUES = (
    r"entree en (?:fonction|service)(?: (?:prevue|souhaitee|envisagee|idealement))?",
    r"date (?:d'entree|de debut|de demarrage)(?: en fonction)?",
    r"debut (?:de (?:contrat|la mission|l'engagement|fonction)|du contrat|des prestations|d'activite)",
    r"prise de (?:fonction|poste)", r"(?:poste |fonction )?(?:a pourvoir|vacant)", r"commencer", r"demarrage",
    r"startdatum", r"datum (?:van )?indiensttreding", r"indiensttreding", r"in dienst treden", r"(?:te )?starten",
    r"aanvang", r"begindatum", r"start(?:ing)? date", r"starting", r"to start",
)
# Start cues that must stand right before the date: "à partir du 1er mars", "vanaf 1 maart".
START_ADJACENT = (
    r"a partir du", r"a partir de", r"des le", r"des", r"vanaf", r"from", r"start op", r"begin",
    r"disponible (?:le|des le|a partir du|pour le)",
)
# Dates that are never the deadline: when the posting appeared, selection days, events.
PUBLISHED_CUES = (
    r"publiee? le", r"creee? le", r"date de publication", r"mise? a jour(?: le)?", r"publication(?: le)?",
    r"gepubliceerd(?: op)?", r"geplaatst(?: op)?", r"aangemaakt(?: op)?", r"bijgewerkt(?: op)?",
    r"posted(?: on)?", r"published(?: on)?", r"mis en ligne(?: le)?", r"en ligne depuis(?: le)?", r"offre du",
)
EXAM_CUES = (
    r"entretiens?(?: de selection| d'embauche)?(?: (?:auront|aura|se tiendront|sont prevus?|prevus?|auront lieu|"
    r"aura lieu|se derouleront|fixes?))?(?: lieu)?(?: (?:le|en|dans|au cours|la semaine du|du))?",
    r"epreuves?(?: ecrites?| orales?)?(?: (?:aura|auront) lieu)?(?: le| du)?", r"examens?(?: le)?",
    r"selections?(?: (?:aura|auront) lieu)?(?: le)?", r"jury(?: le)?", r"tests?(?: ecrits?)?(?: le)?",
    r"gesprekk?en(?: (?:vinden plaats|zullen plaatsvinden|gaan door|zijn gepland))?(?: op| in)?",
    r"sollicitatiegesprekk?en(?: op)?", r"selectie(?:proef|gesprek|dag|procedure)?(?: (?:op|in))?",
    r"assessment", r"interviews?(?: will take place)?(?: on)?",
)
EVENT_CUES = (
    r"seance d'information", r"seances d'information", r"portes? ouvertes?", r"colloque", r"conference",
    r"journee d'etude", r"formation le", r"reunion", r"infosessie", r"infomoment", r"opendeur",
    r"studiedag", r"webinaire?", r"evenement", r"atelier",
)
# Words that make a sentence about applying (an "until" is then a deadline).
APPLY_WORDS = (
    "candidat", "postul", "cv", "lettre de motivation", "envoy", "repondre", "inscription", "inscrire", "inscrivez",
    "offre valable",
    "sollicit", "kandida", "reageer", "reageren", "stuur", "motivatiebrief", "apply", "application", "inschrij",
)
# Words that make a sentence about the job itself (an "until" is then the end of a contract).
CONTRACT_WORDS = (
    "cdd", "contrat", "remplacement", "duree", "mission", "periode", "mandat", "engagement", "subsid",
    "convention", "projet", "contract", "vervanging", "bepaalde duur", "tijdelijk", "looptijd", "temporary",
    "interim", "conge", "ecartement", "absence", "maternite", "prolong", "renouvel",
)
START_WORDS = (
    "entree", "debut", "commenc", "prise de fonction", "pourvoir", "start", "indienst", "aanvang", "begin", "disponib",
    "beschikbaar",
)
# "As soon as possible", for the start date.
ASAP_PHRASES = (
    r"des que possible", r"au plus vite", r"au plus tot", r"immediatement", r"immediate",
    r"asap", r"a\.s\.a\.p\.?", r"zo snel mogelijk", r"zo spoedig mogelijk", r"zsm", r"onmiddellijk",
    r"as soon as possible", r"immediately", r"per direct",
)
# Before a month name alone, for a start month: "début octobre", "courant septembre", "vanaf september".
MONTH_QUALIFIERS = (
    r"debut", r"courant", r"mi", r"fin", r"en", r"des", r"au mois de", r"dans le courant du mois de",
    r"dans le courant de", r"pour", r"a partir de", r"vanaf", r"begin", r"half", r"eind", r"in", r"from",
    r"early", r"mid", r"late", r"le mois de", r"tijdens",
)
# Four-digit numbers taken as years when no full date gives one.
YEAR_MIN, YEAR_MAX = 2015, 2039
