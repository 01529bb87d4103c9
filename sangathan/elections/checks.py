"""Data-quality findings over parsed booth data (the normalised frames of ``readers``).

Why: real Form 20 data has truncated files, zero-vote ACs, duplicated rows and
sums that disagree with published results. Each check returns ``Finding``s
(kind, ac, part, detail) so an importer can show them next to the data.

Thresholds (module constants, overridable per call):
* ROLL_LOW/ROLL_HIGH = 0.95/1.20: booth electors vs the January 2014 roll. Rolls
  grew until nominations (median ratio in UP 1.028, urban ACs up to ~1.16), so a
  symmetric ±2 % band would flag most ACs; < 0.95 means booth rows are missing.
* POSTAL_MAX = 0.015: published total minus booth sum, as a share of the published
  total, that postal ballots explain (UP 2014 complete PCs: median 0.27 %, max ~1.2 %).
* NOISE = 0.001: booth sums above the published figure by less than this share are
  counting-day noise (README §3.3), beyond it a warning.
"""
from __future__ import annotations

import polars as pl

from sangathan.elections.names import match_candidates, RefCandidate
from sangathan.elections.readers.types import ERROR, INFO, WARNING, Finding

ROLL_LOW, ROLL_HIGH = 0.95, 1.20
POSTAL_MAX = 0.015
NOISE = 0.001
CANDIDATE_NOISE_VOTES = 300  # README §3.3: "a few hundred votes" differ between these sources
MANY_ZERO = 10


def booth_totals(booths: pl.DataFrame, votes: pl.DataFrame) -> pl.DataFrame:
    """One row per booth row (keyed by source line, so duplicated part numbers stay apart)."""
    sums = votes.group_by("ac_no", "source_line").agg(pl.col("votes").sum().alias("votes_sum"),
                                                      pl.col("votes").hash().sum().alias("_sig"))
    return booths.join(sums, on=["ac_no", "source_line"], how="left").with_columns(pl.col("votes_sum").fill_null(0))


def check_booths(booths: pl.DataFrame, votes: pl.DataFrame, many_zero: int = MANY_ZERO) -> list[Finding]:
    """Zero-vote booths/ACs, duplicated parts, votes > voters, voters > electors."""
    bt = booth_totals(booths, votes)
    out: list[Finding] = []
    per_ac = bt.group_by("ac_no").agg(pl.len().alias("n"), (pl.col("votes_sum") == 0).sum().alias("zero"))
    all_zero = set(per_ac.filter(pl.col("zero") == pl.col("n"))["ac_no"].to_list())
    for r in per_ac.sort("ac_no").iter_rows(named=True):
        if r["ac_no"] in all_zero:
            out.append(Finding("ac_all_zero", f"all {r['n']} booth rows have 0 votes", ERROR, ac=r["ac_no"]))
        elif r["zero"] > many_zero:
            out.append(Finding("ac_many_zero_booths", f"{r['zero']} of {r['n']} booth rows have 0 votes", WARNING,
                               ac=r["ac_no"]))
    zero = bt.filter((pl.col("votes_sum") == 0) & ~pl.col("ac_no").is_in(list(all_zero)))
    out += [Finding("zero_votes", "booth row with 0 votes for every candidate", WARNING, r["source_file"],
                    r["source_line"], r["ac_no"], r["part_no"]) for r in zero.iter_rows(named=True)]
    dup = bt.filter(pl.len().over("ac_no", "part_no") > 1).sort("ac_no", "source_line")
    for (ac, part), g in dup.group_by(["ac_no", "part_no"], maintain_order=True):
        same = g["_sig"].n_unique() == 1 and g["votes_sum"].n_unique() == 1
        kind, sev = ("duplicate_row", ERROR) if same else ("duplicate_part_no", WARNING)
        out.append(Finding(kind, f"part {part} appears {g.height}× (lines {g['source_line'].to_list()})"
                           + ("; identical votes, counted twice" if same else "; different votes (auxiliary booth?)"),
                           sev, g["source_file"][0], g["source_line"][0], ac, part))
    over = bt.filter(pl.col("voters").is_not_null() & (pl.col("votes_sum") > pl.col("voters")))
    out += [Finding("votes_gt_voters", f"{r['votes_sum']} votes but {r['voters']} voters", WARNING, r["source_file"],
                    r["source_line"], r["ac_no"], r["part_no"]) for r in over.iter_rows(named=True)]
    turn = bt.filter(pl.col("electors").is_not_null() & (pl.col("voters") > pl.col("electors")))
    out += [Finding("voters_gt_electors", f"{r['voters']} voters but {r['electors']} electors", WARNING,
                    r["source_file"], r["source_line"], r["ac_no"], r["part_no"]) for r in turn.iter_rows(named=True)]
    return out


