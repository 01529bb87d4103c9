"""The election import action: parse everything, refuse on any error, then write in one transaction.

Why an action: the web upload, the CLI and the API behave identically and each import leaves one
summary audit event (counts and file hashes) instead of 2.4 million per-row events.
"""

from __future__ import annotations

import re
from typing import Any

import polars as pl
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from sangathan.core import audit
from sangathan.core.actions import Action
from sangathan.elections import sources, units_link
from sangathan.elections.models import (BoothResult, BoothVote, Candidate, Election, Finding, Party,
                                        PublishedTotal)
from sangathan.elections.readers import ERROR, Finding as ReadFinding
from sangathan.elections.store import allocate_ids, write_frame


# Short names for the parties people ask about by abbreviation (the ECI party list has none).
SHORT = {"bharatiya janata party": "BJP", "indian national congress": "INC", "bahujan samaj party": "BSP",
         "samajwadi party": "SP", "aam aadmi party": "AAP", "communist party of india": "CPI",
         "communist party of india (marxist)": "CPM", "nationalist congress party": "NCP",
         "rashtriya lok dal": "RLD", "apna dal": "AD", "all india trinamool congress": "AITC",
         "shiv sena": "SHS", "janata dal (united)": "JDU", "rashtriya janata dal": "RJD",
         "gondvana gantantra party": "GGP", "none of the above": "NOTA"}


class ImportFailed(Exception):
    """Nothing was written; `findings` names every problem (file, line, reason)."""

    def __init__(self, findings: list[ReadFinding]):
        self.findings = findings
        super().__init__(f"{len(findings)} error(s); nothing was imported:\n" + "\n".join(map(str, findings)))


def _noop(stage: str, done: int, total: int) -> None:
    return None


