"""Security headers on every kind of response, and no inline script or style anywhere in the templates."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.test import Client, override_settings
from django.urls import reverse

import sangathan

HEADERS = ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "X-Frame-Options",
           "Cross-Origin-Opener-Policy")


def csp(response) -> dict[str, list[str]]:
    out = {}
    for part in response["Content-Security-Policy"].split(";"):
        words = part.split()
        if words:
            out[words[0]] = words[1:]
    return out


def assert_secure_headers(response, static=False):
    """Static files come from whitenoise before the X-Frame-Options middleware; the CSP's
    frame-ancestors (which supersedes it) is on them all the same."""
    missing = [h for h in HEADERS if h not in response and not (static and h == "X-Frame-Options")]
    assert not missing, (response.status_code, missing)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert static or response["X-Frame-Options"] == "DENY"
    policy = csp(response)
    assert policy["script-src"] == ["'self'"], policy
    assert policy["style-src"] == ["'self'"], policy
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_every_kind_of_response_carries_the_security_headers(client_for, durg_manager, durg_objects_light):
    anon = Client()
    responses = {
        "login page": anon.get(reverse("login")),
        "redirect to login": anon.get(reverse("home")),
        "public newsroom": anon.get(reverse("newsroom")),
        "404": anon.get("/no-such-page/"),
        "api 401": anon.get("/api/units"),
        "openapi": anon.get("/api/openapi.json"),
        "static file": anon.get("/static/web/site.css"),
    }
    c = client_for(durg_manager)
    responses |= {
        "home": c.get(reverse("home")),
        "unit page": c.get(reverse("unit", args=[durg_objects_light["unit"].pk])),
        "api json": c.get("/api/units"),
        "csv export": c.get(reverse("dashboards:export", kwargs={"pk": durg_objects_light["unit"].pk,
                                                                 "table": "coverage", "fmt": "csv"})),
        "403": client_for(durg_manager).get(reverse("audit")),
    }
    for what, response in responses.items():
        try:
            assert_secure_headers(response, static=what == "static file")
        except AssertionError as exc:
            raise AssertionError(f"{what}: {exc}") from None
    assert responses["home"].status_code == 200


@pytest.fixture
def durg_objects_light(unit):
    return {"unit": unit("दुर्ग जिला")}


def test_plain_http_gets_no_hsts_and_no_secure_cookie_flag(client, durg_manager):
    got = client.post(reverse("login"), {"username": "durg_manager", "password": "demo-pass-123"})
    assert got.status_code == 302
    assert "Strict-Transport-Security" not in got
    assert not got.cookies["sessionid"]["secure"]
    assert got.cookies["sessionid"]["httponly"]
    assert got.cookies["sessionid"]["samesite"] == "Lax"


@override_settings(SECURE_HSTS_SECONDS=31536000, SESSION_COOKIE_SECURE=True, CSRF_COOKIE_SECURE=True,
                   SECURE_SSL_REDIRECT=True)
def test_over_https_the_cookies_are_secure_and_hsts_is_sent(client, durg_manager):
    """What SANGATHAN_HTTPS=1 switches on (settings.py), checked on a request made over HTTPS."""
    assert client.get(reverse("login")).status_code == 301  # plain HTTP is redirected to HTTPS
    got = client.post(reverse("login"), {"username": "durg_manager", "password": "demo-pass-123"}, secure=True)
    assert got.status_code == 302
    assert got["Strict-Transport-Security"].startswith("max-age=31536000")
    assert got.cookies["sessionid"]["secure"]
    assert got.cookies["csrftoken"]["secure"]  # login rotates the CSRF token


def test_the_https_switch_sets_every_flag(monkeypatch):
    import importlib

    import sangathan.settings as s

    monkeypatch.setenv("SANGATHAN_HTTPS", "1")
    try:
        fresh = importlib.reload(s)
        assert fresh.SESSION_COOKIE_SECURE and fresh.CSRF_COOKIE_SECURE and fresh.SECURE_SSL_REDIRECT
        assert fresh.SECURE_HSTS_SECONDS >= 31536000
    finally:
        monkeypatch.delenv("SANGATHAN_HTTPS")
        importlib.reload(s)


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/(ld\+)?json\")[^>]*>", re.I)
INLINE_HANDLER = re.compile(r"\son[a-z]+\s*=", re.I)
STYLE = re.compile(r"<style\b|\sstyle\s*=", re.I)


def _templates():
    root = Path(sangathan.__file__).parent
    return sorted(p for p in root.rglob("*.html") if "templates" in p.parts)


@pytest.mark.parametrize("check,pattern", [("inline script", INLINE_SCRIPT), ("inline event handler", INLINE_HANDLER),
                                           ("inline style", STYLE)])
def test_no_template_has_inline_script_or_style(check, pattern):
    """The policy allows only files from this server: an inline one would silently stop working."""
    found = [f"{p.relative_to(Path(sangathan.__file__).parent)}:{n}" for p in _templates()
             for n, line in enumerate(p.read_text().splitlines(), 1) if pattern.search(line)]
    assert not found, f"{check} in: {found}"


def test_the_plotly_stylesheets_match_the_installed_plotly():
    """Charts need plotly's CSS as files (its inline <style> is blocked); regenerate after an upgrade
    with `python -m sangathan.core.plotly_css`."""
    from sangathan.core.plotly_css import generated

    stale = [str(path) for path, text in generated().items() if path.read_text(encoding="utf-8") != text]
    assert not stale, f"out of date (run python -m sangathan.core.plotly_css): {stale}"
