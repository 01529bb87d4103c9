"""The demo rally: दुर्ग जिला sets every assembly a turnout target for an upcoming rally; some have reported."""

from __future__ import annotations

import datetime

from django.utils import timezone

from sangathan.org.models import Level, Unit
from sangathan.rallies.actions import OrganiseRally, ReportTurnout
from sangathan.rallies.models import Rally, RallyTarget

TITLE = "किसान सम्मान रैली, दुर्ग"
REPORTS = {"पाटन": (620, 12, "दो बसें और जुड़ीं"), "दुर्ग ग्रामीण": (410, 9, ""), "भिलाई नगर": (180, 3, "बारिश के कारण कम"),
           "वैशाली नगर": (505, 10, "")}


def load_rally_demo(admin) -> Rally | None:
    """Called at the end of `load_demo` (inside its audit context); does nothing if the rally exists."""
    if Rally.objects.filter(title=TITLE).exists():
        return None
    durg = Unit.objects.filter(name_hi="दुर्ग जिला").first()
    level = Level.objects.filter(key="assembly").first()
    if durg is None or level is None:
        return None
    rally = OrganiseRally(admin, source="demo", organiser=durg, target_level=level, title=TITLE,
                          place="रविशंकर स्टेडियम, दुर्ग", held_on=timezone.localdate() + datetime.timedelta(days=10),
                          description="हर विधानसभा से 500 कार्यकर्ता और 10 बसें।", people_target=500,
                          vehicles_target=10).run()
    for t in RallyTarget.objects.filter(rally=rally).select_related("unit", "rally"):
        if t.unit.name_hi in REPORTS:
            people, vehicles, note = REPORTS[t.unit.name_hi]
            ReportTurnout(admin, source="demo", target=t, people=people, vehicles=vehicles, note=note).run()
    return rally
