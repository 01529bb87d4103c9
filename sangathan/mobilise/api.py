"""API: an activity's invitations, the tree-selection preview and invite, check-in, notices."""

from __future__ import annotations

import datetime

from ninja import Router, Schema

from sangathan.activities.models import Activity
from sangathan.core.scoping import get_visible, require
from sangathan.mobilise.actions import CheckIn, InviteByTree, QueueNotices
from sangathan.mobilise.models import Invitation, NoticeBatch
from sangathan.mobilise.selection import Selection, preview
from sangathan.org.models import Level, Unit, Wing
from sangathan.people.models import Person, PostType

router = Router(tags=["mobilise"])


class SelectionIn(Schema):
    root_id: int | None = None
    level_keys: list[str] = []
    wing_keys: list[str] = []
    post_keys: list[str] = []
    person_ids: list[int] = []


class InvitationOut(Schema):
    id: int
    person_id: int
    person_name_hi: str
    unit_id: int
    post_label: str
    rsvp: str
    rsvp_reason: str
    sent_at: datetime.datetime | None
    channel: str
    attended_at: datetime.datetime | None
    attended_via: str
    revoked: bool


class BatchOut(Schema):
    id: int
    state: str
    total: int
    done: int
    emailed: int
    texted: int
    by_hand: int
    opted_out: int
    failed: int


def _selection(user, data: SelectionIn) -> Selection:
    from django.core.exceptions import ValidationError

    def pick(model, keys, field):
        found = list(model.objects.filter(key__in=keys))
        bad = set(keys) - {o.key for o in found}
        if bad:
            raise ValidationError({field: f"unknown: {', '.join(sorted(bad))}"})
        return found

    root = get_visible(Unit.objects.all(), user, "view", pk=data.root_id) if data.root_id else None
    people = list(Person.objects.visible_to(user, "view").filter(pk__in=data.person_ids))
    if len(people) != len(set(data.person_ids)):
        raise ValidationError({"person_ids": "no such person in your scope: "
                                             + ", ".join(str(i) for i in sorted(set(data.person_ids) - {p.pk for p in people}))})
    return Selection(root=root, levels=pick(Level, data.level_keys, "level_keys"), wings=pick(Wing, data.wing_keys, "wing_keys"),
                     posts=pick(PostType, data.post_keys, "post_keys"), people=people)


def _activity(user, pk: int) -> Activity:
    return get_visible(Activity.objects.select_related("unit"), user, "view", pk=pk)


@router.post("/activities/{activity_id}/invitations/preview")
def invitations_preview(request, activity_id: int, data: SelectionIn) -> dict:
    """Counts of who the selection would invite (names only up to 10,000)."""
    act = _activity(request.auth, activity_id)
    require(request.auth, "report", act.unit.path)
    p = preview(request.auth, _selection(request.auth, data), act)
    return {**{k: p[k] for k in ("total", "email", "phone_only", "by_hand", "opted_out", "already", "counts_only")},
            "by_level": [{"depth": x["unit__level__depth"], "level": x["unit__level__name_hi"], "units": x["units"],
                          "people": x["people"]} for x in p["by_level"]],
            "people": [{"id": r["person"].pk, "name_hi": r["person"].name_hi, "invited_as": r["label"],
                        "by_hand": r["by_hand"]} for r in p["listed"]]}


@router.post("/activities/{activity_id}/invitations")
def invite(request, activity_id: int, data: SelectionIn) -> dict:
    act = _activity(request.auth, activity_id)
    return InviteByTree(request.auth, source="api", activity=act, selection=_selection(request.auth, data)).run()


@router.get("/activities/{activity_id}/invitations", response=list[InvitationOut])
def invitations(request, activity_id: int, limit: int = 1000, offset: int = 0):
    act = _activity(request.auth, activity_id)
    qs = (Invitation.objects.visible_to(request.auth).filter(activity=act).select_related("person")
          .order_by("id")[offset:offset + min(limit, 5000)])
    return [{**{f: getattr(i, f) for f in InvitationOut.model_fields if f != "person_name_hi"},
             "person_name_hi": i.person.name_hi} for i in qs]


@router.post("/invitations/{invitation_id}/checkin")
def checkin(request, invitation_id: int, via: str = "list") -> dict:
    inv = get_visible(Invitation.objects.select_related("activity__unit", "unit"), request.auth, "view", pk=invitation_id)
    marked = CheckIn(request.auth, source="api", invitation=inv, via=via).run()
    return {"marked": marked, "attended_at": inv.attended_at}


@router.post("/activities/{activity_id}/notices", response=BatchOut)
def send_notices(request, activity_id: int, everyone: bool = False):
    act = _activity(request.auth, activity_id)
    base = request.build_absolute_uri("/").rstrip("/")
    return QueueNotices(request.auth, source="api", activity=act, base_url=base, only_unsent=not everyone).run()


@router.get("/notice-batches/{batch_id}", response=BatchOut)
def batch(request, batch_id: int):
    return get_visible(NoticeBatch.objects.all(), request.auth, "view", pk=batch_id)
