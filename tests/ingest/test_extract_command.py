"""manage.py extract --format jsonl: the scoring contract."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from vacancies.models import SourceDocument

CONTRACT = {
    "is_vacancy",
    "doc_lang",
    "employer",
    "employer_unit",
    "role",
    "role_category",
    "contract_type",
    "work_time",
    "hours_per_week",
    "fte",
    "salary_min",
    "salary_max",
    "pay_scale",
    "deadline",
    "start_date",
    "city",
    "postcode",
    "region",
    "languages",
    "apply_email",
    "apply_url",
    "source",
}


def extract(*paths):
    out = io.StringIO()
    call_command("extract", *map(str, paths), "--format", "jsonl", stdout=out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.mark.django_db
def test_one_json_object_per_document_with_the_contract_keys(postings_folder):
    (postings_folder / "empty.txt").write_bytes(b"")
    rows = extract(*sorted(postings_folder.iterdir()))
    assert len(rows) == 4
    by_name = {row["source"].rsplit("/", 1)[-1]: row for row in rows}
    assert "error" in by_name["empty.txt"]
    psy = by_name["psychologue.txt"]
    assert psy.keys() >= CONTRACT
    assert psy["is_vacancy"] is True and psy["deadline"] == "2027-03-15" and psy["start_date"] == "asap"
    assert psy["languages"] == ["fr", "nl"]
    assert by_name["compte-rendu.txt"]["is_vacancy"] is False
    assert SourceDocument.objects.count() == 0  # extract writes nothing


def test_usage_error_for_nothing_to_read():
    with pytest.raises(CommandError):
        extract("/no/such/file.txt")


def test_extract_runs_with_no_configuration_at_all(tmp_path):
    """The scoring command works on a bare checkout: no SECRET_KEY, no DEBUG, no database."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    (tmp_path / "posting.txt").write_text(
        "Le SSM Les Tilleuls recrute un·e psychologue (h/f/x) en CDI à mi-temps.\n"
        "Envoyez votre CV à jobs@tilleuls.example avant le 15 mars 2027.",
        encoding="utf-8",
    )
    env = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "DATABASE_URL", "REDIS_URL"}
    }
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "manage.py", "extract", "--format", "jsonl", str(tmp_path)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    row = json.loads(done.stdout.splitlines()[0])
    assert (row["is_vacancy"], row["role_category"], row["contract_type"]) == (True, "psychologue", "CDI")
