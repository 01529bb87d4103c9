"""`sangathan jobs [ID] [--as USER]`: a user's recent jobs with their progress, or one job in full."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError

from sangathan.core.cli_support import add_actor_argument, resolve_actor
from sangathan.jobs.models import Job
from sangathan.jobs.runtime import live, percent
from sangathan.jobs.views import mine


class Command(BaseCommand):
    help = "List your recent background jobs (status, progress, result), or show one job in full."

    def add_arguments(self, parser) -> None:
        parser.add_argument("id", nargs="?", type=int)
        parser.add_argument("--limit", type=int, default=20)
        add_actor_argument(parser)

    def handle(self, *args, id=None, limit=20, actor=None, **opts) -> None:
        jobs = mine(resolve_actor(actor))
        if id is not None:
            j = jobs.filter(pk=id).first()
            if j is None:
                raise CommandError(f"no job {id} of yours")
            done, total, message = live(j)
            self.stdout.write(json.dumps({"id": j.pk, "title": j.title, "status": j.status, "done": done,
                                          "total": total, "message": message, "attempts": j.attempts,
                                          "error": j.error, "result": j.result, "url": j.result_url,
                                          "created_at": j.created_at.isoformat()}, ensure_ascii=False, indent=2))
            return
        for j in jobs[:limit]:
            done, total, message = live(j)
            line = f"{j.pk:>6}  {j.status:<8} {percent(j):>3}%  {j.title}"
            if j.status == Job.Status.FAILED:
                line += f"  — {j.error[:100]}"
            elif message:
                line += f"  ({message})"
            self.stdout.write(line)
