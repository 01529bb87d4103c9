"""Booth committees: configurable committee roles and strength rules, members, and rollups.

A booth is a unit at the lowest level. Its committee row also carries the booth's evaluated
state (formed, verified, active-until), so rollups can be rebuilt and verified from source rows.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sangathan.core.scoping import ScopedManager
from sangathan.org.models import Bilingual


class CommitteeRole(Bilingual):
    """अध्यक्ष, महामंत्री, बूथ लेवल एजेंट, पन्ना प्रमुख ...: configured per organisation."""

    key = models.SlugField(unique=True)
    rank = models.PositiveSmallIntegerField(default=50)
    per_page = models.BooleanField(default=False, help_text=_("one seat per voter-list page (पन्ना प्रमुख)"))

    class Meta:
        ordering = ["rank", "id"]


class RuleKey(models.TextChoices):
    FORMED = "formed", _("formed")
    ACTIVE = "active", _("active")


class StrengthRule(Bilingual):
    """What 'formed' and 'active' mean here: thresholds are data an admin edits, not code."""

    key = models.CharField(max_length=16, choices=RuleKey.choices, unique=True)
    requires = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT,
                                 help_text=_("this rule also needs that rule to hold"))
    min_members = models.PositiveSmallIntegerField(default=0, help_text=_("distinct people on the committee"))
    required_roles = models.ManyToManyField(CommitteeRole, blank=True, related_name="+")
    meeting_within_days = models.PositiveSmallIntegerField(null=True, blank=True)
    all_pages_covered = models.BooleanField(default=False)

    class Meta:
        ordering = ["key"]


class BoothCommittee(models.Model):
    """One per booth; the evaluated columns are derived and rewritten by `booths.state`."""

    unit = models.OneToOneField("org.Unit", primary_key=True, on_delete=models.CASCADE, related_name="committee")
    voter_list_pages = models.PositiveSmallIntegerField(_("voter-list pages"), default=0)
    last_meeting_on = models.DateField(null=True, blank=True)
    # derived state (see booths/state.py)
    members = models.PositiveIntegerField(default=0)
    seats = models.PositiveIntegerField(default=0)
    verified_seats = models.PositiveIntegerField(default=0)
    pages_covered = models.PositiveSmallIntegerField(default=0)
    formed = models.BooleanField(default=False)
    verified = models.BooleanField(default=False)
    active_until = models.DateField(null=True, blank=True, db_index=True)

    objects = ScopedManager()
    scope_path = "unit__path"


class CommitteeMember(models.Model):
    """A seat: a person in a committee role (for पन्ना प्रमुख: of one page), verified or not."""

    committee = models.ForeignKey(BoothCommittee, on_delete=models.CASCADE, related_name="seats_set",
                                  db_index=False)  # the unique (committee, person, role, page) index leads with it
    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="committee_seats")
    # no index of its own: six roles over millions of seats serve no query (migration 0003)
    role = models.ForeignKey(CommitteeRole, on_delete=models.PROTECT, related_name="+", db_index=False)
    page = models.PositiveSmallIntegerField(default=0, help_text=_("voter-list page (0: not a per-page seat)"))
    verified_at = models.DateTimeField(null=True, blank=True)
    verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, db_index=False,
                                    on_delete=models.SET_NULL, related_name="+")

    objects = ScopedManager()
    scope_path = "committee__unit__path"

    class Meta:
        ordering = ["role__rank", "page", "id"]
        constraints = [models.UniqueConstraint(fields=["committee", "person", "role", "page"],
                                               name="committee_seat_unique")]
        # only verified seats (a user's deletion finds theirs); most seats are not, and their NULLs
        # would cost every seat written an index entry
        indexes = [models.Index(fields=["verified_by"], condition=Q(verified_by__isnull=False),
                                name="seat_verified_by")]


class BoothRollup(models.Model):
    """Booth counts of a unit's subtree (the unit itself included); rebuilt and verified by command.

    `active` counts booths active on `BoothClock.day`; a new day expires lapsed booths first.
    """

    unit = models.OneToOneField("org.Unit", primary_key=True, on_delete=models.CASCADE, related_name="+")
    booths = models.IntegerField(default=0)
    committees = models.IntegerField(default=0)
    formed = models.IntegerField(default=0)
    verified = models.IntegerField(default=0)
    active = models.IntegerField(default=0)
    members = models.IntegerField(default=0)

    COUNTS = ("booths", "committees", "formed", "verified", "active", "members")


class BoothClock(models.Model):
    """The day `BoothRollup.active` is true for (one row); advancing it expires lapsed booths."""

    day = models.DateField()
