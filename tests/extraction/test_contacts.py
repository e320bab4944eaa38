import pytest

from ingest.extraction.document import Doc
from ingest.extraction.fields.contacts import (
    find_apply_email,
    find_apply_url,
    find_contact_person,
    find_languages,
)

EMAIL_CASES = [
    (
        "send-cv",
        "Envoyez votre CV et votre lettre de motivation à jobs@les-tilleuls.be avant le 3 mars.",
        "jobs@les-tilleuls.be",
    ),
    (
        "info-then-apply",
        "Pour toute information : info@abri.be.\nLes candidatures sont à adresser à recrutement@abri.be.",
        "recrutement@abri.be",
    ),
    ("info-only", "Pour plus d'informations, contactez Mme Claes (claes@abri.be).", None),
    (
        "dutch",
        "Stuur je motivatiebrief en cv naar vacatures@cgg-rivierland.be.",
        "vacatures@cgg-rivierland.be",
    ),
    (
        "address-on-next-line",
        "Votre candidature doit être envoyée à l'adresse suivante :\n\nrh@ssm-nord.be",
        "rh@ssm-nord.be",
    ),
    ("generic-footer-only", "ASBL Horizon – rue Haute 5 – info@horizon.be", None),
    ("hostile", "Postulez à <script>@x.be", None),
    ("contact-person-only", "Contactpersoon\n\n• j.peeters@zorgnet.example\n\nOver ons", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in EMAIL_CASES], ids=[c[0] for c in EMAIL_CASES])
def test_apply_email(text, expected):
    assert find_apply_email(Doc(text)).value == expected


URL_CASES = [
    (
        "form",
        "Postulez via notre formulaire en ligne : https://jobs.example.be/offre/123",
        "https://jobs.example.be/offre/123",
    ),
    # Kept as written; the stored vacancy gets the scheme (tests/ingest/test_stored_values.py).
    ("cue-above", "Pour postuler :\nwww.example.be/postuler", "www.example.be/postuler"),
    (
        "dutch",
        "Solliciteren kan via https://werkenbij.voorbeeld.be/vacature/9.",
        "https://werkenbij.voorbeeld.be/vacature/9",
    ),
    ("just-a-website", "Découvrez nos activités sur www.horizon.be", None),
    ("info-link", "Plus d'informations sur https://horizon.be/projet", None),
    # A board's "Site web" line: the organisation's site is no way to apply, the offer's own page is.
    ("site-web-homepage-after-a-cue", "Rejoignez-nous et postulez vite ! Site web: www.horizon.be", None),
    (
        "site-web-posting-page",
        "Date limite : 16/04/2026\nSite web : https://ngo.example.org/en/job/psychologist-brussels-2",
        "https://ngo.example.org/en/job/psychologist-brussels-2",
    ),
    (
        "vacancy-site-is-not-a-site-label",
        "Solliciteren kan uitsluitend via onze vacaturesite www.voorbeeld.be/jobs.",
        "www.voorbeeld.be/jobs",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in URL_CASES], ids=[c[0] for c in URL_CASES])
def test_apply_url(text, expected):
    assert find_apply_url(Doc(text)).value == expected


PERSON_CASES = [
    ("label", "Personne de contact : Sarah Janssens, coordinatrice", "Sarah Janssens"),
    (
        "aupres-de",
        "Des informations peuvent être obtenues auprès de Madame Leclercq, directrice.",
        "Leclercq",
    ),
    ("dutch", "Contactpersoon: Pieter Van den Broeck (0471 11 22 33)", "Pieter Van den Broeck"),
    ("no-person", "Contact : le secrétariat de l'ASBL", None),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in PERSON_CASES], ids=[c[0] for c in PERSON_CASES]
)
def test_contact_person(text, expected):
    assert find_contact_person(Doc(text)).value == expected


LANGUAGE_CASES = [
    ("both-required", "Profil : maîtrise du français et du néerlandais.", ("fr", "nl")),
    ("bonus-not-required", "La connaissance de l'anglais est un atout.", ()),
    (
        "required-and-bonus",
        "Vous maîtrisez le français.\nLa connaissance du néerlandais est un atout.",
        ("fr",),
    ),
    ("bilingual", "Vous êtes parfaitement bilingue (FR/NL).", ("fr", "nl")),
    ("bilingual-alone", "Être bilingue est indispensable.", ("fr", "nl")),
    ("label-list", "Langues :\nFrançais\nAnglais\n\nDiplôme : master", ("fr", "en")),
    ("dutch", "Je hebt een goede kennis van het Frans.", ("fr",)),
    ("dutch-bonus", "Kennis van het Engels is een troef.", ()),
    ("french-preposition-is-not-english", "Agir en tant que lien/relais entre les équipes.", ()),
    ("no-languages", "Nous offrons un CDI à temps plein.", ()),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in LANGUAGE_CASES], ids=[c[0] for c in LANGUAGE_CASES]
)
def test_languages(text, expected):
    assert find_languages(Doc(text)).value == expected


def test_an_application_platform_in_english():
    text = "How to apply\nPlease submit your CV in English through our recruitment platform: https://jobs.harbour.example/v/12\n"
    assert find_apply_url(Doc(text)).value == "https://jobs.harbour.example/v/12"


@pytest.mark.parametrize(
    "mailbox", ["communicatie@wezelhove.example", "presse@asbl-exemple.example", "newsletter@ngo.example"]
)
def test_a_press_office_or_newsletter_alone_is_not_where_to_apply(mailbox):
    from ingest.extraction.fields.contacts import find_apply_email

    assert find_apply_email(Doc(f"Meer weten over onze werking? Mail {mailbox}")).value is None
