"""The rows under one booth or office: people, committee seats, appointments, meetings."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.utils import timezone

from sangathan.booths.rules import Facts, evaluate
from sangathan.core.text import name_key
from sangathan.synth.names import FIRST, LAST

MEETING_HI = "बूथ समिति बैठक"


@dataclass
class Ctx:
    """What row builders share: the clock, the rules, ids and the open tables."""

    rng: object
    now: datetime.datetime
    rules: dict
    roles: dict
    posts: dict
    wing_id: int
    ids: dict
    t: dict
    keys: dict

    def person(self, home_unit_id: int) -> int:
        pid = self.ids["person"].take()
        f, l = self.rng.choice(FIRST), self.rng.choice(LAST)
        hi, en = f"{f[0]} {l[0]}", f"{f[1]} {l[1]}"
        key = self.keys.get(hi) or self.keys.setdefault(hi, name_key(hi))
        self.t["person"].add((pid, 1, self.now, self.now, hi, en, f"+91 {7_000_000_000 + pid}", "", home_unit_id, key))
        return pid

    def activity(self, unit: tuple[int, str, int], kind: str, title: str, days_ago: int) -> datetime.date:
        """One activity row of `unit` (id, path, depth), its path copied for scoping; returns its
        local day (what 'last meeting' compares)."""
        at = self.now - datetime.timedelta(days=days_ago, hours=self.rng.randint(0, 8))
        self.t["activity"].add((self.ids["activity"].take(), 1, self.now, self.now, kind, title, unit[0], self.wing_id,
                                "", "", "", at, "in_person", "", "", "", "", "", unit[1]))
        return timezone.localdate(at)

    def office(self, unit_id: int, post: str, count: int = 1, fill: float = 0.85) -> None:
        for _ in range(count):
            if self.rng.random() < fill:
                pid = self.person(unit_id)
                self.t["appointment"].add((self.ids["appointment"].take(), 1, self.now, self.now, pid,
                                           self.posts[post].pk, unit_id, self.wing_id, "",
                                           (self.now - datetime.timedelta(days=self.rng.randint(30, 900))).date()))


def booth(ctx: Ctx, unit: tuple[int, str, int]) -> None:
    """A committee of realistic strength: strong, middling, weak or none at all (`unit`: id, path, depth)."""
    rng, roles, unit_id = ctx.rng, ctx.roles, unit[0]
    r = rng.random()
    if r < 0.08:
        return
    strong = r < 0.53
    size = rng.randint(12, 15) if strong else rng.randint(7, 11) if r < 0.80 else rng.randint(2, 6)
    pages = rng.randint(5, 12)
    has_president = strong or rng.random() < 0.7
    all_verified = rng.random() < (0.5 if strong else 0.15)
    verified_at = ctx.now - datetime.timedelta(days=rng.randint(1, 60))
    members = [ctx.person(unit_id) for _ in range(size)]
    order = ["president", "general-secretary", "bla", "whatsapp"] if has_president else ["general-secretary", "bla"]
    seats = [(pid, roles[order[i]].pk if i < len(order) else roles["member"].pk, 0) for i, pid in enumerate(members)]
    covered = pages if strong and rng.random() < 0.75 else rng.randint(0, pages - 1)
    seats += [(members[p % size], roles["panna"].pk, p + 1) for p in range(covered)]
    n_verified = 0
    for pid, role_id, page in seats:
        v = all_verified or rng.random() < 0.5
        n_verified += v
        ctx.t["seat"].add((unit_id, pid, role_id, page, verified_at if v else None))
    last = None
    for _ in range(rng.randint(0, 2) if not strong else rng.randint(1, 2)):
        days = rng.randint(0, 40) if strong else rng.randint(0, 110)
        day = ctx.activity(unit, "meeting", MEETING_HI, days)
        last = max(last or day, day)
    f = Facts(members=size, seats=len(seats), verified_seats=n_verified, role_ids={s[1] for s in seats},
              pages=pages, pages_covered=covered, last_meeting=last)
    s = evaluate(ctx.rules, f)
    ctx.t["committee"].add((unit_id, pages, last, size, len(seats), n_verified, covered, s.formed, s.verified,
                            s.active_until))
