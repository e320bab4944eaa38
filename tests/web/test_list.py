import datetime
import html
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from vacancies.models import Vacancy

from . import factories

pytestmark = pytest.mark.django_db

LIST_URL = reverse("vacancies:list")


def listed(response) -> list[Vacancy]:
    assert response.status_code == 200
    return list(response.context["object_list"])


def ids(response) -> set[int]:
    return {v.pk for v in listed(response)}


def test_default_list_shows_only_published_open_vacancies(client):
    shown = [
        factories.published(),
        factories.published(deadline=None),
        factories.published(deadline=timezone.localdate()),
    ]
    hidden = [factories.past_deadline(), factories.expired(), factories.needs_review(), factories.rejected()]

    response = client.get(LIST_URL)

    assert ids(response) == {v.pk for v in shown}
    content = response.content.decode()
    for vacancy in hidden:
        assert html.escape(vacancy.role) not in content


def test_show_expired_adds_closed_postings_but_never_unpublished_ones(client):
    open_one, past, expired = factories.published(), factories.past_deadline(), factories.expired()
    factories.needs_review()
    factories.rejected()

    assert ids(client.get(LIST_URL, {"show_expired": "1"})) == {open_one.pk, past.pk, expired.pk}
    assert ids(client.get(LIST_URL, {"show_expired": "0"})) == {open_one.pk}


@pytest.mark.parametrize(
    ("param", "value", "matching", "other"),
    [
        ("role_category", "infirmier", {"role_category": "infirmier"}, {"role_category": "psychologue"}),
        ("contract_type", "CDD", {"contract_type": "CDD"}, {"contract_type": "CDI"}),
        ("work_time", "full_time", {"work_time": "full_time"}, {"work_time": "part_time"}),
        ("region", "wallonie", {"region": "wallonie", "city": "Namur"}, {"region": "bruxelles"}),
        ("q", "meandre", {"role": "Éducateur au Méandre"}, {"role": "Psychologue"}),
        (
            "q",
            "LIÈGE psychologue",
            {"role": "Psychologue", "city": "Liège"},
            {"role": "Psychologue", "city": "Mons"},
        ),
    ],
    ids=lambda value: value if isinstance(value, str) else None,
)
def test_each_filter(client, param, value, matching, other):
    wanted = factories.published(**matching)
    factories.published(**other)

    assert ids(client.get(LIST_URL, {param: value})) == {wanted.pk}


def test_languages_filter_requires_every_chosen_language(client):
    bilingual = factories.published(languages="fr nl")
    factories.published(languages="fr")
    factories.published(languages="nl en")
    factories.published(languages="")

    assert ids(client.get(LIST_URL, {"languages": ["fr", "nl"]})) == {bilingual.pk}
    assert len(ids(client.get(LIST_URL, {"languages": "nl"}))) == 2


def test_employer_filter_by_slug(client):
    employer = factories.make_employer(name="Le Méandre ASBL")
    mine = factories.published(employer=employer)
    factories.published()

    assert ids(client.get(LIST_URL, {"employer": employer.slug})) == {mine.pk}


def test_salary_filter_compares_the_top_of_the_range_or_the_single_amount(client):
    range_reaching = factories.published(salary_min=Decimal("2800"), salary_max=Decimal("4200"))
    single_amount = factories.published(salary_min=Decimal("3600"), salary_max=None)
    factories.published(salary_min=Decimal("2500"), salary_max=Decimal("3000"))
    factories.published(salary_min=Decimal("2900"), salary_max=None)
    factories.published(salary_min=None, salary_max=None, pay_scale="IFIC 15")

    assert ids(client.get(LIST_URL, {"salary_min": "3500"})) == {range_reaching.pk, single_amount.pk}


