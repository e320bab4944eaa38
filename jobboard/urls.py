from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from vacancies.sitemaps import SITEMAPS
from vacancies.views import robots_txt

from . import views

admin.site.site_header = _("Mental-health jobs · curation")
admin.site.site_title = _("Curation")
admin.site.index_title = _("Curation")

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots"),
    path("", include("vacancies.urls")),
]
