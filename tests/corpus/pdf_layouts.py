"""Print corpus documents as PDFs in the layouts postings arrive in, to score the extractor on them.

    render(text, "two_columns") -> bytes

Layouts: one column; two columns (a full-width title, then text flowing down the left column and on
into the right one, as newsletters print it); a letterhead (a banner, a footer with a print date and a
"Page n/N" counter on every page, the body split over at least two pages); and a scan (the one-column
pages as 200 dpi pictures with no text layer, so only OCR can read them).

The text drawn is the document's own, line by line, wrapped to the frame; nothing is added to it but
page furniture that a good reader removes.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

LAYOUTS = ("one_column", "two_columns", "letterhead", "scanned")

WIDTH, HEIGHT = A4
MARGIN = 56
SIZE, LEADING, GAP = 10, 12.5, 6
FONT_DIR = Path(reportlab.__file__).parent / "fonts"
# Vera ships with reportlab, so every machine prints the same PDF; it covers the corpus' accents.
FONTS = {"regular": ("Vera", FONT_DIR / "Vera.ttf"), "bold": ("VeraBd", FONT_DIR / "VeraBd.ttf")}
BANNER = ("Offres d'emploi · version imprimable", "Bulletin de diffusion des postes vacants")
SCAN_DPI = 200


@dataclass(frozen=True)
class Line:
    text: str
    bold: bool = False
    gap_after: float = 0.0


@dataclass(frozen=True)
class Frame:
    x: float
    top: float
    bottom: float
    width: float


# reportlab's TrueType fonts are shared objects whose subsetting is not thread-safe (two threads saving at
# once fail with a KeyError in makeSubset): one rendering at a time.
_RENDERING = threading.Lock()


def render(text: str, layout: str) -> bytes:
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}: use one of {', '.join(LAYOUTS)}")
    with _RENDERING:
        return _render(text, layout)


def _render(text: str, layout: str) -> bytes:
    _register_fonts()
    paragraphs = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    if layout == "two_columns":
        return _two_columns(paragraphs)
    if layout == "letterhead":
        return _letterhead(paragraphs)
    pages = _flow(_wrap(paragraphs, WIDTH - 2 * MARGIN), lambda _: [_full_frame()])
    return _scan(pages) if layout == "scanned" else _print(pages)


def _register_fonts() -> None:
    registered = pdfmetrics.getRegisteredFontNames()
    for name, path in FONTS.values():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(path)))


def _font(bold: bool) -> str:
    return FONTS["bold" if bold else "regular"][0]


def _wrap(paragraphs: list[str], width: float, *, first_bold: bool = True) -> list[Line]:
    """Wrapped lines; the first non-empty paragraph in bold (a title); an empty paragraph becomes a gap."""
    lines: list[Line] = []
    title_done = not first_bold
    for paragraph in paragraphs:
        if not paragraph:
            if lines:
                lines[-1] = Line(lines[-1].text, lines[-1].bold, GAP)
            continue
        bold = not title_done
        title_done = True
        wrapped = simpleSplit(_breakable(paragraph, _font(bold), width), _font(bold), SIZE, width) or [
            paragraph
        ]
        lines += [Line(part, bold) for part in wrapped]
    return lines


def _breakable(paragraph: str, font: str, width: float) -> str:
    """Web addresses too long for the line get a break after a slash, as browsers and word processors do."""

    def fits(part: str) -> bool:
        return pdfmetrics.stringWidth(part, font, SIZE) <= width

    words = []
    for word in paragraph.split(" "):
        while not fits(word):
            cuts = [i + 1 for i, char in enumerate(word[:-1]) if char == "/" and fits(word[: i + 1])]
            if not cuts:
                break
            words.append(word[: cuts[-1]])
            word = word[cuts[-1] :]
        words.append(word)
    return " ".join(words)


def _full_frame(top: float = HEIGHT - 70, bottom: float = 60) -> Frame:
    return Frame(MARGIN, top, bottom, WIDTH - 2 * MARGIN)


Placed = tuple[float, float, Line]  # x, baseline, line


def _flow(lines: list[Line], frames_of_page) -> list[list[Placed]]:
    """Pour lines into each page's frames in order, starting a new page when the frames are full."""
    pages: list[list[Placed]] = []
    queue = iter(lines)
    pending = next(queue, None)
    while pending is not None:
        placed: list[Placed] = []
        for frame in frames_of_page(len(pages)):
            y = frame.top
            while pending is not None and y - LEADING >= frame.bottom:
                placed.append((frame.x, y, pending))
                y -= LEADING + pending.gap_after
                pending = next(queue, None)
        pages.append(placed)
    return pages or [[]]


