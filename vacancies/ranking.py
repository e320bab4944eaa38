"""Search results best match first, without ranking every match.

Ranking a word found in most vacancies ("santé mentale") means computing ts_rank on tens of thousands
of rows for every page. Instead the newest SEARCH_RANKED_CANDIDATES matches are ranked and shown first; the
older matches follow in newest-first order. Because the candidates are exactly the first positions of
the newest-first order, position n >= SEARCH_RANKED_CANDIDATES of this ordering is position n of that one:
deep pages need no ranking, and the count is the count of every match, not of the candidates.
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import QuerySet


class RelevanceRanked:
    """A sliceable, countable sequence the Paginator accepts in place of a QuerySet."""

    ordered = True

    def __init__(self, matches: QuerySet, q: str, candidates: int | None = None):
        self.newest = matches.ordered("newest")
        self.q = q
        self.candidates = candidates if candidates is not None else settings.SEARCH_RANKED_CANDIDATES
        self.model = matches.model
        # The count's cache key (see CachedCountPaginator): the same matches, whatever their order.
        self.query = self.newest.query

    def count(self) -> int:
        return self.newest.count()

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, key):
        if isinstance(key, int):
            found = self[key : key + 1]
            if not found:
                raise IndexError(key)
            return found[0]
        start, stop = key.start or 0, key.stop
        if key.step not in (None, 1) or start < 0 or stop is None or stop < 0:
            raise ValueError("RelevanceRanked takes plain [start:stop] slices")
        rows = []
        if start < self.candidates:
            ranked = self.newest.by_relevance(self.q, candidates=self.candidates)
            rows += list(ranked[start : min(stop, self.candidates)])
        if stop > self.candidates:
            rows += self._newest_rows(max(start, self.candidates), stop)
        return rows

    def _newest_rows(self, start: int, stop: int) -> list:
        # Ids first (an index-only walk past the offset), then those rows only.
        ids = list(self.newest.values_list("pk", flat=True)[start:stop])
        found = {row.pk: row for row in self.newest.filter(pk__in=ids).order_by()}
        return [found[pk] for pk in ids if pk in found]
