"""A normalised posting with the views every field strategy needs: lines, folded text, labelled fields."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from .labels import label_of
from .language import detect_language
from .normalize import fold, normalize

# "(max. 2 pages)", "env. 20 km", "bv. een CGG": an abbreviation's dot ends no sentence.
_SENTENCE_END = re.compile(
    r"(?:(?<!\bmax)(?<!\bmin)(?<!\benv)(?<!\bca)(?<!\bbv)(?<!\bvb)(?<!\bcf)(?<!\bp\.ex)(?<!\be\.g)(?<!\bi\.e)\.|"
    r"[!?;])\s|\n\s*\n|\n(?=• )",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Line:
    text: str
    start: int
    number: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Labelled:
    """A 'Label : value' pair, or a label line whose value sits on the next line(s)."""

    key: str
    label: str
    value: str
    start: int  # offset of the value in Doc.text
    line: int


@dataclass
class Doc:
    raw: str
    text: str = field(init=False)
    folded: str = field(init=False)

    def __post_init__(self) -> None:
        self.text = normalize(self.raw)
        self.folded = fold(self.text)

    @cached_property
    def lines(self) -> list[Line]:
        out, pos = [], 0
        for number, text in enumerate(self.text.split("\n")):
            out.append(Line(text, pos, number))
            pos += len(text) + 1
        return out

    @cached_property
    def nonblank(self) -> list[Line]:
        return [line for line in self.lines if line.text.strip()]

    @cached_property
    def labelled(self) -> list[Labelled]:
        return _labelled_fields(self.nonblank)

    def labelled_values(self, key: str) -> list[Labelled]:
        return [item for item in self.labelled if item.key == key]

    def line_at(self, pos: int) -> Line:
        lo, hi = 0, len(self.lines) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.lines[mid].start <= pos:
                lo = mid
            else:
                hi = mid - 1
        return self.lines[lo]

    def sentence_bounds(self, pos: int, limit: int = 300) -> tuple[int, int]:
        start = max(0, pos - limit)
        before = list(_SENTENCE_END.finditer(self.text, start, pos))
        if before:
            start = before[-1].end()
        after = _SENTENCE_END.search(self.text, pos, min(len(self.text), pos + limit))
        end = after.start() + 1 if after else min(len(self.text), pos + limit)
        return start, end

    def sentence(self, pos: int, limit: int = 300) -> str:
        start, end = self.sentence_bounds(pos, limit)
        return self.text[start:end]

    def folded_window(self, pos: int, before: int, after: int = 0) -> str:
        return self.folded[max(0, pos - before) : pos + after]

    @cached_property
    def lang(self) -> str:
        """The language most of the text is written in: "fr", "nl", "en" or "de"."""
        return detect_language(self.text)

    @cached_property
    def head(self) -> str:
        """The first lines, where titles and structured headers sit."""
        return "\n".join(line.text for line in self.nonblank[:12])


def _labelled_fields(lines: list[Line]) -> list[Labelled]:
    out: list[Labelled] = []
    for index, line in enumerate(lines):
        found = label_of(line.text)
        if not found:
            continue
        key, label, value_offset = found
        value = line.text[value_offset:].strip(" :-\t")
        start = (
            line.start
            + value_offset
            + (len(line.text[value_offset:]) - len(line.text[value_offset:].lstrip(" :-\t")))
        )
        if not value and index + 1 < len(lines):
            nxt = lines[index + 1]
            if label_of(nxt.text) is None and len(nxt.text) <= 160:
                value, start = nxt.text.strip(), nxt.start
                # "Lieu de travail\n• 1820 Steenokkerzeel\n• 2330 Merksplas": a list under the label is its value
                last = index + 1
                while nxt.text.lstrip().startswith("• ") and last + 1 < len(lines) and last - index < 8:
                    following = lines[last + 1]
                    if (
                        not following.text.lstrip().startswith("• ")
                        or following.number != lines[last].number + 1
                    ):
                        break
                    last += 1
                if last > index + 1:
                    block = "\n".join(line.text for line in lines[index + 1 : last + 1])
                    value = block.strip()
                    start = nxt.start + len(block) - len(block.lstrip())
        if value:
            out.append(Labelled(key, label, value, start, line.number))
    return out
