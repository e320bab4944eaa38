"""Display helpers for vacancy templates: formatting only, no queries."""

import datetime
from urllib.parse import urlsplit

from django import template
from django.utils import timezone

from ..choices import Language

register = template.Library()

CLOSING_SOON_DAYS = 7
_LANGUAGE_NAMES = dict(Language.choices)


@register.filter
def closes_soon(deadline: datetime.date | None) -> bool:
    """The deadline is today or within the next CLOSING_SOON_DAYS days."""
    if not deadline:
        return False
    days_left = (deadline - timezone.localdate()).days
    return 0 <= days_left <= CLOSING_SOON_DAYS


@register.filter
def has_passed(deadline: datetime.date | None) -> bool:
    return bool(deadline) and deadline < timezone.localdate()


@register.filter
def language_names(codes: str) -> list[str]:
    """'fr nl' → ['French', 'Dutch'] in the active language; unknown codes are shown as written."""
    return [str(_LANGUAGE_NAMES.get(code, code)) for code in (codes or "").split()]


@register.filter
def http_url(url: str) -> str:
    """The URL if it is a web address, else "": a stored javascript: or data: URL never becomes a link."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme.lower() in {"http", "https"} and parts.netloc else ""
