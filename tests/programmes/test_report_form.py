"""Reporting a target on the web, naming the activity that did it."""

from __future__ import annotations

import datetime

from django.urls import reverse
from django.utils import timezone

from sangathan.activities.actions import CreateActivity
from sangathan.core.models import AuditEvent
from sangathan.org.models import Level
from sangathan.programmes.actions import IssueProgramme
from sangathan.programmes.models import ProgrammeTarget


def test_a_report_may_name_an_activity_of_the_target(client_for, durg_manager, unit):
    """The activity choices were a sliced queryset, so every chosen activity failed as 'invalid'."""
    prog = IssueProgramme(durg_manager, issuer=unit("दुर्ग जिला"), target_level=Level.objects.get(key="booth"),
                          title="समीक्षा बैठक", due=timezone.localdate() + datetime.timedelta(days=5)).run()
    target = ProgrammeTarget.objects.filter(programme=prog).select_related("unit").first()
    meeting = CreateActivity(durg_manager, fields={"kind": "meeting", "title": "समीक्षा बैठक", "unit": target.unit,
                                                   "starts_at": timezone.now()}).run()
    c = client_for(durg_manager)
    url = reverse("programmes:report", args=[target.pk])
    assert str(meeting.pk) in c.get(url).content.decode()
    response = c.post(url, {"status": "done", "activity": meeting.pk, "note": ""})
    assert response.status_code == 302
    target.refresh_from_db()
    assert (target.status, target.activity_id) == ("done", meeting.pk)
    assert AuditEvent.objects.filter(action="programme.report", object_id=str(target.pk)).exists()


def test_an_activity_outside_the_target_is_still_refused(client_for, durg_manager, unit, seed_activity):
    prog = IssueProgramme(durg_manager, issuer=unit("दुर्ग जिला"), target_level=Level.objects.get(key="booth"),
                          title="समीक्षा", due=timezone.localdate()).run()
    target = ProgrammeTarget.objects.filter(programme=prog).first()
    response = client_for(durg_manager).post(reverse("programmes:report", args=[target.pk]),
                                             {"status": "done", "activity": seed_activity.pk})
    assert response.status_code == 200 and response.context["form"].errors["activity"]
    target.refresh_from_db()
    assert target.status == "pending"
