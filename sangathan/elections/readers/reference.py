"""Reference lists: ECI candidate list, parties, AC→PC map, AC-level electoral rolls.

Why separate: readers need these to name candidates and checks need them to
compare booth sums, but neither should know the CSV quirks of the sources.
"""
from __future__ import annotations

import io
from pathlib import Path

import polars as pl

from sangathan.elections.names import INDEPENDENT_CODES, RefCandidate


def read_text_csv(path: Path) -> pl.DataFrame:
    """All-string frame; falls back to cp1252 (the party list has Windows quotes)."""
    data = Path(path).read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return pl.read_csv(io.StringIO(text), infer_schema=False)


def load_parties(path: Path) -> dict[str, str]:
    """Party code → party name (Susewind ``Political_parties.csv``)."""
    df = read_text_csv(path)
    return dict(zip(df["Party_Code"].str.strip_chars(), df["Party_name"].str.strip_chars()))


def load_candidate_list(candidates: Path, parties: Path | None = None,
                        state_code: str | None = None) -> pl.DataFrame:
    """ECI list (``Cand_Code`` = S24PC01CA01) as state_code, pc_no, serial, key, name, party.

    NOTA is a candidate of its own in this list (party code N0000).
    """
    df = read_text_csv(candidates).with_columns(
        pl.col("Cand_Code").str.strip_chars().alias("candidate_key"))
    df = df.with_columns(
        pl.col("candidate_key").str.slice(0, 3).alias("state_code"),
        pl.col("candidate_key").str.extract(r"PC(\d+)").cast(pl.Int32).alias("pc_no"),
        pl.col("candidate_key").str.extract(r"CA(\d+)").cast(pl.Int32).alias("serial"),
        pl.col("Cand_Name").str.strip_chars().alias("name"),
        pl.col("Party_code").str.strip_chars().alias("party_code"),
    )
    if state_code:
        df = df.filter(pl.col("state_code") == state_code)
    names = load_parties(parties) if parties else {}
    df = df.with_columns(pl.col("party_code").replace_strict(names, default=None).alias("party"))
    return df.select("state_code", "pc_no", "serial", "candidate_key", "name", "party_code", "party")


def refs_for(candidate_list: pl.DataFrame, pc_no: int, state_code: str | None = None) -> list[RefCandidate]:
    """The official candidates of one PC, as input for :func:`names.match_candidates`."""
    df = candidate_list.filter(pl.col("pc_no") == pc_no)
    if state_code:
        df = df.filter(pl.col("state_code") == state_code)
    return [RefCandidate(r["candidate_key"], r["name"], r["party"], r["serial"],
                         r["party_code"] in INDEPENDENT_CODES)
            for r in df.sort("serial").iter_rows(named=True)]


def load_ac_to_pc(path: Path) -> pl.DataFrame:
    """AC→PC map (``ac_to_pc_up.csv`` or the delimitation table) as ac_no, ac_name, pc_no, pc_name."""
    df = read_text_csv(path)
    if "AC_CODE" in df.columns:  # all-India delimitation table
        df = df.rename({"AC_CODE": "ac_no", "AC_NAME": "ac_name", "PC_CODE": "pc_no",
                        "PC_NAME": "pc_name", "ST_CODE": "state_code"})
    return df.select(pl.col("state_code"), pl.col("ac_no").cast(pl.Int32), pl.col("ac_name"),
                     pl.col("pc_no").cast(pl.Int32), pl.col("pc_name"))


def load_electoral_roll(path: Path, state_name: str) -> pl.DataFrame:
    """AC electors from the 2014 roll: ac_no, pc_no, electors (= all 'Above 18' columns)."""
    df = read_text_csv(path).filter(pl.col("STATE").str.to_uppercase() == state_name.upper())
    parts = [pl.col(c).str.strip_chars().cast(pl.Int64) for c in ("Above 18 Male", "Above 18 Female", "Above 18 Others")]
    return df.select(pl.col("AC_NO").cast(pl.Int32).alias("ac_no"), pl.col("PC_NO").cast(pl.Int32).alias("pc_no"),
                     pl.sum_horizontal(parts).alias("electors"))
