import getpass
import sys

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from sangathan.accounts.actions import CreateUser
from sangathan.core.cli_support import add_actor_argument, resolve_actor
from sangathan.people.models import Person


class Command(BaseCommand):
    help = "Create a user (optionally linked to a person). The first superuser needs no --as."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--password", help="default: asked for on the terminal")
        parser.add_argument("--password-stdin", action="store_true",
                            help="read the password from the first line of standard input (for scripts)")
        parser.add_argument("--email", default="")
        parser.add_argument("--superuser", action="store_true")
        parser.add_argument("--person", type=int, help="id of the person this user is")
        add_actor_argument(parser)

    def handle(self, *args, username, password=None, password_stdin=False, email="", superuser=False, person=None,
               actor=None, **o):
        from django.contrib.auth import get_user_model

        first = not get_user_model().objects.filter(is_superuser=True).exists()
        if first and not superuser:
            raise CommandError("there is no superuser yet: create one first with --superuser")
        password = password or _read_password(username, password_stdin)
        acting = None if first else resolve_actor(actor)
        linked = Person.objects.filter(pk=person).first() if person else None
        if person and linked is None:
            raise CommandError(f"no person {person}")
        try:
            if first:
                from sangathan.core import audit
                from django.db import transaction

                with audit.context("cli", "cli"), transaction.atomic():
                    user = get_user_model().objects.create_superuser(username, email, password)
                    audit.record("user.create", [("create", get_user_model(), user.pk, None,
                                                  {"username": username, "superuser": True})])
            else:
                user = CreateUser(acting, source="cli", username=username, password=password, email=email,
                                  superuser=superuser, person=linked).run()
        except ValidationError as e:
            raise CommandError("; ".join(e.messages)) from None
        self.stdout.write(f"created user {user.username} (id {user.pk})")


def _read_password(username: str, from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CommandError("--password-stdin: standard input gave no password (an empty first line)")
        return password
    if not sys.stdin.isatty():
        raise CommandError("no terminal to ask for the password: pipe it in with --password-stdin, "
                           "or give --password")
    return getpass.getpass(f"Password for {username}: ")
