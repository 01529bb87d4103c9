"""Import people, appointments and committee seats from CSV/XLSX: validate all, then all-or-nothing.

Rows are validated one by one while they stream into a temporary staging table (COPY on
PostgreSQL); unit codes, scope and booth checks then run as set queries with the row's line
number, so every error is reported. Only a clean file is written, by INSERT ... SELECT with
NOT EXISTS on natural keys, so importing the same file twice changes nothing. The audit log gets
one summary event per table with the counts and the file's sha256 (bulk paths, see docs/booths.md).
"""

from __future__ import annotations

from pathlib import Path

from django.utils import timezone
from tqdm import tqdm

from sangathan.booths.bulk import refresh_many
from sangathan.booths.models import BoothCommittee, CommitteeMember, CommitteeRole
from sangathan.booths.state import booth_level
from sangathan.core import audit
from sangathan.core.actions import Action
from sangathan.core.scoping import ALL, scope_paths
from sangathan.core.tree import successor
from sangathan.org.models import Wing
from sangathan.people.models import Appointment, Person, PostType
from sangathan.synth import stage
from sangathan.synth.rows import ImportFailed, RowError, clean, header_errors, raw_rows, sha256


class DryRun(Exception):
    """Raised after a successful dry run so the transaction rolls back; carries the counts."""

    def __init__(self, result: dict) -> None:
        self.result = result
        super().__init__("dry run: nothing was written")


def _lookups() -> tuple[dict, dict, dict]:
    posts, roles, wings = {}, {}, {}
    for p in PostType.objects.all():
        for k in (p.key, p.name_hi, p.name_en):
            if k:
                posts[k.lower()] = p.pk
    for r in CommitteeRole.objects.all():
        for k in (r.key, r.name_hi, r.name_en):
            if k:
                roles.setdefault(k.lower(), (r.pk, r.per_page))
    for w in Wing.objects.all():
        for k in (w.key, w.name_hi, w.name_en):
            if k:
                wings[k.lower()] = w.pk
    return posts, roles, wings


class ImportPeople(Action):
    name = "people.import"
    source_default = "import"

    def check(self) -> None:
        if not scope_paths(self.actor, "manage"):
            raise ImportFailed([RowError(1, "-", "you manage no unit; nothing can be imported")])

    def execute(self) -> dict:
        path: Path = Path(self.params["path"])
        errors = header_errors(path)
        if errors:
            raise ImportFailed(errors)
        posts, roles, wings = _lookups()
        stage.create()
        progress = self.params.get("progress", True)
        rows = (clean(n, raw, posts, roles, wings, errors)
                for n, raw in tqdm(raw_rows(path), desc="validating", unit=" rows", disable=not progress, mininterval=1))
        n_rows = stage.load(rows)
        errors += stage.resolve(self._scope(), booth_level())
        if errors:
            raise ImportFailed(errors)
        now = timezone.now()
        result = {"rows": n_rows, "people": stage.insert_people(now),
                  "appointments": stage.insert_appointments(now)}
        result["committees"], result["seats"] = stage.insert_seats()
        if result["seats"] or result["committees"]:
            refresh_many(stage.seat_booths())
        stage.drop()
        digest = sha256(path)
        changes = [("create", model, f"import:{digest[:12]}", None,
                    {"file": path.name, "sha256": digest, "rows": result["rows"], "created": result[key], "bulk": True})
                   for key, model in (("people", Person), ("appointments", Appointment),
                                      ("committees", BoothCommittee), ("seats", CommitteeMember)) if result[key]]
        if changes:
            audit.record(self.name, changes)
        if self.params.get("dry_run"):
            raise DryRun(result)
        return result

    def _scope(self) -> list[tuple[str, str]] | None:
        paths = scope_paths(self.actor, "manage")
        return None if paths is ALL else [(p, successor(p)) for p in paths]


__all__ = ["ImportPeople", "ImportFailed", "DryRun"]
