"""Retention: old comments lose the commenter's name, e-mail and address hash; audited, chain intact."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.utils import timezone, translation

from sangathan.core import audit
from sangathan.core.models import AuditEvent
from sangathan.press.actions import PublishNote, SubmitComment
from sangathan.press.models import Comment
from sangathan.privacy.actions import ApplyRetention


@pytest.fixture
def comments(durg_manager):
    from sangathan.activities.models import Activity

    note = PublishNote(durg_manager, activity=Activity.objects.get(kind="virtual_meeting"), headline="बैठक",
                       body="दुर्ग।\nबैठक हुई।").run()
    old = SubmitComment(None, note=note, name="रमेश", email="ramesh@example.org", body="पुरानी", ip_hash="a").run()
    new = SubmitComment(None, note=note, name="सीता", email="sita@example.org", body="नई", ip_hash="b").run()
    Comment.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=400))
    return old, new


def test_old_comments_are_anonymised_and_new_ones_kept(admin, comments):
    old, new = comments
    assert ApplyRetention(admin, dry_run=True).run()["press.comment"] == 1
    assert Comment.objects.get(pk=old.pk).name == "रमेश"
    assert ApplyRetention(admin).run()["press.comment"] == 1
    o, n = Comment.objects.get(pk=old.pk), Comment.objects.get(pk=new.pk)
    assert (o.name, o.email, o.ip_hash, o.body) == ("", "", "", "पुरानी") and n.name == "सीता"
    e = AuditEvent.objects.get(action="privacy.retention")
    assert e.after["rows"] == 1 and AuditEvent.objects.get(action="comment.submit", object_id=str(old.pk)).erased_by == e.pk
    assert audit.verify().ok
    assert ApplyRetention(admin).run()["press.comment"] == 0  # nothing twice


def test_only_a_superuser_applies_retention(state_admin, comments):
    with pytest.raises(PermissionDenied):
        ApplyRetention(state_admin).run()


@pytest.mark.parametrize("rule, message", [({"press.nothing": {"days": 3}}, "no such model"),
                                           ({"press.comment": {"days": 3, "anonymise": ["nope"]}}, "no field"),
                                           ({"press.comment": {"days": 0, "anonymise": ["name"]}}, "at least 1")])
def test_a_bad_rule_is_named_and_nothing_changes(admin, comments, settings, rule, message):
    settings.SANGATHAN_RETENTION = rule
    before = AuditEvent.objects.count()
    with translation.override("en"), pytest.raises(ValidationError, match=message):
        ApplyRetention(admin).run()
    assert AuditEvent.objects.count() == before and Comment.objects.filter(name="रमेश").exists()


def test_the_command_reports_per_rule(admin, comments, capsys):
    call_command("privacy", "retention", "--dry-run")
    assert "press.comment: 1 rows would be treated" in capsys.readouterr().out
