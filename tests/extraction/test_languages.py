"""Languages required of the candidate: requirements count, assets and wishes do not."""

import pytest

from ingest.extraction.document import Doc
from ingest.extraction.fields.contacts import find_languages


def languages(text: str) -> list[str]:
    return list(find_languages(Doc(text)).value)


CASES = [
    ("bilingue", "Vous êtes bilingue et disponible rapidement.", ["fr", "nl"]),
    (
        "said-not-to-be-required",
        "Je communiceert vlot in het Nederlands. Kennis van het Frans is handig, maar geen vereiste.",
        ["nl"],
    ),
    (
        "bare-list-shares-its-asset",
        "Excellent written English is required. Knowledge of Arabic, Dari or Tigrinya is a strong asset.",
        ["en"],
    ),
    (
        "new-statement-after-a-requirement",
        "Fluent English and French required, Dutch is an asset.",
        ["en", "fr"],
    ),
    (
        "a-bilingual-hospital-asks-nothing",
        "HUBN is a bilingual university hospital in Brussels. Fluency in English is required.",
        ["en"],
    ),
    ("langue-francaise", "Justifier de la connaissance de la langue française.", ["fr"]),
    ("connaissance-fr", "Bonne connaissance du français, écrit et oral.", ["fr"]),
    ("asset-only", "La connaissance du néerlandais est un atout.", []),
    (
        "list-shares-its-atout",
        "La connaissance de l'arabe, du turc ou du néerlandais est un atout.",
        [],
    ),
    (
        "dutch-list-with-articles-nice-to-have",
        "Je spreekt vlot Nederlands. Kennis van het Arabisch, het Pools of het Roemeens is mooi meegenomen.",
        ["nl"],
    ),
    (
        "required-then-asset",
        "Vous parlez couramment le français, la connaissance du néerlandais est un atout.",
        ["fr"],
    ),
    (
        "wish-then-required",
        "Langues : luxembourgeois souhaité, français et allemand indispensables.",
        ["fr", "de"],
    ),
    (
        "bracketed-asset",
        "Fluent English; working knowledge of French required (Arabic is an asset).",
        ["en", "fr"],
    ),
    ("english-written", "Excellent written English; French is an asset.", ["en"]),
    ("dutch-kennis-frans", "Goede kennis van het Frans is vereist.", ["fr"]),
    ("dutch-schrijfvaardigheid", "Uitstekende schrijfvaardigheid in het Nederlands.", ["nl"]),
    ("dutch-bij-voorkeur", "Kennis van het Frans bij voorkeur.", []),
    ("label-with-codes", "Langues : FR / NL", ["fr", "nl"]),
    (
        "label-then-phrase",
        "Langue : francophone\nDate limite : 3 mars\n\nUne connaissance passive du néerlandais est demandée.",
        ["fr", "nl"],
    ),
    ("si-possible", "Consultations en français et si possible en turc.", []),
    ("german-interface-label", "Auswahlcode\nANG1\nSprache\nDutch\nDiploma\nBachelor", ["nl"]),
    # Requirements and wishes written every way.
    ("essential", "- Fluent English is essential\n- Spanish is desirable", ["en"]),
    ("mandatory-after-an-asset", "Dutch is a plus, English mandatory.", ["en"]),
    ("dutch-voordeel", "Talen: Frans, kennis van het Nederlands of andere talen een voordeel", ["fr"]),
    ("beide-landstalen", "Je communiceert vlot in beide landstalen.", ["fr", "nl"]),
    ("deux-langues-nationales", "Maîtrise des deux langues nationales exigée.", ["fr", "nl"]),
    (
        "labelled-list-with-levels",
        "Languages required: English (fluent), French (working knowledge)",
        ["en", "fr"],
    ),
    ("working-languages", "Working languages: English and Spanish.", ["en", "es"]),
    ("dutch-taalkennis-label", "Taalkennis: Nederlands (moedertaal), Frans (goed)", ["nl", "fr"]),
    # Alternatives and bilingual places ask for no one language.
    ("alternatives-ou", "Vous maîtrisez le français ou le néerlandais.", []),
    ("alternatives-or-slash", "Arabic or Dari/Pashto is essential.", []),
    ("bilingual-environment-after", "Vous travaillez dans un environnement bilingue.", []),
    ("bilingual-group-of-colleagues", "Je werkt in een tweetalige groep toffe collega's.", []),
    ("bilingual-candidate", "Vous êtes parfaitement bilingue (FR/NL).", ["fr", "nl"]),
    ("both-and-is-no-alternative", "Fluency in English and French is mandatory.", ["en", "fr"]),
    (
        "language-of-the-countries-visited",
        "Based in Amman, with frequent field visits to Arabic-speaking countries.",
        [],
    ),
    (
        "alternatives-under-a-label",
        "Languages: Essential : Tigrinya and Amharic\nEssential : French or English",
        ["ti", "am"],
    ),
    ("alternatives-alone-under-a-label", "Langues : français ou néerlandais", []),
    # Languages named by their adjective, by the speaker, or by codes under a label.
    # A new statement after a comma keeps its own requirement or asset.
    ("an-asset-after-a-requirement", "Vous parlez le français, l'arabe serait un atout.", ["fr"]),
    (
        "a-requirement-after-an-asset",
        "Une connaissance de base du néerlandais est un plus, le français est indispensable.",
        ["fr"],
    ),
    ("working-knowledge", "English: fluent; French: working knowledge", ["en", "fr"]),
    ("s-exprimer-en", "Vous vous exprimez aisément en français et en anglais.", ["fr", "en"]),
    ("dutch-taal-adjective", "Je hebt een goede kennis van de Nederlandse taal.", ["nl"]),
    ("langue-adjective-in-a-title", "Médiateur interculturel - langue portugaise - CDI", ["pt"]),
    ("vous-etes-francophone", "Vous êtes francophone et aimez le travail d'équipe.", ["fr"]),
    ("je-bent-nederlandstalig", "Je bent Nederlandstalig en hebt een rijbewijs B.", ["nl"]),
    ("a-public-is-no-speaker", "Nous accueillons un public francophone et néerlandophone.", []),
    ("luxembourg-codes-under-a-label", "Spoken languages\nFR, DE, LB\nEducational level", ["fr", "de", "lb"]),
    (
        "luxembourgish-required",
        "Fluency in Luxembourgish and German is required.",
        ["lb", "de"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_languages(text, expected):
    assert languages(text) == expected


def test_a_long_labelled_sentence_does_not_turn_de_and_en_into_languages():
    text = "Langues : vous parlez le français et avez une connaissance de base du néerlandais, en équipe."
    assert languages(text) == ["fr", "nl"]


def test_a_short_line_under_the_label_does_not_turn_de_into_german():
    assert languages("Langue : français\nDate de début : dès que possible") == ["fr"]
