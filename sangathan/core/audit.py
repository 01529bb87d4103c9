"""Audit events: written by actions only, one action id per user action, hash-chained.

Each event's hash covers its header (who, when, what), the hash of its payload (the before and
after snapshots) and the previous event's hash, so editing or deleting any row breaks the chain
from that row on; `verify()` finds the first broken link.

Because the chain covers the payload's *hash*, not the payload, an erasure (sangathan.privacy) can
replace a person's snapshots by a tombstone and the chain still verifies: the event keeps its
payload hash and names the erasure event (`erased_by`), and that erasure event, itself chained,
lists the events it tombstoned. A tombstone not vouched for by such an erasure event is tampering.
"""

from __future__ import annotations

import contextvars
import datetime
import decimal
import hashlib
import json
import uuid
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection, models, transaction
from django.utils import timezone

from sangathan.core.models import AuditEvent

GENESIS = "0" * 64
_LOCK_KEY = 7_262_011  # PostgreSQL advisory lock serialising appends to the chain


@dataclass
class Context:
    action_id: uuid.UUID
    actor: object | None
    source: str


_current: contextvars.ContextVar[Context | None] = contextvars.ContextVar("audit_context", default=None)


@contextmanager
def context(actor, source: str):
    """One user action: nested actions share the outer action id."""
    outer = _current.get()
    if outer is not None:
        yield outer
        return
    token = _current.set(Context(uuid.uuid4(), actor, source))
    try:
        yield _current.get()
    finally:
        _current.reset(token)


def _jsonable(value):
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    if isinstance(value, (decimal.Decimal, uuid.UUID)):
        return str(value)
    return value


def snapshot(obj: models.Model) -> dict:
    """The concrete field values of a row, JSON-safe (foreign keys as ids)."""
    return {f.attname: _jsonable(getattr(obj, f.attname)) for f in obj._meta.concrete_fields}


def _digest(prev_hash: str, fields: dict) -> str:
    body = json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256((prev_hash + body).encode()).hexdigest()


ERASING_ACTIONS = ("privacy.erase", "privacy.retention")  # the actions that may tombstone events
TOMBSTONE = {"tombstone": True}


