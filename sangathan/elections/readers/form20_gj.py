"""Gujarat Form 20 converted from PDF: one layout per file, page totals, footers.

Why heuristic: the header may span 1–3 rows (names in one, 'valid/NOTA/total'
in another, sometimes a "1,2,3…" column-number row), so columns are found from
header keywords and confirmed by which columns hold numbers. Every printed
page "Total" row is checked against the sum of its page's booth rows.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from sangathan.elections.readers.headers import clean, to_int
from sangathan.elections.readers.types import (BOOTH_SCHEMA, ERROR, INFO, VOTE_SCHEMA, WARNING, Finding,
                                               Form20Result, file_label)
from sangathan.elections.readers.gj_layout import Layout, candidate_frame, detect_layout

_PAGE_TOTAL = re.compile(r"^total$", re.I)
_AC_TOTAL = re.compile(r"total\s*no\.?\s*of\s*votes\s*recorded", re.I)
_SKIP_LABEL = re.compile(r"postal|votes\s+polled", re.I)
PAGE_TOTAL_SCHEMA = {"ac_no": pl.Int32, "source_file": pl.String, "source_line": pl.Int32, "kind": pl.String,
                     "n_booths": pl.Int32, "printed": pl.Int64, "sum_of_rows": pl.Int64, "matches": pl.Boolean}


@dataclass
class _Acc:
    """Running sums of the value columns since the last page total (and for the whole AC)."""

    width: int
    page: list[int] = field(default_factory=list)
    whole: list[int] = field(default_factory=list)
    n_page: int = 0
    n_whole: int = 0

    def __post_init__(self) -> None:
        self.page, self.whole = [0] * self.width, [0] * self.width

    def add(self, vals: list[int | None]) -> None:
        for k, v in enumerate(vals):
            self.page[k] += v or 0
            self.whole[k] += v or 0
        self.n_page += 1
        self.n_whole += 1

    def reset_page(self) -> None:
        self.page, self.n_page = [0] * self.width, 0


def read_gj_form20(path: Path, *, state: str = "S06", ac_no: int | None = None, pc_no: int | None = None,
                   candidate_list: pl.DataFrame | None = None) -> Form20Result:
    """Parse one Gujarat AC file; never raises on bad content (see ``findings``)."""
    path = Path(path)
    label = file_label(path)
    ac = ac_no if ac_no is not None else int(re.sub(r"\D", "", path.stem) or 0)
    res = Form20Result(page_totals=pl.DataFrame(schema=PAGE_TOTAL_SCHEMA))
    text = path.read_bytes().decode("utf-8", errors="replace")
    reader = csv.reader(io.StringIO(text))
    rows = [(reader.line_num, [clean(c) for c in r]) for r in reader]
    if not any(any(c for c in r) for _, r in rows):
        res.findings.append(Finding("empty_file", f"no content ({len(text.encode())} bytes)", ERROR, label, None, ac))
        return res
    lay, problems = detect_layout(rows, candidate_list, pc_no, state)
    res.findings += [Finding("bad_header", p, ERROR if lay is None else WARNING, label, None, ac) for p in problems]
    if lay is None:
        return res
    res.candidates = candidate_frame(lay, state, pc_no, ac, candidate_list)
    res.findings += [Finding("candidate_unmatched", f"column {c.index + 1} {c.name!r} matches no candidate of PC "
                             f"{pc_no}", WARNING, label, None, ac, pc=pc_no) for c in lay.candidates if c.key is None
                     and candidate_list is not None]
    booths, votes, totals = _scan(rows[lay.first_data:], lay, state, ac, label, res.findings)
    res.booths = pl.DataFrame(booths, schema=BOOTH_SCHEMA, orient="row")
    res.votes = pl.DataFrame(votes, schema=VOTE_SCHEMA, orient="row")
    res.page_totals = pl.DataFrame(totals, schema=PAGE_TOTAL_SCHEMA, orient="row")
    return res


def _scan(rows: list[tuple[int, list[str]]], lay: Layout, state: str, ac: int, label: str,
          findings: list[Finding]) -> tuple[list[tuple], list[tuple], list[tuple]]:
    vcols = lay.value_columns()          # candidates (incl. NOTA) first, then summaries
    n_votes = len(lay.candidates)
    acc = _Acc(len(vcols))
    booths: list[tuple] = []
    votes: list[tuple] = []
    totals: list[tuple] = []
    last_total: list[int | None] | None = None

    def compare(kind: str, line: int, printed: list[int | None], sums: list[int], n: int) -> None:
        pairs = [(c, p, s) for c, p, s in zip(vcols, printed, sums) if p is not None]
        diffs = [f"{lay.header_of(c)}: printed {p}, rows {s}" for c, p, s in pairs if p != s]
        ok = not diffs and bool(pairs)
        totals.append((ac, label, line, kind, n, sum(p for _, p, _ in pairs[:n_votes]),
                       sum(s for _, _, s in pairs[:n_votes]), ok))
        if not ok:
            findings.append(Finding(f"{kind}_mismatch", f"{n} booth rows; " + "; ".join(diffs[:4]), WARNING,
                                    label, line, ac))

    for line, cells in rows:
        cells = cells + [""] * (lay.width - len(cells))
        head = cells[:lay.first_candidate]
        if not any(cells):
            continue
        vals = [to_int(cells[c]) for c in vcols]
        if any(_PAGE_TOTAL.match(c) for c in head):
            # printed "Total": per page in most files, carried forward in a few
            running = vals[:n_votes] != acc.page[:n_votes] and vals[:n_votes] == acc.whole[:n_votes]
            compare("running_total" if running else "page_total", line, vals,
                    acc.whole if running else acc.page, acc.n_whole if running else acc.n_page)
            acc.reset_page()
            last_total = vals[:n_votes]
            continue
        joined = " ".join(c for c in cells if c and to_int(c) is None)
        if _AC_TOTAL.search(joined):
            compare("ac_total", line, vals, acc.whole, acc.n_whole)
            continue
        if _SKIP_LABEL.search(joined):
            continue
        nums = [v for v in vals[:n_votes] if v is not None]
        if len(nums) * 2 < n_votes or _is_column_numbers(cells):
            findings.append(Finding("skipped_row", f"not a booth row: {joined[:60]!r}", INFO, label, line, ac))
            continue
        part = cells[lay.part_col] or None
        kind = _unlabelled_total(vals[:n_votes], part, acc, last_total, n_votes)
        if kind is not None:
            findings.append(Finding(f"unlabelled_{kind}", f"row labelled {part!r} taken as {kind.replace('_', ' ')} "
                                    f"(numbers equal the rows above); not a booth", WARNING, label, line, ac))
            if kind in ("page_total", "running_total"):
                whole = kind == "running_total"
                compare(kind, line, vals, acc.whole if whole else acc.page, acc.n_whole if whole else acc.n_page)
                acc.reset_page()
                last_total = vals[:n_votes]
            continue
        if part is None:
            findings.append(Finding("row_without_part_no", f"numbers ({sum(nums)} votes) but no booth number; "
                                    "not counted", WARNING, label, line, ac))
            continue
        bad = [(c, cells[c]) for c, v in zip(vcols, vals) if v is None and cells[c]]
        for c, raw in bad:
            sev = ERROR if c in lay.vote_columns() else WARNING
            findings.append(Finding("bad_value", f"non-numeric {raw[:30]!r} in column {lay.header_of(c)!r}", sev,
                                    label, line, ac, part))
        if to_int(part) is None and not re.match(r"^\d+\s*[A-Za-z]?$", part):
            findings.append(Finding("bad_part_no", f"booth number {part!r} is not a number", WARNING, label, line, ac))
        acc.add(vals)
        get = lay.value_of
        booths.append((state, ac, part, cells[lay.name_col] if lay.name_col is not None else None, None,
                       get(vals, "total"), get(vals, "tendered"), label, line))
        votes += [(ac, part, cand.key_or_local(state, ac), v, line)
                  for cand, v in zip(lay.candidates, vals[:n_votes]) if v is not None]
    return booths, votes, totals


def _unlabelled_total(vals: list[int | None], part: str | None, acc: _Acc, last: list[int | None] | None,
                      n: int) -> str | None:
    """Is this 'booth' row really a total the converter lost the label of?

    Page totals are recognised by value (equal to the running page sum, even when
    labelled with a booth number, as in AC002); repeated totals, carried-forward
    totals and the all-zero postal line only when the booth number is also missing.
    """
    if acc.n_page >= 2 and vals == acc.page[:n] and any(vals):
        return "page_total"
    if part is not None:
        return None
    if last is not None and vals == last:
        return "repeated_total"
    if acc.n_whole >= 2 and vals == acc.whole[:n]:
        return "running_total"
    if not any(vals):
        return "empty_row"
    return None


def _is_column_numbers(cells: list[str]) -> bool:
    """The '1,2,3,…,n' row printed under PDF headers."""
    ints = [to_int(c) for c in cells if c]
    return len(ints) >= 4 and all(i is not None for i in ints) and ints == list(range(ints[0], ints[0] + len(ints)))


def read_gj_form20_dir(directory: Path, *, state: str = "S06", ac_to_pc: pl.DataFrame | None = None,
                       candidate_list: pl.DataFrame | None = None, pattern: str = "AC*.csv") -> Form20Result:
    """Parse every AC file in ``directory``; results and findings concatenated."""
    pcs = dict(zip(ac_to_pc["ac_no"], ac_to_pc["pc_no"])) if ac_to_pc is not None else {}
    parts = []
    for p in sorted(Path(directory).glob(pattern)):
        ac = int(re.sub(r"\D", "", p.stem))
        parts.append(read_gj_form20(p, state=state, ac_no=ac, pc_no=pcs.get(ac), candidate_list=candidate_list))
    return Form20Result.concat(parts)
