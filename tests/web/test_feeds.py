"""RSS and Atom feeds of a search parse with a real feed parser and follow the list's filters."""

import feedparser
import pytest
from django.urls import reverse

from tests.web.factories import expired, published

pytestmark = pytest.mark.django_db


@pytest.fixture
def board():
    return {
        "cdi": published(role="Psychologue", contract_type="CDI"),
        "cdd": published(role="Éducatrice", contract_type="CDD"),
        "closed": expired(role="Logopède fermé"),
    }


@pytest.mark.parametrize("name", ["vacancies:feed-rss", "vacancies:feed-atom"])
def test_feed_parses_and_links_to_detail_pages(client, board, name):
    feed = feedparser.parse(client.get(reverse(name)).content)
    assert not feed.bozo, feed.get("bozo_exception")
    links = {entry.link for entry in feed.entries}
    assert links == {f"http://testserver{board[k].get_absolute_url()}" for k in ("cdi", "cdd")}


@pytest.mark.parametrize("name", ["vacancies:feed-rss", "vacancies:feed-atom"])
def test_feed_follows_the_search(client, board, name):
    feed = feedparser.parse(client.get(reverse(name), {"contract_type": "CDD", "q": "éducatrice"}).content)
    assert [entry.title for entry in feed.entries] == [f"Éducatrice – {board['cdd'].employer.name}"]
    assert "éducatrice" in feed.feed.title
