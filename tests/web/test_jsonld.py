"""JobPosting JSON-LD on open detail pages only, with Google's required and recommended properties."""

import datetime
import json
import re
from decimal import Decimal

import pytest

from tests.web.factories import expired, make_document, past_deadline, published

pytestmark = pytest.mark.django_db

SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)
REQUIRED = {"title", "description", "datePosted", "hiringOrganization", "jobLocation"}
RECOMMENDED = {"validThrough", "employmentType", "baseSalary", "directApply", "identifier"}


def posting(client, vacancy):
    scripts = SCRIPT.findall(client.get(vacancy.get_absolute_url()).text)
    return json.loads(scripts[0]) if scripts else None


def test_open_posting_carries_every_property(client):
    vacancy = published(
        address="Rue des Mimosas 12",
        salary_min=Decimal("3200"),
        salary_max=Decimal("4100"),
        apply_email="jobs@tilleuls.example",
        work_time="full_time",
        contract_type="CDD",
        deadline=datetime.date(2031, 1, 15),
    )
    data = posting(client, vacancy)
    assert data.keys() >= REQUIRED | RECOMMENDED
    assert data["@type"] == "JobPosting"
    assert data["employmentType"] == ["FULL_TIME", "TEMPORARY"]
    # The end of the deadline day in Brussels, whatever the server's time zone (here: winter time).
    assert data["validThrough"] == "2031-01-15T23:59:59+01:00"
    assert data["jobLocation"]["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Rue des Mimosas 12",
        "postalCode": "1000",
        "addressLocality": "Bruxelles",
        "addressRegion": "Bruxelles-Capitale",
        "addressCountry": "BE",
    }
    assert data["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "EUR",
        "value": {"@type": "QuantitativeValue", "unitText": "MONTH", "minValue": 3200.0, "maxValue": 4100.0},
    }
    assert data["directApply"] is True
    assert data["identifier"]["value"] == str(vacancy.pk)
    assert data["hiringOrganization"]["sameAs"].endswith(vacancy.employer.get_absolute_url())


def test_salary_is_left_out_when_unknown(client):
    data = posting(client, published())
    assert "baseSalary" not in data and data["directApply"] is False


@pytest.mark.parametrize("make", [past_deadline, expired], ids=["past-deadline", "expired"])
def test_closed_posting_has_banner_and_no_markup(client, make):
    vacancy = make()
    response = client.get(vacancy.get_absolute_url())
    assert response.status_code == 200
    assert "banner--closed" in response.text
    assert "application/ld+json" not in response.text


def test_hostile_text_cannot_leave_the_script(client):
    vacancy = published(role="</script><script>alert(1)</script>", description="<!-- & </SCRIPT>")
    html = client.get(vacancy.get_absolute_url()).text
    assert "<script>alert(1)" not in html
    data = posting(client, vacancy)
    assert data["title"] == "</script><script>alert(1)</script>"
    assert data["description"] == "<!-- & </SCRIPT>"


@pytest.mark.parametrize("documents", [1, 6])
def test_detail_query_count_is_constant(client, django_assert_num_queries, documents):
    vacancy = published(salary_min=Decimal("3000"))
    for _ in range(documents):
        vacancy.documents.add(make_document())
    client.get(vacancy.get_absolute_url())
    with django_assert_num_queries(QUERIES_PER_DETAIL):
        client.get(vacancy.get_absolute_url())


QUERIES_PER_DETAIL = 2


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"contract_type": "", "work_time": "", "deadline": None},
        {"contract_type": "independant", "work_time": "full_time", "salary_min": Decimal("2800")},
        {"contract_type": "stage", "region": "flandre", "city": "Gent", "postcode": "9000"},
        {"description": "", "apply_url": "https://jobs.example/apply/7"},
    ],
    ids=["typical", "sparse", "independant", "stage-flandre", "no-description"],
)
def test_every_open_detail_page_has_the_required_properties(client, fields):
    data = posting(client, published(**fields))
    assert data.keys() >= REQUIRED | {"employmentType", "directApply", "identifier"}
    assert all(data[key] for key in REQUIRED)
    assert data["jobLocation"]["address"]["addressCountry"] == "BE"
    assert data["employmentType"] and set(data["employmentType"]) <= {
        "FULL_TIME",
        "PART_TIME",
        "CONTRACTOR",
        "TEMPORARY",
        "INTERN",
        "VOLUNTEER",
        "PER_DIEM",
        "OTHER",
    }
