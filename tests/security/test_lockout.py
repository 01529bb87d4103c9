"""Login throttling: N wrong passwords lock one username from one IP; bad API tokens lock an IP."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from sangathan.accounts.models import ApiToken

PASSWORD = "demo-pass-123"


@pytest.fixture
def limit(settings):
    settings.LOGIN_FAILURE_LIMIT = 5
    settings.API_TOKEN_FAILURE_LIMIT = 4
    return 5


def login(client, username, password, ip="10.1.1.1"):
    return client.post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_five_wrong_passwords_lock_the_user_out_even_with_the_right_one(client, durg_manager, limit):
    for _ in range(limit - 1):
        got = login(client, "durg_manager", "wrong-password")
        assert got.status_code == 200  # the form again, with its error
    assert login(client, "durg_manager", "wrong-password").status_code == 429
    got = login(client, "durg_manager", PASSWORD)
    assert got.status_code == 429
    assert "_auth_user_id" not in client.session
    assert got["Retry-After"] == "900"
    assert "sangathan axes_reset_username" in got.content.decode()
    assert "बहुत अधिक प्रयास" in got.content.decode()  # Hindi first, from the accounts catalogue


def test_twelve_wrong_then_right_is_refused(client, durg_manager, limit):
    """The attack measured in the issue: twelve wrong passwords, then the right one."""
    codes = [login(client, "durg_manager", f"guess-{i}").status_code for i in range(12)]
    assert codes.count(429) == 12 - (limit - 1)
    assert login(client, "durg_manager", PASSWORD).status_code == 429


def test_a_right_password_resets_the_count(client, durg_manager, limit):
    for _ in range(limit - 1):
        login(client, "durg_manager", "wrong-password")
    assert login(client, "durg_manager", PASSWORD).status_code == 302
    client.logout()
    for _ in range(limit - 1):
        assert login(client, "durg_manager", "wrong-password").status_code == 200
    assert login(client, "durg_manager", PASSWORD).status_code == 302


def test_the_lock_is_per_user_and_per_ip(client, durg_manager, balod_reporter, limit):
    for _ in range(limit):
        login(client, "durg_manager", "wrong-password")
    assert login(Client(), "durg_manager", PASSWORD, ip="10.1.1.2").status_code == 302  # another office
    assert login(Client(), "balod_reporter", PASSWORD).status_code == 302  # another user, same IP
    assert login(Client(), "durg_manager", PASSWORD).status_code == 429


def test_the_lock_ends_after_the_cool_off(client, durg_manager, limit):
    import datetime

    import time_machine

    for _ in range(limit):
        login(client, "durg_manager", "wrong-password")
    with time_machine.travel(datetime.datetime.now(datetime.UTC) + datetime.timedelta(minutes=16)):
        assert login(client, "durg_manager", PASSWORD).status_code == 302


def test_an_admin_lifts_the_lock_from_the_command_line(client, durg_manager, limit):
    from django.core.management import call_command

    for _ in range(limit):
        login(client, "durg_manager", "wrong-password")
    call_command("axes_reset_username", "durg_manager")
    assert login(client, "durg_manager", PASSWORD).status_code == 302


def test_the_limit_is_a_setting(client, durg_manager, settings):
    settings.LOGIN_FAILURE_LIMIT = 2
    assert login(client, "durg_manager", "wrong").status_code == 200
    assert login(client, "durg_manager", "wrong").status_code == 429


def test_lockout_can_be_switched_off(client, durg_manager, settings):
    settings.AXES_ENABLED = False
    for _ in range(8):
        login(client, "durg_manager", "wrong")
    assert login(client, "durg_manager", PASSWORD).status_code == 302


def test_scripts_calling_authenticate_without_a_request_still_work(durg_manager):
    from django.contrib.auth import authenticate

    assert authenticate(username="durg_manager", password=PASSWORD) == durg_manager
    assert authenticate(username="durg_manager", password="wrong") is None


# -- API tokens ---------------------------------------------------------------------------------
def api(token, ip="10.2.2.2"):
    return Client(headers={"Authorization": f"Bearer {token}"}).get("/api/units", REMOTE_ADDR=ip)


def test_bad_tokens_lock_the_ip_out_of_the_api(durg_manager, limit, settings):
    good = ApiToken.issue(durg_manager)
    for _ in range(settings.API_TOKEN_FAILURE_LIMIT - 1):
        assert api("sgn_guess").status_code == 401
    got = api("sgn_guess")
    assert got.status_code == 429
    assert got.json()["detail"].startswith("too many")
    assert api(good).status_code == 429  # even a good token, from that IP, until the cool-off
    assert api(good, ip="10.2.2.3").status_code == 200  # other clients are not affected


def test_a_good_token_does_not_reset_the_bad_token_count(durg_manager, limit, settings):
    good = ApiToken.issue(durg_manager)
    for _ in range(settings.API_TOKEN_FAILURE_LIMIT - 1):
        api("sgn_guess")
        assert api(good).status_code == 200
    assert api("sgn_guess").status_code == 429


def test_behind_the_proxy_the_lock_keys_on_the_forwarded_client(rf, settings):
    from sangathan.accounts.lockout import client_ip

    request = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9, 198.51.100.7")
    assert client_ip(request) == "127.0.0.1"  # not behind a proxy: a forged header is ignored
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    assert client_ip(request) == "198.51.100.7"  # the address our proxy appended, not the client's claim
