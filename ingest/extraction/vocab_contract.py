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
    # "logement indépendant", "vie indépendante" say nothing of the contract: the status must be named.
    (
        "independant",
        r"statut (?:d'|d' )?independant|sous statut independant|(?:en tant qu'|comme |a titre |titre d')independant|"
        r"independant(?:e)? (?:complementaire|a titre principal)|(?:travailleur|prestataire|medecin|psychologue) "
        r"independant|collaboration independante|contrat d'independant|freelance|zelfstandige|zelfstandig statuut|"
        r"als zelfstandige|self-employed|independent contractor|consultance",
    ),
    ("interim", r"\binterim\b|interimaire|uitzendkracht"),
    ("stage", r"contrat de stage|offre de stage|stageplaats|internship"),
    # "vers la formation ou le bénévolat": volunteering named in a description is not the contract.
    (
        "benevolat",
        r"(?:poste|fonction|mission|engagement|mandat) (?:de )?benevole|a titre benevole|volunteer position|"
        r"vrijwilligersfunctie|als vrijwilliger",
    ),
)
# Inside a contract label ("Type de contrat : Indépendant") a bare word is enough.
LABEL_PATTERNS: tuple[tuple[str, str], ...] = (
    ("independant", r"\bindependante?\b|\bindependent\b|\bzelfstandig"),
    ("benevolat", r"\bbenevol(?:at|e)\b|\bvrijwillig|\bvolunteer"),
    ("CDI", r"\bvast\b|(?<!emploi )\bpermanent\b"),
    ("CDD", r"\btijdelijk\b|\btemporary\b"),
)
# A CDI only in prospect ("CDD en vue d'un CDI") does not make the contract a CDI.
PROSPECT = (
    r"(?:possibilite d[e']|en vue d'un|evolution vers|eventuellement|perspective d[e']|debouchant sur|menant a|"
    r"transformable en|pouvant deboucher sur|kans op|mogelijkheid tot|met zicht op|possibly|ou titularisation)\s*(?:un\s+)?$"
)
