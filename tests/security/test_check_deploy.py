"""`sangathan check --deploy`: Django's deployment checks plus ours, each with the variable to set."""

from __future__ import annotations

import io

from django.core.management import call_command

STRONG_KEY = "k" * 10 + "Zq8#vX2!pL9@wE4$rT6%yU1^iO3&aS5*dF7(gH0)jK"


def run_check() -> str:
    out, err = io.StringIO(), io.StringIO()
    call_command("check", "--deploy", stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


def test_the_default_settings_are_told_what_to_fix(db):
    text = run_check()
    assert "To make this installation fit for a public server" in text
    for fix in ("SANGATHAN_HTTPS=1", "SANGATHAN_SECRET_KEY=", "SANGATHAN_2FA=managers"):
        assert fix in text, fix
    assert "sangathan.W004" in text and "admin" in text  # the demo users still have the demo password


def test_a_hardened_installation_has_nothing_to_fix(db, settings):
    from django.contrib.auth import get_user_model

    settings.SECRET_KEY = STRONG_KEY
    settings.TWO_FACTOR = "managers"
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_SSL_REDIRECT = True
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True
    for user in get_user_model().objects.filter(username__in=("admin", "durg_manager", "balod_reporter", "state_viewer")):
        user.set_password("a-real-secret-" + user.username)
        user.save()
    text = run_check()
    assert "Deployment settings: nothing to fix." in text
    assert "sangathan.W" not in text


def test_turning_lockout_off_is_flagged(db, settings):
    settings.AXES_ENABLED = False
    assert "sangathan.W003" in run_check()
