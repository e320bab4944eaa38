"""Display helpers for vacancy templates: formatting only, no queries."""

import datetime
from decimal import Decimal, InvalidOperation
from urllib.parse import urlsplit

from django import template
from django.utils import timezone
from django.utils.formats import number_format

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
def short_number(value) -> str:
    """19.00 → "19", 0.50 → "0,5" in French: as many decimals as the value needs, localised."""
    if value in (None, ""):
        return ""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    text = f"{number:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return number_format(Decimal(text), use_l10n=True)


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
