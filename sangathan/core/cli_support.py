"""Shared plumbing for CLI commands: who is acting, and printing JSON."""

from __future__ import annotations

import json

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError


def add_actor_argument(parser) -> None:
    parser.add_argument("--as", dest="actor", default=None,
                        help="username to act as (scopes what is seen and is named in the audit log); "
                             "default: the first superuser")


def resolve_actor(username: str | None):
    User = get_user_model()
    if username:
        try:
            return User.objects.get(username=username)
        except User.DoesNotExist:
            raise CommandError(f"no user '{username}'") from None
    user = User.objects.filter(is_superuser=True, is_active=True).order_by("id").first()
    if user is None:
        raise CommandError("no superuser exists; create one with `sangathan createuser NAME --superuser` or pass --as")
    return user


def dumps(obj, indent: int | None = None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent, default=str)
