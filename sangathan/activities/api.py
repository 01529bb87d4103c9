"""API: activities with participants, roles, speeches and attending units."""


import datetime

from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status
from ninja.pagination import paginate

from sangathan.activities.actions import CreateActivity, DeleteActivity, UpdateActivity
from sangathan.activities.export import record, with_related
from sangathan.activities.models import Activity, Kind, Mode
from sangathan.core.scoping import get_visible
from sangathan.core.tree import subtree_q
from sangathan.org.models import Unit, Wing
from sangathan.people.models import Person

router = Router(tags=["activities"])


class ActivitySummary(Schema):
    id: int
    kind: str
    title: str
    unit_id: int
    starts_at: datetime.datetime | None
    mode: str
    version: int


class ParticipantIn(Schema):
    person_id: int | None = None
    new_name_hi: str | None = None
    new_name_en: str = ""
    roles: list[str] = []
    posts: list[str] = []
    affiliation: str = ""
    mentioned_only: bool = False


class SpeechIn(Schema):
    person_id: int
    text: str


class AttendanceIn(Schema):
    unit_id: int
    note: str = ""


class ActivityIn(Schema):
    kind: Kind = Kind.MEETING
    title: str
    unit_id: int
    wing: str | None = None
    level_label: str = ""
    venue: str = ""
    dateline: str = ""
    starts_at: datetime.datetime | None = None
    mode: Mode = Mode.IN_PERSON
    join_link: str = ""
    description: str = ""
    byline: str = ""
    source_text: str = ""
    source_url: str = ""
    participants: list[ParticipantIn] = []
    speeches: list[SpeechIn] = []
    attendance: list[AttendanceIn] = []


class ActivityPatch(Schema):
    version: int
    kind: Kind | None = None
    title: str | None = None
    wing: str | None = None
    level_label: str | None = None
    venue: str | None = None
    dateline: str | None = None
    starts_at: datetime.datetime | None = None
    mode: Mode | None = None
    join_link: str | None = None
    description: str | None = None
    byline: str | None = None
    participants: list[ParticipantIn] | None = None
    speeches: list[SpeechIn] | None = None
    attendance: list[AttendanceIn] | None = None


def _activities(request, action="view"):
    return Activity.objects.visible_to(request.auth, action)


def _person(request, pk: int) -> Person:
    return get_visible(Person.objects.all(), request.auth, pk=pk)


def _unit(request, pk: int) -> Unit:
    return get_visible(Unit.objects.all(), request.auth, pk=pk)


def _nested(request, data) -> dict:
    """Turn ids in the payload into objects the caller may see (404 otherwise)."""
    out = {}
    if data.participants is not None:
        out["participants"] = [
            {"person": _person(request, p.person_id) if p.person_id else None,
             "new": {"name_hi": p.new_name_hi or "", "name_en": p.new_name_en},
             "roles": p.roles, "posts": p.posts, "affiliation": p.affiliation, "mentioned_only": p.mentioned_only}
            for p in data.participants]
    if data.speeches is not None:
        out["speeches"] = [{"person": _person(request, s.person_id), "text": s.text} for s in data.speeches]
    if data.attendance is not None:
        out["attendance"] = [{"unit": _unit(request, a.unit_id), "note": a.note} for a in data.attendance]
    return out


def _detail(activity_id: int, request) -> dict:
    a = get_visible(with_related(_activities(request)), request.auth, pk=activity_id)
    return record(a) | {"unit_id": a.unit_id, "kind": a.kind, "version": a.version,
                        "starts_at": a.starts_at.isoformat() if a.starts_at else None}


@router.get("/activities", response=list[ActivitySummary])
@paginate
def list_activities(request, unit_id: int | None = None, kind: Kind | None = None,
                    since: datetime.date | None = None):
    qs = _activities(request)
    if unit_id is not None:
        qs = qs.filter(subtree_q("unit_path", _unit(request, unit_id).path))
    if kind:
        qs = qs.filter(kind=kind)
    if since:
        qs = qs.filter(starts_at__date__gte=since)
    return qs


@router.get("/activities/{activity_id}", response=dict)
def get_activity(request, activity_id: int):
    """The activity in the press-record schema (SCHEMA.md), plus ids and version."""
    return _detail(activity_id, request)


@router.post("/activities", response={201: dict})
def create_activity(request, data: ActivityIn):
    fields = data.dict(exclude={"participants", "speeches", "attendance", "unit_id", "wing"})
    fields["unit"] = _unit(request, data.unit_id)
    fields["wing"] = get_object_or_404(Wing, key=data.wing) if data.wing else None
    activity = CreateActivity(request.auth, source="api", fields=fields, **_nested(request, data)).run()
    return Status(201, _detail(activity.pk, request))


@router.patch("/activities/{activity_id}", response=dict)
def update_activity(request, activity_id: int, data: ActivityPatch):
    activity = get_visible(_activities(request), request.auth, pk=activity_id)
    fields = data.dict(exclude_unset=True, exclude={"version", "participants", "speeches", "attendance", "wing"})
    if "wing" in data.model_fields_set:
        fields["wing"] = get_object_or_404(Wing, key=data.wing) if data.wing else None
    UpdateActivity(request.auth, source="api", activity=activity, fields=fields, version=data.version,
                   **_nested(request, data)).run()
    return _detail(activity_id, request)


@router.delete("/activities/{activity_id}", response={204: None})
def delete_activity(request, activity_id: int, version: int | None = None):
    """Pass `?version=` (as read) so a delete after someone else's edit is a 409, not a silent loss."""
    activity = get_visible(_activities(request), request.auth, pk=activity_id)
    DeleteActivity(request.auth, source="api", activity=activity, version=version).run()
    return Status(204, None)
