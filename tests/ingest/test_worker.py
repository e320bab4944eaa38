"""The ingest path through a real Redis broker and a real Celery worker process."""

import io
import os
import signal
import subprocess
import time

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from ingest.worker_process import worker_command
from vacancies.models import Vacancy

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def worker():
    if not settings.REDIS_URL:
        pytest.skip("needs a Redis broker: set REDIS_URL (CI does)")
    if connection.vendor != "postgresql":
        pytest.skip("a worker process cannot share the in-memory SQLite test database: set DATABASE_URL")
    db = connection.settings_dict
    url = f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
    env = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": settings.SECRET_KEY, "DEBUG": "0"}
    process = subprocess.Popen(
        worker_command(f"test-{os.getpid()}@%h"),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    time.sleep(1)
    yield process
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


def test_import_is_parsed_by_the_worker(worker, postings_folder, settings):
    settings.INGEST_WAIT_SECONDS = 60
    out = io.StringIO()
    call_command("ingest", str(postings_folder), "--no-progress", stdout=out, stderr=io.StringIO())
    assert "created 2" in out.getvalue() and "not a vacancy 1" in out.getvalue()
    assert Vacancy.objects.count() == 2
    assert worker.poll() is None, "the worker died"
