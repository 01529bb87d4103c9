"""Sessions and grants are read by fixed SQL statements (sangathan.core.sessions, scoping.grants):
they must answer exactly what Django's ORM lookups answered."""

from __future__ import annotations

import datetime

from django.contrib.sessions.models import Session
from django.utils import timezone

from sangathan.accounts.models import Grant
from sangathan.core.scoping import clear_cache, grants


def test_a_signed_in_session_is_loaded_and_an_expired_one_is_not(client, durg_manager):
    client.force_login(durg_manager)
    assert client.get("/dashboards/").status_code in (200, 302)
    assert client.get("/people/").wsgi_request.user == durg_manager
    key = client.cookies["sessionid"].value
    Session.objects.filter(session_key=key).update(expire_date=timezone.now() - datetime.timedelta(seconds=1))
    response = client.get("/people/")
    assert not response.wsgi_request.user.is_authenticated
    assert response.status_code == 302  # back to the login page


def test_an_unknown_session_key_is_an_anonymous_visitor(client, db):
    client.cookies["sessionid"] = "no-such-session-key-000000000000"
    assert not client.get("/people/").wsgi_request.user.is_authenticated


def test_grants_are_the_rows_the_orm_gives(durg_manager, state_viewer, admin, nobody):
    for user in (durg_manager, state_viewer, admin, nobody):
        clear_cache(user)
        assert sorted(grants(user)) == sorted(Grant.objects.filter(user=user).values_list("role", "unit__path"))
    assert grants(durg_manager) and grants(nobody) == []
