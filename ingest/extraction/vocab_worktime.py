"""Working-time phrases (folded regular expressions) and the fraction of full time each means."""

from __future__ import annotations

# (pattern, fte or None for "part time" without a fraction)
FRACTION_PATTERNS: tuple[tuple[str, float | None], ...] = (
    (
        r"temps plein|plein temps|full[- ]time|voltijds?e?|\b1[,.]0?\s*(?:etp|vte|fte)\b|\b1\s+(?:etp|vte|fte)\b|"
        r"\b100\s*%|temps complet",
        1.0,
    ),
    (
        r"mi-temps|mi temps|\b1/2\s*(?:temps|tijds)|halftijds?e?|half-time|\b0?[,.]5\s*(?:etp|vte|fte)\b|\b50\s*%",
        0.5,
    ),
    (r"\b4/5e?s?\b|quatre cinquiemes|\b80\s*%|\b0?[,.]8\s*(?:etp|vte|fte)\b|viervijfde", 0.8),
    (r"\b3/4\b|trois quarts|\b75\s*%|\b0?[,.]75\s*(?:etp|vte|fte)\b|driekwart", 0.75),
    (r"\b9/10e?\b|\b90\s*%|\b0?[,.]9\s*(?:etp|vte|fte)\b", 0.9),
    (r"\b0?[,.]6\s*(?:etp|vte|fte)\b|\b60\s*%", 0.6),
    (r"\b0?[,.]4\s*(?:etp|vte|fte)\b|\b40\s*%|\b2/5\b", 0.4),
    (r"\b0?[,.]25\s*(?:etp|vte|fte)\b|\b1/4\s*temps|\b25\s*%", 0.25),
    (r"temps partiel|deeltijds?e?|part[- ]time|temps partiels", None),
)
# Percentages and ETP counts are about the post only near a working-time word.
PERCENT_CONTEXT = (
    r"temps|travail|regime|etp|vte|fte|occupation|tewerkstelling|tijds|contrat|cdi|cdd|a \d|psycholog|poste"
)
# "L'équipe compte 18,5 ETP": staffing of the organisation, not the post.
TEAM_CONTEXT = (
    r"equipe|team|compte|totalise|soit|personnes|travailleurs|collaborateurs|medewerkers|service de|personnel"
)
HOURS = (
    r"(?<![\d,.])(?P<h>\d{1,2})(?:[,.](?P<dec>\d{1,2}))?\s*(?:h|u|heures?|uur|hours?|hrs?)\.?(?P<min>\d{2})?"
    r"\s*(?:/|par|per|a la|p\.|pro|by|every|/\s*)?\s*(?:semaine|sem\b|week|wk)"
)
HOURS_IN_PARENS = r"(?:temps plein|voltijds|full[- ]time|regime|horaire)\s*(?:de\s*)?\(?\s*(?P<h>\d{2})\s*(?:h|u|heures|uur)\b"
