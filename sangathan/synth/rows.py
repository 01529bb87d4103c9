"""Read and validate import rows one at a time (CSV or XLSX, streamed): line, column, reason for each error.

The file is read once: CSV bytes are hashed (sha256, for the audit event) as the csv module reads
them. Each row is cleaned in Python (NFC, honorifics stripped, cross-script name key) with caches
for values that repeat (names, posts, wings, dates), and checked for what one row can tell (empty
names, phone, e-mail, post or role, wing, page, date). Everything that needs the database (unit
codes, scope, booths, page ranges, duplicates) is checked afterwards as set queries (`stage.py`).
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import re
from collections.abc import Iterator
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

from django.utils.translation import gettext as _

from sangathan.core.imports import ImportFailed, RowError  # noqa: F401  (re-exported for callers)
from sangathan.core.text import clean_name, name_key, nfc

COLUMNS = ["home_unit_code", "name_hi", "name_en", "phone", "email", "post", "unit_code", "wing", "page", "start"]
REQUIRED = ["home_unit_code", "name_hi"]
PHONE = re.compile(r"^\+?[0-9 -]{10,20}$")



def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


class _Hashing(io.RawIOBase):
    """A raw reader that hashes every byte it hands on, so a file is read once for rows and digest."""

    def __init__(self, raw) -> None:
        self.raw, self.hash = raw, hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = self.raw.readinto(b)
        if n:
            self.hash.update(memoryview(b)[:n])
        return n


def raw_rows(path: Path) -> Iterator[tuple[int, dict]]:
    """(line, {column: text}) from a CSV or XLSX file, without loading it whole."""
    reader = Reader(path)
    for n, values in reader:
        yield n, dict(zip(COLUMNS, values))


class Reader:
    """Iterate (line, [values in COLUMNS order]) of a CSV or XLSX file; `header_errors()` first.

    Missing optional columns read as ""; after the last row `sha256` is the file's digest.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.xlsx = path.suffix.lower() == ".xlsx"
        self.header: list[str] = []
        self.sha256 = ""
        self.rows = 0

    def header_errors(self) -> list[RowError]:
        header = self._read_header()
        return [RowError(1, c, _("column is missing from the header")) for c in REQUIRED if c not in header]

    def _read_header(self) -> list[str]:
        if self.xlsx:
            from openpyxl import load_workbook

            wb = load_workbook(self.path, read_only=True, data_only=True)
            first = next(wb.active.iter_rows(values_only=True), ())
            wb.close()
            return [str(h or "").strip() for h in first]
        with self.path.open(encoding="utf-8-sig", newline="") as fh:
            return [h.strip() for h in next(csv.reader(fh), [])]

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        self.rows = 0
        if self.xlsx:
            yield from self._xlsx()
            self.sha256 = sha256(self.path)
            return
        with self.path.open("rb", buffering=0) as raw:
            hashing = _Hashing(raw)
            text = io.TextIOWrapper(io.BufferedReader(hashing, 1 << 20), encoding="utf-8-sig", newline="")
            reader = csv.reader(text)
            header = [h.strip() for h in next(reader, [])]
            yield from self._map(header, reader)
            while hashing.read(1 << 20):  # anything csv left unread still belongs to the digest
                pass
            self.sha256 = hashing.hash.hexdigest()

    def _map(self, header: list[str], values: Iterator) -> Iterator[tuple[int, list[str]]]:
        self.header = header
        width = len(header)
        where = [header.index(c) if c in header else width for c in COLUMNS]  # a missing column reads cell `width`
        need = max(where) + 1
        pick = itemgetter(*where)
        n = 1
        for n, row in enumerate(values, start=2):
            if len(row) < need:  # a short row (or a missing column): the absent cells are ""
                row = list(row) + [""] * (need - len(row))
            elif len(row) > width and need > width:  # a long row must not fill a missing column
                row = list(row[:width]) + [""]
            yield n, pick(row)
        self.rows = n - 1

    def _xlsx(self) -> Iterator[tuple[int, list[str]]]:
        from openpyxl import load_workbook

        wb = load_workbook(self.path, read_only=True, data_only=True)
        rows = wb.active.iter_rows(values_only=True)
        header = [str(h or "").strip() for h in next(rows, ())]
        cells = ([("" if v is None else (v.isoformat()[:10] if hasattr(v, "isoformat") else str(v)))
                  for v in values] for values in rows)
        try:
            yield from self._map(header, cells)
        finally:
            wb.close()


def header_errors(path: Path) -> list[RowError]:
    reader = Reader(path)
    errors = reader.header_errors()
    if not errors and next(iter(reader), None) is None:
        return [RowError(1, "-", _("the file has no data rows"))]
    return errors


