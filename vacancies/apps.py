from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class VacanciesConfig(AppConfig):
    name = "vacancies"
    verbose_name = "Vacancies"

    def ready(self) -> None:
        from .list_cache import forget_lists

        for model_name in ("Vacancy", "Employer"):
            model = self.get_model(model_name)
            post_save.connect(forget_lists, sender=model, dispatch_uid=f"forget-lists-{model_name}-save")
            post_delete.connect(forget_lists, sender=model, dispatch_uid=f"forget-lists-{model_name}-delete")
