"""Working-time phrases (folded regular expressions) and the fraction of full time each means."""

from __future__ import annotations

# (pattern, fte or None for "part time" without a fraction)
# A number glued to what precedes it ("18,5 ETP", "23 ETP") is a team's size, never a post's fraction.
_N = r"(?<![\d,.])"
FRACTION_PATTERNS: tuple[tuple[str, float | None], ...] = (
    (
        r"(?<!equivalent )(?:temps plein|plein temps|temps complet)|full[- ]time(?! equivalent)|voltijds?e?|"
        + _N
        + r"1[,.]0?\s*(?:etp|vte|fte)\b|"
        + _N
        + r"1\s+(?:etp|vte|fte)\b|"
        + _N
        + r"100\s*%",
        1.0,
    ),
    (
        r"mi-temps|mi temps|\b1/2\s*(?:temps|tijds)|halftijds?e?|half-time|"
        + _N
        + r"0?[,.]5\s*(?:etp|vte|fte)\b|"
        + _N
        + r"50\s*%",
        0.5,
    ),
    (
        r"\b4/5e?s?\b|quatre cinquiemes|" + _N + r"80\s*%|" + _N + r"0?[,.]8\s*(?:etp|vte|fte)\b|viervijfde",
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
        r"temps partiel|deeltijds?e?|part[- ]time|temps partiels|demi-jours? par semaine|"
        r"halve dagen per week",
        None,
    ),
)
# Percentages and ETP counts are about the post only near a working-time word.
PERCENT_CONTEXT = (
    r"temps|travail|regime|etp|vte|fte|occupation|tewerkstelling|tijds|contrat|cdi|cdd|a \d|psycholog|poste|"
    r"contractueel|statutair|onbepaalde|bepaalde duur|contract|functie"
)
# "bruto jaarloon … (op voltijdse basis)", "salaire sur base d'un temps plein": the basis of a pay amount.
# "het voltijdse bruto maandloon", "salaire temps plein": the full-time reference of a pay amount.
PAY_AFTER = (
    r"\s*(?:\(|:)?\s*(?:bruto|brut|netto|loon|maandloon|jaarloon|salaire|remuneration|wedde|salary|pay\b)"
)
PAY_BASIS_BEFORE = (
    r"(?:\bop|sur (?:la )?base d'un|base|sur base|calcule sur un|exprime en|for a|pour un|voor een|\(|"
    r"(?:salaire|remuneration|loon|wedde|salary)(?: brut| bruto| mensuel| maandelijks)*(?: a| en| pour un| voor een)?)"
    r"\s*$"
)
PAY_WORDS = r"salaire|remuneration|brut|bruto|loon|verloning|wedde|bareme|barema|€|eur\b|salary|pay\b"
# "L'équipe compte 18,5 ETP": staffing of the organisation, not the post.
TEAM_CONTEXT = r"equipe de|team van|compte|totalise|soit|personnes|travailleurs|collaborateurs|medewerkers|au total|in totaal"
HOURS = (
    r"(?<![\d,.])(?P<h>\d{1,2})(?:[,.](?P<dec>\d{1,2}))?\s*(?:h|u|heures?|uur|hours?|hrs?)\.?(?P<min>\d{2})?"
    # "38h ou 30h par semaine": the first of the options, the others follow.
    r"(?:\s*(?:ou|of|or|a|-|–)\s*\d{1,2}(?:[,.]\d{1,2})?\s*(?:h|u|heures?|uur|hours?)(?:\d{2})?)?"
    r"\s*(?:/|par|per|a la|p\.|pro|by|every|/\s*)?\s*(?:semaine|sem\b|week|wk)"
)
# "temps plein (38h)", "temps plein (100% - 5 jours semaine – 39h)", "0,8 ETP (30h24)", "mi-temps (19h)":
# hours in the parenthesis right after a working-time word describe that working time.
HOURS_IN_PARENS = (
    r"(?:temps plein|voltijds|full[- ]time|regime|horaire|mi-temps|halftijds|4/5|temps partiel|deeltijds|"
    r"\betp|\bvte|\bfte|%|temps)"
    r"\s*(?:de\s*)?(?:\(\s*|\([^()\n]{0,40}?[\s\-–(])(?P<h>\d{1,2})\s*(?:h|u|heures|uur)(?P<min>\d{2})?(?![a-z])"
)
# Flemish regimes: "voltijds (38/38)", "deeltijds (19/38)": hours worked out of the full week.
HOURS_OF_WEEK = (
    r"(?:\(|(?:deeltijds?e?|voltijds?e?|regime|werkregime|tewerkstelling)\s*:?\s*)"
    r"(?P<h>\d{1,2}(?:[,.]\d{1,2})?)\s*/\s*(?P<week>3[6-9]|40)\b\)?"
)
# Hours near these words are the staffing or opening hours of the service, not the post's.
HOURS_NOT_POST = r"compte|totalise|ouvert|ouverture|permanence|open\b|openingsuren"
