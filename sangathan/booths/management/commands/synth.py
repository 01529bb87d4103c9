"""`sangathan synth --scale district|state|national --seed N`: a realistic, deterministic organisation."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from sangathan.synth.run import Synthesise, operator
from sangathan.synth.scales import SCALES


class Command(BaseCommand):
    help = "Build a synthetic organisation (into an empty database or beside the demo) by bulk paths."

    def add_arguments(self, parser):
        parser.add_argument("--scale", choices=list(SCALES), default="district")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--prefix", default="SY", help="code prefix of the synthetic states (default SY)")

    def handle(self, *args, scale: str, seed: int, prefix: str, **opts):
        call_command("migrate", interactive=False, verbosity=0)  # an empty database is fine
        try:
            out = Synthesise(operator(), source="cli", scale=scale, seed=seed, prefix=prefix).run()
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from exc
        for k, v in out.items():
            self.stdout.write(f"{k}: {v}")