def check_roll(booths: pl.DataFrame, roll: pl.DataFrame, low: float = ROLL_LOW, high: float = ROLL_HIGH) -> list[Finding]:
    """Booth electors per AC vs the AC electoral roll; far below means a truncated AC."""
    ac = booths.group_by("ac_no").agg(pl.col("electors").sum().alias("booth_electors"), pl.len().alias("n"),
                                      pl.col("electors").is_null().sum().alias("nulls"))
    j = ac.join(roll.select("ac_no", "electors"), on="ac_no").filter(pl.col("booth_electors") > 0)
    out = []
    for r in j.with_columns((pl.col("booth_electors") / pl.col("electors")).alias("ratio")).sort("ac_no").iter_rows(named=True):
        if r["ratio"] < low:
            missing = round((r["electors"] - r["booth_electors"]) / (r["booth_electors"] / r["n"]))
            out.append(Finding("truncated_ac", f"booth electors {r['booth_electors']:,} = {r['ratio']:.1%} of roll "
                               f"{r['electors']:,}; ~{missing} of ~{r['n'] + missing} booths missing", ERROR, ac=r["ac_no"]))
        elif r["ratio"] > high:
            out.append(Finding("electors_exceed_roll", f"booth electors {r['booth_electors']:,} = {r['ratio']:.1%} "
                               f"of roll {r['electors']:,}", WARNING, ac=r["ac_no"]))
    return out


def check_candidates(candidates: pl.DataFrame, candidate_list: pl.DataFrame) -> list[Finding]:
    """ACs whose file lacks some of its PC's candidates (a truncated header)."""
    have = candidates.filter(pl.col("ac_no").is_not_null()).group_by("ac_no", "pc_no").agg(
        pl.col("candidate_key").n_unique().alias("n"))
    want = candidate_list.group_by("pc_no").agg(pl.len().alias("want"))
    j = have.join(want, on="pc_no").filter(pl.col("n") < pl.col("want"))
    return [Finding("missing_candidates", f"{r['n']} candidate columns, PC {r['pc_no']} has {r['want']} (incl. NOTA)",
                    WARNING, ac=r["ac_no"], pc=r["pc_no"]) for r in j.sort("ac_no").iter_rows(named=True)]


