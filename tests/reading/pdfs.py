"""PDF fixtures built with reportlab, so every test document is small, known and reproducible.

The postings are fictional and written for these tests. Builders return bytes; the two-column builder also
returns its paragraphs so a test can check their order.
"""

from __future__ import annotations

import io
from pathlib import Path

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

WIDTH, HEIGHT = A4
MARGIN = 60
FONT, SIZE, LEADING = "Helvetica", 10, 13

TITLE = "Psychologue clinicien·ne (h/f/x) – CDI mi-temps – 1060 Saint-Gilles"

POSTING_FR = [
    "L'ASBL Les Tilleuls, service de santé mentale agréé par la COCOF, renforce son équipe "
    "pluridisciplinaire et engage un·e psychologue clinicien·ne.",
    "Vous menez des consultations individuelles et familiales, vous réalisez des bilans "
    "psychologiques et vous participez à l'intervision hebdomadaire.",
    "Profil : master en psychologie clinique, visa de la Commission des psychologues, bonne "
    "connaissance du réseau bruxellois. Le néerlandais est un atout.",
    "Nous offrons : un contrat à durée indéterminée de 19 heures par semaine, le barème de la "
    "CP 332, des chèques-repas et une prime de fin d'année. Frais de déplacement remboursés (20 €).",
    "Candidatures avant le 15 mars à recrutement@lestilleuls.example, avec un CV et une lettre "
    "de motivation. Entrée en fonction dès que possible à Bruxelles.",
]

LEFT_COLUMN = [
    "Le centre de jour accueille des adultes en rétablissement après une hospitalisation psychiatrique.",
    "L'éducateur·rice anime des ateliers collectifs et accompagne chaque personne dans son projet de vie.",
    "Une expérience en santé mentale communautaire est demandée, ainsi que le permis de conduire B.",
    "Le poste est à pourvoir à temps plein, en contrat de remplacement de six mois renouvelable.",
]
RIGHT_COLUMN = [
    "Het dagcentrum in Schaerbeek werkt tweetalig en zoekt een begeleider met een bachelordiploma.",
    "Je werkt nauw samen met de maatschappelijk werker, de psychiater en de verpleegkundigen van het team.",
    "Wij bieden een verloning volgens het barema van de sector, maaltijdcheques en een fietsvergoeding.",
    "Stuur je kandidatuur vóór 30 april naar jobs@delinde.example met vermelding van de referentie.",
]

LETTERHEAD = ["ASBL Les Tilleuls – Service de santé mentale", "Rue de la Victoire 12, 1060 Saint-Gilles"]
FOOTER = "www.lestilleuls.example – 02 555 01 23 – BCE 0123.456.789"
LETTER_PAGES = [
    ["Offre d'emploi : infirmier·ère psychiatrique (h/f/x)", POSTING_FR[0], POSTING_FR[1]],
    [
        "Missions principales",
        POSTING_FR[2],
        "Vous assurez le suivi des traitements et la coordination avec le réseau.",
    ],
    ["Conditions", POSTING_FR[3], POSTING_FR[4]],
]

VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"


def _paragraph(pdf: canvas.Canvas, text: str, *, x: float, y: float, width: float) -> float:
    """Draw `text` wrapped to `width` points from baseline `y`; return the baseline after a paragraph gap."""
    for line in simpleSplit(text, FONT, SIZE, width):
        pdf.drawString(x, y, line)
        y -= LEADING
    return y - LEADING / 2


def _new_canvas(buffer: io.BytesIO, **kwargs) -> canvas.Canvas:
    pdf = canvas.Canvas(buffer, pagesize=A4, **kwargs)
    pdf.setFont(FONT, SIZE)
    return pdf


def one_column_pdf(paragraphs: list[str] | None = None, *, title: str = TITLE, **canvas_kwargs) -> bytes:
    buffer = io.BytesIO()
    pdf = _new_canvas(buffer, **canvas_kwargs)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(MARGIN, HEIGHT - 80, title)
    pdf.setFont(FONT, SIZE)
    y = HEIGHT - 110
    for text in paragraphs or POSTING_FR:
        y = _paragraph(pdf, text, x=MARGIN, y=y, width=WIDTH - 2 * MARGIN)
    pdf.save()
    return buffer.getvalue()


