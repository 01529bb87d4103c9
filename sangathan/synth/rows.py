"""Read and validate import rows one at a time (CSV or XLSX, streamed): line, column, reason for each error."""

from __future__ import annotations

import csv
import datetime
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sangathan.core.text import clean_name, name_key, nfc

COLUMNS = ["home_unit_code", "name_hi", "name_en", "phone", "email", "post", "unit_code", "wing", "page", "start"]
REQUIRED = ["home_unit_code", "name_hi"]
PHONE = re.compile(r"^\+?[0-9 -]{10,20}$")


@dataclass
class RowError:
    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}, {self.column}: {self.reason}"


class ImportFailed(Exception):
    def __init__(self, errors: list[RowError]) -> None:
        self.errors = sorted(errors, key=lambda e: (e.line, e.column))
        super().__init__(f"{len(errors)} error(s); nothing was imported:\n" + "\n".join(map(str, self.errors)))


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def raw_rows(path: Path) -> Iterator[tuple[int, dict]]:
    """(line, {column: text}) from a CSV or XLSX file, without loading it whole."""
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        rows = wb.active.iter_rows(values_only=True)
        header = [str(h or "").strip() for h in next(rows, ())]
        for n, values in enumerate(rows, start=2):
            yield n, {h: "" if v is None else (v.isoformat()[:10] if hasattr(v, "isoformat") else str(v))
                      for h, v in zip(header, values) if h}
        wb.close()
        return
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        header = [h.strip() for h in next(reader, [])]
        for n, values in enumerate(reader, start=2):
            yield n, dict(zip(header, values))


def header_errors(path: Path) -> list[RowError]:
    first = next(iter(raw_rows(path)), None)
    cols = set(first[1]) if first else set()
    if first is None:
        return [RowError(1, "-", "the file has no data rows")]
    return [RowError(1, c, "column is missing from the header") for c in REQUIRED if c not in cols]


def clean(line: int, raw: dict, posts: dict, roles: dict, wings: dict, errors: list[RowError]) -> tuple:
    """One staging tuple; this row's errors are appended to `errors` (nothing is written if any)."""
    before = len(errors)
    get = lambda k: nfc(raw.get(k) or "")  # noqa: E731
    home = get("home_unit_code")
    hi, en = clean_name(get("name_hi")), clean_name(get("name_en"))
    phone, email = get("phone"), get("email")
    if not home:
        errors.append(RowError(line, "home_unit_code", "is empty"))
    if not hi:
        errors.append(RowError(line, "name_hi", "is empty"))
    if phone and not PHONE.match(phone):
        errors.append(RowError(line, "phone", f"'{phone}' is not a phone number"))
    if email and "@" not in email:
        errors.append(RowError(line, "email", f"'{email}' is not an e-mail address"))
    post_ref, kind, post_id, role_id, page, start, wing_id = get("post"), "", None, None, 0, None, None
    if post_ref:
        key = post_ref.lower()
        if key in posts:
            kind, post_id = "post", posts[key]
        elif key in roles:
            kind, (role_id, per_page) = "seat", roles[key]
            try:
                page = int(get("page") or 0)
            except ValueError:
                errors.append(RowError(line, "page", f"'{get('page')}' is not a whole number"))
            if per_page and page < 1:
                errors.append(RowError(line, "page", "a per-page role needs the voter-list page"))
            page = page if per_page else 0
        else:
            errors.append(RowError(line, "post", f"unknown post or committee role '{post_ref}'"))
    if get("wing"):
        wing_id = wings.get(get("wing").lower())
        if wing_id is None:
            errors.append(RowError(line, "wing", f"unknown wing '{get('wing')}'"))
    if get("start"):
        try:
            start = datetime.date.fromisoformat(get("start"))
        except ValueError:
            errors.append(RowError(line, "start", f"'{get('start')}' is not a date (YYYY-MM-DD)"))
    del before  # a row with errors is still staged, so its unit codes are checked and reported too
    return (line, home, hi, en, phone, email, name_key(hi or en), kind, post_id, role_id, page,
            get("unit_code") or home, wing_id, start)