def check_published(votes: pl.DataFrame, candidates: pl.DataFrame, published: pl.DataFrame, ac_to_pc: pl.DataFrame,
                    postal_max: float = POSTAL_MAX, noise: float = NOISE) -> list[Finding]:
    """PC booth sums vs published PC totals (which include postal ballots) per PC and candidate."""
    names = candidates.group_by("candidate_key").agg(pl.col("matched_name").first(), pl.col("name").first(),
                                                     pl.col("party").first())
    pc_sums = (votes.join(ac_to_pc.select("ac_no", "pc_no"), on="ac_no")
               .group_by("pc_no", "candidate_key").agg(pl.col("votes").sum()).join(names, on="candidate_key", how="left"))
    out: list[Finding] = []
    for (pc,), pub in published.group_by(["area_no"], maintain_order=True):
        ours = pc_sums.filter(pl.col("pc_no") == pc)
        if ours.height == 0:
            continue
        booth, total = int(ours["votes"].sum()), int(pub["total"].sum())
        pc_finding = _gap_finding("pc_gap", booth, total, postal_max, noise, pc=int(pc))
        out.append(pc_finding)
        refs = [RefCandidate(str(k), r["candidate"], r["party"], k) for k, r in enumerate(pub.iter_rows(named=True))]
        labels = [(r["matched_name"] or r["name"] or r["candidate_key"]) for r in ours.iter_rows(named=True)]
        for m, r in zip(match_candidates(labels, refs, ours["party"].to_list()), ours.iter_rows(named=True)):
            if m.ref is None:
                out.append(Finding("candidate_not_published", f"{labels[m.file_index]!r}: no published total", WARNING,
                                   pc=int(pc)))
                continue
            pub_votes = int(pub["total"][int(m.ref.key)])
            f = _gap_finding("candidate_gap", r["votes"], pub_votes, postal_max, noise, pc=int(pc))
            # only where the PC as a whole is complete; elsewhere the PC gap already says it
            if f.severity != INFO and pc_finding.severity == INFO and abs(pub_votes - r["votes"]) > CANDIDATE_NOISE_VOTES:
                out.append(Finding(f.kind, f"{m.ref.name}: {f.detail}", f.severity, pc=int(pc)))
    return out


def _gap_finding(kind: str, booth: int, published: int, postal_max: float, noise: float, **where: int) -> Finding:
    gap = published - booth
    share = gap / published if published else 0.0
    detail = f"booth rows {booth:,}, published {published:,}, gap {gap:+,} ({share:+.2%})"
    if 0 <= share <= postal_max:
        return Finding(f"{kind}_postal", detail + " — explained by postal ballots", INFO, **where)
    if -noise <= share < 0:
        return Finding(f"{kind}_noise", detail + " — booth rows slightly above published (counting-day noise)",
                       INFO, **where)
    return Finding(kind, detail + (" — booth rows missing?" if gap > 0 else " — booth rows exceed published total"),
                   WARNING, **where)


def check_ac_results(votes: pl.DataFrame, candidates: pl.DataFrame, results: pl.DataFrame) -> list[Finding]:
    """Exact check when EVM votes are published per AC (CG 2023 shape): booth sums must equal them."""
    sums = votes.group_by("ac_no", "candidate_key").agg(pl.col("votes").sum()).join(
        candidates.select("candidate_key", "name").unique("candidate_key"), on="candidate_key", how="left")
    out = []
    for (ac,), pub in results.group_by(["area_no"], maintain_order=True):
        ours = sums.filter(pl.col("ac_no") == ac)
        if ours.height == 0:
            continue
        refs = [RefCandidate(str(k), r["candidate"], r["party"], k) for k, r in enumerate(pub.iter_rows(named=True))]
        for m, r in zip(match_candidates(ours["name"].fill_null("").to_list(), refs), ours.iter_rows(named=True)):
            evm = int(pub["evm_votes"][int(m.ref.key)]) if m.ref else None
            if evm is None or evm != r["votes"]:
                out.append(Finding("ac_evm_mismatch", f"{r['name']}: booth rows {r['votes']:,}, published EVM "
                                   f"{evm if evm is not None else 'n/a'}", ERROR, ac=int(ac)))
    return out


def check_all(booths: pl.DataFrame, votes: pl.DataFrame, candidates: pl.DataFrame, *, roll: pl.DataFrame | None = None,
              candidate_list: pl.DataFrame | None = None, published: pl.DataFrame | None = None,
              ac_to_pc: pl.DataFrame | None = None) -> list[Finding]:
    """Every check whose inputs are given, in a stable order."""
    out = check_booths(booths, votes)
    if roll is not None:
        out += check_roll(booths, roll)
    if candidate_list is not None:
        out += check_candidates(candidates, candidate_list)
    if published is not None and ac_to_pc is not None:
        out += check_published(votes, candidates, published, ac_to_pc)
    return out
