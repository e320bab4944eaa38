from django.db import models
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from .text import fold


class VacancyQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status="published")

    def open(self):
        """Deadline today or later, or no deadline written."""
        today = timezone.localdate()
        return self.filter(Q(deadline__isnull=True) | Q(deadline__gte=today))

    def visible(self):
        """What the public list shows by default: published and still open."""
        return self.published().open()

    def public(self):
        """Everything the public may open: published, including past-deadline and expired postings."""
        return self.filter(status__in=["published", "expired"])

    def past_deadline(self):
        return self.filter(deadline__lt=timezone.localdate())

    def with_related(self):
        return self.select_related("employer")

    def search(self, q: str):
        """Every word of q must appear, accent- and case-insensitively, in the role, employer, place or text."""
        qs = self
        for word in fold(q).split()[:10]:
            qs = qs.filter(search_text__contains=word)
        return qs

    def with_language(self, code: str):
        return self.filter(languages__contains=code)

    def paying_at_least(self, amount):
        """The top of the range reaches amount; a single amount is stored as salary_min with no max."""
        return self.filter(Q(salary_max__gte=amount) | Q(salary_max__isnull=True, salary_min__gte=amount))

    def ordered(self, sort: str):
        orderings = {
            "deadline": [models.F("deadline").asc(nulls_last=True), "-id"],
            # A single amount may be stored as salary_min alone: rank it like a range topping out there.
            "salary": [Coalesce("salary_max", "salary_min").desc(nulls_last=True), "-id"],
            "newest": [models.F("published_at").desc(nulls_last=True), "-id"],
        }
        return self.order_by(*orderings.get(sort, orderings["newest"]))


class EmployerQuerySet(models.QuerySet):
    def with_public_vacancies(self):
        return self.filter(vacancies__status__in=["published", "expired"]).distinct()

    def with_vacancy_count(self):
        return self.annotate(vacancy_count=models.Count("vacancies"))

    def with_open_vacancies(self):
        today = timezone.localdate()
        return self.filter(
            Q(vacancies__deadline__isnull=True) | Q(vacancies__deadline__gte=today),
            vacancies__status="published",
        ).distinct()


class SourceDocumentQuerySet(models.QuerySet):
    def failed(self):
        return self.filter(parse_status__in=["error", "needs_ocr"])
