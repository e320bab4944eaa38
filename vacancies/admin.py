"""Curation admin: a curator checks each extracted value against its evidence and the original text."""

import json
import logging
from decimal import Decimal

from django.conf import settings
from django.contrib import admin, messages
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from .models import Employer, SourceDocument, Vacancy

logger = logging.getLogger(__name__)

# The Vacancy fields the extractor fills, in the order a curator reads them. A curator's edit to one of
# these is recorded in Vacancy.curated_fields so that re-parsing the source leaves it alone.
# fmt: off
EXTRACTED_FIELDS = (
    "role", "role_category", "employer", "employer_unit",
    "contract_type", "work_time", "hours_per_week", "fte",
    "salary_min", "salary_max", "pay_min", "pay_max", "pay_period", "pay_basis", "pay_scale",
    "deadline", "start_date", "start_asap", "address", "postcode", "city", "region",
    "languages", "apply_email", "apply_url", "contact_person", "doc_lang", "description",
)
# fmt: on
# Confidence at or above this shows green; below the review threshold it shows red.
HIGH_CONFIDENCE = 0.85


def _as_dict(value) -> dict:
    return value if isinstance(value, dict) else {}


def _as_float(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number else None  # NaN is not a confidence


def lowest_confidence(vacancy: Vacancy) -> float | None:
    values = [v for v in map(_as_float, _as_dict(vacancy.confidence).values()) if v is not None]
    return min(values) if values else None


def confidence_badge(value: float | None):
    if value is None:
        return "—"
    if value < settings.INGEST_REVIEW_THRESHOLD:
        level = "low"
    elif value < HIGH_CONFIDENCE:
        level = "medium"
    else:
        level = "high"
    return format_html('<span class="confidence confidence--{}">{}</span>', level, f"{value:.0%}")


class DeadlinePassedFilter(admin.SimpleListFilter):
    title = _("deadline passed")
    parameter_name = "deadline_passed"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No (or no deadline)"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.past_deadline()
        if self.value() == "no":
            return queryset.open()
        return queryset


@admin.register(Vacancy)
class VacancyAdmin(admin.ModelAdmin):
    list_display = [
        "role",
        "employer",
        "city",
        "contract_type",
        "work_time",
        "deadline",
        "status",
        "lowest_confidence_display",
    ]
    list_filter = ["status", "role_category", "contract_type", "work_time", "region", DeadlinePassedFilter]
    search_fields = ["role", "employer__name", "city", "description"]
    list_select_related = ["employer"]
    list_per_page = 50
    date_hierarchy = "created_at"
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    autocomplete_fields = ["employer"]
    actions = [
        "publish_selected",
        "reject_selected",
        "send_to_review_selected",
        "forget_curated_fields",
        "merge_selected",
        "split_documents",
    ]
    readonly_fields = [
        "extraction_review",
        "source_text",
        "status",
        "published_at",
        "curated_fields",
        "source_key",
        "position_index",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (_("Extraction review"), {"fields": ["extraction_review"], "classes": ["curation-review"]}),
        (_("Posting"), {"fields": ["role", "role_category", ("employer", "employer_unit"), "description"]}),
        (
            _("Contract and pay"),
            {
                "fields": [
                    ("contract_type", "work_time"),
                    ("hours_per_week", "fte"),
                    ("salary_min", "salary_max"),
                    ("pay_min", "pay_max"),
                    ("pay_period", "pay_basis"),
                    "pay_scale",
                ]
            },
        ),
        (
            _("Dates and place"),
            {"fields": ["deadline", ("start_date", "start_asap"), "address", ("postcode", "city"), "region"]},
        ),
        (
            _("Applying"),
            {"fields": ["languages", "apply_email", "apply_url", "contact_person", "doc_lang"]},
        ),
        (
            _("Status"),
            {
                "fields": [
                    "status",
                    "review_reason",
                    "published_at",
                    "curated_fields",
                    "source_key",
                    "position_index",
                    ("created_at", "updated_at"),
                ]
            },
        ),
        (_("Source document"), {"fields": ["source_text"], "classes": ["curation-source"]}),
    ]

    class Media:
        css = {"all": ["css/admin-curation.css"]}

    @admin.display(description=_("lowest confidence"))
    def lowest_confidence_display(self, obj):
        return confidence_badge(lowest_confidence(obj))

    @admin.display(description=_("Confidence and evidence per field"))
    def extraction_review(self, obj):
        confidence, evidence = _as_dict(obj.confidence), _as_dict(obj.evidence)
        curated = set(obj.curated_fields) if isinstance(obj.curated_fields, list) else set()
        extra = sorted((set(confidence) | set(evidence)) - set(EXTRACTED_FIELDS))
        rows = []
        for name in (*EXTRACTED_FIELDS, *extra):
            details = evidence.get(name)
            details = details if isinstance(details, dict) else {"evidence": details or ""}
            score = _as_float(confidence.get(name, details.get("confidence")))
            value = self._display_value(obj, name, details)
            if not value and score is None and not details.get("evidence"):
                continue
            rows.append(
                (
                    "curated" if name in curated else "",
                    name,
                    gettext("curated") if name in curated else "",
                    value,
                    confidence_badge(score),
                    str(details.get("evidence") or ""),
                    str(details.get("strategy") or ""),
                )
            )
        if not rows:
            return gettext("Nothing extracted.")
        body = format_html_join(
            "",
            '<tr class="{}"><th scope="row">{} <em>{}</em></th><td>{}</td><td>{}</td>'
            '<td class="evidence">{}</td><td>{}</td></tr>',
            rows,
        )
        return format_html(
            '<table class="extraction-review"><thead><tr><th scope="col">{}</th><th scope="col">{}</th>'
            '<th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th></tr></thead>'
            "<tbody>{}</tbody></table>",
            gettext("Field"),
            gettext("Value"),
            gettext("Confidence"),
            gettext("Evidence"),
            gettext("Strategy"),
            body,
        )

    @staticmethod
    def _display_value(obj, name: str, details: dict) -> str:
        if not hasattr(obj, name):
            raw = details.get("value")
            return "" if raw is None else str(raw)
        display = getattr(obj, f"get_{name}_display", None)
        value = display() if display and getattr(obj, name) else getattr(obj, name)
        if value is None or value is False:
            return ""
        if isinstance(value, Decimal):
            value = value.normalize()
        if name == "description":
            return gettext("%(count)s characters") % {"count": len(value)} if value else ""
        return str(value)

    @admin.display(description=_("Original text"))
    def source_text(self, obj):
        documents = list(obj.documents.defer("content", "extraction", "provenance")) if obj.pk else []
        if not documents:
            return gettext("No source document.")
        return format_html_join(
            "",
            '<div class="source-document"><p class="source-document__meta"><a href="{}">{}</a> · {} · {}</p>'
            '<pre class="source-document__text">{}</pre></div>',
            (
                (
                    reverse("admin:vacancies_sourcedocument_change", args=[document.pk]),
                    document.origin,
                    document.media_type or "?",
                    document.get_parse_status_display(),
                    document.text or gettext("(no text was extracted)"),
                )
                for document in documents
            ),
        )

    def save_model(self, request, obj, form, change):
        if change:
            edited = set(form.changed_data) & set(EXTRACTED_FIELDS)
            if edited:
                already = obj.curated_fields if isinstance(obj.curated_fields, list) else []
                obj.curated_fields = sorted({*already, *edited})
        super().save_model(request, obj, form, change)

    def response_change(self, request, obj):
        # "Save and publish" / "Save and reject" buttons on the change form: status changes go through
        # the model methods, after the curator's edits are saved.
        if "_publish" in request.POST:
            obj.publish()
            self.message_user(request, gettext("Published."), messages.SUCCESS)
        elif "_reject" in request.POST:
            obj.reject(obj.review_reason or gettext("Rejected by %(user)s") % {"user": request.user})
            self.message_user(request, gettext("Rejected."), messages.SUCCESS)
        return super().response_change(request, obj)

    @admin.action(description=_("Publish selected vacancies"), permissions=["change"])
    def publish_selected(self, request, queryset):
        count = 0
        for vacancy in queryset:
            vacancy.publish()
            count += 1
        self.message_user(
            request,
            ngettext("%(count)d vacancy published.", "%(count)d vacancies published.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Reject selected vacancies"), permissions=["change"])
    def reject_selected(self, request, queryset):
        reason = gettext("Rejected by %(user)s") % {"user": request.user}
        count = 0
        for vacancy in queryset:
            vacancy.reject(reason)
            count += 1
        self.message_user(
            request,
            ngettext("%(count)d vacancy rejected.", "%(count)d vacancies rejected.", count)
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Send selected vacancies back to review"), permissions=["change"])
    def send_to_review_selected(self, request, queryset):
        reason = gettext("Sent back to review by %(user)s") % {"user": request.user}
        count = 0
        for vacancy in queryset:
            vacancy.send_to_review(reason)
            count += 1
        self.message_user(
            request,
            ngettext(
                "%(count)d vacancy sent back to review.", "%(count)d vacancies sent back to review.", count
            )
            % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Let re-parsing overwrite curated fields again"), permissions=["change"])
    def forget_curated_fields(self, request, queryset):
        count = queryset.exclude(curated_fields=[]).update(curated_fields=[])
        self.message_user(
            request,
            ngettext("%(count)d vacancy updated.", "%(count)d vacancies updated.", count) % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Merge selected duplicates into the oldest one"), permissions=["change"])
    def merge_selected(self, request, queryset):
        from ingest.dedup import merge_vacancies

        vacancies = list(queryset.order_by("pk"))
        if len(vacancies) < 2:
            self.message_user(request, gettext("Select at least two vacancies to merge."), messages.WARNING)
            return
        count = merge_vacancies(vacancies[0], vacancies[1:], actor=str(request.user))
        self.message_user(
            request,
            gettext("%(count)d vacancies merged into #%(pk)d; the decision log records it.")
            % {"count": count, "pk": vacancies[0].pk},
            messages.SUCCESS,
        )

    @admin.action(
        description=_("Split: give each extra source document its own vacancy"), permissions=["change"]
    )
    def split_documents(self, request, queryset):
        from ingest.dedup import split_document

        created = 0
        for vacancy in queryset:
            own_origin = vacancy.source_key.rsplit("#", 1)[0]
            for document in vacancy.documents.exclude(origin=own_origin):
                split_document(vacancy, document, actor=str(request.user))
                created += 1
        self.message_user(
            request,
            gettext("%(count)d document(s) split off into their own vacancies.") % {"count": created},
            messages.SUCCESS if created else messages.WARNING,
        )


@admin.register(Employer)
class EmployerAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "vacancy_count"]
    search_fields = ["name", "normalized_name", "slug"]
    readonly_fields = ["normalized_name", "created_at"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).with_vacancy_count()

    @admin.display(description=_("vacancies"), ordering="vacancy_count")
    def vacancy_count(self, obj):
        return obj.vacancy_count


@admin.register(SourceDocument)
class SourceDocumentAdmin(admin.ModelAdmin):
    """View-only: documents are written by the ingest pipeline, and re-parsed from here."""

    list_display = [
        "__str__",
        "origin",
        "media_type",
        "parse_status",
        "doc_kind",
        "ocr",
        "size_display",
        "read_at",
    ]
    list_filter = ["parse_status", "doc_kind", "ocr", "media_type"]
    search_fields = ["origin", "text"]
    date_hierarchy = "read_at"
    actions = ["reparse_selected"]
    fields = [
        "origin",
        "media_type",
        "size_display",
        "sha256",
        "read_at",
        "parse_status",
        "doc_kind",
        "ocr",
        "error_message",
        "parser_version",
        "parsed_at",
        "vacancy_links",
        "text_display",
        "extraction_display",
        "provenance_display",
    ]
    readonly_fields = fields

    class Media:
        css = {"all": ["css/admin-curation.css"]}

    def get_queryset(self, request):
        # The original bytes can weigh megabytes and are never shown.
        return super().get_queryset(request).defer("content")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_reparse_permission(self, request):
        return request.user.has_perm("vacancies.change_sourcedocument")

    @admin.display(description=_("size"), ordering="size")
    def size_display(self, obj):
        return filesizeformat(obj.size)

    @admin.display(description=_("text"))
    def text_display(self, obj):
        return format_html('<pre class="source-document__text">{}</pre>', obj.text or "")

    @admin.display(description=_("extraction"))
    def extraction_display(self, obj):
        return format_html(
            '<pre class="json">{}</pre>', json.dumps(obj.extraction, ensure_ascii=False, indent=2)
        )

    @admin.display(description=_("provenance"))
    def provenance_display(self, obj):
        return format_html(
            '<pre class="json">{}</pre>', json.dumps(obj.provenance, ensure_ascii=False, indent=2)
        )

    @admin.display(description=_("vacancies"))
    def vacancy_links(self, obj):
        vacancies = obj.vacancies.all()
        if not vacancies:
            return "—"
        return format_html_join(
            ", ",
            '<a href="{}">{}</a> ({})',
            (
                (reverse("admin:vacancies_vacancy_change", args=[v.pk]), v.role, v.get_status_display())
                for v in vacancies
            ),
        )

    @admin.action(description=_("Re-parse selected documents"), permissions=["reparse"])
    def reparse_selected(self, request, queryset):
        # Imported here: the ingest app writes this function, and an older checkout may lack it.
        try:
            from ingest.persistence import reparse_document
        except ImportError as error:
            self.message_user(
                request,
                gettext("Re-parsing is not available yet (%(error)s).") % {"error": error},
                messages.WARNING,
            )
            return
        done = failed = 0
        # Fetched again without the deferral: re-parsing needs the original bytes.
        for document in SourceDocument.objects.filter(pk__in=queryset.values("pk")):
            try:
                reparse_document(document)
            except Exception:  # one broken document must not stop the others; the log has the traceback
                logger.exception("Re-parsing document %s failed", document.pk)
                failed += 1
            else:
                done += 1
        if done:
            self.message_user(
                request,
                ngettext("%(count)d document re-parsed.", "%(count)d documents re-parsed.", done)
                % {"count": done},
                messages.SUCCESS,
            )
        if failed:
            self.message_user(
                request,
                ngettext(
                    "%(count)d document could not be re-parsed: see the log.",
                    "%(count)d documents could not be re-parsed: see the log.",
                    failed,
                )
                % {"count": failed},
                messages.ERROR,
            )
