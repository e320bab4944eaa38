"""Which language a posting is written in, from counts of very common words."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-zà-ÿ']+")
_STOPWORDS = {
    "fr": frozenset(
        "le la les des du de un une et est pour dans avec sur vous nous votre notre au aux par "
        "qui que en ou être sont ce cette ses son leur".split()
    ),
    "nl": frozenset(
        "de het een en van voor met op is zijn wij jij je jouw ons onze in te bij als die dat wordt "
        "naar ook aan er of om uit".split()
    ),
    "en": frozenset(
        "the and of to for with you we your our is are in on a an as by be this that will at or".split()
    ),
    "de": frozenset("der die das und mit für wir sie ist sind ein eine zu von auf im den dem".split()),
}


def detect_language(text: str, default: str = "fr") -> str:
    words = _WORD.findall(text[:20000].lower())
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= 3 else default
