"""Personal-data actions: record consent, export a person's data, erase a person, apply retention.

Each runs in the action layer, so it is checked, atomic and audited. Erasure and retention keep
the rows (counts stay right) but blank what identifies someone, and tombstone the audit events
that held it: the chain still verifies (it covers payload hashes) and the tombstone names the
erasing event, which lists what it tombstoned.
"""

from __future__ import annotations

import datetime
import json

from django.apps import apps
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sangathan.core import audit
from sangathan.core.actions import Action, Conflict
from sangathan.core.models import AuditEvent
from sangathan.core.scoping import can
from sangathan.people.models import Person
from sangathan.privacy import export
from sangathan.privacy.models import Consent

ERASED_HI, ERASED_EN = "(मिटाया गया)", "(erased)"
CHUNK = 2000  # ids per statement: well inside SQLite's and PostgreSQL's parameter limits


class RecordConsent(Action):
    """Consent given or withdrawn, with its source and date; a manager of the person's unit records it."""

    name = "privacy.consent"

    def check(self) -> None:
        self.require("manage", self.params["person"].home_unit.path)

    def execute(self) -> Consent:
        p = self.params
        on = p.get("on") or datetime.date.today()
        if isinstance(on, str):
            try:
                on = datetime.date.fromisoformat(on)
            except ValueError:
                raise ValidationError({"on": _("'%(value)s' is not a date (YYYY-MM-DD)") % {"value": on}}) from None
        if on > datetime.date.today():
            raise ValidationError({"on": _("the consent date cannot be in the future")})
        c = Consent(person=p["person"], purpose=p.get("purpose") or Consent.Purpose.CONTACT,
                    given=p.get("given", True), source=p.get("consent_source") or "", on=on,
                    recorded_by=self.actor if getattr(self.actor, "pk", None) else None)
        c.full_clean()
        c.save()
        self.log("create", c)
        return c


def may_export(actor, person: Person) -> bool:
    """The person themself (their linked account), or a manager of their home unit."""
    return bool(getattr(actor, "pk", None) and person.user_id == actor.pk) or can(actor, "manage",
                                                                                  person.home_unit.path)


class ExportPersonData(Action):
    """Everything held about a person as JSON; the export itself is audited (what, not the data)."""

    name = "privacy.export"

    def check(self) -> None:
        person = self.params["person"]
        if not may_export(self.actor, person):
            self.require("manage", person.home_unit.path)

    def execute(self) -> dict:
        person = self.params["person"]
        own = bool(getattr(self.actor, "pk", None) and person.user_id == self.actor.pk)
        data = export.collect(person, self.actor, own=own)
        audit.record(self.name, [("export", Person, person.pk, None, {"own": own, "counts": export.counts(data)})])
        return data


class ErasePerson(Action):
    """Erasure on request: names and contact details go from the person, their account and their
    comments; the rows stay (so counts stay); the person's audit snapshots become tombstones."""

    name = "privacy.erase"

    def check(self) -> None:
        self.require("admin", self.params["person"].home_unit.path)
        if self.params["person"].name_hi == ERASED_HI and not self.params["person"].phone:
            raise ValidationError(_("this person has already been erased"))

    def execute(self) -> Person:
        person: Person = Person.objects.select_for_update().get(pk=self.params["person"].pk)
        version = self.params.get("version")
        if version is not None and version != person.version:
            raise Conflict(_("the person was changed by someone else (version %(version)s, you read version "
                             "%(expected)s); look at the record again before erasing it")
                           % {"version": person.version, "expected": version})
        email = person.email
        Person.objects.filter(pk=person.pk).update(name_hi=ERASED_HI, name_en=ERASED_EN, phone="", email="",
                                                   name_key="", version=person.version + 1,
                                                   updated_at=timezone.now())
        erased = {"person": ["name_hi", "name_en", "phone", "email", "name_key"]}
        from sangathan.activities.models import Participation

        n = Participation.objects.filter(person=person).exclude(affiliation="").update(affiliation="")
        if n:
            erased["participation.affiliation"] = n
        if person.user_id:
            user = person.user
            user.first_name = user.last_name = user.email = ""
            user.is_active = False
            user.set_unusable_password()
            user.save(update_fields=["first_name", "last_name", "email", "is_active", "password"])
            erased["account"] = ["first_name", "last_name", "email", "password"]
        comment_events: list[int] = []
        if email:
            from sangathan.press.models import Comment

            ids = list(Comment.objects.filter(email__iexact=email).values_list("pk", flat=True))
            Comment.objects.filter(pk__in=ids).update(name="", email="", ip_hash="")
            comment_events = _event_ids("press.comment", ids)
            if ids:
                erased["comments"] = len(ids)
        invitation_events = _erase_invitations(person, erased)
        events = _event_ids("people.person", [person.pk]) + comment_events + invitation_events
        if person.user_id:
            events += _event_ids(apps.get_model(settings.AUTH_USER_MODEL)._meta.label_lower, [person.user_id])
        names = [n for n in {person.name_hi, person.name_en} if len(n) >= 3]
        erased.update(_redact_records(person, names))
        redacted = _redact_events(names, exclude=set(events))
        eraser = audit.tombstone(self.name, "erase", Person, person.pk, events + list(redacted),
                                 {"erased": erased, "redacted_events": len(redacted),
                                  "reason": str(self.params.get("reason") or "")[:200]})
        # events that only mention the name keep their payload with the name replaced
        for pk, (before, after) in redacted.items():
            AuditEvent.objects.filter(pk=pk).update(before=before, after=after, erased_by=eraser.pk)
        self.eraser = eraser
        person.refresh_from_db()
        return person


