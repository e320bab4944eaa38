import datetime
from decimal import Decimal

import pytest
from django.utils import timezone

from . import factories

pytestmark = pytest.mark.django_db


def test_every_field_is_shown(client):
    vacancy = factories.published(
        role="Psychologue clinicien·ne",
        role_category="psychologue",
        employer=factories.make_employer(name="Le Méandre ASBL"),
        employer_unit="Service de Santé mentale (SeSaMe)",
        contract_type="CDD",
        work_time="part_time",
        hours_per_week=Decimal("19"),
        fte=Decimal("0.5"),
        salary_min=Decimal("3245"),
        salary_max=Decimal("4100"),
        pay_scale="IFIC 15",
        deadline=datetime.date(2099, 3, 15),
        start_asap=True,
        address="Rue de la Loi 16",
        postcode="1000",
        city="Bruxelles",
        region="bruxelles",
        languages="fr nl",
        apply_email="jobs@meandre.be",
        apply_url="https://meandre.be/jobs/42",
        contact_person="Mme Dupont",
        doc_lang="fr",
        description="Première ligne.\nDeuxième ligne <b>grasse</b>.",
    )
    vacancy.documents.add(
        factories.make_document(origin="https://meandre.be/offre.pdf", media_type="application/pdf")
    )

    response = client.get(vacancy.get_absolute_url())

    assert response.status_code == 200
    content = response.content.decode()
    for text in [
        "Psychologue clinicien·ne",
        "Le Méandre ASBL",
        "Service de Santé mentale (SeSaMe)",
        "Psychologue",
        "CDD",
        "Temps partiel · 19 h/sem · 0,5 ETP",
        "4\xa0100 € brut par mois",
        "Barème IFIC 15",
        "15 mars 2099",
        "Dès que possible",
        "Rue de la Loi 16",
        "1000 Bruxelles",
        "Français, Néerlandais",
        "Mme Dupont",
        '<a href="mailto:jobs@meandre.be">jobs@meandre.be</a>',
        '<a href="https://meandre.be/jobs/42" rel="nofollow noopener"',
        "offre.pdf",
        "application/pdf",
    ]:
        assert text in content, text
    # The posting text keeps its line breaks and is escaped.
    assert "Première ligne.<br>Deuxième ligne &lt;b&gt;grasse&lt;/b&gt;." in content
    assert "Clôturée" not in content and "clôturée" not in content


def test_a_stored_javascript_url_never_becomes_a_link(client):
    vacancy = factories.published(apply_url="javascript:alert(1)", apply_email="")

    content = client.get(vacancy.get_absolute_url()).content.decode()

    assert "javascript:" not in content


def test_closed_banner_when_the_deadline_has_passed(client):
    vacancy = factories.past_deadline()

    response = client.get(vacancy.get_absolute_url())

    assert response.status_code == 200
    assert "Cette offre d’emploi est clôturée." in response.content.decode()


def test_expired_status_is_public_with_the_closed_banner(client):
    vacancy = factories.expired()

    response = client.get(vacancy.get_absolute_url())

    assert response.status_code == 200
    assert "Cette offre d’emploi est clôturée." in response.content.decode()


def test_closing_soon_on_the_detail_page(client):
    vacancy = factories.published(deadline=timezone.localdate() + datetime.timedelta(days=1))

    assert "Clôture proche" in client.get(vacancy.get_absolute_url()).content.decode()


@pytest.mark.parametrize(
    "make", [factories.needs_review, factories.rejected], ids=["needs_review", "rejected"]
)
def test_unpublished_vacancies_are_not_found_for_the_public(client, make):
    vacancy = make()

    response = client.get(vacancy.get_absolute_url())

    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_staff_see_unpublished_vacancies_with_a_status_banner(staff_client):
    vacancy = factories.needs_review(review_reason="low confidence on deadline")

    response = staff_client.get(vacancy.get_absolute_url())

    assert response.status_code == 200
    content = response.content.decode()
    assert "Non public : À vérifier" in content
    assert "low confidence on deadline" in content
    assert f"/admin/vacancies/vacancy/{vacancy.pk}/change/" in content


def test_unknown_id_is_not_found(client):
    assert client.get("/vacancies/999999/").status_code == 404


def test_dutch_interface(client):
    vacancy = factories.published(contract_type="CDI", work_time="full_time")

    client.post("/i18n/setlang/", {"language": "nl", "next": "/"})
    content = client.get(vacancy.get_absolute_url()).content.decode()

    assert '<html lang="nl">' in content
    assert "Hoe solliciteren" in content
    assert "Voltijds" in content
