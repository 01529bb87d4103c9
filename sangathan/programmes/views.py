"""Programme pages: those reaching a unit, issuing one, drill-down to laggards, reporting a target."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from sangathan.core.scoping import can, get_visible, require
from sangathan.dashboards.queries import programme_view
from sangathan.programmes.actions import IssueProgramme, ReportTarget
from sangathan.programmes.forms import IssueForm, ReportForm
from sangathan.programmes.models import (
    Programme,
    ProgrammeRollup,
    ProgrammeTarget,
    Status,
)
from sangathan.web.views.base import run_action, start_at_top_unit, unit_from_query


@login_required
def programme_list(request: HttpRequest) -> HttpResponse:
    """Programmes with targets in the unit's subtree (rollup rows exist exactly for those).

    Without a unit the list starts at the top of what the user may see, or asks which top."""
    if chooser := start_at_top_unit(request, _("Programmes")):
        return chooser
    unit, today = unit_from_query(request), timezone.localdate()
    rows = [programme_view({"programme": r.programme, **{k: getattr(r, k) for k in ProgrammeRollup.COUNTS}},
                           r.programme.due, today)
            for r in ProgrammeRollup.objects.filter(unit=unit).select_related("programme__issuer", "programme__target_level")
            .order_by("programme__closed", "programme__due")]
    return render(request, "programmes/list.html", {"unit": unit, "rows": rows,
                                                    "may_issue": can(request.user, "manage", unit.path)})


@login_required
def programme_new(request: HttpRequest) -> HttpResponse:
    unit = unit_from_query(request)
    require(request.user, "manage", unit.path)
    form = IssueForm(request.POST or None, issuer=unit)
    if request.method == "POST" and form.is_valid():
        ok, prog = run_action(form, lambda: IssueProgramme(request.user, issuer=unit, **form.cleaned_data))
        if ok:
            return redirect(f"/programmes/{prog.pk}/?unit={unit.pk}")
    return render(request, "programmes/new.html", {"unit": unit, "form": form})


@login_required
def programme_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Completion under one unit, its children worst first (the laggards), targets at the bottom level."""
    unit, today = unit_from_query(request), timezone.localdate()
    mine = ProgrammeRollup.objects.filter(unit=unit, programme_id=pk).select_related("programme").first()
    if mine is None:
        raise Http404
    prog: Programme = mine.programme
    summary = programme_view({k: getattr(mine, k) for k in ProgrammeRollup.COUNTS}, prog.due, today)
    children = [(r.unit, programme_view({k: getattr(r, k) for k in ProgrammeRollup.COUNTS}, prog.due, today))
                for r in ProgrammeRollup.objects.filter(programme=prog, unit__parent=unit).select_related("unit")]
    children.sort(key=lambda x: (x[1]["pct"], -x[1]["overdue"]))
    targets = (ProgrammeTarget.objects.visible_to(request.user).filter(programme=prog, unit__parent=unit)
               .exclude(status=Status.DONE).select_related("unit", "activity").order_by("unit__path")[:500])
    own = ProgrammeTarget.objects.filter(programme=prog, unit=unit).first()
    return render(request, "programmes/detail.html", {
        "unit": unit, "p": prog, "s": summary, "children": children, "targets": targets, "own": own,
        "may_report": own is not None and can(request.user, "report", unit.path)})


@login_required
def target_report(request: HttpRequest, pk: int) -> HttpResponse:
    target = get_visible(ProgrammeTarget.objects.select_related("unit", "programme"), request.user, "view", pk=pk)
    require(request.user, "report", target.unit.path)
    form = ReportForm(request.POST or None, user=request.user, unit=target.unit,
                      initial={"status": target.status, "note": target.note,
                               "seen": target.reported_at.isoformat() if target.reported_at else ""})
    if request.method == "POST" and form.is_valid():
        ok, _ = run_action(form, lambda: ReportTarget(request.user, target=target, **form.cleaned_data))
        if ok:
            return redirect(f"/programmes/{target.programme_id}/?unit={target.unit_id}")
    return render(request, "programmes/report.html", {"t": target, "form": form})
