"""manage.py ingest: what an operator sees when importing a folder, bad files included."""

import io
import os

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tests.ingest.postings import VACANCY_FR
from vacancies.models import SourceDocument, Vacancy

pytestmark = pytest.mark.django_db


def ingest(*paths):
    out, err = io.StringIO(), io.StringIO()
    call_command("ingest", *map(str, paths), "--in-process", "--no-progress", stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_creates_vacancies_and_keeps_non_vacancies_as_documents(postings_folder):
    out, _ = ingest(postings_folder)
    assert "created 2" in out and "not a vacancy 1" in out and "failed 0" in out
    assert SourceDocument.objects.count() == 3
    report = SourceDocument.objects.get(origin__endswith="compte-rendu.txt")
    assert report.parse_status == "not_vacancy" and report.doc_kind == "meeting_report"
    assert not report.vacancies.exists()
    psy = Vacancy.objects.get(source_key__contains="psychologue.txt")
    assert psy.role_category == "psychologue"
    assert psy.contract_type == "CDI" and psy.work_time == "part_time"
    assert psy.apply_email == "recrutement@lestilleuls.be"
    assert psy.deadline.isoformat() == "2027-03-15"
    assert psy.documents.get() == SourceDocument.objects.get(origin__endswith="psychologue.txt")
    assert psy.confidence["role"] > 0.5 and psy.evidence["apply_email"]["evidence"]


def test_windows_1252_file_is_read_without_mojibake(postings_folder):
    ingest(postings_folder)
    document = SourceDocument.objects.get(origin__endswith="maatschappelijk-werker.txt")
    assert "Ã" not in document.text and "maatschappelijk werker" in document.text


def test_second_run_changes_nothing(postings_folder):
    ingest(postings_folder)
    before = list(Vacancy.objects.values_list("pk", "updated_at", "status").order_by("pk"))
    documents = SourceDocument.objects.count()
    out, _ = ingest(postings_folder)
    assert "created 0" in out and "updated 0" in out and "unchanged 3" in out
    assert list(Vacancy.objects.values_list("pk", "updated_at", "status").order_by("pk")) == before
    assert SourceDocument.objects.count() == documents


def test_changed_file_updates_its_vacancy_and_keeps_both_versions(postings_folder):
    ingest(postings_folder)
    posting = postings_folder / "psychologue.txt"
    posting.write_text(VACANCY_FR.replace("15 mars 2027", "22 mars 2027"), encoding="utf-8")
    out, _ = ingest(posting)
    assert "updated 1" in out
    vacancy = Vacancy.objects.get(source_key__contains="psychologue.txt")
    assert vacancy.deadline.isoformat() == "2027-03-22"
    assert vacancy.documents.count() == 2
    assert SourceDocument.objects.filter(origin=str(posting)).count() == 2


def test_curated_fields_survive_reparse(postings_folder):
    ingest(postings_folder)
    vacancy = Vacancy.objects.get(source_key__contains="psychologue.txt")
    vacancy.role = "Psychologue (corrigé)"
    vacancy.curated_fields = ["role"]
    vacancy.save()
    call_command("reparse", stdout=io.StringIO(), stderr=io.StringIO())
    vacancy.refresh_from_db()
    assert vacancy.role == "Psychologue (corrigé)"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("garbage.txt", b"\x00\xff\xfe" + os.urandom(4096), ""),
        ("truncated.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog", ""),
    ],
    ids=["empty", "binary-garbage", "truncated-pdf"],
)
def test_bad_file_fails_alone_and_the_batch_goes_on(postings_folder, name, content, message):
    (postings_folder / name).write_bytes(content)
    out, err = ingest(postings_folder)
    assert "created 2" in out and "failed 1" in out
    assert name in err and message in err.lower()
    document = SourceDocument.objects.get(origin__endswith=name)
    assert document.parse_status in ("error", "needs_ocr") and document.error_message


def test_oversized_file_is_refused_before_reading(postings_folder, settings):
    settings.INGEST_MAX_BYTES = 10_000
    (postings_folder / "huge.txt").write_bytes(b"a" * 20_000)
    out, err = ingest(postings_folder)
    assert "failed 1" in out and "huge.txt" in err and "INGEST_MAX_BYTES" in err
    assert not SourceDocument.objects.filter(origin__endswith="huge.txt").exists()


def test_a_failing_batch_alters_nothing_already_stored(postings_folder, tmp_path):
    ingest(postings_folder)
    snapshot = list(Vacancy.objects.values().order_by("pk"))
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.pdf").write_bytes(b"%PDF-garbage")
    (bad / "y.txt").write_bytes(b"\x00\x01\x02" * 100)
    ingest(bad)
    assert list(Vacancy.objects.values().order_by("pk")) == snapshot


def test_hostile_strings_are_stored_as_plain_text(tmp_path):
    hostile = VACANCY_FR.replace(
        "Psychologue clinicien·ne (h/f/x)", "Psychologue <script>alert(1)</script>'; DROP TABLE x;--"
    )
    (tmp_path / "hostile.txt").write_text(hostile + "\x00\ufeff\u202e", encoding="utf-8")
    ingest(tmp_path)
    assert Vacancy.objects.count() == 1
    assert "DROP TABLE" in SourceDocument.objects.get().text


def test_missing_path_is_a_usage_error():
    with pytest.raises(CommandError, match="not found"):
        ingest("/no/such/folder")
