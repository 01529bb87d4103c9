"""Constituency-level results: ECI candidate-wise totals (PC) and ECI AC results (CG 2023).

Why one shape: both feed the same comparison (booth sums vs published totals), and
the AC-level table is also what the app shows when no booth data exists.
"""
from __future__ import annotations

from pathlib import Path

import polars as pl

from sangathan.elections.readers.reference import read_text_csv
from sangathan.elections.readers.types import (BOOTH_SCHEMA, CANDIDATE_SCHEMA, ERROR, NOTA_NAME, RESULT_SCHEMA,
                                               VOTE_SCHEMA, Finding, Form20Result, file_label)


def _ints(df: pl.DataFrame, cols: list[str], label: str, findings: list[Finding]) -> pl.DataFrame:
    """Cast vote columns (Indian digit grouping allowed); report unreadable cells by line."""
    out = df.with_columns([pl.col(c).str.replace_all(r"[,\s]", "").cast(pl.Int64, strict=False).alias(c)
                           for c in cols])
    for c in cols:
        bad = df.with_row_index("i").filter(out[c].is_null() & df[c].is_not_null() & (df[c].str.strip_chars() != ""))
        findings += [Finding("bad_value", f"{c}={r[c]!r} is not a number", ERROR, label, int(r["i"]) + 2)
                     for r in bad.iter_rows(named=True)]
    return out


def read_eci_candidate_totals(path: Path, state_code: str | None = None,
                              findings: list[Finding] | None = None) -> pl.DataFrame:
    """``ge2014_eci-candidate-wise.csv`` → RESULT_SCHEMA, area = PC; EVM/postal split unknown."""
    findings = findings if findings is not None else []
    df = read_text_csv(path)
    if state_code:
        df = df.filter(pl.col("State-code") == state_code)
    df = _ints(df, ["Votes"], file_label(Path(path)), findings)
    return df.select(
        pl.col("State-code").alias("state"), pl.col("Constituency-code").cast(pl.Int32).alias("area_no"),
        pl.col("Constituency").alias("area_name"), pl.col("Candidate").str.strip_chars().alias("candidate"),
        pl.col("Party").str.strip_chars().alias("party"), pl.lit(None, pl.Int64).alias("evm_votes"),
        pl.lit(None, pl.Int64).alias("postal_votes"), pl.col("Votes").alias("total"),
    ).cast(RESULT_SCHEMA)  # type: ignore[arg-type]


def read_ac_results(path: Path, findings: list[Finding] | None = None) -> pl.DataFrame:
    """ECI AC-level results with EVM and postal votes (``cg_ae2023_ac_candidate_results_eci.csv``).

    NOTA is a row with candidate 'NOTA'. A booth-level file of the same election
    must sum exactly to ``evm_votes`` per candidate.
    """
    findings = findings if findings is not None else []
    label = file_label(Path(path))
    df = _ints(read_text_csv(path), ["evm_votes", "postal_votes", "total_votes"], label, findings)
    bad = df.with_row_index("i").filter(pl.col("evm_votes") + pl.col("postal_votes") != pl.col("total_votes"))
    findings += [Finding("total_mismatch", f"evm {r['evm_votes']} + postal {r['postal_votes']} != total "
                         f"{r['total_votes']}", ERROR, label, int(r["i"]) + 2, int(r["ac_no"]))
                 for r in bad.iter_rows(named=True)]
    return df.select(
        pl.col("st_code").alias("state"), pl.col("ac_no").cast(pl.Int32).alias("area_no"),
        pl.col("ac_name").alias("area_name"), pl.col("candidate").str.strip_chars(),
        pl.col("party").str.strip_chars(), "evm_votes", "postal_votes", pl.col("total_votes").alias("total"),
    ).cast(RESULT_SCHEMA)  # type: ignore[arg-type]


AC_PART = "AC"  # the part number of a row that stands for a whole AC (AC-level results, no Form 20)


def ac_level_rows(results: pl.DataFrame, path: Path) -> Form20Result:
    """AC-level results (``read_ac_results``) as one result row per AC carrying its EVM votes.

    Why: where no booth-level (Form 20) file is public, as for Chhattisgarh 2023, the AC is the finest
    area there is. One row per AC with part number ``AC_PART`` goes through the same import, checks and
    analysis as booth rows and joins to the AC's unit instead of a booth unit (``units_link.link``).
    EVM votes, not totals: postal ballots are not counted at any booth, so AC rows and a later Form 20
    import of the same AC sum alike. Electors and voters are not in the file (no turnout).
    """
    label = file_label(Path(path))
    r = results.with_row_index("line", offset=2).with_columns(
        pl.col("line").cast(pl.Int32), pl.col("area_no").cast(pl.Int32).alias("ac_no"),
        (pl.col("line").rank("ordinal").over("area_no")).cast(pl.Int32).alias("serial"))
    nota = pl.col("candidate").str.to_uppercase().is_in(["NOTA", NOTA_NAME.upper()])
    r = r.with_columns(pl.when(nota).then(pl.format("{}-AC{}-NOTA", "state", "ac_no"))
                       .otherwise(pl.format("{}-AC{}-{}", "state", "ac_no", "serial")).alias("candidate_key"))
    first = r.group_by("ac_no", maintain_order=True).agg(pl.col("state").first(), pl.col("area_name").first(),
                                                          pl.col("line").min().alias("source_line"))
    booths = first.select(
        "state", "ac_no", pl.lit(AC_PART).alias("part_no"), pl.col("area_name").alias("part_name"),
        pl.lit(None, pl.Int64).alias("electors"), pl.lit(None, pl.Int64).alias("voters"),
        pl.lit(None, pl.Int64).alias("tendered"), pl.lit(label).alias("source_file"), "source_line",
    ).cast(BOOTH_SCHEMA)  # type: ignore[arg-type]
    votes = r.join(first.select("ac_no", "source_line"), on="ac_no").select(
        "ac_no", pl.lit(AC_PART).alias("part_no"), "candidate_key", pl.col("evm_votes").alias("votes"), "source_line",
    ).cast(VOTE_SCHEMA)  # type: ignore[arg-type]
    candidates = r.select(
        "state", pl.lit(None, pl.Int32).alias("pc_no"), "ac_no", pl.col("serial").alias("serial_in_file"),
        pl.when(nota).then(pl.lit(NOTA_NAME)).otherwise(pl.col("candidate")).alias("name"), "candidate_key",
        pl.when(nota).then(pl.lit(NOTA_NAME)).otherwise(pl.col("candidate")).alias("matched_name"),
        pl.when(nota).then(pl.lit("N0000")).otherwise(pl.lit(None, pl.String)).alias("party_code"), "party",
        pl.lit(None, pl.Float64).alias("match_score"),
    ).cast(CANDIDATE_SCHEMA)  # type: ignore[arg-type]
    return Form20Result(booths=booths, votes=votes, candidates=candidates)
