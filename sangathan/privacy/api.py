"""API: a person's consent (record, withdraw, history), their data export, erasure on request, and
the log of privacy actions. Every person is found through the scoping layer (out of scope: 404) and
every write runs through the privacy actions, so it is checked and audited like the web and CLI."""

import datetime
from typing import Any, Literal

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate

from sangathan.core.models import AuditEvent
from sangathan.core.scoping import get_visible, require
from sangathan.people.models import Person
from sangathan.privacy.actions import ErasePerson, ExportPersonData, RecordConsent
from sangathan.privacy.models import Consent

router = Router(tags=["privacy"])


class ErrorOut(Schema):
    detail: str


class InvalidOut(Schema):
    """422: {"detail": "invalid input", "errors": {field: [messages]}} from the actions, or the
    framework's list of what did not parse."""

    detail: str | list[dict[str, Any]]
    errors: dict[str, list[str]] | None = None


ERRORS = {403: ErrorOut, 404: ErrorOut, 422: InvalidOut}


class ConsentIn(Schema):
    given: bool = Field(True, description="false records that consent was withdrawn")
    source: Consent.Source
    on: datetime.date | None = Field(None, description="when it was given or withdrawn (default today)")
    purpose: Consent.Purpose = Consent.Purpose.CONTACT


class ConsentOut(Schema):
    id: int
    person_id: int
    purpose: str
    given: bool
    source: str
    on: datetime.date
    recorded_at: datetime.datetime


class ExportOut(Schema):
    """Everything held about the person (format sangathan.person-export/1): the same document as
    `sangathan privacy export` and the web download."""

    format: str
    person: dict[str, Any]
    consents: list[dict[str, Any]]
    posts: list[dict[str, Any]]
    committee_seats: list[dict[str, Any]]
    attendance: list[dict[str, Any]]
    speeches: list[dict[str, Any]]
    invitations: list[dict[str, Any]]
    comments: list[dict[str, Any]]
    account: dict[str, Any] | None
    audit: list[dict[str, Any]]


class EraseIn(Schema):
    confirm: bool = Field(description="must be true: erasure cannot be undone")
    reason: str = Field(min_length=1, max_length=200, pattern=r"\S",
                        description="why, not only spaces (no personal data: it is kept in the audit)")
    version: int = Field(description="the person's version as read; a later change is a 409")


class ErasedOut(Schema):
    person_id: int
    version: int
    erased: dict[str, Any]
    redacted_events: int
    audit_event_id: int


class PrivacyEventOut(Schema):
    id: int
    at: datetime.datetime
    action: str
    verb: str
    model: str
    object_id: str
    actor: str = Field(alias="actor_label")
    source: str
    after: dict[str, Any] | None


def _denied() -> str:
    return _("your role does not allow '%(action)s' here")


def _person(request, person_id: int) -> Person:
    """The caller's own person record, or one in their scope; anything else is a 404."""
    people = Person.objects.select_related("home_unit", "user")
    own = people.filter(pk=person_id, user_id=request.auth.pk).first()
    return own or get_visible(people, request.auth, "view", pk=person_id)


def _consent_out(c: Consent) -> dict:
    return {"id": c.pk, "person_id": c.person_id, "purpose": c.purpose, "given": c.given, "source": c.source,
            "on": c.on, "recorded_at": c.recorded_at}


@router.get("/people/{person_id}/consents", response={200: list[ConsentOut], **ERRORS})
def list_consents(request, person_id: int):
    """The person's consent history, newest first (the first one is in force). Needs manage."""
    person = get_visible(Person.objects.select_related("home_unit"), request.auth, "view", pk=person_id)
    require(request.auth, "manage", person.home_unit.path, _denied() % {"action": "manage"})
    return [_consent_out(c) for c in Consent.objects.filter(person=person).order_by("-on", "-id")]


@router.post("/people/{person_id}/consents", response={201: ConsentOut, **ERRORS})
def record_consent(request, person_id: int, data: ConsentIn):
    """Record consent to contact given, or withdrawn (`given: false`), with its source and date."""
    person = get_visible(Person.objects.select_related("home_unit"), request.auth, "view", pk=person_id)
    c = RecordConsent(request.auth, source="api", person=person, given=data.given, on=data.on,
                      consent_source=data.source.value, purpose=data.purpose.value).run()
    return Status(201, _consent_out(c))


@router.get("/people/{person_id}/export", response={200: ExportOut, **ERRORS})
def export_person(request, person_id: int):
    """Everything held about a person: the person themself, or a manager of their home unit."""
    return ExportPersonData(request.auth, source="api", person=_person(request, person_id)).run()


@router.get("/me/export", response={200: ExportOut, 404: ErrorOut})
def export_my_data(request):
    """The caller's own data (their account's person record); 404 when the account has none."""
    person = Person.objects.select_related("home_unit", "user").filter(user_id=request.auth.pk).first()
    if person is None:
        return Status(404, {"detail": "not found"})
    return ExportPersonData(request.auth, source="api", person=person).run()


@router.post("/people/{person_id}/erase", response={200: ErasedOut, 409: ErrorOut, **ERRORS})
def erase_person(request, person_id: int, data: EraseIn):
    """Erasure on request: names and contact details go, counts and the audit chain stay. Needs admin
    of the person's home unit, `confirm: true`, a reason, and the version read (stale: 409)."""
    person = get_visible(Person.objects.select_related("home_unit", "user"), request.auth, "view", pk=person_id)
    if not data.confirm:
        # the role comes first: a viewer learns nothing more from a 422 than from the 403
        require(request.auth, "admin", person.home_unit.path, _denied() % {"action": "admin"})
        raise ValidationError({"confirm": [_("confirm the erasure: it cannot be undone")]})
    action = ErasePerson(request.auth, source="api", person=person, reason=data.reason.strip(), version=data.version)
    person = action.run()
    e = action.eraser
    return {"person_id": person.pk, "version": person.version, "erased": e.after.get("erased", {}),
            "redacted_events": e.after.get("redacted_events", 0), "audit_event_id": e.pk}


@router.get("/privacy/events", response={200: list[PrivacyEventOut], 403: ErrorOut})
@paginate
def list_privacy_events(request, action: Literal["consent", "export", "erase", "retention"] | None = None):
    """Consents, exports, erasures and retention runs the caller may see, newest first (admins)."""
    from sangathan.web.views.audit import events_visible
    from sangathan.web.views.base import is_audit_admin

    if not is_audit_admin(request.auth):
        raise PermissionDenied(_("only admins see the privacy log"))
    qs = events_visible(request.auth).filter(action__startswith="privacy.")
    if action:
        qs = qs.filter(action=f"privacy.{action}")
    return qs.order_by("-id")
