"""Published press notes (the public newsroom) and their moderated comments."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sangathan.core.models import Versioned
from sangathan.core.scoping import ScopedManager


class PressNote(Versioned):
    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        PUBLISHED = "published", _("published")
        WITHDRAWN = "withdrawn", _("withdrawn")

    activity = models.ForeignKey("activities.Activity", on_delete=models.CASCADE, related_name="press_notes")
    lang = models.CharField(max_length=2, choices=settings.LANGUAGES, default="hi")
    headline = models.CharField(_("headline"), max_length=300)
    body = models.TextField(_("body"))
    byline = models.CharField(_("by"), max_length=200, blank=True)
    dateline = models.CharField(_("dateline"), max_length=100, blank=True)
    slug = models.SlugField(max_length=80, unique=True, allow_unicode=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(null=True, blank=True, db_index=True)

    objects = ScopedManager()
    scope_path = "activity__unit_path"

    class Meta:
        ordering = ["-published_at", "-id"]

    def __str__(self) -> str:
        return self.headline


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("awaiting moderation")
        APPROVED = "approved", _("approved")
        REJECTED = "rejected", _("rejected")

    note = models.ForeignKey(PressNote, on_delete=models.CASCADE, related_name="comments")
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("e-mail"))  # required, never shown
    body = models.TextField(_("comment"), max_length=3000)
    ip_hash = models.CharField(max_length=64, db_index=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    moderated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    moderated_at = models.DateTimeField(null=True, blank=True)

    objects = ScopedManager()
    scope_path = "note__activity__unit_path"

    class Meta:
        ordering = ["created_at", "id"]


class TrainingExample(models.Model):
    """A report as pasted and the record a reviewer saved from it: what the extractor learns from.

    Kept by the paste-and-review screen and the API (``KeepTrainingExample``); the record uses the
    names as written in the text (SCHEMA.md), not the names of the matched people.
    """

    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="+")
    activity = models.ForeignKey("activities.Activity", null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="+")
    text = models.TextField(_("report text"))
    record = models.JSONField(_("reviewed record"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = ScopedManager()
    scope_path = "unit__path"

    class Meta:
        ordering = ["id"]


class ExtractorModel(models.Model):
    """A trained labeller with the cross-validation it was judged by; at most one is active.

    Installation-wide (the organisation's model): only admins see it.
    """

    model = models.BinaryField()
    active = models.BooleanField(default=False, db_index=True)
    examples = models.PositiveIntegerField(_("reviewed examples"), default=0)
    last_example_id = models.BigIntegerField(default=0)  # the newest reviewed example it learned from
    scores = models.JSONField(_("scores"), default=dict)  # {"before": {...}, "after": {...}, "rules": {...}}
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]

    def score_rows(self) -> list[tuple[str, list]]:
        """(label, F1 per field) for rules alone, the model it was compared with, and itself."""
        fields = ("people", "roles", "posts", "quotes", "mean")
        labels = {"rules": _("rules alone"), "before": _("model in use before"), "after": _("this model")}
        return [(labels[k], [self.scores.get(k, {}).get(f, "") for f in fields]) for k in labels if k in self.scores]

    def __str__(self) -> str:
        return f"extractor model {self.pk} ({'active' if self.active else 'inactive'})"
