"""Opening a user's .xlsx: what it is when it is not a workbook, and its sheets' values.

A reform office sends many things named .xlsx (an old .xls, a password-protected file, a CSV
renamed); each gets a sentence saying what to do instead of a library's traceback. A workbook
that would unzip to more than `MAX_UNZIPPED` (a "zip bomb") is refused before it is opened.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path, PurePath
from typing import Any

from engine.core.datafile import read_bytes
from engine.core.problems import InputError, Problem, Reason
from engine.core.xlsx_speed import install

ZIP_MAGIC = b"PK\x03\x04"
_OLE = bytes.fromhex("d0cf11e0a1b11ae1")
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
MAX_UNZIPPED = 200 * 1024 * 1024  # a filled evidence or catalog workbook unzips to a few MB
WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls"})  # .xls: told to save it again as .xlsx
OPENED = frozenset({".xlsx", ".xlsm"})  # what openpyxl opens: a zip named otherwise is refused by name
EXPECTED = "cần tệp Excel .xlsx"
# What a file is by its suffix, said when the suffix is not a workbook's (`cchc catalog import x.yaml`).
_KINDS = {
    ".yaml": "tệp YAML",
    ".yml": "tệp YAML",
    ".json": "tệp JSON",
    ".csv": "tệp CSV",
    ".txt": "tệp văn bản",
    ".ods": "bảng tính LibreOffice (.ods)",
    ".zip": "tệp nén zip",
    ".docx": "tệp Word",
    ".doc": "tệp Word",
    ".pdf": "tệp PDF",
}


def _suffix(name: str) -> str:
    return PurePath(name).suffix.lower()


def _broken(name: str) -> str:
    """A workbook by its name that does not open (the name's own suffix: .xlsm, .xls too)."""
    return f"tệp {_suffix(name) or 'Excel'} bị hỏng, không đọc được"


def _is_text(raw: bytes) -> bool:
    try:
        text = raw[:4096].decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return bool(text) and all(c.isprintable() or c in "\r\n\t" for c in text[:1000])


def _is_office_zip(raw: bytes) -> bool:
    """A zip holding an Office document (an .xlsx renamed), read only as far as its member list."""
    if not raw.startswith(ZIP_MAGIC):
        return False
    try:
        names = zipfile.ZipFile(io.BytesIO(raw)).namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return False
    return "[Content_Types].xml" in names and any(n.startswith("xl/") for n in names)


def _wrong_suffix(name: str, raw: bytes) -> Problem:
    """A file whose name says it is no workbook: what it is (by suffix, else by content) and
    what was expected, never what a text file named .xlsx would be told."""
    suffix = _suffix(name)
    kind = _KINDS.get(suffix)
    if kind is None:
        if raw.startswith(ZIP_MAGIC):
            kind = "tệp nén zip"
        elif _is_text(raw):
            kind = "tệp văn bản"
        else:
            kind = "tệp"
    shown = f"đuôi {suffix}" if suffix else "không có đuôi"
    if _is_office_zip(raw):  # an .xlsx renamed: it only needs its name back
        reason = f"sổ Excel bị đổi tên ({shown}): {EXPECTED}, đổi lại đuôi thành .xlsx"
    else:
        reason = f"{kind} ({shown}), không phải sổ Excel: {EXPECTED}"
    return Problem(code=Reason.UNSUPPORTED_FORMAT, file=name, reason=reason)


def _unzipped_problem(name: str, raw: bytes) -> Problem | None:
    """The sizes the zip declares (which zipfile holds every member to) above the limit."""
    try:
        members = zipfile.ZipFile(io.BytesIO(raw)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return Problem(code=Reason.FILE_UNREADABLE, file=name, reason=_broken(name))
    total = sum(m.file_size for m in members)
    if total <= MAX_UNZIPPED:
        return None
    return Problem(
        code=Reason.TOO_LARGE,
        file=name,
        reason=f"sổ .xlsx giải nén ra {total // (1024 * 1024)} MB, vượt quá giới hạn "
        f"{MAX_UNZIPPED // (1024 * 1024)} MB",
    )


def format_problem(name: str, raw: bytes) -> Problem | None:
    """A file that is not an .xlsx at all: named otherwise (.yaml, .csv…), old .xls,
    password-protected, text, or damaged."""
    suffix = _suffix(name)
    if suffix not in WORKBOOK_SUFFIXES or (raw.startswith(ZIP_MAGIC) and suffix not in OPENED):
        return _wrong_suffix(name, raw)
    if raw.startswith(ZIP_MAGIC):
        return _unzipped_problem(name, raw)
    if raw.startswith(_OLE):
        if _ENCRYPTION_INFO in raw:
            return Problem(
                code=Reason.ENCRYPTED,
                file=name,
                reason="tệp được đặt mật khẩu: mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ) "
                "rồi lưu lại",
            )
        return Problem(
            code=Reason.UNSUPPORTED_FORMAT,
            file=name,
            reason="tệp Excel định dạng cũ (.xls): mở bằng Excel hoặc LibreOffice và lưu lại dạng .xlsx",
        )
    if _is_text(raw):
        return Problem(
            code=Reason.UNSUPPORTED_FORMAT,
            file=name,
            reason=f"tệp là văn bản (CSV?) mang đuôi {suffix}, không phải sổ Excel: {EXPECTED} — "
            "mở bằng Excel hoặc LibreOffice và lưu lại dạng sổ làm việc .xlsx",
        )
    return Problem(code=Reason.FILE_UNREADABLE, file=name, reason=_broken(name))


def damaged(name: str, exc: Exception) -> InputError:
    """The error for a workbook openpyxl could not read (it raises many types)."""
    return InputError([Problem(code=Reason.FILE_UNREADABLE, file=name, reason=f"{_broken(name)} ({exc})")])


def sheet_rows(ws: Any) -> list[tuple[Any, ...]]:
    """A read-only sheet's rows as a rectangle, as far as its cells really go: the size the file
    declares is not trusted (WPS Office and streaming writers declare A1:A1 for a full sheet,
    which openpyxl would read as its first cell only; a size too small would cut rows off)."""
    ws.reset_dimensions()
    rows = [tuple(r) for r in ws.iter_rows(values_only=True)]
    width = max((len(r) for r in rows), default=0)
    return [r + (None,) * (width - len(r)) for r in rows]


def open_sheets(path: Path, name: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's rows of cached values (formulas as Excel last computed them)."""
    from openpyxl import load_workbook

    if path.is_dir():
        raise InputError(
            [Problem(code=Reason.NOT_REGULAR_FILE, file=name, reason="là thư mục, không phải tệp thường")]
        )
    wrong = format_problem(name, read_bytes(path, name))
    if wrong is not None:
        raise InputError([wrong])
    install()
    try:
        book = load_workbook(path, read_only=True, data_only=True)
        try:
            return {ws.title: sheet_rows(ws) for ws in book.worksheets}
        finally:
            book.close()
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise damaged(name, exc) from exc
