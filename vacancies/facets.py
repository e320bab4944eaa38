"""Facet counts for the list: how many offers each value of a filter would show, given the OTHER active
filters (single-choice facets) or all of them (required languages, which add up): one aggregate query
(one COUNT … FILTER per value) and one GROUP BY for the employers."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Case, Count, Max, Q, QuerySet, When
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

# Hundreds of employers publish: the facet shows those with most offers under the current filters.
EMPLOYER_FACET_SIZE = 8


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
    if dimension == "employer":
        return Q(employer__slug__in=values)
    return Q(**{f"{dimension}__in": values})


def _active(params: QueryDict) -> dict[str, list[str]]:
    active = {}
    for dimension, choices in DIMENSIONS.items():
        allowed = {value for value, _ in choices}
        chosen = [v for v in params.getlist(dimension) if v in allowed]
        if chosen:
            active[dimension] = chosen
    if params.get("employer"):
        active["employer"] = [params["employer"]]
    return active


def _others(active: dict[str, list[str]], dimension: str) -> Q:
    """The active filters a facet's counts follow: all but its own, except required languages, which add
    up (fr AND nl): their counts say what adding one more would show."""
    condition = Q()
    for other, values in active.items():
        if other != dimension or dimension == "languages":
            condition &= _condition(other, values)
    return condition


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
    """Counts per value of every facet; each facet's counts ignore its own filter, not the others.
    Two queries: one aggregate for the fixed facets, one GROUP BY for the employers with most offers."""
    without_facets = params.copy()
    for dimension in [*DIMENSIONS, "employer"]:
        without_facets.pop(dimension, None)
    scope = VacancyFilter(without_facets, queryset=base).qs.order_by()
    active = _active(params)
    aggregates = {
        f"{dimension}__{value}": Count(
            "pk", filter=_others(active, dimension) & _condition(dimension, [value])
        )
        for dimension, choices in DIMENSIONS.items()
        for value, _label in choices
    }
    totals = scope.aggregate(**aggregates)
    facets = {
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
    facets["employer"] = _employer_facet(scope, active, params)
    return facets


def _employer_facet(scope: QuerySet, active: dict[str, list[str]], params: QueryDict) -> list[FacetValue]:
    """The employers with most offers under the other filters; the chosen one always among them."""
    chosen = active.get("employer", [""])[0]
    rows = (
        scope.filter(_others(active, "employer"), employer__isnull=False)
        .values("employer__slug", "employer__name")
        .annotate(count=Count("pk"), chosen=Max(Case(When(employer__slug=chosen, then=1), default=0)))
        .order_by("-chosen", "-count", "employer__name")[:EMPLOYER_FACET_SIZE]
    )
    return [
        FacetValue(
            row["employer__slug"],
            row["employer__name"],
            row["count"],
            row["employer__slug"] == chosen,
            _toggled(params, "employer", row["employer__slug"]),
        )
        for row in rows
    ]
