"""Reading order of a PDF page from its words' boxes: rows, then two columns where a gutter separates them.

pdfplumber's plain `extract_text()` reads a two-column page across the gutter, mixing the columns line
by line (MEASURED.md: 0.26 order recall). Here a page is cut into horizontal runs of rows; a run whose
rows all leave the same vertical strip empty, with real text on both sides, is read left column first.
Rows crossing the strip (a title, a letterhead, a footer) stay full-width lines in their place.

Words are pdfplumber word dicts: `text`, `x0`, `x1`, `top`, `bottom` (points, origin at the top left).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Sequence

from ingest.reading.cleanup import continues

Word = dict
Row = list[Word]

# A gutter is at least this wide (a word space is ~3 pt at 10 pt) and searched in the middle of the text.
MIN_GUTTER = 7.0
GUTTER_SEARCH = (0.2, 0.8)
# At most this share of a page's rows may cross its gutter (titles, letterheads, footers).
MAX_CROSSING_SHARE = 0.5
# A column holds at least this many lines, of at least this many words on average, and spans at least
# this share of the text width; a form (short labels left, values right) fails these and stays rows.
MIN_COLUMN_ROWS = 3
MIN_WORDS_PER_LINE = 3
MIN_COLUMN_SHARE = 0.25
# A vertical gap above this share of the line height starts a new paragraph (a blank line).
PARAGRAPH_GAP = 0.6
# A word space is about this share of the line height.
SPACE_SHARE = 0.3
# A line opening with a list marker or a "Label :" starts anew even when the line above is full.
NEW_ITEM = re.compile(r"^(?:[-–—•·▪*►✓]\s|\d{1,2}[.)]\s|[A-ZÀ-Ý][\w'’/ -]{1,30}?\s?:(?:\s|$))")


def reading_lines(words: Sequence[Word]) -> tuple[list[str], int]:
    """The page's lines in reading order ("" between paragraphs), and 2 if a two-column run was found."""
    rows = group_rows(words)
    if not rows:
        return [], 0
    gutter = find_gutter(rows)
    page_left = min(w["x0"] for row in rows for w in row)
    page_width = max(w["x1"] for row in rows for w in row) - page_left
    # Parts are read one after the other; a part is a list of rows read top to bottom.
    parts: list[list[Row]] = [[]]
    run: list[Row] = []
    columns = 1
    for row in [*rows, None]:
        if gutter is not None and row is not None and not _crosses(row, gutter):
            run.append(row)
            continue
        if run:
            split = _split_columns(run, gutter, page_width)
            if split:
                parts += [*split, []]
                columns = 2
            else:
                parts[-1].extend(run)
            run = []
        if row is not None:
            parts[-1].append(row)
    lines: list[str] = []
    for part in parts:
        part_lines = _lines(part)
        if not part_lines:
            continue
        if lines and continues(lines[-1], part_lines[0]):
            # A sentence running from the foot of one column to the top of the next.
            lines[-1] = lines[-1].rstrip() + " " + part_lines[0].lstrip()
            lines += part_lines[1:]
        else:
            lines += ["", *part_lines] if lines else part_lines
    return lines, columns


