"""The demo's other activities: one of every kind, spread over the last 90 days, and a few upcoming.

Titles are distinct (lists and searches must tell them apart) and stable: other parts of the demo
and the tests find activities by title. Dates are relative to the day the demo is loaded.
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from sangathan.activities.actions import CreateActivity
from sangathan.org.models import Unit, Wing
from sangathan.people.models import Person

# The upcoming division-level meeting that meeting notices (sangathan/mobilise) attach invitations to.
UPCOMING_DIVISION_MEETING = "दुर्ग संभाग कार्यसमिति की आगामी बैठक"

# kind, title, unit (Hindi name), wing, level as written, days from today (negative: past), venue, dateline,
# participants [(person ref, roles, posts)], speeches [(person ref, text)]
ACTIVITIES = [
    ("rally", "दुर्ग में किसान मोर्चा की ट्रैक्टर रैली", "दुर्ग जिला", "kisan-morcha", "जिला स्तरीय", -34,
     "गांधी चौक", "दुर्ग",
     [("jverma", ["chief_guest", "speaker"], ["दुर्ग जिलाध्यक्ष"]), ("soni", ["organiser"], [])],
     [("jverma", "धान खरीदी केंद्रों पर किसानों की समस्याओं का तुरंत समाधान हो")]),
    ("conference", "बालोद जिला युवा मोर्चा सम्मेलन", "बालोद जिला", "yuva-morcha", "जिला स्तरीय", -48,
     "बालोद मंगल भवन", "बालोद",
     [("pillai", ["key_speaker", "speaker"], ["आईटी सेल प्रदेश संयोजक"])],
     [("pillai", "युवा मोर्चा हर गांव में सोशल मीडिया टोली बनाए")]),
    ("felicitation", "दुर्ग ग्रामीण में बूथ अध्यक्षों का सम्मान समारोह", "दुर्ग ग्रामीण", "main", "विधानसभा स्तरीय", -62,
     "उतई सामुदायिक भवन", "उतई",
     [("jverma", ["chief_guest", "speaker"], ["दुर्ग जिलाध्यक्ष"]), ("rajput", ["moderator"], ["दुर्ग जिला संयोजक"])],
     [("jverma", "बूथ अध्यक्ष संगठन की सबसे मजबूत कड़ी हैं")]),
    ("other", "पाटन मंडल में वृक्षारोपण अभियान", "पाटन मंडल", "main", "मंडल स्तरीय", -76,
     "पाटन शासकीय विद्यालय परिसर", "पाटन", [], []),
    ("meeting", "उतई मंडल कार्यकर्ता बैठक", "उतई मंडल", "main", "मंडल स्तरीय", -88,
     "उतई मंडल कार्यालय", "उतई", [("mahobia", ["presided"], ["जिला सह संयोजक"])], []),
    ("meeting", "बालोद जिला महिला मोर्चा बैठक", "बालोद जिला", "mahila-morcha", "जिला स्तरीय", -15,
     "बालोद जिला कार्यालय", "बालोद", [("yamini", ["presided", "speaker"], ["महिला मोर्चा जिला अध्यक्ष"])],
     [("yamini", "हर बूथ पर महिला कार्यकर्ताओं की टोली बनेगी")]),
    # upcoming
    ("meeting", UPCOMING_DIVISION_MEETING, "दुर्ग संभाग", "main", "संभाग स्तरीय", 7,
     "दुर्ग जिला भाजपा कार्यालय", "दुर्ग", [("rsahu", ["presided"], ["दुर्ग संभाग प्रभारी"])], []),
    ("rally", "उतई मंडल बूथ चलो अभियान रैली", "उतई मंडल", "main", "मंडल स्तरीय", 4,
     "उतई बस स्टैंड", "उतई", [], []),
    ("workshop", "दुर्ग जिला सोशल मीडिया कार्यशाला", "दुर्ग जिला", "it-cell", "जिला स्तरीय", 12,
     "दुर्ग जिला भाजपा कार्यालय", "दुर्ग", [("mahobia", ["organiser"], ["जिला सह संयोजक"])], []),
    ("conference", "बालोद जिला किसान सम्मेलन", "बालोद जिला", "kisan-morcha", "जिला स्तरीय", 20,
     "बालोद कृषि उपज मंडी प्रांगण", "बालोद", [("kaushik", ["organiser"], ["बालोद जिला अध्यक्ष"])], []),
]


def more_activities(admin, people: dict[str, Person], units: dict[str, Unit]) -> None:
    """Create the activities above through the activities action (audited, source "demo")."""
    wings = {w.key: w for w in Wing.objects.all()}
    today = timezone.localtime().replace(hour=11, minute=0, second=0, microsecond=0)
    for kind, title, unit, wing, level, days, venue, dateline, parts, speeches in ACTIVITIES:
        CreateActivity(admin, source="demo", fields={
            "kind": kind, "title": title, "unit": units[unit], "wing": wings[wing], "level_label": level,
            "venue": venue, "dateline": dateline, "starts_at": today + datetime.timedelta(days=days)},
            participants=[{"person": people[ref], "roles": roles, "posts": posts} for ref, roles, posts in parts],
            speeches=[{"person": people[ref], "text": text} for ref, text in speeches]).run()
