"""Month names and the phrases around a date that say what the date is for (folded, lowercase).

Every phrase is accent-folded like `Doc.folded`, so "clôture" is written "cloture" and "vóór" "voor".
"""

from __future__ import annotations

# Month names and abbreviations, French, Dutch, English and German → month number.
_MONTH_NAMES = {
    1: "janvier janv januari january januar jan",
    2: "fevrier fevr fev februari february februar feb febr",
    3: "mars maart march marz mrt mar",
    4: "avril avr april apr",
    5: "mai mei may",
    6: "juin juni june jun",
    7: "juillet juil juli july jul",
    8: "aout augustus august aug",
    9: "septembre september sept sep",
    10: "octobre oktober october oct okt",
    11: "novembre november nov",
    12: "decembre december dezember dec",
}
MONTHS: dict[str, int] = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}
# Before a day, as in "lundi 20 juin" (full names only: "ma", "do" are words too).
WEEKDAYS = (
    "lundi mardi mercredi jeudi vendredi samedi dimanche maandag dinsdag woensdag donderdag vrijdag zaterdag "
    "zondag monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag "
    "samstag sonntag"
).split()
# After the day number: "1er", "2e", "3ème", "1ste", "2de", "1st".
DAY_SUFFIXES = ("er", "ere", "eme", "e", "ste", "de", "st", "nd", "rd", "th", "°")

