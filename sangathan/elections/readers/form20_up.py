"""UP Form 20 (wide): two header rows, one row per polling station, one column per candidate.

Fast path: polars reads the body as strings; validation is vectorised, so a
bad cell costs nothing until it is reported (file, line, column, value).
"""
from __future__ import annotations

import csv
import io
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import polars as pl

from sangathan.elections.names import match_candidates
from sangathan.elections.readers.headers import Column, classify_wide
from sangathan.elections.readers.reference import refs_for
from sangathan.elections.readers.types import (BOOTH_SCHEMA, CANDIDATE_SCHEMA, ERROR, VOTE_SCHEMA,
                                               WARNING, Finding, Form20Result, file_label)

HEADER_LINES = 2


def ac_from_filename(path: Path) -> int | None:
    m = re.search(r"(\d+)", path.stem)
    return int(m.group(1)) if m else None


def read_up_form20(path: Path, *, state: str = "S24", ac_no: int | None = None, pc_no: int | None = None,
                   candidate_list: pl.DataFrame | None = None) -> Form20Result:
    """Parse one AC file. ``candidate_list`` (see reference.load_candidate_list) names candidates."""
    path = Path(path)
    label = file_label(path)
    ac = ac_no if ac_no is not None else ac_from_filename(path)
    res = Form20Result()
    data = path.read_bytes()
    head, body = _split_lines(data, HEADER_LINES)
    if len(head) < HEADER_LINES:
        res.findings.append(Finding("empty_file", "fewer than 2 header lines", ERROR, label, None, ac))
        return res
    group_row, header_row = list(csv.reader(io.StringIO(b"".join(head).decode("utf-8-sig"))))[:2]
    cols, unknown = classify_wide(group_row, header_row)
    res.findings += [Finding("unknown_column", f"column {h!r} not recognised, ignored", WARNING, label, 2, ac)
                     for h in unknown]
    roles = {c.role: c for c in cols}
    cands = [c for c in cols if c.role in ("candidate", "nota")]
    if "part_no" not in roles or not cands:
        res.findings.append(Finding("bad_header", "no part-number or candidate columns in header", ERROR, label, 2, ac))
        return res
    raw = _read_body(body, len(header_row))
    if raw.height == 0:
        res.findings.append(Finding("empty_file", "header only, no polling-station rows", ERROR, label, None, ac))
        return res
    raw = raw.with_columns((pl.int_range(pl.len(), dtype=pl.Int32) + HEADER_LINES + 1).alias("source_line"))
    num_cols = [c for c in cols if c.role not in ("part_no", "part_name")]
    parsed, res.findings[len(res.findings):] = _validate(raw, num_cols, roles["part_no"], label, ac)
    keys, cand_frame, match_findings = _candidates(cands, state, ac, pc_no, candidate_list, label)
    res.findings += match_findings
    res.candidates = cand_frame
    pn = pl.col(f"c{roles['part_no'].index}").str.strip_chars()
    name_col = (pl.col(f"c{roles['part_name'].index}").str.strip_chars() if "part_name" in roles
                else pl.lit(None, pl.String))

    def val(role: str) -> pl.Expr:
        return pl.col(f"v{roles[role].index}") if role in roles else pl.lit(None, pl.Int64)

    res.booths = parsed.select(
        pl.lit(state).alias("state"), pl.lit(ac, pl.Int32).alias("ac_no"), pn.alias("part_no"),
        name_col.alias("part_name"), val("electors_total").alias("electors"), val("voters_total").alias("voters"),
        val("tendered").alias("tendered"), pl.lit(label).alias("source_file"), pl.col("source_line"),
    ).cast(BOOTH_SCHEMA)  # type: ignore[arg-type]
    wide = parsed.select(pn.alias("part_no"), "source_line",
                         *[pl.col(f"v{c.index}").alias(keys[c.index]) for c in cands])
    res.votes = (wide.unpivot(index=["part_no", "source_line"], variable_name="candidate_key", value_name="votes")
                 .drop_nulls("votes")
                 .select(pl.lit(ac, pl.Int32).alias("ac_no"), "part_no", "candidate_key", "votes", "source_line")
                 .cast(VOTE_SCHEMA))  # type: ignore[arg-type]
    if "total_votes" in roles:
        res.findings += _total_mismatches(parsed, cands, roles["total_votes"], label, ac)
    return res


def read_up_form20_dir(directory: Path, *, state: str = "S24", ac_to_pc: pl.DataFrame | None = None,
                       candidate_list: pl.DataFrame | None = None, pattern: str = "AC*.csv",
                       workers: int = 4) -> Form20Result:
    """Parse every AC file of a state (threads: polars releases the GIL while parsing)."""
    pcs = dict(zip(ac_to_pc["ac_no"], ac_to_pc["pc_no"])) if ac_to_pc is not None else {}
    files = sorted(Path(directory).glob(pattern))

    def one(p: Path) -> Form20Result:
        ac = ac_from_filename(p)
        return read_up_form20(p, state=state, ac_no=ac, pc_no=pcs.get(ac), candidate_list=candidate_list)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return Form20Result.concat(list(pool.map(one, files)))


