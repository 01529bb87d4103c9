"""Booth committees and programmes for the demo's twelve booths (called by the demo loader).

Everything goes through actions with source "demo", like the rest of the demo, so it is audited.
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from sangathan.booths import rebuild as booth_rollups
from sangathan.booths.actions import AddMember, RecordMeeting, SetVoterListPages, VerifySeat
from sangathan.booths.defaults import ensure_defaults
from sangathan.dashboards import rollups as dash_rollups
from sangathan.dashboards.models import PostRequirement
from sangathan.org.models import Level, Unit
from sangathan.people.actions import CreatePerson
from sangathan.people.models import PostType
from sangathan.programmes.actions import IssueProgramme, ReportTarget
from sangathan.programmes.models import ProgrammeTarget
from sangathan.synth.names import FIRST

# per booth: (members, pages, pages covered, verified, meeting days ago or None)
PLAN = [(14, 6, 6, True, 5), (13, 5, 5, True, 12), (12, 6, 6, False, 20), (15, 8, 8, True, 45),
        (12, 4, 3, True, 3), (9, 5, 5, False, 8), (13, 7, 7, False, None), (6, 5, 2, False, 60),
        (14, 6, 6, True, 28), (3, 5, 0, False, None), (0, 0, 0, False, None), (12, 5, 5, True, 1)]
ROLE_ORDER = ["president", "general-secretary", "bla", "whatsapp"]
# Surnames no other demo data or test uses, so people searches and press matching elsewhere stay unambiguous.
DEMO_LAST = [("मरकाम", "Markam"), ("नेताम", "Netam"), ("देवांगन", "Dewangan"), ("कुर्रे", "Kurre"), ("ध्रुव", "Dhruw"),
             ("निषाद", "Nishad"), ("कश्यप", "Kashyap"), ("चंद्राकर", "Chandrakar"), ("धीवर", "Dhiwar")]


def _names() -> tuple[list, list]:
    """Name stock without any word of the seed meeting's people, so searches for them stay unambiguous."""
    import json

    from sangathan.demo.loader import DATA

    seed = json.loads((DATA / "seed_meeting.json").read_text(encoding="utf-8"))
    taken = {w for p in seed["people"] for k in ("name_hi", "name_en") for w in p.get(k, "").split()}
    return ([n for n in FIRST if n[0] not in taken and n[1] not in taken],
            [n for n in DEMO_LAST if n[0] not in taken and n[1] not in taken])


def _requirements() -> None:
    levels = {lv.key: lv for lv in Level.objects.all()}
    posts = {p.key: p for p in PostType.objects.all()}
    for level, post, count in (("district", "president", 1), ("assembly", "president", 1),
                               ("mandal", "president", 1), ("mandal", "general-secretary", 2),
                               ("shakti-kendra", "convener", 1)):
        if level in levels and post in posts:
            PostRequirement.objects.get_or_create(level=levels[level], post=posts[post], defaults={"count": count})


def _committee(admin, booth: Unit, n: int, plan: tuple, roles: dict) -> None:
    members, pages, covered, verified, meeting = plan
    if pages:
        SetVoterListPages(admin, source="demo", booth=booth, pages=pages).run()
    people, (first_names, last_names) = [], _names()
    for i in range(members):
        f, last = first_names[(n * 7 + i) % len(first_names)], last_names[(n * 3 + i) % len(last_names)]
        people.append(CreatePerson(admin, source="demo", fields={
            "name_hi": f"{f[0]} {last[0]}", "name_en": f"{f[1]} {last[1]}", "home_unit": booth,
            "phone": f"+91 94{n:02d}{i:02d}0 {1000 + i}"}).run())
    seats = []
    for i, person in enumerate(people):
        role = roles[ROLE_ORDER[i]] if i < len(ROLE_ORDER) else roles["member"]
        seats.append(AddMember(admin, source="demo", booth=booth, person=person, role=role).run())
    for page in range(1, covered + 1):
        seats.append(AddMember(admin, source="demo", booth=booth, person=people[page % len(people)],
                               role=roles["panna"], page=page).run())
    if verified:
        for seat in seats:
            VerifySeat(admin, source="demo", seat=seat).run()
    if meeting is not None:
        RecordMeeting(admin, source="demo", booth=booth, title=f"{booth.name_hi} की बूथ समिति बैठक",
                      starts_at=timezone.now() - datetime.timedelta(days=meeting)).run()


def load_booth_demo(admin) -> None:
    """Committees for the demo's booths, two programmes with some reports, then fresh rollups."""
    roles = ensure_defaults()
    _requirements()
    booth_level = Level.objects.order_by("-depth").first()
    booths = list(Unit.objects.filter(level=booth_level).order_by("path"))
    for n, (booth, plan) in enumerate(zip(booths, PLAN)):
        _committee(admin, booth, n, plan, roles)
    levels = {lv.key: lv for lv in Level.objects.all()}
    state = Unit.objects.filter(level=levels.get("state")).order_by("pk").first()
    today = timezone.localdate()
    if state is not None:
        IssueProgramme(admin, source="demo", issuer=state, target_level=levels["district"],
                       title="जिला कार्यसमिति बैठक", due=today - datetime.timedelta(days=5)).run()
    ac = booths[0].parent.parent.parent if booths else None
    if ac is not None:
        prog = IssueProgramme(admin, source="demo", issuer=ac, target_level=booth_level,
                              title="हर बूथ पर बूथ समिति समीक्षा बैठक", due=today + datetime.timedelta(days=10)).run()
        for i, target in enumerate(ProgrammeTarget.objects.filter(programme=prog).select_related("unit")[:8]):
            ReportTarget(admin, source="demo", target=target, status=["done", "done", "partly", "not_done"][i % 4]).run()
    booth_rollups.rebuild()
    dash_rollups.rebuild()
