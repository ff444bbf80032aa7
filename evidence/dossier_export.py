"""Validate a dossier export (one row per dossier) and its procedure list, all problems at once.

Checks on every row: required columns present (else the columns found are listed), required
cells filled, `Mã hồ sơ` unique, dates readable, result and due date not before reception,
channel and apology values known, procedure in the procedure list. Problems carry the file,
the row as a spreadsheet shows it and the column; nothing is scored when any is found.

Work is done per distinct value where possible (the few channels, procedures, departments),
and on whole columns otherwise, so a million rows cost a few vectorised passes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from engine.core.dates import vi_date
from engine.core.problems import InputError, Reason
from evidence.columns import CHANNEL_LABELS, DOSSIER_DATES, LEVEL_LABELS, clean
from evidence.export_format import ExportFormat, Vocabulary
from evidence.tabular import RawTable

CHANNELS = list(CHANNEL_LABELS)  # channel codes in the frame index this list
NAMES = ("procedure", "department", "official")  # cells that may not be empty


@dataclass(frozen=True)
class ProcedureList:
    """The unit's procedures (danh mục TTHC) and their online level (mức độ DVCTT)."""

    file: str
    levels: dict[str, str]  # procedure code → level key (full, partial, none)


@dataclass(frozen=True)
class Dossiers:
    """Validated dossiers: categorical procedure / department / official, channel index,
    apology flag and the three dates (result NaT while in progress), also as calendar days."""

    frame: pd.DataFrame
    codes: pa.ChunkedArray
    days: dict[str, np.ndarray]


def _blank(value: str) -> bool:
    return not value.strip()


def procedure_list(raw: RawTable, fmt: ExportFormat) -> ProcedureList:
    levels_vocab = Vocabulary(fmt.levels)
    header = raw.headers
    codes = [clean(c) for c in raw.data["code"].to_pylist()]
    words = [clean(v) for v in raw.data["level"].to_pylist()]
    first: dict[str, int] = {}
    levels: dict[str, str] = {}
    allowed = ", ".join(LEVEL_LABELS.values())
    for i, (code, word) in enumerate(zip(codes, words, strict=True)):
        row = np.array([i])
        if _blank(code):
            raw.report(row, header["code"], Reason.MISSING_VALUE, "thiếu mã thủ tục")
            continue
        if code in first:
            where = raw.rows(np.array([first[code]]))[0]
            raw.report(
                row, header["code"], Reason.DUPLICATE_ROW, f"mã thủ tục “{code}” trùng với dòng {where}"
            )
            continue
        first[code] = i
        level = levels_vocab.get(word)
        if level is None:
            blank = _blank(word)
            reason = "thiếu mức độ DVCTT" if blank else f"mức độ DVCTT “{word}” không hợp lệ"
            code = Reason.MISSING_VALUE if blank else Reason.INVALID_VALUE
            raw.report(row, header["level"], code, f"{reason} (dùng {allowed})")
            continue
        levels[code] = level
    if raw.problems:
        raise InputError(raw.problems)
    return ProcedureList(file=raw.file, levels=levels)


def _categories(frame: pd.DataFrame, column: str) -> list[str]:
    """Clean the column's categories in place (NFC, spaces); merge those that become equal."""
    cat = frame[column].cat
    original = [str(c) for c in cat.categories]
    cleaned = [clean(c) for c in original]
    if cleaned == original:
        return original  # the usual case: nothing to rewrite
    unique = sorted(set(cleaned))
    mapping = pd.Index(unique).get_indexer(pd.Index(cleaned))
    codes = cat.codes.to_numpy()
    frame[column] = pd.Categorical.from_codes(
        np.where(codes >= 0, mapping[np.maximum(codes, 0)], -1), categories=pd.Index(unique)
    )
    return unique


def _rows_where(frame: pd.DataFrame, column: str, wanted: list[int]) -> np.ndarray:
    if not wanted:
        return np.empty(0, dtype=np.int64)
    return np.flatnonzero(np.isin(frame[column].cat.codes.to_numpy(), wanted))


def _lookup(frame: pd.DataFrame, column: str, table: np.ndarray, missing: int) -> np.ndarray:
    codes = frame[column].cat.codes.to_numpy()
    return np.where(codes >= 0, table[np.maximum(codes, 0)], missing)


