"""API: a unit's dashboard figures and programme reports (add to sangathan/api/urls.py)."""

import datetime

from ninja import Router, Schema

from sangathan.activities.models import Activity
from sangathan.core.scoping import get_visible, get_visible_unit
from sangathan.dashboards import queries
from sangathan.programmes.actions import ReportTarget
from sangathan.programmes.models import ProgrammeTarget

router = Router(tags=["dashboards"])


class ReportIn(Schema):
    status: str
    activity_id: int | None = None
    note: str = ""
    seen: str | None = None  # `reported_at` as read ("" if never reported); a later report is a 409


class TargetOut(Schema):
    id: int
    programme_id: int
    unit_id: int
    status: str
    activity_id: int | None
    note: str
    reported_at: datetime.datetime | None


@router.get("/dashboards/units/{unit_id}")
def unit_dashboard(request, unit_id: int) -> dict:
    """Booth coverage, open programmes and activity counts of one unit's subtree, and per child."""
    unit = get_visible_unit(request.auth, unit_id)
    d = queries.build(unit)
    return {"unit_id": unit.pk, "booths": d.booths, "programmes": d.programmes, "activities": d.activities,
            "vacancies": d.vacancies,
            "children": [{"unit_id": c.pk, "name_hi": c.name_hi, "booths": d.child_booths.get(c.pk),
                          "activities_30": d.child_activity.get(c.pk, 0), "vacant": d.child_vacant.get(c.pk, 0),
                          "programmes": list(d.matrix.get(c.pk, {}).values())} for c in d.children]}


@router.post("/programme-targets/{target_id}/report", response=TargetOut)
def report_target(request, target_id: int, data: ReportIn):
    target = get_visible(ProgrammeTarget.objects.select_related("unit", "programme"), request.auth, "view",
                         pk=target_id)
    activity = (get_visible(Activity.objects.all(), request.auth, "view", pk=data.activity_id)
                if data.activity_id else None)
    return ReportTarget(request.auth, source="api", target=target, status=data.status, activity=activity,
                        note=data.note, seen=data.seen).run()
