"""Long booth files (one row per booth × candidate), e.g. datameet's Gujarat 2014 file.

Why: a second, independent source for the same booths; its garbage vote cells
('1Page6') must be named by line, and its candidates matched to the ECI list.
"""
from __future__ import annotations

from pathlib import Path

import polars as pl

from sangathan.elections.names import match_candidates
from sangathan.elections.readers.reference import read_text_csv, refs_for
from sangathan.elections.readers.types import (BOOTH_SCHEMA, CANDIDATE_SCHEMA, ERROR, VOTE_SCHEMA, WARNING,
                                               Finding, Form20Result, file_label)


def read_long_booth_file(path: Path, *, state: str = "S06", candidate_list: pl.DataFrame | None = None) -> Form20Result:
    """Columns pc, ac, booth, candidate, party, votes → the normalised Form20Result shape."""
    label = file_label(Path(path))
    res = Form20Result()
    df = read_text_csv(path).with_row_index("i").with_columns(
        (pl.col("i") + 2).cast(pl.Int32).alias("source_line"),
        pl.col("votes").str.strip_chars().cast(pl.Int64, strict=False).alias("v"),
        pl.col("pc").cast(pl.Int32), pl.col("ac").cast(pl.Int32), pl.col("booth").str.strip_chars())
    bad = df.filter(pl.col("v").is_null())
    res.findings += [Finding("bad_value", f"votes {r['votes']!r} for {r['candidate']!r} is not a number", ERROR,
                             label, r["source_line"], r["ac"], r["booth"], r["pc"]) for r in bad.iter_rows(named=True)]
    cands = df.group_by("pc", "candidate", "party").agg(pl.col("i").min()).sort("pc", "i")
    rows, keys = [], {}
    for (pc,), grp in cands.group_by(["pc"], maintain_order=True):
        names, parties = grp["candidate"].to_list(), grp["party"].to_list()
        refs = refs_for(candidate_list, pc, state) if candidate_list is not None else []
        matches = match_candidates(names, refs, parties) if refs else [None] * len(names)
        for k, (n, p, m) in enumerate(zip(names, parties, matches)):
            key = m.ref.key if m and m.ref else f"{state}PC{pc:02d}X{k + 1:02d}"
            if refs and not (m and m.ref):
                res.findings.append(Finding("candidate_unmatched", f"{n!r} ({p}) matches no candidate of PC {pc}",
                                            WARNING, label, None, pc=pc))
            keys[(pc, n, p)] = key
            rows.append({"state": state, "pc_no": pc, "ac_no": None, "serial_in_file": k + 1, "name": n,
                         "candidate_key": key, "matched_name": m.ref.name if m and m.ref else None,
                         "party_code": None, "party": p, "match_score": m.score if m else None})
    res.candidates = pl.DataFrame(rows, schema=CANDIDATE_SCHEMA)
    keymap = pl.DataFrame([{"pc": a, "candidate": b, "party": c, "candidate_key": k} for (a, b, c), k in keys.items()],
                          schema={"pc": pl.Int32, "candidate": pl.String, "party": pl.String, "candidate_key": pl.String})
    df = df.join(keymap, on=["pc", "candidate", "party"], how="left")
    res.votes = df.filter(pl.col("v").is_not_null()).select(
        pl.col("ac").alias("ac_no"), pl.col("booth").alias("part_no"), "candidate_key", pl.col("v").alias("votes"),
        "source_line").cast(VOTE_SCHEMA)  # type: ignore[arg-type]
    res.booths = df.group_by("ac", "booth").agg(pl.col("source_line").min()).sort("source_line").select(
        pl.lit(state).alias("state"), pl.col("ac").alias("ac_no"), pl.col("booth").alias("part_no"),
        pl.lit(None, pl.String).alias("part_name"), pl.lit(None, pl.Int64).alias("electors"),
        pl.lit(None, pl.Int64).alias("voters"), pl.lit(None, pl.Int64).alias("tendered"),
        pl.lit(label).alias("source_file"), "source_line").cast(BOOTH_SCHEMA)  # type: ignore[arg-type]
    return res