def test_combined_filters(client):
    wanted = factories.published(
        contract_type="CDD", region="wallonie", role="Psychologue", languages="fr nl"
    )
    factories.published(contract_type="CDD", region="bruxelles", role="Psychologue", languages="fr nl")
    factories.published(contract_type="CDI", region="wallonie", role="Psychologue", languages="fr nl")
    factories.published(contract_type="CDD", region="wallonie", role="Infirmier", languages="fr nl")
    factories.published(contract_type="CDD", region="wallonie", role="Psychologue", languages="fr")

    response = client.get(
        LIST_URL,
        {"contract_type": "CDD", "region": "wallonie", "q": "psycho", "languages": ["fr", "nl"]},
    )

    assert ids(response) == {wanted.pk}


@pytest.mark.parametrize(
    "params",
    [
        {"contract_type": "permanent"},
        {"region": "mars"},
        {"role_category": ["psychologue", "nurse"]},
        {"languages": "xx"},
        {"employer": "no-such-employer"},
        {"salary_min": "lots"},
        {"salary_min": "-5"},
        {"salary_min": "1e400"},
        {"salary_min": "9" * 400},
        {"sort": "random()"},
        {"show_expired": "maybe"},
        {"q": "x" * 5000},
        {"q": "nul\x00byte"},
        {"page": "two"},
        {"page": "999"},
        {"unknown": "value"},
    ],
    ids=lambda params: "-".join(params)[:30],
)
def test_bad_parameter_values_are_ignored_not_a_server_error(client, params):
    shown = factories.published()

    response = client.get(LIST_URL, params)

    if "page" in params:
        assert response.status_code == 404  # Django's paginator: a page that does not exist
        return
    # The bad filter is dropped: the page still lists what the other (default) filters select.
    assert ids(response) == {shown.pk}


def test_one_bad_parameter_keeps_the_good_ones(client):
    cdd = factories.published(contract_type="CDD")
    factories.published(contract_type="CDI")

    assert ids(client.get(LIST_URL, {"contract_type": "CDD", "region": "atlantis"})) == {cdd.pk}


@pytest.mark.parametrize(
    "q", ["<script>alert(1)</script>", "'; DROP TABLE vacancies_vacancy; --", '" onfocus="x']
)
def test_hostile_search_strings_are_escaped_and_harmless(client, q):
    factories.published()

    response = client.get(LIST_URL, {"q": q})

    assert response.status_code == 200
    content = response.content.decode()
    assert q not in content or q == html.escape(q)
    assert "<script>alert(1)</script>" not in content
    assert html.escape(q) in content  # echoed back in the search box, escaped
    assert Vacancy.objects.count() == 1


def test_pagination_keeps_the_filters(client, settings):
    for _ in range(settings.PAGE_SIZE + 3):
        factories.published(contract_type="CDD", region="wallonie")
    factories.published(contract_type="CDI")

    first = client.get(LIST_URL, {"contract_type": "CDD", "region": "wallonie"})
    assert len(listed(first)) == settings.PAGE_SIZE
    assert first.context["paginator"].count == settings.PAGE_SIZE + 3
    content = first.content.decode()
    assert 'href="?contract_type=CDD&amp;region=wallonie&amp;page=2"' in content

    second = client.get(LIST_URL, {"contract_type": "CDD", "region": "wallonie", "page": 2})
    assert len(listed(second)) == 3
    assert 'href="?contract_type=CDD&amp;region=wallonie&amp;page=1"' in second.content.decode()


def test_result_count_is_shown(client):
    factories.published()
    factories.published()

    assert "2 offres d’emploi" in client.get(LIST_URL).content.decode()


