"""Working-time phrases (folded regular expressions) and the fraction of full time each means."""

from __future__ import annotations

# (pattern, fte or None for "part time" without a fraction)
# A number glued to what precedes it ("18,5 ETP", "23 ETP") is a team's size, never a post's fraction.
_N = r"(?<![\d,.])"
FRACTION_PATTERNS: tuple[tuple[str, float | None], ...] = (
    (
        r"(?<!equivalent )(?:temps[- ]plein|plein[- ]temps|temps[- ]complet|tps complet|tache complete)|full[- ]?time(?! equivalent)|"
        r"voltijds?e?|vollzeit(?:stelle|beschaftigung)?|ganztags|"
        # "CDI – TP", "CDD/TP": the French abbreviation of temps plein, read only next to the contract.
        r"tp\b(?:(?<=cd[di] tp)|(?<=cd[di] - tp)|(?<=cd[di]/tp)|(?<=cd[di] / tp)|(?<=cd[di]/ tp)|(?<=cd[di] -tp))|"
        # "1 FT Buurtopbouwwerker", "1 VT begeleider": a Flemish job board's count of full-time posts.
        r"(?<![\d,.])1\s+(?:ft|vt)\b(?=\s+[a-z])|"
        + _N
        + r"1[,.]0?\s*(?:etp|vte|fte)\b|"
        + _N
        + r"1\s+(?:etp|vte|fte)\b|"
        + _N
        + r"100\s*%|"
        # "1 équivalent temps plein" is one post's full time; "9,3 équivalents temps plein" is a team.
        + _N
        + r"(?:1|un) equivalent temps plein\b",
        1.0,
    ),
    (
        r"mi-temps|mi temps|demi-temps|\b1/2\s*(?:temps|tijds|etp|vte|fte)|halftijds?e?|half[- ]?time|"
        r"halbzeit|halbtags|halbe stelle|" + _N + r"0?[,.]5\s*(?:etp|vte|fte)\b|" + _N + r"50\s*%",
        0.5,
    ),
    (
        r"\b4/5(?:e|es|eme|emes|de|ste)?\b|quatre cinquiemes|"
        + _N
        + r"80\s*%|"
        + _N
        + r"0?[,.]8\s*(?:etp|vte|fte)\b|viervijfde",
        0.8,
    ),
    (r"\b3/4\b|trois quarts|" + _N + r"75\s*%|" + _N + r"0?[,.]75\s*(?:etp|vte|fte)\b|driekwart", 0.75),
    (r"\b9/10e?\b|" + _N + r"90\s*%|" + _N + r"0?[,.]9\s*(?:etp|vte|fte)\b", 0.9),
    (r"\b8/10e?\b", 0.8),
    (r"\b7/10e?\b|" + _N + r"0?[,.]7\s*(?:etp|vte|fte)\b|" + _N + r"70\s*%", 0.7),
    (r"\b6/10e?\b|" + _N + r"0?[,.]6\s*(?:etp|vte|fte)\b|" + _N + r"60\s*%", 0.6),
    (r"\b4/10e?\b|" + _N + r"0?[,.]4\s*(?:etp|vte|fte)\b|" + _N + r"40\s*%|\b2/5\b", 0.4),
    (r"\b3/10e?\b|" + _N + r"0?[,.]3\s*(?:etp|vte|fte)\b|" + _N + r"30\s*%", 0.3),
    (r"\b1/4\s*temps|" + _N + r"0?[,.]25\s*(?:etp|vte|fte)\b|" + _N + r"25\s*%", 0.25),
    (
        r"temps[- ]partiels?|deeltijds?e?|part[- ]?time|demi-jours? par semaine|teilzeit(?:stelle)?|"
        r"(?<![\d,.])\d\s+pt\b(?=\s+[a-z])|"  # "1 PT Buurtopbouwwerker": a part-time post
        r"halve dagen per week|temps non complet|tps non complet|tps partiel|temps incomplet|tache partielle|"
        # "quelques heures par semaine", "een paar uur per week": a few hours are part time.
        r"(?:quelques|een paar|enkele|a few|some) (?:heures|uur|uren|hours) (?:par|per|a) (?:semaine|week)",
        None,
    ),
)
# Fractions written as numbers, whatever their value: "0,85 ETP", "VTE : 0,8", "65 %", "3/5e temps". The
# fraction is read from the group: n (a decimal), p (a percentage), num/den (a ratio).
NUMERIC_FRACTIONS = (
    r"(?<![\d,.])(?P<n>0?[,.]\d{1,2})\s*(?:etp|vte|fte|equivalent temps plein)\b",
    r"\b(?:etp|vte|fte)\s*:?\s*(?P<n>0?[,.]\d{1,2}|1(?:[,.]0{1,2})?)(?![\d%/])",
    r"(?<![\d,.])(?P<p>[1-9]\d)\s*%",
    # "3/5e temps", "3/5de": a ratio needs its ordinal suffix or a working-time word ("3/5" alone is a date).
    r"\b(?P<num>[1-9])/(?P<den>5|10)(?:(?:e|es|eme|emes|de|ste)\b|(?=\s*(?:temps|tijds|etp|vte)))",
)
# Percentages and ETP counts are about the post only near a working-time word.
# "à 80 %" after a role, but not "de 50 à 60 %", the range of a statistic.
PERCENT_CONTEXT = (
    r"temps|travail|regime|etp|vte|fte|occupation|tewerkstelling|tijds|contrat|cdi|cdd|(?<![\d%] )a \d|psycholog|"
    r"poste|contractueel|statutair|onbepaalde|bepaalde duur|contract|functie|horaire|duree|part[- ]?time|"
    r"full[- ]?time|working time|werktijd|werkregime|quotite|taux d'emploi|position\b|stelle|arbeitszeit|"
    r"teilzeit|vollzeit|beschaftigung|"
    r"(?:hours?|heures|uur|uren)\s*(?:/|par|per|a)\s*(?:week|semaine)"
)
# "inférieur à 10 %", "more than 60 %": a comparison is a statistic's, never a post's share of full time.
STATISTIC_BEFORE = (
    r"(?:inferieure?s?|superieure?s?|plus de|moins de|pres de|more than|less than|over|under|up to|meer dan|"
    r"minder dan|lager dan|hoger dan|bijna|ruim)\s*(?:a\s*|de\s*|than\s*|dan\s*)?$"
)
# "bruto jaarloon … (op voltijdse basis)", "salaire sur base d'un temps plein": the basis of a pay amount.
# "het voltijdse bruto maandloon", "salaire temps plein": the full-time reference of a pay amount (on the same
# line: "Quotité : Temps complet\nRémunération : …" are two fields).
PAY_AFTER = r"[ \t]*(?:\(|:)?[ \t]*(?:bruto|brut|netto|loon|maandloon|jaarloon|salaire|remuneration|wedde|salary|pay\b)"
PAY_BASIS_BEFORE = (
    r"(?:\bop|sur (?:la )?base d'un|base|sur base|calcule sur un|exprime en|for a|pour un|voor een|pour|for|\(|"
    r"(?:salaire|remuneration|loon|wedde|salary)(?: brut| bruto| mensuel| maandelijks)*(?: a| en| pour un| voor een)?)"
    r"\s*$"
)
PAY_WORDS = r"salaire|remuneration|brut|bruto|loon|verloning|wedde|bareme|barema|€|eur\b|salary|pay\b"
# "L'équipe compte 18,5 ETP": staffing of the organisation, not the post.
TEAM_CONTEXT = r"equipe de|team van|compte|totalise|soit|personnes|travailleurs|collaborateurs|medewerkers|au total|in totaal"
HOURS = (
    # "35 heure(s) 0 minute(s)" is how a French portal writes 35 hours.
    r"(?<![\d,./])(?P<h>\d{1,2})(?:[,.](?P<dec>\d{1,2}))?\s*(?:h|u|heures?|heure\(s\)|uur|uren|hours?|hrs?|std|stunden)\.?"
    r"(?:\s?(?P<min>\d{2})(?:\s*minute\(s\))?)?"
    # "38h ou 30h par semaine": the first of the options, the others follow.
    r"(?:\s*(?:ou|of|or|a|-|–)\s*\d{1,2}(?:[,.]\d{1,2})?\s*(?:h|u|heures?|uur|uren|hours?)(?:\d{2})?)?"
    r"(?:\s*(?:/|par|per|a la|a|p\.|pro|by|every|in der|/\s*)?\s*(?:semaine|sem\b|week|wk|woche)|\s+hebdomadaires?\b|"
    r"\s+wochentlich)"
)
# "CDI - 38h ou 30h", "32u of 38u": two weekly regimes offered, written without the week (times of day are
# written "de 9h à 17h", never with "ou"); the largest is the post's.
HOURS_OPTIONS = r"(?<![\d,./:])(?P<h>[1-4]\d)\s*(?:h|u|uur|heures)\s*(?:ou|of|or)\s*(?P<h2>[1-4]\d)\s*(?:h|u|uur|heures)(?![a-z\d])"
# "… (H/F/X) - 38H - CDI": weekly hours standing between the separators of a title line.
HOURS_IN_TITLE_SLOT = r"(?:^|[-–|,(]\s*)(?P<h>[1-4]\d)\s*(?:h|u|uur|heures)(?=\s*(?:[-–|,)]|$))"
# "temps plein (38h)", "temps plein (100% - 5 jours semaine – 39h)", "0,8 ETP (30h24)", "mi-temps (19h)":
# hours in the parenthesis right after a working-time word describe that working time.
HOURS_IN_PARENS = (
    r"(?:temps plein|voltijds|full[- ]time|regime|horaire|mi-temps|halftijds|4/5(?:e|de|eme)?|temps partiel|"
    r"deeltijds|tewerkstelling|prestations|\betp|\bvte|\bfte|%|temps)"
    r"\s*(?:de\s*)?(?:\(\s*|\([^()\n]{0,40}?[\s\-–(])(?P<h>\d{1,2})(?:[,.](?P<dec>\d{1,2}))?\s*(?:h|u|heures|uur)"
    r"(?P<min>\d{2})?(?![a-z])"
)
# "een 38-urenweek", "a 36-hour week": the week's hours in one word.
HOURS_WEEK_WORD = (
    r"(?<![\d,./])(?P<h>\d{1,2})(?:[,.](?P<dec>\d{1,2}))?\s*-?\s*"
    r"(?:urenweek|uren ?week|hours? (?:work ?)?week|wochenstunden|-?stunden-?woche)\b"
)
# "4 jours par semaine (32h)": the hours of those days, right after them.
HOURS_OF_DAYS = (
    r"(?:jours|dagen|days)\s*(?:/|par|per|a)\s*(?:semaine|week)\s*\(\s*(?P<h>\d{1,2})(?:[,.](?P<dec>\d{1,2}))?\s*"
    r"(?:h|u|heures|uur|hours)(?P<min>\d{2})?(?![a-z])"
)
# Flemish regimes: "voltijds (38/38)", "deeltijds (19/38)", "24u/38u": hours worked out of the full week.
HOURS_OF_WEEK = (
    r"(?:\(|(?:deeltijds?e?|voltijds?e?|regime|werkregime|tewerkstelling|tijdsregeling|uurregeling)\s*:?\s*"
    r"(?:(?:aan|a|van|op|in)\s+)?|"
    # "à rato van 19/38 uren", "à raison de 19/38e": a share of the week in words.
    r"(?:a rato|pro rata|ten belope|a raison|a concurrence)\s+(?:van|de|d')\s*|"
    # "… in statutair verband voor 38/38ste": a share of the week after "voor", written as an ordinal.
    r"(?<![a-z])voor\s+(?=\d{1,2}\s*/\s*(?:3[6-9]|40)(?:ste|sten|e)\b))"
    r"(?P<h>\d{1,2}(?:[,.]\d{1,2})?)\s*[uh]?\s*/\s*(?P<week>3[6-9]|40)(?:ste|sten|e)?\s*[uh]?\b\)?"
)
# "Contrat hebdomadaire de 35 heures", "een weekrooster van 38 uur": the week named before its hours.
HOURS_WEEKLY_BEFORE = (
    r"(?:hebdomadaire|weekrooster|weekly|wekelijks\w*|weekbasis)\s*(?::|de|van|of)?\s*"
    r"(?P<h>\d{1,2})(?:[,.](?P<dec>\d{1,2}))?\s*(?:h|u|heures|uur|uren|hours)\b"
)
# "Temps plein : 36h", "voltijds - 38u": hours right after a working-time word.
HOURS_AFTER_WORD = (
    r"(?:temps plein|temps partiel|temps (?:non )?complet|tps (?:non )?complet|voltijds|deeltijds|full[- ]?time|"
    r"part[- ]?time|mi-temps|halftijds)\s*[:\-]\s*"
    r"(?P<h>\d{1,2})\s*(?:h|u|heures|heure\(s\)|uur|hours)\s?(?P<min>\d{2})?(?![a-z])"
)
# "Centre d'accueil thérapeutique à temps partiel (CATTP)": a kind of service, not the post's time.
SERVICE_NAME_BEFORE = r"(?:accueil therapeutique|hospitalisation|hopital de jour|prise en charge|soins) a $"
# Hours near these words are the staffing or opening hours of the service, not the post's.
HOURS_NOT_POST = r"compte|totalise|ouvert|ouverture|permanence|open\b|openingsuren"
# "2 à 3 jours par semaine", "3 dagen per week", "a few hours a month": part time without a fraction, read only
# (four days may be a full week in long days)
# when nothing more precise is written; not days of home working, of opening or of training.
DAYS_PER_WEEK = (
    r"(?<![\d,.])(?P<n>[1-3])(?:\s*(?:a|-|of|ou|or|to)\s*(?P<upto>[1-3]))?\s*(?:jours?|dagen|days?)\s*"
    r"(?:/|par|per|a|in de|in the)\s*(?:semaine|week)"
)
HOURS_PER_MONTH = (
    r"(?<![\d,.])(?P<n>\d{1,2})\s*(?:h|heures|uur|uren|hours)\b(?:\s+de\s+[a-z]+)?\s*(?:/|par|per|a)\s*(?:mois|maand|month)"
    r"|(?:een paar|enkele|quelques|a few) (?:uur|uren|heures|hours) (?:par|per|a) (?:mois|maand|month)"
)
NOT_WORKING_DAYS = (
    r"teletravail|thuiswerk|telewerk|remote|home ?work|homeoffice|ouvert|open\b|geopend|formation|opleiding|"
    r"training|conge|verlof|leave|vacances"
)
