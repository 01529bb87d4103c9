"""`sangathan rollups rebuild|verify`: rewrite or check every derived rollup table from source rows."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError

FAMILIES = ("booths", "programmes", "rallies", "dashboards", "mobilise")


def _module(name: str):
    from sangathan.booths import rebuild as booths
    from sangathan.dashboards import rollups as dashboards
    from sangathan.mobilise import rollups as mobilise
    from sangathan.programmes import rollups as programmes
    from sangathan.rallies import rollups as rallies

    return {"booths": booths, "programmes": programmes, "rallies": rallies, "dashboards": dashboards,
            "mobilise": mobilise}[name]


class Command(BaseCommand):
    help = "Rebuild or verify the rollup tables (booth status counts, programme completion, activities, vacancies)."

    def add_arguments(self, parser):
        parser.add_argument("mode", choices=["rebuild", "verify"])
        parser.add_argument("--only", choices=FAMILIES, action="append", help="limit to one family (repeatable)")
        parser.add_argument("--skip-states", action="store_true", help="rebuild: trust stored committee states")

    def handle(self, *args, mode: str, only=None, skip_states=False, **opts):
        failed = False
        for name in only or FAMILIES:
            t = time.monotonic()
            mod = _module(name)
            if mode == "rebuild":
                out = mod.rebuild(states=not skip_states) if name == "booths" else mod.rebuild()
                self.stdout.write(f"{name}: {out} in {time.monotonic() - t:.1f}s")
                continue
            problems = mod.verify()
            if problems:
                failed = True
                self.stdout.write(self.style.ERROR(f"{name}: {len(problems)}+ difference(s)"))
                for p in problems:
                    self.stdout.write(f"  {p}")
            else:
                self.stdout.write(self.style.SUCCESS(f"{name}: consistent ({time.monotonic() - t:.1f}s)"))
        if failed:
            raise CommandError("rollups differ from a recount; run `sangathan rollups rebuild`")
