import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sangathan.core.cli_support import dumps


class Command(BaseCommand):
    help = ("Read Hindi news reports (plain text, or JSON with a 'text' field) and print one draft "
            "meeting record per report in the press-record schema.")

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)
        parser.add_argument("--jsonl", action="store_true", help="one compact JSON object per line")

    def handle(self, *args, paths, jsonl=False, **o):
        from sangathan.press.extract import extract

        many = jsonl or len(paths) > 1
        for path in paths:
            if not path.is_file():
                raise CommandError(f"{path}: no such file")
            raw = path.read_text(encoding="utf-8-sig")
            rid, url, text = path.stem, None, raw
            if path.suffix == ".json":
                try:
                    doc = json.loads(raw)
                except json.JSONDecodeError as e:
                    raise CommandError(f"{path}: not valid JSON (line {e.lineno}: {e.msg})") from None
                rid, url, text = str(doc.get("id", rid)), doc.get("url"), doc.get("text", "")
            try:
                rec = extract(text, id=rid, url=url)
            except ValueError as e:
                raise CommandError(f"{path}: {e}") from None
            self.stdout.write(dumps(rec, indent=None if many else 1))
