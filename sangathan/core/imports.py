"""What every all-or-nothing import reports: each bad row with its line, column and reason."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RowError:
    line: int
    column: str
    reason: str

    @property
    def field(self) -> str:
        return self.column

    def __str__(self) -> str:
        return f"line {self.line}, {self.column}: {self.reason}"


class ImportFailed(Exception):
    """Raised before anything is written: the file is refused whole, with every error listed."""

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = sorted(errors, key=lambda e: (e.line, e.column))
        super().__init__(f"{len(errors)} error(s); nothing was imported:\n" + "\n".join(map(str, self.errors)))
