"""Booth analytics on polars frames: turnout, vote shares, winner, margin, A/B/C/D category, swing.

Why pure functions on frames: the same code serves dashboards (via DuckDB/Django
querysets turned into frames) and tests on hand-built data. Input is the long
shape ``(ac_no, part_no, <who>, votes)`` where ``who`` is a party or candidate column.
"""
from __future__ import annotations

import polars as pl

BOOTH = ("ac_no", "part_no")


def vote_shares(votes: pl.DataFrame, who: str = "party", keys: tuple[str, ...] = BOOTH) -> pl.DataFrame:
    """Votes per booth and ``who`` (summed, so candidates can be folded into parties) with share in %."""
    g = votes.group_by(*keys, who).agg(pl.col("votes").sum())
    return g.with_columns(
        (100 * pl.col("votes") / pl.col("votes").sum().over(keys)).fill_nan(None).alias("share")
    ).sort(*keys, "votes", descending=[False] * len(keys) + [True])


def booth_summary(votes: pl.DataFrame, booths: pl.DataFrame | None = None, who: str = "party",
                  keys: tuple[str, ...] = BOOTH) -> pl.DataFrame:
    """Per booth: total votes, turnout (if ``booths`` has electors), winner, runner-up, margin."""
    s = vote_shares(votes, who, keys).sort(*keys, "votes", who, descending=[False] * len(keys) + [True, False])
    out = s.group_by(*keys, maintain_order=True).agg(
        pl.col("votes").sum().alias("total_votes"),
        pl.col(who).first().alias("winner"),
        pl.col("share").first().alias("winner_share"),
        pl.col(who).get(1, null_on_oob=True).alias("runner_up"),
        (pl.col("votes").first() - pl.col("votes").get(1, null_on_oob=True).fill_null(0)).alias("margin"),
        (pl.col("share").first() - pl.col("share").get(1, null_on_oob=True).fill_null(0)).alias("margin_pts"),
    )
    out = out.with_columns(  # a booth without votes has no winner
        *[pl.when(pl.col("total_votes") > 0).then(pl.col(c)).alias(c)
          for c in ("winner", "winner_share", "runner_up", "margin", "margin_pts")])
    if booths is not None and "electors" in booths.columns:
        out = out.join(booths.select(*keys, "electors"), on=list(keys), how="left").with_columns(
            (100 * pl.col("total_votes") / pl.col("electors")).alias("turnout"))
    return out


def booth_category(votes: pl.DataFrame, party: str, strong_win: float = 10.0, close_loss: float = 10.0,
                   who: str = "party", keys: tuple[str, ...] = BOOTH) -> pl.DataFrame:
    """A: ``party`` won by > strong_win points; B: won by ≤ strong_win; C: lost by ≤ close_loss; D: lost by more.

    Lead = party share − best other share (points). A tie (lead 0) counts as B:
    the booth is not lost. Booths where the party got no row count as 0 %.
    """
    s = vote_shares(votes, who, keys)
    mine = s.filter(pl.col(who) == party).select(*keys, pl.col("share").alias("party_share"))
    best_other = s.filter(pl.col(who) != party).group_by(*keys).agg(pl.col("share").max().alias("best_other_share"))
    booths = s.select(*keys).unique()
    j = (booths.join(mine, on=list(keys), how="left").join(best_other, on=list(keys), how="left")
         .with_columns(pl.col("party_share").fill_null(0.0), pl.col("best_other_share").fill_null(0.0))
         .with_columns((pl.col("party_share") - pl.col("best_other_share")).alias("lead_pts")))
    lead = pl.col("lead_pts")
    return j.with_columns(
        pl.when(lead > strong_win).then(pl.lit("A"))
        .when(lead >= 0).then(pl.lit("B"))
        .when(lead >= -close_loss).then(pl.lit("C"))
        .otherwise(pl.lit("D")).alias("category")
    ).sort(*keys)


def swing(before: pl.DataFrame, after: pl.DataFrame, party: str, who: str = "party",
          keys: tuple[str, ...] = BOOTH) -> pl.DataFrame:
    """Change in ``party``'s share (points) for booths present in both elections (inner join).

    Booths are matched on ``keys``; re-numbered booths between elections need a
    mapping table applied before calling this.
    """
    def share(df: pl.DataFrame, name: str) -> pl.DataFrame:
        s = vote_shares(df, who, keys)
        booths = s.select(*keys).unique()
        return booths.join(s.filter(pl.col(who) == party).select(*keys, pl.col("share").alias(name)),
                           on=list(keys), how="left").with_columns(pl.col(name).fill_null(0.0))

    j = share(before, "share_before").join(share(after, "share_after"), on=list(keys), how="inner")
    return j.with_columns((pl.col("share_after") - pl.col("share_before")).alias("swing_pts")).sort(*keys)
