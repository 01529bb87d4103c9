"""The second step of logging in (a TOTP code) and setting up an authenticator app."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from sangathan.accounts import twofactor
from sangathan.accounts.actions import ConfirmTwoFactor


class CodeForm(forms.Form):
    code = forms.RegexField(regex=r"^\s*\d{6}\s*$", label=gettext_lazy("6-digit code"),
                            error_messages={"invalid": gettext_lazy("Enter the 6 digits your app shows.")})


def _next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return "/"


@login_required
def verify(request: HttpRequest) -> HttpResponse:
    """Ask an enrolled user for the code from their app; a right one marks the session verified."""
    devices = list(TOTPDevice.objects.filter(user=request.user, confirmed=True))
    if not devices:
        return redirect("two_factor_setup")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"].strip()
        for device in devices:
            allowed, _info = device.verify_is_allowed()
            if allowed and device.verify_token(code):
                otp_login(request, device)
                return redirect(_next(request))
        form.add_error("code", _("That code is not right, or it has expired. Try the newest one."))
    return render(request, "registration/two_factor_verify.html", {"form": form, "next": _next(request)})


@login_required
def setup(request: HttpRequest) -> HttpResponse:
    """Show a QR code for an authenticator app; the first right code from it confirms the device."""
    device = twofactor.pending_device(request.user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"].strip()):
            ConfirmTwoFactor(request.user, device=device).run()
            otp_login(request, device)
            return redirect(_next(request))
        form.add_error("code", _("That code is not right. Check the time on your phone and try the newest code."))
    context = {"form": form, "next": _next(request), "qr": twofactor.qr_svg(device.config_url),
               "key": _grouped(device.key), "enrolled": twofactor.enrolled(request.user)}
    return render(request, "registration/two_factor_setup.html", context)


def _grouped(hex_key: str) -> str:
    """The secret as base32 in groups of four, for typing into an app by hand."""
    from base64 import b32encode
    from binascii import unhexlify

    b32 = b32encode(unhexlify(hex_key)).decode().rstrip("=")
    return " ".join(b32[i:i + 4] for i in range(0, len(b32), 4))
