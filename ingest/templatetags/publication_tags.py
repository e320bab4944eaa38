"""Where else a vacancy is published: the origins of the documents merged into it besides its own."""

from __future__ import annotations

from django import template

from vacancies.models import SourceDocument, Vacancy

register = template.Library()


@register.filter
def also_published_at(vacancy: Vacancy) -> list[SourceDocument]:
    """One document per other origin, newest read first (uses the prefetched documents when present)."""
    own_origin = vacancy.source_key.rsplit("#", 1)[0]
    seen = {own_origin}
    others = []
    for document in sorted(vacancy.documents.all(), key=lambda d: d.read_at, reverse=True):
        if document.origin not in seen:
            seen.add(document.origin)
            others.append(document)
    return others
