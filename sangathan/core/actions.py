"""The action layer: every create/update/delete from the web, API, CLI or an import runs here.

An action checks permissions and invariants, executes inside one transaction, and writes audit
events in that same transaction, so nothing is half-written and nothing escapes the log.
"""

from __future__ import annotations

from typing import Any, ClassVar

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from sangathan.core import audit
from sangathan.core.scoping import require


class Conflict(Exception):
    """Someone else saved the object after it was read: the edit would overwrite their change."""


class Action:
    name: ClassVar[str] = "action"
    source_default: ClassVar[str] = "web"

    def __init__(self, actor, *, source: str | None = None, **params: Any) -> None:
        self.actor = actor
        self.source = source or self.source_default
        self.params = params

    # -- to override --------------------------------------------------------------------
    def check(self) -> None:
        """Raise Http404 (out of scope), PermissionDenied or ValidationError."""

    def execute(self) -> Any:
        raise NotImplementedError

    # -- helpers ------------------------------------------------------------------------
    def require(self, action: str, path: str) -> None:
        """Out of scope entirely is a 404; in view scope but below the needed role is a 403."""
        require(self.actor, action, path, _("your role does not allow '%(action)s' here") % {"action": action})

    def log(self, verb: str, obj: models.Model, before: dict | None = None) -> None:
        audit.log(self.name, verb, obj, before=before)

    # -- entry point --------------------------------------------------------------------
    def run(self) -> Any:
        with audit.context(self.actor, self.source), transaction.atomic():
            self.check()
            return self.execute()


def save_versioned(obj: models.Model, expected_version: int | None, fields: dict[str, Any]) -> dict:
    """Apply `fields` to obj with an optimistic version check; returns the before-snapshot.

    The UPDATE names the version the editor read, so two editors racing cannot both win:
    the second gets a Conflict instead of silently overwriting the first.
    """
    before = audit.snapshot(obj)
    if expected_version is not None and expected_version != obj.version:
        raise Conflict(_("%(thing)s was changed by someone else (version %(version)s, you edited version "
                         "%(expected)s); reload and apply your change again")
                       % {"thing": obj._meta.verbose_name, "version": obj.version, "expected": expected_version})
    if hasattr(obj, "updated_at"):
        fields = {**fields, "updated_at": timezone.now()}
    for k, v in fields.items():
        setattr(obj, k, v)
    obj.full_clean(exclude=[f.name for f in obj._meta.fields if f.name not in fields])
    updated = type(obj)._base_manager.filter(pk=obj.pk, version=obj.version).update(
        **{k: getattr(obj, k) for k in fields}, version=obj.version + 1
    )
    if updated != 1:
        raise Conflict(_("%(thing)s was changed by someone else; reload and try again")
                       % {"thing": obj._meta.verbose_name})
    obj.version += 1
    return before


__all__ = ["Action", "Conflict", "PermissionDenied", "ValidationError", "Http404", "save_versioned"]
