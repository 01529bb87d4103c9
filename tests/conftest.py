"""Shared fixtures: the demo organisation loaded once per session, and personas.

Personas (password `demo-pass-123`):
- admin           superuser
- state_admin     admin of छत्तीसगढ़ (the whole state)
- durg_manager    manager of दुर्ग जिला
- balod_reporter  reporter of बालोद जिला
- state_viewer    viewer of छत्तीसगढ़
- outsider        viewer of बस्तर संभाग only (sees nothing of दुर्ग or बालोद)
- nobody          a user with no grants
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from pytest_django.plugin import blocking_manager_key

from sangathan.accounts.actions import CreateUser, GrantRole
from sangathan.demo.loader import DEMO_PASSWORD, load_demo

# Workers that tests start (subprocesses) don't queue the periodic retention job on their own:
# tests/privacy/test_retention_schedule.py turns it on where it is the subject
os.environ.setdefault("SANGATHAN_RETENTION_EVERY_HOURS", "0")

# Copies of the files the tests need from the team's shared/ folder (sources and licences in its READMEs).
SHARED = Path(__file__).resolve().parent / "shared"
PASSWORD = DEMO_PASSWORD


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        restore_demo()


def _persona(username: str):
    @pytest.fixture(name=username)
    def fixture(db):
        return get_user_model().objects.get(username=username)

    return fixture


for _name in ("admin", "state_admin", "durg_manager", "balod_reporter", "state_viewer", "outsider", "nobody"):
    globals()[f"persona_{_name}"] = _persona(_name)


@pytest.fixture
def unit(db):
    """Look a unit up by its Hindi name: unit("दुर्ग जिला")."""
    from sangathan.org.models import Unit

    return lambda name: Unit.objects.get(name_hi=name)


@pytest.fixture
def seed_activity(db):
    from sangathan.activities.models import Activity

    return Activity.objects.get(title="आईटी सेल की दुर्ग संभाग स्तरीय बैठक")


@pytest.fixture
def client_for(client):
    """Log a persona in: client_for(durg_manager)."""

    def login(user):
        client.force_login(user)
        return client

    return login


@pytest.fixture
def shared_dir():
    return SHARED


@pytest.fixture
def press_training():
    """The real press reports and their gold records as the package ships them (the seed among them)."""
    import sangathan.press

    return Path(sangathan.press.__file__).parent / "training"


@pytest.fixture(autouse=True)
def _default_language():
    """Every test starts in the default language (Hindi) whatever the last request activated.

    LocaleMiddleware activates a request's language and never deactivates it, so without this an
    action called directly after a test-client request would speak that request's language.
    """
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


def restore_demo() -> None:
    """Load the demo and the extra personas of tests/conftest.py unless they are there."""
    from sangathan.org.models import Unit

    load_demo()
    User = get_user_model()
    admin = User.objects.get(username="admin")
    for username, role, unit in (("state_admin", "admin", "छत्तीसगढ़"), ("outsider", "viewer", "बस्तर संभाग"),
                                 ("nobody", None, None)):
        if User.objects.filter(username=username).exists():
            continue
        user = CreateUser(admin, source="cli", username=username, password=PASSWORD).run()
        if role:
            GrantRole(admin, source="cli", user=user, role=role, unit=Unit.objects.get(name_hi=unit)).run()


@pytest.fixture
def demo_loaded(transactional_db):
    """For transactional tests: an earlier one may have flushed the session's demo."""
    restore_demo()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a test that flushed the database (browser, live-server or transactional), reload the demo
    so that later tests find it, whatever subset of the suite runs and in whatever order.

    Only while more tests follow: after the last test the test database is already gone, and
    nothing may be written to the real one.
    """
    result = yield
    names = getattr(item, "fixturenames", ())
    flushed = item.get_closest_marker("browser") is not None or "live_server" in names or "transactional_db" in names
    if flushed and nextitem is not None and _on_test_database():
        with item.config.stash[blocking_manager_key].unblock():
            restore_demo()
    return result


def _on_test_database() -> bool:
    from django.db import connection

    name = str(connection.settings_dict.get("NAME") or "")
    return connection.vendor == "sqlite" and connection.is_in_memory_db() or name.startswith("test_")


@pytest.fixture(autouse=True)
def _tasks_run_immediately(settings):
    """Jobs enqueued by a test run at once, in the test's transaction; a test of the durable queue
    itself asks for `durable_tasks` instead."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def durable_tasks(settings):
    """The real database queue: enqueued jobs wait for a worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
