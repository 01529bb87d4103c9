"""Sessions, grants and a unit page's unit are read by fixed SQL statements (sangathan.core.sessions,
scoping.grants, scoping.get_visible_unit): they must answer exactly what Django's ORM lookups answered."""

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


def test_a_unit_page_lookup_gives_the_orm_instance_in_scope_and_404_outside(
        durg_manager, balod_reporter, admin, nobody, unit):
    """`get_visible_unit` (one fixed statement) answers what `get_visible(select_related("level"))` does:
    the same unit with its level and every field converted (aware datetimes on SQLite too)."""
    import pytest
    from django.http import Http404

    from sangathan.core.scoping import get_visible, get_visible_unit
    from sangathan.org.models import Unit

    ranks = unit("दुर्ग ग्रामीण")
    for user in (durg_manager, admin):
        got = get_visible_unit(user, ranks.pk)
        orm = get_visible(Unit.objects.select_related("level"), user, "view", pk=ranks.pk)
        fields = [f.attname for f in Unit._meta.concrete_fields]
        assert [getattr(got, f) for f in fields] == [getattr(orm, f) for f in fields]
        assert got.level == orm.level and got.level.name == orm.level.name
        assert timezone.is_aware(got.updated_at)
        got.name_en = "Durg Rural"  # the instance saves like any other
        got.save(update_fields=["name_en"])
        assert Unit.objects.get(pk=ranks.pk).name_en == "Durg Rural"
    with pytest.raises(Http404):  # a sibling district's constituency, a user with no grants
        get_visible_unit(balod_reporter, ranks.pk)
    with pytest.raises(Http404):
        get_visible_unit(nobody, ranks.pk)
    with pytest.raises(Http404):
        get_visible_unit(durg_manager, 10**9)
    with pytest.raises(Http404):  # the reporter's own district, but an action beyond its role
        get_visible_unit(balod_reporter, unit("बालोद जिला").pk, "manage")
    assert get_visible_unit(balod_reporter, unit("बालोद जिला").pk, "report").name_hi == "बालोद जिला"


def test_the_signed_in_user_is_the_orm_user_and_an_inactive_one_is_signed_out(client, durg_manager):
    from django.contrib.auth import get_user_model

    client.force_login(durg_manager)
    user = client.get("/people/").wsgi_request.user
    orm = get_user_model().objects.get(pk=durg_manager.pk)
    fields = [f.attname for f in get_user_model()._meta.concrete_fields]
    assert [getattr(user, f) for f in fields] == [getattr(orm, f) for f in fields]
    assert timezone.is_aware(user.date_joined)
    get_user_model().objects.filter(pk=durg_manager.pk).update(is_active=False)
    assert not client.get("/people/").wsgi_request.user.is_authenticated


def test_sessions_of_the_old_backend_are_carried_over_by_the_migration(client, durg_manager):
    """The 0002 migration renames the backend in open sessions: signed in before the upgrade,
    still signed in after it (Django signs out a session naming a backend no longer configured)."""
    import importlib

    from django.apps import apps
    from django.contrib.sessions.backends.db import SessionStore

    step = importlib.import_module("sangathan.accounts.migrations.0002_sessions_user_backend")
    client.force_login(durg_manager)
    key = client.cookies["sessionid"].value
    s = SessionStore(session_key=key)
    s["_auth_user_backend"] = step.OLD  # as a release before the migration left it
    s.save()
    assert not client.get("/people/").wsgi_request.user.is_authenticated  # what the migration prevents
    step._rename(apps, step.OLD, step.NEW)
    assert SessionStore(session_key=key).load()["_auth_user_backend"] == step.NEW
    assert client.get("/people/").wsgi_request.user == durg_manager
