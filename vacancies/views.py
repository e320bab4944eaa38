import hashlib

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from django.views.generic import DetailView
from django_filters.views import FilterView

from .facets import facet_counts
from .filters import VacancyFilter
from .jsonld import as_script_json, job_posting
from .list_cache import cached
from .listing import base_queryset
from .models import Employer, SourceDocument, Vacancy

FACET_LABELS = {
    "role_category": _("Profession"),
    "contract_type": _("Contract"),
    "work_time": _("Working time"),
    "region": _("Region"),
    "doc_lang": _("Language of the posting"),
    "languages": _("Required languages"),
    "employer": _("Employer"),
}


class CachedCountPaginator(Paginator):
    """Counting 100,000 offers takes ~100 ms; the count of one search is kept LIST_CACHE_SECONDS."""

    @cached_property
    def count(self) -> int:
        key = "list-count:" + hashlib.sha1(str(self.object_list.query).encode()).hexdigest()
        return cached(key, lambda: Paginator.count.func(self))

    def _get_page(self, object_list, number, paginator):
        # A deep page first finds its 20 ids (an index-only walk past the offset), then loads those rows:
        # OFFSET on the full rows would read every skipped row from the table.
        if hasattr(object_list, "values_list") and not object_list.query.annotations:
            ids = list(object_list.values_list("pk", flat=True))
            rows = {row.pk: row for row in _page_rows(object_list.model, ids)}
            object_list = [rows[pk] for pk in ids if pk in rows]
        return super()._get_page(object_list, number, paginator)


def _page_rows(model, ids: list[int]):
    return (
        model.objects.filter(pk__in=ids)
        .select_related("employer")
        .defer("description", "search_text", "search_vector", "confidence", "evidence")
    )


class VacancyListView(FilterView):
    filterset_class = VacancyFilter
    paginator_class = CachedCountPaginator
    # One bad parameter drops that filter instead of emptying the page.
    strict = False
    template_name = "vacancies/vacancy_list.html"

    def get_paginate_by(self, queryset):
        return settings.PAGE_SIZE

    def get_queryset(self):
        return base_queryset().defer("description", "search_text", "search_vector", "confidence", "evidence")

    def get(self, request, *args, **kwargs):
        # FilterView lists `filterset.qs`; a search is listed best match first (see ranking.py).
        self.filterset = self.get_filterset(self.get_filterset_class())
        self.object_list = self.filterset.results()
        return self.render_to_response(
            self.get_context_data(filter=self.filterset, object_list=self.object_list)
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The cached facets hold translated labels and links that keep the sort: both belong in the key.
        params = sorted((k, v) for k, values in self.request.GET.lists() for v in values if k != "page")
        key = f"list-facets:{get_language()}:" + hashlib.sha1(repr(params).encode()).hexdigest()
        counts = cached(key, lambda: facet_counts(self.request.GET, base_queryset()))
        context["facets"] = [(FACET_LABELS[name], name, values) for name, values in counts.items() if values]
        return context


class VacancyDetailView(DetailView):
    template_name = "vacancies/vacancy_detail.html"

    def get_queryset(self):
        documents = SourceDocument.objects.defer("content", "text", "extraction", "provenance")
        queryset = Vacancy.objects.with_related().prefetch_related(Prefetch("documents", queryset=documents))
        # Curators see postings waiting for review (or rejected) exactly as the public would.
        return queryset if self.request.user.is_staff else queryset.public()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        vacancy = self.object
        canonical = self.request.build_absolute_uri(vacancy.get_absolute_url())
        employer_url = (
            self.request.build_absolute_uri(vacancy.employer.get_absolute_url())
            if vacancy.employer_id
            else None
        )
        posting = job_posting(vacancy, url=canonical, employer_url=employer_url)
        context |= {"canonical_url": canonical, "job_posting": as_script_json(posting) if posting else ""}
        return context


class EmployerDetailView(DetailView):
    """An employer's page: its open vacancies (closed ones stay reachable from their own pages)."""

    template_name = "vacancies/employer_detail.html"
    queryset = Employer.objects.all()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["open_vacancies"] = (
            self.object.vacancies.visible()
            .with_related()
            .ordered("deadline")
            .defer("description", "search_text")
        )
        context["canonical_url"] = self.request.build_absolute_uri(self.object.get_absolute_url())
        return context


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /i18n/",
        # The API and feeds repeat the list in other formats: crawlers should index the pages.
        "Disallow: /api/",
        "Disallow: /feeds/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
