"""The one FilterSet of the public list: every GET parameter is named after the field it filters."""

import django_filters
from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from .choices import ContractType, Language, Region, RoleCategory, WorkTime
from .models import Employer, Vacancy
from .ranking import RelevanceRanked

SORT_CHOICES = [
    ("relevance", _("Best match")),
    ("newest", _("Newest first")),
    ("deadline", _("Closing soonest")),
    ("salary", _("Highest salary")),
]


class TruthyCheckbox(forms.CheckboxInput):
    """A checkbox reading "1", "true", "on" and "yes" as ticked and anything else as not ticked.

    Django's CheckboxInput reads any non-empty string, "0" included, as ticked.
    """

    def __init__(self, attrs=None):
        super().__init__(attrs={"value": "1", **(attrs or {})})

    def value_from_datadict(self, data, files, name):
        return str(data.get(name, "")).strip().lower() in {"1", "true", "on", "yes"}


class VacancyFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"),
        method="filter_q",
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("e.g. psychologue Liège")}),
    )
    role_category = django_filters.ChoiceFilter(
        label=_("Profession"), field_name="role_category", choices=RoleCategory.choices, empty_label=_("Any")
    )
    contract_type = django_filters.ChoiceFilter(
        label=_("Contract"), field_name="contract_type", choices=ContractType.choices, empty_label=_("Any")
    )
    work_time = django_filters.ChoiceFilter(
        label=_("Working time"), field_name="work_time", choices=WorkTime.choices, empty_label=_("Any")
    )
    region = django_filters.ChoiceFilter(
        label=_("Region"), field_name="region", choices=Region.choices, empty_label=_("Any")
    )
    doc_lang = django_filters.ChoiceFilter(
        label=_("Language of the posting"),
        field_name="doc_lang",
        choices=[("fr", _("French")), ("nl", _("Dutch")), ("en", _("English"))],
        empty_label=_("Any"),
    )
    languages = django_filters.MultipleChoiceFilter(
        label=_("Required languages"),
        choices=Language.choices,
        method="filter_languages",
        widget=forms.CheckboxSelectMultiple,
    )
    # By slug, as employer pages link to it; a select of every employer would weigh on each page load.
    employer = django_filters.CharFilter(
        label=_("Employer"), method="filter_employer", max_length=320, widget=forms.HiddenInput
    )
    salary_min = django_filters.NumberFilter(
        label=_("Minimum monthly gross salary (€)"),
        method="filter_salary_min",
        min_value=0,
        max_value=1_000_000,
        decimal_places=2,
    )
    salary_unknown = django_filters.BooleanFilter(
        label=_("Also show offers that do not state their pay"),
        method="filter_salary_unknown",
        widget=TruthyCheckbox,
    )
    show_expired = django_filters.BooleanFilter(
        label=_("Include closed postings"), method="filter_show_expired", widget=TruthyCheckbox
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"), choices=SORT_CHOICES, method="filter_sort", empty_label=None
    )

    class Meta:
        model = Vacancy
        fields: list[str] = []

    def __init__(self, data=None, *args, **kwargs):
        # Always bound: show_expired decides the default visibility, so its filter must run even when
        # the page is opened without any parameter (an unbound FilterSet skips every filter).
        data = data.copy() if data is not None else QueryDict(mutable=True)
        if not data.get("sort"):
            # The form shows the order actually used: best match for a search, newest otherwise.
            data["sort"] = "relevance" if data.get("q") else "newest"
        super().__init__(data, *args, **kwargs)

    def filter_employer(self, queryset, name, value):
        employer = Employer.objects.filter(slug=value).only("pk").first()
        return queryset.filter(employer=employer) if employer else queryset

    def filter_q(self, queryset, name, value):
        return queryset.search(value)

    def filter_languages(self, queryset, name, value):
        for code in value:
            queryset = queryset.with_language(code)
        return queryset

    def filter_salary_min(self, queryset, name, value):
        if self.form.cleaned_data.get("salary_unknown"):
            return queryset.paying_at_least(value) | queryset.pay_unknown()
        return queryset.paying_at_least(value)

    def filter_salary_unknown(self, queryset, name, value):
        return queryset  # read by filter_salary_min

    def filter_show_expired(self, queryset, name, value):
        return queryset if value else queryset.visible()

    def filter_sort(self, queryset, name, value):
        return queryset if value == "relevance" else queryset.ordered(value)

    def results(self):
        """`qs` in the order to show: a search is best match first unless another order is asked for.
        `qs` itself stays a plain QuerySet of every match (facets and feeds build on it)."""
        queryset = self.qs  # validates the form: cleaned_data holds every valid field
        data = self.form.cleaned_data
        if data.get("q") and data.get("sort") in (None, "", "relevance"):
            return RelevanceRanked(queryset, data["q"])
        return queryset
