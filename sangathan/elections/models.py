"""Election results at booth level, their data-quality findings, and import jobs.

Why this shape: ~2.4 million booth×candidate rows per big state, so votes live in a narrow table
keyed by (booth, candidate) with no surrogate id and no per-row FK triggers; booth rows carry the
matched booth unit's path so organisation-scoped analysis is one indexed range scan.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sangathan.core.scoping import ScopedManager


class Election(models.Model):
    class Kind(models.TextChoices):
        LS = "LS", _("Lok Sabha")
        AE = "AE", _("Vidhan Sabha")

    name = models.CharField(_("name"), max_length=100, unique=True)
    kind = models.CharField(_("kind"), max_length=2, choices=Kind.choices, default=Kind.LS)
    year = models.PositiveSmallIntegerField(_("year"))
    state = models.CharField(_("state"), max_length=8, blank=True, help_text=_("organisation state unit code, e.g. UP"))
    created_at = models.DateTimeField(auto_now_add=True)
    imported_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-year", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def seat_field(self) -> str:
        """The seat of this election: a PC for Lok Sabha, an AC for Vidhan Sabha."""
        return "pc_no" if self.kind == self.Kind.LS else "ac_no"


class Party(models.Model):
    name = models.CharField(max_length=200, unique=True)
    code = models.CharField(max_length=16, blank=True, help_text="ECI party code, e.g. N0002")
    short = models.CharField(max_length=32, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "parties"

    def __str__(self) -> str:
        return self.short or self.name


class Candidate(models.Model):
    """One candidate of one seat; `key` is the ECI code (S24PC17CA01) or a file-local key."""

    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="candidates")
    key = models.CharField(max_length=32)
    name = models.CharField(max_length=200)
    party = models.ForeignKey(Party, null=True, blank=True, on_delete=models.PROTECT, related_name="candidates")
    pc_no = models.PositiveSmallIntegerField(null=True, blank=True)
    ac_no = models.PositiveSmallIntegerField(null=True, blank=True)
    serial = models.PositiveSmallIntegerField(null=True, blank=True)
    is_nota = models.BooleanField(default=False)
    is_independent = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["election", "key"], name="candidate_unique_key")]

    def __str__(self) -> str:
        return self.name


class BoothResult(models.Model):
    """One Form 20 row (a polling station). Duplicated part numbers are kept as separate rows."""

    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="booths", db_index=False)
    ac_no = models.PositiveSmallIntegerField()
    part_no = models.CharField(max_length=16)
    part_name = models.CharField(max_length=300, blank=True)
    pc_no = models.PositiveSmallIntegerField(null=True, blank=True)
    electors = models.PositiveIntegerField(null=True, blank=True)
    voters = models.PositiveIntegerField(null=True, blank=True)
    tendered = models.PositiveIntegerField(null=True, blank=True)
    total_votes = models.PositiveIntegerField(default=0, help_text="sum of candidate votes incl. NOTA")
    unit = models.ForeignKey("org.Unit", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
                             db_index=False)
    unit_path = models.CharField(max_length=255, blank=True, default="")
    source_file = models.CharField(max_length=200, blank=True)
    source_line = models.PositiveIntegerField(null=True, blank=True)

    objects = ScopedManager()
    scope_path = "unit_path"

    class Meta:
        indexes = [models.Index(fields=["election", "ac_no", "part_no"], name="booth_el_ac_part"),
                   models.Index(fields=["election", "pc_no"], name="booth_el_pc"),
                   models.Index(fields=["election", "unit_path"], name="booth_el_path"),
                   models.Index(fields=["unit"], name="booth_unit")]

    def __str__(self) -> str:
        return f"{self.ac_no}-{self.part_no}"


class BoothVote(models.Model):
    """Votes of one candidate in one booth: no surrogate id, no FK constraint (bulk COPY speed)."""

    pk = models.CompositePrimaryKey("booth_id", "candidate_id")
    booth = models.ForeignKey(BoothResult, on_delete=models.DO_NOTHING, db_constraint=False, db_index=False,
                              related_name="votes")
    candidate = models.ForeignKey(Candidate, on_delete=models.DO_NOTHING, db_constraint=False, db_index=False,
                                  related_name="+")
    votes = models.PositiveIntegerField()


class Finding(models.Model):
    """One line of the data-quality report of an election (kept, so the web shows it after import)."""

    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="findings")
    kind = models.CharField(max_length=64)
    severity = models.CharField(max_length=8)
    detail = models.TextField()
    file = models.CharField(max_length=200, blank=True)
    line = models.PositiveIntegerField(null=True, blank=True)
    ac_no = models.PositiveSmallIntegerField(null=True, blank=True)
    part_no = models.CharField(max_length=16, blank=True)
    pc_no = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["id"]

    def as_dict(self) -> dict:
        d = {"kind": self.kind, "severity": self.severity, "ac": self.ac_no, "part": self.part_no or None,
             "pc": self.pc_no, "detail": self.detail, "file": self.file or None, "line": self.line}
        return d


class PublishedTotal(models.Model):
    """A published constituency result (ECI), to compare booth sums with."""

    election = models.ForeignKey(Election, on_delete=models.CASCADE, related_name="published")
    level = models.CharField(max_length=2, choices=[("pc", "PC"), ("ac", "AC")])
    area_no = models.PositiveSmallIntegerField()
    area_name = models.CharField(max_length=200, blank=True)
    candidate = models.CharField(max_length=200)
    party = models.CharField(max_length=200, blank=True)
    evm_votes = models.PositiveIntegerField(null=True, blank=True)
    postal_votes = models.PositiveIntegerField(null=True, blank=True)
    total = models.PositiveIntegerField()

    class Meta:
        indexes = [models.Index(fields=["election", "level", "area_no"], name="published_area")]


class ImportJob(models.Model):
    """Progress of one import, written by the worker and polled by the upload page."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    election_name = models.CharField(max_length=100)
    election = models.ForeignKey(Election, null=True, blank=True, on_delete=models.SET_NULL, related_name="jobs")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED)
    stage = models.CharField(max_length=100, blank=True)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    params = models.JSONField(default=dict)
    errors = models.JSONField(default=list)
    result = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-id"]

    @property
    def percent(self) -> int:
        return int(100 * self.done / self.total) if self.total else (100 if self.status == "done" else 0)
