"""The organisation: configurable levels, the unit tree, wings (cells, morchas)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from sangathan.core.models import Versioned
from sangathan.core.scoping import ScopedManager
from sangathan.core.tree import ancestor_ids


class Bilingual(models.Model):
    name_hi = models.CharField(_("Hindi name"), max_length=200)
    name_en = models.CharField(_("English name"), max_length=200, blank=True)

    class Meta:
        abstract = True

    @property
    def name(self) -> str:
        """The name in the active language, falling back to the other script."""
        if (get_language() or "hi").startswith("en"):
            return self.name_en or self.name_hi
        return self.name_hi or self.name_en

    def __str__(self) -> str:
        return self.name


class Organisation(Bilingual):
    """The installation's organisation (one row): its name appears in press notes."""

    short_hi = models.CharField(max_length=50, blank=True)
    short_en = models.CharField(max_length=50, blank=True)


class Level(Bilingual):
    """A tier of the tree (national, state, ..., booth): data an admin configures."""

    depth = models.PositiveSmallIntegerField(unique=True)
    key = models.SlugField(unique=True)

    class Meta:
        ordering = ["depth"]


class Wing(Bilingual):
    """A cell/morcha/prakoshth; exists at any unit (मूल संगठन is the main body)."""

    key = models.SlugField(unique=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "id"]


class Unit(Bilingual, Versioned):
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    level = models.ForeignKey(Level, on_delete=models.PROTECT, related_name="units")
    code = models.CharField(_("code"), max_length=32, blank=True, db_index=True,
                            help_text=_("Election Commission AC/part number or LGD code"))
    path = models.CharField(max_length=255, unique=True, editable=False)
    depth = models.PositiveSmallIntegerField(default=0, editable=False)
    name_key = models.CharField(max_length=200, blank=True, db_index=True, editable=False)

    objects = ScopedManager()
    scope_path = "path"

    class Meta:
        ordering = ["path"]
        indexes = [models.Index(fields=["parent", "name_hi"])]

    @property
    def ancestor_ids(self) -> list[int]:
        return ancestor_ids(self.path)[:-1]

    def ancestors(self):
        """Ancestors top-down (one query); callers scope them when they show them."""
        ids = self.ancestor_ids
        if not ids:
            return []  # the root: no query
        return list(Unit.objects.filter(pk__in=ids).select_related("level").order_by("depth"))


class UnitAlias(models.Model):
    """Another name a unit is known by (कवर्धा for कबीरधाम)."""

    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    name_key = models.CharField(max_length=200, db_index=True)

    objects = ScopedManager()
    scope_path = "unit__path"

    def __str__(self) -> str:
        return self.name
