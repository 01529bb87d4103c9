"""Read booth rows and votes out of the database as polars frames, filters built by the ORM.

Why compile ORM querysets to SQL and fetch tuples: the filters (election, seat, unit subtree,
`visible_to` scope) stay in one place, while 40,000 vote rows of a seat arrive in tens of
milliseconds instead of the hundreds that model instances or dicts would take (bench/elections_bench.py).
"""

from __future__ import annotations

import polars as pl
from django.db import connection
from django.db.models import QuerySet

from sangathan.core.tree import subtree_q
from sangathan.elections.models import BoothResult, BoothVote, Candidate, Election

BOOTH_COLS = {"id": pl.Int64, "ac_no": pl.Int32, "part_no": pl.String, "part_name": pl.String, "pc_no": pl.Int32,
              "electors": pl.Int64, "voters": pl.Int64, "total_votes": pl.Int64, "unit_id": pl.Int64,
              "unit_path": pl.String}
VOTE_COLS = {"booth_id": pl.Int64, "candidate_id": pl.Int64, "votes": pl.Int64}
CAND_COLS = {"candidate_id": pl.Int64, "name": pl.String, "pc_no": pl.Int32, "ac_no": pl.Int32,
             "party": pl.String, "party_short": pl.String, "is_nota": pl.Boolean, "is_independent": pl.Boolean}


def fetch(qs: QuerySet, schema: dict[str, pl.DataType]) -> pl.DataFrame:
    """Run `qs.values_list(*schema)` as plain SQL and build a frame from the tuples."""
    sql, params = qs.values_list(*schema).query.sql_with_params()
    with connection.cursor() as cur:
        cur.execute(sql, params)
        rows = cur.fetchall()
    return pl.DataFrame(rows, schema=schema, orient="row")


def booths_qs(election: Election, *, ac: int | None = None, seat: int | None = None, path: str | None = None,
              qs: QuerySet | None = None) -> QuerySet:
    """Booth rows of an election, optionally one AC, one seat (PC or AC) or one unit's subtree."""
    qs = (qs if qs is not None else BoothResult.objects.all()).filter(election=election)
    if ac is not None:
        qs = qs.filter(ac_no=ac)
    if seat is not None:
        qs = qs.filter(**{election.seat_field: seat})
    if path is not None:
        qs = qs.filter(subtree_q("unit_path", path))
    return qs


def booth_frame(qs: QuerySet) -> pl.DataFrame:
    return fetch(qs.order_by(), BOOTH_COLS)


def vote_frame(qs: QuerySet) -> pl.DataFrame:
    """Votes of the booths in `qs` (a BoothResult queryset)."""
    return fetch(BoothVote.objects.filter(booth__in=qs.order_by().values("id")), VOTE_COLS)


def vote_frame_for_election(election: Election, booths: pl.DataFrame) -> pl.DataFrame:
    """Votes of an election restricted to `booths` by id (faster than a subquery for a whole state)."""
    v = fetch(BoothVote.objects.filter(booth__election=election), VOTE_COLS)
    return v.join(booths.select(pl.col("id").alias("booth_id")), on="booth_id", how="semi")


def candidate_frame(election: Election) -> pl.DataFrame:
    """Candidates with a `who` label: the party, or the candidate's own name when independent/partyless."""
    qs = Candidate.objects.filter(election=election).values_list(
        "id", "name", "pc_no", "ac_no", "party__name", "party__short", "is_nota", "is_independent")
    df = fetch_values(qs, CAND_COLS)
    return df.with_columns(
        pl.when(pl.col("is_nota")).then(pl.lit("NOTA"))
        .when(pl.col("is_independent") | pl.col("party").is_null()).then(pl.col("name") + pl.lit(" (IND)"))
        .otherwise(pl.coalesce(pl.col("party_short").replace("", None), pl.col("party"))).alias("who"))


def fetch_values(qs: QuerySet, schema: dict[str, pl.DataType]) -> pl.DataFrame:
    sql, params = qs.query.sql_with_params()
    with connection.cursor() as cur:
        cur.execute(sql, params)
        return pl.DataFrame(cur.fetchall(), schema=schema, orient="row")


def long_votes(booths: pl.DataFrame, votes: pl.DataFrame, cands: pl.DataFrame) -> pl.DataFrame:
    """The long shape `analysis` wants: ac_no, part_no, booth_id, candidate, party(who), votes."""
    return (votes.join(booths.select(pl.col("id").alias("booth_id"), "ac_no", "part_no"), on="booth_id")
            .join(cands.select("candidate_id", pl.col("name").alias("candidate"), pl.col("who").alias("party")),
                  on="candidate_id"))
