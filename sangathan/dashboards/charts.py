"""Plotly figure specs as plain JSON (data + layout); the browser draws them with the bundled plotly.js.

Building dicts instead of plotly.graph_objects keeps a national dashboard inside its time budget:
figure validation in Python costs more than every database read on the page.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from sangathan.dashboards.queries import Dashboard

LAYOUT = {"barmode": "group", "height": 320, "margin": {"l": 48, "r": 16, "t": 40, "b": 90},
          "font": {"family": "Noto Sans Devanagari, sans-serif"}, "legend": {"orientation": "h"}}


def _layout(title: str, **extra) -> dict:
    return {**LAYOUT, "title": {"text": title}, **extra}


def booth_chart(d: Dashboard) -> dict:
    if d.children:
        names = [c.name for c in d.children]
        rows = [d.child_booths.get(c.pk, {}) for c in d.children]
    else:
        names, rows = [d.unit.name], [d.booths]
    traces = [{"type": "bar", "name": label, "x": names, "y": [r.get(key, 0) for r in rows]}
              for key, label in (("formed_pct", _("Formed %")), ("verified_pct", _("Verified %")),
                                 ("active_pct", _("Active %")))]
    return {"data": traces, "layout": _layout(_("Booth coverage"), yaxis={"range": [0, 100], "ticksuffix": "%"})}


def programme_chart(d: Dashboard) -> dict:
    return {"data": [{"type": "bar", "orientation": "h", "name": _("Complete (%)"),
                      "y": [p["title"] for p in d.programmes], "x": [p["pct"] for p in d.programmes]}],
            "layout": _layout(_("Programme completion"), xaxis={"range": [0, 100], "ticksuffix": "%"},
                              margin={"l": 220, "r": 16, "t": 40, "b": 40})}


def activity_chart(d: Dashboard) -> dict:
    from sangathan.activities.models import Kind

    kinds = sorted(d.activities["kind90"])
    names = [str(dict(Kind.choices).get(k, k)) for k in kinds]
    return {"data": [{"type": "bar", "name": label, "x": names, "y": [d.activities[key].get(k, 0) for k in kinds]}
                     for key, label in (("kind30", _("Last 30 days")), ("kind90", _("Last 90 days")))],
            "layout": _layout(_("Activities by kind"))}


def all_charts(d: Dashboard) -> dict[str, dict]:
    return {"booths": booth_chart(d), "programmes": programme_chart(d), "activities": activity_chart(d)}
