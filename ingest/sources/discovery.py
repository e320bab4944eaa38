"""Finding postings: links on a listing page (by CSS selector or link pattern), entries of a feed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urldefrag, urljoin, urlsplit

import feedparser
from bs4 import BeautifulSoup

_NOT_POSTINGS = re.compile(r"\.(?:css|js|png|jpe?g|gif|svg|ico|webp|woff2?|zip)(?:$|\?)", re.I)


class FeedError(ValueError):
    pass


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str
    published: datetime | None
    summary: str
    entry_id: str


def listing_links(html: bytes | str, base_url: str, *, selector: str = "", pattern: str = "") -> list[str]:
    """Absolute posting links of a listing page, in page order, once each.

    `selector` picks the links (or their containers) by CSS; `pattern` is a regular expression the
    absolute URL must match; with neither, every link to another page of the same site is taken.
    """
    soup = BeautifulSoup(html, "lxml")
    anchors = []
    for node in soup.select(selector) if selector else soup.find_all("a"):
        anchors += [node] if node.name == "a" else node.find_all("a")
    regex = re.compile(pattern) if pattern else None
    base_host, base_path = urlsplit(base_url).netloc, urlsplit(base_url).path
    links: dict[str, None] = {}
    for anchor in anchors:
        href = (anchor.get("href") or "").strip()
        url = urldefrag(urljoin(base_url, href)).url
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or _NOT_POSTINGS.search(parts.path):
            continue
        if regex is not None and not regex.search(url):
            continue
        if (
            not selector
            and regex is None
            and (parts.netloc != base_host or parts.path in ("", "/", base_path))
        ):
            continue
        links[url] = None
    return list(links)


def feed_entries(content: bytes, base_url: str) -> list[FeedEntry]:
    """Entries of an RSS or Atom feed, links made absolute."""
    parsed = feedparser.parse(content)
    if parsed.bozo and not parsed.entries:
        raise FeedError(f"{base_url} is not an RSS or Atom feed; check the address, or add it as a listing")
    entries = []
    for entry in parsed.entries:
        link = entry.get("link") or ""
        if not link:
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        entries.append(
            FeedEntry(
                url=urljoin(base_url, link),
                title=entry.get("title", ""),
                published=datetime(*stamp[:6], tzinfo=UTC) if stamp else None,
                summary=entry.get("summary", ""),
                entry_id=entry.get("id", link),
            )
        )
    return entries
