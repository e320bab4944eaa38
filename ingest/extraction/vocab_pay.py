"""Pay vocabulary (folded regular expressions): scale names, periods, gross/net, and what is not pay."""

from __future__ import annotations

# Pay scales as written; the first group is normalised by fields/pay.py.
_COMMITTEE = (
    r"(?:cp|pc|scp|commission paritaire|comite paritaire|convention paritaire|paritair comite|paritair comite nr\.?|"
    r"joint committee)\s*:?\s*(?:n°\s*|no\.?\s*)?"
)
SCALE_PATTERNS: tuple[tuple[str, str], ...] = (
    # "Echelon 4.1 CP 329.02", "CP 329.02, échelon 4.2": a step of a joint committee's scale, the most precise
    # of all. "échelon 1.55" (two decimals) is a barème number instead.
    (
        "echelon",
        r"\bechelon\s*(\d{1,2}(?:\.\d)?)(?!\d|\.\d)\s*(?:de la\s*|du\s*)?(?:cp|pc|commission paritaire)\s*(\d{3}(?:\.\d{1,2})?)\b",
    ),
    (
        "committee_echelon",
        r"\b"
        + _COMMITTEE
        + r"(\d{3}(?:\.\d{1,2})?)\s*[,:\-]?\s*\(?\s*echelon\s*(\d{1,2}(?:\.\d)?)(?!\d|\.\d)",
    ),
    (
        "ific",
        r"\bific(?:[- ]?categorie|[- ]?cat\.?)?\s*[:,]?\s*\(?\s*(?:categorie\s*|cat\.?\s*)?(\d{1,2})\b|"
        r"categorie ific\s*(\d{1,2})\b|"
        # "IFIC-barema categorie 14", "barème IFIC, catégorie 14"
        r"\bific[- ]?(?:barema|bareme|loonschaal|schaal)?\s*[:,]?\s*(?:categorie|cat\.?)\s*(\d{1,2})\b|"
        r"cat\.\s*ific\s*(\d{1,2})|"
        # "IFIC-loonklasse 14", "barème 14 IFIC", "IFIC. Catégorie de fonction : 14"
        r"\bific[- ]?(?:loonklasse|klasse|functieklasse)\s*(\d{1,2})\b|"
        r"\b(?:bareme|barema|categorie|cat\.?)\s*(\d{1,2})\s*(?:de l'|van |\()?\s*ific\b|"
        r"\bific\b[^\n]{0,40}?\bcategorie(?: de (?:la )?fonction)?\s*:?\s*(\d{1,2})\b",
    ),
    (
        "bareme",
        # "échelon 1.55" (no committee after it) is a barème number too.
        r"\b(?:bareme|barema|echelle(?: baremique)?|echelon)(?:\s*:\s*|\s+)"
        r"(?:(?:de la |du |de l')?(?:cocof|cocom|rw|fwb|aviq|iriscare|region wallonne)\s+)?"
        # "barème 1.55", "barème 1/80"; "barème 4.1" (a single decimal) only after the word barème itself.
        r"(\d[./]\d{2}|(?<=bareme )\d\.\d|(?<=barema )\d\.\d|(?<=bareme : )\d\.\d)(?!\d|\.\d)|"
        r"\(\s*[a-z ]{0,20},?\s*(\d\.\d{2})\s*\)",
    ),
    # "Barème : échelle 246U": a hospital's own scale code.
    ("echelle_code", r"\bechelle\s+(\d{3}[a-z]?)\b"),
    # not German "am 5. November", a day
    (
        "am",
        r"\b(am\s?\d{1,2})\b(?!\.?\s*(?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|"
        r"dezember)\b)",
    ),
    (
        "level",
        r"(?:bareme|barema|echelle(?: baremique)?|echelle de traitement|weddeschaal|salarisschaal|rgb|rang|"
        r"gehaltstabelle|gehaltsstufe|gehaltsskala|lohntabelle)"
        r"(?: salarial| baremique)?\s*:?\s*"
        # "A1-A3", "B1-3"; "échelle A1 - 2 emplois": after a spaced dash the grade needs its letter.
        # "B111", "A112": the Flemish government's three-digit scales.
        r"(?:rgb\s*)?\(?\s*([a-e]h?[1-9](?:\d{1,2}|[a-c])?(?:-[a-e]?h?[1-9][a-c]?|\s*-\s*[a-e]h?[1-9][a-c]?)?)\b",
    ),
    # Grades of international organisations: "Grade P3", "Function Group-Grade: AD 7", "Salary grade: NOB".
    (
        "international",
        r"\b(?:grade|level|function group(?:-grade)?|salary (?:grade|scale)|classification)\b[^\n]{0,30}?"
        r"\b(p-?[1-5]|d-?[12]|g-?[1-7]|no-?[a-d]|ad ?\d{1,2}|ast ?\d{1,2}|fg ?i{1,3}v?)\b",
    ),
    # "Wage scale: PD1 to PD4", "salary scale BV3": a code after the word "scale", as written.
    (
        "scale_code",
        r"\b(?:wage|salary|pay) scale\s*:?\s*([a-z]{1,3} ?\d{1,2}[a-c]?(?:\s*(?:-|to)\s*[a-z]{1,3} ?\d{1,2}[a-c]?)?)\b",
    ),
    # "Salarisniveau: schaal 10", "salarisschaal 8 - 10": Dutch scale numbers, read next to a pay word.
    ("schaal", r"\b(?:salaris|loon)?schaal\s+(\d{1,2}(?:\s*(?:-|tot|t/m)\s*\d{1,2})?)(?![\d,.])"),
    # "Salary Grade: 18": a numbered grade of a civil service.
    ("salary_grade", r"\bsalary grade\s*:?\s*(\d{1,2})\b"),
    # "B1 trap 0": a Flemish grade with its step of seniority.
    ("flemish_step", r"\b([a-e][1-5][a-c]?)\s*[-–,]?\s*(?:salaris)?trap\s*\d"),
    # "Band 6" of the British NHS's Agenda for Change.
    ("band", r"\bband\s?([1-9][abcd]?)\b"),
    # "CCN 66", "Convention Collective Nationale … du 15 mars 1966": a French collective agreement's grid.
    (
        "ccn",
        r"\bccn\s*(?:du\s+)?(\d{2})\b|"
        r"convention collective nationale[^.]{0,160}?\bdu ((?:[0-3]?\d)(?:er)? [a-z]+ (?:19|20)\d\d)\b",
    ),
    # "grille FPH", "grille de la fonction publique hospitalière": the French civil service's grids.
    (
        "grille",
        r"\bgrille(?: salariale| indiciaire| des salaires)?(?: de la| du| des)?\s+(fph|fpt|fpe)\b|"
        r"\bgrille (?:salariale |indiciaire )?de la (fonction publique (?:hospitaliere|territoriale|d'etat))\b",
    ),
    # "barème FMM", "barème COCOF", "barème Inserm": a federation's or an institution's own scale, named by
    # its acronym or its name (checked to be written with a capital in the posting).
    (
        "named",
        r"\bbareme[ \t]+(?!de\b|du\b|des\b|la\b|le\b|en\b|et\b|cp\b|pc\b|scp\b|ific\b|rgb\b)([a-z]{2,8})\b",
    ),
    # "barema L1": a sector's own scale named by a code.
    ("code", r"\bbarema\s+([f-z]\d{1,2}[a-c]?)\b"),
    # A grade ("niveau A1") is the level of the post; a scale of that grade ("échelle A11") says more.
    # "Niveau de fonction\nB" (federal notices print the level alone on the next line) is the level too.
    (
        "grade",
        r"(?<!emploi de )(?<!diplome de )"
        r"(?:niveau(?: de (?:la )?fonction)?|functieniveau|niveau van de functie|function (?:degree|level)|graad|"
        r"classe)\s*:?\s*\(?\s*"
        r"([a-e][1-5]\d?(?:\s*-\s*[a-e]?[1-5])?\b|[a-d](?![\w'\-/.]))",
    ),
    # "B1-B3", "B1-B2-B3", "B1-3"
    ("flemish", r"\b([a-e][1-5][a-c]?(?:\s*-\s*[a-e]?[1-5][a-c]?){1,2})\b"),
    # "Bv – contractueel – halftijds", "barema BV1-BV3": the Flemish scales of care staff (checked on case).
    ("bv", r"\b(bv[1-9](?:\s*-\s*bv[1-9])?|bv(?!\.))\b"),
    # "Niveau IFIC-schaal", "loon volgens IFIC": the IFIC classification without its category.
    ("ific_bare", r"\bific\b"),
    ("cp", r"\b" + _COMMITTEE + r"(\d{3}(?:\.\d{1,2}){0,2})\b"),
)
# Words one of which a posting must contain for a kind of scale to be looked for (a cheap test before a scan
# of the whole text); kinds not listed are always looked for.
SCALE_KEYWORDS = {
    "echelon": ("echelon",),
    "committee_echelon": ("echelon",),
    "ific": ("ific",),
    "echelle_code": ("echelle",),
    "level": (
        "bareme",
        "barema",
        "echelle",
        "weddeschaal",
        "salarisschaal",
        "rgb",
        "rang",
        "gehaltstabelle",
        "gehaltsstufe",
        "gehaltsskala",
        "lohntabelle",
    ),
    "international": ("grade", "level", "function group", "salary", "classification"),
    "band": ("band",),
    "scale_code": ("scale",),
    "schaal": ("schaal",),
    "salary_grade": ("salary grade",),
    "flemish_step": ("trap",),
    "ccn": ("ccn", "convention collective nationale"),
    "grille": ("grille",),
    "named": ("bareme",),
    "code": ("barema",),
    "grade": ("niveau", "graad", "function", "classe"),
    "bv": ("bv",),
    "ific_bare": ("ific",),
    "cp": ("cp", "pc", "paritair", "comite", "commission", "convention paritaire", "joint committee"),
}
# When a posting names several, the most precise wins: a joint committee (CP) only names the sector's
# scales, an IFIC category, a barème number or a grade names the post's own.
SCALE_PRECISION = {
    "echelon": 0,
    "committee_echelon": 0,
    "ific": 1,
    "bareme": 2,
    "echelle_code": 2,
    "code": 2,
    "am": 3,
    "level": 3,
    "international": 3,
    "band": 3,
    "scale_code": 3,
    "schaal": 3,
    "salary_grade": 3,
    "flemish_step": 3,
    "ccn": 3,
    "flemish": 3,
    "bv": 3,
    "grade": 4,
    "named": 4,
    "grille": 4,
    "ific_bare": 4,
    "cp": 5,
}
# Words around an amount that make it pay.
PAY_CONTEXT = (
    r"salaire|remuneration|traitement|bareme|brut|bruto|net|netto|loon|verloning|salaris|salary|pay|wedde|"
    r"mensuel|par mois|/ ?mois|per maand|/ ?maand|annuel|par an|per jaar|/an|jaarloon|de l'heure|par heure|/h\b|per uur|"
    r"gross|monthly|per year|per month|per hour|a partir de|vanaf|entre|tussen|minimum|echelle|minimaal|maximaal|oplopen tot|jusqu'a|up to|"
    r"taux horaire|hourly rate|uurloon|maandwedde|/ ?month|/ ?year|/ ?jaar"
)
# Amounts near these words are not the post's pay.
NOT_PAY = (
    r"cheques?[- ]repas|maaltijdcheque|ecocheque|frais|indemnite|vergoeding|budget|subside|subsidie|points? ape|ape\b|"
    r"prime|abonnement|inscription|paf|prix|tarif|cout|kost|chiffre|euros? par participant|per deelnemer|"
    r"gsm|telephone|velo|fiets|transport|deplacement|km|don\b|dons\b|loyer|huur|caution|waarborg"
)
ANNUAL = (
    r"annuel|annuels|annuelle|par an\b|/an\b|per jaar|jaarloon|jaarwedde|jaarsalaris|jaarlijks|per year|a year|"
    r"annual|/year|per annum|p\.a\."
)
HOURLY = r"de l'heure|par heure|/h\b|/heure|per uur|/uur|an hour|per hour|/hour|horaire brut|taux horaire|hourly|uurloon"
DAILY = r"par jour|/jour|per dag|per day|a day"
NET = r"\bnet\b|\bnets\b|\bnette\b|netto"
