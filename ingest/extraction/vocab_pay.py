"""Pay vocabulary (folded regular expressions): scale names, periods, gross/net, and what is not pay."""

from __future__ import annotations

# Pay scales as written; the first group is normalised by fields/pay.py.
SCALE_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "ific",
        r"\bific(?:[- ]?categorie|[- ]?cat\.?)?\s*(?:categorie\s*)?(\d{1,2})\b|categorie ific\s*(\d{1,2})\b|cat\.\s*ific\s*(\d{1,2})",
    ),
    (
        "cp",
        r"\b(?:cp|pc|commission paritaire|paritair comite|paritair comite nr\.?)\s*(?:n°\s*)?(\d{3}(?:\.\d{1,2}){0,2})\b",
    ),
    ("bareme", r"\bbareme\s+(\d\.\d{2})\b|\(\s*[a-z ]{0,20},?\s*(\d\.\d{2})\s*\)"),
    ("am", r"\b(am\s?\d{1,2})\b"),
    (
        "level",
        r"(?:niveau|bareme|echelle(?: baremique)?|echelle de traitement|weddeschaal|graad|rgb|classe)\s*(?:rgb\s*)?"
        r"\(?\s*([a-e][1-5](?:\s*-\s*[a-e]?[1-5])?)\b",
    ),
    ("flemish", r"\b([a-e][1-5]\s*-\s*[a-e][1-5])\b"),
)
# Words around an amount that make it pay.
PAY_CONTEXT = (
    r"salaire|remuneration|traitement|bareme|brut|bruto|net|netto|loon|verloning|salaris|salary|pay|wedde|"
    r"mensuel|par mois|/mois|per maand|/maand|annuel|par an|per jaar|/an|jaarloon|de l'heure|par heure|/h\b|per uur|"
    r"gross|monthly|per year|per month|per hour|a partir de|vanaf|entre|tussen|minimum|echelle"
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
