"""Mobilisation: invitations to a future activity chosen down the unit tree, RSVP, check-in, notices.

An invitation belongs to its activity and is scoped like it (`activity__unit_path`). Its personal
link is a signed token naming the invitation and a random nonce: revoking an invitation changes the
nonce, so old links stop working; the link also expires a while after the activity.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sangathan.core.scoping import ScopedManager


def new_nonce() -> str:
    return secrets.token_urlsafe(9)


class Rsvp(models.TextChoices):
    PENDING = "pending", _("no answer yet")
    YES = "yes", _("coming")
    NO = "no", _("not coming")
    MAYBE = "maybe", _("maybe")


class Via(models.TextChoices):
    QR = "qr", _("QR scan")
    LIST = "list", _("check-in list")
    VIRTUAL = "virtual", _("joined online")
    SHEET = "sheet", _("attendance sheet")


class Invitation(models.Model):
    activity = models.ForeignKey("activities.Activity", on_delete=models.CASCADE, related_name="invitations")
    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="invitations")
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+",
                             verbose_name=_("invited as a member of"))
    post_label = models.CharField(_("invited as"), max_length=300, blank=True)
    nonce = models.CharField(max_length=16, default=new_nonce)
    revoked = models.BooleanField(_("revoked"), default=False)
    rsvp = models.CharField(_("answer"), max_length=8, choices=Rsvp.choices, default=Rsvp.PENDING)
    rsvp_reason = models.CharField(_("reason"), max_length=300, blank=True)
    rsvp_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    channel = models.CharField(max_length=8, blank=True)  # email, sms, hand: how the last notice went
    attended_at = models.DateTimeField(null=True, blank=True)
    attended_via = models.CharField(max_length=8, choices=Via.choices, blank=True)
    joined_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager()
    scope_path = "activity__unit_path"

    class Meta:
        ordering = ["unit__path", "id"]
        constraints = [models.UniqueConstraint(fields=["activity", "person"], name="invitation_unique")]
        indexes = [models.Index(fields=["activity", "attended_at"])]

    def __str__(self) -> str:
        return f"{self.person} → {self.activity}"


class NoticeBatch(models.Model):
    """One sending of notices: its counts are its progress, updated after every chunk."""

    class State(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("sending")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    activity = models.ForeignKey("activities.Activity", on_delete=models.CASCADE, related_name="notice_batches")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    state = models.CharField(max_length=8, choices=State.choices, default=State.QUEUED)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    emailed = models.PositiveIntegerField(default=0)
    texted = models.PositiveIntegerField(default=0)
    by_hand = models.PositiveIntegerField(default=0)
    opted_out = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    base_url = models.CharField(max_length=200, blank=True)
    only_unsent = models.BooleanField(default=True)
    cursor = models.BigIntegerField(default=0)  # the last invitation handled: a restarted job resumes after it
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = ScopedManager()
    scope_path = "activity__unit_path"

    class Meta:
        ordering = ["-id"]

    @property
    def pct(self) -> int:
        return round(100 * self.done / self.total) if self.total else 100


class OutboxMessage(models.Model):
    """The default SMS gateway: messages wait here, shown in the UI, for a gateway or a person to send."""

    batch = models.ForeignKey(NoticeBatch, null=True, on_delete=models.CASCADE, related_name="outbox")
    invitation = models.ForeignKey(Invitation, on_delete=models.CASCADE, related_name="outbox")
    phone = models.CharField(max_length=20)
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    objects = ScopedManager()
    scope_path = "invitation__activity__unit_path"

    class Meta:
        ordering = ["id"]


class OptOut(models.Model):
    """A person asked for no more notices (from their own link, or an organiser on their behalf)."""

    person = models.OneToOneField("people.Person", on_delete=models.CASCADE, related_name="notice_opt_out")
    at = models.DateTimeField(auto_now_add=True)
    note = models.CharField(max_length=200, blank=True)


class CalendarFeed(models.Model):
    """A user's secret iCalendar address; a new token revokes the old address."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed")
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)


class TurnoutRollup(models.Model):
    """One activity's invited/attended counts in one unit's subtree (like programme rollups)."""

    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="+")
    activity = models.ForeignKey("activities.Activity", on_delete=models.CASCADE, related_name="+")
    invited = models.IntegerField(default=0)
    attended = models.IntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["unit", "activity"], name="turnout_rollup_unique")]