def _erase_invitations(person: Person, erased: dict) -> list[int]:
    """The person's invitations lose their answer's reason and their personal link (the nonce the
    signed token names), and the SMS texts queued for them (phone, name, link) are blanked; whether
    they were invited and came stays, so turnout counts stay. Returns the audit events to tombstone."""
    from sangathan.mobilise.models import Invitation, OutboxMessage

    ids = list(Invitation.objects.filter(person=person).values_list("pk", flat=True))
    if not ids:
        return []
    Invitation.objects.filter(pk__in=ids).update(rsvp_reason="", nonce="")
    n = OutboxMessage.objects.filter(invitation__person=person).exclude(phone="", text="").update(phone="", text="")
    erased["invitations"] = len(ids)
    if n:
        erased["outbox_messages"] = n
    return _event_ids("mobilise.invitation", ids)


def _redact(value, names: list[str]):
    if isinstance(value, str):
        for n in names:
            value = value.replace(n, ERASED_HI)
        return value
    if isinstance(value, list):
        return [_redact(v, names) for v in value]
    if isinstance(value, dict):
        return {k: _redact(v, names) for k, v in value.items()}
    return value


def _redact_records(person: Person, names: list[str]) -> dict[str, int]:
    """The person's names in the free text of the activities they took part in, their speeches and
    those activities' press notes, replaced by the erased marker."""
    if not names:
        return {}
    from sangathan.activities.models import Activity, Speech
    from sangathan.press.models import PressNote

    activities = Activity.objects.filter(participations__person=person).distinct()
    out: dict[str, int] = {}
    for label, qs in (("activities", activities), ("press_notes", PressNote.objects.filter(activity__in=activities)),
                      ("speeches", Speech.objects.filter(activity__in=activities))):
        model = qs.model
        fields = [f.name for f in model._meta.concrete_fields
                  if isinstance(f, (models.CharField, models.TextField)) and not f.choices]
        n = 0
        for obj in qs.only("pk", *fields):
            changed = {f: _redact(getattr(obj, f), names) for f in fields if _redact(getattr(obj, f), names) != getattr(obj, f)}
            if changed:
                model._base_manager.filter(pk=obj.pk).update(**changed)
                n += 1
        if n:
            out[label] = n
    return out


def _redact_events(names: list[str], exclude: set[int]) -> dict[int, tuple]:
    """Audit events whose snapshots mention a name: id -> redacted (before, after)."""
    if not names:
        return {}
    q = Q()
    for n in names:
        for form in {n, json.dumps(n)[1:-1]}:  # SQLite keeps JSON \u-escaped, PostgreSQL does not
            q |= Q(bt__contains=form) | Q(at_text__contains=form)
    found = (AuditEvent.objects.filter(erased_by__isnull=True)
             .annotate(bt=Cast("before", TextField()), at_text=Cast("after", TextField())).filter(q)
             .exclude(pk__in=exclude).values_list("pk", "before", "after"))
    return {pk: (_redact(b, names), _redact(a, names)) for pk, b, a in found}


def _event_ids(model_label: str, pks) -> list[int]:
    pks = [str(pk) for pk in pks]
    out: list[int] = []
    for i in range(0, len(pks), CHUNK):
        out += AuditEvent.objects.filter(model=model_label, object_id__in=pks[i:i + CHUNK],
                                         erased_by__isnull=True).values_list("pk", flat=True)
    return out


def retention_rules() -> dict[str, dict]:
    return getattr(settings, "SANGATHAN_RETENTION", {})


def _path_field(model, path: str):
    """The field a lookup path such as `activity__starts_at` ends on, or None."""
    field = None
    for part in path.split("__"):
        if model is None:
            return None
        try:
            field = model._meta.get_field(part)
        except Exception:  # noqa: BLE001 - FieldDoesNotExist and friends: the rule names no such field
            return None
        model = field.related_model if field.is_relation else None
    return field