def text(value: str) -> str:
    """`nfc` with a fast path: ASCII text only needs its whitespace folded."""
    if value.isascii():
        return " ".join(value.split())
    return nfc(value)


@lru_cache(maxsize=1 << 17)
def cleaned_name(raw: str) -> str:
    return clean_name(nfc(raw))


@lru_cache(maxsize=1 << 17)
def cached_name_key(name: str) -> str:
    return name_key(name)


class Cleaner:
    """Turns (line, values) into one staging tuple, appending this row's errors to `errors`.

    A row with errors is still staged, so its unit codes are checked and reported too; nothing is
    written if there is any error.
    """

    def __init__(self, posts: dict, roles: dict, wings: dict, errors: list[RowError]) -> None:
        self.posts, self.roles, self.wings, self.errors = posts, roles, wings, errors
        self._post: dict[str, tuple] = {}
        self._start: dict[str, object] = {}
        self._text: dict[str, str] = {}  # unit codes, posts, wings, pages, dates: a file repeats them
        self.codes: set[str] = set()  # every unit code the file names (home units and units)

    def _t(self, value: str) -> str:
        got = self._text.get(value)
        if got is None:
            got = self._text[value] = text(value)
        return got

    def _post_ref(self, ref: str) -> tuple:
        """(kind, post_id, role_id, per_page) of a post or committee role, or None if unknown."""
        got = self._post.get(ref)
        if got is None:
            key = ref.lower()
            if key in self.posts:
                got = ("post", self.posts[key], None, False)
            elif key in self.roles:
                role_id, per_page = self.roles[key]
                got = ("seat", None, role_id, per_page)
            else:
                got = ("", None, None, None)
            self._post[ref] = got
        return got

    def _date(self, value: str):
        got = self._start.get(value, self)
        if got is self:
            try:
                got = datetime.date.fromisoformat(value)
            except ValueError:
                got = None
            self._start[value] = got
        return got

    def __call__(self, line: int, values: tuple) -> tuple:
        home, hi, en, phone, email, post_ref, unit, wing, page_text, start_text = values
        errors = self.errors
        t = self._t
        home = t(home) if home else ""
        hi = cleaned_name(hi) if hi else ""
        en = cleaned_name(en) if en else ""
        if phone:
            phone = text(phone)
            if phone and not PHONE.match(phone):
                errors.append(RowError(line, "phone", _("'%(value)s' is not a phone number") % {"value": phone}))
        if email:
            email = text(email)
            if email and "@" not in email:
                errors.append(RowError(line, "email", _("'%(value)s' is not an e-mail address") % {"value": email}))
        if not home:
            errors.append(RowError(line, "home_unit_code", _("is empty")))
        if not hi:
            errors.append(RowError(line, "name_hi", _("is empty")))
        kind, post_id, role_id, page, start, wing_id = "", None, None, 0, None, None
        if post_ref and (post_ref := t(post_ref)):
            kind, post_id, role_id, per_page = self._post_ref(post_ref)
            if kind == "seat":
                page_text = t(page_text) if page_text else ""
                try:
                    page = int(page_text or 0)
                except ValueError:
                    errors.append(RowError(line, "page", _("'%(value)s' is not a whole number") % {"value": page_text}))
                if per_page and page < 1:
                    errors.append(RowError(line, "page", _("a per-page role needs the voter-list page")))
                page = page if per_page else 0
            elif not kind:
                errors.append(RowError(line, "post", _("unknown post or committee role '%(value)s'") % {"value": post_ref}))
        if wing and (wing := t(wing)):
            wing_id = self.wings.get(wing.lower())
            if wing_id is None:
                errors.append(RowError(line, "wing", _("unknown wing '%(value)s'") % {"value": wing}))
        if start_text and (start_text := t(start_text)):
            start = self._date(start_text)
            if start is None:
                errors.append(RowError(line, "start", _("'%(value)s' is not a date (YYYY-MM-DD)") % {"value": start_text}))
        unit = (t(unit) if unit else "") or home
        self.codes.add(home)
        self.codes.add(unit)
        return (line, home, hi, en, phone, email, cached_name_key(hi or en), kind, post_id, role_id, page,
                unit, wing_id, start)


def clean(line: int, raw: dict, posts: dict, roles: dict, wings: dict, errors: list[RowError]) -> tuple:
    """One staging tuple from a {column: text} row (see `Cleaner`)."""
    return Cleaner(posts, roles, wings, errors)(line, tuple(raw.get(c) or "" for c in COLUMNS))
