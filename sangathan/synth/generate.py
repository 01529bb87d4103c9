"""`synth`: a deterministic organisation at district, state or national scale, written by bulk paths.

Units, people, seats, appointments and meetings are generated per assembly constituency and
flushed every few constituencies (COPY on PostgreSQL), then programmes are issued through the
programme action and every rollup is rebuilt. The audit log gets one summary event per table.
"""

from __future__ import annotations

import datetime
import math
import random

from django.utils import timezone
from tqdm import tqdm

from sangathan.activities.models import Activity
from sangathan.booths.models import BoothCommittee, CommitteeMember
from sangathan.booths.rules import load_rules
from sangathan.core.text import name_key
from sangathan.org.models import Unit
from sangathan.people.models import Appointment, Person
from sangathan.synth.names import PLACES
from sangathan.synth.people import Ctx, booth
from sangathan.synth.scales import Scale, spread
from sangathan.synth.writer import IdBlock, Table

UNIT_COLS = ["id", "version", "created_at", "updated_at", "name_hi", "name_en", "parent_id", "level_id", "code",
             "path", "depth", "name_key"]
PERSON_COLS = ["id", "version", "created_at", "updated_at", "name_hi", "name_en", "phone", "email", "home_unit_id",
               "name_key"]
APPT_COLS = ["id", "version", "created_at", "updated_at", "person_id", "post_id", "unit_id", "wing_id", "title", "start"]
ACT_COLS = ["id", "version", "created_at", "updated_at", "kind", "title", "unit_id", "wing_id", "level_label", "venue",
            "dateline", "starts_at", "mode", "join_link", "description", "byline", "source_text", "source_url",
            "unit_path"]
COMMITTEE_COLS = ["unit_id", "voter_list_pages", "last_meeting_on", "members", "seats", "verified_seats",
                  "pages_covered", "formed", "verified", "active_until"]
SEAT_COLS = ["committee_id", "person_id", "role_id", "page", "verified_at"]
FLUSH_EVERY = 20  # constituencies


