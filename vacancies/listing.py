"""The public list's query, shared by the HTML list, the JSON API and the feeds, so that all three
show exactly the same vacancies for the same GET parameters."""

from __future__ import annotations

from django.http import QueryDict

from .filters import VacancyFilter
from .models import Vacancy


def base_queryset():
    return Vacancy.objects.public().with_related().ordered("newest")


def filtered(params: QueryDict, *, request=None) -> VacancyFilter:
    """The list's FilterSet bound to `params`. Lenient like the list page: a bad value only drops its own
    filter (django-filter filters with the form's valid fields), and `errors` says which."""
    return VacancyFilter(params, queryset=base_queryset(), request=request)
