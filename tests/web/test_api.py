"""The JSON API returns exactly what the HTML list shows, with SCHEMA.md's names and codes."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse

from tests.web.factories import expired, make_employer, needs_review, published

pytestmark = pytest.mark.django_db

DETAIL_LINK = re.compile(r'href="/vacancies/(\d+)/"')


@pytest.fixture
def board():
    home = make_employer(name="Maison d'accueil Les Tilleuls")
    published(
        role="Psychologue", contract_type="CDI", work_time="full_time", region="bruxelles", employer=home
    )
    published(role="Éducateur", contract_type="CDD", region="wallonie", city="Namur", postcode="5000")
    published(role="Verpleegkundige", contract_type="CDI", region="flandre", city="Gent", languages="nl")
    published(role="Assistant social", contract_type="CDD", region="bruxelles", salary_min=Decimal("3200"))
    expired(role="Logopède fermé")
    needs_review(role="Infirmier à relire")
    return home


def html_ids(client, params):
    return [int(pk) for pk in DETAIL_LINK.findall(client.get(reverse("vacancies:list"), params).text)]


def api_ids(client, params):
    return [item["id"] for item in client.get(reverse("vacancies:api-list"), params).json()["results"]]


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"contract_type": "CDI"},
        {"region": "bruxelles"},
        {"contract_type": "CDD", "region": "bruxelles"},
        {"region": "nowhere"},
    ],
    ids=["all", "cdi", "bruxelles", "cdd-bruxelles", "bad-value"],
)
def test_api_filters_match_the_html_list(client, board, params):
    assert api_ids(client, params) == html_ids(client, params)


def test_api_uses_schema_codes_and_absolute_urls(client, board):
    response = client.get(reverse("vacancies:api-list"), {"contract_type": "CDI", "region": "bruxelles"})
    assert response["Access-Control-Allow-Origin"] == "*"
    item = response.json()["results"][0]
    assert item["contract_type"] == "CDI"
    assert item["region"] == "bruxelles"
    assert item["work_time"] == "full_time"
    assert item["languages"] == ["fr"]
    assert item["url"] == f"http://testserver/vacancies/{item['id']}/"
    assert item["employer"] == {
        "name": "Maison d'accueil Les Tilleuls",
        "url": f"http://testserver{board.get_absolute_url()}",
    }
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["deadline"])


def test_api_is_paginated_with_bounded_page_size(client, board):
    first = client.get(reverse("vacancies:api-list"), {"page_size": 3}).json()
    assert first["count"] == 4 and len(first["results"]) == 3 and first["previous"] is None
    second = client.get(first["next"]).json()
    assert len(second["results"]) == 1 and second["next"] is None
    huge = client.get(reverse("vacancies:api-list"), {"page_size": 10_000, "page": "x"}).json()
    assert huge["page"] == 1 and len(huge["results"]) == 4


def test_api_rejects_writes(client):
    assert client.post(reverse("vacancies:api-list")).status_code == 405


def test_api_query_count_does_not_grow_with_page_size(client, django_assert_max_num_queries):
    for _ in range(12):
        published()
    client.get(reverse("vacancies:api-list"), {"page_size": 1})  # warm caches (sessions, content types)
    with django_assert_max_num_queries(6) as small:
        client.get(reverse("vacancies:api-list"), {"page_size": 1})
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get(reverse("vacancies:api-list"), {"page_size": 12})
