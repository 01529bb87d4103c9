"""Rally pages: those reaching a unit, organising one, the turnout under a unit (laggards first, chart),
a unit reporting what it brought, the organiser adjusting one unit's target."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from sangathan.core.scoping import can, get_visible, require
from sangathan.rallies.actions import OrganiseRally, ReportTurnout, SetTarget
from sangathan.rallies.charts import turnout_chart
from sangathan.rallies.forms import OrganiseForm, ReportForm, TargetForm
from sangathan.rallies.models import Rally, RallyRollup, RallyTarget
from sangathan.web.views.base import render, run_action, start_at_top_unit, unit_from_query


def pct(part: int, whole: int) -> int:
    return int(round(100 * part / whole)) if whole else 0


def view_of(r: RallyRollup | dict) -> dict:
    row = r if isinstance(r, dict) else {k: getattr(r, k) for k in RallyRollup.SUMS}
    return {**row, "people_pct": pct(row["people"], row["people_target"]),
            "vehicles_pct": pct(row["vehicles"], row["vehicles_target"]),
            "short": max(row["people_target"] - row["people"], 0)}


def laggards_first(rows: list[tuple]) -> list[tuple]:
    """Least of the people target brought first; then least of vehicles, then fewest reports."""
    return sorted(rows, key=lambda x: (x[1]["people_pct"] if x[1]["people_target"] else 101,
                                       x[1]["vehicles_pct"] if x[1]["vehicles_target"] else 101,
                                       pct(x[1]["reported"], x[1]["targets"]), x[0].path))


@login_required
def rally_list(request: HttpRequest) -> HttpResponse:
    """Rallies with targets in the unit's subtree (rollup rows exist exactly for those)."""
    if chooser := start_at_top_unit(request, _("Rallies")):
        return chooser
    unit = unit_from_query(request)
    rows = [(r.rally, view_of(r)) for r in RallyRollup.objects.filter(unit=unit)
            .select_related("rally__organiser", "rally__target_level").order_by("rally__closed", "rally__held_on")]
    return render(request, "rallies/list.html", {"unit": unit, "rows": rows,
                                                 "may_organise": can(request.user, "manage", unit.path)})


@login_required
def rally_new(request: HttpRequest) -> HttpResponse:
    unit = unit_from_query(request)
    require(request.user, "manage", unit.path)
    form = OrganiseForm(request.POST or None, organiser=unit)
    if request.method == "POST" and form.is_valid():
        ok, rally = run_action(form, lambda: OrganiseRally(request.user, organiser=unit, **form.cleaned_data))
        if ok:
            return redirect(f"/rallies/{rally.pk}/?unit={unit.pk}")
    return render(request, "rallies/new.html", {"unit": unit, "form": form})


@login_required
def rally_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Turnout under one unit: its sum, its children laggards first with a chart, unreported units below."""
    unit = unit_from_query(request)
    mine = RallyRollup.objects.filter(unit=unit, rally_id=pk).select_related("rally__organiser").first()
    if mine is None:
        raise Http404
    rally: Rally = mine.rally
    children = laggards_first([(r.unit, view_of(r)) for r in RallyRollup.objects.filter(
        rally=rally, unit__parent=unit).select_related("unit")])
    targets = (RallyTarget.objects.visible_to(request.user).filter(rally=rally, unit__parent=unit)
               .select_related("unit").order_by("unit__path")[:500])
    own = RallyTarget.objects.filter(rally=rally, unit=unit).first()
    return render(request, "rallies/detail.html", {
        "unit": unit, "rally": rally, "s": view_of(mine), "children": children, "targets": targets, "own": own,
        "chart": turnout_chart(children) if children else None,
        "may_report": own is not None and can(request.user, "report", unit.path),
        "may_set": can(request.user, "manage", rally.organiser.path) and not rally.closed})


@login_required
def target_report(request: HttpRequest, pk: int) -> HttpResponse:
    target = get_visible(RallyTarget.objects.select_related("unit", "rally"), request.user, "view", pk=pk)
    require(request.user, "report", target.unit.path)
    form = ReportForm(request.POST or None, initial={
        "people": target.people, "vehicles": target.vehicles, "note": target.note,
        "seen": target.reported_at.isoformat() if target.reported_at else ""})
    if request.method == "POST" and form.is_valid():
        ok, _ = run_action(form, lambda: ReportTurnout(request.user, target=target, **form.cleaned_data))
        if ok:
            return redirect(f"/rallies/{target.rally_id}/?unit={target.unit_id}")
    return render(request, "rallies/report.html", {"t": target, "form": form})


@login_required
def target_edit(request: HttpRequest, pk: int) -> HttpResponse:
    target = get_visible(RallyTarget.objects.select_related("unit", "rally__organiser"), request.user, "view", pk=pk)
    require(request.user, "manage", target.rally.organiser.path)
    form = TargetForm(request.POST or None, initial={"people_target": target.people_target,
                                                     "vehicles_target": target.vehicles_target})
    if request.method == "POST" and form.is_valid():
        ok, _ = run_action(form, lambda: SetTarget(request.user, target=target, **form.cleaned_data))
        if ok:
            return redirect(f"/rallies/{target.rally_id}/?unit={target.unit.parent_id or target.unit_id}")
    return render(request, "rallies/target.html", {"t": target, "form": form})
