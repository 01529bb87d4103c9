"""Every dashboard table as (title, headers, rows): the page and the CSV/XLSX export share them."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from sangathan.activities.models import Kind
from sangathan.dashboards.queries import Dashboard, booth_view


@dataclass
class Table:
    key: str
    title: str
    headers: list[str]
    rows: list[list]
    links: list[int | None] | None = None  # unit id per row, for drill-down links


def children(d: Dashboard) -> Table:
    rows, links = [], []
    for c in d.children:
        b = d.child_booths.get(c.pk) or booth_view({"booths": 0, "committees": 0, "formed": 0, "verified": 0,
                                                    "active": 0, "members": 0})
        progs = d.matrix.get(c.pk, {}).values()
        targets, done = sum(p["targets"] for p in progs), sum(p["done"] for p in progs)
        rows.append([c.name, c.code, b["booths"], b["formed"], b["formed_pct"], b["verified_pct"], b["active_pct"],
                     round(100.0 * done / targets, 1) if targets else "", d.child_activity.get(c.pk, 0),
                     d.child_vacant.get(c.pk, 0)])
        links.append(c.pk)
    return Table("children", _("Sub-units compared"), [_("Unit"), _("Code"), _("Booths"), _("Formed"), _("Formed %"),
                 _("Verified %"), _("Active %"), _("Programmes done %"), _("Activities (30 days)"), _("Vacant posts")],
                 rows, links)


def programmes(d: Dashboard) -> Table:
    return Table("programmes", _("Open programmes"),
                 [_("Programme"), _("Due"), _("Targets"), _("Done"), _("Partly"), _("Not done"), _("Overdue"), _("Complete (%)")],
                 [[p["title"], p["due"].isoformat(), p["targets"], p["done"], p["partly"], p["not_done"], p["overdue"],
                   p["pct"]] for p in d.programmes], [p["programme_id"] for p in d.programmes])


def matrix(d: Dashboard, last: int | None = None) -> Table:
    """Sub-units x programmes, percent done. `last`: only the programmes due last (the page shows
    a dozen: 75 columns read on no screen; the CSV and XLSX exports have them all)."""
    progs = d.programmes if last is None or len(d.programmes) <= last else d.programmes[-last:]
    title = _("Completion matrix (percent done)")
    if len(progs) < len(d.programmes):
        title = _("Completion matrix (percent done): the %(n)s programmes due last of %(total)s; "
                  "the CSV and XLSX have all") % {"n": len(progs), "total": len(d.programmes)}
    rows = []
    for c in d.children:
        cells = d.matrix.get(c.pk, {})
        rows.append([c.name, *[cells[p["programme_id"]]["pct"] if p["programme_id"] in cells else ""
                               for p in progs]])
    return Table("matrix", title, [_("Unit"), *[p["title"] for p in progs]], rows, [c.pk for c in d.children])


def activities(d: Dashboard) -> Table:
    labels = dict(Kind.choices)
    kinds = sorted(set(d.activities["kind90"]), key=lambda k: -d.activities["kind90"][k])
    rows = [[str(labels.get(k, k)), d.activities["kind30"].get(k, 0), d.activities["kind90"].get(k, 0)] for k in kinds]
    return Table("activities", _("Activities by kind"), [_("Kind"), _("Last 30 days"), _("Last 90 days")], rows)


def activity_levels(d: Dashboard) -> Table:
    rows = [[d.levels.get(depth, depth), d.activities["level30"].get(depth, 0), n]
            for depth, n in sorted(d.activities["level90"].items())]
    return Table("levels", _("Activities by organising level"), [_("Level"), _("Last 30 days"), _("Last 90 days")], rows)


def vacancies(d: Dashboard) -> Table:
    from django.utils.translation import get_language

    en = (get_language() or "hi").startswith("en")
    rows = [[(v["post__name_en"] if en else v["post__name_hi"]) or v["post__name_hi"], v["required"], v["vacant"]]
            for v in d.vacancies]
    return Table("vacancies", _("Vacant posts"), [_("Post"), _("Required"), _("Vacant")], rows)


def coverage(d: Dashboard) -> Table:
    b = d.booths
    return Table("coverage", _("Booth coverage"), [_("Booths"), _("Committees"), _("Formed"), _("Formed %"),
                 _("Verified"), _("Verified %"), _("Active"), _("Active %"), _("Members")],
                 [[b["booths"], b["committees"], b["formed"], b["formed_pct"], b["verified"], b["verified_pct"],
                   b["active"], b["active_pct"], b["members"]]])


ALL = {"coverage": coverage, "children": children, "programmes": programmes, "matrix": matrix,
       "activities": activities, "levels": activity_levels, "vacancies": vacancies}
