"""The list's cached facets and counts: shared between visitors, never across languages or sort orders."""

import os
from urllib.parse import urlsplit

import pytest
import redis
from django.urls import reverse

from . import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached_list(settings):
    settings.LIST_CACHE_SECONDS = 60
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "h5a"}
    }
    factories.published(region="wallonie")
    yield
    from django.core.cache import cache

    cache.clear()


def test_cached_facets_speak_the_visitors_language(client, cached_list):
    url = reverse("vacancies:list")
    assert "Wallonie" in client.get(url, headers={"accept-language": "fr"}).content.decode()
    page = client.get(url, headers={"accept-language": "nl"}).content.decode()
    assert "Wallonië" in page
    assert "Wallonie (" not in page


def test_cached_facet_links_keep_the_visitors_sort(client, cached_list):
    url = reverse("vacancies:list")
    client.get(url)
    page = client.get(url + "?sort=deadline").content.decode()
    assert 'href="?sort=deadline&amp;region=wallonie"' in page


def test_a_change_shows_at_once_despite_the_cache(client, cached_list):
    url = reverse("vacancies:list")
    assert client.get(url).context["paginator"].count == 1
    vacancy = factories.published(region="bruxelles")
    assert client.get(url).context["paginator"].count == 2
    vacancy.delete()
    page = client.get(url)
    assert page.context["paginator"].count == 1
    assert "bruxelles" not in {item.value for _, name, values in page.context["facets"] for item in values}


def test_counts_are_served_from_the_cache_until_something_changes(
    client, cached_list, django_assert_num_queries
):
    url = reverse("vacancies:list")
    client.get(url)
    with django_assert_num_queries(2):  # the page's ids and rows only
        client.get(url)


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs Redis (REDIS_URL)")
def test_web_workers_share_the_counts_through_redis(client, settings):
    # Database 9 of the test Redis: the broker's database is never flushed.
    location = urlsplit(os.environ["REDIS_URL"])._replace(path="/9").geturl()
    settings.LIST_CACHE_SECONDS = 60
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": location}
    }
    from django.core.cache import cache

    cache.clear()
    try:
        factories.published()
        url = reverse("vacancies:list")
        assert client.get(url).context["paginator"].count == 1
        keys = redis.Redis.from_url(location).keys("*list-count*")
        assert keys, "the count was not stored in Redis"
        factories.published()
        assert client.get(url).context["paginator"].count == 2
    finally:
        cache.clear()
