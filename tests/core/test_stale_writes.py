"""A write based on a stale read is refused with a clear message; nobody's change is lost silently."""

import pytest
from django.test import Client

from sangathan.accounts.models import ApiToken
from sangathan.activities.actions import DeleteActivity, UpdateActivity
from sangathan.activities.models import Activity
from sangathan.core.actions import Conflict
from sangathan.programmes.actions import ReportTarget
from sangathan.programmes.models import ProgrammeTarget


def test_deleting_an_activity_someone_just_edited_is_refused(durg_manager):
    meeting = Activity.objects.get(kind="virtual_meeting")
    seen = meeting.version
    UpdateActivity(durg_manager, activity=meeting, fields={"venue": "नया स्थान"}, version=seen).run()
    with pytest.raises(Conflict):
        DeleteActivity(durg_manager, activity=meeting, version=seen).run()
    assert Activity.objects.filter(pk=meeting.pk, venue="नया स्थान").exists()


def test_a_second_report_on_a_stale_form_is_refused(durg_manager, unit):
    from sangathan.core.tree import subtree_q

    target = ProgrammeTarget.objects.filter(subtree_q("unit__path", unit("दुर्ग जिला").path)).first()
    seen = target.reported_at.isoformat() if target.reported_at else ""
    ReportTarget(durg_manager, target=target, status="done", seen=seen).run()
    with pytest.raises(Conflict):
        ReportTarget(durg_manager, target=ProgrammeTarget.objects.get(pk=target.pk), status="not_done", seen=seen).run()
    assert ProgrammeTarget.objects.get(pk=target.pk).status == "done"


def test_moving_a_unit_through_the_api_with_an_old_version_is_a_409(state_admin, unit):
    c = Client(headers={"Authorization": f"Bearer {ApiToken.issue(state_admin)}"})
    ac = unit("दुर्ग ग्रामीण")
    r = c.post(f"/api/units/{ac.pk}/move", {"new_parent_id": unit("बालोद जिला").pk, "version": ac.version - 1 or 99},
               content_type="application/json")
    assert r.status_code == 409
    assert unit("दुर्ग ग्रामीण").parent == unit("दुर्ग जिला")


def test_two_moderators_cannot_both_decide_a_comment(durg_manager, state_admin):
    from sangathan.press.actions import ModerateComment, PublishNote, SubmitComment

    note = PublishNote(durg_manager, activity=Activity.objects.get(kind="virtual_meeting"), headline="ख", body="ग").run()
    comment = SubmitComment("public", note=note, ip_hash="x", name="क", email="a@example.org", body="ठीक").run()
    stale = type(comment).objects.get(pk=comment.pk)
    ModerateComment(durg_manager, comment=comment, decision="approved").run()
    with pytest.raises(Conflict):
        ModerateComment(state_admin, comment=stale, decision="rejected").run()
    assert type(comment).objects.get(pk=comment.pk).status == "approved"
