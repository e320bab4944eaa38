"""The role vocabulary: job titles by category, and the phrases and words around a title."""

from .categories import OTHER_ROLE_STEMS, ROLE_STEMS
from .phrases import (
    ARTICLES,
    GENDER_MARK,
    PLACEHOLDER_TITLES,
    PRAISE,
    QUALIFIERS,
    RECRUIT_VERBS,
    STATUS_WORDS,
    TITLE_LABELS,
    TITLE_TAIL_NOISE,
)

__all__ = [
    "ARTICLES",
    "GENDER_MARK",
    "OTHER_ROLE_STEMS",
    "PLACEHOLDER_TITLES",
    "PRAISE",
    "QUALIFIERS",
    "RECRUIT_VERBS",
    "ROLE_STEMS",
    "STATUS_WORDS",
    "TITLE_LABELS",
    "TITLE_TAIL_NOISE",
]
