"""Settings, all from environment variables, with safe production defaults.

DEBUG is off unless DEBUG=1; without DEBUG the site refuses to start without a SECRET_KEY (only
`manage.py extract`, which signs nothing, runs without one).
DATABASE_URL defaults to an embedded SQLite file; REDIS_URL enables the Celery broker; CACHE_URL a shared cache.
"""

import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from jobboard.environ_helpers import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY", "")
if not SECRET_KEY and env_bool("JOBBOARD_SIGNS_NOTHING", False):
    # manage.py extract: nothing is signed or stored, so a throw-away key is safe.
    SECRET_KEY = secrets.token_urlsafe(50)
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set SECRET_KEY in the environment, or DEBUG=1 for local development."
        )
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django_filters",
    "django_celery_beat",
    "vacancies",
    "ingest",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "jobboard.urls"
WSGI_APPLICATION = "jobboard.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        # Persistent connections: a new connection per request cost ~half the list throughput.
        conn_max_age=env_int("CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("nl", "Nederlands"), ("en", "English")]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
    SECURE_CONTENT_TYPE_NOSNIFF = True
    X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# --- Celery -------------------------------------------------------------------------------
REDIS_URL = env_str("REDIS_URL", "")
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = REDIS_URL or "cache+memory://"
# Without a broker every task runs in the calling process: the embedded default needs no worker.
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 300)
CELERY_TASK_SOFT_TIME_LIMIT = CELERY_TASK_TIME_LIMIT - 30
# Longer than the longest task, so a task held by a live worker is never handed out twice.
# Unacknowledged tasks (their worker died) go back to the queue after this many seconds: longer than
# the longest task, so a slow task is never run twice at once.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env_int("CELERY_VISIBILITY_TIMEOUT", CELERY_TASK_TIME_LIMIT * 4)
}
CELERY_RESULT_EXPIRES = 3600
CELERY_TASK_DEFAULT_QUEUE = "ingest"

# --- Ingest -------------------------------------------------------------------------------
INGEST_MAX_BYTES = env_int("INGEST_MAX_BYTES", 20 * 1024 * 1024)
INGEST_OCR = env_bool("INGEST_OCR", True)
INGEST_PDF_TIMEOUT = env_int("INGEST_PDF_TIMEOUT", 60)
# Below this confidence on employer, role or deadline a vacancy waits for a curator.
INGEST_REVIEW_THRESHOLD = float(env_str("INGEST_REVIEW_THRESHOLD", "0.6"))
INGEST_WAIT_SECONDS = env_int("INGEST_WAIT_SECONDS", 600)
# Seconds each import item waits before starting: only for the crash test, which must kill a worker mid-run.
INGEST_TEST_ITEM_DELAY = float(env_str("INGEST_TEST_ITEM_DELAY", "0"))

# Fetching sources over HTTP (ingest/sources/http.py).
FETCH_USER_AGENT = env_str(
    "FETCH_USER_AGENT",
    "EmploisPsyBot/1.0 (job board of Belgian mental-health vacancies; +https://github.com/emplois-psy)",
)
FETCH_TIMEOUT = float(env_str("FETCH_TIMEOUT", "15"))
FETCH_MAX_BYTES = env_int("FETCH_MAX_BYTES", INGEST_MAX_BYTES)
FETCH_RETRIES = env_int("FETCH_RETRIES", 3)
FETCH_BACKOFF = float(env_str("FETCH_BACKOFF", "2"))
FETCH_HOST_DELAY = float(env_str("FETCH_HOST_DELAY", "1"))
FETCH_MAX_REDIRECTS = env_int("FETCH_MAX_REDIRECTS", 5)
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"

PAGE_SIZE = 20
# Seconds the list keeps the count and the facet counts of one search (0 disables).
LIST_CACHE_SECONDS = env_int("LIST_CACHE_SECONDS", 60)
# The list's counts and facets are cached; CACHE_URL (a Redis URL, another database than the broker's)
# shares them between the web workers. Without it each process keeps its own.
CACHE_URL = env_str("CACHE_URL", "")
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}
    if CACHE_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}
# A search ranks its newest N matches by relevance and lists the older ones after them, newest first:
# ranking every match of a common word costs seconds (see vacancies/ranking.py).
SEARCH_RANKED_CANDIDATES = env_int("SEARCH_RANKED_CANDIDATES", 1000)
