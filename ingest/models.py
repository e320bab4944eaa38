"""Sources of postings, their import runs, and what each source last published."""

from __future__ import annotations

import json
from datetime import timedelta

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from vacancies.choices import Region
from vacancies.models import SourceDocument


class Source(models.Model):
    class Kind(models.TextChoices):
        FOLDER = "folder", _("Folder (drop box of .txt/.html/.pdf files)")
        URL = "url", _("Single document URL")
        LISTING = "listing", _("Listing page whose posting links are followed")
        FEED = "feed", _("RSS or Atom feed")

    name = models.CharField(max_length=100, unique=True)
    kind = models.CharField(max_length=10, choices=Kind)
    location = models.CharField(max_length=2000, help_text=_("Folder path or URL."))
    enabled = models.BooleanField(default=True)
    every = models.DurationField(
        null=True,
        blank=True,
        help_text=_("How often it is read (e.g. 6:00:00); empty: only when run by hand."),
    )
    link_selector = models.CharField(
        max_length=300, blank=True, help_text=_("Listing: CSS selector of the posting links.")
    )
    link_pattern = models.CharField(
        max_length=300, blank=True, help_text=_("Listing: regular expression the posting URLs match.")
    )
    default_employer = models.CharField(max_length=300, blank=True)
    default_region = models.CharField(max_length=20, choices=Region, blank=True)
    periodic_task = models.OneToOneField(
        "django_celery_beat.PeriodicTask", null=True, blank=True, on_delete=models.SET_NULL, editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def delete(self, *args, **kwargs):
        # The schedule belongs to the source: it goes with it (like a cascade, whichever way it is deleted).
        periodic_task_id = self.periodic_task_id
        result = super().delete(*args, **kwargs)
        if periodic_task_id:
            from django_celery_beat.models import PeriodicTask

            PeriodicTask.objects.filter(pk=periodic_task_id).delete()
        return result

    @property
    def last_run(self) -> ImportRun | None:
        return self.runs.order_by("-started_at").first()

    def sync_schedule(self) -> None:
        """Keep the django-celery-beat task that runs this source in step with `enabled` and `every`."""
        from django_celery_beat.models import IntervalSchedule, PeriodicTask

        if not self.every or not self.enabled:
            if self.periodic_task_id:
                PeriodicTask.objects.filter(pk=self.periodic_task_id).update(enabled=False)
            return
        seconds = max(60, int(self.every.total_seconds()))
        interval, _ = IntervalSchedule.objects.get_or_create(every=seconds, period=IntervalSchedule.SECONDS)
        values = {
            "name": f"import source {self.name}"[:200],
            "task": "ingest.run_source",
            "interval": interval,
            "kwargs": json.dumps({"source_id": self.pk}),
            "enabled": True,
            "queue": "ingest",
        }
        # Updated in place, so renaming a source does not leave its old schedule running.
        task = (
            PeriodicTask.objects.filter(pk=self.periodic_task_id).first() if self.periodic_task_id else None
        )
        if task is None:
            task, _ = PeriodicTask.objects.update_or_create(name=values["name"], defaults=values)
        else:
            for field, value in values.items():
                setattr(task, field, value)
            task.save()
        if self.periodic_task_id != task.pk:
            Source.objects.filter(pk=self.pk).update(periodic_task=task)
            self.periodic_task = task


class ImportRun(models.Model):
    class Status(models.TextChoices):
        RUNNING = "running", _("Running")
        COMPLETE = "complete", _("Complete")
        PARTIAL = "partial", _("Partial (some documents failed)")
        FAILED = "failed", _("Failed")

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="runs")
    started_at = models.DateTimeField(default=timezone.now, db_index=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status, default=Status.RUNNING)
    seen = models.PositiveIntegerField(default=0)
    new = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    not_vacancy = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    withdrawn = models.PositiveIntegerField(default=0)
    errors = models.JSONField(
        default=list, blank=True, help_text=_("[{origin, message}] per failed document.")
    )

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.source} {self.started_at:%Y-%m-%d %H:%M} ({self.status})"

    @property
    def duration(self) -> timedelta | None:
        return self.finished_at - self.started_at if self.finished_at else None


class SourceEntry(models.Model):
    """One document a source publishes, with what its last fetch said, to ask only for changes."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="entries")
    origin = models.CharField(max_length=2000)
    etag = models.CharField(max_length=300, blank=True)
    last_modified = models.CharField(max_length=100, blank=True)
    document = models.ForeignKey(SourceDocument, null=True, blank=True, on_delete=models.SET_NULL)
    last_seen_run = models.ForeignKey(
        ImportRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    missed_runs = models.PositiveSmallIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["source", "origin"], name="one_entry_per_origin")]
        verbose_name_plural = "source entries"

    def __str__(self) -> str:
        return self.origin


class ImportRunItem(models.Model):
    """One document of a run, processed by its own task; unique per run and origin so a task delivered
    twice (at-least-once delivery, a worker killed mid-task) records one outcome."""

    run = models.ForeignKey(ImportRun, on_delete=models.CASCADE, related_name="items")
    origin = models.CharField(max_length=2000)
    outcome = models.CharField(max_length=20, blank=True, help_text=_("Empty while pending."))
    message = models.TextField(blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["run", "origin"], name="one_item_per_origin_and_run")]

    def __str__(self) -> str:
        return f"{self.origin}: {self.outcome or 'pending'}"


class VacancyRevision(models.Model):
    """The values a vacancy had before a changed posting updated it."""

    vacancy = models.ForeignKey("vacancies.Vacancy", on_delete=models.CASCADE, related_name="revisions")
    document = models.ForeignKey(SourceDocument, null=True, blank=True, on_delete=models.SET_NULL)
    changed_at = models.DateTimeField(default=timezone.now)
    changes = models.JSONField(help_text=_("{field: [previous, new]}"))

    class Meta:
        ordering = ["-changed_at"]

    def __str__(self) -> str:
        return f"{self.vacancy_id} {self.changed_at:%Y-%m-%d}: {', '.join(self.changes)}"


class Decision(models.Model):
    """Append-only log of what was decided about a vacancy without a person (or by one in the admin)."""

    class Kind(models.TextChoices):
        MERGE = "merge", _("Merged a duplicate")
        SPLIT = "split", _("Split a document off")
        WITHDRAW = "withdraw", _("Withdrawn (vanished from its sources)")
        EXPIRE = "expire", _("Expired (deadline passed)")

    kind = models.CharField(max_length=10, choices=Kind)
    vacancy = models.ForeignKey("vacancies.Vacancy", on_delete=models.CASCADE, related_name="decisions")
    other_vacancy = models.ForeignKey(
        "vacancies.Vacancy", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    document = models.ForeignKey(SourceDocument, null=True, blank=True, on_delete=models.SET_NULL)
    reason = models.TextField()
    actor = models.CharField(max_length=150, blank=True, help_text=_("Empty for automatic decisions."))
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.vacancy_id}"
