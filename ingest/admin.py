from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from .models import Decision, ImportRun, Source, SourceEntry, VacancyRevision
from .tasks import run_source


class ImportRunInline(admin.TabularInline):
    model = ImportRun
    fields = [
        "started_at",
        "finished_at",
        "status",
        "seen",
        "new",
        "updated",
        "unchanged",
        "not_vacancy",
        "failed",
        "withdrawn",
    ]
    readonly_fields = fields
    extra = 0
    max_num = 0
    show_change_link = True
    ordering = ["-started_at"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "location", "enabled", "every", "last_run_status"]
    list_filter = ["kind", "enabled"]
    search_fields = ["name", "location"]
    actions = ["run_now"]
    inlines = [ImportRunInline]

    @admin.display(description=_("last run"))
    def last_run_status(self, source):
        run = source.last_run
        return f"{run.get_status_display()} · {run.started_at:%Y-%m-%d %H:%M}" if run else "—"

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        obj.sync_schedule()

    def delete_queryset(self, request, queryset):
        for source in queryset:  # one by one, so each schedule goes with its source
            source.delete()

    @admin.action(description=_("Run the selected sources now (queued for a worker)"))
    def run_now(self, request, queryset):
        for source in queryset:
            run_source.delay(source.pk)
        self.message_user(request, _("%d source(s) queued.") % queryset.count(), messages.SUCCESS)


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    list_display = [
        "source",
        "started_at",
        "finished_at",
        "status",
        "seen",
        "new",
        "updated",
        "unchanged",
        "not_vacancy",
        "failed",
        "withdrawn",
    ]
    list_filter = ["status", "source"]
    readonly_fields = [f.name for f in ImportRun._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(SourceEntry)
class SourceEntryAdmin(admin.ModelAdmin):
    list_display = ["origin", "source", "missed_runs", "etag", "last_modified"]
    list_filter = ["source"]
    search_fields = ["origin"]
    readonly_fields = [f.name for f in SourceEntry._meta.fields]

    def has_add_permission(self, request):
        return False


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin):
    """The decision log: append-only, readable by curators, changed by nobody."""

    list_display = ["created_at", "kind", "vacancy", "other_vacancy", "actor", "reason"]
    list_filter = ["kind"]
    search_fields = ["reason", "vacancy__role"]
    readonly_fields = [f.name for f in Decision._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(VacancyRevision)
class VacancyRevisionAdmin(admin.ModelAdmin):
    list_display = ["vacancy", "changed_at", "document"]
    readonly_fields = [f.name for f in VacancyRevision._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
