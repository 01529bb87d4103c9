"""Migration core/0002 re-seals a chain written under the old hashing, and refuses a broken one."""

import importlib

import pytest
from django.apps import apps
from django.db import connection

from sangathan.core import audit
from sangathan.core.models import AuditEvent

mig = importlib.import_module("sangathan.core.migrations.0002_audit_payload_hash")


class _Editor:
    connection = connection


def _write_old_chain() -> None:
    prev = mig.GENESIS
    for e in AuditEvent.objects.order_by("id"):
        old = mig._digest(prev, {**mig._header(e), "before": e.before, "after": e.after})
        AuditEvent.objects.filter(pk=e.pk).update(prev_hash=prev, hash=old, payload_hash="")
        prev = old


def test_an_old_chain_is_resealed_and_then_verifies(db):
    _write_old_chain()
    assert not audit.verify().ok  # the new check does not accept the old hashes
    mig.reseal(apps, _Editor())
    result = audit.verify()
    assert result.ok and result.checked == AuditEvent.objects.count()


def test_an_already_broken_old_chain_is_refused(db):
    _write_old_chain()
    victim = AuditEvent.objects.order_by("id")[7]
    AuditEvent.objects.filter(pk=victim.pk).update(actor_label="someone else")
    with pytest.raises(RuntimeError, match=f"broken at event {victim.pk}"):
        mig.reseal(apps, _Editor())
