"""Dashboard pages and exports. Reads only: the unit is fetched through `get_visible_unit` (404 out of scope)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from sangathan.core.scoping import can, get_visible_unit, top_units
from sangathan.dashboards import charts, export, queries, render as html, tables
from sangathan.org.models import Unit


def _unit(request: HttpRequest, pk: int) -> Unit:
    return get_visible_unit(request.user, pk)


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """The top of what the user may see: their single granted unit, or a list to choose from."""
    units = list(top_units(request.user))
    if len(units) == 1:
        return redirect("dashboards:unit", pk=units[0].pk)
    return render(request, "dashboards/home.html", {"units": units})


MATRIX_ON_PAGE = 12  # programme columns of the completion matrix on the page (the exports have all)


@login_required
def unit_dashboard(request: HttpRequest, pk: int) -> HttpResponse:
    unit = _unit(request, pk)
    d = queries.build(unit)
    crumbs = [a for a in unit.ancestors() if can(request.user, "view", a.path)]
    return render(request, "dashboards/unit.html", {
        "unit": unit, "d": d, "crumbs": crumbs,
        "charts": [(k, f"spec-{k}", html.chart_script(v, f"spec-{k}")) for k, v in charts.all_charts(d).items()],
        "tables": [html.table_html(tables.matrix(d, last=MATRIX_ON_PAGE) if key == "matrix" else fn(d), unit.pk)
                   for key, fn in tables.ALL.items()],
        "turnout": d.turnout,  # invited/attended per activity, children worst first (mobilise)
    })


@login_required
def unit_export(request: HttpRequest, pk: int, table: str, fmt: str) -> HttpResponse:
    unit = _unit(request, pk)
    if table not in tables.ALL or fmt not in ("csv", "xlsx"):
        raise Http404
    t = tables.ALL[table](queries.build(unit))
    name = f"{unit.code or unit.pk}-{table}"
    return export.csv_response(t, name) if fmt == "csv" else export.xlsx_response(t, name)
