"""sitemap.xml lists public vacancies and employers; robots.txt points to it."""

import pytest
from django.urls import reverse

from tests.web.factories import expired, needs_review, published

pytestmark = pytest.mark.django_db


def test_sitemap_lists_public_pages_only(client):
    shown, waiting = published(), needs_review()
    body = client.get(reverse("sitemap")).text
    assert f"http://testserver{shown.get_absolute_url()}" in body
    assert f"http://testserver{shown.employer.get_absolute_url()}" in body
    assert waiting.get_absolute_url() not in body


def test_closed_vacancies_stay_in_the_sitemap(client):
    # A closed offer keeps its page (with a banner), so it is not dropped from the index.
    closed = expired()
    assert closed.get_absolute_url() in client.get(reverse("sitemap")).text


def test_robots_points_to_sitemap_and_keeps_crawlers_out_of_admin(client):
    body = client.get("/robots.txt").text
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body
