from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.http import Http404

from sangathan.accounts.actions import GrantRole, IssueToken
from sangathan.accounts.models import Role
from sangathan.core.cli_support import add_actor_argument, resolve_actor
from sangathan.org.models import Unit


class Command(BaseCommand):
    help = "Grant a role on a unit's subtree: grant USER ROLE UNIT (unit id, code or Hindi/English name)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("role", choices=[r.name.lower() for r in Role])
        parser.add_argument("unit")
        parser.add_argument("--token", action="store_true", help="also issue an API token and print it")
        add_actor_argument(parser)

    def handle(self, *args, username, role, unit, token=False, actor=None, **o):
        acting = resolve_actor(actor)
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"no user '{username}'")
        target = find_unit(unit, acting)
        try:
            GrantRole(acting, source="cli", user=user, role=role, unit=target).run()
            if token:
                self.stdout.write(IssueToken(acting, source="cli", user=user).run())
        except (ValidationError, Http404) as e:
            raise CommandError(str(e) or "that unit is outside your scope") from None
        self.stdout.write(f"{username} is {role} of {target.name_hi} and everything below it")


def find_unit(ref: str, actor=None) -> Unit:
    """The unit `ref` names among those `actor` may see: one outside it reads as no such unit."""
    qs = Unit.objects.all() if actor is None else Unit.objects.visible_to(actor, "view")
    matches = list(qs.filter(pk=int(ref))) if ref.isascii() and ref.isdigit() else []
    matches = matches or list(qs.filter(code=ref)[:2]) or list(qs.filter(name_hi=ref)[:2]) \
        or list(qs.filter(name_en__iexact=ref)[:2]) or list(qs.filter(aliases__name=ref)[:2])
    if not matches:
        raise CommandError(f"no unit '{ref}'" + ("" if actor is None else " in your scope"))
    if len(matches) > 1:
        raise CommandError(f"'{ref}' names more than one unit; use its id")
    return matches[0]