def rule_queryset(label: str, rule: dict, now: datetime.datetime | None = None):
    """The rows a rule treats now: older than `days` by `date_field` (a field of the model or a path to
    one, e.g. the activity's start for invitations), and not already blanked."""
    model = apps.get_model(label)
    cutoff = (now or timezone.now()) - datetime.timedelta(days=int(rule["days"]))
    qs = model._base_manager.filter(**{f"{rule.get('date_field', 'created_at')}__lt": cutoff})
    blank = rule.get("anonymise") or []
    if blank:
        # already anonymised rows are not counted again
        qs = qs.exclude(**{f: "" for f in blank})
    return qs, cutoff


# How the admin page names what a rule treats (a rule for another model shows its raw names)
RULE_TEXT = {
    "press.comment": gettext_lazy("comments on press notes"),
    "mobilise.invitation": gettext_lazy("invitations"),
    "mobilise.outboxmessage": gettext_lazy("SMS notices in the outbox"),
}
FIELD_TEXT = {
    "name": gettext_lazy("name"), "email": gettext_lazy("e-mail"), "ip_hash": gettext_lazy("address hash"),
    "phone": gettext_lazy("phone"), "text": gettext_lazy("message text (name and link)"),
    "nonce": gettext_lazy("personal link"), "rsvp_reason": gettext_lazy("reason given with the answer"),
}
FROM_TEXT = {
    "created_at": gettext_lazy("when it was written"),
    "activity__starts_at": gettext_lazy("the activity"),
    "invitation__activity__starts_at": gettext_lazy("the activity"),
}


def describe_rules(count_due: bool = False) -> list[dict]:
    """The rules as an admin reads them: what, after how many days from which date, what is blanked,
    and (`count_due`: organisation-wide, for superusers) how many rows are due now."""
    out = []
    for label, rule in retention_rules().items():
        date_field = rule.get("date_field", "created_at")
        blank = rule.get("anonymise") or []
        out.append({"label": label, "what": RULE_TEXT.get(label, label), "days": int(rule["days"]),
                    "from": FROM_TEXT.get(date_field, date_field), "blank": [FIELD_TEXT.get(f, f) for f in blank],
                    "due": rule_queryset(label, rule)[0].count() if count_due else None})
    return out


class ApplyRetention(Action):
    """For each rule in settings.SANGATHAN_RETENTION, rows older than `days` by `date_field`:
    `anonymise` blanks the listed fields, otherwise the rows are deleted; their audit snapshots
    are tombstoned. One audited event per rule, with the counts. Superusers only."""

    name = "privacy.retention"

    def check(self) -> None:
        if not getattr(self.actor, "is_superuser", False):
            raise PermissionDenied(_("only a superuser may apply the retention rules"))
        for label, rule in retention_rules().items():
            try:
                model = apps.get_model(label)
            except (LookupError, ValueError):
                raise ValidationError(_("retention rule for '%(label)s': no such model") % {"label": label}) from None
            names = {f.name for f in model._meta.get_fields()}
            date_field = rule.get("date_field", "created_at")
            if _path_field(model, date_field) is None:
                raise ValidationError(_("retention rule for '%(label)s': no field '%(field)s'")
                                      % {"label": label, "field": date_field})
            for field in rule.get("anonymise", []):
                if field not in names:
                    raise ValidationError(_("retention rule for '%(label)s': no field '%(field)s'")
                                          % {"label": label, "field": field})
            if int(rule.get("days", 0)) < 1:
                raise ValidationError(_("retention rule for '%(label)s': days must be at least 1") % {"label": label})

    def execute(self) -> dict[str, int]:
        now = timezone.now()
        dry = bool(self.params.get("dry_run"))
        done: dict[str, int] = {}
        for label, rule in retention_rules().items():
            model = apps.get_model(label)
            qs, cutoff = rule_queryset(label, rule, now)
            blank = rule.get("anonymise") or []
            ids = list(qs.values_list("pk", flat=True))
            done[label] = len(ids)
            if dry or not ids:
                continue
            events: list[int] = []
            for i in range(0, len(ids), CHUNK):
                part = ids[i:i + CHUNK]
                events += _event_ids(model._meta.label_lower, part)
                if blank:
                    model._base_manager.filter(pk__in=part).update(**{f: "" for f in blank})
                else:
                    model._base_manager.filter(pk__in=part).delete()
            audit.tombstone(self.name, "redact" if blank else "delete", model, f"retention:{cutoff.date()}",
                            events, {"rule": {k: v for k, v in rule.items()}, "rows": len(ids),
                                     "cutoff": cutoff.isoformat()})
        return done
