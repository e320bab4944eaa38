import re

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connections, models
from django.db.models import F, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from .text import fold

_PHRASE = re.compile(r'"([^"]+)"')


def tsquery_text(q: str) -> str:
    """to_tsquery text for what people type: every word required, "quoted words" as a phrase, and the
    last word as a prefix ("psycho" finds "psychologue"). Only [a-z0-9] reach PostgreSQL."""
    phrases = [re.findall(r"[a-z0-9]+", fold(p)) for p in _PHRASE.findall(q)]
    words = re.findall(r"[a-z0-9]+", fold(_PHRASE.sub(" ", q)))
    terms = [" <-> ".join(p) for p in phrases if p][:5] + words[:10]
    if words:
        terms[-1] += ":*"
    return " & ".join(f"({t})" for t in terms)


def search_query(q: str) -> SearchQuery | None:
    text = tsquery_text(q)
    if not text:
        return None
    return SearchQuery(text, config="fr_unaccent", search_type="raw") | SearchQuery(
        text, config="nl_unaccent", search_type="raw"
    )


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
        """Every word of q must appear, accent- and case-insensitively, in the role, employer, place or text.

        PostgreSQL: full-text search in French and Dutch (stemmed, so "assistant social" finds "assistante
        sociale"), the last word as a prefix. Elsewhere (SQLite): each folded word as a substring."""
        if connections[self.db].vendor == "postgresql":
            query = search_query(q)
            return self.filter(search_vector=query) if query is not None else self
        qs = self
        for word in fold(q).split()[:10]:
            qs = qs.filter(search_text__contains=word)
        return qs

    def by_relevance(self, q: str, candidates: int):
        """The newest `candidates` matches, best first (role > employer > place > text). See ranking.py
        for the order of the whole result list."""
        query = search_query(q) if connections[self.db].vendor == "postgresql" else None
        if query is None:
            return self.ordered("newest")[:candidates]
        newest = self.ordered("newest").values("pk")[:candidates]
        return (
            self.filter(pk__in=Subquery(newest))
            .annotate(rank=SearchRank(F("search_vector"), query, weights=[0.1, 0.2, 0.4, 1.0]))
            .order_by("-rank", "-published_at", "-id")
        )

    def with_language(self, code: str):
        return self.filter(languages__contains=code)

    def paying_at_least(self, amount):
        """The top of the range reaches amount; a single amount is stored as salary_min with no max."""
        return self.filter(Q(salary_max__gte=amount) | Q(salary_max__isnull=True, salary_min__gte=amount))

    def pay_unknown(self):
        return self.filter(salary_min__isnull=True, salary_max__isnull=True)

    def ordered(self, sort: str):
        orderings = {
            "deadline": [models.F("deadline").asc(nulls_last=True), "-id"],
            # A single amount may be stored as salary_min alone: rank it like a range topping out there.
            "salary": [Coalesce("salary_max", "salary_min").desc(nulls_last=True), "-id"],
            # Plain DESC (nulls first, never met: public offers are published) so the (status, -published_at,
            # -id) index serves the order; NULLS LAST would sort every row.
            "newest": ["-published_at", "-id"],
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
