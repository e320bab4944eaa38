"""The entry points: what goes to which reader, size limits, and bad input turned into clear errors."""

import random
from pathlib import Path

import pytest

from ingest.reading import DocumentTooLarge, ReadError, ReadResult, read_document, read_file
from tests.reading import pdfs

POSTING = (
    "Psychologue clinicien·ne (h/f/x) – CDI mi-temps – 1060 Saint-Gilles\n\nL'ASBL Les Tilleuls recrute."
)


def test_empty_file_is_an_error_that_says_empty():
    result = read_document(b"", name="vide.txt")
    assert result == ReadResult(text="", media_type="text/plain", status="error", error=result.error)
    assert result.error.startswith("vide.txt is empty (0 bytes)")


def test_binary_garbage_is_an_unsupported_type():
    result = read_document(random.Random(7).randbytes(4096), name="piece-jointe.bin")
    assert result.status == "error" and result.media_type == "application/octet-stream"
    assert "save the posting as PDF or plain text" in result.error


def test_a_word_file_is_named_as_such():
    result = read_document(b"PK\x03\x04\x14\x00\x06\x00" + bytes(200), name="offre.docx")
    assert result.status == "error" and "Word .docx" in result.error


def test_too_large_content_is_refused_with_the_setting_to_change():
    result = read_document(b"a" * 3 * 1024 * 1024, name="gros.txt", max_bytes=2 * 1024 * 1024)
    assert result.status == "error"
    assert result.error.startswith("gros.txt is 3.0 MB, above the limit of 2.0 MB (INGEST_MAX_BYTES)")


def test_small_limits_are_printed_readably():
    result = read_document(b"a" * 20_000, max_bytes=10_000)
    assert "above the limit of 0.01 MB" in result.error and result.error.startswith(
        "The document is 0.019 MB"
    )


def test_read_file_refuses_a_large_file_before_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "enorme.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(50_000))

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(
        DocumentTooLarge, match=r"enorme\.pdf is .* MB, above the limit .*INGEST_MAX_BYTES"
    ) as error:
        read_file(path, max_bytes=10_000)
    assert isinstance(error.value, ReadError)


def test_read_file_returns_the_bytes_and_the_result(tmp_path):
    path = tmp_path / "offre.txt"
    path.write_bytes(POSTING.encode("cp1252"))
    content, result = read_file(path)
    assert content == POSTING.encode("cp1252")
    assert result.status == "ok" and result.text == POSTING and result.details["encoding"] == "cp1252"


def test_read_file_reads_pdfs_too(tmp_path):
    path = tmp_path / "offre.pdf"
    path.write_bytes(pdfs.one_column_pdf())
    _, result = read_file(path, ocr=False, timeout=30)
    assert result.status == "ok" and result.text.startswith(pdfs.TITLE)


def test_read_file_lets_a_missing_file_raise(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_file(tmp_path / "absent.pdf")


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        ("text/html; charset=utf-8", "text/html"),
        ("text/plain", "text/plain"),
        ("", "text/html"),
        ("application/octet-stream", "text/html"),
    ],
)
def test_a_declared_media_type_is_followed(declared, expected):
    html = b"<html><body><p>Assistant social</p></body></html>"
    assert read_document(html, media_type=declared or None).media_type == expected


def test_pdf_magic_bytes_beat_a_declared_type():
    result = read_document(pdfs.one_column_pdf(), media_type="text/plain", ocr=False)
    assert result.media_type == "application/pdf" and result.status == "ok"


@pytest.mark.parametrize(
    "content",
    [
        b"%PDF",
        b"%PDF-1.7\n%%EOF",
        b"%PDF-1.4\n" + random.Random(3).randbytes(3000) + b"%%EOF",
        b"<html><body>" + b"<table>" * 300,
        b"\xff\xfe",
        b"\xef\xbb\xbf",
        b"\x00" * 64,
        b"<!doctype html>",
    ],
    ids=[
        "pdf-magic-only",
        "pdf-empty-body",
        "pdf-random-body",
        "html-unclosed",
        "utf16-bom-only",
        "utf8-bom-only",
        "nuls",
        "doctype-only",
    ],
)
def test_bad_content_never_raises(content):
    result = read_document(content, name="x", timeout=20)
    assert result.status in ("ok", "error", "needs_ocr")
    if result.status != "ok":
        assert result.error and not result.text


def test_a_bug_in_a_reader_is_returned_as_an_error(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("ingest.reading.document._read_text", broken)
    result = read_document(POSTING.encode(), name="offre.txt")
    assert result.status == "error" and result.error.startswith("Internal error while reading offre.txt")
