"""Web latency at 100,000 vacancies: p50/p95 of each page under wrk, as a ratio to a trivial view.

    python bench/web.py [--vacancies 100000] [--seconds 15] [--keep]

Loads realistic vacancies into its own PostgreSQL database (`jobboard_bench_web`, created from
DATABASE_URL's server; reused when it already holds them, unless --reload), serves the board with
gunicorn (DEBUG=0), and runs wrk (Debian package `wrk`, `make system-deps`) for --seconds per URL.
Targets at p95: list, filtered list and detail within 40x the floor; deep page and searches within 60x.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SERVER = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
DATABASE = "jobboard_bench_web"
DATABASE_URL = urlsplit(SERVER)._replace(path=f"/{DATABASE}").geturl()
ENV = {
    **os.environ,
    "DATABASE_URL": DATABASE_URL,
    "SECRET_KEY": "bench",
    "DEBUG": "0",
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_COOKIES": "0",
}
os.environ.update({k: ENV[k] for k in ("DATABASE_URL", "SECRET_KEY", "DEBUG", "ALLOWED_HOSTS")})
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jobboard.settings")

RARE_WORD = "hippothérapie"
ROLES = [
    ("Psychologue clinicien·ne", "psychologue"),
    ("Assistant·e social·e", "assistant_social"),
    ("Éducateur·rice spécialisé·e", "educateur"),
    ("Infirmier·ère psychiatrique", "infirmier"),
    ("Psychiatre", "psychiatre"),
    ("Coordinateur·rice de réseau", "coordinateur"),
    ("Logopède", "paramedical"),
    ("Maatschappelijk werker", "assistant_social"),
    ("Psycholoog", "psychologue"),
    ("Chargé·e de projets", "charge_de_projets"),
]
PLACES = [
    ("1000", "Bruxelles", "bruxelles"),
    ("1060", "Saint-Gilles", "bruxelles"),
    ("5000", "Namur", "wallonie"),
    ("4000", "Liège", "wallonie"),
    ("6000", "Charleroi", "wallonie"),
    ("9000", "Gent", "flandre"),
    ("2000", "Antwerpen", "flandre"),
    ("3000", "Leuven", "flandre"),
]
SENTENCES = [
    "Le service de santé mentale accueille des adultes et des familles en souffrance psychique.",
    "Vous travaillez au sein d'une équipe pluridisciplinaire et participez aux réunions cliniques.",
    "Nous offrons un cadre de travail bienveillant, des formations et des chèques-repas.",
    "Une expérience en santé mentale communautaire est un atout.",
    "Het team begeleidt volwassenen met een psychische kwetsbaarheid in hun thuissituatie.",
    "Je werkt nauw samen met de psychiater, de psychologen en de verpleegkundigen.",
    "Le poste implique des visites à domicile et un travail en réseau avec les partenaires locaux.",
    "Maîtrise du français exigée, connaissance du néerlandais souhaitée.",
]


def load(count: int) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone

    from vacancies.models import Employer, Vacancy

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # DEBUG=0 serves the hashed files
    if Vacancy.objects.count() >= count:
        print(f"  {DATABASE} already holds {count} vacancies", file=sys.stderr)
        return
    Vacancy.objects.all().delete()
    Employer.objects.all().delete()
    rng = random.Random(42)
    employers = Employer.objects.bulk_create(
        [
            Employer(
                name=f"ASBL Les Tilleuls {n}",
                slug=f"asbl-les-tilleuls-{n}",
                normalized_name=f"les tilleuls {n}",
            )
            for n in range(2000)
        ]
    )
    today, now = date.today(), timezone.now()
    batch = []
    for n in range(count):
        role, category = rng.choice(ROLES)
        postcode, city, region = rng.choice(PLACES)
        text = " ".join(rng.sample(SENTENCES, 4)) + (
            f" Atelier d'{RARE_WORD} le mercredi." if n % 20000 == 7 else ""
        )
        salary = Decimal(rng.randrange(2600, 5200)) if rng.random() < 0.4 else None
        batch.append(
            Vacancy(
                source_key=f"https://bench.example/{n}#0",
                role=role,
                role_category=category,
                employer=employers[n % len(employers)],
                contract_type=rng.choice(["CDI", "CDI", "CDD", "remplacement"]),
                work_time=rng.choice(["full_time", "part_time"]),
                postcode=postcode,
                city=city,
                region=region,
                languages=rng.choice(["fr", "nl", "fr nl", ""]),
                doc_lang="nl" if region == "flandre" else "fr",
                salary_min=salary,
                deadline=today + timedelta(days=rng.randrange(-30, 90)),
                description=text,
                search_text=text.lower(),
                status="published",
                published_at=now - timedelta(minutes=n),
            )
        )
        if len(batch) == 5000:
            Vacancy.objects.bulk_create(batch)
            batch = []
            print(f"\r  loaded {n + 1}/{count}", end="", file=sys.stderr, flush=True)
    Vacancy.objects.bulk_create(batch)
    print(file=sys.stderr)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE vacancies_vacancy")  # visibility map: index-only deep pages


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wrk(url: str, seconds: int, script: Path) -> tuple[float, float]:
    out = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", "-s", str(script), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    values = dict(line.split() for line in out.splitlines() if line.startswith(("P50 ", "P95 ", "NON2XX ")))
    if int(values.get("NON2XX", 0)):
        print(f"  warning: {values['NON2XX']} non-2xx answers from {url}", file=sys.stderr)
    return int(values["P50"]) / 1000, int(values["P95"]) / 1000


LUA = """
done = function(summary, latency, requests)
  io.write(string.format("P50 %d\\nP95 %d\\nNON2XX %d\\n", latency:percentile(50), latency:percentile(95),
    summary.errors.status))
