"""The vocabulary of a dossier export and a procedure list: columns, values, date formats.

Defaults follow the provincial dossier system (Vietnamese headers, `Trực tuyến`, `Toàn trình`,
`dd/mm/yyyy HH:MM`). A mapping file (`sources.mapping`) renames columns and adds value
aliases for systems that export differently. Names and values are matched after NFC, case
folding and whitespace collapsing, and also without diacritics ("Truc tuyen"), since the
few values of each column stay distinct that way.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from engine.catalog import validation_problems
from engine.datafile import read_file
from engine.problems import InputError

Role = str

# role → default header. Roles are the engine's names; headers are what users see.
DOSSIER_COLUMNS: dict[Role, str] = {
    "code": "Mã hồ sơ",
    "procedure": "Mã thủ tục",
    "procedure_name": "Tên thủ tục",
    "department": "Phòng ban",
    "official": "Cán bộ xử lý",
    "channel": "Kênh nộp",
    "received": "Ngày tiếp nhận",
    "due": "Ngày hẹn trả",
    "result": "Ngày có kết quả",
    "apology": "Đã xin lỗi",
}
DOSSIER_OPTIONAL = frozenset({"procedure_name"})
DOSSIER_DATES = ("received", "due", "result")
DOSSIER_CATEGORICAL = frozenset({"procedure", "department", "official", "channel", "apology"})

PROCEDURE_COLUMNS: dict[Role, str] = {
    "code": "Mã thủ tục",
    "name": "Tên thủ tục",
    "level": "Mức độ DVCTT",
}
PROCEDURE_OPTIONAL = frozenset({"name"})

Channel = Literal["online", "in_person", "post"]
Level = Literal["full", "partial", "none"]
Apology = Literal["yes", "no"]

CHANNEL_LABELS: dict[str, str] = {"online": "Trực tuyến", "in_person": "Trực tiếp", "post": "Bưu chính"}
LEVEL_LABELS: dict[str, str] = {"full": "Toàn trình", "partial": "Một phần", "none": "Không"}
APOLOGY_LABELS: dict[str, str] = {"yes": "Có", "no": "Không"}

# Tried in order for every date; ISO 8601 is always accepted after these.
DATE_FORMATS = ["%d/%m/%Y %H:%M", "%d/%m/%Y", "%d/%m/%Y %H:%M:%S"]
DATE_HINT = "dd/mm/yyyy, dd/mm/yyyy HH:MM hoặc yyyy-mm-dd"


def fold(text: str) -> str:
    """NFC, trimmed, single spaces, case-folded: how names and values are compared."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def bare(text: str) -> str:
    """`fold` without diacritics (đ → d): "Trực tuyến" and "TRUC TUYEN" meet here."""
    decomposed = unicodedata.normalize("NFD", fold(text).replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def clean(text: str) -> str:
    """A display value as users wrote it, NFC and with whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


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
        errors = []
        for name in self.dossiers.columns:
            if name not in DOSSIER_COLUMNS.values():
                errors.append(f"'{name}' không phải cột mặc định của tệp hồ sơ")
        for name in self.procedures.columns:
            if name not in PROCEDURE_COLUMNS.values():
                errors.append(f"'{name}' không phải cột mặc định của danh mục thủ tục")
        for column, table in self.values.items():
            labels = _VALUE_COLUMNS.get(column)
            if labels is None:
                errors.append(f"cột '{column}' không có giá trị chuẩn (dùng: {', '.join(_VALUE_COLUMNS)})")
                continue
            for label in table:
                if label not in labels.values():
                    errors.append(f"'{label}' không phải giá trị chuẩn của cột '{column}'")
        if errors:
            raise ValueError("; ".join(errors))
        return self


_VALUE_COLUMNS: dict[str, dict[str, str]] = {
    DOSSIER_COLUMNS["channel"]: dict(CHANNEL_LABELS),
    PROCEDURE_COLUMNS["level"]: dict(LEVEL_LABELS),
    DOSSIER_COLUMNS["apology"]: dict(APOLOGY_LABELS),
}


class ExportFormat(BaseModel):
    """Resolved format: role → header for each table, value vocabularies, date formats."""

    model_config = ConfigDict(frozen=True)

    dossier_columns: dict[Role, str] = Field(default_factory=lambda: dict(DOSSIER_COLUMNS))
    procedure_columns: dict[Role, str] = Field(default_factory=lambda: dict(PROCEDURE_COLUMNS))
    channels: dict[str, list[str]] = Field(default_factory=lambda: _aliases(CHANNEL_LABELS, {}))
    levels: dict[str, list[str]] = Field(default_factory=lambda: _aliases(LEVEL_LABELS, {}))
    apology: dict[str, list[str]] = Field(default_factory=lambda: _aliases(APOLOGY_LABELS, {}))
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
        raise InputError(validation_problems(exc, doc.name, doc.lines)) from exc
    values = mapping.values
    return ExportFormat(
        dossier_columns=_rename(DOSSIER_COLUMNS, mapping.dossiers.columns),
        procedure_columns=_rename(PROCEDURE_COLUMNS, mapping.procedures.columns),
        channels=_aliases(CHANNEL_LABELS, values.get(DOSSIER_COLUMNS["channel"], {})),
        levels=_aliases(LEVEL_LABELS, values.get(PROCEDURE_COLUMNS["level"], {})),
        apology=_aliases(APOLOGY_LABELS, values.get(DOSSIER_COLUMNS["apology"], {})),
        date_formats=[*mapping.date_formats, *DATE_FORMATS],
    )


@dataclass(frozen=True)
class TableSpec:
    """What to read: role → expected header, which roles are dates or few-valued."""

    columns: dict[Role, str]
    optional: frozenset[Role]
    dates: tuple[Role, ...]
    categorical: frozenset[Role]
    date_formats: list[str]
    sheet: str | None = None


def dossier_spec(fmt: ExportFormat, sheet: str | None = None) -> TableSpec:
    return TableSpec(
        columns=fmt.dossier_columns,
        optional=DOSSIER_OPTIONAL,
        dates=DOSSIER_DATES,
        categorical=DOSSIER_CATEGORICAL,
        date_formats=fmt.date_formats,
        sheet=sheet,
    )


def procedure_spec(fmt: ExportFormat, sheet: str | None = None) -> TableSpec:
    return TableSpec(
        columns=fmt.procedure_columns,
        optional=PROCEDURE_OPTIONAL,
        dates=(),
        categorical=frozenset(),
        date_formats=fmt.date_formats,
        sheet=sheet,
    )
