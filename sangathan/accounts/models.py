"""Who may see and do what: grants of a role on a unit's subtree, and API tokens."""

from __future__ import annotations

import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.IntegerChoices):
    VIEWER = 1, _("viewer")
    REPORTER = 2, _("reporter")
    MANAGER = 3, _("manager")
    ADMIN = 4, _("admin")


# What each action needs at least; every scoped query names one of these.
ACTION_ROLE = {"view": Role.VIEWER, "report": Role.REPORTER, "manage": Role.MANAGER, "admin": Role.ADMIN}


class Grant(models.Model):
    """A role on a unit; it covers the unit's whole subtree."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="grants")
    role = models.PositiveSmallIntegerField(choices=Role.choices)
    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="grants")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "unit", "role"], name="grant_unique")]

    def __str__(self) -> str:
        return f"{self.user} {self.get_role_display()} @ {self.unit}"


class ApiToken(models.Model):
    """Bearer token for the REST API; only a hash is stored."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=100, default="default")
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    @staticmethod
    def hash(raw: str) -> str:
        return hashlib.sha256(raw.encode()).hexdigest()

    @classmethod
    def issue(cls, user, name: str = "default") -> str:
        raw = "sgn_" + secrets.token_urlsafe(32)
        cls.objects.create(user=user, name=name, digest=cls.hash(raw))
        return raw