class Generator:
    def __init__(self, scale: Scale, seed: int, config: dict, root: Unit, prefix: str) -> None:
        self.scale, self.config, self.root, self.prefix = scale, config, root, prefix
        self.levels = config["levels"]
        self.rng = random.Random(seed)
        self.ids = {k: IdBlock(m) for k, m in (("unit", Unit), ("person", Person), ("appointment", Appointment),
                                                ("activity", Activity))}
        self.t = {"unit": Table(Unit, UNIT_COLS), "committee": Table(BoothCommittee, COMMITTEE_COLS),
                  "person": Table(Person, PERSON_COLS), "seat": Table(CommitteeMember, SEAT_COLS),
                  "appointment": Table(Appointment, APPT_COLS), "activity": Table(Activity, ACT_COLS)}
        self.now = timezone.now().replace(minute=0, second=0, microsecond=0)
        self.ctx = Ctx(self.rng, self.now, load_rules(), config["roles"], config["posts"], config["wing"].pk,
                       self.ids, self.t, {})
        self.keys: dict[str, str] = {}

    def unit(self, parent: tuple[int, str, int], level: str, hi: str, en: str, code: str) -> tuple[int, str, int]:
        uid = self.ids["unit"].take()
        path, depth = parent[1] + f"{uid:08d}", parent[2] + 1
        key = self.keys.get(hi) or self.keys.setdefault(hi, name_key(hi))
        self.t["unit"].add((uid, 1, self.now, self.now, hi, en, parent[0], self.levels[level].pk, code, path, depth, key))
        return uid, path, depth

    def flush(self) -> None:
        for name in ("unit", "committee", "person", "seat", "appointment", "activity"):
            self.t[name].flush()

    def run(self) -> dict[str, int]:
        s, rng = self.scale, self.rng
        root = (self.root.pk, self.root.path, self.root.depth)
        plan = []  # (district unit, ac count, state code)
        for si, n_districts in enumerate(spread(s.districts, s.states, rng), start=1):
            code = f"{self.prefix}{si:02d}"
            place = PLACES[si % len(PLACES)]
            state = self.unit(root, "state", f"{place[0]} प्रदेश {si}", f"{place[1]} State {si}", code)
            self.ctx.office(state[0], "president")
            n_div = math.ceil(n_districts / 5)
            divisions = [self.unit(state, "division", f"संभाग {si}-{d}", f"Division {si}-{d}", f"{code}-V{d}")
                         for d in range(1, n_div + 1)]
            for di in range(n_districts):
                dist = self.unit(divisions[di % n_div], "district", f"जिला {si}-{di + 1}", f"District {si}-{di + 1}",
                                 f"{code}-D{di + 1:02d}")
                self.ctx.office(dist[0], "president")
                self.ctx.office(dist[0], "general-secretary", 3)
                plan.append((dist, code))
        ac_counts = spread(s.acs, len(plan), rng)
        ac_jobs = [(dist, code) for (dist, code), n in zip(plan, ac_counts) for _ in range(n)]
        booth_counts = spread(s.booths, len(ac_jobs), rng, jitter=0.15)
        ac_no: dict[str, int] = {}
        for i, ((dist, code), n_booths) in enumerate(tqdm(list(zip(ac_jobs, booth_counts)), desc="constituencies",
                                                          unit="AC", mininterval=2)):
            ac_no[code] = ac_no.get(code, 0) + 1
            self.constituency(dist, code, ac_no[code], n_booths)
            if i % FLUSH_EVERY == FLUSH_EVERY - 1:
                self.flush()
        self.flush()
        for block in self.ids.values():
            block.finish()
        return {name: table.written for name, table in self.t.items()}

    def constituency(self, dist: tuple, state_code: str, no: int, n_booths: int) -> None:
        rng, ctx = self.rng, self.ctx
        code = f"{state_code}-{no:03d}"
        place = rng.choice(PLACES)
        ac = self.unit(dist, "assembly", f"{place[0]} विधानसभा {code}", f"{place[1]} AC {code}", code)
        ctx.office(ac[0], "president")
        n_sk = max(1, math.ceil(n_booths / self.scale.booths_per_sk))
        n_mandals = min(n_sk, rng.randint(*self.scale.mandals_per_ac))
        mandals = []
        for m in range(1, n_mandals + 1):
            mandal = self.unit(ac, "mandal", f"{place[0]} मंडल {code}-{m}", f"{place[1]} Mandal {code}-{m}", f"{code}-M{m}")
            ctx.office(mandal[0], "president")
            ctx.office(mandal[0], "general-secretary", 2)
            for _ in range(2):
                ctx.activity(mandal, rng.choice(("meeting", "meeting", "workshop", "rally")), "मंडल बैठक",
                             rng.randint(0, 110))
            mandals.append(mandal)
        sks = []
        for k in range(1, n_sk + 1):
            sk = self.unit(mandals[k % n_mandals], "shakti-kendra", f"शक्ति केंद्र {code}-{k}", f"Shakti Kendra {code}-{k}",
                           f"{code}-K{k}")
            ctx.office(sk[0], "convener", fill=0.9)
            if rng.random() < 0.5:
                ctx.activity(sk, "meeting", "शक्ति केंद्र बैठक", rng.randint(0, 110))
            sks.append(sk)
        for part in range(1, n_booths + 1):
            b = self.unit(sks[(part - 1) // self.scale.booths_per_sk % n_sk], "booth", f"बूथ क्रमांक {part}",
                          f"Booth {part}", f"{code}-{part:03d}")
            booth(ctx, b)


PROGRAMMES = [  # (issuer: root or each state, target level, title, due in days)
    ("root", "mandal", "हर मंडल बूथ समिति समीक्षा बैठक करे", -10),
    ("root", "shakti-kendra", "शक्ति केंद्र सम्मेलन", 20),
    ("state", "district", "जिला कार्यसमिति बैठक", -3),
    ("state", "assembly", "विधानसभा स्तरीय प्रशिक्षण वर्ग", 25),
]


def today_plus(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)
