"""Is this document a vacancy someone can apply to, and if not, what is it?"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .document import Doc
from .vocab_kinds import KIND_CUES, TITLE_KINDS, VACANCY_CUES

HEAD_WEIGHT = 2.0
TITLE_BONUS = 4.0
ROLE_BONUS = 1.5
MIN_VACANCY_SCORE = 4.0
# A non-vacancy kind must outweigh the vacancy cues by this factor to win.
KIND_FACTOR = 1.15
# "Cette offre est clôturée", "vacature afgesloten": one clear statement in the head settles it.
CLOSED_DECISIVE = 8.0
# "Nous avons engagé deux psychologues", "het team heeft aangeworven": hiring that is already done.
_PAST = re.compile(r"(?:\b(?:avons|avez|ont|a|avait|avaient|ete|hebben|heeft|had|have|has)\s+(?:\w+\s+)?)$")
_PAST_TENSE_CUES = frozenset({"engage", "recrute", "recrutons", "engageons", "zoekt", "werft aan"})
# Quoted speech ("We zoeken al maanden twee psychiaters", zegt …) is someone reported, not the document's
# own voice: a news item about hiring quotes employers who are hiring.
_QUOTED = re.compile(r'"[^"\n]{12,400}"|“[^”\n]{12,400}”|«[^»\n]{12,400}»|„[^“”\n]{12,400}[“”]')


def _cue_pattern(cues: dict[str, float]) -> re.Pattern[str]:
    alternatives = sorted(cues, key=len, reverse=True)
    # "recrute" is a cue, "lors de chaque recrutement" and "votre engagement" are not.
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(c) for c in alternatives) + r")(?!ment)")


_VACANCY_RE = _cue_pattern(VACANCY_CUES)
_KIND_RES = {kind: (_cue_pattern(cues), cues) for kind, cues in KIND_CUES.items()}
_TITLE_RES = {
    kind: re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")")
    for kind, words in TITLE_KINDS.items()
}


@dataclass(frozen=True)
class Verdict:
    is_vacancy: bool
    kind: str
    confidence: float
    evidence: str
    scores: dict[str, float]


def _score(
    pattern: re.Pattern[str],
    weights: dict[str, float],
    folded: str,
    head_end: int,
    skip: list[tuple[int, int]] = (),
) -> tuple[float, list[str]]:
    """Each cue counts once, double when it appears in the head; cues inside `skip` spans do not count."""
    best: dict[str, float] = {}
    for match in pattern.finditer(folded):
        if any(start <= match.start() < end for start, end in skip):
            continue
        cue = match.group(0)
        if cue in _PAST_TENSE_CUES and _PAST.search(folded, max(0, match.start() - 25), match.start()):
            continue
        weight = weights[cue] * (HEAD_WEIGHT if match.start() < head_end else 1.0)
        best[cue] = max(best.get(cue, 0.0), weight)
    ranked = sorted(best, key=best.get, reverse=True)
    return sum(best.values()), ranked


def _head_end(doc: Doc) -> int:
    lines = doc.nonblank[:8]
    return min(lines[-1].end, 700) if lines else 0


def classify(doc: Doc, *, role_found: bool) -> Verdict:
    folded = doc.folded
    head_end = _head_end(doc)
    quoted = [match.span() for match in _QUOTED.finditer(doc.text)]
    vacancy, vacancy_cues = _score(_VACANCY_RE, VACANCY_CUES, folded, head_end, quoted)
    if role_found:
        vacancy += ROLE_BONUS
    scores = {"vacancy": vacancy}
    evidence = {"vacancy": vacancy_cues}
    title = "\n".join(doc.folded[line.start : line.end] for line in doc.nonblank[:2] if len(line.text) <= 100)
    for kind, (pattern, weights) in _KIND_RES.items():
        score, cues = _score(pattern, weights, folded, head_end)
        if kind in _TITLE_RES and _TITLE_RES[kind].search(title):
            score += TITLE_BONUS
            cues = ["title", *cues]
        scores[kind], evidence[kind] = score, cues
    kind = max((k for k in scores if k != "vacancy"), key=scores.get)
    if scores["closed"] >= CLOSED_DECISIVE:
        kind = "closed"
    other = scores[kind]
    is_vacancy = (
        vacancy >= MIN_VACANCY_SCORE and vacancy > other * KIND_FACTOR and scores["closed"] < CLOSED_DECISIVE
    )
    margin = (
        vacancy - other * KIND_FACTOR
        if is_vacancy
        else max(other * KIND_FACTOR - vacancy, MIN_VACANCY_SCORE - vacancy)
    )
    confidence = round(1 / (1 + math.exp(-margin / 3)), 2)
    winner = "vacancy" if is_vacancy else (kind if other > 0 else "other")
    cues = evidence.get(winner, [])
    return Verdict(is_vacancy, winner, confidence, ", ".join(cues[:6]), scores)
