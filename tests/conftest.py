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
