"""The kind of contract offered (CDI, CDD, remplacement, statutaire…)."""

from __future__ import annotations

import re

from ..document import Doc
from ..types import Found
from ..vocab_contract import (
    CONTRACT_PATTERNS,
    LABEL_PATTERNS,
    PROSPECT,
    PROSPECT_AFTER,
    STATUS_OPEN,
    VOLUNTEER_CALL,
)

# Every contract phrase starts a word: "\b" first lets the search skip the inside of words quickly.
_PATTERNS = tuple((value, re.compile(rf"\b(?:{pattern})")) for value, pattern in CONTRACT_PATTERNS)
_LABEL_PATTERNS = _PATTERNS + tuple(
    (value, re.compile(rf"\b(?:{pattern})")) for value, pattern in LABEL_PATTERNS
)
_PROSPECT = re.compile(PROSPECT)
_PROSPECT_AFTER = re.compile(PROSPECT_AFTER)
_STATUS_OPEN = re.compile(STATUS_OPEN)
_VOLUNTEER_CALL = re.compile(rf"\b(?:{VOLUNTEER_CALL})")
# "Tijdelijk contract voor 1 jaar, of in vervanging van …": a replacement offered as another option.
_ALTERNATIVE = re.compile(r"(?:^|\W)(?:of|ou|or|soit)\W[^\w]*\w*\W*$")
_HEAD_LINES = 8

Mention = tuple[int, str, str]


def _mentions(doc: Doc, start: int = 0, end: int | None = None, patterns=_PATTERNS) -> list[Mention]:
    end = len(doc.folded) if end is None else end
    found = []
    for value, pattern in patterns:
        for match in pattern.finditer(doc.folded, start, end):
            if _PROSPECT.search(doc.folded[max(0, match.start() - 60) : match.start()]):
                continue
            if value == "CDI" and _PROSPECT_AFTER.match(doc.folded, match.end()):
                continue
            found.append((match.start(), value, doc.text[match.start() : match.end()]))
    return sorted(found)


def _is_option(doc: Doc, first: Mention, replacement: Mention) -> bool:
    """ "… 1 jaar, of in vervanging": the replacement is an alternative to the contract named before it."""
    if replacement[0] <= first[0]:
        return False
    gap = doc.folded[first[0] : replacement[0]]
    return len(gap) < 120 and bool(_ALTERNATIVE.search(gap[-12:]))


def _choose(doc: Doc, mentions: list[Mention]) -> Mention | None:
    """The first contract named, except that a replacement says which fixed-term contract it is and wins.

    A replacement never overrides a permanent contract named first: that is another post or another option.
    """
    if _STATUS_OPEN.search(doc.folded):
        # "ouvert aux titulaires et aux contractuels": the statutory route is one of two.
        mentions = [m for m in mentions if m[1] != "statutaire"]
    if not mentions:
        return None
    replacement = [m for m in mentions if m[1] == "remplacement"]
    if (
        replacement
        and mentions[0][1] in ("CDD", "remplacement")
        and not _is_option(doc, mentions[0], replacement[0])
    ):
        return replacement[0]
    return mentions[0]


def _options(mentions: list[Mention]) -> bool:
    """ "CDD; CDI; Détachement; Mutation": a label offering several contracts names none of them."""
    values = {value for _, value, _ in mentions} - {"remplacement"}
    return len(values) > 1


def _from_label(doc: Doc) -> dict[str, Found] | None:
    """The contract under a label; None when the label offers several, {} when there is no label."""
    for item in doc.labelled_values("contract_type"):
        mentions = _mentions(doc, item.start, item.start + len(item.value), _LABEL_PATTERNS)
        if _options(mentions):
            return None
        chosen = _choose(doc, mentions)
        if not chosen:
            continue
        if chosen[1] == "CDD":
            # "Contrat : CDD" on a portal, "… pour un remplacement" in the text: the text says which CDD.
            replacement = [m for m in _mentions(doc) if m[1] == "remplacement"]
            if replacement:
                start = replacement[0][0]
                return {
                    "contract_type": Found("remplacement", 0.85, doc.sentence(start, 160), start, "label+cue")
                }
        return {"contract_type": Found(chosen[1], 0.9, item.value[:200], chosen[0], "label")}
    return {}


def _volunteer_call(doc: Doc) -> dict[str, Found]:
    """A posting whose first lines call for volunteers offers volunteering."""
    if not doc.nonblank:
        return {}
    end = doc.nonblank[min(_HEAD_LINES, len(doc.nonblank)) - 1].end
    match = _VOLUNTEER_CALL.search(doc.folded, 0, end)
    if not match:
        return {}
    return {
        "contract_type": Found(
            "benevolat", 0.6, doc.sentence(match.start(), 160), match.start(), "volunteer-call"
        )
    }


def find_contract(doc: Doc) -> dict[str, Found]:
    found = _from_label(doc)
    if found is None:
        return {}
    if found:
        return found
    chosen = _choose(doc, _mentions(doc))
    if not chosen:
        return _volunteer_call(doc)
    start, value, _evidence = chosen
    head = doc.nonblank[min(5, len(doc.nonblank) - 1)].end if doc.nonblank else 0
    confidence = 0.85 if start < head else 0.75
    return {"contract_type": Found(value, confidence, doc.sentence(start, 160), start, "cue-phrase")}