def group_rows(words: Sequence[Word]) -> list[Row]:
    """Words whose vertical middle falls inside a row's band join that row; rows are sorted left to right."""
    rows: list[tuple[float, float, Row]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        middle = (word["top"] + word["bottom"]) / 2
        if rows and rows[-1][0] <= middle <= rows[-1][1]:
            top, bottom, row = rows[-1]
            row.append(word)
            rows[-1] = (top, max(bottom, word["bottom"]), row)
        else:
            rows.append((word["top"], word["bottom"], [word]))
    return [sorted(row, key=lambda w: w["x0"]) for _, _, row in rows]


def find_gutter(rows: Sequence[Row]) -> tuple[float, float] | None:
    """A strip in the middle of the text, at least MIN_GUTTER wide, that as few rows as possible cross."""
    left = min(w["x0"] for row in rows for w in row)
    right = max(w["x1"] for row in rows for w in row)
    width = right - left
    if width < 4 * MIN_GUTTER:
        return None
    start, stop = int(left + GUTTER_SEARCH[0] * width), int(left + GUTTER_SEARCH[1] * width)
    crossings = [0] * (stop - start)
    for row in rows:
        covered = set()
        for word in row:
            covered.update(range(max(start, int(word["x0"])), min(stop, int(word["x1"]) + 1)))
        for x in covered:
            crossings[x - start] += 1
    # Allow the fewest crossing rows that still leave a strip wide enough: a title or a footer crosses
    # the gutter, and a gap between two of its words must not pass for the gutter.
    for allowed in sorted(set(crossings)):
        if allowed > MAX_CROSSING_SHARE * len(rows):
            break
        strip = _widest_run(crossings, allowed)
        if strip[1] - strip[0] >= MIN_GUTTER:
            return float(start + strip[0]), float(start + strip[1])
    return None


def _widest_run(counts: list[int], allowed: int) -> tuple[int, int]:
    best, run_start = (0, 0), None
    for index, count in enumerate([*counts, allowed + 1]):
        if count <= allowed and run_start is None:
            run_start = index
        elif count > allowed and run_start is not None:
            if index - run_start > best[1] - best[0]:
                best = (run_start, index)
            run_start = None
    return best


def _crosses(row: Row, gutter: tuple[float, float]) -> bool:
    return any(w["x0"] < gutter[1] and w["x1"] > gutter[0] for w in row)


def _split_columns(run: list[Row], gutter: tuple[float, float], page_width: float) -> list[list[Row]] | None:
    """The left and right columns of a run of rows that leave the gutter empty, if both are real columns."""
    words = [w for row in run for w in row]
    left = group_rows([w for w in words if w["x1"] <= gutter[0]])
    right = group_rows([w for w in words if w["x0"] >= gutter[1]])
    if all(_is_column(side, page_width) for side in (left, right)):
        return [left, right]
    return None


def _is_column(rows: list[Row], page_width: float) -> bool:
    if len(rows) < MIN_COLUMN_ROWS:
        return False
    extent = max(w["x1"] for row in rows for w in row) - min(w["x0"] for row in rows for w in row)
    words_per_line = statistics.mean(len(row) for row in rows)
    return extent >= MIN_COLUMN_SHARE * page_width and words_per_line >= MIN_WORDS_PER_LINE


def _lines(rows: list[Row]) -> list[str]:
    """Rows as text lines, a wrapped paragraph joined back into one line, a blank line between paragraphs."""
    if not rows:
        return []
    height = statistics.median(_height(row) for row in rows)
    return reflow(_paragraphs(rows, height))


def _right_edges(rows: list[Row]) -> dict[tuple, float]:
    """Where the lines of each font end when full: the end of the longest."""
    ends: dict[tuple, float] = {}
    for row in rows:
        ends[_font(row[-1])] = max(ends.get(_font(row[-1]), 0.0), row[-1]["x1"])
    return ends


def _cut_url(word: str) -> bool:
    """A web address broken after a slash: its next line continues it without a space."""
    return word.endswith("/") and ("://" in word or word.lower().startswith("www."))


def _paragraphs(rows: list[Row], height: float) -> list[list[Row]]:
    """Rows split where a vertical gap taller than PARAGRAPH_GAP line heights ends a paragraph."""
    blocks = [[rows[0]]]
    for previous, row in itertools.pairwise(rows):
        if _top(row) - _bottom(previous) > PARAGRAPH_GAP * height:
            blocks.append([])
        blocks[-1].append(row)
    return blocks


def _wrapped(row: Row, following: Row, *, right: float, height: float) -> bool:
    """True when `following` continues `row`'s sentence: its first word would not have fit on `row`.

    This is the test a line-breaking program applies, so it tells a wrapped line from a short line that
    ends where its author ended it (a field, a list item). A hyphenated break is left to the cleanup,
    which knows which hyphens to keep; a change of font or size (a title above its text) is a new line.
    """
    last = row[-1]["text"]
    first = following[0]
    if last.endswith(("-", "\u00ad", "\u2010")) or _font(row[-1]) != _font(first):
        return False
    if last.endswith((".", "!", "?", ":", ";")) and first["text"][:1].isupper():
        return False
    if NEW_ITEM.match(_text(following)):
        return False
    space = SPACE_SHARE * height
    return right - row[-1]["x1"] < (first["x1"] - first["x0"]) + 2 * space


def _font(word: Word) -> tuple:
    return word.get("fontname"), round(word.get("size", 0))


def _text(row: Row) -> str:
    return " ".join(w["text"] for w in row)


def _top(row: Row) -> float:
    return min(w["top"] for w in row)


def _bottom(row: Row) -> float:
    return max(w["bottom"] for w in row)


def _height(row: Row) -> float:
    return _bottom(row) - _top(row)


def reflow(paragraphs: Sequence[Sequence[Row]]) -> list[str]:
    """Lines of paragraphs already told apart (by OCR), wrapped lines joined, "" between paragraphs."""
    rows = [row for paragraph in paragraphs for row in paragraph if row]
    if not rows:
        return []
    height = statistics.median(_height(row) for row in rows)
    right = _right_edges(rows)
    lines: list[str] = []
    for paragraph in paragraphs:
        paragraph = [row for row in paragraph if row]
        if not paragraph:
            continue
        lines += [""] if lines else []
        lines.append(_text(paragraph[0]))
        for previous, row in itertools.pairwise(paragraph):
            if _wrapped(previous, row, right=right[_font(previous[-1])], height=height):
                lines[-1] += ("" if _cut_url(previous[-1]["text"]) else " ") + _text(row)
            else:
                lines.append(_text(row))
    return lines
