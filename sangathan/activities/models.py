"""Activities (meetings, rallies, virtual meetings ...), who took part in what role, speeches."""

from __future__ import annotations

import datetime

from django.db import connections, models
from django.db.models import F, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from sangathan.core.models import Versioned
from sangathan.core.scoping import ScopedManager, ScopedQuerySet


class Kind(models.TextChoices):
    MEETING = "meeting", _("meeting")
    WORKSHOP = "workshop", _("workshop")
    RALLY = "rally", _("rally")
    CONFERENCE = "conference", _("conference")
    FELICITATION = "felicitation", _("felicitation")
    VIRTUAL_MEETING = "virtual_meeting", _("virtual meeting")
    OTHER = "other", _("other")


class Mode(models.TextChoices):
    IN_PERSON = "in_person", _("in person")
    VIRTUAL = "virtual", _("virtual")
    UNKNOWN = "unknown", _("unknown")


class ParticipantRole(models.TextChoices):
    CHIEF_GUEST = "chief_guest", _("chief guest")
    KEY_SPEAKER = "key_speaker", _("key speaker")
    SPECIAL_GUEST = "special_guest", _("special guest")
    PRESIDED = "presided", _("presided")
    MODERATOR = "moderator", _("moderator")
    VOTE_OF_THANKS = "vote_of_thanks", _("vote of thanks")
    WELCOME = "welcome", _("welcome")
    SPEAKER = "speaker", _("speaker")
    ATTENDEE = "attendee", _("attendee")
    ORGANISER = "organiser", _("organiser")
    REPORTER = "reporter", _("reporter")


class ActivityQuerySet(ScopedQuerySet):
    SORT_BELOW = 20_000  # rows: a list this small is sorted, not read off the starts_at index

    def ordered_for(self, count: int) -> "ActivityQuerySet":
        """Newest first, read the fastest way for a list of `count` rows.

        The default order walks the starts_at index from the newest and keeps the rows in the
        subtree: quick for the nation or a state, but for a district PostgreSQL reads ~20 rows per
        hit through the whole country (0.5-0.7 s on the national set). For a small list the same
        order through an expression no index serves makes it fetch the subtree's rows and sort them.
        Same order either way (PostgreSQL puts undated activities first, as the index does).
        """
        if count >= self.SORT_BELOW or connections[self.db].vendor != "postgresql":
            return self
        latest = Value(datetime.datetime.max.replace(tzinfo=datetime.UTC))
        return self.order_by(Coalesce(F("starts_at"), latest).desc(), "-id")


def current_path(unit_id: int, using: str = "default") -> str:
    """The unit's stored path, for copying onto an activity.

    Inside a transaction the unit row is locked (FOR NO KEY UPDATE, which a move's UPDATE of the
    path waits for and which waits for a move in progress), so a subtree move cannot commit between
    this read and the activity's commit and leave the copy behind: either the move waits and its
    UPDATE of activities sees this one, or this read waits and sees the moved path. Inserts that
    reference the unit are not blocked (they take KEY SHARE). SQLite runs one writer at a time.
    """
    from sangathan.org.models import Unit

    qs = Unit.objects.using(using).filter(pk=unit_id)
    if connections[using].in_atomic_block:
        qs = qs.select_for_update(no_key=True)
    return qs.values_list("path", flat=True).get()


class Activity(Versioned):
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.MEETING)
    title = models.CharField(_("title"), max_length=300)
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="activities",
                             verbose_name=_("organising unit"))
    # The organising unit's path, copied so scoping is a range scan on this table (no join through
    # every unit of a district). Set by save() from the unit, by UpdateActivity when the unit
    # changes, by the unit_moved receiver when a subtree moves, and by bulk writers (synth).
    unit_path = models.CharField(max_length=255, blank=True, editable=False)
    wing = models.ForeignKey("org.Wing", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                             verbose_name=_("wing"))
    level_label = models.CharField(_("level as written"), max_length=100, blank=True)
    venue = models.CharField(_("venue"), max_length=300, blank=True)
    dateline = models.CharField(_("dateline"), max_length=100, blank=True)
    starts_at = models.DateTimeField(_("starts at"), null=True, blank=True, db_index=True)
    mode = models.CharField(_("mode"), max_length=12, choices=Mode.choices, default=Mode.IN_PERSON)
    join_link = models.URLField(_("join link"), blank=True)
    description = models.TextField(_("description"), blank=True)
    byline = models.CharField(_("report by"), max_length=200, blank=True)
    source_text = models.TextField(blank=True)
    source_url = models.URLField(max_length=1000, blank=True)

    objects = ScopedManager.from_queryset(ActivityQuerySet)()
    scope_path = "unit_path"

    class Meta:
        ordering = ["-starts_at", "-id"]
        verbose_name_plural = "activities"
        indexes = [models.Index(fields=["unit_path", "starts_at"], name="activity_unit_path_starts")]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:
        """Copy the organising unit's current path (read from the database, not a cached unit)."""
        update_fields = kwargs.get("update_fields")
        if self.unit_id is not None and (update_fields is None or {"unit", "unit_id"} & set(update_fields)):
            self.unit_path = current_path(self.unit_id, kwargs.get("using") or self._state.db or "default")
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "unit_path"}
        super().save(*args, **kwargs)


class Participation(models.Model):
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="participations")
    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="participations")
    roles = models.JSONField(default=list, blank=True)
    posts = models.JSONField(default=list, blank=True, help_text=_("posts the person was introduced with"))
    affiliation = models.CharField(max_length=200, blank=True)
    mentioned_only = models.BooleanField(default=False)
    order = models.PositiveIntegerField(default=0)

    objects = ScopedManager()
    scope_path = "activity__unit_path"

    class Meta:
        ordering = ["order", "id"]
        constraints = [models.UniqueConstraint(fields=["activity", "person"], name="participation_unique")]


class Speech(models.Model):
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="speeches")
    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="speeches")
    text = models.TextField()
    order = models.PositiveIntegerField(default=0)

    objects = ScopedManager()
    scope_path = "activity__unit_path"

    class Meta:
        ordering = ["order", "id"]


class Attendance(models.Model):
    """Units whose office-bearers were present ("the conveners of these districts")."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="attendance")
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="+")
    note = models.CharField(max_length=200, blank=True)

    objects = ScopedManager()
    scope_path = "activity__unit_path"

    class Meta:
        ordering = ["id"]
