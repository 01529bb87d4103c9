"""API: rallies reaching a unit, the turnout under a unit (sub-units laggards first), a unit's report."""

from __future__ import annotations

import datetime

from django.http import Http404
from ninja import Router, Schema

from sangathan.core.scoping import get_visible
from sangathan.org.models import Unit
from sangathan.rallies.actions import ReportTurnout
from sangathan.rallies.models import RallyRollup, RallyTarget
from sangathan.rallies.views import laggards_first, view_of

router = Router(tags=["rallies"])


class ReportIn(Schema):
    people: int
    vehicles: int = 0
    note: str = ""
    seen: str | None = None  # `reported_at` as read ("" if never reported); a later report is a 409


class TargetOut(Schema):
    id: int
    rally_id: int
    unit_id: int
    people_target: int
    vehicles_target: int
    people: int | None
    vehicles: int | None
    note: str
    reported_at: datetime.datetime | None


def _rally_out(r, sums: dict) -> dict:
    return {"id": r.pk, "title": r.title, "held_on": r.held_on, "place": r.place, "organiser_id": r.organiser_id,
            "target_level": r.target_level.key, "closed": r.closed, **sums}


@router.get("/units/{unit_id}/rallies")
def list_rallies(request, unit_id: int) -> list[dict]:
    """Rallies with targets in the unit's subtree and their sums there."""
    unit = get_visible(Unit.objects.all(), request.auth, "view", pk=unit_id)
    return [_rally_out(r.rally, view_of(r)) for r in RallyRollup.objects.filter(unit=unit)
            .select_related("rally__target_level").order_by("rally__held_on")]


@router.get("/units/{unit_id}/rallies/{rally_id}")
def rally_turnout(request, unit_id: int, rally_id: int) -> dict:
    unit = get_visible(Unit.objects.all(), request.auth, "view", pk=unit_id)
    mine = RallyRollup.objects.select_related("rally__target_level").filter(unit=unit, rally_id=rally_id).first()
    if mine is None:  # the rally does not reach this unit
        raise Http404
    children = laggards_first([(r.unit, view_of(r)) for r in RallyRollup.objects.filter(
        rally_id=rally_id, unit__parent=unit).select_related("unit")])
    return {**_rally_out(mine.rally, view_of(mine)),
            "children": [{"unit_id": u.pk, "name_hi": u.name_hi, **r} for u, r in children]}


@router.post("/rally-targets/{target_id}/report", response=TargetOut)
def report_turnout(request, target_id: int, data: ReportIn):
    target = get_visible(RallyTarget.objects.select_related("unit", "rally"), request.auth, "view", pk=target_id)
    return ReportTurnout(request.auth, source="api", target=target, people=data.people, vehicles=data.vehicles,
                         note=data.note, seen=data.seen).run()
