"""What the header's navigation needs on every page, whichever app's view renders it."""

from __future__ import annotations

from functools import cache
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import get_script_prefix, reverse
from django.utils.functional import SimpleLazyObject

# the header's links: reversed once per script prefix, not ~15 `{% url %}` tags on every page
NAV = ("home", "people", "activities", "dashboards:home", "programmes:list", "rallies:list", "mobilise:upcoming",
       "elections:list", "press_extract", "moderation", "newsroom", "audit", "set_language", "logout", "jobs:list")


@cache
def _nav_urls(prefix: str) -> dict[str, str]:
    return {name.replace(":", "_"): reverse(name) for name in NAV}


@cache
def _languages() -> tuple[tuple[str, str], ...]:
    """(code, name in its own script) for the language switch, from settings.LANGUAGES."""
    return tuple(settings.LANGUAGES)


def navigation(request: HttpRequest) -> dict[str, Any]:
    """`nav` (the header's URLs), `languages`, and for signed-in users `is_audit_admin` (the audit log
    link) and `may_report` (comments to moderate, news reports to record: links for users who may
    report somewhere). Lazy: pages that never ask run no query."""
    from sangathan.core.scoping import scope_paths
    from sangathan.web.views.base import is_audit_admin

    out: dict[str, Any] = {"nav": _nav_urls(get_script_prefix()), "languages": _languages()}
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return out
    out["is_audit_admin"] = SimpleLazyObject(lambda: is_audit_admin(user))
    out["may_report"] = SimpleLazyObject(lambda: bool(scope_paths(user, "report")))
    return out
