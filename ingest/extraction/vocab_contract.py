"""Contract words (folded regular expressions) and the SCHEMA value each names."""

from __future__ import annotations

# Ordered: the first pattern of a value that matches decides the value's position in the text.
CONTRACT_PATTERNS: tuple[tuple[str, str], ...] = (
    (
        "remplacement",
        r"contrat de remplacement|\bremplacement\b|vervangingscontract|\bvervanging\b|replacement contract",
    ),
    ("statutaire", r"\bstatutaire\b|nomination|\bstatutair\b|vastbenoemd|vaste benoeming|titularisation"),
    (
        "CDI",
        r"\bcdi\b|duree indeterminee|onbepaalde duur|vast contract|contrat fixe|permanent contract|"
        r"open-ended|contractuel a duree indeterminee|contract: permanent|contract type: permanent|permanent position|"
        r"permanent, full|permanent, part|permanent role",
    ),
    (
        "CDD",
        r"\bcdd\b|duree determinee|bepaalde duur|tijdelijk contract|fixed-term|fixed term|contrat temporaire|"
        r"convention de premier emploi",
    ),
    ("independant", r"\bindependant\b|statut d'independant|freelance|zelfstandige|self-employed|consultance"),
    ("interim", r"\binterim\b|interimaire|uitzendkracht"),
    ("stage", r"contrat de stage|offre de stage|stageplaats|internship"),
    ("benevolat", r"\bbenevolat\b|vrijwilligerswerk|volunteer position"),
)
# A CDI only in prospect ("CDD en vue d'un CDI") does not make the contract a CDI.
PROSPECT = (
    r"(?:possibilite d[e']|en vue d'un|evolution vers|eventuellement|perspective d[e']|debouchant sur|menant a|"
    r"transformable en|pouvant deboucher sur|kans op|mogelijkheid tot|met zicht op|possibly|ou titularisation)\s*(?:un\s+)?$"
)
