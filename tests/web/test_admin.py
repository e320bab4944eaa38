import datetime

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from vacancies.admin import EXTRACTED_FIELDS, VacancyAdmin
from vacancies.models import Employer, SourceDocument, Vacancy

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewed_vacancy():
    vacancy = factories.needs_review(
        role="Psychologue",
        confidence={"role": 0.95, "deadline": 0.42, "employer": "n/a"},
        evidence={
            "role": {"evidence": "Fonction : Psychologue", "strategy": "labelled_value", "start": 10},
            "deadline": {"evidence": "avant le 15 mars", "strategy": "cue_phrase"},
            "city": "Bruxelles",  # an older shape: evidence as a bare string
            "region": None,
        },
    )
    vacancy.documents.add(factories.make_document(text="Fonction : Psychologue\n<script>x</script>"))
    return vacancy


@pytest.mark.parametrize(
    "url",
    [
        reverse("admin:vacancies_vacancy_changelist"),
        reverse("admin:vacancies_vacancy_changelist") + "?status__exact=needs_review&deadline_passed=yes",
        reverse("admin:vacancies_vacancy_changelist") + "?deadline_passed=no&q=psycho",
        reverse("admin:vacancies_employer_changelist"),
        reverse("admin:vacancies_sourcedocument_changelist"),
        reverse("admin:vacancies_sourcedocument_changelist") + "?parse_status__exact=parsed&q=psychologue",
    ],
)
def test_changelists_load(staff_client, reviewed_vacancy, url):
    factories.published()
    factories.past_deadline()

    assert staff_client.get(url).status_code == 200


def test_vacancy_changelist_shows_lowest_confidence_in_colour(staff_client, reviewed_vacancy):
    content = staff_client.get(reverse("admin:vacancies_vacancy_changelist")).content.decode()

    assert '<span class="confidence confidence--low">42%</span>' in content


def test_vacancy_change_page_shows_evidence_and_source_text(staff_client, reviewed_vacancy):
    response = staff_client.get(reverse("admin:vacancies_vacancy_change", args=[reviewed_vacancy.pk]))

    assert response.status_code == 200
    content = response.content.decode()
    assert "Fonction : Psychologue" in content
    assert "labelled_value" in content and "cue_phrase" in content
    assert '<span class="confidence confidence--high">95%</span>' in content
    assert '<pre class="source-document__text">' in content
    assert "&lt;script&gt;x&lt;/script&gt;" in content
    assert "<script>x</script>" not in content


def test_employer_and_document_change_pages_load(staff_client, reviewed_vacancy):
    document = reviewed_vacancy.documents.get()

    assert (
        staff_client.get(
            reverse("admin:vacancies_employer_change", args=[reviewed_vacancy.employer_id])
        ).status_code
        == 200
    )
    response = staff_client.get(reverse("admin:vacancies_sourcedocument_change", args=[document.pk]))
    assert response.status_code == 200
    assert 'name="content"' not in response.content.decode()


def test_employer_changelist_counts_vacancies(staff_client):
    employer = factories.make_employer(name="Le Méandre")
    factories.published(employer=employer)
    factories.needs_review(employer=employer)

    response = staff_client.get(reverse("admin:vacancies_employer_changelist"))

    assert response.context["cl"].result_list.get(pk=employer.pk).vacancy_count == 2


def run_action(client, model: str, action: str, objects) -> object:
    return client.post(
        reverse(f"admin:vacancies_{model}_changelist"),
        {"action": action, "_selected_action": [o.pk for o in objects]},
        follow=True,
    )


def test_publish_action(staff_client):
    vacancies = [factories.needs_review(), factories.needs_review()]

    run_action(staff_client, "vacancy", "publish_selected", vacancies)

    for vacancy in vacancies:
        vacancy.refresh_from_db()
        assert vacancy.status == Vacancy.Status.PUBLISHED
        assert vacancy.published_at is not None
        assert vacancy.review_reason == ""


def test_reject_action_records_who(staff_client):
    vacancy = factories.needs_review()

    run_action(staff_client, "vacancy", "reject_selected", [vacancy])

    vacancy.refresh_from_db()
    assert vacancy.status == Vacancy.Status.REJECTED
    assert "curator" in vacancy.review_reason


def test_send_to_review_action(staff_client):
    vacancy = factories.published()

    run_action(staff_client, "vacancy", "send_to_review_selected", [vacancy])

    vacancy.refresh_from_db()
    assert vacancy.status == Vacancy.Status.NEEDS_REVIEW


