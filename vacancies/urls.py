from django.urls import path

from . import api, views
from .feeds import AtomVacancyFeed, VacancyFeed

app_name = "vacancies"
urlpatterns = [
    path("", views.VacancyListView.as_view(), name="list"),
    path("vacancies/<int:pk>/", views.VacancyDetailView.as_view(), name="detail"),
    path("employers/<slug:slug>/", views.EmployerDetailView.as_view(), name="employer"),
    path("api/vacancies/", api.vacancy_list, name="api-list"),
    path("feeds/rss/", VacancyFeed(), name="feed-rss"),
    path("feeds/atom/", AtomVacancyFeed(), name="feed-atom"),
]