def _split_lines(data: bytes, n: int) -> tuple[list[bytes], bytes]:
    parts = data.split(b"\n", n)
    head = [p + b"\n" for p in parts[:n] if p.strip()]
    return head, (parts[n] if len(parts) > n else b"")


def _read_body(body: bytes, width: int) -> pl.DataFrame:
    """All cells as strings, columns c0…cN; ragged rows are padded (validation reports them)."""
    names = [f"c{i}" for i in range(width)]
    if not body.strip():
        return pl.DataFrame(schema={n: pl.String for n in names})
    try:
        return pl.read_csv(io.BytesIO(body), has_header=False, new_columns=names, infer_schema=False,
                           truncate_ragged_lines=False, quote_char='"')
    except pl.exceptions.ComputeError:  # ragged: fall back to the csv module, keep line numbers 1:1
        rows = [(r + [""] * width)[:width] for r in csv.reader(io.StringIO(body.decode("utf-8")))]
        return pl.DataFrame(rows, schema=names, orient="row")


def _validate(raw: pl.DataFrame, num_cols: list[Column], part: Column, label: str,
              ac: int | None) -> tuple[pl.DataFrame, list[Finding]]:
    """Cast numeric columns; report every non-numeric or empty cell, row by row."""
    exprs = [pl.col(f"c{c.index}").str.strip_chars().cast(pl.Int64, strict=False).alias(f"v{c.index}")
             for c in num_cols]
    parsed = raw.with_columns(exprs)
    bad = pl.any_horizontal([pl.col(f"v{c.index}").is_null() for c in num_cols])
    findings: list[Finding] = []
    for row in parsed.filter(bad).iter_rows(named=True):
        empty = [c.header for c in num_cols if not (row[f"c{c.index}"] or "").strip()]
        junk = [f"{c.header!r}={row[f'c{c.index}']!r}" for c in num_cols
                if row[f"v{c.index}"] is None and (row[f"c{c.index}"] or "").strip()]
        why = []
        if junk:
            why.append("non-numeric " + ", ".join(junk[:5]) + (" …" if len(junk) > 5 else ""))
        if empty:
            why.append(f"{len(empty)} empty cell(s) from {empty[0]!r} (row truncated?)")
        findings.append(Finding("bad_row", "; ".join(why), ERROR, label, row["source_line"], ac,
                                (row[f"c{part.index}"] or "").strip() or None))
    return parsed, findings


def _candidates(cands: list[Column], state: str, ac: int | None, pc: int | None,
                candidate_list: pl.DataFrame | None, label: str) -> tuple[dict[int, str], pl.DataFrame, list[Finding]]:
    """Candidate key per column: the ECI code when the name matches, else a file-local key."""
    refs = refs_for(candidate_list, pc, state) if candidate_list is not None and pc is not None else []
    matches = match_candidates([c.name or "" for c in cands], refs) if refs else []
    area = f"PC{pc:02d}" if pc is not None else f"AC{ac:03d}"
    keys: dict[int, str] = {}
    rows, findings = [], []
    for k, c in enumerate(cands):
        m = matches[k] if matches else None
        if m and m.ref:
            key = m.ref.key
            if m.by_elimination:
                findings.append(Finding("candidate_matched_by_elimination", f"{c.header!r} taken as "
                                        f"{m.ref.name!r} (last name left, score {m.score})", WARNING, label, 2, ac, pc=pc))
        else:
            key = f"{state}{area}NOTA" if c.role == "nota" else f"{state}{area}F{c.serial:02d}"
            if refs:
                findings.append(Finding("candidate_unmatched", f"{c.header!r}: no candidate of PC {pc} matches "
                                        f"(best score {m.score if m else 0})", WARNING, label, 2, ac, pc=pc))
        keys[c.index] = key
        rows.append({"state": state, "pc_no": pc, "ac_no": ac, "serial_in_file": c.serial, "name": c.name,
                     "candidate_key": key, "matched_name": m.ref.name if m and m.ref else None,
                     "party_code": None, "party": m.ref.party if m and m.ref else None,
                     "match_score": m.score if m else None})
    if candidate_list is not None and rows:
        codes = dict(zip(candidate_list["candidate_key"], candidate_list["party_code"]))
        for r in rows:
            r["party_code"] = codes.get(r["candidate_key"])
    return keys, pl.DataFrame(rows, schema=CANDIDATE_SCHEMA), findings


def _total_mismatches(parsed: pl.DataFrame, cands: list[Column], total: Column, label: str,
                      ac: int | None) -> list[Finding]:
    """Rows whose candidate votes (incl. NOTA) do not add up to 'Total Votes Secured'."""
    s = pl.sum_horizontal([pl.col(f"v{c.index}") for c in cands])
    bad = parsed.filter(pl.col(f"v{total.index}").is_not_null() & (s != pl.col(f"v{total.index}")))
    return [Finding("row_total_mismatch", f"candidates sum {r['_s']} != total {r[f'v{total.index}']}",
                    WARNING, label, r["source_line"], ac)
            for r in bad.with_columns(s.alias("_s")).iter_rows(named=True)]
