"""Run a source: list what it publishes, fetch what changed, parse it, and record the run.

A run is idempotent: documents are keyed on content hash and origin, vacancies on origin and position,
so running a source again (after a crash, or twice at once) ends with the vacancies one clean run gives.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from ingest.importing import collect_paths
from ingest.models import Decision, ImportRun, ImportRunItem, Source, SourceEntry
from ingest.persistence import (
    CREATED,
    FAILED,
    NOT_VACANCY,
    UNCHANGED,
    UPDATED,
    document_store,
    employer_for,
    is_up_to_date,
    parse_document_safely,
)
from ingest.reading import sniff_media_type
from ingest.sources import FeedError, FetchError, feed_entries, fetch, listing_links
from vacancies.list_cache import forget_lists
from vacancies.models import Vacancy

_COUNTERS = {
    CREATED: "new",
    UPDATED: "updated",
    UNCHANGED: "unchanged",
    NOT_VACANCY: "not_vacancy",
    FAILED: "failed",
}
# A posting missing from this many complete runs in a row is withdrawn.
WITHDRAW_AFTER_MISSED_RUNS = 2


class SourceUnavailable(Exception):
    """The source itself (its folder, listing page or feed) could not be read: the run fails."""


@dataclass
class ItemOutcome:
    origin: str
    outcome: str
    message: str = ""


def run_source(source: Source, *, on_progress: Callable[[ItemOutcome, int], None] | None = None) -> ImportRun:
    """Run a source in this process: list, import every document, finish the run."""
    run = start_run(source)
    items = list(run.items.order_by("pk").values_list("pk", flat=True))
    for item_id in items:
        item = process_item(item_id)
        if on_progress and item is not None:
            on_progress(item, len(items))
    finish_if_done(run.pk)
    run.refresh_from_db()
    return run


def start_run(source: Source) -> ImportRun:
    """An ImportRun with one pending item per document the source publishes now (or a failed run)."""
    run = ImportRun.objects.create(source=source)
    try:
        origins = list(dict.fromkeys(list_origins(source)))
    except SourceUnavailable as error:
        return _finish(
            run, ImportRun.Status.FAILED, errors=[{"origin": source.location, "message": str(error)}]
        )
    ImportRunItem.objects.bulk_create(
        [ImportRunItem(run=run, origin=origin[:2000]) for origin in origins], ignore_conflicts=True
    )
    if not origins:
        finish_if_done(run.pk)
    return run


def process_item(item_id: int) -> ItemOutcome | None:
    """Import one pending item; None when it is done already or another worker holds it (idempotent)."""
    with transaction.atomic():
        item = (
            # of=("self",): lock the item row only; locking the joined run row too would make every other
            # worker skip its own items while this one works.
            ImportRunItem.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("run__source")
            .filter(pk=item_id, outcome="")
            .first()
        )
        if item is None:
            return None
        if settings.INGEST_TEST_ITEM_DELAY:  # tests slow items down to kill a worker in the middle of a run
            time.sleep(settings.INGEST_TEST_ITEM_DELAY)
        result = import_origin(item.run.source, item.run, item.origin)
        item.outcome, item.message, item.finished_at = result.outcome, result.message[:2000], timezone.now()
        item.save(update_fields=["outcome", "message", "finished_at"])
    return result


def finish_if_done(run_id: int) -> bool:
    """Close the run once no item is pending: counts, status, withdrawals. True if this call closed it."""
    with transaction.atomic():
        run = ImportRun.objects.select_for_update(of=("self",)).select_related("source").get(pk=run_id)
        if run.status != ImportRun.Status.RUNNING or run.items.filter(outcome="").exists():
            return False
        errors = []
        for origin, outcome, message in run.items.values_list("origin", "outcome", "message"):
            run.seen += 1
            counter = _COUNTERS[outcome]
            setattr(run, counter, getattr(run, counter) + 1)
            if outcome == FAILED:
                errors.append({"origin": origin, "message": message})
        status = ImportRun.Status.PARTIAL if errors else ImportRun.Status.COMPLETE
        if status == ImportRun.Status.COMPLETE:
            run.withdrawn = withdraw_missing(run.source, run)
        _finish(run, status, errors=errors)
    return True


def list_origins(source: Source) -> list[str]:
    """Paths or URLs of the documents the source publishes now."""
    if source.kind == Source.Kind.FOLDER:
        if not Path(source.location).is_dir():
            raise SourceUnavailable(f"folder {source.location} does not exist; create it or fix the location")
        files, _ = collect_paths([source.location])
        return [str(path) for path in files]
    if source.kind == Source.Kind.URL:
        return [source.location]
    try:
        page = fetch(source.location)
    except FetchError as error:
        raise SourceUnavailable(error.reason) from None
    if source.kind == Source.Kind.FEED:
        try:
            return [entry.url for entry in feed_entries(page.content, page.url)]
        except FeedError as error:
            raise SourceUnavailable(str(error)) from None
    return listing_links(page.content, page.url, selector=source.link_selector, pattern=source.link_pattern)


def import_origin(source: Source, run: ImportRun, origin: str) -> ItemOutcome:
    """Fetch one document unless unchanged since last time, store it, parse it; never raises."""
    entry, _ = SourceEntry.objects.get_or_create(source=source, origin=origin[:2000])
    entry.last_seen_run, entry.missed_runs = run, 0
    try:
        content, media_type, validators = _get(source, entry)
    except (FetchError, OSError) as error:
        entry.save(update_fields=["last_seen_run", "missed_runs"])
        return ItemOutcome(origin, FAILED, getattr(error, "reason", None) or str(error))
    if content is None:  # 304: nothing downloaded, nothing parsed
        entry.save(update_fields=["last_seen_run", "missed_runs"])
        return ItemOutcome(origin, UNCHANGED)
    stored = document_store(content=content, origin=origin, media_type=media_type)
    entry.document = stored.document
    entry.etag, entry.last_modified = validators
    entry.save()
    if is_up_to_date(stored.document):
        return ItemOutcome(origin, UNCHANGED)
    result = parse_document_safely(stored.document)
    _apply_defaults(source, result.vacancies)
    return ItemOutcome(origin, result.outcome, result.message)


def _get(source: Source, entry: SourceEntry) -> tuple[bytes | None, str, tuple[str, str]]:
    if source.kind == Source.Kind.FOLDER:
        content = Path(entry.origin).read_bytes()
        return content, sniff_media_type(content, entry.origin), ("", "")
    # Validators are only worth sending when the document they describe is still stored.
    known = entry.document_id is not None
    result = fetch(
        entry.origin, etag=entry.etag if known else "", last_modified=entry.last_modified if known else ""
    )
    if result.not_modified:
        return None, "", (entry.etag, entry.last_modified)
    media_type = result.media_type or sniff_media_type(result.content, entry.origin)
    return result.content, media_type, (result.etag[:300], result.last_modified[:100])


def _apply_defaults(source: Source, vacancy_ids: tuple[int, ...]) -> None:
    if not vacancy_ids:
        return
    vacancies = Vacancy.objects.filter(pk__in=vacancy_ids)
    if source.default_employer and (employer := employer_for(source.default_employer)):
        vacancies.filter(employer__isnull=True).update(employer=employer)
    if source.default_region:
        vacancies.filter(region="").update(region=source.default_region)
    forget_lists()  # update() sends no signal


def withdraw_missing(source: Source, run: ImportRun) -> int:
    """Entries absent from this complete run count a miss; at WITHDRAW_AFTER_MISSED_RUNS their vacancies go,
    unless another source still publishes them."""
    withdrawn = 0
    for entry in source.entries.exclude(last_seen_run=run).select_for_update():
        entry.missed_runs += 1
        entry.save(update_fields=["missed_runs"])
        if entry.missed_runs < WITHDRAW_AFTER_MISSED_RUNS or not entry.document_id:
            continue
        vacancies = Vacancy.objects.filter(documents=entry.document_id).exclude(
            status__in=[Vacancy.Status.WITHDRAWN, Vacancy.Status.REJECTED]
        )
        for vacancy in vacancies:
            others = vacancy.documents.exclude(pk=entry.document_id)
            if SourceEntry.objects.filter(
                document__in=others, missed_runs__lt=WITHDRAW_AFTER_MISSED_RUNS
            ).exists():
                continue
            vacancy.withdraw()
            Decision.objects.create(
                kind=Decision.Kind.WITHDRAW,
                vacancy=vacancy,
                document_id=entry.document_id,
                reason=f"{entry.origin} missing from {entry.missed_runs} complete runs of source {source.name}",
            )
            withdrawn += 1
    return withdrawn


def _finish(run: ImportRun, status: str, *, errors: list[dict]) -> ImportRun:
    run.status, run.errors, run.finished_at = status, errors[:500], timezone.now()
    run.save()
    return run


def expire_past_deadline() -> int:
    """Published vacancies whose deadline has passed become expired; their pages stay, marked closed."""
    count = 0
    for vacancy in Vacancy.objects.published().past_deadline():
        vacancy.expire()
        Decision.objects.create(
            kind=Decision.Kind.EXPIRE,
            vacancy=vacancy,
            reason=f"deadline {vacancy.deadline:%Y-%m-%d} has passed",
        )
        count += 1
    return count
