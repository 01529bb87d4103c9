"""The join with booth committees, through one small function the booths app is expected to provide.

Why an interface: `sangathan.booths` is being built in parallel. We import it lazily and treat a
missing function as "no committees anywhere", so election analysis works before and after it lands.

Expected from the booths app (sangathan/booths/services.py):

    def committee_status_by_booth(unit_ids: Iterable[int]) -> dict[int, str]:
        '''For booth unit ids, "formed" or "active" where a committee exists (absent = "none").'''
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable

import polars as pl

STATUSES = ("none", "formed", "active")


def committee_status_by_booth(unit_ids: Iterable[int]) -> dict[int, str]:
    """Status per booth unit id; "none" for every booth when the booths app provides nothing yet."""
    ids = [i for i in unit_ids if i is not None]
    impl = None
    for module in ("sangathan.booths.services", "sangathan.booths.committees", "sangathan.booths"):
        try:
            impl = getattr(importlib.import_module(module), "committee_status_by_booth", None)
        except ImportError:
            impl = None
        if impl is not None:
            break
    found = impl(ids) if impl is not None else {}
    return {i: (found.get(i) if found.get(i) in STATUSES else "none") for i in ids}


def with_committees(table: pl.DataFrame) -> pl.DataFrame:
    """Add `committee` (none/formed/active) to a booth table with a `unit_id` column."""
    status = committee_status_by_booth(table["unit_id"].drop_nulls().unique().to_list())
    m = pl.DataFrame({"unit_id": list(status), "committee": list(status.values())},
                     schema={"unit_id": pl.Int64, "committee": pl.String})
    return table.join(m, on="unit_id", how="left").with_columns(pl.col("committee").fill_null("none"))


def compare(table: pl.DataFrame) -> pl.DataFrame:
    """Booths with a committee (formed or active) against booths without: share, turnout, categories."""
    t = with_committees(table).filter(pl.col("total_votes") > 0).with_columns(
        pl.when(pl.col("committee") == "none").then(pl.lit("no committee")).otherwise(pl.lit("committee"))
        .alias("group"))
    aggs = [pl.len().alias("booths"), pl.col("turnout").mean().round(2).alias("mean_turnout")]
    if "party_share" in t.columns:
        aggs.append(pl.col("party_share").mean().round(2).alias("mean_party_share"))
        aggs += [(pl.col("category") == c).sum().alias(f"cat_{c}") for c in "ABCD"]
    return t.group_by("group").agg(aggs).sort("group")


def weak_without_committee(table: pl.DataFrame) -> pl.DataFrame:
    """Booths lost (C or D for the chosen party) that have no committee, weakest first."""
    if "category" not in table.columns:
        return table.head(0)
    t = with_committees(table)
    return t.filter(pl.col("category").is_in(["C", "D"]) & (pl.col("committee") == "none")).sort("lead_pts")
