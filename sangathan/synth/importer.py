"""Import people, appointments and committee seats from CSV/XLSX: validate all, then all-or-nothing.

The file is read once: rows are cleaned and checked one by one while they stream into a temporary
staging table (COPY on PostgreSQL), and its sha256 is computed on the way. Unit codes, scope, booth
and page checks then run as set queries with the row's line number, so every error is reported.
Only a clean file is written, by a few INSERT ... SELECT statements that match natural keys with
joins (`stage.py`), so importing the same file twice changes nothing; the touched booths are
re-evaluated and their rollup deltas applied per ancestor in aggregate (`booths/bulk.py`). The
audit log gets one summary event per table with the counts and the file's sha256 (bulk paths, see
docs/booths.md). A dry run also checks the deferred foreign keys before rolling back, so it fails
exactly where a commit would.
"""

from __future__ import annotations

from pathlib import Path

from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _
from tqdm import tqdm

from sangathan.booths.bulk import refresh_booths
from sangathan.booths.models import BoothCommittee, CommitteeMember, CommitteeRole
from sangathan.booths.state import booth_level
from sangathan.core import audit
from sangathan.core.actions import Action
from sangathan.core.scoping import ALL, scope_paths
from sangathan.core.tree import successor
from sangathan.org.models import Wing
from sangathan.people.models import Appointment, Person, PostType
from sangathan.synth import stage
from sangathan.synth.rows import Cleaner, ImportFailed, Reader, RowError


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
            raise ImportFailed([RowError(1, "-", _("you manage no unit; nothing can be imported"))])

    def execute(self) -> dict:
        path: Path = Path(self.params["path"])
        reader = Reader(path)
        errors = reader.header_errors()
        if errors:
            raise ImportFailed(errors)
        progress = self.params.get("progress", True)
        steps = tqdm(total=6, desc="import", unit=" step", disable=not progress, position=1, leave=False)
        clean = Cleaner(*_lookups(), errors)
        stage.create()
        n_rows = stage.load(clean(n, values) for n, values in
                            tqdm(reader, desc="reading", unit=" rows", disable=not progress, mininterval=1))
        if n_rows == 0:
            raise ImportFailed([RowError(1, "-", _("the file has no data rows"))])
        steps.update()
        errors += stage.resolve(self._scope(), booth_level(), clean.codes)
        if errors:
            raise ImportFailed(errors)
        steps.update()
        now = timezone.now()
        # one set query per referenced table instead of ~3 deferred trigger checks per new row
        set_checked = stage.skip_row_fk_checks()
        result = {"rows": n_rows, "people": stage.insert_people(now)}
        steps.update()
        result["appointments"] = stage.insert_appointments(now)
        steps.update()
        result["committees"], result["seats"] = stage.insert_seats()
        if set_checked:
            stage.restore_row_fk_checks()
            missing = stage.check_references()
            if missing:  # a unit or person deleted while the file was read: nothing is written
                raise ImportFailed([RowError(1, "-", _("rows the file refers to were deleted meanwhile: %(what)s")
                                             % {"what": "; ".join(missing)})])
        steps.update()
        if result["seats"] or result["committees"]:
            refresh_booths(stage.seat_booths_sql(), only_unverified_added=True)  # seats are written unverified
        steps.update()
        steps.close()
        stage.drop()
        digest = reader.sha256
        changes = [("create", model, f"import:{digest[:12]}", None,
                    {"file": path.name, "sha256": digest, "rows": result["rows"], "created": result[key], "bulk": True})
                   for key, model in (("people", Person), ("appointments", Appointment),
                                      ("committees", BoothCommittee), ("seats", CommitteeMember)) if result[key]]
        if changes:
            audit.record(self.name, changes)
        if self.params.get("dry_run"):
            if connection.vendor == "postgresql":
                connection.check_constraints()  # fire the deferred foreign-key checks a commit would run
            raise DryRun(result)
        return result

    def _scope(self) -> list[tuple[str, str]] | None:
        paths = scope_paths(self.actor, "manage")
        return None if paths is ALL else [(p, successor(p)) for p in paths]


__all__ = ["DryRun", "ImportFailed", "ImportPeople"]
