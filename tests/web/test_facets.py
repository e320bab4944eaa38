"""Facet counts beside each filter, reflecting the other active filters; the extra filters they come with."""

from decimal import Decimal

import pytest
from django.http import QueryDict
from django.urls import reverse

from vacancies.facets import facet_counts
from vacancies.listing import base_queryset

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def board():
    factories.published(contract_type="CDI", region="bruxelles", doc_lang="fr", languages="fr nl")
    factories.published(contract_type="CDI", region="wallonie", doc_lang="fr", languages="fr")
    factories.published(
        contract_type="CDD", region="wallonie", doc_lang="nl", languages="nl", salary_min=Decimal("3500")
    )
    factories.expired(contract_type="CDD", region="wallonie")


def counts(query: str) -> dict[str, dict[str, int]]:
    facets = facet_counts(QueryDict(query), base_queryset())
    return {name: {item.value: item.count for item in values} for name, values in facets.items()}


def test_counts_ignore_their_own_filter_and_follow_the_others(board):
    result = counts("contract_type=CDI&region=wallonie")
    assert result["contract_type"] == {"CDI": 1, "CDD": 1}  # within Wallonia
    assert result["region"] == {"bruxelles": 1, "wallonie": 1}  # within CDI
    assert result["doc_lang"] == {"fr": 1}  # within CDI and Wallonia


def test_closed_offers_count_only_when_asked_for(board):
    assert counts("")["contract_type"] == {"CDI": 2, "CDD": 1}
    assert counts("show_expired=1")["contract_type"] == {"CDI": 2, "CDD": 2}


def test_required_languages_combine(board):
    assert counts("languages=nl")["languages"] == {"fr": 1, "nl": 2}
    assert counts("languages=nl&languages=fr")["region"] == {"bruxelles": 1}


def test_facets_follow_the_search_and_the_salary_filter(board, client):
    assert counts("salary_min=3000")["contract_type"] == {"CDD": 1}
    assert counts("salary_min=3000&salary_unknown=1")["contract_type"] == {"CDI": 2, "CDD": 1}


def test_a_facet_link_toggles_its_value_and_keeps_the_rest(board, client):
    page = client.get(reverse("vacancies:list") + "?region=wallonie&page=1").content.decode()
    assert 'href="?region=wallonie&amp;contract_type=CDI"' in page
    assert 'href="?"' in page  # the selected region, clicked again, clears it (and the page number)


def test_posting_language_filter(board, client):
    body = client.get(reverse("vacancies:api-list") + "?doc_lang=nl").json()
    assert [r["doc_lang"] for r in body["results"]] == ["nl"]


def test_employers_with_most_offers_follow_the_other_filters(board):
    tilleuls = factories.make_employer(name="ASBL Les Tilleuls")
    for _ in range(3):
        factories.published(employer=tilleuls, contract_type="CDD", region="bruxelles")
    employers = counts("")["employer"]
    assert next(iter(employers.items())) == (tilleuls.slug, 3) and sum(employers.values()) == 6
    assert counts("contract_type=CDI")["employer"].get(tilleuls.slug) is None
    # Chosen, the employer narrows the other facets and stays listed with its count.
    chosen = counts(f"employer={tilleuls.slug}")
    assert chosen["contract_type"] == {"CDD": 3} and chosen["employer"][tilleuls.slug] == 3


def test_the_chosen_employer_is_shown_even_beyond_the_top(board, settings, monkeypatch):
    monkeypatch.setattr("vacancies.facets.EMPLOYER_FACET_SIZE", 1)
    busy = factories.make_employer(name="Grand réseau")
    for _ in range(4):
        factories.published(employer=busy)
    small = factories.Vacancy.objects.filter(contract_type="CDD", status="published").first().employer
    facets = facet_counts(QueryDict(f"employer={small.slug}"), base_queryset())
    assert [(item.label, item.selected) for item in facets["employer"]] == [(small.name, True)]
    assert facets["employer"][0].url == "?"  # choosing it again removes the filter
