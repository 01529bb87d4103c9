"""What the header's navigation needs on every page, whichever app's view renders it."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject


def navigation(request: HttpRequest) -> dict[str, Any]:
    """`is_audit_admin` (the audit log link) and `may_report` (comments to moderate, news reports to
    record: links for users who may report somewhere). Lazy: pages that never ask run no query."""
    from sangathan.core.scoping import scope_paths
    from sangathan.web.views.base import is_audit_admin

    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"is_audit_admin": SimpleLazyObject(lambda: is_audit_admin(user)),
            "may_report": SimpleLazyObject(lambda: bool(scope_paths(user, "report")))}
