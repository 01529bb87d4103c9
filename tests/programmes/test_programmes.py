"""Programmes sent down the tree: targets, reports, rollups at every level, laggards, scope."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils import timezone

from sangathan.activities.models import Activity
from sangathan.core.models import AuditEvent
from sangathan.org.models import Level
from sangathan.programmes import rollups
from sangathan.programmes.actions import IssueProgramme, ReportTarget
from sangathan.programmes.models import ProgrammeRollup, ProgrammeTarget


@pytest.fixture
def booth_level(db):
    return Level.objects.get(key="booth")


@pytest.fixture
def programme(durg_manager, unit, booth_level):
    return IssueProgramme(durg_manager, issuer=unit("दुर्ग जिला"), target_level=booth_level,
                          title="हर बूथ 15 दिसंबर तक समिति समीक्षा बैठक करे",
                          due=timezone.localdate() - datetime.timedelta(days=1)).run()


def _row(programme, unit):
    return ProgrammeRollup.objects.get(programme=programme, unit=unit)


def test_issuing_targets_every_unit_of_the_level_in_the_subtree(programme, unit):
    assert programme.targets_count == 12 == ProgrammeTarget.objects.filter(programme=programme).count()
    assert _row(programme, unit("दुर्ग जिला")).targets == 12
    assert _row(programme, unit("उतई मंडल")).targets == 6
    assert _row(programme, unit("छत्तीसगढ़")).targets == 12
    assert AuditEvent.objects.filter(action="programme.issue", after__targets=12).exists()


def test_reports_move_the_counts_at_every_level(programme, balod_reporter, durg_manager, unit):
    target = ProgrammeTarget.objects.get(programme=programme, unit=unit("बूथ क्रमांक 1"))
    ReportTarget(durg_manager, target=target, status="done").run()
    ReportTarget(durg_manager, target=target, status="partly").run()
    for name in ("बूथ क्रमांक 1", "उतई मंडल शक्ति केंद्र 1", "उतई मंडल", "दुर्ग जिला", "भारत"):
        row = _row(programme, unit(name))
        assert (row.done, row.partly) == (0, 1), name
    assert rollups.verify() == []


def test_only_the_targets_own_subtree_may_report(programme, balod_reporter, outsider, unit):
    target = ProgrammeTarget.objects.get(programme=programme, unit=unit("बूथ क्रमांक 1"))
    for actor in (balod_reporter, outsider):
        with pytest.raises(Http404):
            ReportTarget(actor, target=target, status="done").run()


def test_the_linked_activity_must_be_in_the_targets_subtree(programme, durg_manager, unit):
    target = ProgrammeTarget.objects.get(programme=programme, unit=unit("बूथ क्रमांक 1"))
    elsewhere = Activity.objects.get(title="बालोद जिला आईटी सेल प्रशिक्षण कार्यशाला")
    with pytest.raises(ValidationError):
        ReportTarget(durg_manager, target=target, status="done", activity=elsewhere).run()


def test_a_programme_goes_only_below_its_issuer(durg_manager, unit):
    with pytest.raises(ValidationError):
        IssueProgramme(durg_manager, issuer=unit("दुर्ग जिला"), target_level=Level.objects.get(key="state"),
                       title="x", due=timezone.localdate()).run()
    with pytest.raises(Http404):
        IssueProgramme(durg_manager, issuer=unit("बालोद जिला"), target_level=Level.objects.get(key="booth"),
                       title="x", due=timezone.localdate()).run()


def test_the_detail_page_lists_laggards_first_and_overdue(programme, durg_manager, client_for, unit):
    for name in ("बूथ क्रमांक 7", "बूथ क्रमांक 8", "बूथ क्रमांक 9"):
        ReportTarget(durg_manager, target=ProgrammeTarget.objects.get(programme=programme, unit=unit(name)),
                     status="done").run()
    c = client_for(durg_manager)
    district = unit("दुर्ग जिला")
    r = c.get(f"/programmes/{programme.pk}/?unit={unit('दुर्ग ग्रामीण').pk}")
    assert r.status_code == 200
    body = r.content.decode()
    assert body.index("उतई मंडल") < body.index("पाटन मंडल")  # उतई has done nothing: it is the laggard
    assert _row(programme, district).done == 3
    assert c.get(f"/programmes/?unit={district.pk}").status_code == 200
    assert c.get(f"/programmes/{programme.pk}/?unit={unit('बालोद जिला').pk}").status_code == 404


def test_the_report_form_offers_only_activities_in_scope(programme, durg_manager, client_for, unit):
    target = ProgrammeTarget.objects.get(programme=programme, unit=unit("बूथ क्रमांक 1"))
    c = client_for(durg_manager)
    r = c.get(f"/programmes/targets/{target.pk}/report/")
    assert r.status_code == 200 and "बालोद जिला आईटी सेल" not in r.content.decode()
    r = c.post(f"/programmes/targets/{target.pk}/report/", {"status": "done", "note": "हो गया"})
    assert r.status_code == 302
    target.refresh_from_db()
    assert target.status == "done" and target.reported_by == durg_manager


def test_an_outsider_cannot_open_a_target(programme, outsider, client_for, unit):
    target = ProgrammeTarget.objects.get(programme=programme, unit=unit("बूथ क्रमांक 1"))
    assert client_for(outsider).get(f"/programmes/targets/{target.pk}/report/").status_code == 404
