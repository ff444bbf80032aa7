"""Opening a user's .xlsx: what it is when it is not a workbook, and its sheets' values.

A reform office sends many things named .xlsx (an old .xls, a password-protected file, a CSV
renamed); each gets a sentence saying what to do instead of a library's traceback. A workbook
that would unzip to more than `MAX_UNZIPPED` (a "zip bomb") is refused before it is opened.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from engine.core.datafile import read_bytes
from engine.core.problems import InputError, Problem, Reason

_ZIP = b"PK\x03\x04"
_OLE = bytes.fromhex("d0cf11e0a1b11ae1")
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
MAX_UNZIPPED = 200 * 1024 * 1024  # a filled evidence or catalog workbook unzips to a few MB


def _unzipped_problem(name: str, raw: bytes) -> Problem | None:
    """The sizes the zip declares (which zipfile holds every member to) above the limit."""
    try:
        members = zipfile.ZipFile(io.BytesIO(raw)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return Problem(code=Reason.FILE_UNREADABLE, file=name, reason="tệp .xlsx bị hỏng, không đọc được")
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
    """A file that is not an .xlsx at all: old .xls, password-protected, text, or damaged."""
    if raw.startswith(_ZIP):
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
    head = raw[:4096]
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = ""
    if text and all(c.isprintable() or c in "\r\n\t" for c in text[:1000]):
        return Problem(
            code=Reason.UNSUPPORTED_FORMAT,
            file=name,
            reason="tệp là văn bản (CSV?) mang đuôi .xlsx, không phải bảng tính Excel: "
            "mở bằng Excel hoặc LibreOffice và lưu lại dạng sổ làm việc .xlsx",
        )
    return Problem(code=Reason.FILE_UNREADABLE, file=name, reason="tệp .xlsx bị hỏng, không đọc được")


def damaged(name: str, exc: Exception) -> InputError:
    """The error for a workbook openpyxl could not read (it raises many types)."""
    return InputError(
        [Problem(code=Reason.FILE_UNREADABLE, file=name, reason=f"tệp .xlsx bị hỏng, không đọc được ({exc})")]
    )


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
    try:
        book = load_workbook(path, read_only=True, data_only=True)
        try:
            return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}
        finally:
            book.close()
    except Exception as exc:  # openpyxl raises many types for a damaged file
        raise damaged(name, exc) from exc
