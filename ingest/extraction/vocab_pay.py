"""Pay vocabulary (folded regular expressions): scale names, periods, gross/net, and what is not pay."""

from __future__ import annotations

# Pay scales as written; the first group is normalised by fields/pay.py.
SCALE_PATTERNS: tuple[tuple[str, str], ...] = (
    # "Echelon 4.1 CP 329.02": a step of a joint committee's scale, the most precise of all.
    (
        "echelon",
        r"\bechelon\s*(\d{1,2}(?:\.\d{1,2})?)\s*(?:de la\s*|du\s*)?(?:cp|pc|commission paritaire)\s*(\d{3}(?:\.\d{1,2})?)\b",
    ),
    (
        "ific",
        r"\bific(?:[- ]?categorie|[- ]?cat\.?)?\s*[:,]?\s*\(?\s*(?:categorie\s*|cat\.?\s*)?(\d{1,2})\b|"
        r"categorie ific\s*(\d{1,2})\b|"
        # "IFIC-barema categorie 14", "barème IFIC, catégorie 14"
        r"\bific[- ]?(?:barema|bareme|loonschaal|schaal)?\s*[:,]?\s*(?:categorie|cat\.?)\s*(\d{1,2})\b|"
        r"cat\.\s*ific\s*(\d{1,2})",
    ),
    (
        "bareme",
        # "échelon 1.55" (no committee after it) is a barème number too.
        r"\b(?:bareme|barema|echelle(?: baremique)?|echelon)(?:\s*:\s*|\s+)(?:(?:cocof|cocom|rw|fwb|aviq|iriscare)\s+)?"
        r"(\d[./]\d{2})\b|"
        r"\(\s*[a-z ]{0,20},?\s*(\d\.\d{2})\s*\)",
    ),
    ("am", r"\b(am\s?\d{1,2})\b"),
    (
        "level",
        r"(?:bareme|barema|echelle(?: baremique)?|echelle de traitement|weddeschaal|salarisschaal|rgb|rang)\s*:?\s*"
        r"(?:rgb\s*)?\(?\s*([a-e]h?[1-9](?:\d|[a-c])?(?:\s*-\s*[a-e]?h?[1-9][a-c]?)?)\b",
    ),
    # "barème FMM", "barème COCOF": a federation's or authority's own scale, named by its acronym (checked
    # to be written in capitals in the posting).
    (
        "named",
        r"\bbareme\s+(?!de\b|du\b|des\b|la\b|le\b|en\b|et\b|cp\b|pc\b|scp\b|ific\b|rgb\b)([a-z]{2,6})\b",
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
    ("flemish", r"\b([a-e][1-5][a-c]?(?:\s*-\s*[a-e][1-5][a-c]?){1,2})\b"),
    (
        "cp",
        r"\b(?:cp|pc|scp|commission paritaire|convention paritaire|paritair comite|paritair comite nr\.?|joint committee)\s*:?\s*(?:n°\s*|no\.?\s*)?"
        r"(\d{3}(?:\.\d{1,2}){0,2})\b",
    ),
)
# When a posting names several, the most precise wins: a joint committee (CP) only names the sector's
# scales, an IFIC category, a barème number or a grade names the post's own.
SCALE_PRECISION = {
    "echelon": 0,
    "ific": 1,
    "bareme": 2,
    "code": 2,
    "am": 3,
    "level": 3,
    "flemish": 3,
    "grade": 4,
    "named": 4,
    "cp": 5,
}
# Words around an amount that make it pay.
PAY_CONTEXT = (
    r"salaire|remuneration|traitement|bareme|brut|bruto|net|netto|loon|verloning|salaris|salary|pay|wedde|"
    r"mensuel|par mois|/ ?mois|per maand|/ ?maand|annuel|par an|per jaar|/an|jaarloon|de l'heure|par heure|/h\b|per uur|"
    r"gross|monthly|per year|per month|per hour|a partir de|vanaf|entre|tussen|minimum|echelle|minimaal|maximaal|oplopen tot|jusqu'a|up to"
)
# Amounts near these words are not the post's pay.
NOT_PAY = (
    r"cheques?[- ]repas|maaltijdcheque|ecocheque|frais|indemnite|vergoeding|budget|subside|subsidie|points? ape|ape\b|"
    r"prime|abonnement|inscription|paf|prix|tarif|cout|kost|chiffre|euros? par participant|per deelnemer|"
    r"gsm|telephone|velo|fiets|transport|deplacement|km|don\b|dons\b|loyer|huur|caution|waarborg"
)
ANNUAL = r"annuel|annuels|annuelle|par an\b|/an\b|per jaar|jaarloon|jaarlijks|per year|a year|annual|/year"
HOURLY = r"de l'heure|par heure|/h\b|/heure|per uur|/uur|an hour|per hour|/hour|horaire brut"
DAILY = r"par jour|/jour|per dag|per day|a day"
NET = r"\bnet\b|\bnets\b|\bnette\b|netto"
