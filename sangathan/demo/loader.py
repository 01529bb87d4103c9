"""Build the demo organisation from real Chhattisgarh geography and the seed meeting.

Everything is written through actions (source "demo"), so the demo is audited like any change.
"""

from __future__ import annotations

import csv
import datetime
import json
from importlib.resources import files

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from sangathan.accounts.actions import CreateUser, GrantRole
from sangathan.accounts.models import Role
from sangathan.activities.actions import CreateActivity
from sangathan.core import audit
from sangathan.core.text import name_key, nfc
from sangathan.demo import activities, elections, newsroom, office_bearers, programmes
from sangathan.org.actions import CreateUnit
from sangathan.org.models import Level, Organisation, Unit, UnitAlias, Wing
from sangathan.people.actions import Appoint, CreatePerson
from sangathan.people.models import Person, PostType

DATA = files("sangathan.demo") / "data"

LEVELS = [
    ("national", "राष्ट्रीय", "National"), ("state", "प्रदेश", "State"), ("division", "संभाग", "Division"),
    ("district", "जिला", "District"), ("assembly", "विधानसभा", "Assembly constituency"),
    ("mandal", "मंडल", "Mandal"), ("shakti-kendra", "शक्ति केंद्र", "Shakti Kendra"), ("booth", "बूथ", "Booth"),
]
WINGS = [
    ("main", "मूल संगठन", "Main organisation"), ("it-cell", "आईटी सेल", "IT cell"),
    ("yuva-morcha", "युवा मोर्चा", "Youth wing"), ("mahila-morcha", "महिला मोर्चा", "Women's wing"),
    ("kisan-morcha", "किसान मोर्चा", "Farmers' wing"), ("sc-morcha", "अनुसूचित जाति मोर्चा", "SC wing"),
    ("st-morcha", "अनुसूचित जनजाति मोर्चा", "ST wing"), ("obc-morcha", "पिछड़ा वर्ग मोर्चा", "OBC wing"),
    ("minority-morcha", "अल्पसंख्यक मोर्चा", "Minority wing"),
]
POSTS = [  # key, hi, en, in-charge, rank
    ("pm", "प्रधानमंत्री", "Prime Minister", False, 1), ("mp", "सांसद", "Member of Parliament", False, 2),
    ("mla", "विधायक", "MLA", False, 3), ("president", "अध्यक्ष", "President", False, 10),
    ("vice-president", "उपाध्यक्ष", "Vice-president", False, 12), ("general-secretary", "महामंत्री", "General secretary", False, 14),
    ("secretary", "मंत्री", "Secretary", False, 16), ("treasurer", "कोषाध्यक्ष", "Treasurer", False, 18),
    ("convener", "संयोजक", "Convener", False, 20), ("co-convener", "सह संयोजक", "Co-convener", False, 22),
    ("incharge", "प्रभारी", "In-charge", True, 30), ("co-incharge", "सह प्रभारी", "Co-in-charge", True, 32),
    ("executive-member", "कार्यकारिणी सदस्य", "Executive member", False, 40),
]
DEMO_PASSWORD = "demo-pass-123"


def _csv(name: str) -> list[dict]:
    with (DATA / name).open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


