"""The list's counts and facet counts, kept LIST_CACHE_SECONDS and shared by every visitor.

Every cached value is filed under the current generation; any change to a vacancy or an employer starts
a new generation, so a curator's fix or a finished import shows at once instead of after the delay.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache

T = TypeVar("T")
GENERATION_KEY = "list-generation"


def cached(key: str, compute: Callable[[], T]) -> T:
    seconds = settings.LIST_CACHE_SECONDS
    if not seconds:
        return compute()
    key = f"{key}:{cache.get_or_set(GENERATION_KEY, 1, timeout=None)}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds)
    return value


def forget_lists(**_signal_arguments) -> None:
    """Start a new generation: every list computes its counts afresh."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # never set, or evicted
        cache.set(GENERATION_KEY, 1, timeout=None)
