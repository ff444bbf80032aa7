"""Columns and values of a dossier export and a procedure list, and how text is compared.

Defaults follow the provincial dossier system (Vietnamese headers, `Trực tuyến`, `Toàn trình`,
`dd/mm/yyyy HH:MM`). Names and values are matched after NFC, case folding and whitespace
collapsing, and also without diacritics ("Truc tuyen"), since the few values of each column
stay distinct that way. Plain Python only: `evidence.csv_reader` uses it to start reading an
export before pydantic, pandas and the engine are imported.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

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
# Columns of the format the engine does not need: neither required nor read.
DOSSIER_UNREAD = frozenset({"procedure_name"})
DOSSIER_DATES = ("received", "due", "result")
DOSSIER_CATEGORICAL = frozenset({"procedure", "department", "official", "channel", "apology"})
# Optional Có/Không columns (the 766 service index): role → default header. Read when present;
# each gives the fact counting received dossiers marked `Có` (`DOSSIER_OPTIONAL_FACTS`).
DOSSIER_OPTIONAL: dict[Role, str] = {
    "electronic_result": "Kết quả điện tử",
    "digitized": "Số hóa",
    "with_fees": "Có phí",
    "paid_online": "Thanh toán trực tuyến",
    "satisfied": "Hài lòng",
}
DOSSIER_OPTIONAL_FACTS: dict[Role, str] = {
    "electronic_result": "dossiers.electronic_result",
    "digitized": "dossiers.digitized",
    "with_fees": "payments.dossiers_with_fees",
    "paid_online": "payments.dossiers_paid_online",
    "satisfied": "satisfaction.dossiers_satisfied",
}

# Other names dossier systems give the columns: suggested when a column is missing (never taken
# without the user's mapping file: "Ngày trả kết quả" or "Hạn xử lý" may not mean the same).
DOSSIER_SYNONYMS: dict[Role, list[str]] = {
    "code": ["Số hồ sơ", "Mã HS", "Số biên nhận"],
    "procedure": ["Mã TTHC", "Mã số TTHC", "Mã thủ tục hành chính"],
    "department": ["Đơn vị xử lý", "Phòng chuyên môn", "Đơn vị thụ lý", "Phòng ban xử lý"],
    "official": ["Cán bộ thụ lý", "Người xử lý", "Cán bộ giải quyết", "Người thụ lý"],
    "channel": ["Hình thức nộp", "Hình thức tiếp nhận", "Kênh tiếp nhận", "Hình thức nộp hồ sơ"],
    "received": ["Ngày nhận", "Ngày nhận hồ sơ", "Ngày tiếp nhận hồ sơ"],
    "due": ["Ngày hẹn trả kết quả", "Hạn xử lý", "Hạn giải quyết", "Ngày hẹn"],
    "result": ["Ngày trả kết quả", "Ngày hoàn thành", "Ngày có KQ", "Ngày kết thúc"],
    "apology": ["Xin lỗi", "Thư xin lỗi", "Có thư xin lỗi"],
}
PROCEDURE_SYNONYMS: dict[Role, list[str]] = {
    "code": ["Mã TTHC", "Mã số TTHC", "Mã thủ tục hành chính"],
    "level": ["Mức độ", "Mức độ DVC", "Mức độ dịch vụ công", "Mức DVCTT", "Mức độ dịch vụ công trực tuyến"],
}

PROCEDURE_COLUMNS: dict[Role, str] = {
    "code": "Mã thủ tục",
    "name": "Tên thủ tục",
    "level": "Mức độ DVCTT",
}
PROCEDURE_UNREAD = frozenset({"name"})

CHANNEL_LABELS: dict[str, str] = {"online": "Trực tuyến", "in_person": "Trực tiếp", "post": "Bưu chính"}
LEVEL_LABELS: dict[str, str] = {"full": "Toàn trình", "partial": "Một phần", "none": "Không"}
APOLOGY_LABELS: dict[str, str] = {"yes": "Có", "no": "Không"}
# Online levels as written before Decree 42/2022/NĐ-CP (levels 1–4), which older procedure lists
# still use: level 4 is the whole procedure online (toàn trình), level 3 a part of it (một phần).
LEVEL_LEGACY: dict[str, list[str]] = {
    "full": ["Mức độ 4", "Mức 4"],
    "partial": ["Mức độ 3", "Mức 3"],
    "none": ["Mức độ 2", "Mức 2", "Mức độ 1", "Mức 1"],
}

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


@dataclass(frozen=True)
class TableSpec:
    """What to read: role → expected header (all required), which are dates or few-valued."""

    columns: dict[Role, str]
    dates: tuple[Role, ...]
    categorical: frozenset[Role]
    date_formats: list[str]
    sheet: str | None = None
    optional: dict[Role, str] = field(default_factory=dict)  # role → header, read when present


def find_columns(found: list[str], spec: TableSpec) -> tuple[dict[Role, int], list[Role], dict[Role, int]]:
    """(role → column index, roles missing, roles matched by several columns)."""
    index: dict[Role, int] = {}
    missing: list[Role] = []
    ambiguous: dict[Role, int] = {}
    for role, expected in spec.columns.items():
        hits = [i for i, h in enumerate(found) if fold(h) == fold(expected)]
        hits = hits or [i for i, h in enumerate(found) if bare(h) == bare(expected)]
        if len(hits) > 1:
            ambiguous[role] = len(hits)
        elif hits:
            index[role] = hits[0]
        else:
            missing.append(role)
    return index, missing, ambiguous


def find_optional(found: list[str], spec: TableSpec) -> tuple[dict[Role, int], dict[Role, int]]:
    """(optional role → column index when present, optional roles matched by several columns)."""
    index, _, ambiguous = find_columns(found, TableSpec(spec.optional, (), frozenset(), []))
    return index, ambiguous


TITLE_ROWS = 20  # first rows searched for the header when row 1 is not it


def header_index(records: list[list[str]], spec: TableSpec) -> int:
    """Which of a table's first rows (`TITLE_ROWS` at most) is its header: the first with every
    required column of `spec`. A dossier system's export often has its report's title, the
    period and a blank row above the header: such a file reads as it is. When no row has them
    all, the row with the most of them, if it has more than row 1 (its missing columns are the
    problems to show, on that row); else 0 (row 1)."""
    best, most = 0, -1
    for i, cells in enumerate(records[:TITLE_ROWS]):
        found = header_columns(cells, spec)
        if found == len(spec.columns):
            return i
        if found > most:
            best, most = i, found
    return best


def header_columns(cells: list[str], spec: TableSpec) -> int:
    """How many of `spec`'s required columns the row has."""
    return len(spec.columns) - len(find_columns(cells, spec)[1])


def read_columns(columns: dict[Role, str], unread: frozenset[Role]) -> dict[Role, str]:
    return {role: header for role, header in columns.items() if role not in unread}


DEFAULT_DOSSIER_SPEC = TableSpec(
    columns=read_columns(DOSSIER_COLUMNS, DOSSIER_UNREAD),
    dates=DOSSIER_DATES,
    categorical=DOSSIER_CATEGORICAL,
    date_formats=DATE_FORMATS,
    optional=dict(DOSSIER_OPTIONAL),
)
