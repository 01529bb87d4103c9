"""Election analysis over database rows: per booth, rolled up to AC, seat or organisation unit.

Why polars after one SQL fetch: a seat is ~2,000 booths × ~20 candidates; fetching those rows once
and doing shares, winners, margins and categories in polars keeps a seat page well under 200 ms on
both databases (see bench/results/elections.md), where per-booth ORM aggregation does not.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl
from django.db.models import Count, QuerySet, Sum

from sangathan.core.scoping import get_visible
from sangathan.elections import analysis, data
from sangathan.elections.models import BoothVote, Election, Party
from sangathan.org.models import Unit

KEY = ("booth_id",)


@dataclass
class Frames:
    """Booth rows and their votes (long, with candidate and party labels) for one area."""

    booths: pl.DataFrame
    votes: pl.DataFrame

    @property
    def empty(self) -> bool:
        return self.booths.height == 0


def frames(election: Election, qs: QuerySet) -> Frames:
    booths = data.booth_frame(qs)
    votes = data.vote_frame(qs) if booths.height < 20_000 else data.vote_frame_for_election(election, booths)
    return Frames(booths, data.long_votes(booths, votes, data.candidate_frame(election)))


def turnout(df: pl.DataFrame) -> pl.DataFrame:
    """Turnout % = voters / electors (falling back to votes counted when voters are not given)."""
    voters = pl.coalesce(pl.col("voters"), pl.col("total_votes"))
    return df.with_columns(pl.when(pl.col("electors") > 0).then(100 * voters / pl.col("electors")).round(2)
                           .alias("turnout"))  # unknown (not infinite) where electors are not given


def default_party(f: Frames) -> str | None:
    """The party with the most votes in the area (what a user most likely wants to look at)."""
    if f.votes.height == 0:
        return None
    top = f.votes.filter(pl.col("party") != "NOTA").group_by("party").agg(pl.col("votes").sum()).sort("votes", descending=True)
    return top["party"][0] if top.height else None


def resolve_party(name: str | None, f: Frames) -> str | None:
    """A party label in the frames from a name, short name or ECI code."""
    if not name:
        return default_party(f)
    labels = set(f.votes["party"].unique().to_list())
    if name in labels:
        return name
    p = (Party.objects.filter(name__iexact=name) | Party.objects.filter(short__iexact=name)
         | Party.objects.filter(code__iexact=name)).first()
    if p and (p.short or p.name) in labels:
        return p.short or p.name
    return default_party(f)  # unknown here: show the leading party (the page names the one used)


def booth_table(f: Frames, party: str | None, strong: float = 10.0, close: float = 10.0) -> pl.DataFrame:
    """One row per booth: electors, voters, turnout, winner, runner-up, margin, party share, category."""
    base = turnout(f.booths.select("id", "ac_no", "part_no", "part_name", "pc_no", "unit_id", "electors", "voters",
                                   "total_votes")).rename({"id": "booth_id"})
    if f.votes.height == 0:
        return base
    s = analysis.booth_summary(f.votes, who="party", keys=KEY).drop("total_votes")
    out = base.join(s, on="booth_id", how="left")
    if party:
        cat = analysis.booth_category(f.votes, party, strong, close, who="party", keys=KEY)
        out = out.join(cat.select("booth_id", "party_share", "lead_pts", "category"), on="booth_id", how="left")
        out = out.with_columns(pl.when(pl.col("total_votes") > 0).then(pl.col("category")).alias("category"))
    return out.with_columns(pl.col(pl.Float64).round(2)).sort("ac_no", "part_no")


def area_table(f: Frames, area: str) -> pl.DataFrame:
    """One row per area (`area` is a booth column) and candidate: votes, share, turnout columns."""
    b = f.booths.rename({"id": "booth_id"})
    votes = f.votes.join(b.select("booth_id", area), on="booth_id")
    per = votes.group_by(area, "candidate", "party").agg(pl.col("votes").sum())
    tot = b.group_by(area).agg(pl.len().alias("booths"), pl.col("electors").sum(), pl.col("voters").sum(),
                               pl.col("total_votes").sum())
    out = per.join(tot, on=area).with_columns(
        (100 * pl.col("votes") / pl.col("total_votes")).round(2).alias("share"))
    out = turnout(out.with_columns(pl.when(pl.col("voters") > 0).then(pl.col("voters")).alias("voters")))
    return out.select(area, "candidate", "party", "votes", "share", "booths", "electors", "voters", "total_votes",
                      "turnout").sort(area, "votes", descending=[False, True])


def area_table_db(election: Election, area: str) -> pl.DataFrame:
    """Like `area_table` for AC or seat, but summed by the database: a whole state's 2.4 million vote
    rows never leave it (half the time of fetching them, see bench/results/elections.md)."""
    votes = data.fetch_values(BoothVote.objects.filter(booth__election=election).order_by()
                              .values_list(f"booth__{area}", "candidate_id").annotate(n=Sum("votes")),
                              {area: pl.Int32, "candidate_id": pl.Int64, "votes": pl.Int64})
    tot = data.fetch_values(data.booths_qs(election).order_by().values_list(area).annotate(
        booths=Count("id"), electors=Sum("electors"), voters=Sum("voters"), total_votes=Sum("total_votes")),
        {area: pl.Int32, "booths": pl.Int64, "electors": pl.Int64, "voters": pl.Int64, "total_votes": pl.Int64})
    cands = data.candidate_frame(election).select("candidate_id", pl.col("name").alias("candidate"),
                                                  pl.col("who").alias("party"))
    out = votes.join(cands, on="candidate_id").join(tot, on=area).with_columns(
        (100 * pl.col("votes") / pl.col("total_votes")).round(2).alias("share"))
    out = turnout(out.with_columns(pl.when(pl.col("voters") > 0).then(pl.col("voters")).alias("voters")))
    return out.select(area, "candidate", "party", "votes", "share", "booths", "electors", "voters", "total_votes",
                      "turnout").sort(area, "votes", descending=[False, True])


def unit_areas(f: Frames, root: Unit, level: str | None) -> tuple[pl.DataFrame, dict[int, Unit]]:
    """Booth rows tagged with the unit (at `level` below `root`, default its children) that contains them."""
    qs = Unit.objects.filter(path__startswith=root.path).select_related("level")
    targets = list(qs.filter(level__key=level) if level else qs.filter(parent=root))
    if not targets:
        targets = [root]
    by_path = {u.path: u for u in targets}
    width = len(targets[0].path)
    b = f.booths.with_columns(pl.col("unit_path").str.slice(0, width).alias("_p"))
    b = b.join(pl.DataFrame({"_p": list(by_path), "unit": [u.pk for u in by_path.values()]},
                            schema={"_p": pl.String, "unit": pl.Int64}), on="_p").drop("_p")
    return b, {u.pk: u for u in targets}


def summary_table(election: Election, by: str, *, user=None, unit_ref: str | None = None,
                  level: str | None = None) -> pl.DataFrame:
    """The `elections summary --by booth|ac|seat|unit` table (one row per area and candidate)."""
    if by == "unit":
        if not unit_ref:
            raise ValueError("--by unit needs --unit ID or code")
        look = {"pk": int(unit_ref)} if unit_ref.isdigit() else {"code": unit_ref}
        root = get_visible(Unit.objects.all(), user, "view", **look)
        f = frames(election, data.booths_qs(election, path=root.path))
        b, units = unit_areas(f, root, level)
        t = area_table(Frames(b, f.votes), "unit")
        names = pl.DataFrame({"unit": list(units), "unit_name": [u.name_hi for u in units.values()]},
                             schema={"unit": pl.Int64, "unit_name": pl.String})
        return t.join(names, on="unit", how="left").select("unit", "unit_name", *[c for c in t.columns if c != "unit"])
    if by in ("ac", "seat"):
        t = area_table_db(election, "ac_no" if by == "ac" else election.seat_field)
        return t.rename({election.seat_field: "seat"}) if by == "seat" else t
    f = frames(election, data.booths_qs(election))
    if by == "booth":
        b = f.booths.with_columns((pl.col("ac_no").cast(pl.String) + "-" + pl.col("part_no")).alias("booth"))
        return area_table(Frames(b, f.votes), "booth").sort("booth", "votes", descending=[False, True])
    raise ValueError(f"unknown --by {by!r}")


def seats(election: Election) -> pl.DataFrame:
    """Seats with booth counts, for the election page."""
    qs = data.booths_qs(election).values_list(election.seat_field)
    df = data.fetch_values(qs, {"seat": pl.Int32})
    return df.group_by("seat").agg(pl.len().alias("booths")).sort("seat")


def strongest_weakest(table: pl.DataFrame, n: int = 10) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The booths where the chosen party leads most and trails most (booths with votes only)."""
    if "lead_pts" not in table.columns:
        return table.head(0), table.head(0)
    t = table.filter(pl.col("total_votes") > 0)
    return t.sort("lead_pts", descending=True).head(n), t.sort("lead_pts").head(n)


def category_mix(table: pl.DataFrame) -> pl.DataFrame:
    """Booths, votes and mean party share per category A–D."""
    if "category" not in table.columns:
        return pl.DataFrame()
    return (table.filter(pl.col("category").is_not_null()).group_by("category")
            .agg(pl.len().alias("booths"), pl.col("party_share").mean().round(2).alias("mean_share"),
                 pl.col("turnout").mean().round(2).alias("mean_turnout"))
            .sort("category"))


def swing_table(before: Frames, after: Frames, party: str) -> pl.DataFrame:
    """Party share change per booth present in both elections (matched on AC and part number)."""
    keys = ("ac_no", "part_no")
    s = analysis.swing(before.votes, after.votes, party, who="party", keys=keys)
    return s.with_columns(pl.col(pl.Float64).round(2))
