"""The figures of one unit's dashboard, read from the rollup tables in one statement (see onequery.py).

Every number is for the unit's own subtree, which the caller has already checked the user may
see, so totals never include anything outside the user's scope.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.translation import get_language

from sangathan.booths.models import BoothRollup
from sangathan.booths.state import clock_day
from sangathan.dashboards import onequery
from sangathan.org.models import Unit
from sangathan.programmes.models import ProgrammeRollup

EMPTY_BOOTHS = dict.fromkeys(BoothRollup.COUNTS, 0)
_clock_checked: list[datetime.date] = []  # the day this process last advanced the booth clock


def pct(part: int, whole: int) -> float:
    return round(100.0 * part / whole, 1) if whole else 0.0


NO_TIME = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


def _rate(invited, attended) -> dict:
    """Invited, attended and the whole-percent rate (the turnout section's figures)."""
    invited, attended = int(invited or 0), int(attended or 0)
    return {"invited": invited, "attended": attended, "pct": round(100 * attended / invited) if invited else 0}


def booth_view(row: dict) -> dict:
    b = row["booths"]
    return {**row, "formed_pct": pct(row["formed"], b), "verified_pct": pct(row["verified"], b),
            "active_pct": pct(row["active"], b)}


def programme_view(row: dict, due: datetime.date, today: datetime.date) -> dict:
    pending = row["targets"] - row["done"] - row["partly"] - row["not_done"]
    overdue = pending + row["not_done"] if due < today else 0
    return {**row, "pending": pending, "overdue": overdue, "pct": pct(row["done"], row["targets"])}


def _english() -> bool:
    return (get_language() or "hi").startswith("en")


def _bilingual(hi: str, en: str, english: bool | None = None) -> str:
    if english is None:
        english = _english()
    return (en or hi) if english else (hi or en)


@dataclass
class Child:
    pk: int
    name_hi: str
    name_en: str
    code: str
    path: str
    depth: int = 0
    level: str = ""  # the level's name, in the page's language

    @property
    def name(self) -> str:
        return _bilingual(self.name_hi, self.name_en)


@dataclass
class TurnoutActivity:
    pk: int
    title: str
    starts_at: datetime.datetime | None


@dataclass
class Dashboard:
    unit: Unit
    children: list[Child]
    booths: dict
    child_booths: dict[int, dict]
    programmes: list[dict]
    matrix: dict[int, dict[int, dict]]
    activities: dict[str, dict]
    child_activity: dict[int, int]
    vacancies: list[dict]
    child_vacant: dict[int, int]
    levels: dict[int, str]
    vacancies_at: datetime.datetime | None = None
    # the latest activities with invitees: invited, attended and rate, with the children worst first
    turnout: list[dict] = field(default_factory=list)
    extra: dict = field(default_factory=dict)


def _ensure_clock(today: datetime.date) -> None:
    """Advance the booth clock at most once a day per process (it is one indexed read otherwise)."""
    if not _clock_checked or _clock_checked[0] != today:
        clock_day(today)
        _clock_checked[:] = [today]


def build(unit: Unit) -> Dashboard:
    today = timezone.localdate()
    _ensure_clock(today)
    rows = onequery.fetch(unit.pk, today)
    d = Dashboard(unit, [], booth_view({"unit_id": unit.pk, **EMPTY_BOOTHS}), {}, [], {},
                  {"kind30": {}, "kind90": {}, "level30": {}, "level90": {}}, {}, [], {}, {})
    progs: dict[int, tuple] = {}
    turnout: dict[int, dict] = {}
    kid_turnout: list[tuple] = []
    english = _english()  # once per call, not once per level row
    for part, uid, k1, t1, t2, t3, t4, n1, n2, n3, n4, n5, n6 in rows:
        if part == "u":
            d.children.append(Child(uid, t1, t2, t3, t4, int(n1 or 0)))
        elif part == "b":
            row = booth_view(dict(zip(("unit_id", *BoothRollup.COUNTS), (uid, n1, n2, n3, n4, n5, n6))))
            if uid == unit.pk:
                d.booths = row
            else:
                d.child_booths[uid] = row
        elif part == "p":
            due = onequery.parse_day(t2)
            counts = dict(zip(ProgrammeRollup.COUNTS, (n1, n2, n3, n4)))
            view = programme_view({"programme_id": k1, "title": t1, "due": due, **counts}, due, today)
            if uid == unit.pk:
                progs[k1] = (due, k1, view)
            else:
                d.matrix.setdefault(uid, {})[k1] = view
        elif part == "a":
            d.child_activity[uid] = int(n1 or 0)
        elif part == "k":
            for window, n in (("30", n1), ("90", n2)):
                d.activities["kind" + window][t1] = d.activities["kind" + window].get(t1, 0) + int(n or 0)
                d.activities["level" + window][k1] = d.activities["level" + window].get(k1, 0) + int(n or 0)
        elif part == "v":
            if uid == unit.pk:
                d.vacancies.append({"unit_id": uid, "post__name_hi": t1, "post__name_en": t2, "required": n1,
                                    "vacant": n2})
            else:
                d.child_vacant[uid] = d.child_vacant.get(uid, 0) + int(n2 or 0)
        elif part == "l":
            d.levels[k1] = _bilingual(t1, t2, english)
        elif part == "r":
            d.vacancies_at = onequery.parse_at(t1)
        elif part == "t":
            if uid == unit.pk:
                turnout[k1] = {"activity": TurnoutActivity(k1, t1, onequery.parse_at(t2)), **_rate(n1, n2),
                               "children": []}
            else:
                kid_turnout.append((uid, k1, n1, n2))
    d.children.sort(key=lambda c: c.path)
    kids = {c.pk: c for c in d.children}
    for c in d.children:
        c.level = d.levels.get(c.depth, "")
    for uid, activity_id, invited, attended in kid_turnout:
        if activity_id in turnout and uid in kids:
            turnout[activity_id]["children"].append({"unit": kids[uid], **_rate(invited, attended)})
    for t in turnout.values():
        t["children"].sort(key=lambda k: (k["pct"], k["unit"].name_hi))
    # newest first, undated last (the order of the statement's LIMIT)
    d.turnout = sorted(turnout.values(), reverse=True, key=lambda t: (
        t["activity"].starts_at is not None, t["activity"].starts_at or NO_TIME, t["activity"].pk))
    d.programmes = [v for _, _, v in sorted(progs.values(), key=lambda x: (x[0], x[1]))]
    for uid in list(d.matrix):
        d.matrix[uid] = {k: v for k, v in d.matrix[uid].items() if k in progs}
    return d
