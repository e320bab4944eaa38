"""Is this document a vacancy someone can apply to, and if not, what is it?"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .document import Doc
from .genre import genre_logit
from .page_shape import (
    DATE_STAMP,
    JOB_HEADING,
    UNPAID,
    job_field_labels,
    opening_cues,
    opens_on_quote,
    role_in_title,
    title_text,
    trade_defined,
)
from .types import Found
from .vocab_kinds import DECISIVE_IN_HEAD, KIND_CUES, TITLE_KINDS, VACANCY_CUES
from .vocab_roles import GENDER_MARK

HEAD_WEIGHT = 2.0
TITLE_BONUS = 4.0
ROLE_BONUS = 1.5
# A job title heading the document ("Psychologue clinicien·ne (h/f/x)", "Project Assistant") is what a job
# page opens with; an article or a news item opens with a headline that says something about a subject.
TITLE_ROLE_BONUS = 2.5
# A page opening on its date stamp ("date 2021-03 …") is a dated article of a news site or a blog.
DATE_STAMP_WEIGHT = 6.0
DEFINITION_WEIGHT = 3.0
# The cues and the words of the page (genre.py) vote together: the learned log-odds plus this share of the
# cues' margin. The cues carry what words alone miss (a title that is a trade, a header of job fields);
# the words carry the many small signs of genre no cue list holds.
CUE_MARGIN_WEIGHT = 0.3
CUE_FLOOR = 3.0
NO_CUE_GENRE = 3.0
RELAYED_CUES = 4.0
_APPLY_CHANNEL = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?i:(?:envoy|adress|transmett|faire parvenir)\w*\s+(?:votre|leur|son|sa|un|le)?\s*"
    r"(?:cv|c\.v\.|candidature|lettre de motivation)|(?:stuur|bezorg|mail)\w*\s+(?:je|jouw|uw|een)\s+"
    r"(?:cv|sollicitatiebrief|kandidatuur)|send\s+(?:your|a)\s+(?:cv|resume|application))"
)
# A non-vacancy kind must outweigh the vacancy cues by this factor to win.
KIND_FACTOR = 1.15
# "Cette offre est clôturée", "vacature afgesloten": one clear statement in the head settles it.
CLOSED_DECISIVE = 8.0
CLOSED_OUTRIGHT = 4.0
# "Nous avons engagé deux psychologues", "het team heeft aangeworven": hiring that is already done.
# "peut être recruté par un hôpital", "sera engagé": a passive names no employer recruiting.
_PAST = re.compile(
    r"(?:\b(?:avons|avez|ont|a|avait|avaient|ete|etre|est|sont|sera|seront|hebben|heeft|had|have|has)\s+"
    r"(?:\w+\s+)?)$"
)
_PAST_TENSE_CUES = frozenset({"engage", "recrute", "recrutons", "engageons", "zoekt", "werft aan"})
JOB_FIELD_WEIGHT = 1.25
_UNPAID_AFTER = re.compile(
    r"\s*(?:(?:un|une|un·e|des|een|a|an|\d+|extra|nouveaux|nouvelles|nieuwe)\s+){0,2}" + UNPAID
)
# "(h/f/x)", "(M/F/X)", "m/v/x", "(F-H-X)", "(m/w/d)": the gender marker only job titles carry.
_GENDER_MARK = re.compile(GENDER_MARK)
GENDER_MARK_WEIGHT = 1.5
JOB_HEADING_WEIGHT = 1.0
MIN_JOB_HEADINGS = 2
# "Le CPAS recrute cinquante assistants sociaux", "UPC zoekt 500 medewerkers": hiring in bulk is news.
_MANY = (
    r"(?:pas moins de |plus de |quelque |ruim |meer dan |maar liefst |over |more than )?"
    r"(?:[1-9]\d+|dix|vingt|trente|quarante|cinquante|soixante|cent|centaine|tien|twintig|dertig|veertig|vijftig|"
    r"zestig|honderd|dozens|(?:une )?(?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine)|"
    r"(?:een )?(?:tiental|twintigtal|dertigtal|veertigtal|vijftigtal|honderdtal))\b(?!\s*(?:h|u|uur|heures|%|ans|jaar|maanden|mois|jours|dagen))"
)
_BULK_HIRING = re.compile(
    r"\b(?:recrute|engage|zoekt|werft|werven|hire|hiring|recruit|op zoek naar|a la recherche de|looking for)\w*\s+"
    r"(?:[a-z]+\s+){0,3}?" + _MANY + r"|"
    # "wil veertig verpleegkundigen aanwerven", "veut engager cinquante éducateurs"
    r"\b" + _MANY + r"\s+(?:[a-z\-]+\s+){1,4}(?:aanwerven|aan te werven|in dienst nemen|recruter|engager)\b|"
    # "Er worden een veertigtal medewerkers gezocht", "une trentaine d'infirmiers sont recherchés"
    r"\b" + _MANY + r"\s+(?:[a-z\-']+\s+){1,4}(?:gezocht|recherches|recrutes|wanted)\b|"
    # "pas moins de 70 postes en CDI", "des dizaines d'emplois", "200 openstaande vacatures"
    r"\b(?:des |tientallen |honderden )?" + _MANY + r"\s+(?:de |d')?(?:nouveaux |openstaande |open )?"
    r"(?:postes|emplois|vacatures|jobs|betrekkingen)\b|\b(?:des dizaines|des centaines|tientallen|honderden) "
    r"(?:de |d')?(?:postes|emplois|vacatures|jobs)\b"
)
BULK_HIRING_WEIGHT = 4.0
QUOTED_HEADLINE_WEIGHT = 2.0
OPENING_WEIGHT = 2.0
MIN_JOB_FIELDS = 2
# Quoted speech ("We zoeken al maanden twee psychiaters", zegt …) is someone reported, not the document's
# own voice: a news item about hiring quotes employers who are hiring.
_QUOTED = re.compile(r'"[^"\n]{12,400}"|“[^”\n]{12,400}”|«[^»\n]{12,400}»|„[^“”\n]{12,400}[“”]')


def _cue_pattern(cues: dict[str, float], *, singular: bool = False, glued: bool = False) -> re.Pattern[str]:
    alternatives = sorted(cues, key=len, reverse=True)
    # "recrute" is a cue, "lors de chaque recrutement" and "votre engagement" are not; with `singular`,
    # "les vacatures werden gepubliceerd" reports postings where "vacature" announces one.
    # "continue de recruter", "souhaite engager": an infinitive reports an intention, the cue is the verb
    # conjugated in the employer's own voice.
    tail = r"(?!ment|s\b|r\b)" if singular else r"(?!ment)"
    start = "" if glued else r"(?<![a-z])"
    return re.compile(start + r"(?:" + "|".join(re.escape(c) for c in alternatives) + r")" + tail)


_VACANCY_RE = _cue_pattern(VACANCY_CUES, singular=True)
# A closing notice is often glued to the word before it by a page's layout ("ProvincesClôturé depuis le …").
_KIND_RES = {kind: (_cue_pattern(cues, glued=kind == "closed"), cues) for kind, cues in KIND_CUES.items()}


def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")")


_DECISIVE_RES = {kind: _words_pattern(words) for kind, words in DECISIVE_IN_HEAD.items()}
_TITLE_RES = {kind: _words_pattern(words) for kind, words in TITLE_KINDS.items()}


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
    *,
    unpaid_objects: bool = False,
) -> tuple[float, list[str]]:
    """Each cue counts once, double when it appears in the head; cues inside `skip` spans do not count, nor,
    with `unpaid_objects`, a cue whose object is an intern or a volunteer."""
    best: dict[str, float] = {}
    for match in pattern.finditer(folded):
        if any(start <= match.start() < end for start, end in skip):
            continue
        cue = match.group(0)
        if unpaid_objects and _UNPAID_AFTER.match(folded, match.end()):
            continue
        if cue in _PAST_TENSE_CUES and _PAST.search(folded, max(0, match.start() - 25), match.start()):
            continue
        weight = weights[cue] * (HEAD_WEIGHT if match.start() < head_end else 1.0)
        best[cue] = max(best.get(cue, 0.0), weight)
    ranked = sorted(best, key=best.get, reverse=True)
    return sum(best.values()), ranked


def _head_end(doc: Doc) -> int:
    lines = doc.nonblank[:8]
    return min(lines[-1].end, 700) if lines else 0


def _vacancy_score(
    doc: Doc,
    head_end: int,
    *,
    role_found: bool,
    role: Found | None,
    defines_the_trade: bool,
    quoted_opening: bool,
) -> tuple[float, list[str]]:
    """The cues of an offer: phrases, the role and its place as the title, gender marks, fields, headings."""
    folded = doc.folded
    quoted = [match.span() for match in _QUOTED.finditer(doc.text)]
    vacancy, cues = _score(_VACANCY_RE, VACANCY_CUES, folded, head_end, quoted, unpaid_objects=True)
    # A trade named in someone's quoted words ("on recherche des infirmiers", says the spokesperson) is
    # reported speech, not the document's post.
    if role_found and not (role is not None and any(a <= role.start < b for a, b in quoted)):
        vacancy += ROLE_BONUS
    opening = opening_cues(doc)
    if opening:
        vacancy += OPENING_WEIGHT * len(opening)
        cues = [*cues, *opening]
    # A trade over a definition of it, or over someone's quoted words, is the subject of an article.
    if role_in_title(doc, role) and not defines_the_trade and not quoted_opening:
        vacancy += TITLE_ROLE_BONUS
        cues = ["title " + role.value, *cues]
    gender = _GENDER_MARK.search(folded)
    if gender:
        vacancy += GENDER_MARK_WEIGHT * (HEAD_WEIGHT if gender.start() < head_end else 1.0)
        cues = [gender.group(0), *cues]
    job_fields = job_field_labels(doc)
    if len(job_fields) >= MIN_JOB_FIELDS:
        vacancy += JOB_FIELD_WEIGHT * len(job_fields)
        cues = [*cues, "labelled " + "/".join(job_fields)]
    headings = sorted(
        {
            m.group("h")
            for line in doc.nonblank
            if len(line.text) <= 60
            for m in [JOB_HEADING.match(folded[line.start : line.end])]
            if m
        }
    )
    if len(headings) >= MIN_JOB_HEADINGS:
        vacancy += JOB_HEADING_WEIGHT * len(headings)
        cues = [*cues, "headings " + "/".join(headings)]
    return vacancy, cues


def _structural_cues(
    doc: Doc, *, defines_the_trade: bool, quoted_opening: bool
) -> dict[str, list[tuple[str, float]]]:
    """What the shape of a page says of its kind, beyond its phrases."""
    extra: dict[str, list[tuple[str, float]]] = {"news": [], "article": []}
    if quoted_opening:
        extra["news"].append(("quoted headline", QUOTED_HEADLINE_WEIGHT))
    if DATE_STAMP.match(doc.text):
        extra["news"].append(("dated page", DATE_STAMP_WEIGHT))
    bulk = _BULK_HIRING.search(doc.folded)
    if bulk:
        extra["news"].append((bulk.group(0), BULK_HIRING_WEIGHT))
    if defines_the_trade:
        extra["article"].append(("defines the trade", DEFINITION_WEIGHT))
    return extra


def _kind_scores(
    doc: Doc, head_end: int, title: str, extra: dict[str, list[tuple[str, float]]]
) -> tuple[dict[str, float], dict[str, list[str]]]:
    scores, evidence = {}, {}
    for kind, (pattern, weights) in _KIND_RES.items():
        score, cues = _score(pattern, weights, doc.folded, head_end)
        for cue, weight in extra.get(kind, ()):
            score, cues = score + weight, [cue, *cues]
        if kind in _TITLE_RES and _TITLE_RES[kind].search(title):
            score, cues = score + TITLE_BONUS, ["title", *cues]
        scores[kind], evidence[kind] = score, cues
    return scores, evidence


def classify(doc: Doc, *, role_found: bool, role: Found | None = None) -> Verdict:
    """`role` is the role the role finder found, if any: one heading the document weighs more."""
    head_end = _head_end(doc)
    defines_the_trade = trade_defined(doc, role)
    quoted_opening = opens_on_quote(doc)
    vacancy, vacancy_cues = _vacancy_score(
        doc,
        head_end,
        role_found=role_found,
        role=role,
        defines_the_trade=defines_the_trade,
        quoted_opening=quoted_opening,
    )
    title = title_text(doc)
    extra = _structural_cues(doc, defines_the_trade=defines_the_trade, quoted_opening=quoted_opening)
    kind_scores, evidence = _kind_scores(doc, head_end, title, extra)
    scores = {"vacancy": vacancy, **kind_scores}
    evidence["vacancy"] = vacancy_cues
    kind = max(kind_scores, key=kind_scores.get)
    # "Deze vacature werd afgesloten op …": one unambiguous statement anywhere, or weaker ones adding up.
    closed = scores["closed"] >= CLOSED_DECISIVE or any(
        KIND_CUES["closed"][c] >= CLOSED_OUTRIGHT for c in evidence["closed"]
    )
    if closed:
        kind = "closed"
    decisive = next((k for k, p in _DECISIVE_RES.items() if p.search(doc.folded, 0, head_end)), None)
    if decisive and not closed:
        kind = decisive
    # "Hoe solliciteren", "Travailler chez nous": how the employer hires, with no post named anywhere.
    careers = not role_found and _TITLE_RES["careers_page"].search(title) is not None
    if careers and kind != "closed":
        kind = "careers_page"
    other = scores[kind]
    # The cues' verdict, as a margin: how far the vacancy cues clear both the floor and the strongest kind.
    cue_margin = min(vacancy - CUE_FLOOR, vacancy - other * KIND_FACTOR)
    genre = genre_logit(doc)
    combined = genre + CUE_MARGIN_WEIGHT * cue_margin
    # Words that read somewhat like an offer are not enough: an offer says something of its post (a
    # recruiting phrase, a title, a job field); without any of that, only a page that reads strongly as an
    # offer is one (a title the vocabulary does not know, over the usual sections of a job page).
    cued = vacancy > 0 or genre > NO_CUE_GENRE
    # A news item that relays an open recruitment with where to send one's application ("CV à envoyer à
    # …", an address to write to) is that offer, republished; news about hiring without one is news.
    # Hiring by the dozen stays news ("zoekt veertig verpleegkundigen … stuur je cv naar …").
    relayed = (
        kind in ("news", "article")
        and vacancy >= RELAYED_CUES
        and _APPLY_CHANNEL.search(doc.text) is not None
        and _BULK_HIRING.search(doc.folded) is None
    )
    is_vacancy = (combined > 0 or relayed) and cued and not (closed or careers or decisive)
    confidence = round(1 / (1 + math.exp(-abs(combined))), 2)
    winner = "vacancy" if is_vacancy else (kind if other > 0 else "other")
    cues = evidence.get(winner, [])
    if winner == "vacancy" or not cues:
        cues = [f"reads as {'an offer' if genre > 0 else 'no offer'} ({genre:+.1f})", *cues]
    return Verdict(is_vacancy, winner, confidence, ", ".join(cues[:6]), scores)
