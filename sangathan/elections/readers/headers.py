"""Recognise Form 20 columns from their header text, never from their position.

Why: layouts differ per file (UP: 9–42 candidates; Gujarat: one layout per AC),
so every reader maps header cells to *roles* first and reads values by role.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from sangathan.elections.names import is_nota

_CAND = re.compile(r"^\s*(\d+)\s*-\s*(.+?)\s*$")
INT_RE = re.compile(r"^-?\d+$")
ZERO_WORDS = {"nil", "n", "-", "--", "–"}  # AC132 writes "N" for nil rejected votes


def clean(cell: str) -> str:
    """Strip PDF artefacts (nbsp, soft hyphen) and collapse spaces."""
    return " ".join(cell.replace("\xa0", " ").replace("\xad", "").split())


def to_int(cell: str) -> int | None:
    """Integer value of a vote cell; 'Nil'/'-' mean 0; None when not a number."""
    c = clean(cell)
    if INT_RE.match(c):
        return int(c)
    return 0 if c.lower() in ZERO_WORDS else None


@dataclass(frozen=True, slots=True)
class Column:
    index: int
    role: str              # part_no, part_name, candidate, nota, electors_total, …
    header: str
    serial: int | None = None
    name: str | None = None


def classify_wide(group_row: list[str], header_row: list[str]) -> tuple[list[Column], list[str]]:
    """Roles of a UP-style Form 20 header (group row + column row).

    The group row ("Total No of Electors", "Voters Turnout", …) is carried to the
    right over blank cells, because Male/Female/Other repeat under both groups.
    Returns the columns and the headers that were not understood.
    """
    cols: list[Column] = []
    unknown: list[str] = []
    group = ""
    for i, raw in enumerate(header_row):
        g = clean(group_row[i]).lower() if i < len(group_row) else ""
        group = g or group
        h = clean(raw)
        low = h.lower()
        m = _CAND.match(h)
        if m and is_nota(m.group(2)):
            cols.append(Column(i, "nota", h, int(m.group(1)), m.group(2)))
        elif m:
            cols.append(Column(i, "candidate", h, int(m.group(1)), m.group(2)))
        elif re.search(r"part\s*no|polling\s*station\s*no|^ps\s*no", low):
            cols.append(Column(i, "part_no", h))
        elif re.search(r"part\s*name|polling\s*station\s*name", low):
            cols.append(Column(i, "part_name", h))
        elif "epic" in low:
            cols.append(Column(i, "epic", h))
        elif "tender" in low:
            cols.append(Column(i, "tendered", h))
        elif re.search(r"total\s+votes|votes\s+secured", low):
            cols.append(Column(i, "total_votes", h))
        elif "none of the above" in low or low == "nota":
            cols.append(Column(i, "nota", h, None, "None of the Above"))
        elif (sex := _sex(low)) is not None:
            kind = "electors" if "elector" in low or "elector" in group else (
                "voters" if re.search(r"voter|turnout", group + low) else None)
            if kind is None:
                unknown.append(h)
            else:
                cols.append(Column(i, f"{kind}_{sex}", h))
        elif h:
            unknown.append(h)
    return cols, unknown


def _sex(low: str) -> str | None:
    if re.fullmatch(r"male|men", low):
        return "male"
    if re.fullmatch(r"female|women", low):
        return "female"
    if re.fullmatch(r"others?|third\s*gender|tg", low):
        return "other"
    if low.startswith("total"):
        return "total"
    return None


def summary_role(cell: str) -> str | None:
    """Role of a Gujarat summary header cell (valid/rejected/NOTA/total/tendered)."""
    low = clean(cell).lower()
    if not low or len(low) > 60 or re.search(r"votes\s+cast|in\s+favou?r", low):
        return None  # long cells are (merged) candidate names, not column titles
    if "tender" in low:
        return "tendered"
    if "reject" in low:
        return "rejected"
    if re.search(r"\bnota\b|none\s+of\s+the\s+above", low):
        return "nota"
    if "valid" in low:
        return "valid"
    if low == "total":
        return "total"
    return None


def is_booth_label(cell: str) -> bool:
    """Header text of the polling-station number/name column(s)."""
    low = clean(cell).lower()
    return bool(re.search(r"polling\s*st|serial\s*no|sr\.?\s*no|^no\.?$|^s\.?\s*no", low))