def change_form_data(vacancy: Vacancy, **changes) -> dict:
    """The change form as the browser would post it, with the given fields edited."""
    data = {}
    for name in (*EXTRACTED_FIELDS, "review_reason"):
        value = getattr(vacancy, "employer_id" if name == "employer" else name)
        if isinstance(value, bool):
            if value:
                data[name] = "on"
            continue
        if isinstance(value, datetime.date):
            value = value.isoformat()
        data[name] = "" if value is None else str(value)
    data.update(changes)
    return data


def test_curated_fields_are_recorded_on_edit(staff_client):
    vacancy = factories.needs_review(curated_fields=["city"])
    url = reverse("admin:vacancies_vacancy_change", args=[vacancy.pk])

    response = staff_client.post(
        url,
        change_form_data(vacancy, role="Psychologue (h/f/x)", contract_type="CDD", review_reason="checked"),
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    vacancy.refresh_from_db()
    assert vacancy.role == "Psychologue (h/f/x)"
    assert vacancy.curated_fields == ["city", "contract_type", "role"]  # review_reason is not extracted
    assert vacancy.status == Vacancy.Status.NEEDS_REVIEW


def test_unchanged_save_records_nothing(staff_client):
    vacancy = factories.needs_review()

    staff_client.post(reverse("admin:vacancies_vacancy_change", args=[vacancy.pk]), change_form_data(vacancy))

    vacancy.refresh_from_db()
    assert vacancy.curated_fields == []


def test_save_and_publish_button(staff_client):
    vacancy = factories.needs_review(deadline=timezone.localdate() + datetime.timedelta(days=9))

    staff_client.post(
        reverse("admin:vacancies_vacancy_change", args=[vacancy.pk]),
        {**change_form_data(vacancy, city="Namur"), "_publish": "1"},
    )

    vacancy.refresh_from_db()
    assert vacancy.status == Vacancy.Status.PUBLISHED
    assert vacancy.curated_fields == ["city"]


def test_forget_curated_fields_action(staff_client):
    vacancy = factories.published(curated_fields=["role"])

    run_action(staff_client, "vacancy", "forget_curated_fields", [vacancy])

    vacancy.refresh_from_db()
    assert vacancy.curated_fields == []


def test_review_panel_survives_odd_json(reviewed_vacancy):
    admin = VacancyAdmin(Vacancy, None)
    for confidence, evidence in [
        ({}, {}),
        ([], "x"),
        ({"role": None}, {"role": ["?"]}),
        ({"new_field": 0.3}, {}),
    ]:
        reviewed_vacancy.confidence, reviewed_vacancy.evidence = confidence, evidence
        assert isinstance(str(admin.extraction_review(reviewed_vacancy)), str)


def test_reparse_action_without_the_ingest_function_shows_a_message(staff_client, monkeypatch):
    import ingest

    monkeypatch.setitem(__import__("sys").modules, "ingest.persistence", None)  # import fails
    document = factories.make_document()

    response = run_action(staff_client, "sourcedocument", "reparse_selected", [document])

    assert response.status_code == 200
    assert any("relecture" in str(m).lower() for m in get_messages(response.wsgi_request))
    assert ingest  # the package itself is importable


def test_reparse_action_calls_the_ingest_function(staff_client, monkeypatch):
    import sys
    import types

    calls = []

    def reparse_document(document):
        calls.append(document.pk)
        assert document.content == b"Offre d'emploi"  # the bytes are loaded for re-parsing
        if len(calls) == 2:
            raise RuntimeError("broken PDF")

    monkeypatch.setitem(
        sys.modules, "ingest.persistence", types.SimpleNamespace(reparse_document=reparse_document)
    )
    documents = [factories.make_document(), factories.make_document()]

    response = run_action(staff_client, "sourcedocument", "reparse_selected", documents)

    assert sorted(calls) == sorted(d.pk for d in documents)
    texts = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("1 document relu" in t for t in texts)
    assert any("n’a pas pu être relu" in t for t in texts)


def test_source_documents_cannot_be_added_or_edited(staff_client):
    document = factories.make_document()

    assert staff_client.get(reverse("admin:vacancies_sourcedocument_add")).status_code == 403
    staff_client.post(
        reverse("admin:vacancies_sourcedocument_change", args=[document.pk]), {"origin": "changed"}
    )
    document.refresh_from_db()
    assert document.origin != "changed"
    assert SourceDocument.objects.count() == 1
    assert Employer.objects.count() == 0


def test_curated_field_names_match_what_reparsing_writes():
    """The admin records names that ingest.persistence skips on re-parse: the two lists must agree."""
    persistence = pytest.importorskip("ingest.persistence")

    assert set(EXTRACTED_FIELDS) == set(persistence.EXTRACTED_FIELDS)
