"""Mobilisation fixtures: the demo's upcoming division meeting, a fresh future activity, no send pauses."""

from __future__ import annotations

import datetime

import pytest


@pytest.fixture(autouse=True)
def _no_rate_pause(settings):
    settings.MOBILISE_NOTICES_PER_MINUTE = 0


@pytest.fixture
def division_meeting(db):
    from sangathan.activities.models import Activity
    from sangathan.mobilise.demo import TITLE

    return Activity.objects.select_related("unit").get(title=TITLE)


@pytest.fixture
def inv(division_meeting):
    """An invitation of the division meeting by the invitee's Hindi name."""
    from sangathan.mobilise.models import Invitation

    return lambda name: Invitation.objects.select_related("activity__unit", "person", "unit").get(
        activity=division_meeting, person__name_hi=name)


@pytest.fixture
def future_activity(db, admin, unit):
    """A new meeting of दुर्ग संभाग next week, with nobody invited."""
    from django.utils import timezone

    from sangathan.activities.actions import CreateActivity

    def make(title="परीक्षण बैठक", unit_name="दुर्ग संभाग", **fields):
        return CreateActivity(admin, source="cli", fields={
            "title": title, "unit": unit(unit_name), "starts_at": timezone.now() + datetime.timedelta(days=7),
            **fields}).run()

    return make
