"""The demo's mobilisation: IT-cell conveners of the districts of दुर्ग संभाग called to an upcoming
division meeting, with invitations in every state (told, yes, no, maybe, attended, to be told by hand)."""

from __future__ import annotations

import datetime

from django.utils import timezone

from sangathan.activities.actions import CreateActivity
from sangathan.mobilise.actions import CheckIn, InviteByTree, LinkActor, QueueNotices, Respond
from sangathan.mobilise.models import Invitation, NoticeBatch, Via
from sangathan.mobilise.notices import run_batch
from sangathan.mobilise.selection import Selection
from sangathan.org.models import Level, Unit, Wing
from sangathan.people.actions import Appoint, CreatePerson
from sangathan.people.models import PostType

TITLE = "आईटी सेल दुर्ग संभाग के जिला संयोजकों की बैठक"
# district, convener (name hi, name en, phone, e-mail), co-convener (same); "" = not known
CONVENERS = [
    ("बालोद जिला", ("दीपक साहू", "Deepak Sahu", "+91 98270 00011", "deepak.sahu@example.org"),
     ("लता निषाद", "Lata Nishad", "+91 98270 00012", "")),
    ("बेमेतरा जिला", ("अजय वर्मा", "Ajay Verma", "", "ajay.verma@example.org"),
     ("सुरेश यादव", "Suresh Yadav", "", "")),
    ("कबीरधाम जिला", ("मनोज चंद्राकर", "Manoj Chandrakar", "+91 98270 00015", ""),
     ("रेखा ठाकुर", "Rekha Thakur", "+91 98270 00016", "rekha.thakur@example.org")),
    ("राजनांदगांव जिला", ("विकास शर्मा", "Vikas Sharma", "+91 98270 00017", "vikas.sharma@example.org"),
     ("पूजा देवांगन", "Pooja Dewangan", "", "")),
    ("खैरागढ़-छुईखदान-गंडई जिला", ("रमेश कुर्रे", "Ramesh Kurre", "+91 98270 00019", ""), None),
    ("मोहला-मानपुर-अंबागढ़ चौकी जिला", ("संतोष मंडावी", "Santosh Mandavi", "", "santosh.mandavi@example.org"), None),
    ("भिलाई जिला", ("नीरज गुप्ता", "Neeraj Gupta", "+91 98270 00021", "neeraj.gupta@example.org"),
     ("आशा सिन्हा", "Asha Sinha", "+91 98270 00022", "")),
]


def load_mobilise_demo(admin) -> None:
    it, posts = Wing.objects.get(key="it-cell"), {p.key: p for p in PostType.objects.all()}
    start = datetime.date.today() - datetime.timedelta(days=30)
    for district, *holders in CONVENERS:
        unit = Unit.objects.get(name_hi=district)
        for post, h in zip(("convener", "co-convener"), holders):
            if h is None:
                continue
            person = CreatePerson(admin, source="demo", fields={"name_hi": h[0], "name_en": h[1], "home_unit": unit,
                                                               "phone": h[2], "email": h[3]}).run()
            Appoint(admin, source="demo", person=person, fields={
                "post": posts[post], "unit": unit, "wing": it, "title": f"{district} आईटी सेल {posts[post].name_hi}",
                "start": start}).run()
    division = Unit.objects.get(name_hi="दुर्ग संभाग")
    when = (timezone.now() + datetime.timedelta(days=5)).replace(hour=5, minute=30, second=0, microsecond=0)  # 11:00 IST
    act = CreateActivity(admin, source="demo", fields={
        "kind": "meeting", "title": TITLE, "unit": division, "wing": it, "level_label": "संभाग स्तरीय",
        "venue": "भाजपा कार्यालय, दुर्ग", "dateline": "दुर्ग", "starts_at": when,
        "description": "बूथ स्तर तक आईटी सेल के विस्तार और सोशल मीडिया प्रशिक्षण की समीक्षा।"}).run()
    InviteByTree(admin, source="demo", activity=act, selection=Selection(
        root=division, levels=[Level.objects.get(key="district")], wings=[it],
        posts=[posts["convener"], posts["co-convener"]])).run()
    batch = QueueNotices(admin, source="demo", activity=act, base_url="http://127.0.0.1:8000").run()
    if NoticeBatch.objects.get(pk=batch.pk).state == NoticeBatch.State.QUEUED:
        run_batch(batch.pk)  # the demo shows a finished sending; a worker finds nothing left to do
    invs = {i.person.name_hi: i for i in Invitation.objects.filter(activity=act).select_related("person", "activity", "unit")}
    for name, answer, reason in (("दीपक साहू", "yes", ""), ("विकास शर्मा", "yes", ""), ("नीरज गुप्ता", "yes", ""),
                                 ("मनोज चंद्राकर", "no", "उसी दिन मंडल की बैठक है"),
                                 ("रेखा ठाकुर", "maybe", "यात्रा में हूँ, कोशिश करूँगी"),
                                 ("जितेंद्र सिंह राजपूत", "yes", "")):
        if name in invs:
            Respond(LinkActor(invs[name]), source="demo", invitation=invs[name], rsvp=answer, reason=reason).run()
    for name, via in (("दीपक साहू", Via.LIST), ("जितेंद्र सिंह राजपूत", Via.QR)):
        if name in invs:
            CheckIn(admin, source="demo", invitation=invs[name], via=via).run()
