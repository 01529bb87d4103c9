"""Read-only election pages. Election results are public to signed-in users; anything joined with
the organisation (a unit's booths, committees) is read through `visible_to`, out of scope → 404."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import polars as pl
from django.contrib.auth.decorators import login_required
from django.db.models import Count, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from sangathan.core.scoping import ALL, get_visible_unit, scope_paths
from sangathan.elections import charts, committees, data, summary
from sangathan.elections.forms import AnalysisForm
from sangathan.elections.models import BoothResult, Election
from sangathan.elections.views.common import can_import, maybe_export, table
from sangathan.org.models import Unit
from sangathan.web.views.base import render


@login_required
def election_list(request: HttpRequest) -> HttpResponse:
    elections = Election.objects.annotate(n_findings=Count("findings", distinct=True))
    return render(request, "elections/list.html", {"elections": elections, "can_import": can_import(request.user)})


def _my_units(user: Any, election: Election) -> list[Unit]:
    """Entry points for unit analysis: the units the user holds grants on (or the state unit)."""
    paths = scope_paths(user, "view")
    if paths is ALL:
        return list(Unit.objects.filter(level__key="state", code__iexact=election.state)[:1])
    return list(Unit.objects.filter(path__in=paths).select_related("level"))


@login_required
def election_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The data-quality report comes first: it says how far the numbers below can be trusted."""
    election = get_object_or_404(Election, pk=pk)
    findings = pl.DataFrame([f.as_dict() for f in election.findings.all()],
                            schema=["kind", "severity", "ac", "part", "pc", "detail", "file", "line"], orient="row")
    kinds = findings.group_by("severity", "kind").agg(pl.len().alias("count")).sort("severity", "count",
                                                                                      descending=[False, True])
    seats = summary.seats(election)
    tables = {"findings": findings, "kinds": kinds, "seats": seats}
    if (resp := maybe_export(request, tables, f"election-{pk}")) is not None:
        return resp
    return render(request, "elections/detail.html", {
        "election": election, "kinds": table("kinds", "Findings by kind", kinds),
        "findings": table("findings", "Findings", findings), "seats": seats.rows(),
        "n_booths": BoothResult.objects.filter(election=election).count(),
        "units": _my_units(request.user, election)})


@login_required
def seat_analysis(request: HttpRequest, pk: int, no: int) -> HttpResponse:
    election = get_object_or_404(Election, pk=pk)
    qs = data.booths_qs(election, seat=no)
    acs = list(qs.values_list("ac_no", flat=True).distinct())
    label = f"{'PC' if election.kind == 'LS' else 'AC'} {no}"
    return _analysis(request, election, qs, label, lambda other: data.booths_qs(other).filter(ac_no__in=acs))


@login_required
def ac_analysis(request: HttpRequest, pk: int, no: int) -> HttpResponse:
    election = get_object_or_404(Election, pk=pk)
    return _analysis(request, election, data.booths_qs(election, ac=no), f"AC {no}",
                     lambda other: data.booths_qs(other, ac=no))


@login_required
def unit_analysis(request: HttpRequest, pk: int, unit_id: int) -> HttpResponse:
    """A unit's booths only: the unit must be in the user's scope, and so must every booth row."""
    election = get_object_or_404(Election, pk=pk)
    unit = get_visible_unit(request.user, unit_id)
    scoped = BoothResult.objects.visible_to(request.user, "view")
    qs = data.booths_qs(election, path=unit.path, qs=scoped)
    return _analysis(request, election, qs, unit.name, lambda other: data.booths_qs(other, path=unit.path, qs=scoped),
                     unit=unit)


def _analysis(request: HttpRequest, election: Election, qs: QuerySet, label: str,
              other_qs: Callable[[Election], QuerySet], unit: Unit | None = None) -> HttpResponse:
    form = AnalysisForm(request.GET or None)
    opts = form.cleaned_data if form.is_valid() else {}
    f = summary.frames(election, qs)
    party = summary.resolve_party(opts.get("party"), f)
    booths = summary.booth_table(f, party, opts.get("strong") or 10.0, opts.get("close") or 10.0)
    mix = summary.category_mix(booths)
    strongest, weakest = summary.strongest_weakest(booths)
    whole = f.booths.with_columns(pl.lit(label).alias("area"))
    tables: dict[str, pl.DataFrame] = {"candidates": summary.area_table(summary.Frames(whole, f.votes), "area"),
                                       "booths": booths, "categories": mix, "strongest": strongest, "weakest": weakest}
    figs: dict[str, dict | None] = {"category": charts.category_share(mix, party or ""),
                                    "turnout": charts.turnout_hist(booths)}
    if opts.get("compare") and party:
        other = summary.frames(opts["compare"], other_qs(opts["compare"]))
        tables["swing"] = summary.swing_table(other, f, party)
        figs["swing"] = charts.swing_hist(tables["swing"], party)
    if unit is not None:
        tables["committees"] = committees.compare(booths)
        tables["weak_without_committee"] = committees.weak_without_committee(booths)
        figs["committees"] = charts.committee_compare(tables["committees"])
        if not f.empty:
            b, _units = summary.unit_areas(f, unit, None)
            sub = summary.area_table(summary.Frames(b, f.votes), "unit")
            tables["subunits"] = sub.filter(pl.col("party") == party) if party else sub
    if (resp := maybe_export(request, tables, f"election-{election.pk}-{label}")) is not None:
        return resp
    titles = {"candidates": "Candidates", "booths": "Booths", "categories": "Booth categories",
              "strongest": "Strongest booths", "weakest": "Weakest booths", "swing": "Swing per booth",
              "committees": "Committee vs no committee", "weak_without_committee": "Weak booths without a committee",
              "subunits": "Sub-units"}
    return render(request, "elections/analysis.html", {
        "election": election, "label": label, "unit": unit, "form": form, "party": party,
        "figures": {k: v for k, v in figs.items() if v}, "n_booths": f.booths.height,
        "tables": [table(k, titles[k], v) for k, v in tables.items() if v.height or k == "booths"]})
