"""`sangathan elections import|check|summary`: the CLI front of the election import and analysis."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.http import Http404

from sangathan.core.cli_support import add_actor_argument, dumps, resolve_actor
from sangathan.elections import summary as summaries
from sangathan.elections.importer import ImportElection, ImportFailed
from sangathan.elections.models import Election
from sangathan.elections.sources import Inputs


class Command(BaseCommand):
    help = "elections import|check|summary: booth-level results (Form 20), their data quality and analysis."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="sub", required=True)
        imp = sub.add_parser("import", help="import Form 20 files/folders all-or-nothing")
        imp.add_argument("--election", required=True, help="election name, e.g. 'UP LS 2014'")
        imp.add_argument("paths", nargs="+", type=Path)
        for opt in ("candidates", "parties", "ac-to-pc", "published", "roll"):
            imp.add_argument(f"--{opt}", type=Path, default=None)
        imp.add_argument("--state", default=None, help="organisation state unit code (UP, CG …)")
        imp.add_argument("--kind", choices=["LS", "AE"], default=None)
        imp.add_argument("--year", type=int, default=None)
        imp.add_argument("--create-booths", action="store_true", help="create missing AC/booth units")
        imp.add_argument("--replace", action="store_true", help="re-import ACs already imported")
        imp.add_argument("--keep-bad-rows", action="store_true",
                         help="import rows with unreadable cells without those cells (reported as warnings)")
        imp.add_argument("--no-progress", action="store_true")
        chk = sub.add_parser("check", help="print the data-quality findings of an election")
        chk.add_argument("name")
        chk.add_argument("--format", choices=["json", "text"], default="text")
        sm = sub.add_parser("summary", help="votes per area and candidate, with turnout")
        sm.add_argument("name")
        sm.add_argument("--by", choices=["booth", "ac", "seat", "unit"], default="seat")
        sm.add_argument("--unit", default=None, help="unit id or code to roll up under (for --by unit)")
        sm.add_argument("--level", default=None, help="unit level to roll up to (default: the unit's children)")
        sm.add_argument("--format", choices=["csv", "json"], default="csv")
        for p in (imp, chk, sm):
            add_actor_argument(p)

    def handle(self, *args, sub, **o):
        getattr(self, f"do_{sub}")(**o)

    def do_import(self, *, election, paths, state, create_booths, replace, keep_bad_rows, no_progress, actor,
                  kind=None, year=None, **o):
        inputs = Inputs(paths=paths, state=state, candidates=o["candidates"], parties=o["parties"],
                        ac_to_pc=o["ac_to_pc"], published=o["published"], roll=o["roll"], keep_bad_rows=keep_bad_rows)
        bar = _Bar(disable=no_progress or not sys.stderr.isatty())
        try:
            res = ImportElection(resolve_actor(actor), source="cli", election=election, inputs=inputs, kind=kind,
                                 year=year, create_booths=create_booths, replace=replace, progress=bar.update).run()
        except ImportFailed as e:
            raise CommandError(str(e)) from None
        except (ValidationError, Http404) as e:
            raise CommandError(f"{'; '.join(getattr(e, 'messages', [])) or 'state unit not in your scope'}") from None
        finally:
            bar.close()
        counts = {k: v for k, v in res.items() if k != "election"}
        self.stdout.write(f"imported {res['booths']} booths and {res['votes']} votes into {res['election'].name}: "
                          + ", ".join(f"{k} {v}" for k, v in counts.items()))

    def do_check(self, *, name, format, actor, **o):
        election = _election(name)
        rows = [f.as_dict() for f in election.findings.all()]
        if format == "json":
            self.stdout.write(dumps(rows))
            return
        for r in rows:
            where = " ".join(f"{k} {r[k]}" for k in ("pc", "ac", "part") if r[k] is not None)
            self.stdout.write(f"[{r['severity']}] {r['kind']} {where}: {r['detail']}")

    def do_summary(self, *, name, by, unit, level, format, actor, **o):
        election = _election(name)
        user = resolve_actor(actor)
        try:
            table = summaries.summary_table(election, by, user=user, unit_ref=unit, level=level)
        except Http404:
            raise CommandError(f"no unit {unit!r} in your scope") from None
        except ValueError as e:
            raise CommandError(str(e)) from None
        if format == "json":
            self.stdout.write(dumps(table.to_dicts()))
            return
        w = csv.writer(self.stdout, lineterminator="\n")
        w.writerow(table.columns)
        w.writerows(table.iter_rows())


def _election(name: str) -> Election:
    e = Election.objects.filter(name=name).first() or (Election.objects.filter(pk=name).first() if name.isdigit() else None)
    if e is None:
        raise CommandError(f"no election {name!r}")
    return e


class _Bar:
    """A tqdm bar per stage (parse files, write rows)."""

    def __init__(self, disable: bool) -> None:
        self.disable, self.bar, self.stage = disable, None, None

    def update(self, stage: str, done: int, total: int) -> None:
        from tqdm import tqdm

        if stage != self.stage:
            self.close()
            self.stage = stage
            self.bar = tqdm(total=total, desc=stage, unit="file" if stage == "parse" else "row", disable=self.disable,
                            file=sys.stderr)
        self.bar.total = total
        self.bar.n = done
        self.bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None
