"""The `sangathan` command: a thin front for the project's management commands."""

from __future__ import annotations

import os
import sys

ALIASES = {"import": "import_data"}  # `import` cannot be a Python module name


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sangathan.settings")
    from django.core.management import execute_from_command_line

    if argv and argv[0] in ALIASES:
        argv[0] = ALIASES[argv[0]]
    execute_from_command_line(["sangathan", *argv])


if __name__ == "__main__":
    main()
