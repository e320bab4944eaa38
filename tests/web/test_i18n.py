"""French by default, Dutch and English on request; dates and amounts follow the language."""

import datetime
from decimal import Decimal

import pytest
from django.conf import settings
from django.urls import reverse

from tests.web.factories import published

pytestmark = pytest.mark.django_db

DEADLINE = datetime.date(2031, 3, 14)


@pytest.fixture
def vacancy():
    return published(salary_min=Decimal("3200"), deadline=DEADLINE)


def switch(client, language):
    response = client.post(reverse("set_language"), {"language": language, "next": "/"})
    assert response.status_code == 302
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == language


@pytest.mark.parametrize(
    ("language", "amount", "date", "word"),
    [
        ("fr", "3\xa0200 €", "14 mars 2031", "brut par mois"),
        ("nl", "3.200 €", "14 maart 2031", "bruto per maand"),
        ("en", "3,200 €", "March 14, 2031", "gross per month"),
    ],
)
def test_detail_page_speaks_the_chosen_language(client, vacancy, language, amount, date, word):
    if language != settings.LANGUAGE_CODE:
        switch(client, language)
    html = client.get(vacancy.get_absolute_url()).text
    assert f'<html lang="{language}">' in html
    assert amount in html
    assert date in html
    assert word in html


def test_french_is_the_default_even_for_other_browsers(client):
    html = client.get(reverse("vacancies:list"), HTTP_ACCEPT_LANGUAGE="de").text
    assert '<html lang="fr">' in html


def test_every_page_has_a_labelled_language_switcher(client, vacancy):
    for url in (reverse("vacancies:list"), vacancy.get_absolute_url(), vacancy.employer.get_absolute_url()):
        html = client.get(url).text
        assert '<label for="language-select">' in html and 'id="language-select"' in html
