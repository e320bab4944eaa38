"""Curators merge and split duplicates by hand; every decision lands in the read-only decision log."""

import pytest
from django.urls import reverse

from ingest.models import Decision, ImportRun, Source
from ingest.persistence import document_store, parse_document
from tests.ingest.postings import VACANCY_FR
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("curator", "curator@example.org", "pw")
    client.force_login(user)
    return client


def imported(origin: str, text: str = VACANCY_FR) -> Vacancy:
    stored = document_store(content=text.encode(), origin=origin, media_type="text/plain")
    return Vacancy.objects.get(pk=parse_document(stored.document).vacancies[0])


def test_merge_then_split_by_hand(staff_client):
    first = imported("https://a.example/offre")
    second_document = document_store(
        content=(VACANCY_FR + "\nRéf. B-2").encode(), origin="https://b.example/x"
    )
    assert parse_document(second_document.document).vacancies == (first.pk,)  # merged automatically
    assert first.documents.count() == 2

    changelist = reverse("admin:vacancies_vacancy_changelist")
    staff_client.post(changelist, {"action": "split_documents", "_selected_action": [first.pk]})
    assert Vacancy.objects.count() == 2 and first.documents.count() == 1
    other = Vacancy.objects.exclude(pk=first.pk).get()

    staff_client.post(changelist, {"action": "merge_selected", "_selected_action": [first.pk, other.pk]})
    other.refresh_from_db()
    assert other.status == Vacancy.Status.REJECTED and first.documents.count() == 2
    kinds = list(Decision.objects.order_by("created_at", "pk").values_list("kind", "actor"))
    assert kinds == [("merge", ""), ("split", "curator"), ("merge", "curator")]


def test_the_decision_log_is_readable_and_nobody_can_change_it(staff_client):
    vacancy = imported("https://a.example/offre")
    decision = Decision.objects.create(kind="expire", vacancy=vacancy, reason="deadline passed")
    assert staff_client.get(reverse("admin:ingest_decision_changelist")).status_code == 200
    assert staff_client.get(reverse("admin:ingest_decision_change", args=[decision.pk])).status_code == 200
    assert staff_client.get(reverse("admin:ingest_decision_add")).status_code == 403
    assert staff_client.post(reverse("admin:ingest_decision_delete", args=[decision.pk])).status_code == 403


def test_operators_add_a_source_and_watch_its_runs_in_the_admin(
    staff_client, tmp_path, django_capture_on_commit_callbacks
):
    response = staff_client.post(
        reverse("admin:ingest_source_add"),
        {
            "name": "Dépôt",
            "kind": "folder",
            "location": str(tmp_path),
            "enabled": "on",
            "every": "06:00:00",
            "runs-TOTAL_FORMS": "0",
            "runs-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    source = Source.objects.get(name="Dépôt")
    assert source.periodic_task.interval.every == 6 * 3600
    (tmp_path / "offre.txt").write_text(VACANCY_FR, encoding="utf-8")
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(
            reverse("admin:ingest_source_changelist"), {"action": "run_now", "_selected_action": [source.pk]}
        )
    assert ImportRun.objects.get(source=source).new == 1
    page = staff_client.get(reverse("admin:ingest_source_change", args=[source.pk]))
    assert page.status_code == 200 and "complete" in page.content.decode().lower()
