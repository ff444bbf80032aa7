"""Input problems as values: collected, never raised one by one, rendered once.

Every problem names the file, the place inside it (a key path and line; for a syntax error the
line and the character on it; for a table the row as a spreadsheet shows it and the column) and
the reason in Vietnamese, so the reform office can fix all of them in one pass.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import SkipJsonSchema


class Reason(StrEnum):
    """Why an input was refused: stable codes that tests and users' scripts match on.

    The Vietnamese message may be reworded; a code, once published, is not renamed.
    """

    FILE_NOT_FOUND = "file_not_found"
    FILE_UNREADABLE = "file_unreadable"
    NOT_REGULAR_FILE = "not_regular_file"
    NOT_UTF8 = "not_utf8"
    EMPTY_FILE = "empty_file"
    TOO_LARGE = "too_large"
    SYNTAX = "syntax"
    DUPLICATE_KEY = "duplicate_key"
    UNSUPPORTED_TAG = "unsupported_tag"
    MISSING_FIELD = "missing_field"
    UNKNOWN_FIELD = "unknown_field"
    WRONG_TYPE = "wrong_type"
    OUT_OF_RANGE = "out_of_range"
    NOT_A_NUMBER = "not_a_number"
    AMBIGUOUS_NUMBER = "ambiguous_number"
    NOT_A_DATE = "not_a_date"
    UNKNOWN_CATALOG = "unknown_catalog"
    UNKNOWN_PLAN = "unknown_plan"
    UNKNOWN_RULES = "unknown_rules"
    UNKNOWN_FACT = "unknown_fact"
    UNKNOWN_CRITERION = "unknown_criterion"
    UNKNOWN_COLUMN = "unknown_column"
    UNKNOWN_SHEET = "unknown_sheet"
    UNKNOWN_UNIT = "unknown_unit"
    UNKNOWN_PROCEDURE = "unknown_procedure"
    MISSING_COLUMN = "missing_column"
    DUPLICATE_COLUMN = "duplicate_column"
    DUPLICATE_ROW = "duplicate_row"
    ROW_LENGTH = "row_length"
    ID_MISMATCH = "id_mismatch"
    YEAR_MISMATCH = "year_mismatch"
    INCONSISTENT = "inconsistent"
    CROSS_CHECK = "cross_check"
    CONFLICTING_SOURCES = "conflicting_sources"
    DATA_CONFLICT = "data_conflict"
    INVALID_OPTION = "invalid_option"
    MISSING_VALUE = "missing_value"
    INVALID_VALUE = "invalid_value"
    DATE_ORDER = "date_order"
    UNSUPPORTED_FORMAT = "unsupported_format"
    USAGE = "usage"
    ENCRYPTED = "encrypted"
    LOCKED_CELL = "locked_cell"
    FORMULA_WITHOUT_VALUE = "formula_without_value"
    OUTPUT = "output"
    INVALID = "invalid"


class Problem(BaseModel):
    """One thing wrong with an input file."""

    model_config = ConfigDict(frozen=True)

    code: Reason
    file: str
    sheet: str | None = None
    where: str = ""
    line: int | None = None
    # The character on `line` (1-based) where a text file goes wrong: said on screen, left out of
    # the JSON summary's problems and its schema (their bytes stay as published).
    char: SkipJsonSchema[int | None] = Field(None, exclude=True)
    row: int | None = None
    column: str | None = None
    reason: str

    def render(self) -> str:
        place = self.file
        if self.sheet is not None:
            place += f", sheet “{self.sheet}”"
        if self.line is not None:
            place += f":{self.line}"
        if self.char is not None:
            place += f", cột {self.char}"
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
            set(problems),
            key=lambda p: (
                p.file,
                p.sheet or "",
                p.line or 0,
                p.char or 0,
                p.where,
                p.row or 0,
                p.column or "",
                p.reason,
            ),
        )
        super().__init__("\n".join(p.render() for p in self.problems))
