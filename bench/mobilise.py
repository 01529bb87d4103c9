"""Benchmark: invitees chosen down the tree and notices sent, at scale (prints a markdown table).

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/sangathan_mobilise_bench .venv/bin/python bench/mobilise.py

On a synthetic set (`sangathan synth --scale national|state`) it measures
- the notice preview (counts by level and contact, no list above 10,000) for a whole state, as a user
  holding a grant on that state (the scoped query a state organiser runs), and as a superuser;
- computing and saving the invitee list (InviteByTree, one call per state until TARGET invitees);
- sending the notices (QueueNotices; the job runs at once here; e-mail to Django's dummy backend,
  phones to the SMS outbox table, every notice audited), with the batch's progress rows.
Not a test: nothing here asserts. Writes bench/results/mobilise_<vendor>.md.
"""

from __future__ import annotations

import datetime
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sangathan.settings")
import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.utils import timezone  # noqa: E402

from sangathan.accounts.actions import CreateUser, GrantRole  # noqa: E402
from sangathan.activities.actions import CreateActivity  # noqa: E402
from sangathan.mobilise.actions import InviteByTree, QueueNotices  # noqa: E402
from sangathan.mobilise.models import Invitation, NoticeBatch, OutboxMessage  # noqa: E402
from sangathan.mobilise.selection import Selection, preview  # noqa: E402
from sangathan.org.models import Unit  # noqa: E402
from sangathan.people.models import Appointment  # noqa: E402

TARGET = int(os.environ.get("TARGET", 100_000))
RUNS = int(os.environ.get("RUNS", 5))
settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
settings.MOBILISE_NOTICES_PER_MINUTE = 0  # measure the machine, not the rate limit
settings.MOBILISE_EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
settings.MOBILISE_CHUNK = int(os.environ.get("CHUNK", 2000))
settings.ALLOWED_HOSTS = ["*"]


def med(fn, runs=RUNS) -> tuple[float, object]:
    out, last = [], None
    for _ in range(runs):
        t = time.perf_counter()
        last = fn()
        out.append(time.perf_counter() - t)
    return statistics.median(out), last


def main() -> None:
    User = get_user_model()
    admin = User.objects.filter(is_superuser=True).order_by("pk").first()
    states = list(Unit.objects.filter(level__key="state").order_by("pk"))
    counts = []
    for s in states:
        n = Appointment.objects.current().filter(unit__path__startswith=s.path).values("person").distinct().count()
        counts.append((n, s))
    counts.sort(key=lambda x: -x[0])
    big_n, big = counts[0]
    organiser = User.objects.filter(username="bench_state_organiser").first()
    if organiser is None:
        organiser = CreateUser(admin, source="cli", username="bench_state_organiser", password="bench-pass-123").run()
        GrantRole(admin, source="cli", user=organiser, role="admin", unit=big).run()
    rows = [f"# Mobilisation benchmark ({connection.vendor}, {timezone.now():%Y-%m-%d})", "",
            *([os.environ["NOTE"], ""] if os.environ.get("NOTE") else []),
            f"Data: {Unit.objects.count():,} units, {Appointment.objects.count():,} appointments; "
            f"largest state {big.name_en or big.name_hi} with {big_n:,} office-bearers.", "",
            "| step | rows | seconds | rows/s |", "| --- | ---: | ---: | ---: |"]

    t, p = med(lambda: preview(organiser, Selection(root=big)))
    rows.append(f"| preview, whole state, state organiser (median of {RUNS}) | {p['total']:,} | {t:.3f} | {p['total'] / t:,.0f} |")
    t, p = med(lambda: preview(admin, Selection(root=big)))
    rows.append(f"| preview, whole state, superuser (median of {RUNS}) | {p['total']:,} | {t:.3f} | {p['total'] / t:,.0f} |")

    act = CreateActivity(admin, source="cli", fields={
        "title": f"बेंचमार्क राष्ट्रीय बैठक {timezone.now():%H%M%S}", "unit": Unit.objects.filter(depth=0).first(),
        "starts_at": timezone.now() + datetime.timedelta(days=10), "venue": "नई दिल्ली"}).run()
    t0, used = time.perf_counter(), []
    for n, s in counts:
        InviteByTree(admin, source="cli", activity=act, selection=Selection(root=s)).run()
        used.append(s)
        if Invitation.objects.filter(activity=act).count() >= TARGET:
            break
    t_inv = time.perf_counter() - t0
    n_inv = Invitation.objects.filter(activity=act).count()
    rows.append(f"| compute and save invitees ({len(used)} states, one InviteByTree each) | {n_inv:,} | {t_inv:.2f} | {n_inv / t_inv:,.0f} |")

    t0 = time.perf_counter()
    batch = QueueNotices(admin, source="cli", activity=act, base_url="https://org.example").run()
    t_send = time.perf_counter() - t0
    batch = NoticeBatch.objects.get(pk=batch.pk)
    rows.append(f"| send notices (chunks of {settings.MOBILISE_CHUNK}; e-mail {batch.emailed:,}, SMS outbox {batch.texted:,}, "
                f"by hand {batch.by_hand:,}) | {batch.done:,} | {t_send:.2f} | {batch.done / t_send:,.0f} |")
    total = t_inv + t_send
    rows.append(f"| **compute + send** | {n_inv:,} | {total:.2f} | {n_inv / total:,.0f} |")
    rows += ["", f"Outbox rows: {OutboxMessage.objects.filter(batch=batch).count():,}; batch state `{batch.state}`. "
             "Preview target: ≤ 1 s for a whole state."]
    by_channel = dict(Invitation.objects.filter(activity=act).values_list("channel").annotate(n=Count("pk")))
    rows.append(f"Channels recorded on the invitations: {by_channel}.")
    text = "\n".join(rows) + "\n"
    print(text)
    out = Path(__file__).resolve().parent / "results" / f"mobilise_{connection.vendor}.md"
    out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
