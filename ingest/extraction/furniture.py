"""Page furniture that speaks of other postings: "Offres similaires", "Gelijkaardige vacatures".

A job site lists other jobs under the one shown (other places, other working times, other deadlines);
everything from such a heading on is about them, so the extractor never reads it.
"""

from __future__ import annotations

import re

_RELATED_HEADING = re.compile(
    r"(?im)^[ \t>»*#\-]*(?:offres? (?:similaires?|semblables?|proches)|autres offres|d'autres offres|"
    r"vous aimerez aussi|(?:vous aimez cette offre\s*\?\s*)?d[ée]couvrez aussi|ces offres pourraient|"
    r"vergelijkbare (?:jobs|vacatures)|gelijkaardige (?:jobs|vacatures)|andere vacatures|bekijk ook|"
    r"misschien ook interessant|similar (?:jobs|vacancies|positions)|related (?:jobs|vacancies)|"
    r"other (?:vacancies|jobs)|you may also like)\b[^\n]{0,200}$"
)
# A heading near the top is the site's menu, not a list below the posting.
MIN_SHARE_BEFORE = 0.3


def without_related_postings(text: str) -> str:
    for match in _RELATED_HEADING.finditer(text):
        if match.start() >= MIN_SHARE_BEFORE * len(text):
            return text[: match.start()].rstrip() + "\n"
    return text
