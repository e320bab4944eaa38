"""Import throughput through the whole pipeline: fetch from a local web site, parse, store.

    python bench/imports.py [--documents 60]

Needs PostgreSQL and Redis (DATABASE_URL's server, REDIS_URL; defaults: 127.0.0.1). Uses its own
database, `jobboard_bench_imports`, dropped and created on each run. Prints documents/s:
  - in-process: the parser called directly on the fetched documents (no queue);
  - through Celery with one and with two worker processes (one task per document);
and the queue's overhead per document over calling the parser directly.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SERVER = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
DATABASE = "jobboard_bench_imports"
DATABASE_URL = urlsplit(SERVER)._replace(path=f"/{DATABASE}").geturl()
REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/9")
os.environ.update(
    DATABASE_URL=DATABASE_URL,
    REDIS_URL=REDIS_URL,
    SECRET_KEY=os.environ.get("SECRET_KEY", "bench"),
    DEBUG="0",
)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobboard.settings")
os.environ["FETCH_HOST_DELAY"] = "0"

EMPLOYERS = ["Les Tilleuls", "Le Méandre", "La Traversée", "Le Chêne", "L'Escale", "Les Glycines", "Le Pont"]
ROLES = ["psychologue clinicien·ne", "assistant·e social·e", "éducateur·rice spécialisé·e", "infirmier·ère"]


def posting(number: int) -> str:
    employer, role = EMPLOYERS[number % len(EMPLOYERS)], ROLES[number % len(ROLES)]
    return (
        f"<html><body><main><h1>{role.capitalize()} (h/f/x) – réf. {number}</h1>"
        f"<p>L'ASBL {employer} {number} recrute un·e {role} pour son service de santé mentale à Namur.</p>"
        f"<p>Contrat : CDI à mi-temps (19h/semaine). Barème IFIC 15.</p>"
        f"<p>Lieu de travail : rue de Fer {number + 1}, 5000 Namur.</p>"
        f"<p>Candidatures à jobs{number}@exemple-ssm.be au plus tard le {number % 28 + 1} mars 2027.</p>"
        f"</main></body></html>"
    )


def recreate_database() -> None:
    import psycopg

    with psycopg.connect(SERVER, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {DATABASE}")


def reset() -> None:
    from ingest.models import ImportRun, Source
    from jobboard.celery import app
    from vacancies.models import Employer, SourceDocument, Vacancy

    Vacancy.objects.all().delete()
    SourceDocument.objects.all().delete()
    Employer.objects.all().delete()
    ImportRun.objects.all().delete()
    Source.objects.all().delete()
    app.control.purge()


def start_workers(count: int) -> list[subprocess.Popen]:
    from ingest.worker_process import worker_command

    workers = [
        subprocess.Popen(
            worker_command(f"bench{n}-{os.getpid()}@%h"),
            cwd=ROOT,
            env=os.environ,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for n in range(count)
    ]
    from jobboard.celery import app

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(app.control.ping(timeout=0.5) or []) < count:
        time.sleep(0.2)
    return workers


def stop_workers(workers: list[subprocess.Popen]) -> None:
    for worker in workers:
        worker.send_signal(signal.SIGTERM)
    for worker in workers:
        try:
            worker.wait(30)
        except subprocess.TimeoutExpired:
            worker.kill()


def timed_run(site, count: int, *, workers: int) -> float:
    from ingest.models import ImportRun, Source
    from ingest.runs import run_source
    from jobboard.celery import app

    reset()
    source = Source.objects.create(name=f"bench-{workers}", kind="listing", location=site.url("/offres"))
    if workers == 0:
        started = time.perf_counter()
        run = run_source(source)
    else:
        pool = start_workers(workers)
        try:
            started = time.perf_counter()
            app.send_task("ingest.run_source", kwargs={"source_id": source.pk}, queue="ingest")
            while not ImportRun.objects.filter(source=source).exclude(status="running").exists():
                done = ImportRun.objects.filter(source=source).values_list("items__outcome", flat=True)
                print(
                    f"\r  {workers} worker(s): {sum(1 for o in done if o)}/{count}", end="", file=sys.stderr
                )
                time.sleep(0.1)
            print(file=sys.stderr)
            run = ImportRun.objects.get(source=source)
        finally:
            elapsed = time.perf_counter() - started
            stop_workers(pool)
        if run.new != count:
            print(f"  warning: {run.new} new of {count} ({run.status}, {run.errors[:2]})", file=sys.stderr)
        return elapsed
    elapsed = time.perf_counter() - started
    if run.new != count:
        print(f"  warning: {run.new} new of {count} ({run.status})", file=sys.stderr)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description="import throughput")
    parser.add_argument("--documents", type=int, default=60)
    args = parser.parse_args()
    print(f"database {DATABASE} (recreated), broker {REDIS_URL}", file=sys.stderr)
    recreate_database()
    import django

    django.setup()
    from django.core.management import call_command

    from tests.ingest.httpserver import start_site

    call_command("migrate", verbosity=0)
    site = start_site()
    links = "".join(f'<a href="/offres/{n}">Offre {n}</a>' for n in range(args.documents))
    site.route("/offres", f"<html><body><ul>{links}</ul></body></html>")
    for number in range(args.documents):
        site.route(f"/offres/{number}", posting(number))
    results = {}
    for workers in (0, 1, 2):
        label = "in-process (no queue)" if workers == 0 else f"{workers} worker process(es)"
        elapsed = timed_run(site, args.documents, workers=workers)
        results[workers] = elapsed
        print(
            f"{label:24} {args.documents / elapsed:7.1f} docs/s   {elapsed / args.documents * 1000:7.1f} ms/doc"
        )
    overhead = (results[1] - results[0]) / args.documents * 1000
    print(
        f"queue overhead per document (1 worker vs in-process): {overhead:+.1f} ms "
        f"({results[1] / results[0]:.2f}x)"
    )
    print(f"speed-up with 2 workers over 1: {results[1] / results[2]:.2f}x")
    site.server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
