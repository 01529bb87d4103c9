"""The rally chart: target against brought per sub-unit, laggards first (plotly JSON, drawn by charts.js)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from sangathan.dashboards.charts import _layout


def turnout_chart(children: list[tuple]) -> dict:
    names = [u.name for u, _r in children]
    return {"data": [{"type": "bar", "name": _("Target (people)"), "x": names, "y": [r["people_target"] for _u, r in children]},
                     {"type": "bar", "name": _("Brought (people)"), "x": names, "y": [r["people"] for _u, r in children]}],
            "layout": _layout(_("Turnout against target, least first"))}
