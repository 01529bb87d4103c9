"""`sangathan twofactor status|reset USER`: see or remove a user's authenticator apps."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from sangathan.accounts import twofactor
from sangathan.accounts.actions import ResetTwoFactor
from sangathan.core.cli_support import resolve_actor


class Command(BaseCommand):
    help = "Show whether a user has two-step login, or reset it (lost phone): they set it up again at next login."

    def add_arguments(self, parser):
        parser.add_argument("op", choices=["status", "reset"])
        parser.add_argument("username")
        parser.add_argument("--as", dest="as_user", default=None, help="acting superuser (default: the first one)")

    def handle(self, op, username, as_user, **options):
        User = get_user_model()
        try:
            user = User.objects.get(username=username)
        except User.DoesNotExist:
            raise CommandError(f"no user {username!r}") from None
        if op == "status":
            self.stdout.write(f"{username}: enrolled={twofactor.enrolled(user)} must_enrol={twofactor.must_enrol(user)} "
                              f"policy={twofactor.policy()}")
            return
        n = ResetTwoFactor(resolve_actor(as_user), source="cli", user=user).run()
        self.stdout.write(f"{username}: {n} authenticator(s) removed")
