"""`sangathan check [--deploy]`: Django's system checks, and with --deploy what to set to fix each.

Django's deployment checks speak of Django settings (SECURE_HSTS_SECONDS, SESSION_COOKIE_SECURE…);
Sangathan sets those from environment variables, so each warning is followed by the variable to set.
"""

from __future__ import annotations

from django.core import checks
from django.core.management.commands.check import Command as DjangoCheck

# check id -> (what to set, what it does)
FIXES = {
    "security.W004": ("SANGATHAN_HTTPS=1", "HSTS for a year"),
    "security.W008": ("SANGATHAN_HTTPS=1", "plain HTTP redirected to HTTPS (behind a TLS proxy also SANGATHAN_BEHIND_PROXY=1)"),
    "security.W012": ("SANGATHAN_HTTPS=1", "the session cookie sent only over HTTPS"),
    "security.W016": ("SANGATHAN_HTTPS=1", "the CSRF cookie sent only over HTTPS"),
    "security.W005": ("SANGATHAN_HSTS_SUBDOMAINS=1", "optional: HSTS for every subdomain, only if all of them are HTTPS"),
    "security.W009": ("SANGATHAN_SECRET_KEY=<50+ random characters>", "sessions and tokens cannot be forged"),
    "sangathan.W001": ("SANGATHAN_SECRET_KEY=<50+ random characters>", "sessions and tokens cannot be forged"),
    "security.W018": ("SANGATHAN_DEBUG=0", "no debug pages with settings and source"),
    "security.W020": ("SANGATHAN_ALLOWED_HOSTS=<your host name>", "requests for other hosts refused"),
    "sangathan.W002": ("SANGATHAN_2FA=managers", "managers and admins must use two-step login"),
    "sangathan.W003": ("SANGATHAN_LOCKOUT=1", "wrong passwords lock the user+IP out"),
    "sangathan.W004": ("sangathan changepassword USERNAME", "for each user still on the demo password"),
}


class Command(DjangoCheck):
    help = "Check the installation; with --deploy, also the settings a public server needs, and what to set."

    def handle(self, *app_labels, **options):
        if options["deploy"]:
            self._advise(options)
        return super().handle(*app_labels, **options)

    def _advise(self, options) -> None:
        found = checks.run_checks(include_deployment_checks=True, databases=options.get("databases") or ["default"])
        fixes: dict[str, list[str]] = {}
        for message in found:
            if message.id in FIXES:
                what, why = FIXES[message.id]
                if why not in fixes.setdefault(what, []):
                    fixes[what].append(why)
        if fixes:
            self.stdout.write("To make this installation fit for a public server:")
            for what, whys in fixes.items():
                self.stdout.write(f"  {what}   # {'; '.join(whys)}")
            self.stdout.write("(docs/security.md explains each.)\n")
        else:
            self.stdout.write("Deployment settings: nothing to fix.")
