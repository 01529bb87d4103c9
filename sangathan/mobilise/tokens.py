"""Personal links: a signed token naming the invitation and its nonce, refused when forged,
revoked (the nonce changed or the invitation was withdrawn) or expired (days after the activity, or
the nonce removed by retention or erasure: sangathan.privacy)."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core import signing
from django.utils import timezone

from sangathan.mobilise.models import Invitation

SALT = "sangathan.mobilise.invitation"


def link_days() -> int:
    return int(getattr(settings, "MOBILISE_LINK_DAYS", 2))


def make(inv: Invitation) -> str:
    return signing.Signer(salt=SALT).sign(f"{inv.pk}.{inv.nonce}")


def expires_at(inv: Invitation) -> datetime.datetime | None:
    start = inv.activity.starts_at
    return start + datetime.timedelta(days=link_days()) if start else None


def resolve(token: str) -> tuple[Invitation | None, str]:
    """The invitation and "" if the link is good, else (None or the invitation, the reason):
    "forged", "revoked" or "expired"."""
    try:
        value = signing.Signer(salt=SALT).unsign(token)
        pk, nonce = value.split(".", 1)
        inv = Invitation.objects.select_related("activity", "person", "unit").get(pk=int(pk))
    except (signing.BadSignature, ValueError, Invitation.DoesNotExist):
        return None, "forged"
    if not inv.nonce:  # retention or erasure removed the link for good
        return None, "expired"
    if inv.revoked or inv.nonce != nonce:
        return None, "revoked"
    end = expires_at(inv)
    if end is not None and timezone.now() > end:
        return None, "expired"
    return inv, ""
