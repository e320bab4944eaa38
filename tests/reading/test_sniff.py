"""Which reader a document goes to: magic bytes, then the name, then whether it decodes as text."""

import pytest

from ingest.reading import sniff_media_type
from tests.reading import pdfs


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        pytest.param(pdfs.blank_pdf(), "", "application/pdf", id="pdf-magic"),
        pytest.param(pdfs.blank_pdf(), "offre.txt", "application/pdf", id="pdf-magic-beats-name"),
        pytest.param(b"\r\n%PDF-1.4 junk before the header", "", "application/pdf", id="pdf-after-junk"),
        pytest.param(b"<!DOCTYPE html><html><body>Offre</body></html>", "", "text/html", id="doctype"),
        pytest.param(
            b"\xef\xbb\xbf  <html lang='fr'><p>Offre</p></html>", "x.txt", "text/html", id="html-bom"
        ),
        pytest.param(b"<!-- export --><HTML><BODY>Offre</BODY></HTML>", "", "text/html", id="html-comment"),
        pytest.param(b'<?xml version="1.0"?>\n<html xmlns="x"><body/></html>', "", "text/html", id="xhtml"),
        pytest.param(b"Offre <b>en gras</b>", "offre.html", "text/html", id="html-by-name"),
        pytest.param(b"Offre", "https://emploi.example/offre.htm?id=3#top", "text/html", id="url-name"),
        pytest.param(b"Offre", "offre.PDF", "application/pdf", id="pdf-by-name"),
        pytest.param(b"# Offre", "offre.md", "text/plain", id="markdown"),
        pytest.param("Éducateur à Namur".encode("cp1252"), "", "text/plain", id="cp1252-text"),
        pytest.param(b"", "", "text/plain", id="empty"),
        pytest.param(bytes(range(256)) * 8, "", "application/octet-stream", id="binary"),
        pytest.param(
            b"PK\x03\x04" + b"word/document.xml", "offre.docx", "application/octet-stream", id="docx"
        ),
    ],
)
def test_sniff_media_type(content, name, expected):
    assert sniff_media_type(content, name) == expected
