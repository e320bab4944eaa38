"""manage.py sources add|list|run|disable: the places postings are imported from."""

from __future__ import annotations

import re
import sys
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from ingest.models import Source
from ingest.runs import run_source
from ingest.tasks import run_source as run_source_task

_EVERY = re.compile(r"^\s*(\d+)\s*([mhd])\s*$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


def parse_every(text: str) -> timedelta:
    match = _EVERY.match(text or "")
    if not match:
        raise CommandError(f"--every {text!r}: write a number and a unit, e.g. 30m, 6h or 1d")
    return timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})


class Command(BaseCommand):
    help = "Add, list, run and disable the sources postings are imported from."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        add = sub.add_parser("add", help="add a source (or update the one with this name)")
        add.add_argument("name")
        add.add_argument("--kind", required=True, choices=Source.Kind.values)
        add.add_argument("--location", required=True, help="folder path or URL")
        add.add_argument("--every", help="schedule, e.g. 6h, 30m, 1d (none: run by hand only)")
        add.add_argument("--selector", default="", help="listing: CSS selector of posting links")
        add.add_argument("--pattern", default="", help="listing: regular expression posting URLs match")
        add.add_argument("--employer", default="", help="employer for postings that do not name one")
        add.add_argument("--region", default="", choices=["", "bruxelles", "wallonie", "flandre", "other"])
        sub.add_parser("list", help="list the sources and their last run")
        run = sub.add_parser("run", help="queue an import of a source (--now: run it here)")
        run.add_argument("name")
        run.add_argument("--now", action="store_true", help="run in this process, with a progress bar")
        disable = sub.add_parser("disable", help="stop importing a source (its postings stay)")
        disable.add_argument("name")

    def handle(self, *args, action, **options):
        getattr(self, f"_{action}")(**options)

    def _source(self, name: str) -> Source:
        source = Source.objects.filter(name=name).first()
        if source is None:
            names = ", ".join(Source.objects.values_list("name", flat=True)) or "none yet (sources add)"
            raise CommandError(f"no source named {name!r}; sources: {names}")
        return source

    def _add(self, *, name, kind, location, every, selector, pattern, employer, region, **_):
        if kind != Source.Kind.FOLDER and not re.match(r"^https?://", location):
            raise CommandError(f"--location for a {kind} source is an http(s) URL, not {location!r}")
        if pattern:
            try:
                re.compile(pattern)
            except re.error as error:
                raise CommandError(f"--pattern is not a valid regular expression: {error}") from None
        source, created = Source.objects.update_or_create(
            name=name,
            defaults={
                "kind": kind,
                "location": location,
                "every": parse_every(every) if every else None,
                "link_selector": selector,
                "link_pattern": pattern,
                "default_employer": employer,
                "default_region": region,
                "enabled": True,
            },
        )
        source.sync_schedule()
        schedule = f"every {every}" if every else "by hand only (sources run NAME)"
        self.stdout.write(
            self.style.SUCCESS(
                f"{'Added' if created else 'Updated'} source {name!r}: {kind} {location}, {schedule}."
            )
        )

    def _list(self, **_):
        sources = Source.objects.all()
        if not sources:
            self.stdout.write(
                "No sources yet. Add one: manage.py sources add NAME --kind folder --location PATH"
            )
        for source in sources:
            run = source.last_run
            last = (
                f"{run.started_at:%Y-%m-%d %H:%M} {run.status}: seen {run.seen}, new {run.new}, updated {run.updated}, "
                f"failed {run.failed}"
                if run
                else "never run"
            )
            state = "" if source.enabled else " [disabled]"
            every = f"every {source.every}" if source.every else "by hand"
            self.stdout.write(
                f"{source.name}{state}  {source.kind}  {source.location}  {every}  last run: {last}"
            )

    def _run(self, *, name, now, **_):
        source = self._source(name)
        if not now:
            run_source_task.delay(source.pk)
            self.stdout.write(
                self.style.SUCCESS(
                    f"Queued {name!r}; a worker imports it (make worker). `sources list` shows the run."
                )
            )
            return
        bar = tqdm(unit="doc", file=sys.stderr, desc=name)

        def progress(item, total):
            bar.total = total
            bar.set_postfix_str(item.outcome, refresh=False)
            bar.update(1)

        run = run_source(source, on_progress=progress)
        bar.close()
        for error in run.errors:
            self.stderr.write(self.style.WARNING(f"failed: {error['origin']}: {error['message']}"))
        line = (
            f"{run.status}: seen {run.seen}, new {run.new}, updated {run.updated}, unchanged {run.unchanged}, "
            f"not a vacancy {run.not_vacancy}, failed {run.failed}, withdrawn {run.withdrawn}"
        )
        self.stdout.write(self.style.SUCCESS(line) if run.status == "complete" else self.style.WARNING(line))

    def _disable(self, *, name, **_):
        source = self._source(name)
        source.enabled = False
        source.save(update_fields=["enabled"])
        source.sync_schedule()
        self.stdout.write(self.style.SUCCESS(f"Disabled {name!r}; its postings stay on the board."))
