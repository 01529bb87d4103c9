"""Find the columns of one Gujarat Form 20 file (header keywords + numeric evidence).

Why separate from the row scan: layout detection is the fragile part and is
tested on its own; the scan then only reads values by role.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import polars as pl
from rapidfuzz import fuzz

from sangathan.elections.names import NameMatch, RefCandidate, match_candidates, normalise_name
from sangathan.elections.readers.headers import is_booth_label, summary_role, to_int
from sangathan.elections.readers.reference import refs_for
from sangathan.elections.readers.types import CANDIDATE_SCHEMA, NOTA_NAME

SUMMARY_ORDER = ("valid", "rejected", "total", "tendered")
_GROUP_LABEL = re.compile(r"votes\s+cast|in\s+favou?r|^no\.?\s+of\s+valid", re.I)


@dataclass
class GjCandidate:
    index: int
    serial: int
    name: str | None
    nota: bool = False
    pc: int | None = None
    match: NameMatch | None = None

    @property
    def key(self) -> str | None:
        return self.match.ref.key if self.match and self.match.ref else None

    def key_or_local(self, state: str, ac: int) -> str:
        if self.key:
            return self.key
        area = f"PC{self.pc:02d}" if self.pc is not None else f"AC{ac:03d}"
        return f"{state}{area}NOTA" if self.nota else f"{state}{area}F{self.serial:02d}"


@dataclass
class Layout:
    width: int
    first_data: int
    part_col: int
    name_col: int | None
    candidates: list[GjCandidate]
    summary: dict[str, int]
    headers: dict[int, str] = field(default_factory=dict)

    @property
    def first_candidate(self) -> int:
        return min(c.index for c in self.candidates)

    def value_columns(self) -> list[int]:
        return [c.index for c in self.candidates] + [self.summary[r] for r in SUMMARY_ORDER if r in self.summary]

    def vote_columns(self) -> set[int]:
        return {c.index for c in self.candidates}

    def header_of(self, col: int) -> str:
        return self.headers.get(col) or f"column {col + 1}"

    def value_of(self, vals: list[int | None], role: str) -> int | None:
        if role not in self.summary:
            return None
        return vals[self.value_columns().index(self.summary[role])]


def _is_data(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    ints = [c for c in filled if to_int(c) is not None]
    seq = [to_int(c) for c in filled]
    col_numbers = len(ints) == len(filled) and seq == list(range(seq[0], seq[0] + len(seq))) if filled else False
    return len(filled) >= 4 and len(ints) >= 0.7 * len(filled) and not col_numbers


def detect_layout(rows: list[tuple[int, list[str]]], candidate_list: pl.DataFrame | None, pc: int | None,
                  state: str) -> tuple[Layout | None, list[str]]:
    """Column roles of one file, or None with the reasons why they could not be found."""
    first = next((i for i, (_, r) in enumerate(rows) if _is_data(r)), None)
    if first is None:
        return None, ["no polling-station rows found"]
    header = [r for _, r in rows[:first]]
    sample = [r for _, r in rows[first:first + 80] if _is_data(r)]
    width = max(len(r) for _, r in rows)
    grid = [r + [""] * (width - len(r)) for r in header + sample]
    header, sample = grid[:len(header)], grid[len(header):]
    found: dict[str, list[int]] = {}
    for r in header:
        for j, cell in enumerate(r):
            if (role := summary_role(cell)) is not None and j not in found.setdefault(role, []):
                found[role].append(j)
    summary = {role: cols[0] for role, cols in found.items() if role != "total"}
    totals = sorted(found.get("total", []))
    if totals and "valid" not in summary and len(totals) >= 2:
        summary["valid"] = totals[0]
    if totals:
        summary["total"] = totals[-1]
    ends = [summary[r] for r in SUMMARY_ORDER if r in summary]
    if not ends:
        return None, ["no 'valid'/'total' column in header"]
    frac = [sum(to_int(r[j]) is not None for r in sample) / max(len(sample), 1) for j in range(width)]
    part_col = next((j for j in range(width) if frac[j] >= 0.8), None)
    if part_col is None or part_col >= min(ends):
        return None, ["no polling-station number column"]
    text_cols = [j for j in range(part_col + 1, min(ends)) if frac[j] < 0.3
                 and sum(bool(r[j]) for r in sample) > 0.5 * len(sample)]
    name_col = max(text_cols, key=lambda j: sum(c.isalpha() for r in sample for c in r[j]), default=None)
    summary.pop("nota", None)
    cand_cols = [j for j in range(part_col + 1, min(ends)) if j not in text_cols and frac[j] >= 0.5]
    cand_cols = [j for j in cand_cols if not (_is_serial(sample, j) and not any(r[j] for r in header))]
    nota_col = _nota_column(found.get("nota", []), cand_cols, sample)
    if nota_col is not None and nota_col not in cand_cols:
        cand_cols.append(nota_col)
    headers = {j: " ".join(r[j] for r in header if r[j]) for j in range(width)}
    names = {j: " ".join(r[j] for r in header if r[j] and summary_role(r[j]) is None and not is_booth_label(r[j])
                         and to_int(r[j]) is None and not _GROUP_LABEL.search(r[j])) or None for j in cand_cols}
    cands = [GjCandidate(j, k + 1, NOTA_NAME if j == nota_col else names[j], j == nota_col, pc)
             for k, j in enumerate(cand_cols)]
    problems: list[str] = []
    refs = refs_for(candidate_list, pc, state) if candidate_list is not None and pc is not None else []
    if refs:
        problems += _split_merged_names(cands, refs)
        matches = match_candidates([c.name or "" for c in cands], refs)
        for c, m in zip(cands, matches):
            c.match = m if m.ref else None
        n_ref = sum(normalise_name(r.name) != "NONE OF THE ABOVE" for r in refs)
        n_file = sum(not c.nota for c in cands)
        if n_ref != n_file:
            problems.append(f"{n_file} candidate columns but {n_ref} candidates in PC {pc}")
    for c in cands:
        headers[c.index] = c.name or headers.get(c.index, "")
    return Layout(width, first, part_col, name_col, cands, summary, headers), problems


def _is_serial(sample: list[list[str]], j: int) -> bool:
    """A second, unlabelled serial-number column (AC151) is not a candidate."""
    vals = [to_int(r[j]) for r in sample]
    return len(vals) > 3 and all(v is not None for v in vals) and all(b > a for a, b in zip(vals, vals[1:]))


def _nota_column(labelled: list[int], cand_cols: list[int], sample: list[list[str]]) -> int | None:
    """NOTA is sometimes printed twice: inside the candidate block and as a summary column.

    Prefer the column inside the block (labelled, or equal to the labelled one in every
    row), so NOTA is neither counted twice nor taken for a candidate.
    """
    inside = [j for j in labelled if j in cand_cols]
    if inside:
        return inside[0]
    for n in labelled:
        twin = [j for j in cand_cols if all(r[j] == r[n] for r in sample) and any(r[n] not in ("", "0") for r in sample)]
        if twin:
            return twin[-1]
    return labelled[0] if labelled else None


def _split_merged_names(cands: list[GjCandidate], refs: list[RefCandidate]) -> list[str]:
    """PDF conversion sometimes puts all names into one cell: recover the order from the list."""
    plain = [c for c in cands if not c.nota]
    refs = [r for r in refs if normalise_name(r.name) != "NONE OF THE ABOVE"]
    merged = next((c for c in plain if c.name and sum(
        fuzz.partial_ratio(normalise_name(r.name), normalise_name(c.name)) >= 90 for r in refs) >= 2), None)
    if merged is None:
        return []
    text = normalise_name(merged.name or "")
    hits = [(pos, r) for r in refs if (pos := _position(normalise_name(r.name), text)) is not None]
    ordered = [r.name for _, r in sorted(hits, key=lambda t: t[0])]
    if len(ordered) != len(plain):
        return [f"names merged into one header cell; found {len(ordered)} of {len(plain)}"]
    for c, name in zip(plain, ordered):
        c.name = name
    return ["candidate names were merged into one header cell; split using the candidate list"]


def _position(name: str, text: str) -> int | None:
    """Where a name occurs in merged header text (full name, else its first two words)."""
    for probe in (name, " ".join(name.split()[:2])):
        if len(probe) >= 8 and fuzz.partial_ratio(probe, text) >= 90:
            return fuzz.partial_ratio_alignment(probe, text).dest_start
    return None


def candidate_frame(lay: Layout, state: str, pc: int | None, ac: int,
                    candidate_list: pl.DataFrame | None) -> pl.DataFrame:
    codes = dict(zip(candidate_list["candidate_key"], candidate_list["party_code"])) if candidate_list is not None else {}
    rows = [{"state": state, "pc_no": pc, "ac_no": ac, "serial_in_file": c.serial, "name": c.name,
             "candidate_key": c.key_or_local(state, ac),
             "matched_name": c.match.ref.name if c.match and c.match.ref else None,
             "party_code": codes.get(c.key or ""), "party": c.match.ref.party if c.match and c.match.ref else None,
             "match_score": c.match.score if c.match else None} for c in lay.candidates]
    return pl.DataFrame(rows, schema=CANDIDATE_SCHEMA)
