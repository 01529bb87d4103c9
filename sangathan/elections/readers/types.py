"""Shared result types: every reader returns the same normalised shape.

Readers never raise on bad data; they collect :class:`Finding` objects so that a
caller (the Django importer) can decide between all-or-nothing and best-effort.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

import polars as pl

ERROR = "error"      # row/file could not be read; the data is incomplete
WARNING = "warning"  # data was read but looks wrong (sums disagree, duplicates…)
INFO = "info"        # explained difference (e.g. postal votes)

NOTA_NAME = "None of the Above"

# Column schemas of the normalised frames (the importer bulk-inserts these).
BOOTH_SCHEMA: dict[str, pl.DataType] = {
    "state": pl.String, "ac_no": pl.Int32, "part_no": pl.String, "part_name": pl.String,
    "electors": pl.Int64, "voters": pl.Int64, "tendered": pl.Int64,
    "source_file": pl.String, "source_line": pl.Int32,
}
VOTE_SCHEMA: dict[str, pl.DataType] = {
    "ac_no": pl.Int32, "part_no": pl.String, "candidate_key": pl.String,
    "votes": pl.Int64, "source_line": pl.Int32,
}
CANDIDATE_SCHEMA: dict[str, pl.DataType] = {
    "state": pl.String, "pc_no": pl.Int32, "ac_no": pl.Int32, "serial_in_file": pl.Int32,
    "name": pl.String, "candidate_key": pl.String, "matched_name": pl.String,
    "party_code": pl.String, "party": pl.String, "match_score": pl.Float64,
}
RESULT_SCHEMA: dict[str, pl.DataType] = {
    "state": pl.String, "area_no": pl.Int32, "area_name": pl.String, "candidate": pl.String,
    "party": pl.String, "evm_votes": pl.Int64, "postal_votes": pl.Int64, "total": pl.Int64,
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: where (file/line or ac/part) and why, in plain words."""

    kind: str
    detail: str
    severity: str = WARNING
    file: str | None = None
    line: int | None = None
    ac: int | None = None
    part: str | None = None
    pc: int | None = None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    def __str__(self) -> str:
        where = ":".join(str(x) for x in (self.file, self.line) if x is not None)
        area = f" PC {self.pc}" if self.pc is not None else ""
        area += f" AC {self.ac}" if self.ac is not None else ""
        area += f" part {self.part}" if self.part is not None else ""
        return f"[{self.severity}] {self.kind} {where}{area}: {self.detail}".replace("  ", " ")


class ParseError(Exception):
    """Raised only on request (:meth:`Form20Result.raise_on_errors`), carrying all errors."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        head = "; ".join(str(f) for f in findings[:5])
        more = f" (+{len(findings) - 5} more)" if len(findings) > 5 else ""
        super().__init__(f"{len(findings)} parse error(s): {head}{more}")


@dataclass(slots=True)
class Form20Result:
    """Booth rows, booth votes and candidate columns of one or more Form 20 files."""

    booths: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=BOOTH_SCHEMA))
    votes: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=VOTE_SCHEMA))
    candidates: pl.DataFrame = field(default_factory=lambda: pl.DataFrame(schema=CANDIDATE_SCHEMA))
    findings: list[Finding] = field(default_factory=list)
    # Gujarat only: one row per printed page-total row and whether it equals its page.
    page_totals: pl.DataFrame | None = None

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]

    def raise_on_errors(self) -> None:
        """All-or-nothing callers call this before inserting anything."""
        if self.errors:
            raise ParseError(self.errors)

    @staticmethod
    def concat(parts: list["Form20Result"]) -> "Form20Result":
        """Merge per-file results (vertical concat, findings appended in order)."""
        out = Form20Result()
        if not parts:
            return out
        out.booths = pl.concat([p.booths for p in parts], how="vertical")
        out.votes = pl.concat([p.votes for p in parts], how="vertical")
        out.candidates = pl.concat([p.candidates for p in parts], how="vertical")
        out.findings = [f for p in parts for f in p.findings]
        pts = [p.page_totals for p in parts if p.page_totals is not None]
        out.page_totals = pl.concat(pts, how="vertical") if pts else None
        return out


def file_label(path: Path) -> str:
    """Short, stable file name for findings (parent dir + name, not the machine path)."""
    return f"{path.parent.name}/{path.name}"