def validate_dossiers(
    raw: RawTable, codes: pa.ChunkedArray, procedures: ProcedureList | None, fmt: ExportFormat
) -> Dossiers:
    """Every row checked except for duplicate codes (`check_duplicates`); problems go to
    `raw.problems`, the caller raises. Without a procedure list (it had problems of its own)
    procedures are not checked.
    """
    header = raw.headers
    frame = raw.data.drop_columns(["code"]).to_pandas()
    report = raw.report
    raw.report(
        np.flatnonzero(pc.equal(codes, "").to_numpy(zero_copy_only=False)),
        header["code"],
        Reason.MISSING_VALUE,
        "thiếu mã hồ sơ",
    )

    for column in NAMES:
        names = _categories(frame, column)
        if "" in names:
            report(
                _rows_where(frame, column, [names.index("")]),
                header[column],
                Reason.MISSING_VALUE,
                "ô trống (bắt buộc)",
            )
    for column in ("channel", "apology"):
        _categories(frame, column)

    # Channel and apology: known words only; the apology may be left empty.
    channels = Vocabulary(fmt.channels)
    cats = [str(c) for c in frame["channel"].cat.categories]
    keys = [channels.get(c) for c in cats]
    channel_index = np.array([CHANNELS.index(k) if k else -1 for k in keys], dtype=np.int8)
    allowed = ", ".join(CHANNEL_LABELS.values())
    for i in (i for i, k in enumerate(keys) if k is None):
        reason = "thiếu kênh nộp" if cats[i] == "" else f"kênh nộp “{cats[i]}” không hợp lệ"
        code = Reason.MISSING_VALUE if cats[i] == "" else Reason.INVALID_VALUE
        report(_rows_where(frame, "channel", [i]), header["channel"], code, f"{reason} (dùng {allowed})")
    frame["channel"] = _lookup(frame, "channel", channel_index, -1).astype(np.int8)

    apologies = Vocabulary(fmt.apology)
    cats = [str(c) for c in frame["apology"].cat.categories]
    keys = [apologies.get(c) for c in cats]
    for i in (i for i, k in enumerate(keys) if k is None and cats[i] != ""):
        report(
            _rows_where(frame, "apology", [i]),
            header["apology"],
            Reason.INVALID_VALUE,
            f"“{cats[i]}” không phải Có/Không",
        )
    frame["apology"] = _lookup(frame, "apology", np.array([k == "yes" for k in keys], dtype=bool), False)

    procs = [str(c) for c in frame["procedure"].cat.categories]
    for i, proc in enumerate(procs):
        if procedures is not None and proc and proc not in procedures.levels:
            report(
                _rows_where(frame, "procedure", [i]),
                header["procedure"],
                Reason.UNKNOWN_PROCEDURE,
                f"mã thủ tục “{proc}” không có trong danh mục thủ tục ({procedures.file})",
            )

    return Dossiers(frame=frame, codes=codes, days=_check_dates(raw, frame))


def normalised_codes(codes: pa.ChunkedArray) -> pa.ChunkedArray:
    """Dossier codes trimmed and, when any is not ASCII, NFC (codes are usually ASCII)."""
    trimmed = pc.utf8_trim_whitespace(codes)
    if pc.all(pc.string_is_ascii(trimmed)).as_py() is False:
        trimmed = pa.chunked_array([pa.array([clean(c) for c in trimmed.to_pylist()], pa.string())])
    return trimmed


def count_distinct(codes: pa.ChunkedArray) -> int:
    """Distinct values. Exports usually list dossiers in code order, and strictly increasing
    codes are all distinct: one comparison of neighbours settles it. Otherwise Arrow hashes
    them (without holding the GIL: run it beside other work)."""
    n = len(codes)
    if n < 2 or pc.all(pc.greater(codes.slice(1), codes.slice(0, n - 1))).as_py():
        return n
    return len(pc.unique(codes))


def check_duplicates(raw: RawTable, codes: pa.ChunkedArray, distinct: int) -> None:
    """Each repeated code is a problem naming the row of its first occurrence."""
    empties = len(codes) - (pc.sum(pc.not_equal(codes, "")).as_py() or 0)
    if distinct + max(empties - 1, 0) == len(codes):
        return  # all distinct: the usual case, decided without leaving Arrow
    column = raw.headers["code"]
    values: list[str] = codes.to_pylist()
    first: dict[str, int] = {}
    earlier: dict[int, int] = {}
    for i, value in enumerate(values):
        if value and first.setdefault(value, i) != i:
            earlier[i] = first[value]
    dup = np.fromiter(earlier, dtype=np.int64, count=len(earlier))
    rows = raw.rows(np.fromiter(earlier.values(), dtype=np.int64)).tolist()
    first_row = dict(zip(earlier, rows, strict=True))
    raw.report(
        dup,
        column,
        Reason.DUPLICATE_ROW,
        "mã hồ sơ bị trùng",
        lambda i: f"mã hồ sơ “{values[i]}” trùng với dòng {first_row[i]}",
    )


def _day_text(day: np.datetime64) -> str:
    return vi_date(pd.Timestamp(day).date())


def _check_dates(raw: RawTable, frame: pd.DataFrame) -> dict[str, np.ndarray]:
    """Missing dates, and results or due dates before reception, are problems; returns the
    dates as calendar days."""
    header = raw.headers
    unreadable = raw.unreadable if raw.unreadable is not None else np.zeros(len(frame), dtype=bool)
    days = {c: frame[c].to_numpy().astype("datetime64[D]") for c in DOSSIER_DATES}
    for column in ("received", "due"):
        missing = np.isnat(days[column]) & ~unreadable
        raw.report(np.flatnonzero(missing), header[column], Reason.MISSING_VALUE, "ô trống (bắt buộc)")

    def before(column: str, what: str) -> None:
        later, start = days[column], days["received"]
        rows = np.flatnonzero(later < start)  # NaT compares False: missing dates are not flagged

        def detail(i: int) -> str:
            return f"{what} {_day_text(later[i])} trước ngày tiếp nhận {_day_text(start[i])}"

        raw.report(rows, header[column], Reason.DATE_ORDER, f"{what} trước ngày tiếp nhận", detail)

    before("result", "ngày có kết quả")
    before("due", "ngày hẹn trả")
    return days
