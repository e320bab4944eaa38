"""Match keys: accent- and case-folded forms used to compare names, never to display them."""

import re
import unicodedata

_LEGAL_FORMS = re.compile(r"\b(asbl|vzw|aisbl|ivzw|sprl|srl|bv|nv|sa|scrl|cv|ssm)\b")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def employer_match_key(name: str) -> str:
    """'ASBL Le Méandre' and 'Le Meandre asbl' give the same key."""
    key = _LEGAL_FORMS.sub(" ", fold(name))
    return _NON_WORD.sub(" ", key).strip()[:300]
