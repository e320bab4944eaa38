"""The board reached from outside: the JSON API, RSS/Atom feeds, JobPosting markup, employer pages,
sitemap and robots.txt."""

import json
import re
from decimal import Decimal

import feedparser
import pytest
from django.urls import reverse

from . import factories

pytestmark = pytest.mark.django_db

LIST = reverse("vacancies:list")
API = reverse("vacancies:api-list")
SEARCHES = [
    "",
    "contract_type=CDI",
    "region=wallonie",
    "q=psychologue",
    "contract_type=CDI&region=bruxelles&sort=deadline",
    "show_expired=1",
    "salary_min=3000",
    "contract_type=nonsense&region=wallonie",  # a bad value drops its own filter only
    "languages=nl",
]


@pytest.fixture
def board():
    factories.published(
        role="Psychologue clinicien·ne", contract_type="CDI", region="bruxelles", salary_min=Decimal("3400")
    )
    factories.published(
        role="Assistant·e social·e", contract_type="CDD", region="wallonie", city="Namur", postcode="5000"
    )
    factories.published(role="Infirmier·ère", contract_type="CDI", region="wallonie", languages="fr nl")
    factories.expired(role="Psychologue pour enfants", contract_type="CDI", region="bruxelles")
    factories.needs_review(role="Psychologue en attente")


def html_ids(client, query: str) -> list[int]:
    page = client.get(f"{LIST}?{query}").content.decode()
    return [int(pk) for pk in re.findall(r'href="/vacancies/(\d+)/"', page)]


@pytest.mark.parametrize("query", SEARCHES)
def test_the_api_returns_exactly_what_the_list_shows(client, board, query):
    body = client.get(f"{API}?{query}").json()
    assert [item["id"] for item in body["results"]] == html_ids(client, query)
    assert body["count"] == len(body["results"])


def test_api_items_use_the_schema_codes_and_absolute_urls(client, board):
    response = client.get(f"{API}?contract_type=CDI&region=bruxelles")
    assert response["Access-Control-Allow-Origin"] == "*"
    (item,) = response.json()["results"]
    assert (item["contract_type"], item["region"], item["work_time"], item["languages"]) == (
        "CDI",
        "bruxelles",
        "part_time",
        ["fr"],
    )
    assert item["salary_min"] == 3400.0 and item["url"].startswith("http://testserver/vacancies/")
    assert item["employer"]["url"].startswith("http://testserver/employers/")


def test_api_pages_and_says_which_parameter_it_ignored(client, board):
    body = client.get(f"{API}?page_size=2&region=nowhere").json()
    assert (body["count"], body["pages"], len(body["results"])) == (3, 2, 2)
    assert "page=2" in body["next"] and "region" in body["errors"]
    assert client.get(f"{API}?page=999").json()["page"] == 1


@pytest.mark.parametrize("kind", ["feed-rss", "feed-atom"])
def test_feeds_follow_a_search_and_parse(client, board, kind):
    response = client.get(reverse(f"vacancies:{kind}") + "?region=wallonie")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.bozo_exception
    titles = sorted(entry.title.split(" – ")[0] for entry in parsed.entries)
    assert titles == ["Assistant·e social·e", "Infirmier·ère"]
    assert all(entry.link.startswith("http://testserver/vacancies/") for entry in parsed.entries)


def job_posting(client, vacancy) -> dict | None:
    page = client.get(vacancy.get_absolute_url()).content.decode()
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return json.loads(match.group(1)) if match else None


REQUIRED = {"@context", "@type", "title", "description", "datePosted", "hiringOrganization", "jobLocation"}
RECOMMENDED = {"validThrough", "employmentType", "identifier", "directApply", "baseSalary"}


def test_job_posting_markup_has_googles_required_and_recommended_properties(client):
    vacancy = factories.published(
        salary_min=Decimal("3200"),
        salary_max=Decimal("3900"),
        apply_email="jobs@ssm.example",
        address="Rue Haute 4",
    )
    data = job_posting(client, vacancy)
    assert set(data) >= REQUIRED | RECOMMENDED
    assert data["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "EUR",
        "value": {"@type": "QuantitativeValue", "unitText": "MONTH", "minValue": 3200.0, "maxValue": 3900.0},
    }
    assert data["jobLocation"]["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Rue Haute 4",
        "postalCode": "1000",
        "addressLocality": "Bruxelles",
        "addressRegion": "Bruxelles-Capitale",
        "addressCountry": "BE",
    }
    assert data["employmentType"] == ["PART_TIME"] and data["directApply"] is True
    assert data["validThrough"].endswith("T23:59:59+01:00") or data["validThrough"].endswith(
        "T23:59:59+02:00"
    )


def test_every_open_detail_page_carries_valid_markup(client, board):
    from vacancies.models import Vacancy

    for vacancy in Vacancy.objects.visible():
        assert set(job_posting(client, vacancy)) >= REQUIRED


def test_closed_offers_keep_their_page_and_banner_without_markup(client):
    for vacancy in (factories.expired(), factories.past_deadline()):
        response = client.get(vacancy.get_absolute_url())
        assert response.status_code == 200 and "closed" in response.content.decode().lower()
        assert job_posting(client, vacancy) is None


def test_hostile_text_cannot_leave_the_markup(client):
    vacancy = factories.published(role="</script><script>alert(1)</script>", description="<!-- & </SCRIPT>")
    page = client.get(vacancy.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert job_posting(client, vacancy)["title"] == "</script><script>alert(1)</script>"


def test_detail_pages_have_a_canonical_url_and_open_graph_tags(client):
    vacancy = factories.published()
    page = client.get(vacancy.get_absolute_url() + "?utm_source=x").content.decode()
    assert f'<link rel="canonical" href="http://testserver{vacancy.get_absolute_url()}">' in page
    assert 'property="og:title"' in page and 'property="og:url"' in page


def test_an_employer_page_lists_its_open_offers_only(client):
    employer = factories.make_employer(name="ASBL Le Méandre")
    open_offer = factories.published(employer=employer, role="Éducateur·rice")
    closed = factories.expired(employer=employer, role="Ancienne offre")
    page = client.get(employer.get_absolute_url()).content.decode()
    assert open_offer.role in page and closed.role not in page and "ASBL Le Méandre" in page
    assert client.get(open_offer.get_absolute_url()).content.decode().count(employer.get_absolute_url()) >= 1


def test_sitemap_and_robots(client, board):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert sitemap.count("<url>") == 4 + 4  # 4 public vacancies (open and closed) and their 4 employers
    from vacancies.models import Vacancy

    waiting = Vacancy.objects.get(status="needs_review")
    assert f"{waiting.get_absolute_url()}<" not in sitemap
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in robots and "Sitemap: http://testserver/sitemap.xml" in robots


@pytest.mark.parametrize("documents", [1, 6])
def test_a_detail_page_runs_a_constant_number_of_queries(client, django_assert_num_queries, documents):
    vacancy = factories.published()
    for _ in range(documents):
        vacancy.documents.add(factories.make_document())
    with django_assert_num_queries(2):  # the vacancy with its employer, and its documents
        assert client.get(vacancy.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("size", [2, 50])
def test_the_api_runs_a_constant_number_of_queries(client, django_assert_num_queries, size):
    for n in range(size):
        factories.published(employer=factories.make_employer(name=f"Employeur {n}"))
    with django_assert_num_queries(2):  # count and page
        assert len(client.get(API, {"page_size": size}).json()["results"]) == size
