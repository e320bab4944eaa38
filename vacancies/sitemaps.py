from django.contrib.sitemaps import Sitemap

from .models import Employer, Vacancy


class VacancySitemap(Sitemap):
    changefreq = "daily"
    limit = 10_000

    def items(self):
        return Vacancy.objects.public().only("pk", "updated_at").order_by("-pk")

    def lastmod(self, vacancy):
        return vacancy.updated_at


class EmployerSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return Employer.objects.with_public_vacancies().only("slug", "name").order_by("slug")


SITEMAPS = {"vacancies": VacancySitemap, "employers": EmployerSitemap}
