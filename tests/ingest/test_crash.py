"""A real worker killed with SIGKILL in the middle of a run: another worker finishes the run, and the
board ends with exactly the vacancies a clean run gives (nothing lost, nothing doubled)."""

import os
import signal
import subprocess
import time

import pytest
from django.conf import settings
from django.db import connection

from ingest.models import ImportRun, ImportRunItem, Source
from ingest.worker_process import worker_command
from jobboard.celery import app as celery_app
from vacancies.models import Vacancy

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

DOCUMENTS = 12
EMPLOYERS = [
    "Les Tilleuls",
    "Le Méandre",
    "La Traversée",
    "Le Chêne",
    "L'Escale",
    "Les Glycines",
    "Le Pont",
    "La Clairière",
    "Le Phare",
    "Les Aulnes",
    "La Source",
    "Le Rivage",
]


def posting(number: int) -> str:
    return (
        f"Offre d'emploi – Psychologue clinicien·ne (h/f/x)\n\n"
        f"L'ASBL {EMPLOYERS[number]} recrute un·e psychologue clinicien·ne pour son service de santé mentale.\n"
        f"Lieu de travail : rue de la Station {number + 1}, 5000 Namur\n"
        f"Contrat : CDI à mi-temps (19h/semaine)\n"
        f"Envoyez votre candidature à jobs{number}@exemple-ssm.be au plus tard le {number + 1} mars 2027.\n"
    )


def start_worker(name: str, **env) -> subprocess.Popen:
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    environment = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": settings.SECRET_KEY, "DEBUG": "0", **env}
    return subprocess.Popen(
        worker_command(f"{name}-{os.getpid()}@%h"),
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_for(condition, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


@pytest.fixture
def drop_box(tmp_path):
    for number in range(DOCUMENTS):
        (tmp_path / f"offre-{number:02d}.txt").write_text(posting(number), encoding="utf-8")
    return tmp_path


def test_a_run_survives_its_worker_being_killed(drop_box):
    if not settings.REDIS_URL or connection.vendor != "postgresql":
        pytest.skip("needs a Redis broker and PostgreSQL: set REDIS_URL and DATABASE_URL (CI does)")
    celery_app.control.purge()
    source = Source.objects.create(name="Boîte de dépôt", kind="folder", location=str(drop_box))
    first = start_worker("doomed", INGEST_TEST_ITEM_DELAY="0.4")
    second = None
    try:
        celery_app.send_task("ingest.run_source", kwargs={"source_id": source.pk}, queue="ingest")
        wait_for(lambda: ImportRunItem.objects.exclude(outcome="").count() >= 3, 60, "three documents done")
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        done_at_kill = ImportRunItem.objects.exclude(outcome="").count()
        assert done_at_kill < DOCUMENTS, "the worker finished before it could be killed: slow items down more"
        # The message the dead worker held unacknowledged goes back to the queue once older than the
        # visibility timeout; a worker starting after that restores it first thing.
        time.sleep(4)
        second = start_worker("rescuer", CELERY_VISIBILITY_TIMEOUT="3")
        wait_for(lambda: ImportRun.objects.filter(status="complete").exists(), 90, "the run to complete")
    finally:
        for worker in (first, second):
            if worker and worker.poll() is None:
                worker.send_signal(signal.SIGTERM)
                try:
                    worker.wait(20)
                except subprocess.TimeoutExpired:
                    worker.kill()
    run = ImportRun.objects.get()
    assert (run.status, run.seen, run.failed) == ("complete", DOCUMENTS, 0)
    assert run.new == DOCUMENTS
    assert Vacancy.objects.count() == DOCUMENTS
    assert sorted(Vacancy.objects.values_list("apply_email", flat=True)) == sorted(
        f"jobs{n}@exemple-ssm.be" for n in range(DOCUMENTS)
    )
