"""The chain covers each event's payload hash instead of its payload (so erasure can tombstone it).

Existing chains are re-sealed in order under the new scheme, after checking each event under the
old one: a chain already broken is refused (re-sealing it would hide the tampering).
"""

import hashlib
import json

from django.db import migrations, models

GENESIS = "0" * 64


def _digest(prev, fields):
    body = json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256((prev + body).encode()).hexdigest()


def _header(e):
    return {"action_id": str(e.action_id), "action": e.action, "source": e.source, "actor": e.actor_label,
            "at": e.at.isoformat(), "verb": e.verb, "model": e.model, "object_id": str(e.object_id)}


def reseal(apps, schema_editor):
    AuditEvent = apps.get_model("core", "AuditEvent")
    db = schema_editor.connection.alias
    old_prev = new_prev = GENESIS
    batch = []
    for e in AuditEvent.objects.using(db).order_by("id").iterator(chunk_size=5000):
        old = _digest(old_prev, {**_header(e), "before": e.before, "after": e.after})
        if e.prev_hash != old_prev or e.hash != old:
            raise RuntimeError(f"the audit chain is already broken at event {e.id}; run `sangathan audit verify` "
                               "on the previous version and investigate before migrating")
        old_prev = e.hash
        body = json.dumps({"before": e.before, "after": e.after}, sort_keys=True, ensure_ascii=False, default=str)
        e.payload_hash = hashlib.sha256(body.encode()).hexdigest()
        e.prev_hash = new_prev
        e.hash = new_prev = _digest(new_prev, {**_header(e), "payload": e.payload_hash})
        batch.append(e)
        if len(batch) >= 2000:
            _save(AuditEvent, db, batch)
    _save(AuditEvent, db, batch)


def _save(AuditEvent, db, batch):
    AuditEvent.objects.using(db).bulk_update(batch, ["payload_hash", "prev_hash", "hash"], batch_size=500)
    batch.clear()


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]

    operations = [
        migrations.AddField(model_name="auditevent", name="payload_hash",
                            field=models.CharField(default="", max_length=64)),
        migrations.AddField(model_name="auditevent", name="erased_by",
                            field=models.BigIntegerField(blank=True, null=True)),
        migrations.RunPython(reseal, migrations.RunPython.noop),
    ]
