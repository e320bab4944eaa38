"""Operators manage sources and watch their runs in the admin; the decision log is read-only."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django_celery_beat.models import PeriodicTask

from ingest.models import Decision, ImportRun, Source
from ingest.runs import run_source
from tests.ingest.postings import VACANCY_FR
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db


@pytest.fixture
def drop_box(tmp_path):
    (tmp_path / "offre.txt").write_text(VACANCY_FR, encoding="utf-8")
    (tmp_path / "abime.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    return tmp_path


def test_a_source_added_in_the_admin_gets_its_schedule(admin_client, drop_box):
    response = admin_client.post(
        reverse("admin:ingest_source_add"),
        {
            "name": "Boîte de dépôt",
            "kind": "folder",
            "location": str(drop_box),
            "enabled": "on",
            "every": "06:00:00",
            "runs-TOTAL_FORMS": "0",
            "runs-INITIAL_FORMS": "0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    source = Source.objects.get(name="Boîte de dépôt")
    assert source.periodic_task.interval.every == 6 * 3600 and source.periodic_task.enabled


def test_deleting_a_source_removes_its_schedule(admin_client, drop_box):
    source = Source.objects.create(
        name="Temporaire", kind="folder", location=str(drop_box), every=timedelta(hours=1)
    )
    source.sync_schedule()
    admin_client.post(
        reverse("admin:ingest_source_changelist"),
        {"action": "delete_selected", "_selected_action": [source.pk], "post": "yes"},
    )
    assert not Source.objects.exists()
    assert not PeriodicTask.objects.filter(task="ingest.run_source").exists()


def test_runs_and_their_errors_are_visible(admin_client, drop_box):
    source = Source.objects.create(name="Boîte de dépôt", kind="folder", location=str(drop_box))
    run = run_source(source)
    assert run.status == ImportRun.Status.PARTIAL
    listing = admin_client.get(reverse("admin:ingest_source_changelist")).content.decode()
    assert "Boîte de dépôt" in listing and f"{run.started_at:%Y-%m-%d %H:%M}" in listing  # its last run
    runs = admin_client.get(reverse("admin:ingest_importrun_changelist")).content.decode()
    assert reverse("admin:ingest_importrun_change", args=[run.pk]) in runs
    page = admin_client.get(reverse("admin:ingest_importrun_change", args=[run.pk])).content.decode()
    assert "abime.pdf" in page


def test_the_decision_log_cannot_be_changed_or_deleted(admin_client, drop_box):
    run_source(Source.objects.create(name="Boîte", kind="folder", location=str(drop_box)))
    decision = Decision.objects.create(
        kind=Decision.Kind.EXPIRE, vacancy=Vacancy.objects.get(), reason="test"
    )
    assert admin_client.get(reverse("admin:ingest_decision_changelist")).status_code == 200
    assert admin_client.get(reverse("admin:ingest_decision_delete", args=[decision.pk])).status_code == 403
    admin_client.post(reverse("admin:ingest_decision_change", args=[decision.pk]), {"reason": "edited"})
    decision.refresh_from_db()
    assert decision.reason == "test"
