"""Sources read over real HTTP from a local site: full import, unchanged runs, changes, vanishing
postings, and every way a site misbehaves; each ends in a recorded ImportRun and loses nothing else."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from ingest.models import ImportRun, Source
from ingest.runs import run_source
from ingest.sources import FetchError, ResponseTooLarge, TooManyRedirects, fetch, listing_links
from tests.ingest.postings import MEETING_REPORT, VACANCY_FR, VACANCY_NL
from vacancies.models import Vacancy

pytestmark = pytest.mark.django_db

LISTING = """<html><body><nav><a href="/">Accueil</a> <a href="/contact">Contact</a></nav>
<ul class="offres">
  <li><a href="/offres/psychologue">Psychologue</a></li>
  <li><a href="/offres/maatschappelijk-werker">Maatschappelijk werker</a></li>
  <li><a href="/offres/reunion">Compte rendu</a></li>
</ul></body></html>"""

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Offres</title><link>{base}/</link>
<item><title>Psychologue</title><link>{base}/offres/psychologue</link></item>
<item><title>Maatschappelijk werker</title><link>{base}/offres/maatschappelijk-werker</link></item>
</channel></rss>"""


def page(text: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    return f"<html><body><main>{paragraphs}</main></body></html>"


@pytest.fixture
def postings(site):
    site.route("/offres", LISTING)
    site.route("/offres/psychologue", page(VACANCY_FR))
    site.route("/offres/maatschappelijk-werker", page(VACANCY_NL))
    site.route("/offres/reunion", page(MEETING_REPORT))
    return site


def listing_source(site, **extra) -> Source:
    return Source.objects.create(
        name="Portail test", kind="listing", location=site.url("/offres"), link_selector="ul.offres", **extra
    )


def test_a_listing_is_imported_in_full(postings):
    run = run_source(listing_source(postings))
    assert (run.status, run.seen, run.new, run.not_vacancy, run.failed) == ("complete", 3, 2, 1, 0)
    assert Vacancy.objects.count() == 2


def test_an_unchanged_second_run_downloads_and_parses_nothing(postings):
    source = listing_source(postings)
    run_source(source)
    second = run_source(source)
    assert (second.unchanged, second.new, second.updated) == (3, 0, 0)
    assert postings.statuses("/offres/psychologue") == [200, 304]
    asked = [headers for path, headers, _ in postings.requests if path == "/offres/psychologue"][-1]
    assert asked.get("If-None-Match") and "EmploisPsyBot" in asked["User-Agent"]


def test_a_changed_posting_updates_its_vacancy(postings):
    source = listing_source(postings)
    run_source(source)
    postings.route("/offres/psychologue", page(VACANCY_FR.replace("15 mars 2027", "30 avril 2027")))
    run = run_source(source)
    assert run.updated == 1 and run.unchanged == 2
    assert Vacancy.objects.get(role__icontains="psycholog").deadline.isoformat() == "2027-04-30"


def test_a_posting_missing_from_two_complete_runs_is_withdrawn_not_deleted(postings):
    source = listing_source(postings)
    run_source(source)
    postings.route("/offres", LISTING.replace('<li><a href="/offres/psychologue">Psychologue</a></li>', ""))
    assert run_source(source).withdrawn == 0  # one miss is not enough
    assert run_source(source).withdrawn == 1
    vacancy = Vacancy.objects.get(role__icontains="psycholog")
    assert vacancy.status == Vacancy.Status.WITHDRAWN


def test_a_failed_run_never_counts_towards_withdrawal(postings):
    source = listing_source(postings)
    run_source(source)
    postings.route("/offres", "", status=500)
    for _ in range(3):
        assert run_source(source).status == "failed"
    assert not Vacancy.objects.filter(status=Vacancy.Status.WITHDRAWN).exists()


def test_a_feed_source(postings):
    postings.route("/feed.xml", FEED.format(base=postings.base), content_type="application/rss+xml")
    source = Source.objects.create(name="Flux", kind="feed", location=postings.url("/feed.xml"))
    run = run_source(source)
    assert (run.status, run.new) == ("complete", 2)


def test_source_defaults_fill_what_the_text_lacks(site):
    site.route(
        "/offre", page("Éducateur·rice (h/f/x)\nNous engageons un·e éducateur·rice à temps plein, en CDI.")
    )
    source = Source.objects.create(
        name="Un",
        kind="url",
        location=site.url("/offre"),
        default_employer="ASBL Le Relais",
        default_region="wallonie",
    )
    run_source(source)
    vacancy = Vacancy.objects.get()
    assert (vacancy.employer.name, vacancy.region) == ("ASBL Le Relais", "wallonie")


def test_one_broken_posting_is_recorded_and_the_others_imported(postings):
    postings.route("/offres/maatschappelijk-werker", "", status=500)
    run = run_source(listing_source(postings))
    assert (run.status, run.new, run.failed) == ("partial", 1, 1)
    assert "HTTP 500" in run.errors[0]["message"] and run.errors[0]["origin"].endswith(
        "maatschappelijk-werker"
    )
    assert postings.statuses("/offres/maatschappelijk-werker") == [500] * 4  # retried with backoff


def test_a_misbehaving_site_costs_only_its_broken_postings(postings, settings):
    """One run meets a timeout, an oversized PDF and a redirect loop: each is recorded with what went
    wrong, the good posting and the non-vacancy are handled as usual, and nothing is retried forever."""
    settings.FETCH_TIMEOUT = 0.3
    settings.FETCH_RETRIES = 1
    settings.FETCH_BACKOFF = 0
    settings.FETCH_MAX_BYTES = 10 * 1024 * 1024
    postings.route(
        "/offres",
        LISTING.replace(
            "</ul>",
            '<li><a href="/offres/lente">Lente</a></li><li><a href="/offres/enorme.pdf">PDF</a></li>'
            '<li><a href="/offres/boucle">Boucle</a></li></ul>',
        ),
    )
    postings.route("/offres/maatschappelijk-werker", "", status=500)
    postings.route("/offres/lente", page(VACANCY_FR), delay=1.0)
    postings.route("/offres/enorme.pdf", stream_bytes=11 * 1024 * 1024, content_type="application/pdf")
    postings.redirect("/offres/boucle", "/offres/boucle2")
    postings.redirect("/offres/boucle2", "/offres/boucle")

    run = run_source(listing_source(postings))

    assert (run.status, run.seen, run.new, run.not_vacancy, run.failed) == ("partial", 6, 1, 1, 4)
    messages = {error["origin"].rsplit("/", 1)[-1]: error["message"] for error in run.errors}
    assert "HTTP 500" in messages["maatschappelijk-werker"]
    assert "timed out" in messages["lente"]
    assert "FETCH_MAX_BYTES" in messages["enorme.pdf"]
    assert "redirect" in messages["boucle"].lower()
    assert Vacancy.objects.count() == 1
    assert postings.statuses("/offres/boucle").count(302) <= settings.FETCH_MAX_REDIRECTS + 1


def test_a_404_is_not_retried(site):
    with pytest.raises(FetchError) as error:
        fetch(site.url("/nowhere"))
    assert not error.value.retryable and site.statuses("/nowhere") == [404]


def test_a_timeout_is_retried_then_reported(site, settings):
    settings.FETCH_TIMEOUT = 0.2
    site.route("/slow", "late", delay=0.5)
    with pytest.raises(FetchError) as error:
        fetch(site.url("/slow"), retries=1)
    assert "timed out" in error.value.reason and error.value.retryable


def test_a_response_over_the_size_limit_is_stopped(site):
    site.route("/huge.pdf", stream_bytes=11 * 1024 * 1024)
    with pytest.raises(ResponseTooLarge) as error:
        fetch(site.url("/huge.pdf"), max_bytes=10 * 1024 * 1024)
    assert "FETCH_MAX_BYTES" in error.value.reason


def test_a_redirect_loop_is_stopped(site):
    site.redirect("/a", "/b")
    site.redirect("/b", "/a")
    with pytest.raises(TooManyRedirects):
        fetch(site.url("/a"))


def test_only_web_addresses_are_fetched():
    with pytest.raises(FetchError, match="only http and https"):
        fetch("file:///etc/passwd")


def test_listing_links_by_pattern_and_by_default():
    html = '<a href="/jobs/1">1</a><a href="/jobs/2#apply">2</a><a href="/about">a</a><a href="/jobs/1">again</a>'
    assert listing_links(html, "https://ex.be/jobs", pattern=r"/jobs/\d+$") == [
        "https://ex.be/jobs/1",
        "https://ex.be/jobs/2",
    ]
    assert listing_links(html, "https://ex.be/jobs") == [
        "https://ex.be/jobs/1",
        "https://ex.be/jobs/2",
        "https://ex.be/about",
    ]


def test_the_sources_command_adds_lists_runs_and_disables(postings):
    out = io.StringIO()
    call_command(
        "sources",
        "add",
        "Portail",
        "--kind",
        "listing",
        "--location",
        postings.url("/offres"),
        "--selector",
        "ul.offres",
        "--every",
        "6h",
        stdout=out,
    )
    source = Source.objects.get(name="Portail")
    assert source.periodic_task.interval.every == 6 * 3600 and source.periodic_task.enabled
    call_command("sources", "run", "Portail", "--now", stdout=out, stderr=io.StringIO())
    assert "complete: seen 3, new 2" in out.getvalue()
    call_command("sources", "list", stdout=out)
    assert "Portail" in out.getvalue() and "every 6:00:00" in out.getvalue()
    call_command("sources", "disable", "Portail", stdout=out)
    source.refresh_from_db()
    assert not source.enabled and not source.periodic_task.enabled
    assert ImportRun.objects.filter(source=source).count() == 1


def test_the_sources_command_says_what_to_do_on_bad_input():
    with pytest.raises(CommandError, match="30m, 6h or 1d"):
        call_command("sources", "add", "X", "--kind", "folder", "--location", "/tmp", "--every", "often")
    with pytest.raises(CommandError, match="no source named 'Y'"):
        call_command("sources", "run", "Y")


def test_nightly_expiry_is_scheduled_and_expires_past_deadlines():
    from django_celery_beat.models import PeriodicTask

    from ingest.runs import expire_past_deadline

    assert PeriodicTask.objects.get(task="ingest.expire_past_deadline").crontab.hour == "2"
    assert expire_past_deadline() == 0


def test_renaming_a_source_keeps_one_schedule():
    from datetime import timedelta

    from django_celery_beat.models import PeriodicTask

    source = Source.objects.create(name="Avant", kind="folder", location="/tmp", every=timedelta(hours=6))
    source.sync_schedule()
    source.name = "Après"
    source.save()
    source.sync_schedule()
    assert list(PeriodicTask.objects.filter(task="ingest.run_source").values_list("name", flat=True)) == [
        "import source Après"
    ]


def test_the_same_posting_on_two_sources_is_one_vacancy_linked_to_both(postings):
    from ingest.models import Decision

    postings.route("/autre-portail/offre-17", page("Publié sur notre portail partenaire.\n" + VACANCY_FR))
    run_source(listing_source(postings))
    other = Source.objects.create(
        name="Autre portail", kind="url", location=postings.url("/autre-portail/offre-17")
    )
    run = run_source(other)
    assert run.new == 0 and Vacancy.objects.filter(role__icontains="psycholog").count() == 1
    vacancy = Vacancy.objects.get(role__icontains="psycholog")
    assert vacancy.documents.count() == 2
    decision = Decision.objects.get(kind="merge")
    assert decision.vacancy == vacancy and "same employer, role and deadline" in decision.reason
    run_source(other)  # seen again: no second decision, no second vacancy
    assert Decision.objects.filter(kind="merge").count() == 1


def test_the_detail_page_shows_where_else_a_merged_vacancy_is_published(postings, admin_client):
    postings.route("/autre-portail/offre-17", page("Publié sur notre portail partenaire.\n" + VACANCY_FR))
    run_source(listing_source(postings))
    run_source(
        Source.objects.create(name="Autre", kind="url", location=postings.url("/autre-portail/offre-17"))
    )
    vacancy = Vacancy.objects.get(role__icontains="psycholog")
    html = admin_client.get(vacancy.get_absolute_url()).content.decode()
    also = html.split('id="also-published-heading"', 1)[1].split("</section>", 1)[0]
    assert postings.url("/autre-portail/offre-17") in also
    assert postings.url("/offres/psychologue") not in also


def test_two_different_posts_of_one_employer_with_one_deadline_stay_two(site):
    second = (
        "Offre d'emploi – Psychologue clinicien·ne (h/f/x)\n\nL'ASBL Les Tilleuls engage pour son équipe mobile "
        "un·e psychologue qui se rend au domicile de jeunes en crise, en soirée et le week-end.\n"
        "Contrat : CDD d'un an, temps plein. Permis B indispensable.\n"
        "Candidatures à recrutement@lestilleuls.be au plus tard le 15 mars 2027."
    )
    site.route("/a", page(VACANCY_FR))
    site.route("/b", page(second))
    for path in ("/a", "/b"):
        run_source(Source.objects.create(name=path, kind="url", location=site.url(path)))
    first, other = Vacancy.objects.order_by("pk")
    assert (first.employer, first.deadline) == (other.employer, other.deadline)  # the trap is set
    assert first.role.lower() == other.role.lower()


def test_a_changed_posting_keeps_its_previous_values_in_a_history(postings):
    from ingest.models import VacancyRevision

    source = listing_source(postings)
    run_source(source)
    postings.route("/offres/psychologue", page(VACANCY_FR.replace("15 mars 2027", "30 avril 2027")))
    run_source(source)
    revision = VacancyRevision.objects.get()
    assert revision.changes["deadline"] == ["2027-03-15", "2027-04-30"]


def test_withdrawals_and_expiries_are_written_to_the_decision_log(postings):
    from datetime import date

    from ingest.models import Decision
    from ingest.runs import expire_past_deadline

    source = listing_source(postings)
    run_source(source)
    postings.route("/offres", LISTING.replace('<li><a href="/offres/psychologue">Psychologue</a></li>', ""))
    run_source(source)
    run_source(source)
    assert Decision.objects.filter(kind="withdraw").count() == 1
    Vacancy.objects.filter(status="published").update(deadline=date(2020, 1, 1))
    assert expire_past_deadline() == 1
    assert Decision.objects.get(kind="expire").reason == "deadline 2020-01-01 has passed"


def test_the_queued_run_fans_out_one_task_per_document(postings, django_capture_on_commit_callbacks):
    from ingest.tasks import run_source as run_source_task

    source = listing_source(postings)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        result = run_source_task.delay(source.pk).get()
    assert result["queued"] == 3 and len(callbacks) == 3
    run = ImportRun.objects.get()
    assert (run.status, run.new, run.not_vacancy) == ("complete", 2, 1)
    assert sorted(run.items.values_list("outcome", flat=True)) == ["created", "created", "not a vacancy"]


def test_a_redelivered_item_task_changes_nothing(postings):
    from ingest.runs import process_item, start_run
    from ingest.tasks import import_item

    run = start_run(listing_source(postings))
    item = run.items.first()
    assert process_item(item.pk) is not None
    assert import_item.delay(item.pk).get()["outcome"] == "already done"


def test_a_pdf_posting_at_a_single_address(site):
    from tests.reading.pdfs import one_column_pdf

    lines = [line for line in VACANCY_FR.splitlines()[1:] if line.strip()]
    site.route(
        "/documents/offre-psy.pdf",
        one_column_pdf(lines, title="Psychologue clinicien·ne (h/f/x)"),
        content_type="application/pdf",
    )
    source = Source.objects.create(name="PDF", kind="url", location=site.url("/documents/offre-psy.pdf"))
    run = run_source(source)
    assert (run.status, run.new) == ("complete", 1), run.errors
    vacancy = Vacancy.objects.get()
    assert vacancy.apply_email == "recrutement@lestilleuls.be"
    assert vacancy.documents.get().media_type == "application/pdf"
