"""Fallback data for bench/mobilise.py where no synthetic set is at hand: N office-bearers spread over
the demo's units (bulk inserts, no audit: a benchmark database only).

    SANGATHAN_VAR=var/bench-mobilise .venv/bin/sangathan demo --no-serve
    SANGATHAN_VAR=var/bench-mobilise N=100000 .venv/bin/python bench/mobilise_people.py
    SANGATHAN_VAR=var/bench-mobilise .venv/bin/python bench/mobilise.py
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sangathan.settings")
import django  # noqa: E402

django.setup()

from django.db import transaction  # noqa: E402

from sangathan.org.models import Unit, Wing  # noqa: E402
from sangathan.people.models import Appointment, Person, PostType  # noqa: E402

N = int(os.environ.get("N", 100_000))
rng = random.Random(9)
state = Unit.objects.get(level__key="state")
units = list(Unit.objects.filter(path__startswith=state.path).exclude(level__key="booth").values_list("pk", flat=True))
posts, wings = list(PostType.objects.filter(is_incharge=False, rank__gte=10)), list(Wing.objects.all())
with transaction.atomic():
    people = [Person(name_hi=f"कार्यकर्ता {i}", name_en=f"Worker {i}", home_unit_id=rng.choice(units),
                     phone=f"+91 9{i:09d}" if rng.random() < 0.6 else "",
                     email=f"worker{i}@example.org" if rng.random() < 0.3 else "", name_key=f"karyakarta {i}")
              for i in range(N)]
    Person.objects.bulk_create(people, batch_size=5000)
    Appointment.objects.bulk_create([Appointment(person=p, unit_id=p.home_unit_id, post=rng.choice(posts),
                                                 wing=rng.choice(wings)) for p in people], batch_size=5000)
print(f"{N:,} people with one appointment each under {state.name_hi}")
