from django.conf import settings
from django.db.models import Prefetch
from django.views.generic import DetailView
from django_filters.views import FilterView

from .filters import VacancyFilter
from .models import SourceDocument, Vacancy


class VacancyListView(FilterView):
    filterset_class = VacancyFilter
    # One bad parameter drops that filter instead of emptying the page.
    strict = False
    template_name = "vacancies/vacancy_list.html"

    def get_paginate_by(self, queryset):
        return settings.PAGE_SIZE

    def get_queryset(self):
        return (
            Vacancy.objects.public()
            .with_related()
            .defer("description", "search_text", "confidence", "evidence")
            .ordered("newest")
        )


class VacancyDetailView(DetailView):
    template_name = "vacancies/vacancy_detail.html"

    def get_queryset(self):
        documents = SourceDocument.objects.defer("content", "text", "extraction", "provenance")
        queryset = Vacancy.objects.with_related().prefetch_related(Prefetch("documents", queryset=documents))
        # Curators see postings waiting for review (or rejected) exactly as the public would.
        return queryset if self.request.user.is_staff else queryset.public()
