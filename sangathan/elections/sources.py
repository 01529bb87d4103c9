"""Find, recognise and parse every input file of an import, before anything is written.

Why a separate step: all-or-nothing needs every problem of every file first (file, line, reason);
only then does the importer decide to write. Formats are recognised by content, not by name.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

import polars as pl
from django.utils.translation import gettext as _

from sangathan.elections import checks
from sangathan.elections.readers import (ERROR, WARNING, Finding, Form20Result, ac_level_rows, load_ac_to_pc,
                                         load_candidate_list, load_electoral_roll, read_ac_results,
                                         read_eci_candidate_totals, read_gj_form20, read_long_booth_file,
                                         read_up_form20)
from sangathan.elections.readers.published import AC_PART
from sangathan.elections.readers.types import file_label

# organisation state code → (ECI state code, name in the electoral-roll file)
STATES = {"UP": ("S24", "Uttar Pradesh"), "GJ": ("S06", "Gujarat"), "CG": ("S26", "Chhattisgarh"),
          "MP": ("S12", "Madhya Pradesh"), "RJ": ("S20", "Rajasthan"), "BR": ("S04", "Bihar"),
          "MH": ("S13", "Maharashtra"), "JH": ("S27", "Jharkhand"), "HR": ("S07", "Haryana"),
          "DL": ("U05", "NCT OF Delhi"), "UK": ("S28", "Uttarakhand")}
BOOTH_FORMATS = ("up_form20", "gj_form20", "long")
Progress = Callable[[str, int, int], None]


def eci_state(code: str | None) -> tuple[str, str]:
    """ECI code and roll name for an organisation state code (or an ECI code given directly)."""
    if not code:
        return "S00", ""
    if re.fullmatch(r"[SU]\d\d", code):
        return code, next((n for s, n in STATES.values() if s == code), "")
    return STATES.get(code.upper(), (code.upper(), ""))


def detect(path: Path) -> str:
    """The format of one file, from its first lines."""
    head = path.read_bytes()[:8192].decode("utf-8", "replace").lstrip("\ufeff")
    lines = [ln.lower() for ln in head.splitlines()[:3]]
    first = lines[0] if lines else ""
    if "evm_votes" in first:
        return "ac_results"
    if "constituency-code" in first and "votes" in first:
        return "eci_totals"
    if re.search(r"(^|,)\"?booth\"?(,|$)", first) and "candidate" in first and "votes" in first:
        return "long"
    if len(lines) > 1 and re.search(r"part\s*no", lines[1]) and re.search(r"\d+\s*-\s*\S", lines[1]):
        return "up_form20"
    return "gj_form20"


def expand(paths: list[Path]) -> tuple[list[Path], list[Finding]]:
    """Files of the given files and folders (*.csv in a folder, sorted), and those that do not exist."""
    files, missing = [], []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files += sorted(q for q in p.iterdir() if q.suffix.lower() == ".csv" and q.is_file())
        elif p.is_file():
            files.append(p)
        else:
            missing.append(Finding("missing_file", _("no such file or folder"), ERROR, str(p)))
    return files, missing


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class Inputs:
    """What the user gave: data paths and optional reference files."""

    paths: list[Path]
    state: str | None = None
    candidates: Path | None = None
    parties: Path | None = None
    ac_to_pc: Path | None = None
    published: Path | None = None
    roll: Path | None = None
    keep_bad_rows: bool = False


@dataclass
class Parsed:
    booths: Form20Result
    formats: dict[str, str] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)
    published: pl.DataFrame | None = None
    published_level: str = "pc"
    ac_to_pc: pl.DataFrame | None = None
    candidate_list: pl.DataFrame | None = None
    roll: pl.DataFrame | None = None
    findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == ERROR]


def _reference(inp: Inputs, state: str, roll_name: str, out: Parsed) -> None:
    if inp.candidates:
        out.candidate_list = load_candidate_list(inp.candidates, inp.parties, state if state != "S00" else None)
    if inp.ac_to_pc:
        m = load_ac_to_pc(inp.ac_to_pc)
        if state != "S00" and "state_code" in m.columns and (m["state_code"] == state).any():
            m = m.filter(pl.col("state_code") == state)
        out.ac_to_pc = m
    if inp.roll and roll_name:
        out.roll = load_electoral_roll(inp.roll, roll_name)


def _read_published(path: Path, fmt: str, state: str, out: Parsed) -> pl.DataFrame:
    if fmt == "ac_results":
        df, out.published_level = read_ac_results(path, out.findings), "ac"
        if state != "S00":
            df = df.filter(pl.col("state") == state)
    else:
        df, out.published_level = read_eci_candidate_totals(path, state if state != "S00" else None, out.findings), "pc"
    out.published = df if out.published is None else pl.concat([out.published, df])
    return df


def parse(inp: Inputs, progress: Progress | None = None) -> Parsed:
    """Read every file; never raises on bad content. Errors are findings with severity 'error'."""
    state, roll_name = eci_state(inp.state)
    files, missing = expand(inp.paths)
    out = Parsed(Form20Result(), findings=list(missing))
    if not files and not missing:
        out.findings.append(Finding("no_files", _("no CSV files in the given paths"), ERROR))
    _reference(inp, state, roll_name, out)
    pcs = dict(zip(out.ac_to_pc["ac_no"], out.ac_to_pc["pc_no"])) if out.ac_to_pc is not None else {}
    if inp.published:
        files.append(inp.published)
    for f in files:
        out.formats[file_label(f)] = detect(f)
        out.hashes[file_label(f)] = sha256(f)
    booth_files = [f for f in files if out.formats[file_label(f)] in BOOTH_FORMATS]
    ac_rows = []  # AC-level results given as data (not as --published): one result row per AC
    for f in files:
        if out.formats[file_label(f)] in ("ac_results", "eci_totals"):
            df = _read_published(f, out.formats[file_label(f)], state, out)
            if out.formats[file_label(f)] == "ac_results" and f != inp.published:
                ac_rows.append(ac_level_rows(df, f))
    done = 0
    unknown = _("not a Form 20 file and no AC number in its name")  # here: the pool's threads have no language

    def one(f: Path) -> Form20Result:
        fmt = out.formats[file_label(f)]
        m = re.search(r"(\d+)", f.stem)
        ac = int(m.group(1)) if m else None
        if fmt == "long":
            return read_long_booth_file(f, state=state, candidate_list=out.candidate_list)
        if ac is None:
            return Form20Result(findings=[Finding("unknown_format", unknown, ERROR, file_label(f))])
        reader = read_up_form20 if fmt == "up_form20" else read_gj_form20
        return reader(f, state=state, ac_no=ac, pc_no=pcs.get(ac), candidate_list=out.candidate_list)

    parts = []
    with ThreadPoolExecutor(max_workers=2) as pool:
        for res in pool.map(one, booth_files):
            parts.append(res)
            done += 1
            if progress:
                progress("parse", done, len(booth_files))
    out.booths = Form20Result.concat(parts + ac_rows)
    out.findings = out.findings + out.booths.findings
    if inp.keep_bad_rows:
        out.findings = [replace(f, severity=WARNING, detail=_("%(detail)s — kept without the unreadable cells") % {"detail": f.detail})
                        if f.kind in ("bad_row", "bad_value") and f.severity == ERROR else f for f in out.findings]
    out.findings += _acs_in_two_files(out.booths.booths)
    return out


def _acs_in_two_files(booths: pl.DataFrame) -> list[Finding]:
    """An AC read from two files (e.g. a Form 20 and a long file) would count its votes twice."""
    if booths.height == 0:
        return []
    g = booths.group_by("ac_no").agg(pl.col("source_file").unique().sort()).filter(pl.col("source_file").list.len() > 1)
    return [Finding("ac_in_two_files", _("AC %(ac)s is in %(files)s; give one source per AC")
                    % {"ac": r["ac_no"], "files": ", ".join(r["source_file"])}, ERROR, r["source_file"][1], None, r["ac_no"]) for r in g.sort("ac_no").iter_rows(named=True)]


def quality(p: Parsed) -> list[Finding]:
    """Data-quality checks over the parsed rows (they never block an import)."""
    b = p.booths
    if b.booths.height == 0:
        return []
    pub_pc = p.published if p.published is not None and p.published_level == "pc" else None
    found = checks.check_all(b.booths, b.votes, b.candidates, roll=p.roll, candidate_list=p.candidate_list,
                             published=pub_pc, ac_to_pc=p.ac_to_pc)
    if p.published is not None and p.published_level == "ac":
        # AC-level rows are the published results themselves: only Form 20 rows are checked against them
        found += checks.check_ac_results(b.votes.filter(pl.col("part_no") != AC_PART), b.candidates, p.published)
    return found
