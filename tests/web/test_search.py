"""Search as people type it: stemmed French and Dutch, accents ignored, prefixes, phrases, best first."""

import pytest
from django.db import connection
from django.urls import reverse

from vacancies.models import Vacancy
from vacancies.querysets import tsquery_text

from . import factories

pytestmark = pytest.mark.django_db
postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="full-text search needs PostgreSQL")


def published(**fields):
    # Employers named after places, so only roles and texts speak of "santé mentale".
    return factories.published(
        employer=factories.make_employer(name=f"ASBL Les Tilleuls {fields['role']}"), **fields
    )


@pytest.fixture
def board():
    published(role="Psychologue clinicien·ne", description="Consultations pour adultes en santé mentale.")
    published(role="Assistante sociale", description="Accompagnement social des familles.")
    published(role="Éducateur spécialisé", description="Un psychologue supervise l'équipe. Santé mentale.")
    published(
        role="Maatschappelijk werker",
        description="Begeleiding van gezinnen in de geestelijke gezondheidszorg.",
    )
    published(role="Infirmier psychiatrique", description="Unité de crise, clinique psychiatrique.")


def roles(q: str) -> list[str]:
    return list(Vacancy.objects.visible().search(q).values_list("role", flat=True).order_by("role"))


def test_the_query_text_keeps_only_words_and_makes_the_last_a_prefix():
    assert tsquery_text("Psychologue clinicien") == "(psychologue) & (clinicien:*)"
    assert tsquery_text('"santé mentale" Liège') == "(sante <-> mentale) & (liege:*)"
    assert tsquery_text("'); DROP TABLE x; --") == "(drop) & (table) & (x:*)"
    assert tsquery_text("!!!") == ""


@postgresql
@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("psycho", ["Psychologue clinicien·ne", "Éducateur spécialisé"]),
        ("psychologue clinicien", ["Psychologue clinicien·ne"]),
        ("assistant social", ["Assistante sociale"]),
        ("educateur", ["Éducateur spécialisé"]),
        ("SANTÉ mentale", ["Psychologue clinicien·ne", "Éducateur spécialisé"]),
        ('"mentale santé"', []),
        ("gezinnen", ["Maatschappelijk werker"]),
        ("psychiatrique", ["Infirmier psychiatrique"]),
    ],
)
def test_full_text_search(board, q, expected):
    assert roles(q) == expected


@postgresql
def test_the_role_ranks_above_the_text(client, board):
    page = client.get(reverse("vacancies:list") + "?q=psychologue").content.decode()
    assert page.index("Psychologue clinicien·ne") < page.index("Éducateur spécialisé")


@postgresql
def test_another_order_can_be_asked_for_a_search(client, board):
    api = client.get(reverse("vacancies:api-list") + "?q=psycho&sort=newest").json()
    assert [r["role"] for r in api["results"]] == ["Psychologue clinicien·ne", "Éducateur spécialisé"]


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the SQLite fallback")
def test_the_sqlite_fallback_ignores_accents_and_case(board):
    assert roles("EDUCATEUR") == ["Éducateur spécialisé"]
    assert roles("santé mentale") == ["Psychologue clinicien·ne", "Éducateur spécialisé"]


@pytest.fixture
def many_matches(settings):
    """Seven offers speak of psychologues, newest first; only the oldest names it in its title."""
    settings.SEARCH_RANKED_CANDIDATES = 3
    settings.PAGE_SIZE = 2
    rows = [
        published(role=f"Éducateur·rice {n}", description="Travail avec le psychologue de l'équipe.")
        for n in range(6)
    ]
    rows.append(published(role="Psychologue", description="Consultations."))
    return [row.role for row in rows]


@postgresql
def test_a_search_counts_and_pages_every_match_not_only_the_ranked_ones(client, many_matches):
    url = reverse("vacancies:list") + "?q=psychologue"
    first = client.get(url)
    assert first.context["paginator"].count == 7
    assert first.context["paginator"].num_pages == 4
    # The facets count every match too.
    facets = {name: values for _, name, values in first.context["facets"]}
    assert sum(value.count for value in facets["contract_type"]) == 7
    listed = []
    for number in range(1, 5):
        listed += [v.role for v in client.get(f"{url}&page={number}").context["page_obj"]]
    # The three newest are ranked among themselves; older matches follow newest first.
    assert sorted(listed[:3]) == sorted(many_matches[:3])
    assert listed[3:] == many_matches[3:]


@postgresql
def test_ranked_results_come_first_then_the_older_matches(client, settings):
    settings.SEARCH_RANKED_CANDIDATES = 3
    published(role="Éducateur·rice A", description="Avec le psychologue.")
    published(role="Psychologue clinicien·ne", description="Consultations.")
    published(role="Éducateur·rice B", description="Avec le psychologue.")
    published(role="Psychologue ancien·ne", description="Consultations.")
    api = client.get(reverse("vacancies:api-list") + "?q=psychologue&page_size=2").json()
    assert api["count"] == 4
    roles_first_page = [r["role"] for r in api["results"]]
    assert roles_first_page[0] == "Psychologue clinicien·ne"
    # Page 2 straddles the ranked part and the rest: nothing repeated, nothing lost.
    second = client.get(api["next"]).json()
    listed = roles_first_page + [r["role"] for r in second["results"]]
    assert listed[3] == "Psychologue ancien·ne" and len(set(listed)) == 4


def test_without_a_search_the_form_shows_the_newest_order(client, board):
    page = client.get(reverse("vacancies:list"))
    assert page.context["filter"].form["sort"].value() == "newest"
    searched = client.get(reverse("vacancies:list") + "?q=psychologue")
    assert searched.context["filter"].form["sort"].value() == "relevance"
