"""Facet counts for the list: how many offers each value of a filter would show, given the OTHER active
filters (single-choice facets) or all of them (required languages, which add up), in one aggregate query
(one COUNT … FILTER per value)."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.http import QueryDict

from .choices import ContractType, Language, Region, RoleCategory, WorkTime
from .filters import VacancyFilter

POSTING_LANGUAGES = [("fr", Language.FR.label), ("nl", Language.NL.label), ("en", Language.EN.label)]
DIMENSIONS = {
    "role_category": RoleCategory.choices,
    "contract_type": ContractType.choices,
    "work_time": WorkTime.choices,
    "region": Region.choices,
    "doc_lang": POSTING_LANGUAGES,
    "languages": Language.choices[:4],  # the languages postings ask for; rarer ones stay in the form
}


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    url: str  # the list with this value toggled, other parameters kept


def _condition(dimension: str, values: list[str]) -> Q:
    if dimension == "languages":
        condition = Q()
        for code in values:
            condition &= Q(languages__contains=code)
        return condition
    return Q(**{f"{dimension}__in": values})


def _active(params: QueryDict) -> dict[str, list[str]]:
    active = {}
    for dimension, choices in DIMENSIONS.items():
        allowed = {value for value, _ in choices}
        chosen = [v for v in params.getlist(dimension) if v in allowed]
        if chosen:
            active[dimension] = chosen
    return active


def _toggled(params: QueryDict, dimension: str, value: str) -> str:
    data = params.copy()
    data.pop("page", None)
    values = data.getlist(dimension)
    if dimension == "languages":
        data.setlist(dimension, [v for v in values if v != value] if value in values else [*values, value])
    elif value in values:
        data.pop(dimension)
    else:
        data[dimension] = value
    return "?" + data.urlencode()


def facet_counts(params: QueryDict, base: QuerySet) -> dict[str, list[FacetValue]]:
    """Counts per value of every facet; each facet's counts ignore its own filter, not the others."""
    without_facets = params.copy()
    for dimension in DIMENSIONS:
        without_facets.pop(dimension, None)
    scope = VacancyFilter(without_facets, queryset=base).qs.order_by()
    active = _active(params)
    aggregates = {}
    for dimension, choices in DIMENSIONS.items():
        others = Q()
        for other, values in active.items():
            # Required languages add up (fr AND nl): their counts say what adding one more would show.
            if other != dimension or dimension == "languages":
                others &= _condition(other, values)
        for value, _label in choices:
            aggregates[f"{dimension}__{value}"] = Count("pk", filter=others & _condition(dimension, [value]))
    totals = scope.aggregate(**aggregates)
    return {
        dimension: [
            FacetValue(
                value,
                str(label),
                totals[f"{dimension}__{value}"],
                value in active.get(dimension, []),
                _toggled(params, dimension, value),
            )
            for value, label in choices
            if totals[f"{dimension}__{value}"] or value in active.get(dimension, [])
        ]
        for dimension, choices in DIMENSIONS.items()
    }
