import pytest

from jobboard.celery import app as celery_app


@pytest.fixture(autouse=True)
def _eager_celery(request):
    """Tasks run in-process unless a test starts a real worker (marker `worker`)."""
    if request.node.get_closest_marker("worker"):
        yield
        return
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture(autouse=True)
def _fresh_list_counts(settings):
    """Each test sees the counts of its own data, never another test's cached ones."""
    settings.LIST_CACHE_SECONDS = 0


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
