"""Input problems as values: collected, never raised one by one, rendered once.

Every problem names the file, the place inside it (a key path and line, or for a table the
row as a spreadsheet shows it and the column) and the reason in Vietnamese, so the reform
office can fix all of them in one pass.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict


class Problem(BaseModel):
    """One thing wrong with an input file."""

    model_config = ConfigDict(frozen=True)

    file: str
    where: str = ""
    line: int | None = None
    row: int | None = None
    column: str | None = None
    reason: str

    def render(self) -> str:
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
        if self.where:
            place += f" [{self.where}]"
        if self.row is not None:
            place += f", dòng {self.row}"
        if self.column is not None:
            place += f", cột “{self.column}”"
        return f"{place}: {self.reason}"


class InputError(Exception):
    """Raised once, with every problem found, when an input cannot be scored."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(
            set(problems), key=lambda p: (p.file, p.line or 0, p.where, p.row or 0, p.column or "", p.reason)
        )
        super().__init__("\n".join(p.render() for p in self.problems))
