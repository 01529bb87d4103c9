"""Actions on users and grants (admins only, audited like everything else)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from sangathan.accounts.models import ApiToken, Grant, Role
from sangathan.core import audit
from sangathan.core.actions import Action


class CreateUser(Action):
    name = "user.create"

    def check(self) -> None:
        if not getattr(self.actor, "is_superuser", False):
            raise ValidationError(_("only a superuser can create users"))

    def execute(self):
        User = get_user_model()
        p = self.params
        if User.objects.filter(username=p["username"]).exists():
            raise ValidationError({"username": _("user '%(username)s' already exists") % {"username": p["username"]}})
        make = User.objects.create_superuser if p.get("superuser") else User.objects.create_user
        user = make(p["username"], email=p.get("email", ""), password=p["password"])
        person = p.get("person")
        if person is not None:
            person.user = user
            person.save(update_fields=["user"])
        after = {"username": user.username, "superuser": user.is_superuser, "person": getattr(person, "pk", None)}
        audit.record(self.name, [("create", User, user.pk, None, after)])
        return user


class GrantRole(Action):
    """Give a user a role on a unit's subtree; an admin of that subtree may grant within it."""

    name = "grant.create"

    def check(self) -> None:
        self.require("admin", self.params["unit"].path)

    def execute(self) -> Grant:
        role = Role[self.params["role"].upper()] if isinstance(self.params["role"], str) else Role(self.params["role"])
        grant, created = Grant.objects.get_or_create(user=self.params["user"], unit=self.params["unit"], role=role)
        if created:
            self.log("create", grant)
        return grant


class RevokeGrant(Action):
    name = "grant.delete"

    def check(self) -> None:
        self.require("admin", self.params["grant"].unit.path)

    def execute(self) -> None:
        grant: Grant = self.params["grant"]
        before = audit.snapshot(grant)
        pk = grant.pk
        grant.delete()
        audit.record(self.name, [("delete", Grant, pk, before, None)])


class IssueToken(Action):
    name = "token.create"

    def check(self) -> None:
        if self.actor != self.params["user"] and not getattr(self.actor, "is_superuser", False):
            raise ValidationError(_("you can only issue tokens for yourself"))

    def execute(self) -> str:
        raw = ApiToken.issue(self.params["user"], self.params.get("name", "default"))
        token = ApiToken.objects.get(digest=ApiToken.hash(raw))
        audit.record(self.name, [("create", ApiToken, token.pk, None, {"user": token.user_id, "name": token.name})])
        return raw


class ConfirmTwoFactor(Action):
    """A user's authenticator app gave its first right code: it becomes their second factor."""

    name = "two_factor.confirm"

    def check(self) -> None:
        if self.params["device"].user_id != self.actor.pk:
            raise ValidationError(_("you can only set up your own authenticator"))

    def execute(self):
        device = self.params["device"]
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        audit.record(self.name, [("update", type(device), device.pk, {"confirmed": False},
                                  {"confirmed": True, "user": device.user_id})])
        return device


class ResetTwoFactor(Action):
    """Remove a user's authenticators (a lost phone); a superuser only. They enrol again at next login."""

    name = "two_factor.reset"

    def check(self) -> None:
        if not getattr(self.actor, "is_superuser", False):
            raise ValidationError(_("only a superuser can reset two-factor login"))

    def execute(self) -> int:
        from django_otp.plugins.otp_totp.models import TOTPDevice

        devices = list(TOTPDevice.objects.filter(user=self.params["user"]))
        audit.record(self.name, [("delete", TOTPDevice, d.pk, {"user": d.user_id, "confirmed": d.confirmed}, None)
                                 for d in devices])
        TOTPDevice.objects.filter(pk__in=[d.pk for d in devices]).delete()
        return len(devices)
