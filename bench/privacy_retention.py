"""Benchmark: invitation retention (`sangathan privacy retention`) over N invitations of a past activity.

    SANGATHAN_VAR=var/bench-privacy .venv/bin/python bench/privacy_retention.py          # SQLite
    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/sangathan_privacy_bench .venv/bin/python bench/privacy_retention.py

Into the (migrated, demo-loaded) database it adds N people under one district, one activity with all
of them invited, an SMS outbox row and an answered-RSVP audit event per invitation, then moves the
activity 120 days into the past and measures the dry run (counting) and the run itself (blanking the
links, reasons, phones and texts in chunks, tombstoning the N RSVP events, one audited event per rule),
and checks the turnout rollup is unchanged. Not a test: nothing here asserts. Writes
bench/results/privacy_retention_<vendor>.md. N: env N (default 50,000).
"""

from __future__ import annotations

import datetime
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sangathan.settings")
import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from sangathan.activities.actions import CreateActivity  # noqa: E402
from sangathan.activities.models import Activity  # noqa: E402
from sangathan.core import audit  # noqa: E402
from sangathan.demo.loader import load_demo  # noqa: E402
from sangathan.mobilise import rollups  # noqa: E402
from sangathan.mobilise.models import Invitation, OutboxMessage, TurnoutRollup  # noqa: E402
from sangathan.org.models import Unit  # noqa: E402
from sangathan.people.models import Person  # noqa: E402
from sangathan.privacy.actions import ApplyRetention  # noqa: E402

N = int(os.environ.get("N", 50_000))
RULES = {k: v for k, v in settings.SANGATHAN_RETENTION.items() if k.startswith("mobilise.")}


def setup(admin) -> Activity:
    district = Unit.objects.get(name_hi="दुर्ग जिला")
    people = [Person(name_hi=f"बेंच व्यक्ति {i}", phone=f"+91 9{i:09d}", home_unit=district) for i in range(N)]
    Person.objects.bulk_create(people, batch_size=5000)
    people = list(Person.objects.filter(name_hi__startswith="बेंच व्यक्ति").values_list("pk", flat=True))
    act = CreateActivity(admin, source="cli", fields={"title": "बेंच बैठक", "unit": district,
                                                      "starts_at": timezone.now() + datetime.timedelta(days=1)}).run()
    Invitation.objects.bulk_create([Invitation(activity=act, person_id=pk, unit=district, rsvp="no",
                                               rsvp_reason="बाहर हूँ", attended_at=timezone.now() if pk % 3 else None)
                                    for pk in people], batch_size=5000)
    invs = list(Invitation.objects.filter(activity=act).values_list("pk", "nonce"))
    OutboxMessage.objects.bulk_create([OutboxMessage(invitation_id=pk, phone="+91 90000 00000",
                                                     text=f"जी, आमंत्रण https://org.example/mobilise/i/{pk}.{nonce}")
                                       for pk, nonce in invs], batch_size=5000)
    with audit.context(admin, "bench"), transaction.atomic():
        audit.record("mobilise.rsvp", [("update", Invitation, pk, None, {"rsvp": "no", "rsvp_reason": "बाहर हूँ",
                                                                         "nonce": nonce}) for pk, nonce in invs])
    rollups.build(act.pk)
    Activity.objects.filter(pk=act.pk).update(starts_at=timezone.now() - datetime.timedelta(days=120))
    return act


def main() -> None:
    call_command("migrate", verbosity=0)
    load_demo()
    settings.SANGATHAN_RETENTION = RULES
    admin = get_user_model().objects.get(username="admin")
    t = time.perf_counter()
    act = setup(admin)
    setup_s = time.perf_counter() - t
    before = sorted(TurnoutRollup.objects.filter(activity=act).values_list("unit_id", "invited", "attended"))
    t = time.perf_counter()
    dry = ApplyRetention(admin, source="bench", dry_run=True).run()
    dry_s = time.perf_counter() - t
    t = time.perf_counter()
    done = ApplyRetention(admin, source="bench").run()
    run_s = time.perf_counter() - t
    after = sorted(TurnoutRollup.objects.filter(activity=act).values_list("unit_id", "invited", "attended"))
    t = time.perf_counter()
    ok = audit.verify().ok
    verify_s = time.perf_counter() - t
    left = Invitation.objects.filter(activity=act).exclude(nonce="").count()
    vendor = connection.vendor
    rows = sum(done.values())
    lines = [
        f"# Invitation retention benchmark ({vendor}, {datetime.date.today()})", "",
        f"Demo organisation plus {N:,} invitees of one activity of दुर्ग जिला moved 120 days into the past, each "
        "with an SMS outbox row and an RSVP audit event; 2 shared cores (other engineers' tests running).", "",
        "| step | rows | seconds | rows/s |", "| --- | ---: | ---: | ---: |",
        f"| setup (bulk rows, not retention) | {N:,} | {setup_s:.2f} | |",
        f"| dry run (count per rule) | {sum(dry.values()):,} | {dry_s:.2f} | {sum(dry.values()) / dry_s:,.0f} |",
        f"| retention: blank links, reasons, phones, texts; tombstone {N:,} events | {rows:,} | {run_s:.2f} "
        f"| {rows / run_s:,.0f} |",
        f"| audit verify (whole chain) | | {verify_s:.2f} | |", "",
        f"Per rule: {done}. Invitations still holding a link: {left}. Turnout rollup unchanged: "
        f"{before == after} ({len(after)} rows). Audit chain verifies: {ok}.", "",
        "Rerun: `" + ("DATABASE_URL=... " if vendor == "postgresql" else "SANGATHAN_VAR=var/bench-privacy ")
        + f"N={N} .venv/bin/python bench/privacy_retention.py` on a fresh database.",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    out = Path(__file__).resolve().parent / "results" / f"privacy_retention_{vendor}.md"
    out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