class ImportElection(Action):
    """params: election (name), inputs (sources.Inputs), kind, year, create_booths, replace, progress."""

    name = "election.import"
    source_default = "import"

    def run(self) -> dict[str, Any]:
        progress = self.params.get("progress") or _noop
        self.parsed = sources.parse(self.params["inputs"], progress)
        if self.parsed.errors:
            raise ImportFailed(self.parsed.errors)
        progress("check", 0, 1)
        self.quality = sources.quality(self.parsed)
        progress("check", 1, 1)
        return super().run()

    # -- permission ---------------------------------------------------------------------
    def check(self) -> None:
        inp: sources.Inputs = self.params["inputs"]
        self.state = units_link.state_unit(inp.state)
        if inp.state and self.state is None and self.params.get("create_booths"):
            raise ValidationError({"state": _("no state unit with code %(code)s") % {"code": repr(inp.state)}})
        if self.state is not None:
            self.require("admin" if self.params.get("create_booths") else "manage", self.state.path)
        elif not getattr(self.actor, "is_superuser", False):
            raise ValidationError(_("only a superuser can import results not tied to a state unit"))

    # -- write --------------------------------------------------------------------------
    def execute(self) -> dict[str, Any]:
        p, progress = self.parsed, self.params.get("progress") or _noop
        inp: sources.Inputs = self.params["inputs"]
        election = self._election(inp)
        booths = p.booths.booths
        acs = sorted(set(booths["ac_no"].to_list()))
        self._clear_or_refuse(election, acs)
        counts: dict[str, Any] = {}
        if self.params.get("create_booths") and self.state is not None and booths.height:
            names = dict(zip(p.ac_to_pc["ac_no"], p.ac_to_pc["ac_name"])) if p.ac_to_pc is not None else {}
            counts |= units_link.create_missing(self.state, booths, names)
        keys = self._candidates(election)
        progress("write", 0, booths.height + p.booths.votes.height)
        b = self._booth_frame(election, booths)
        write_frame(BoothResult, b.drop("source_key", "part_key"))
        n_votes = write_frame(BoothVote, self._vote_frame(b, keys),
                              lambda d, t: progress("write", booths.height + d, booths.height + t))
        findings = [f for f in p.findings if f.severity != ERROR] + self.quality
        Finding.objects.bulk_create([_finding(election, f) for f in findings], batch_size=2000)
        n_pub = self._published(election)
        election.imported_at = timezone.now()
        election.save(update_fields=["imported_at"])
        counts |= {"booths": b.height, "votes": n_votes, "candidates": len(keys), "acs": len(acs),
                   "booths_linked": int(b["unit_id"].is_not_null().sum()), "findings": len(findings),
                   "published": n_pub}
        audit.record(self.name, [("create", Election, election.pk, None,
                                  {"election": election.name, **counts, "files": p.hashes,
                                   "formats": sorted(set(p.formats.values()))})])
        return {"election": election, **counts}

    def _election(self, inp: sources.Inputs) -> Election:
        name = self.params["election"].strip()
        year = self.params.get("year") or int((re.findall(r"(?:19|20)\d\d", name) or ["0"])[0])
        kind = self.params.get("kind") or ("AE" if re.search(r"\b(AE|VS|vidhan)", name, re.I) else "LS")
        election, _created = Election.objects.get_or_create(name=name, defaults={
            "kind": kind, "year": year, "state": (inp.state or "").upper()})
        return election

    def _clear_or_refuse(self, election: Election, acs: list[int]) -> None:
        present = sorted(set(BoothResult.objects.filter(election=election, ac_no__in=acs)
                             .values_list("ac_no", flat=True).distinct()))
        if not present:
            return
        if not self.params.get("replace"):
            raise ImportFailed([ReadFinding("already_imported", _("AC %(ac)s is already imported for %(election)s; "
                                                                  "use --replace to import it again")
                                            % {"ac": a, "election": election.name}, ERROR, ac=a) for a in present])
        old = BoothResult.objects.filter(election=election, ac_no__in=present)
        BoothVote.objects.filter(booth__in=old.values("pk")).delete()
        old.delete()
        Finding.objects.filter(election=election, ac_no__in=present).delete()

    def _candidates(self, election: Election) -> dict[str, int]:
        """Candidate key → id, creating parties and candidates not yet stored for this election."""
        c = self.parsed.booths.candidates.unique("candidate_key", keep="first", maintain_order=True)
        names = [n for n in c["party"].drop_nulls().unique().to_list() if n]
        codes = dict(zip(c["party"], c["party_code"]))
        existing = set(Party.objects.filter(name__in=names).values_list("name", flat=True))
        Party.objects.bulk_create([Party(name=n, code=codes.get(n) or "", short=SHORT.get(n.lower(), "")) for n in names if n not in existing])
        parties = dict(Party.objects.filter(name__in=names).values_list("name", "id"))
        have = dict(Candidate.objects.filter(election=election).values_list("key", "id"))
        new = []
        for r in c.iter_rows(named=True):
            if r["candidate_key"] in have:
                continue
            name = r["matched_name"] or r["name"] or r["candidate_key"]
            new.append(Candidate(election=election, key=r["candidate_key"], name=name[:200],
                                 party_id=parties.get(r["party"]), pc_no=r["pc_no"], ac_no=r["ac_no"],
                                 serial=r["serial_in_file"], is_nota=(r["party_code"] == "N0000") or "NOTA" in r["candidate_key"]
                                 or (name or "").lower().startswith("none of the above"),
                                 is_independent=(r["party"] or "").lower() == "independent"))
        Candidate.objects.bulk_create(new, batch_size=2000)
        return dict(Candidate.objects.filter(election=election).values_list("key", "id"))

    def _booth_frame(self, election: Election, booths: pl.DataFrame) -> pl.DataFrame:
        p = self.parsed
        ids = allocate_ids(BoothResult, booths.height)
        long_files = {f for f, fmt in p.formats.items() if fmt == "long"}
        sums = p.booths.votes.group_by("ac_no", "source_line").agg(pl.col("votes").sum().alias("total_votes"))
        b = booths.with_columns(pl.Series("id", ids, pl.Int64),
                                pl.col("source_file").is_in(list(long_files)).alias("part_key"))
        b = b.join(sums, on=["ac_no", "source_line"], how="left")
        if long_files:  # long files: one booth row per (ac, part); votes sum by part
            psum = p.booths.votes.group_by("ac_no", "part_no").agg(pl.col("votes").sum().alias("_p"))
            b = b.join(psum, on=["ac_no", "part_no"], how="left").with_columns(
                pl.when(pl.col("part_key")).then(pl.col("_p")).otherwise(pl.col("total_votes")).alias("total_votes")
            ).drop("_p")
        pcs = p.ac_to_pc.select(pl.col("ac_no"), pl.col("pc_no").alias("pc")) if p.ac_to_pc is not None else None
        if pcs is not None:
            b = b.join(pcs.unique("ac_no"), on="ac_no", how="left")
        else:
            b = b.with_columns(pl.lit(None, pl.Int32).alias("pc"))
        b = units_link.link(self.state, b)
        return b.select(
            "id", pl.lit(election.pk).alias("election_id"), "ac_no", "part_no",
            pl.col("part_name").fill_null("").str.slice(0, 300), pl.col("pc").alias("pc_no"), "electors", "voters",
            "tendered", pl.col("total_votes").fill_null(0), "unit_id", "unit_path", pl.col("source_file").fill_null(""),
            "source_line", pl.col("source_line").alias("source_key"), "part_key")

    def _vote_frame(self, b: pl.DataFrame, keys: dict[str, int]) -> pl.DataFrame:
        v = self.parsed.booths.votes
        keymap = pl.DataFrame({"candidate_key": list(keys), "candidate_id": list(keys.values())},
                              schema={"candidate_key": pl.String, "candidate_id": pl.Int64})
        by_line = b.filter(~pl.col("part_key")).select("ac_no", pl.col("source_key").alias("source_line"),
                                                       pl.col("id").alias("booth_id"))
        by_part = b.filter(pl.col("part_key")).unique(["ac_no", "part_no"]).select("ac_no", "part_no",
                                                                                   pl.col("id").alias("booth_id"))
        j = pl.concat([v.join(by_line, on=["ac_no", "source_line"]), v.join(by_part, on=["ac_no", "part_no"])])
        return (j.join(keymap, on="candidate_key").group_by("booth_id", "candidate_id")
                .agg(pl.col("votes").sum()).sort("booth_id", "candidate_id"))

    def _published(self, election: Election) -> int:
        pub, level = self.parsed.published, self.parsed.published_level
        if pub is None:
            return 0
        PublishedTotal.objects.filter(election=election, level=level, area_no__in=pub["area_no"].unique().to_list()).delete()
        rows = [PublishedTotal(election=election, level=level, area_no=r["area_no"], area_name=r["area_name"] or "",
                               candidate=r["candidate"] or "", party=r["party"] or "", evm_votes=r["evm_votes"],
                               postal_votes=r["postal_votes"], total=r["total"] or 0) for r in pub.iter_rows(named=True)]
        PublishedTotal.objects.bulk_create(rows, batch_size=2000)
        return len(rows)


def _finding(election: Election, f: ReadFinding) -> Finding:
    return Finding(election=election, kind=f.kind, severity=f.severity, detail=f.detail, file=f.file or "",
                   line=f.line, ac_no=f.ac, part_no=(f.part or "")[:16], pc_no=f.pc)