class Builder:
    def __init__(self, admin) -> None:
        self.admin = admin
        self.levels: dict[str, Level] = {}
        self.units: dict[str, Unit] = {}

    def unit(self, parent: Unit | None, level: str, hi: str, en: str, code: str = "", aliases=()) -> Unit:
        u = CreateUnit(self.admin, source="demo", parent=parent, level=self.levels[level], name_hi=hi,
                       name_en=en, code=code, aliases=[a for a in aliases if a]).run()
        self.units[hi] = u
        return u

    def build_tree(self) -> None:
        for depth, (key, hi, en) in enumerate(LEVELS):
            self.levels[key] = Level.objects.create(depth=depth, key=key, name_hi=hi, name_en=en)
        for order, (key, hi, en) in enumerate(WINGS):
            Wing.objects.create(key=key, name_hi=hi, name_en=en, order=order)
        for key, hi, en, incharge, rank in POSTS:
            PostType.objects.create(key=key, name_hi=hi, name_en=en, is_incharge=incharge, rank=rank)
        india = self.unit(None, "national", "भारत", "India", "IN")
        cg = self.unit(india, "state", "छत्तीसगढ़", "Chhattisgarh", "CG", ["छत्तीसगढ़ प्रदेश"])
        districts: dict[str, Unit] = {}
        for row in _csv("chhattisgarh_districts.csv"):
            div_hi = f"{row['division_hi']} संभाग"
            div = self.units.get(div_hi) or self.unit(cg, "division", div_hi, f"{row['division_en']} Division",
                                                      aliases=[row["division_hi"] + " संभाग"])
            alts = [a.strip() for a in row["district_en_alt"].split(";")]
            districts[row["district_en"]] = self.unit(
                div, "district", f"{row['district_hi']} जिला", f"{row['district_en']} District",
                aliases=[row["district_hi"], row["district_en"], *alts])
        # The party's units need not follow administrative boundaries: भिलाई is a district of its own.
        self.unit(self.units["दुर्ग संभाग"], "district", "भिलाई जिला", "Bhilai District", aliases=["भिलाई", "Bhilai"])
        for alias, district in (("कवर्धा", "Kabirdham"), ("मानपुर – मोहला", "Mohla-Manpur-Ambagarh Chowki"),
                                ("मोहला-मानपुर", "Mohla-Manpur-Ambagarh Chowki"),
                                ("खैरागढ़- छुईखदान -गंडई", "Khairagarh-Chhuikhadan-Gandai")):
            u = districts[district]
            UnitAlias.objects.create(unit=u, name=nfc(alias), name_key=name_key(alias))
        for row in _csv("chhattisgarh_acs.csv"):
            self.unit(districts[row["district_en"]], "assembly", row["ac_name_hi"], row["ac_name_en"], row["ac_no"])
        self.sample_booths(self.units["दुर्ग ग्रामीण"])

    def sample_booths(self, ac: Unit) -> None:
        """A few mandals, shakti kendras and booths so the lower levels have something to show."""
        part = 0
        for m, (mhi, men) in enumerate((("उतई मंडल", "Utai Mandal"), ("पाटन मंडल", "Patan Mandal")), start=1):
            mandal = self.unit(ac, "mandal", mhi, men)
            for k in range(1, 3):
                sk = self.unit(mandal, "shakti-kendra", f"{mhi} शक्ति केंद्र {k}", f"{men} Shakti Kendra {k}")
                for _ in range(3):
                    part += 1
                    self.unit(sk, "booth", f"बूथ क्रमांक {part}", f"Booth {part}", f"{ac.code}-{part}")

    def find_unit(self, name: str) -> Unit:
        if name in self.units:
            return self.units[name]
        return Unit.objects.get(aliases__name=nfc(name))

    def people_and_meeting(self) -> None:
        seed = json.loads((DATA / "seed_meeting.json").read_text(encoding="utf-8"))
        wings = {w.key: w for w in Wing.objects.all()}
        posts = {p.key: p for p in PostType.objects.all()}
        people: dict[str, Person] = {}
        for p in seed["people"]:
            person = CreatePerson(self.admin, source="demo", fields={
                "name_hi": p["name_hi"], "name_en": p["name_en"], "home_unit": self.find_unit(p["home"]),
                "phone": p.get("phone", ""), "email": p.get("email", "")}).run()
            people[p["ref"]] = person
            for a in p.get("posts", []):
                Appoint(self.admin, source="demo", person=person, fields={
                    "post": posts[a["post"]], "unit": self.find_unit(a["unit"]), "wing": wings[a["wing"]],
                    "charge_unit": self.find_unit(a["charge"]) if a.get("charge") else None,
                    "title": a["title"], "start": datetime.date.fromisoformat(a["start"])}).run()
        act = seed["activity"]
        CreateActivity(self.admin, source="demo", fields={
            **{k: act[k] for k in ("kind", "title", "level_label", "venue", "dateline", "mode", "byline", "description")},
            "unit": self.find_unit(act["unit"]), "wing": wings[act["wing"]],
            "source_text": (DATA / "seed-article.txt").read_text(encoding="utf-8"),
        }, participants=[{"person": people[x["ref"]], "roles": x["roles"], "posts": x.get("posts", []),
                          "affiliation": x.get("affiliation", ""), "mentioned_only": x.get("mentioned_only", False)}
                         for x in seed["participants"]],
            speeches=[{"person": people[s["ref"]], "text": s["text"]} for s in seed["speeches"]],
            attendance=[{"unit": self.find_unit(a["unit"]), "note": a["note"]} for a in seed["attendance"]]).run()
        self.more_activities(people, wings)

    def more_activities(self, people: dict[str, Person], wings: dict[str, Wing]) -> None:
        now = timezone.now().replace(minute=0, second=0, microsecond=0)
        CreateActivity(self.admin, source="demo", fields={
            "kind": "virtual_meeting", "title": "बूथ सशक्तिकरण पर आईटी सेल की वर्चुअल बैठक",
            "unit": self.units["दुर्ग जिला"], "wing": wings["it-cell"], "level_label": "जिला स्तरीय",
            "mode": "virtual", "join_link": "https://meet.example.org/durg-it-cell",
            "starts_at": now - datetime.timedelta(days=6), "byline": "विनय महोबिया"},
            participants=[{"person": people["rajput"], "roles": ["presided", "speaker"], "posts": ["दुर्ग जिला संयोजक"]},
                          {"person": people["mahobia"], "roles": ["moderator"], "posts": ["जिला सह संयोजक"]},
                          {"person": people["soni"], "roles": ["attendee"]}],
            speeches=[{"person": people["rajput"], "text": "हर बूथ पर आईटी सेल का एक कार्यकर्ता तैनात होगा"}]).run()
        CreateActivity(self.admin, source="demo", fields={
            "kind": "workshop", "title": "बालोद जिला आईटी सेल प्रशिक्षण कार्यशाला",
            "unit": self.units["बालोद जिला"], "wing": wings["it-cell"], "level_label": "जिला स्तरीय",
            "venue": "बालोद जिला कार्यालय", "dateline": "बालोद", "starts_at": now - datetime.timedelta(days=20)},
            participants=[{"person": people["pillai"], "roles": ["chief_guest", "speaker"], "posts": ["आईटी सेल प्रदेश संयोजक"]}],
            speeches=[{"person": people["pillai"], "text": "डाटा एनालिसिस से बूथ की कमजोरियों को पहचानें"}]).run()
        people |= office_bearers.create(self.admin, self.units)
        activities.more_activities(self.admin, people, self.units)

    def users(self) -> None:
        for username, role, unit in (("durg_manager", Role.MANAGER, "दुर्ग जिला"),
                                     ("balod_reporter", Role.REPORTER, "बालोद जिला"),
                                     ("state_viewer", Role.VIEWER, "छत्तीसगढ़")):
            user = CreateUser(self.admin, source="demo", username=username, password=DEMO_PASSWORD).run()
            GrantRole(self.admin, source="demo", user=user, role=role, unit=self.units[unit]).run()


def load_demo(stdout=None) -> bool:
    """Load the demo organisation unless one is already there; returns whether it loaded."""
    if Organisation.objects.exists():
        return False
    User = get_user_model()
    with transaction.atomic():
        admin = User.objects.filter(username="admin").first() or User.objects.create_superuser(
            "admin", "admin@example.org", DEMO_PASSWORD)
        with audit.context(admin, "demo"):
            audit.record("user.create", [("create", User, admin.pk, None, {"username": "admin", "superuser": True})])
            Organisation.objects.create(name_hi="भारतीय जनता पार्टी", name_en="Bharatiya Janata Party",
                                        short_hi="भाजपा", short_en="BJP")
            b = Builder(admin)
            b.build_tree()
            b.people_and_meeting()
            b.users()
            from sangathan.booths.demo import load_booth_demo

            load_booth_demo(admin)
            programmes.report_programmes(admin)
            newsroom.publish_notes()
            elections.import_election(admin)
            from sangathan.rallies.demo import load_rally_demo

            load_rally_demo(admin)
            from sangathan.mobilise.demo import load_mobilise_demo

            load_mobilise_demo(admin)
    return True
