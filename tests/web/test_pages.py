import pytest
from django.template.loader import render_to_string
from django.test import Client
from django.urls import path, reverse
from django.utils import translation


def test_healthz(client):
    # No django_db mark: pytest-django would fail the test if the view touched the database.
    response = client.get(reverse("healthz"))

    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"].startswith("text/plain")


def test_healthz_refuses_writes(client):
    assert client.post(reverse("healthz")).status_code == 405


@pytest.mark.django_db
def test_not_found_page_uses_the_site_layout(client):
    response = client.get("/no/such/page/")

    assert response.status_code == 404
    content = response.content.decode()
    assert "Page introuvable" in content
    assert 'href="/"' in content


def test_server_error_template_renders_without_a_request():
    with translation.override("nl"):
        content = render_to_string("500.html")

    assert '<html lang="nl">' in content
    assert "Er ging iets mis bij ons" in content


def _boom(request):
    raise RuntimeError("boom")


urlpatterns = [path("boom/", _boom)]


@pytest.mark.urls(__name__)
def test_server_error_page(settings):
    client = Client(raise_request_exception=False)

    response = client.get("/boom/")

    assert response.status_code == 500
    assert "Un problème est survenu de notre côté" in response.content.decode()
