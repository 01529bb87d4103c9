"""Django settings. DATABASE_URL picks the database; the default is SQLite under ./var/."""

import os
from datetime import timedelta
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
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
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
    "sangathan.jobs",
    "sangathan.rallies",
    "sangathan.privacy",
    "sangathan.mobilise",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # database down or disk full: 503/507, not 500 — outside every middleware that reads the database
    "sangathan.core.faults.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "sangathan.accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
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
                "sangathan.web.context.navigation",
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
    elif os.environ.get("SANGATHAN_PG_PREPARE", "1") == "1":
        # Server-side binding lets psycopg prepare a statement the connection has run 5 times, so the
        # per-request queries (session, user, grants, the unit) skip PostgreSQL's planning, which costs
        # more than running them. Set SANGATHAN_PG_PREPARE=0 behind a transaction-pooling PgBouncer.
        db.setdefault("OPTIONS", {}).update({"server_side_binding": True, "prepare_threshold": 5})
    return db


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 8}},
]
AUTHENTICATION_BACKENDS = [
    "sangathan.accounts.backends.LockoutBackend",  # refuses a locked-out user+IP before the password is checked
    "sangathan.accounts.backends.UserBackend",  # Django's ModelBackend; the session's user read by one fixed statement
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

# Mail (meeting notices): files under var/mail/ until an SMTP server is configured
# (SANGATHAN_EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend plus Django's EMAIL_* settings).
EMAIL_BACKEND = os.environ.get("SANGATHAN_EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = VAR_DIR / "mail"
EMAIL_HOST = os.environ.get("SANGATHAN_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("SANGATHAN_EMAIL_PORT", "25"))
DEFAULT_FROM_EMAIL = os.environ.get("SANGATHAN_EMAIL_FROM", "sangathan@localhost")

NINJA_PAGINATION_PER_PAGE = 50
NINJA_PAGINATION_MAX_LIMIT = 500
NINJA_PAGINATION_CLASS = "sangathan.api.pagination.Pagination"  # limit and offset bounded (fuzzing found the 500s)
# A pasted 5 MB report (Devanagari is 3 bytes a letter, 9 when form-encoded) must reach the form's own
# length check and its clear message, not Django's bare 400; file uploads stream to disk regardless.
DATA_UPLOAD_MAX_MEMORY_SIZE = 48 * 1024 * 1024

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Retention (sangathan privacy retention): rows older than `days` by `date_field` have the
# `anonymise` fields blanked, or are deleted when none are listed; their audit snapshots become
# tombstones. `date_field` may follow foreign keys: invitations and their queued SMS count from the
# activity's start (an activity has no end time), so the links, answers' reasons, phones and texts go
# N days after the event, while who was invited as what, and who came, stay (turnout counts stay).
_RETAIN_INVITATIONS = int(os.environ.get("SANGATHAN_RETAIN_INVITATIONS_DAYS", "90"))
SANGATHAN_RETENTION = {
    "press.comment": {"days": int(os.environ.get("SANGATHAN_RETAIN_COMMENTS_DAYS", "365")),
                      "date_field": "created_at", "anonymise": ["name", "email", "ip_hash"]},
    "mobilise.invitation": {"days": _RETAIN_INVITATIONS, "date_field": "activity__starts_at",
                            "anonymise": ["nonce", "rsvp_reason"]},
    "mobilise.outboxmessage": {"days": _RETAIN_INVITATIONS, "date_field": "invitation__activity__starts_at",
                               "anonymise": ["phone", "text"]},
}

# While a `sangathan worker` runs it queues the retention job once every this many hours (0: never;
# then run `sangathan privacy retention` yourself, e.g. from cron)
SANGATHAN_RETENTION_EVERY_HOURS = float(os.environ.get("SANGATHAN_RETENTION_EVERY_HOURS", "24"))

# -- Security (docs/security.md) ---------------------------------------------------------------
def _env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


# Content-Security-Policy: every script and style is a file served from here; no inline script,
# no eval, no other origin. JSON data islands (<script type="application/json">) are not scripts.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_ENGINE = "sangathan.core.sessions"  # Django's database sessions, loaded by one fixed statement
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# Served over HTTPS (directly or behind a proxy that sets X-Forwarded-Proto): secure cookies, HSTS,
# and plain HTTP redirected. Off by default because the demo serves http://127.0.0.1:8000/.
HTTPS = os.environ.get("SANGATHAN_HTTPS", "0") == "1"
if HTTPS:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = True
    SECURE_HSTS_SECONDS = _env_int("SANGATHAN_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("SANGATHAN_HSTS_SUBDOMAINS", "0") == "1"
    SECURE_HSTS_PRELOAD = False
# HSTS preload is a one-way commitment for the whole domain: the operator's choice, not a default.
SILENCED_SYSTEM_CHECKS = ["security.W021"]
if os.environ.get("SANGATHAN_BEHIND_PROXY", "0") == "1":
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Login lockout (django-axes): N wrong passwords for one username from one IP lock that pair for the
# cool-off; a right password resets the count. Bad API tokens count per IP (sangathan/api/base.py).
AXES_ENABLED = os.environ.get("SANGATHAN_LOCKOUT", "1") == "1"
LOGIN_FAILURE_LIMIT = _env_int("SANGATHAN_LOCKOUT_FAILURES", 5)
API_TOKEN_FAILURE_LIMIT = _env_int("SANGATHAN_TOKEN_FAILURES", 20)
AXES_FAILURE_LIMIT = "sangathan.accounts.lockout.failure_limit"
AXES_COOLOFF_TIME = timedelta(minutes=_env_int("SANGATHAN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "sangathan.accounts.lockout.lockout_response"
AXES_VERBOSE = False
AXES_CLIENT_IP_CALLABLE = "sangathan.accounts.lockout.client_ip"

# Two-factor (TOTP, django-otp). "enrolled": whoever set up an authenticator is asked for a code;
# "managers": managers, admins and superusers must also enrol before they can work; "all": everyone.
TWO_FACTOR = os.environ.get("SANGATHAN_2FA", "enrolled")
OTP_TOTP_ISSUER = "Sangathan"
