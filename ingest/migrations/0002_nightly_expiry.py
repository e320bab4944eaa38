"""The nightly beat task that marks past-deadline vacancies expired (editable in the admin)."""

from django.db import migrations

NAME = "expire vacancies past their deadline"


def create(apps, schema_editor):
    CrontabSchedule = apps.get_model("django_celery_beat", "CrontabSchedule")
    PeriodicTask = apps.get_model("django_celery_beat", "PeriodicTask")
    crontab, _ = CrontabSchedule.objects.get_or_create(
        minute="30", hour="2", day_of_week="*", day_of_month="*", month_of_year="*", timezone="Europe/Brussels"
    )
    PeriodicTask.objects.get_or_create(
        name=NAME, defaults={"task": "ingest.expire_past_deadline", "crontab": crontab, "queue": "ingest"}
    )


def remove(apps, schema_editor):
    apps.get_model("django_celery_beat", "PeriodicTask").objects.filter(name=NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("ingest", "0001_sources_and_runs"),
        ("django_celery_beat", "0019_alter_periodictasks_options"),
    ]
    operations = [migrations.RunPython(create, remove)]
