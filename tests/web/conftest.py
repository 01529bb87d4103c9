"""Web UI fixtures: the demo's objects by name (restoring the demo after browser tests: tests/conftest.py)."""

from __future__ import annotations

import pytest


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
