"""Two-factor login (TOTP): asked of whoever enrolled; with TWO_FACTOR="managers" managers and
admins must enrol; the demo's default keeps every existing login working."""

from __future__ import annotations

import time

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from sangathan.accounts.models import ApiToken
from sangathan.core.models import AuditEvent

PASSWORD = "demo-pass-123"


def code(device: TOTPDevice, steps_ahead: int = 0) -> str:
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time += steps_ahead * device.step
    return f"{totp.token():06d}"


def password_login(client: Client, username: str):
    got = client.post(reverse("login"), {"username": username, "password": PASSWORD})
    assert got.status_code == 302, got.status_code
    return got


@pytest.fixture
def enrolled_manager(durg_manager):
    return TOTPDevice.objects.create(user=durg_manager, name="phone", confirmed=True)


def test_by_default_nobody_without_an_authenticator_is_asked(db, settings):
    assert settings.TWO_FACTOR == "enrolled"
    for username in ("admin", "durg_manager", "state_viewer"):
        c = Client()
        password_login(c, username)
        assert c.get(reverse("home")).status_code == 200, username


def test_an_enrolled_user_must_give_the_code_after_the_password(client, enrolled_manager):
    password_login(client, "durg_manager")
    got = client.get(reverse("people"))
    assert got.status_code == 302
    assert got["Location"].startswith(reverse("two_factor_verify"))
    assert client.get("/api/units").status_code == 401  # the API over this session is held too
    page = client.get(got["Location"])
    assert page.status_code == 200
    assert "दो-चरणीय लॉगिन" in page.content.decode()
    wrong = client.post(reverse("two_factor_verify"), {"code": "000000", "next": "/people/"})
    assert wrong.status_code == 200 and "errors" in wrong.content.decode()
    with time_machine.travel(time.time() + 2):  # after a wrong code django-otp waits 1 s before the next
        enrolled_manager.refresh_from_db()
        right = client.post(reverse("two_factor_verify"), {"code": code(enrolled_manager), "next": "/people/"})
        assert right.status_code == 302 and right["Location"] == "/people/"
        assert client.get(reverse("people")).status_code == 200
        assert client.get("/api/units").status_code == 200


def test_the_code_page_never_redirects_off_site(client, enrolled_manager):
    password_login(client, "durg_manager")
    got = client.post(reverse("two_factor_verify"), {"code": code(enrolled_manager), "next": "https://evil.example/"})
    assert got["Location"] == "/"


def test_wrong_codes_are_throttled(client, enrolled_manager):
    password_login(client, "durg_manager")
    for _ in range(3):
        client.post(reverse("two_factor_verify"), {"code": "000000"})
    # django-otp backs off exponentially after failures: even the right code waits now
    got = client.post(reverse("two_factor_verify"), {"code": code(enrolled_manager)})
    assert got.status_code == 200
    assert client.get(reverse("home")).status_code == 302


def test_the_public_pages_and_logout_stay_open_before_the_code(client, enrolled_manager):
    password_login(client, "durg_manager")
    assert client.get(reverse("newsroom")).status_code == 200
    assert client.post(reverse("logout")).status_code == 302
    assert "_auth_user_id" not in client.session


def test_a_bearer_token_is_not_asked_for_a_code(enrolled_manager, durg_manager):
    c = Client(headers={"Authorization": f"Bearer {ApiToken.issue(durg_manager)}"})
    assert c.get("/api/units").status_code == 200


def test_with_the_managers_policy_a_manager_must_enrol_first(client, settings, durg_manager):
    settings.TWO_FACTOR = "managers"
    password_login(client, "durg_manager")
    got = client.get(reverse("home"))
    assert got.status_code == 302 and got["Location"].startswith(reverse("two_factor_setup"))
    page = client.get(got["Location"])
    assert page.status_code == 200
    html = page.content.decode()
    assert "<svg" in html and "totp-key" in html
    device = TOTPDevice.objects.get(user=durg_manager, confirmed=False)
    assert client.post(reverse("two_factor_setup"), {"code": "123"}).status_code == 200  # not 6 digits
    done = client.post(reverse("two_factor_setup"), {"code": code(device), "next": "/"})
    assert done.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert AuditEvent.objects.filter(action="two_factor.confirm", object_id=str(device.pk)).exists()
    assert client.get(reverse("home")).status_code == 200
    # the next login asks for the code
    client.logout()
    password_login(client, "durg_manager")
    assert client.get(reverse("home"))["Location"].startswith(reverse("two_factor_verify"))
    ok = client.post(reverse("two_factor_verify"), {"code": code(device, steps_ahead=1)})
    assert ok.status_code == 302
    assert client.get(reverse("home")).status_code == 200


@pytest.mark.parametrize("username,asked", [("admin", True), ("state_admin", True), ("durg_manager", True),
                                            ("balod_reporter", False), ("state_viewer", False)])
def test_the_managers_policy_covers_superusers_admins_and_managers_only(db, settings, username, asked):
    settings.TWO_FACTOR = "managers"
    c = Client()
    password_login(c, username)
    got = c.get(reverse("home"))
    assert (got.status_code == 302) is asked, (username, got.status_code)


def test_the_all_policy_asks_everyone(db, settings):
    settings.TWO_FACTOR = "all"
    c = Client()
    password_login(c, "state_viewer")
    assert c.get(reverse("home"))["Location"].startswith(reverse("two_factor_setup"))


def test_a_superuser_resets_a_lost_phone_from_the_command_line(client, enrolled_manager, capsys):
    call_command("twofactor", "status", "durg_manager")
    assert "enrolled=True" in capsys.readouterr().out
    call_command("twofactor", "reset", "durg_manager")
    assert not TOTPDevice.objects.filter(user=enrolled_manager.user).exists()
    assert AuditEvent.objects.filter(action="two_factor.reset").exists()
    password_login(client, "durg_manager")
    assert client.get(reverse("home")).status_code == 200  # default policy: no longer asked
