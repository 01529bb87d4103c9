import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from sangathan.core import audit
from sangathan.core.models import AuditEvent
from sangathan.org.actions import MoveUnit, UpdateUnit


def test_the_demo_leaves_an_intact_chain(db):
    result = audit.verify()
    assert result.ok and result.checked > 100


def test_every_change_of_one_action_shares_one_action_id(admin, unit):
    before = AuditEvent.objects.count()
    MoveUnit(admin, unit=unit("बालोद जिला"), new_parent=unit("रायपुर संभाग")).run()
    events = list(AuditEvent.objects.all()[before:])
    assert [e.action for e in events] == ["unit.move"]
    assert events[0].before["parent_id"] == unit("दुर्ग संभाग").pk
    assert events[0].after["parent_id"] == unit("रायपुर संभाग").pk
    assert events[0].actor_label == "admin" and events[0].source == "web"


def test_verify_names_the_first_modified_event(admin, unit):
    UpdateUnit(admin, unit=unit("बालोद जिला"), fields={"name_en": "Balod"}).run()
    victim = AuditEvent.objects.order_by("id")[10]
    AuditEvent.objects.filter(pk=victim.pk).update(actor_label="someone else")
    result = audit.verify()
    assert not result.ok and result.first_bad_id == victim.pk
    with pytest.raises(CommandError, match=f"event {victim.pk}"):
        call_command("audit", "verify")


def test_verify_notices_a_deleted_event(db):
    victim = AuditEvent.objects.order_by("id")[5]
    AuditEvent.objects.filter(pk=victim.pk).delete()
    result = audit.verify()
    assert not result.ok and result.first_bad_id > victim.pk


def test_audit_cannot_be_written_outside_an_action(db, unit):
    with pytest.raises(RuntimeError):
        audit.log("x", "update", unit("बालोद जिला"))
