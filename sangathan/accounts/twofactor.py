"""Two-factor login with TOTP (django-otp): who must give a code, enrolment and verification.

`settings.TWO_FACTOR` says who is asked for a code after the password:
- "enrolled" (default): whoever has set up an authenticator app;
- "managers": also every superuser and every holder of a manager or admin grant, who must enrol
  before they can open any page;
- "all": every user.
API bearer tokens are not affected: a token is issued by an admin and is itself the credential.
"""

from __future__ import annotations

from django.conf import settings
from django_otp.plugins.otp_totp.models import TOTPDevice

from sangathan.accounts.models import Grant, Role

POLICIES = ("enrolled", "managers", "all")
SESSION_KEY = "_sangathan_2fa"  # "no" or "yes": is this session's user asked for a code


def policy() -> str:
    value = getattr(settings, "TWO_FACTOR", "enrolled")
    if value not in POLICIES:
        raise ValueError(f"TWO_FACTOR must be one of {POLICIES}, not {value!r}")
    return value


def enrolled(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def must_enrol(user) -> bool:
    """Does the policy require this user to have a second factor even if they have none yet?"""
    rule = policy()
    if rule == "all":
        return True
    if rule == "managers":
        return user.is_superuser or Grant.objects.filter(user=user, role__gte=Role.MANAGER).exists()
    return False


def needs_code(user) -> bool:
    return enrolled(user) or must_enrol(user)


def pending_device(user) -> TOTPDevice:
    """The user's unconfirmed authenticator (made on first visit to the set-up page)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-id").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    return device


def qr_svg(data: str) -> str:
    """An inline SVG QR code (no image request, no inline script or style)."""
    import segno

    return segno.make(data, error="m").svg_inline(scale=5, dark="#111", light="#fff")
