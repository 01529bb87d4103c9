"""Consent to be contacted, recorded per person with its source and date (a history, newest wins)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sangathan.core.scoping import ScopedManager


class Consent(models.Model):
    class Purpose(models.TextChoices):
        CONTACT = "contact", _("contact by phone, e-mail or message")

    class Source(models.TextChoices):
        FORM = "form", _("signed form")
        WEB = "web", _("online form")
        VERBAL = "verbal", _("spoken, noted by a worker")
        IMPORT = "import", _("imported list")

    person = models.ForeignKey("people.Person", on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(_("purpose"), max_length=16, choices=Purpose.choices, default=Purpose.CONTACT)
    given = models.BooleanField(_("given"), default=True, help_text=_("false: consent withdrawn"))
    source = models.CharField(_("source"), max_length=16, choices=Source.choices)
    on = models.DateField(_("date"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    recorded_at = models.DateTimeField(auto_now_add=True)

    objects = ScopedManager()
    scope_path = "person__home_unit__path"

    class Meta:
        ordering = ["-on", "-id"]
        indexes = [models.Index(fields=["person", "purpose", "-on", "-id"], name="consent_latest")]

    def __str__(self) -> str:
        return f"{self.person_id} {self.purpose} {'given' if self.given else 'withdrawn'} {self.on}"


def current_consent(person, purpose: str = Consent.Purpose.CONTACT) -> Consent | None:
    """The latest record for this purpose (None: never asked, so no consent)."""
    return Consent.objects.filter(person=person, purpose=purpose).order_by("-on", "-id").first()


def may_contact(person) -> bool:
    c = current_consent(person)
    return bool(c and c.given)