def payload_hash(before, after) -> str:
    """The hash of an event's snapshots; the chain covers this, so the snapshots can be tombstoned."""
    body = json.dumps({"before": before, "after": after}, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(body.encode()).hexdigest()


def _hashed_fields(e: AuditEvent) -> dict:
    return {
        "action_id": str(e.action_id), "action": e.action, "source": e.source,
        "actor": e.actor_label, "at": e.at.isoformat(), "verb": e.verb, "model": e.model,
        "object_id": str(e.object_id), "payload": e.payload_hash,
    }


def seal(e: AuditEvent, prev: str) -> str:
    """Set the event's payload hash, link and hash; returns the hash (the next event's link)."""
    e.payload_hash = payload_hash(e.before, e.after)
    e.prev_hash = prev
    e.hash = _digest(prev, _hashed_fields(e))
    return e.hash


def _last_hash() -> str:
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", [_LOCK_KEY])
    last = AuditEvent.objects.order_by("-id").values_list("hash", flat=True).first()
    return last or GENESIS


def record(action: str, changes: Iterable[tuple[str, models.Model | type, object, dict | None, dict | None]]) -> int:
    """Append events for (verb, model-or-instance, pk, before, after) tuples; returns how many."""
    ctx = _current.get()
    if ctx is None:
        raise RuntimeError("audit.record() called outside an action context")
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("audit.record() must run inside the action's transaction")
    actor = ctx.actor if getattr(ctx.actor, "pk", None) else None
    label = getattr(ctx.actor, "username", None) or str(ctx.actor or "system")
    now = timezone.now()
    prev = _last_hash()
    events = []
    for verb, model, pk, before, after in changes:
        e = AuditEvent(action_id=ctx.action_id, action=action, source=ctx.source, actor=actor,
                       actor_label=label, at=now, verb=verb, model=model._meta.label_lower,
                       object_id=str(pk), before=before, after=after)
        prev = seal(e, prev)
        events.append(e)
    AuditEvent.objects.bulk_create(events, batch_size=2000)
    return len(events)


def log(action: str, verb: str, obj: models.Model, before: dict | None = None, after: dict | None = None) -> None:
    if after is None and verb != "delete":
        after = snapshot(obj)
    record(action, [(verb, obj, obj.pk, before, after)])


@dataclass
class VerifyResult:
    ok: bool
    checked: int
    first_bad_id: int | None = None
    reason: str = ""


def tombstone(action: str, verb: str, model, pk, event_ids: list[int], after: dict | None = None) -> AuditEvent:
    """Record an erasing event that lists `event_ids`, then replace those events' snapshots by a
    tombstone naming it. The chain still verifies: it covers the payload hashes, which stay."""
    if action not in ERASING_ACTIONS:
        raise ValueError(f"{action} may not tombstone audit events")
    ctx = _current.get()
    record(action, [(verb, model, pk, None, {**(after or {}), "tombstoned": sorted(event_ids)})])
    eraser = AuditEvent.objects.filter(action_id=ctx.action_id, action=action).order_by("-id").first()
    AuditEvent.objects.filter(pk__in=event_ids).update(before=TOMBSTONE, after=TOMBSTONE, erased_by=eraser.pk)
    return eraser


def _vouches_for(eraser: AuditEvent) -> frozenset[int]:
    """The ids an erasing event vouches for: those it lists, if it is itself intact (else none)."""
    if not (eraser.action in ERASING_ACTIONS and eraser.erased_by is None
            and eraser.payload_hash == payload_hash(eraser.before, eraser.after)):
        return frozenset()
    return frozenset((eraser.after or {}).get("tombstoned") or [])


def _tombstone_vouched(e: AuditEvent, eraser: AuditEvent | None, seen: dict[int, frozenset[int]] | None = None) -> bool:
    """A tombstoned event is valid only if a later, intact erasing event lists it. `seen` caches each
    eraser's list: a retention run can tombstone 100,000 events, and rehashing its payload (and
    searching its list) once per event made `verify` quadratic."""
    if eraser is None or eraser.id <= e.id:
        return False
    if seen is None:
        return e.id in _vouches_for(eraser)
    if eraser.id not in seen:
        seen[eraser.id] = _vouches_for(eraser)
    return e.id in seen[eraser.id]


def verify_events(events: Iterable[AuditEvent], erasers: dict[int, AuditEvent]) -> VerifyResult:
    """Check a chain given its events in id order and its erasing events by id."""
    prev = GENESIS
    checked = 0
    seen: dict[int, frozenset[int]] = {}
    for e in events:
        if e.prev_hash != prev:
            return VerifyResult(False, checked, e.id, "link to the previous event is broken (an event was removed or reordered)")
        if e.erased_by is None:
            if e.payload_hash != payload_hash(e.before, e.after):
                return VerifyResult(False, checked, e.id, "content does not match its hash (the event was modified)")
        elif not _tombstone_vouched(e, erasers.get(e.erased_by), seen):
            return VerifyResult(False, checked, e.id, "tombstone without a matching erasure event (the event was modified)")
        if e.hash != _digest(prev, _hashed_fields(e)):
            return VerifyResult(False, checked, e.id, "content does not match its hash (the event was modified)")
        prev = e.hash
        checked += 1
    return VerifyResult(True, checked)


def verify(batch: int = 5000, using: str = "default") -> VerifyResult:
    """Recompute the chain from the start; name the first event whose hash or link is wrong."""
    qs = AuditEvent.objects.using(using)
    erasers = {e.id: e for e in qs.filter(action__in=ERASING_ACTIONS)}
    return verify_events(qs.order_by("id").iterator(chunk_size=batch), erasers)


def head(using: str = "default") -> dict:
    """The chain head: the last event's id and hash, and how many events there are."""
    qs = AuditEvent.objects.using(using)
    last = qs.order_by("-id").values("id", "hash").first()
    return {"events": qs.count(), "last_id": last["id"] if last else None,
            "last_hash": last["hash"] if last else GENESIS}
