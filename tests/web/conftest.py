"""Web UI fixtures: the demo's objects by name, and a guard that puts the demo back after the
browser test (a live_server test is transactional, and its teardown flushes the database)."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from pytest_django.plugin import blocking_manager_key


@pytest.fixture
def durg(unit):
    return unit("दुर्ग जिला")


@pytest.fixture
def vinay(db):
    from sangathan.people.models import Person

    return Person.objects.get(name_hi="विनय महोबिया")


@pytest.fixture
def durg_meeting(db):
    """The दुर्ग जिला virtual meeting: every participant is a दुर्ग जिला person."""
    from sangathan.activities.models import Activity

    return Activity.objects.get(title="बूथ सशक्तिकरण पर आईटी सेल की वर्चुअल बैठक")


@pytest.fixture
def balod_workshop(db):
    from sangathan.activities.models import Activity

    return Activity.objects.get(title="बालोद जिला आईटी सेल प्रशिक्षण कार्यशाला")


def restore_demo() -> None:
    """Load the demo and the extra personas of tests/conftest.py unless they are there."""
    from sangathan.accounts.actions import CreateUser, GrantRole
    from sangathan.demo.loader import DEMO_PASSWORD, load_demo
    from sangathan.org.models import Unit

    load_demo()
    User = get_user_model()
    admin = User.objects.get(username="admin")
    for username, role, unit in (("state_admin", "admin", "छत्तीसगढ़"), ("outsider", "viewer", "बस्तर संभाग"),
                                 ("nobody", None, None)):
        if User.objects.filter(username=username).exists():
            continue
        user = CreateUser(admin, source="cli", username=username, password=DEMO_PASSWORD).run()
        if role:
            GrantRole(admin, source="cli", user=user, role=role, unit=Unit.objects.get(name_hi=unit)).run()


@pytest.fixture
def demo_loaded(transactional_db):
    """For transactional tests: an earlier one may have flushed the session's demo."""
    restore_demo()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After the browser test's flush, reload the demo so later transactional tests find it.

    Only while more tests follow: after the last test the test database is already gone, and
    nothing may be written to the real one.
    """
    result = yield
    if item.get_closest_marker("browser") is not None and nextitem is not None and _on_test_database():
        with item.config.stash[blocking_manager_key].unblock():
            restore_demo()
    return result


def _on_test_database() -> bool:
    from django.db import connection

    name = str(connection.settings_dict.get("NAME") or "")
    return connection.vendor == "sqlite" and connection.is_in_memory_db() or name.startswith("test_")
