"""Plain-text decoding: every encoding a Belgian posting arrives in gives the same accents."""

import pytest

from ingest.reading import read_document
from ingest.reading.text import NotText, decode, looks_binary, repair_mojibake

ACCENTS = "é à è ç ë œ €"
POSTING = (
    "Offre d'emploi : éducateur·rice spécialisé·e à mi-temps – Maison d'accueil Les Tilleuls, "
    "1060 Saint-Gilles. Chèques-repas, prime de fin d'année, cœur de métier : l'accompagnement. 20 € par jour."
)
VACATURE = (
    "Vacature: coördinator (m/v/x) voor het dagcentrum in Leuven. Eén jaar ervaring, reünies op maandag."
)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (ACCENTS, "utf-8"),
        (ACCENTS, "utf-8-sig"),
        (ACCENTS, "cp1252"),
        (ACCENTS, "utf-16"),  # with its BOM, as Notepad saves it
        ("é à è ç ë", "latin-1"),  # Latin-1 has no œ and no €
        (POSTING, "cp1252"),
        (POSTING.replace("œ", "oe").replace("€", "EUR").replace("–", "-"), "latin-1"),
        (VACATURE, "cp1252"),
        (POSTING, "utf-16-le"),  # no BOM: recognised by its NUL bytes
    ],
    ids=[
        "utf8-accents",
        "utf8-bom-accents",
        "cp1252-accents",
        "utf16-bom-accents",
        "latin1-accents",
        "cp1252-posting",
        "latin1-posting",
        "cp1252-dutch",
        "utf16le-no-bom",
    ],
)
def test_accents_survive_every_encoding(text, encoding):
    result = read_document(text.encode(encoding), name="offre.txt")
    assert result.status == "ok", result.error
    assert result.text == text
    assert result.media_type == "text/plain"
    assert result.details["encoding"]


def test_windows_1252_is_reported_as_such():
    assert decode(ACCENTS.encode("cp1252")).encoding == "cp1252"


def test_latin1_bytes_decode_as_windows_1252_which_agrees_on_every_letter():
    assert decode("Noël à Liège".encode("latin-1")).text == "Noël à Liège"


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("L'Ã©quipe de santÃ© mentale", "L'équipe de santé mentale"),
        ("Prime de 20 â‚¬ â€“ chÃ¨ques-repas", "Prime de 20 € – chèques-repas"),
        ("Le cÅ“ur du mÃ©tier", "Le cœur du métier"),
    ],
)
def test_utf8_read_as_windows_1252_upstream_is_repaired(broken, fixed):
    assert repair_mojibake(broken) == (fixed, True)
    result = read_document(broken.encode("utf-8"), name="offre.txt")
    assert result.text == fixed and result.details["repaired_mojibake"]


def test_correct_text_is_left_alone_by_the_repair():
    assert repair_mojibake(POSTING) == (POSTING, False)
    assert repair_mojibake("Ça coûte 20 € à Mons") == ("Ça coûte 20 € à Mons", False)


def test_crlf_nul_and_stray_bom_are_cleaned():
    content = "Psychologue\r\nCDI\x00 mi-temps\ufeff\r\n".encode()
    assert read_document(content, name="a.txt").text == "Psychologue\nCDI mi-temps"


def test_a_stray_nul_in_text_does_not_make_it_binary():
    content = (POSTING + "\x00\u202e").encode()
    assert not looks_binary(content)
    assert read_document(content).status == "ok"


@pytest.mark.parametrize(
    "content",
    [bytes(range(256)) * 16, b"\x00\x01\x02" * 100, b"\x89PNG\r\n\x1a\n" + bytes(range(32)) * 50],
    ids=["all-bytes", "control-bytes", "png-header"],
)
def test_binary_is_not_text(content):
    assert looks_binary(content)
    with pytest.raises(NotText):
        decode(content)


def test_whitespace_only_file_is_reported_empty():
    result = read_document(b"  \n\t\n", name="vide.txt")
    assert result.status == "error" and "empty" in result.error
