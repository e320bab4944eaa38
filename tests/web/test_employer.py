"""An employer's page lists its open vacancies and is linked from its detail pages."""

import pytest

from tests.web.factories import expired, make_employer, past_deadline, published

pytestmark = pytest.mark.django_db


def test_employer_page_lists_open_vacancies_only(client):
    employer = make_employer(name="Centre Les Glycines")
    open_one = published(role="Psychologue au Glycines", employer=employer)
    past_deadline(role="Éducateur en retard", employer=employer)
    expired(role="Infirmier fermé", employer=employer)
    published(role="Poste ailleurs")
    html = client.get(employer.get_absolute_url()).text
    assert "Centre Les Glycines" in html
    assert open_one.get_absolute_url() in html
    assert "Éducateur en retard" not in html and "Infirmier fermé" not in html
    assert "Poste ailleurs" not in html


def test_detail_page_links_to_its_employer(client):
    vacancy = published()
    assert f'href="{vacancy.employer.get_absolute_url()}"' in client.get(vacancy.get_absolute_url()).text


def test_unknown_employer_is_404(client):
    assert client.get("/employers/nobody-here/").status_code == 404