def test_default_order_is_newest_first(client):
    now = timezone.now()
    old = factories.published(published_at=now - datetime.timedelta(days=5))
    new = factories.published(published_at=now - datetime.timedelta(hours=1))
    middle = factories.published(published_at=now - datetime.timedelta(days=1))

    assert [v.pk for v in listed(client.get(LIST_URL))] == [new.pk, middle.pk, old.pk]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("deadline", ["soon", "later", "single", "none"]),
        ("salary", ["later", "single", "soon", "none"]),
        ("newest", ["single", "none", "later", "soon"]),
    ],
)
def test_sort_orders(client, sort, expected):
    today, now = timezone.localdate(), timezone.now()
    made = {
        "soon": factories.published(
            deadline=today + datetime.timedelta(days=2),
            salary_max=Decimal("3000"),
            published_at=now - datetime.timedelta(days=3),
        ),
        "later": factories.published(
            deadline=today + datetime.timedelta(days=20),
            salary_max=Decimal("4500"),
            published_at=now - datetime.timedelta(days=2),
        ),
        "none": factories.published(
            deadline=None, salary_max=None, published_at=now - datetime.timedelta(days=1)
        ),
        "single": factories.published(  # one amount only, stored as salary_min
            deadline=None,
            salary_min=Decimal("3500"),
            salary_max=None,
            published_at=now - datetime.timedelta(hours=1),
        ),
    }

    order = [v.pk for v in listed(client.get(LIST_URL, {"sort": sort}))]

    assert order == [made[name].pk for name in expected]


def test_cards_show_the_facts(client):
    factories.published(
        role="Psychologue clinicien·ne",
        employer=factories.make_employer(name="SSM Le Méandre"),
        city="Ixelles",
        contract_type="CDD",
        work_time="part_time",
        hours_per_week=Decimal("19"),
        fte=Decimal("0.5"),
        salary_min=Decimal("3245.50"),
        salary_max=Decimal("4100"),
        deadline=timezone.localdate() + datetime.timedelta(days=3),
    )
    factories.published(role="Infirmier", salary_min=None, salary_max=None, pay_scale="IFIC 14")

    content = client.get(LIST_URL).content.decode()

    for text in [
        "Psychologue clinicien·ne",
        "SSM Le Méandre",
        "Ixelles",
        "CDD",
        "Temps partiel · 19 h/sem · 0,5 ETP",
        "3\xa0245,50 – 4\xa0100 € brut par mois",
        "Barème IFIC 14",
        "Clôture proche",
    ]:
        assert text in content, text


def test_closing_soon_mark_only_within_seven_days(client):
    today = timezone.localdate()
    factories.published(deadline=today + datetime.timedelta(days=8))

    assert "Clôture proche" not in client.get(LIST_URL).content.decode()


@pytest.mark.parametrize("count", [5, 25])
def test_constant_number_of_queries(client, django_assert_num_queries, count):
    for i in range(count):
        factories.published(employer=factories.make_employer(name=f"Employeur {i}"))

    # count + the page's ids + those vacancies with their employers + the facet aggregate + top employers
    with django_assert_num_queries(5):
        response = client.get(LIST_URL, {"contract_type": "CDI", "languages": "fr"})
    assert len(listed(response)) == min(count, 20)


@pytest.mark.parametrize("count", [5, 25])
def test_constant_number_of_queries_for_a_search(client, django_assert_num_queries, count):
    for i in range(count):
        factories.published(employer=factories.make_employer(name=f"Employeur {i}"), role=f"Psychologue {i}")

    # count + the ranked page with its employers + the facet aggregate + top employers
    with django_assert_num_queries(4):
        response = client.get(LIST_URL, {"q": "psychologue", "region": "bruxelles"})
    assert len(listed(response)) == min(count, 20)


def test_counts_of_a_search_are_kept_for_a_minute(client, django_assert_num_queries, settings):
    settings.LIST_CACHE_SECONDS = 60
    from django.core.cache import cache

    cache.clear()
    factories.published(contract_type="CDI")
    client.get(LIST_URL, {"contract_type": "CDI"})
    with django_assert_num_queries(2):  # the page's ids and rows; count and facets come from the cache
        response = client.get(LIST_URL, {"contract_type": "CDI", "page": 1})
    assert len(listed(response)) == 1
    cache.clear()
