"""RSS and Atom feeds of a search: /feeds/rss/ and /feeds/atom/ take the list's GET parameters."""

from __future__ import annotations

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from .listing import filtered

FEED_ITEMS = 50


class VacancyFeed(Feed):
    def get_object(self, request, *args, **kwargs):
        self._params = request.GET.copy()
        return filtered(request.GET, request=request)

    def title(self, filterset):
        query = self._params.get("q", "").strip()
        base = _("Mental-health job offers in Belgium")
        return f"{base} – {query}" if query else base

    def link(self, filterset):
        query = self._params.urlencode()
        return reverse("vacancies:list") + (f"?{query}" if query else "")

    def description(self, filterset):
        return _("New job offers matching this search, newest first.")

    def items(self, filterset):
        return filterset.qs.ordered("newest")[:FEED_ITEMS]

    def item_title(self, vacancy):
        return f"{vacancy.role} – {vacancy.employer.name}" if vacancy.employer_id else vacancy.role

    def item_description(self, vacancy):
        parts = [vacancy.get_contract_type_display(), vacancy.get_work_time_display(), vacancy.city]
        if vacancy.deadline:
            parts.append(_("apply by %(date)s") % {"date": vacancy.deadline.strftime("%d/%m/%Y")})
        return " · ".join(p for p in parts if p)

    def item_pubdate(self, vacancy):
        return vacancy.published_at

    def item_updateddate(self, vacancy):
        return vacancy.updated_at

    def item_author_name(self, vacancy):
        return vacancy.employer.name if vacancy.employer_id else None


class AtomVacancyFeed(VacancyFeed):
    feed_type = Atom1Feed
    subtitle = VacancyFeed.description
