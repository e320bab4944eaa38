from django.urls import path

app_name = "vacancies"
urlpatterns: list = []
