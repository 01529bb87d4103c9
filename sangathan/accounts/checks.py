"""Sangathan's own deployment checks (run by `sangathan check --deploy`), each saying what to set."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Warning, register

DEV_SECRET_KEY = "dev-only-insecure-key-change-me"
DEMO_USERNAMES = ("admin", "durg_manager", "balod_reporter", "state_viewer")


@register("security", deploy=True)
def check_secret_key(app_configs=None, **kwargs):
    if settings.SECRET_KEY == DEV_SECRET_KEY:
        return [Warning("SECRET_KEY is the development default, so sessions and password resets can be forged.",
                        hint="Set SANGATHAN_SECRET_KEY to a long random value, e.g. the output of "
                             "python -c 'import secrets; print(secrets.token_urlsafe(50))'.",
                        id="sangathan.W001")]
    return []


@register("security", deploy=True)
def check_two_factor(app_configs=None, **kwargs):
    if getattr(settings, "TWO_FACTOR", "enrolled") == "enrolled":
        return [Warning("Two-step login is optional: managers and admins can work with a password alone.",
                        hint="Set SANGATHAN_2FA=managers (or all); each of them sets up an app at their next login.",
                        id="sangathan.W002")]
    return []


@register("security", deploy=True)
def check_lockout(app_configs=None, **kwargs):
    if not getattr(settings, "AXES_ENABLED", True):
        return [Warning("Login lockout is off: passwords can be guessed without limit.",
                        hint="Unset SANGATHAN_LOCKOUT (or set it to 1).", id="sangathan.W003")]
    return []


@register("security", deploy=True)
def check_demo_passwords(app_configs=None, **kwargs):
    """Reads the database (four rows) whenever it is reachable: a public demo password is the easiest way in."""
    from django.contrib.auth import get_user_model
    from django.db import DatabaseError

    from sangathan.demo.loader import DEMO_PASSWORD

    try:
        users = list(get_user_model().objects.filter(username__in=DEMO_USERNAMES, is_active=True))
    except DatabaseError:  # no schema yet: nothing to check
        return []
    weak = sorted(u.username for u in users if u.check_password(DEMO_PASSWORD))
    if weak:
        return [Warning(f"These users still have the demo password: {', '.join(weak)}.",
                        hint="Change each with `sangathan changepassword USERNAME`, or deactivate them.",
                        id="sangathan.W004")]
    return []