def two_column_pdf(
    left: list[str] = LEFT_COLUMN, right: list[str] = RIGHT_COLUMN, *, pages: int = 1
) -> bytes:
    """A full-width title, then two columns whose lines share the same baselines (the interleaving trap).

    Later pages carry the same columns again, each paragraph opened by the page's number so that no line
    repeats at the top of every page as a running header would."""
    buffer = io.BytesIO()
    pdf = _new_canvas(buffer)
    column_width = (WIDTH - 2 * MARGIN - 24) / 2
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica-Bold", 13)
        title = "Éducateur·rice spécialisé·e / Begeleider (h/f/x – m/v/x)"
        pdf.drawString(MARGIN, HEIGHT - 80, title if number == 1 else f"{title} – suite {number}")
        pdf.setFont(FONT, SIZE)
        for x, paragraphs in ((MARGIN, left), (MARGIN + column_width + 24, right)):
            y = HEIGHT - 115
            for text in paragraphs:
                text = text if number == 1 else f"({number}) {text}"
                y = _paragraph(pdf, text, x=x, y=y, width=column_width)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def letterhead_pdf() -> bytes:
    """Three pages, each with the same letterhead and footer and a "Page n/3" counter."""
    buffer = io.BytesIO()
    pdf = _new_canvas(buffer)
    for number, paragraphs in enumerate(LETTER_PAGES, start=1):
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(MARGIN, HEIGHT - 45, LETTERHEAD[0])
        pdf.setFont(FONT, 9)
        pdf.drawString(MARGIN, HEIGHT - 58, LETTERHEAD[1])
        pdf.setFont(FONT, SIZE)
        y = HEIGHT - 110
        for text in paragraphs:
            y = _paragraph(pdf, text, x=MARGIN, y=y, width=WIDTH - 2 * MARGIN)
        pdf.setFont(FONT, 8)
        pdf.drawString(MARGIN, 40, FOOTER)
        pdf.drawRightString(WIDTH - MARGIN, 28, f"Page {number}/{len(LETTER_PAGES)}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def hyphenated_pdf() -> bytes:
    """Words split at line ends with a hyphen and a soft hyphen, and compounds that keep theirs.

    Drawn with Vera (shipped with reportlab): the standard fonts turn a soft hyphen into a space. U+2010,
    which Vera lacks, is tested on text in tests/reading/test_cleanup.py.
    """
    lines = [
        "L'équipe mobile recherche un infir-",
        "mier ou une infirmière en santé commu-",
        "nautaire pour un accompagnement psycho\u00ad",
        "social à domicile, à mi-",
        "temps, dans la région de Saint-",
        "Gilles et d'Ixelles.",
    ]
    buffer = io.BytesIO()
    pdf = _new_canvas(buffer)
    if "Vera" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("Vera", str(VERA)))
    pdf.setFont("Vera", SIZE)
    y = HEIGHT - 100
    for line in lines:
        pdf.drawString(MARGIN, y, line)
        y -= LEADING
    pdf.save()
    return buffer.getvalue()


SCANNED_LINES = [
    "ASBL Les Tilleuls recrute",
    "un psychologue clinicien (h/f/x)",
    "pour son service de santé mentale à Bruxelles.",
    "Contrat à durée indéterminée, mi-temps.",
    "Candidatures avant le 15 mars.",
]


def _scan_image(lines: list[str]) -> ImageReader:
    """A grey-scale A4 picture of typed lines at 200 dpi, as a scanner makes it."""
    from PIL import Image, ImageDraw, ImageFont

    dpi = 200
    image = Image.new("L", (int(WIDTH / 72 * dpi), int(HEIGHT / 72 * dpi)), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(VERA), 34)
    for index, line in enumerate(lines):
        draw.text((160, 200 + 60 * index), line, fill=0, font=font)
    png = io.BytesIO()
    image.save(png, format="PNG")
    png.seek(0)
    return ImageReader(png)


def scanned_pdf(lines: list[str] = SCANNED_LINES, *, stamp: str = "") -> bytes:
    """A page holding only a picture of text (no text layer), or with a `stamp` of text added on top."""
    buffer = io.BytesIO()
    pdf = _new_canvas(buffer)
    pdf.drawImage(_scan_image(lines), 0, 0, width=WIDTH, height=HEIGHT)
    if stamp:
        pdf.drawRightString(WIDTH - MARGIN, 28, stamp)
    pdf.save()
    return buffer.getvalue()


def text_then_scan_pdf() -> bytes:
    """Page 1 has a text layer, page 2 is a scan (an annex signed and scanned, say)."""
    buffer = io.BytesIO()
    pdf = _new_canvas(buffer)
    pdf.drawString(MARGIN, HEIGHT - 80, TITLE)
    _paragraph(pdf, POSTING_FR[0], x=MARGIN, y=HEIGHT - 110, width=WIDTH - 2 * MARGIN)
    pdf.showPage()
    pdf.drawImage(_scan_image(SCANNED_LINES), 0, 0, width=WIDTH, height=HEIGHT)
    pdf.save()
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    return one_column_pdf(encrypt="secret")


def key_value_pdf() -> bytes:
    """A one-column form: labels on the left, values far to the right; it must not be read as two columns."""
    rows = [
        ("Fonction :", "Assistant·e social·e (h/f/x)"),
        ("Employeur :", "CPAS de Forest"),
        ("Contrat :", "CDD de 12 mois"),
        ("Régime :", "temps plein, 38 heures"),
        ("Lieu :", "1190 Forest"),
        ("Date limite :", "31 mai"),
    ]
    buffer = io.BytesIO()
    pdf = _new_canvas(buffer)
    y = HEIGHT - 100
    for label, value in rows:
        pdf.drawString(MARGIN, y, label)
        pdf.drawString(MARGIN + 200, y, value)
        y -= LEADING * 1.5
    pdf.save()
    return buffer.getvalue()


def blank_pdf() -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def bomb_pdf(inflated_mb: int = 400) -> bytes:
    """One page whose content stream is ~1/1000 of its inflated size: a decompression bomb."""
    import zlib

    packer = zlib.compressobj(9)
    chunk = b" " * (1024 * 1024)
    stream = b"".join(packer.compress(chunk) for _ in range(inflated_mb)) + packer.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()
