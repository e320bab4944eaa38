"""The last day to apply (`deadline`) and the start of employment (`start_date`: a date or "asap").

Decisions:
- A date the posting says the offer closed on ("clôturée depuis le 3 mai") stands in for the deadline at
  confidence 0.4, below every cue: it is the best the text gives and tells a reviewer the offer is closed.
- "jusqu'au", "tot", "avant le" give a deadline only in a sentence about applying; about a contract
  ("CDD jusqu'au 31 décembre 2026") they give its end, which is neither field.
- The first day of a contract period ("du 1/9 au 31/12/2026") is a weak start date.
- A month alone ("début octobre") starts on its first day, if a year is written or can be inferred.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, lru_cache

from ..date_mentions import Mention, YearContext, find_mentions, safe_date
from ..date_roles import STRONG, WEAK, Role, assign_roles, find_cues, nearest_cue, topic
from ..document import Doc, Labelled
from ..normalize import fold
from ..page_shape import DATE_STAMP
from ..types import NOTHING, Found
from ..vocab_dates import ASAP_ADVERBS, ASAP_PHRASES

LABELLED = 0.95
_VALUE_END = re.compile(r"[.;!?](?:\s|$)")
# "onmiddellijke indiensttreding", "immediate start", "immédiatement disponible"
# "Engagement immédiat", "aanwerving onmiddellijk": the hiring word before the adverb says it is the start.
_START_BEFORE = re.compile(
    r"(?:engagement|aanwerving|recrutement|indiensttreding|entree en fonction|prise de fonction|start|debut)\s*:?\s*$"
)
_START_AFTER = re.compile(
    r"\s*(?:indiensttreding|in dienst|start|beschikba|disponible|available|entree|aanwerving|engagement|employment)"
)
_ASAP_ADVERB = re.compile("|".join(ASAP_ADVERBS))
_ASAP = re.compile(r"(?<![a-z])(?:" + "|".join(ASAP_PHRASES) + r")(?![a-z])")
# dateparser reads only absolute dates with day, month and year: "dans 2 semaines" and "20 juin" are not
# its job (the year of the latter is inferred from the posting).
_DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
}


_HISTORY = re.compile(
    r"(?:s'est mise? en place|a ete (?:cree|fonde|lance)e?|ont ete|fonde en|cree en|existe depuis|werd opgericht|"
    r"is opgericht|opgestart in|was founded|was set up)[^.;\n]{0,40}$"
)


class _Dates:
    """The mentions of one posting, what each is for, and how to give each a year."""

    def __init__(self, doc: Doc, today: date | None) -> None:
        self.doc = doc
        self.mentions = find_mentions(doc.folded)
        roles = assign_roles(doc, self.mentions)
        self.roles = self._labelled_roles(roles)
        undated = YearContext.build(doc.text, self.mentions, published=None, today=today)
        self.context = YearContext.build(
            doc.text, self.mentions, published=self._published(undated), today=today
        )
        full = [safe_date(m.year, m.month, m.day) for m in self.mentions if m.full]
        self.latest = max((d for d in full if d), default=None)

    def _labelled_roles(self, roles: list[Role | None]) -> list[Role | None]:
        """A date under a "Publié le" or "Date limite" label is what the label says, up to the sentence's end,
        unless a cue inside the value says otherwise."""
        spans = [
            (item.start, _sentence_end(item), role)
            for key, role in (
                ("published", "published"),
                ("deadline", "deadline_label"),
                ("start", "start_label"),
            )
            for item in self.doc.labelled_values(key)
        ]
        out = list(roles)
        for index, mention in enumerate(self.mentions):
            for start, end, role in spans:
                own = roles[index]
                if start <= mention.start < end and not (own and own.cue_start > start):
                    out[index] = Role(role, LABELLED, start)
        return out

    def _published(self, undated: YearContext) -> date | None:
        for mention, role in zip(self.mentions, self.roles, strict=True):
            if role and role.role == "published" and mention.day:
                return undated.resolve(mention)
        # "date 2023-02 De OCMW's van …": a dated page's stamp is when it was published.
        stamp = DATE_STAMP.match(self.doc.text)
        if stamp and 1900 <= int(stamp.group(1)) < 2100:
            return safe_date(int(stamp.group(1)), int(stamp.group(2)), 1)
        return None

    def with_role(self, *names: str) -> list[tuple[Mention, Role]]:
        return [(m, r) for m, r in zip(self.mentions, self.roles, strict=True) if r and r.role in names]

    def found(self, mention: Mention, role: Role, strategy: str) -> Found | None:
        value = self.context.resolve(mention)
        if value is None or self.is_history(value, min(role.cue_start, mention.start)):
            return None  # so that the next candidate may stand
        start = min(role.cue_start, mention.start)
        return Found(value, role.confidence, _evidence(self.doc, start, mention.end), start, strategy)

    def is_history(self, value: date, start: int) -> bool:
        """Before the offer was published, or "le réseau s'est mis en place à partir de septembre 2015"."""
        published = self.context.published
        return bool(
            (published and value < published)
            or _HISTORY.search(self.doc.folded, max(0, start - 60), start + 1)
        )


def _sentence_end(item: Labelled) -> int:
    stop = _VALUE_END.search(item.value)
    return item.start + (stop.start() if stop else len(item.value))


def _head(item: Labelled) -> str:
    """The folded first sentence of a labelled value: "20 March 2026" in "Deadline: 20 March 2026. Start: ASAP"."""
    return fold(item.value[: _sentence_end(item) - item.start])


def _evidence(doc: Doc, start: int, end: int) -> str:
    return doc.text[start:end].strip()[:200]


def _best(candidates: list[Found]) -> Found | None:
    """The most confident candidate; between equals, the first written."""
    return max(candidates, key=lambda f: (f.confidence, -f.start), default=None)


@cache
def _date_parser():
    from dateparser.date import DateDataParser  # slow to import and to load its languages: only when needed

    return DateDataParser(languages=["fr", "nl", "en"], settings=_DATEPARSER_SETTINGS)


@lru_cache(maxsize=256)
def parse_with_dateparser(text: str) -> date | None:
    if not re.search(r"\d", text):
        return None
    parsed = _date_parser().get_date_data(text[:60]).date_obj
    return parsed.date() if parsed else None


def _label_value(dates: _Dates, item: Labelled, role_name: str) -> Found | None:
    """The date of a labelled value: our patterns first, dateparser for anything else.

    A deadline label takes the last day it names ("du 2/5 au 16/5"), a start label the first.
    """
    end = item.start + len(item.value)
    line_start = dates.doc.lines[item.line].start
    inside = [(m, r) for m, r in dates.with_role(role_name) if item.start <= m.start < end]
    if role_name == "deadline_label":
        inside = [(m, r) for m, r in reversed(inside) if m.day is not None]  # "June 2025" is no day
    for mention, role in inside:
        if found := dates.found(mention, role, "label"):
            return Found(
                found.value, LABELLED, _evidence(dates.doc, line_start, mention.end), line_start, "label"
            )
    parsed = parse_with_dateparser(item.value)
    if parsed:
        return Found(parsed, 0.9, _evidence(dates.doc, line_start, end), line_start, "label-dateparser")
    return None


def _deadline_from_label(dates: _Dates) -> Found | None:
    for item in dates.doc.labelled_values("deadline"):
        if not _ASAP.search(_head(item)) and (found := _label_value(dates, item, "deadline_label")):
            return found
    return None


def _deadline_from_cue(dates: _Dates) -> Found | None:
    candidates = [
        dates.found(mention, role, "cue" if role.confidence >= STRONG else "cue-weak")
        for mention, role in dates.with_role("deadline")
        if mention.day
    ]
    return _best([found for found in candidates if found])


def _deadline_from_closed(dates: _Dates) -> Found | None:
    candidates = [
        dates.found(mention, role, "closed-since")
        for mention, role in dates.with_role("closed")
        if mention.day
    ]
    return _best([found for found in candidates if found])


def _start_from_label(dates: _Dates) -> Found | None:
    for item in dates.doc.labelled_values("start"):
        line_start = dates.doc.lines[item.line].start
        # "Start: 1 mei of zo snel mogelijk daarna": the date is the start, ASAP only its fallback.
        if found := _label_value(dates, item, "start_label"):
            return found
        if _ASAP.search(_head(item)):
            evidence = _evidence(dates.doc, line_start, _sentence_end(item))
            return Found("asap", LABELLED, evidence, line_start, "label-asap")
    return None


def _asap_candidates(dates: _Dates) -> list[Found]:
    doc, out = dates.doc, []
    cues = find_cues(doc.folded)
    for match in _ASAP.finditer(doc.folded):
        cue = nearest_cue(doc, cues, match.start(), 0)
        about = topic(doc, match.start())
        if cue and cue.kind in ("deadline", "until", "exam", "published"):
            continue  # "répondre au plus vite", "date limite : dès que possible"
        if cue and cue.kind in ("start", "start_adj"):
            confidence, start = STRONG, cue.start
        elif about == "apply":
            continue
        elif (
            about != "start"
            and _ASAP_ADVERB.fullmatch(match.group(0))
            and not _START_AFTER.match(doc.folded, match.end())
            and not _segment_alone(doc, match)
            and not _START_BEFORE.search(doc.folded, max(0, match.start() - 30), match.start())
        ):
            continue  # "obtenir immédiatement une réponse": an adverb, not a start
        else:
            confidence, start = (STRONG if about == "start" else WEAK), match.start()
        out.append(Found("asap", confidence, _evidence(doc, start, match.end()), start, "asap"))
    return out


# "INFIRMIER - CDI - Temps plein - Immédiat", "Type de contrat : CDD 6 mois, Immédiat": a header's parts are
# separated by dashes, commas or bars; one that says only "immédiat" is when the post starts.
_SEGMENT_AFTER = re.compile(r"[ \t]*(?:$|\n|[-–|]\s|,)")


def _segment_alone(doc: Doc, match: re.Match[str]) -> bool:
    line_start = doc.folded.rfind("\n", 0, match.start()) + 1
    before = doc.folded[line_start : match.start()].rstrip()
    return (not before or before.endswith(("-", "–", "|", ",", "•"))) and bool(
        _SEGMENT_AFTER.match(doc.folded, match.end())
    )


# "Vanaf 1 januari 2008 worden alle prestaties meegerekend" in a posting of 2024: a start that many years
# before another date of the posting is the history of a rule, not the post's start.
_STALE_START = timedelta(days=8 * 365)


def _start_from_text(dates: _Dates) -> Found | None:
    candidates = [
        dates.found(mention, role, "cue" if role.confidence >= STRONG else "cue-weak")
        for mention, role in dates.with_role("start")
    ]
    if dates.latest:
        candidates = [f for f in candidates if f and dates.latest - f.value < _STALE_START]
    return _best([found for found in candidates if found] + _asap_candidates(dates))


DEADLINE_STRATEGIES = (_deadline_from_label, _deadline_from_cue, _deadline_from_closed)
START_STRATEGIES = (_start_from_label, _start_from_text)


def _first(dates: _Dates, strategies) -> Found:
    for strategy in strategies:
        found = strategy(dates)
        if found:
            return found
    return NOTHING


def find_dates(doc: Doc, *, today: date | None = None) -> dict[str, Found]:
    """`deadline` (a date) and `start_date` (a date or "asap"); `today` only helps give a year to "20 juin"."""
    dates = _Dates(doc, today)
    found = {"deadline": _first(dates, DEADLINE_STRATEGIES), "start_date": _first(dates, START_STRATEGIES)}
    for name, item in found.items():
        if isinstance(item.value, date) and dates.is_history(item.value, item.start):
            found[name] = NOTHING
    return found
