"""The vocabulary of a dossier export and a procedure list: columns, values, date formats.

Defaults (evidence/columns.py) follow the provincial dossier system. A mapping file
(`sources.mapping`) renames columns and adds value aliases for systems that export
differently; this module reads it into an `ExportFormat`.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from engine.core import validation
from engine.core.datafile import read_file
from engine.core.problems import InputError
from engine.core.validation import Loc, cross_check_error
from evidence.columns import (
    APOLOGY_LABELS,
    CHANNEL_LABELS,
    DATE_FORMATS,
    DOSSIER_CATEGORICAL,
    DOSSIER_COLUMNS,
    DOSSIER_DATES,
    DOSSIER_OPTIONAL,
    DOSSIER_UNREAD,
    LEVEL_LABELS,
    PROCEDURE_COLUMNS,
    PROCEDURE_UNREAD,
    Role,
    TableSpec,
    bare,
    fold,
    read_columns,
)


class Vocabulary:
    """Lookup from a written value to its canonical key (exact fold first, then bare)."""

    def __init__(self, aliases: dict[str, list[str]]) -> None:
        self._fold: dict[str, str] = {}
        self._bare: dict[str, str] = {}
        for key, words in aliases.items():
            for word in words:
                self._fold.setdefault(fold(word), key)
                self._bare.setdefault(bare(word), key)

    def get(self, text: str) -> str | None:
        return self._fold.get(fold(text)) or self._bare.get(bare(text))


class _ColumnMap(BaseModel):
    model_config = ConfigDict(extra="forbid")
    columns: dict[str, str] = Field(default_factory=dict, description="tên cột mặc định → tên cột trong tệp")


class MappingFile(BaseModel):
    """A mapping file: other column names and value aliases for one export format."""

    model_config = ConfigDict(extra="forbid")

    dossiers: _ColumnMap = Field(default_factory=_ColumnMap)
    procedures: _ColumnMap = Field(default_factory=_ColumnMap)
    values: dict[str, dict[str, list[str]]] = Field(
        default_factory=dict, description="cột → giá trị chuẩn → các cách viết khác"
    )
    date_formats: list[str] = Field(default_factory=list, description="định dạng ngày thêm (strptime)")

    @model_validator(mode="after")
    def _known(self) -> MappingFile:
        errors: list[tuple[Loc, str]] = []
        for name in self.dossiers.columns:
            if name not in DOSSIER_COLUMNS.values() and name not in DOSSIER_OPTIONAL.values():
                errors.append(
                    (("dossiers", "columns", name), f"'{name}' không phải cột mặc định của tệp hồ sơ")
                )
        for name in self.procedures.columns:
            if name not in PROCEDURE_COLUMNS.values():
                errors.append(
                    (
                        ("procedures", "columns", name),
                        f"'{name}' không phải cột mặc định của danh mục thủ tục",
                    )
                )
        for column, table in self.values.items():
            labels = _VALUE_COLUMNS.get(column)
            if labels is None:
                errors.append(
                    (
                        ("values", column),
                        f"cột '{column}' không có giá trị chuẩn (dùng: {', '.join(_VALUE_COLUMNS)})",
                    )
                )
                continue
            for label in table:
                if label not in labels.values():
                    errors.append(
                        (("values", column, label), f"'{label}' không phải giá trị chuẩn của cột '{column}'")
                    )
        if errors:
            raise cross_check_error(errors)
        return self


_VALUE_COLUMNS: dict[str, dict[str, str]] = {
    DOSSIER_COLUMNS["channel"]: dict(CHANNEL_LABELS),
    PROCEDURE_COLUMNS["level"]: dict(LEVEL_LABELS),
    DOSSIER_COLUMNS["apology"]: dict(APOLOGY_LABELS),
    **{header: dict(APOLOGY_LABELS) for header in DOSSIER_OPTIONAL.values()},
}


class ExportFormat(BaseModel):
    """Resolved format: role → header for each table, value vocabularies, date formats."""

    model_config = ConfigDict(frozen=True)

    dossier_columns: dict[Role, str] = Field(default_factory=lambda: dict(DOSSIER_COLUMNS))
    procedure_columns: dict[Role, str] = Field(default_factory=lambda: dict(PROCEDURE_COLUMNS))
    channels: dict[str, list[str]] = Field(default_factory=lambda: _aliases(CHANNEL_LABELS, {}))
    levels: dict[str, list[str]] = Field(default_factory=lambda: _aliases(LEVEL_LABELS, {}))
    apology: dict[str, list[str]] = Field(default_factory=lambda: _aliases(APOLOGY_LABELS, {}))
    optional_columns: dict[Role, str] = Field(default_factory=lambda: dict(DOSSIER_OPTIONAL))
    yes_no: dict[Role, dict[str, list[str]]] = Field(
        default_factory=lambda: {role: _aliases(APOLOGY_LABELS, {}) for role in DOSSIER_OPTIONAL}
    )
    date_formats: list[str] = Field(default_factory=lambda: list(DATE_FORMATS))


def _aliases(labels: dict[str, str], extra: dict[str, list[str]]) -> dict[str, list[str]]:
    return {key: [label, *extra.get(label, [])] for key, label in labels.items()}


def _rename(defaults: dict[Role, str], renames: dict[str, str]) -> dict[Role, str]:
    return {role: renames.get(header, header) for role, header in defaults.items()}


def load_format(path: Path | None, display: str | None = None) -> ExportFormat:
    """The default format, or the default as changed by a mapping file."""
    if path is None:
        return ExportFormat()
    doc = read_file(path, display or str(path))
    try:
        mapping = MappingFile.model_validate(doc.data)
    except ValidationError as exc:
        raise InputError(validation.problems(exc, doc.name, doc.lines, MappingFile)) from exc
    values = mapping.values
    return ExportFormat(
        dossier_columns=_rename(DOSSIER_COLUMNS, mapping.dossiers.columns),
        procedure_columns=_rename(PROCEDURE_COLUMNS, mapping.procedures.columns),
        channels=_aliases(CHANNEL_LABELS, values.get(DOSSIER_COLUMNS["channel"], {})),
        levels=_aliases(LEVEL_LABELS, values.get(PROCEDURE_COLUMNS["level"], {})),
        apology=_aliases(APOLOGY_LABELS, values.get(DOSSIER_COLUMNS["apology"], {})),
        optional_columns=_rename(DOSSIER_OPTIONAL, mapping.dossiers.columns),
        yes_no={
            role: _aliases(APOLOGY_LABELS, values.get(header, {}))
            for role, header in DOSSIER_OPTIONAL.items()
        },
        date_formats=[*mapping.date_formats, *DATE_FORMATS],
    )


def dossier_spec(fmt: ExportFormat, sheet: str | None = None) -> TableSpec:
    return TableSpec(
        columns=read_columns(fmt.dossier_columns, DOSSIER_UNREAD),
        dates=DOSSIER_DATES,
        categorical=DOSSIER_CATEGORICAL,
        date_formats=fmt.date_formats,
        sheet=sheet,
        optional=dict(fmt.optional_columns),
    )


def procedure_spec(fmt: ExportFormat, sheet: str | None = None) -> TableSpec:
    return TableSpec(
        columns=read_columns(fmt.procedure_columns, PROCEDURE_UNREAD),
        dates=(),
        categorical=frozenset(),
        date_formats=fmt.date_formats,
        sheet=sheet,
    )