def _two_columns(paragraphs: list[str]) -> bytes:
    title_index = next((i for i, p in enumerate(paragraphs) if p), 0)
    title = _wrap(paragraphs[title_index : title_index + 1], WIDTH - 2 * MARGIN)
    column_width = (WIDTH - 2 * MARGIN - 24) / 2
    body = _wrap(paragraphs[title_index + 1 :], column_width, first_bold=False)
    title_bottom = HEIGHT - 70 - LEADING * len(title) - 2 * GAP

    def frames(page: int) -> list[Frame]:
        top = title_bottom if page == 0 else HEIGHT - 70
        return [
            Frame(MARGIN, top, 60, column_width),
            Frame(MARGIN + column_width + 24, top, 60, column_width),
        ]

    pages = _flow(body, frames)
    pages[0] = [(MARGIN, HEIGHT - 70 - LEADING * i, line) for i, line in enumerate(title)] + pages[0]
    return _print(pages)


def _letterhead(paragraphs: list[str]) -> bytes:
    lines = _wrap(paragraphs, WIDTH - 2 * MARGIN)
    half = max(1, len(lines) // 2)
    # At least two pages, so the banner and footer repeat as they do on a real letter.
    pages = _flow(lines[:half], lambda _: [_full_frame(HEIGHT - 100, 80)])
    pages += _flow(lines[half:], lambda _: [_full_frame(HEIGHT - 100, 80)]) if lines[half:] else []
    return _print(pages, furniture=True)


def _print(pages: list[list[Placed]], *, furniture: bool = False) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for number, placed in enumerate(pages, start=1):
        if furniture:
            _draw_furniture(pdf, number, len(pages))
        for x, y, line in placed:
            pdf.setFont(_font(line.bold), SIZE)
            pdf.drawString(x, y, line.text)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _draw_furniture(pdf: canvas.Canvas, number: int, total: int) -> None:
    pdf.setFont(_font(True), 11)
    pdf.drawString(MARGIN, HEIGHT - 45, BANNER[0])
    pdf.setFont(_font(False), 8)
    pdf.drawString(MARGIN, HEIGHT - 58, BANNER[1])
    pdf.drawString(MARGIN, 40, "Version imprimable · diffusion libre")
    pdf.drawRightString(WIDTH - MARGIN, 28, f"Page {number}/{total}")


def _scan(pages: list[list[Placed]]) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for image in _scanned_images(pages):
        pdf.drawImage(image, 0, 0, width=WIDTH, height=HEIGHT)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _scanned_images(pages: list[list[Placed]]) -> Iterator[ImageReader]:
    """Grey-scale pictures of the pages, as a 200 dpi office scanner gives them."""
    from PIL import Image, ImageDraw, ImageFont

    scale = SCAN_DPI / 72
    fonts = {
        bold: ImageFont.truetype(str(FONTS["bold" if bold else "regular"][1]), round(SIZE * scale))
        for bold in (False, True)
    }
    for placed in pages:
        image = Image.new("L", (round(WIDTH * scale), round(HEIGHT * scale)), 255)
        draw = ImageDraw.Draw(image)
        for x, y, line in placed:
            draw.text(
                (x * scale, (HEIGHT - y) * scale), line.text, fill=0, font=fonts[line.bold], anchor="ls"
            )
        png = io.BytesIO()
        image.save(png, format="PNG")
        png.seek(0)
        yield ImageReader(png)
