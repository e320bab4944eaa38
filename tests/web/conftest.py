import pytest


@pytest.fixture(scope="session")
def _empty_static_root(tmp_path_factory):
    return tmp_path_factory.mktemp("staticfiles")


@pytest.fixture(autouse=True)
def _plain_static_files(settings, _empty_static_root):
    """Templates use {% static %}; the production manifest storage would need `collectstatic` first.

    The files are served from the app's static/ directory instead; an empty STATIC_ROOT keeps
    WhiteNoise from warning that the collected directory is missing.
    """
    settings.STATIC_ROOT = _empty_static_root
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("curator", "curator@example.org", password=None)
    client.force_login(user)
    return client
