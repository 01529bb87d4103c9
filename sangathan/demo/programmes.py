"""Programme reports for the demo, so completion figures, laggard lists and the matrix have content.

The booth demo (sangathan/booths/demo.py) issues a state programme to every district and a booth
programme in दुर्ग ग्रामीण; here the districts report on theirs and a third programme goes to every
assembly constituency, reported unevenly by division (some divisions lag). Deterministic: the same
units report the same status on every load.
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from sangathan.org.models import Level, Unit
from sangathan.programmes.actions import IssueProgramme, ReportTarget
from sangathan.programmes.models import Programme, ProgrammeTarget

AC_PROGRAMME = "मतदाता सूची पुनरीक्षण अभियान"
# districts that reported on "जिला कार्यसमिति बैठक" (the others are overdue)
DISTRICT_REPORTS = {"दुर्ग जिला": "done", "बालोद जिला": "partly", "रायपुर जिला": "done", "बिलासपुर जिला": "done",
                    "राजनांदगांव जिला": "partly", "बस्तर जिला": "not_done", "कोरबा जिला": "done", "धमतरी जिला": "partly",
                    "भिलाई जिला": "done", "बेमेतरा जिला": "done", "सरगुजा जिला": "partly"}
# share (in tenths) of each division's ACs that report the AC programme done; a few more report "partly"
DONE_TENTHS = {"दुर्ग संभाग": 7, "रायपुर संभाग": 5, "बिलासपुर संभाग": 4, "सरगुजा संभाग": 2, "बस्तर संभाग": 1}


def report_programmes(admin) -> None:
    levels = {lv.key: lv for lv in Level.objects.all()}
    district_prog = Programme.objects.filter(title="जिला कार्यसमिति बैठक").first()
    if district_prog is not None:
        for t in ProgrammeTarget.objects.filter(programme=district_prog, unit__name_hi__in=DISTRICT_REPORTS
                                                ).select_related("unit").order_by("unit__path"):
            ReportTarget(admin, source="demo", target=t, status=DISTRICT_REPORTS[t.unit.name_hi]).run()
    state = Unit.objects.get(level=levels["state"], code="CG")
    prog = IssueProgramme(admin, source="demo", issuer=state, target_level=levels["assembly"], title=AC_PROGRAMME,
                          due=timezone.localdate() + datetime.timedelta(days=21)).run()
    divisions = {u.path: u.name_hi for u in Unit.objects.filter(level=levels["division"])}
    seen: dict[str, int] = {}
    for t in ProgrammeTarget.objects.filter(programme=prog).select_related("unit").order_by("unit__path"):
        division = next((name for path, name in divisions.items() if t.unit.path.startswith(path)), "")
        i = seen[division] = seen.get(division, -1) + 1
        slot, done = (i * 3) % 10, DONE_TENTHS.get(division, 0)
        status = "done" if slot < done else "partly" if slot == done else "not_done" if slot == done + 1 else ""
        if status:
            ReportTarget(admin, source="demo", target=t, status=status).run()
