"""Django settings. DATABASE_URL picks the database; the default is SQLite under ./var/."""

import os
from pathlib import Path

import dj_database_url
import plotly

BASE_DIR = Path(__file__).resolve().parent
VAR_DIR = Path(os.environ.get("SANGATHAN_VAR", Path.cwd() / "var"))

SECRET_KEY = os.environ.get("SANGATHAN_SECRET_KEY", "dev-only-insecure-key-change-me")
DEBUG = os.environ.get("SANGATHAN_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("SANGATHAN_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(",")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "sangathan.core",
    "sangathan.accounts",
    "sangathan.org",
    "sangathan.people",
    "sangathan.activities",
    "sangathan.booths",
    "sangathan.programmes",
    "sangathan.dashboards",
    "sangathan.press",
    "sangathan.elections",
    "sangathan.mobilise",
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
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "sangathan.urls"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]
WSGI_APPLICATION = "sangathan.wsgi.application"


def _database() -> dict:
    url = os.environ.get("DATABASE_URL")
    if not url:
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{VAR_DIR / 'sangathan.sqlite3'}"
    db = dj_database_url.parse(url, conn_max_age=60)
    if db["ENGINE"].endswith("sqlite3"):
        # WAL lets readers work while one writer commits; a busy timeout instead of "database is locked".
        db["OPTIONS"] = {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
        db["CONN_MAX_AGE"] = 0
        db["TEST"] = {"NAME": os.environ.get("SANGATHAN_TEST_SQLITE")}
    return db


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "hi"
LANGUAGES = [("hi", "हिन्दी"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Kolkata"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
# plotly.js is served from the installed plotly package itself: charts work offline, nothing vendored.
STATICFILES_DIRS = [BASE_DIR / "static", ("plotly", Path(plotly.__file__).parent / "package_data")]
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Long jobs (notices, imports) run on a durable queue in the database, worked by `sangathan worker`.
TASKS = {"default": {"BACKEND": os.environ.get("SANGATHAN_TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

NINJA_PAGINATION_PER_PAGE = 50
# A pasted 5 MB report (Devanagari is 3 bytes a letter, 9 when form-encoded) must reach the form's own
# length check and its clear message, not Django's bare 400; file uploads stream to disk regardless.
DATA_UPLOAD_MAX_MEMORY_SIZE = 48 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