end
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vacancies", type=int, default=100_000)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--reload", action="store_true", help="drop and reload the bench database")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        print("wrk is not installed: make system-deps (Debian package wrk)", file=sys.stderr)
        return 1
    import psycopg

    with psycopg.connect(SERVER, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE]).fetchone()
        if args.reload and exists:
            connection.execute(f"DROP DATABASE {DATABASE} WITH (FORCE)")
            exists = None
        if not exists:
            connection.execute(f"CREATE DATABASE {DATABASE}")
    started = time.perf_counter()
    load(args.vacancies)
    print(f"  data ready in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    from vacancies.models import Vacancy

    detail = Vacancy.objects.visible().order_by("pk").values_list("pk", flat=True)[args.vacancies // 2]
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "jobboard.wsgi",
            "-w",
            "2",
            "-b",
            f"127.0.0.1:{port}",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=ENV,
    )
    base = f"http://127.0.0.1:{port}"
    pages = [
        ("trivial view (floor)", "/healthz", None),
        ("list with facet counts", "/", 40),
        ("filtered list", "/?contract_type=CDI&region=wallonie&work_time=part_time", 40),
        ("deep page (2,000)", "/?page=2000", 60),
        (f"search, rare word ({RARE_WORD})", "/?q=" + quote(RARE_WORD), 60),
        ("search, common words (santé mentale)", "/?q=sant%C3%A9+mentale", 60),
        ("detail page", f"/vacancies/{detail}/", 40),
    ]
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(LUA)
        floor = None
        print(f"{'page':40} {'p50 ms':>8} {'p95 ms':>8} {'p95/floor':>10} {'target':>7}  result")
        for label, path, target in pages:
            print(f"  wrk {args.seconds}s: {path}", file=sys.stderr, flush=True)
            p50, p95 = wrk(base + path, args.seconds, Path(script.name))
            floor = floor or p95
            ratio = p95 / floor
            verdict = "" if target is None else ("pass" if ratio <= target else "MISS")
            print(
                f"{label:40} {p50:8.1f} {p95:8.1f} {ratio:9.1f}x {'' if target is None else f'{target}x':>7}  {verdict}",
                flush=True,
            )
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
