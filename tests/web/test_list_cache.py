"""The list's cached facets and counts: shared between visitors, never across languages or sort orders."""

import pytest
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
