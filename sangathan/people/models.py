"""People, the kinds of post, and appointments (a person holds a post in a unit and wing)."""

from __future__ import annotations

import datetime
from functools import reduce
from operator import or_

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sangathan.core.models import Versioned
from sangathan.core.scoping import ALL, ScopedManager, ScopedQuerySet, scope_paths
from sangathan.core.tree import subtree_q
from sangathan.org.models import Bilingual


class Person(Bilingual, Versioned):
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    home_unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="people",
                                  verbose_name=_("home unit"))
    user = models.OneToOneField(settings.AUTH_USER_MODEL, null=True, blank=True,
                                on_delete=models.SET_NULL, related_name="person")
    name_key = models.CharField(max_length=200, blank=True, db_index=True, editable=False)

    objects = ScopedManager()
    scope_path = "home_unit__path"

    class Meta:
        ordering = ["name_hi"]
        indexes = [
            # the bulk import's natural key of a person: matching a file's people is an index probe per key
            models.Index(fields=["home_unit", "name_hi", "phone"], name="person_natural_key"),
        ]


class PostType(Bilingual):
    """अध्यक्ष, संयोजक, सह संयोजक, प्रभारी ...; in-charge posts point at the unit they oversee."""

    key = models.SlugField(unique=True)
    is_incharge = models.BooleanField(default=False)
    rank = models.PositiveSmallIntegerField(default=50, help_text=_("lower ranks are listed first"))

    class Meta:
        ordering = ["rank", "id"]


class AppointmentQuerySet(ScopedQuerySet):
    def scope_q(self, user, action: str = "view"):
        """In a unit the user may see, or pointing (as in-charge) at one: a division's own people
        see who oversees them, though the in-charge is appointed at the state."""
        paths = scope_paths(user, action)
        if paths is ALL:
            return None
        if not paths:
            return Q(pk__in=[])
        return reduce(or_, (subtree_q("unit__path", p) | subtree_q("charge_unit__path", p) for p in paths))

    def current(self, on: datetime.date | None = None):
        on = on or datetime.date.today()
        return self.filter(Q(start__isnull=True) | Q(start__lte=on), Q(end__isnull=True) | Q(end__gte=on))


class Appointment(Versioned):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="appointments")
    post = models.ForeignKey(PostType, on_delete=models.PROTECT, related_name="appointments")
    unit = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="appointments")
    wing = models.ForeignKey("org.Wing", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    charge_unit = models.ForeignKey("org.Unit", null=True, blank=True, on_delete=models.PROTECT,
                                    related_name="incharges", verbose_name=_("in charge of"))
    title = models.CharField(_("title as written"), max_length=200, blank=True)
    start = models.DateField(_("from"), null=True, blank=True)
    end = models.DateField(_("until"), null=True, blank=True)

    objects = models.Manager.from_queryset(AppointmentQuerySet)()
    scope_path = "unit__path"

    class Meta:
        ordering = ["unit__path", "post__rank", "-start"]
        constraints = [
            models.CheckConstraint(condition=Q(end__isnull=True) | Q(start__isnull=True) | Q(end__gte=models.F("start")),
                                   name="appointment_end_after_start"),
        ]

    def __str__(self) -> str:
        return self.title or f"{self.unit} {self.post}"