# Cue phrases, each a regex fragment matched right before a date (with at most a few words between).
# Strong cues name the date for what it is.
DEADLINE_CUES = (
    r"date (?:de )?limite(?: de (?:depot|remise|rentree|reception|candidature|envoi)s?)?(?: des candidatures)?",
    r"(?:date d')?echeance",
    r"(?:expiration|expiry) date",
    r"(?:the )?(?:vacancy|offer|position|call|posting) (?:closes|expires)(?: on)?",
    r"applications? (?:will )?close(?:s)?(?: on)?",
    r"au plus tard(?: pour)?(?: le)?",
    r"date butoir",
    r"date de cloture",
    r"cloture des (?:candidatures|inscriptions)",
    r"candidatures? (?:recevables? |acceptees? |attendues? |a (?:envoyer|introduire|rentrer|adresser) )?"
    r"(?:jusqu'(?:au|a)|avant(?: le)?|pour(?: le)?)",
    # "Les candidatures doivent être rentrées pour le 19 août", "devront nous parvenir avant le 3 mai"
    r"candidatures? (?:doivent|devront|sont a) (?:etre |nous )?(?:[a-z]+ ){0,3}?"
    r"(?:rentrees|introduites|envoyees|adressees|deposees|parvenir|transmises|recues|remises)"
    r"(?: [a-z' ]{0,30}?)? (?:jusqu'(?:au|a)|avant(?: le)?|pour(?: le)?|le)",
    r"(?:postuler|postulez|candidater|envoyer|envoyez|rentrer|introduire|repondre|adresser) "
    r"(?:[a-z' ]{0,40})?(?:jusqu'(?:au|a)|avant(?: le)?|pour(?: le)?)",
    r"solliciteren (?:kan )?(?:tot|voor|uiterlijk|t\.?e\.?m\.?|tem)(?: en met)?",
    r"uiterlijk(?: op| tegen| tot)?",
    r"ten laatste(?: op| tegen| tot)?",
    r"(?:reageren|reageer|kandideren|kandidaturen|kandidatuur|sollicitaties?) "
    r"(?:[a-z ]{0,30})?(?:voor|tot|uiterlijk|ten laatste)(?: en met)?",
    r"deadline(?: for applications| candidatures?| voor sollicitaties)?",
    r"uiterste (?:sollicitatie|inschrijvings|kandidatuur|kandidaturen|reactie)?datum",
    # "Vacature open tot 15/12", "De vacature sluit op 12 december", "cette offre expire le 3 mai"
    r"(?:de )?vacature (?:sluit|loopt|staat open|is open|blijft open|open)(?: (?:op|tot|af op))?(?: en met)?",
    r"(?:cette |l')?offre (?:expire|se termine|se cloture|est ouverte jusqu'(?:au|a))(?: le)?",
    r"sluitingsdatum",
    # German: "Bewerbungen bis zum 15. Januar", "Bewerbungsfrist", "bis spätestens"
    r"bewerbung(?:en)? (?:[a-z ]{0,40}?)?(?:bis(?: zum| spatestens(?: zum| am)?)?|vor dem|spatestens(?: am| bis zum)?)",
    r"bewerbungs(?:frist|schluss)(?: ist(?: der)?)?",
    r"einsendeschluss",
    r"bis spatestens(?: zum| am)?",
    r"afsluitdatum(?: (?:van de|voor de?) (?:kandidaturen|inschrijvingen|sollicitaties|vacature))?",
    r"apply (?:by|before)",
    # "must reach us by 23:59 CET on 10 January"
    r"(?:must|should|to) (?:reach us|be received|be submitted|be sent)(?: [a-z ]{0,20})? (?:by|before|no later than)"
    r"(?: \d{1,2}[:.h]\d{2})?(?: (?:cet|cest|brussels time))?(?: on)?",
    r"(?:no|not) later than(?: \d{1,2}[:.h]\d{2})?(?: (?:cet|cest))?(?: on)?",
    r"applications? (?:by|before|until)",
    r"fin de (?:la )?publication",
    r"einddatum publicatie",
    r"delai(?: de (?:candidature|reponse|depot|rigueur|remise))?s?(?: pour (?:postuler|candidater|les candidatures))?",
    r"cloture(?: de l'offre| de l'appel| des inscriptions)?",
    r"sluiting(?: van de vacature)?",
    r"closing date",
    r"application deadline",
)
# Ambiguous "until" words: a deadline in a sentence about applying, a contract end in one about the job.
UNTIL_CUES = (
    r"jusqu'(?:au|a)",
    r"d'ici (?:le|au|a)",
    r"avant le",
    r"avant",
    r"pour le",
    r"tot en met",
    r"t\.e\.m\.?",
    r"tot",
    r"voor",
    r"tegen",
    r"before",
    r"until",
    # "by midnight CET on Sunday 14 March", "by 12:00 on 3 May"
    r"by (?:midnight|noon|\d{1,2}[:.h]\d{2}(?: ?[ap]\.?m\.?)?|\d{1,2} ?[ap]\.?m\.?)"
    r"(?: (?:cet|cest|brussels time|belgian time))?(?: on)?",
    r"by",
)
# A closed offer: the date it closed stands in for the deadline, with low confidence.
CLOSED_CUES = (
    r"(?:cloturee?s?|fermee?s?|expiree?s?|gesloten|afgesloten|closed) (?:depuis |sinds |since |le |op |on )?(?:le |op )?",
)
START_CUES = (
    # not "entrée (officiellement) en vigueur", a law coming into force
    r"entree(?! (?:officiellement )?en vigueur)(?: en (?:fonction|service))?(?: (?:prevue|souhaitee|envisagee|idealement))?",
    r"date (?:d'entree|de debut|de demarrage)(?: en fonction)?",
    r"debut (?:de (?:contrat|la mission|l'engagement|fonction)|du contrat|des prestations|d'activite)",
    r"prise de (?:fonction|poste)",
    r"engagement (?:souhaite|prevu|envisage)",
    r"(?:poste |fonction )?(?:a pourvoir|vacant)",
    r"commencer(?:ez)?",
    r"commencez",
    r"demarrage",
    r"debut",
    r"startdatum",
    r"datum (?:van )?indiensttreding",
    r"indiensttreding",
    r"in dienst treden",
    r"(?:te )?starten",
    r"aanvang",
    r"begindatum",
    r"start(?:ing)? date",
    r"(?:date of )?entry (?:on|into) (?:duty|service)",
    r"date of entry",
    r"starting",
    r"to start",
    r"arbeitsbeginn",
    r"dienstantritt",
    r"(?:datum des )?(?:stellenantritt|eintritt(?:sdatum)?)",
)
# Start cues that must stand right before the date: "à partir du 1er mars", "vanaf 1 maart", "Start: 1 May".
START_ADJACENT = (
    r"a partir du",
    r"a partir de",
    r"des le",
    r"des",
    r"vanaf",
    r"from",
    r"start op",
    r"start",
    r"begin",
    r"disponible (?:le|des le|a partir du|pour le)",
    r"ab dem",
    r"ab",
)
# Dates that are never the deadline: when the posting appeared, selection days, events.
PUBLISHED_CUES = (
    r"publiee? le",
    r"creee? le",
    r"date de publication",
    r"mise? a jour(?: le)?",
    r"publication(?: le)?",
    r"gepubliceerd(?: op)?",
    r"geplaatst(?: op)?",
    r"aangemaakt(?: op)?",
    r"bijgewerkt(?: op)?",
    r"posted(?: on)?",
    r"published(?: on)?",
    r"mis en ligne(?: le)?",
    r"en ligne depuis(?: le)?",
    r"offre du",
    # "Période d'affichage : du 2 au 13 février": the days the offer is posted (its last is the deadline).
    r"(?:date|dates|periode) d'affichage",
    r"affichee? (?:du|depuis le)",
)
EXAM_CUES = (
    r"entretiens?(?: de selection| d'embauche)?(?: (?:auront|aura|se tiendront|sont prevus?|prevus?|auront lieu|"
    r"aura lieu|se derouleront|fixes?))?(?: lieu)?(?: (?:le|en|dans|au cours|la semaine du|du))?",
    r"epreuves?(?: ecrites?| orales?)?(?: (?:aura|auront) lieu)?(?: le| du)?",
    r"examens?(?: le)?",
    r"selections?(?: (?:aura|auront) lieu)?(?: le)?",
    r"jury(?: le)?",
    r"tests?(?: ecrits?)?(?: le)?",
    r"gesprekk?en(?: (?:vinden plaats|zullen plaatsvinden|gaan door|zijn gepland))?(?: op| in)?",
    r"sollicitatiegesprekk?en(?: op)?",
    r"selectie(?:proef|gesprek|dag|procedure)?(?: (?:op|in))?",
    r"assessment",
    r"interviews?(?: will take place)?(?: on)?",
)
EVENT_CUES = (
    r"seance d'information",
    r"seances d'information",
    r"portes? ouvertes?",
    r"colloque",
    r"conference",
    r"journee d'etude",
    r"formation le",
    r"reunion",
    r"infosessie",
    r"infomoment",
    r"opendeur",
    r"studiedag",
    r"webinaire?",
    r"evenement",
    r"atelier",
)
# Words that make a sentence about applying (an "until" is then a deadline).
APPLY_WORDS = [
    *"candidat postul cv envoy repondre inscription inscrire inscrivez sollicit kandida reageer reageren".split(),
    *"stuur motivatiebrief apply application inschrij mail interesse".split(),
    *("lettre de motivation", "offre valable"),
]
# Words that make a sentence about the job itself (an "until" is then the end of a contract).
CONTRACT_WORDS = [
    *"cdd contrat remplacement duree mission periode mandat engagement subsid convention projet contract".split(),
    *"vervanging tijdelijk looptijd temporary interim conge ecartement absence maternite prolong renouvel".split(),
    "bepaalde duur",
]
START_WORDS = [
    *"entree debut commenc pourvoir start indienst aanvang begin disponib beschikbaar".split(),
    "prise de fonction",
    "entrer en fonction",
    "entrer en service",
]
# "As soon as possible", for the start date.
ASAP_PHRASES = (
    r"des que possible",
    r"au plus vite",
    r"au plus tot",
    r"immediatement",
    r"immediate",
    r"immediat",
    r"asap",
    r"a\.s\.a\.p\.?",
    r"zo snel mogelijk",
    r"zo vlug mogelijk",
    r"zo snel als mogelijk",
    r"(?:le )?plus (?:rapidement|vite|tot) possible",
    r"zo spoedig mogelijk",
    r"zsm",
    r"onmiddellijke?",
    r"as soon as possible",
    r"immediately",
    r"per direct",
    r"des maintenant",
    r"des a present",
    r"right away",
    r"met onmiddellijke ingang",
    r"ab sofort",
    r"schnellstmoglich",
    r"baldmoglichst",
    r"so bald wie moglich",
)
# ASAP words that are common adverbs: "obtenir immédiatement une réponse". They say "asap" only where a
# start cue or a sentence about starting governs them.
# "soulager le plus rapidement possible la souffrance": a manner of acting as often as a start.
ASAP_ADVERBS = (
    "immediatement",
    "immediately",
    "onmiddellijk",
    "immediate",
    "onmiddellijke",
    "immediat",
    r"(?:le )?plus (?:rapidement|vite|tot) possible",
)
# Before a month name alone, for a start month: "début octobre", "courant septembre", "vanaf september".
MONTH_QUALIFIERS = (
    *"debut courant mi fin en des pour vanaf begin half eind in from early mid late tijdens".split(),
    *("au mois de", "dans le courant du mois de", "dans le courant de", "a partir de", "le mois de"),
    *(
        "au mois d'",
        "dans le courant du mois d'",
        "dans le courant d'",
        "courant d'",
        "a partir d'",
        "le mois d'",
    ),
    *("in de loop van", "in de loop van de maand", "in de maand", "in the course of", "during"),
)
# Four-digit numbers taken as years when no full date gives one.
YEAR_MIN, YEAR_MAX = 2015, 2039
