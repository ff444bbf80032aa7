"""Read and validate a dossier export (one row per dossier) and its procedure list, all
problems at once.

Checks on every row: required columns present (else the columns found are listed), required
cells filled, `Mã hồ sơ` unique, dates readable and real (31/02 is not a day), result and due
date not before reception, channel, apology and the optional Có/Không values known, procedure
in the procedure list; blank rows are skipped and counted. Problems carry the file, the row as
a spreadsheet shows it and the column; nothing is counted when any is found.

The counts come from one query (evidence/dossier_query.py) over the whole export; the checks
read its grouped rows, so the few written values of each column (channels, procedures, names)
are judged once each, in Python, whatever the number of rows. Only when something is wrong
are the rows located (evidence/dossier_scan.py, the located path).
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from engine.core.dates import vi_date
from engine.core.problems import InputError, Problem, Reason
from evidence.columns import (
    APOLOGY_LABELS,
    CHANNEL_LABELS,
    DATE_HINT,
    DOSSIER_COLUMNS,
    DOSSIER_OPTIONAL,
    DOSSIER_SYNONYMS,
    LEVEL_LABELS,
    LEVEL_LEGACY,
    PROCEDURE_COLUMNS,
    PROCEDURE_SYNONYMS,
    Role,
    TableSpec,
    bare,
    clean,
    find_columns,
    find_optional,
)
from evidence.dossier_query import PROBLEM_CONDITIONS, Meanings
from evidence.export_format import ExportFormat, Vocabulary
from evidence.export_rows import table_rows
from evidence.workbook import layout as L

Table = Literal["dossiers", "procedures"]  # a mapping file's sections
# Per section: the default headers (a mapping file's keys), and the other names systems use.
SECTIONS: dict[Table, tuple[dict[Role, str], dict[Role, list[str]]]] = {
    "dossiers": (DOSSIER_COLUMNS, DOSSIER_SYNONYMS),
    "procedures": (PROCEDURE_COLUMNS, PROCEDURE_SYNONYMS),
}
ROW_LIMIT = 50  # rows listed per kind of problem; the rest are counted in one line
HINTED = 3  # rows with one unknown value from which it is more likely a system's wording than a typo
NAMES = ("procedure", "department", "official")  # cells that may not be empty


@dataclass(frozen=True)
class ProcedureList:
    """The unit's procedures (danh mục TTHC) and their online level (mức độ DVCTT)."""

    file: str
    levels: dict[str, str]  # procedure code → level key (full, partial, none)
    rows: int
    legacy: int = 0  # procedures whose level is written as before 2022 (columns.LEVEL_LEGACY)


def match_headers(
    found: list[str],
    spec: TableSpec,
    file: str,
    sheet: str | None = None,
    row: int = 1,
    table: Table = "dossiers",
) -> dict[Role, int]:
    """role → column index; every missing or ambiguous column is a problem (on header `row`),
    with the column that may be it and, once, the mapping file's lines (`table`: its section)."""
    index, missing, ambiguous = find_columns(found, spec)
    guesses = _guess_columns(found, index, missing, table)
    _, ambiguous_optional = find_optional(found, spec)
    listed = ", ".join(f"“{h}”" for h in found) or "(không có)"
    named = {**spec.columns, **spec.optional}
    problems = [
        Problem(
            code=Reason.DUPLICATE_COLUMN,
            file=file,
            sheet=sheet,
            row=row,
            column=named[role],
            reason=f"có {n} cột cùng tên “{named[role]}”",
        )
        for role, n in {**ambiguous, **ambiguous_optional}.items()
    ] + [
        Problem(
            code=Reason.MISSING_COLUMN,
            file=file,
            sheet=sheet,
            row=row,
            column=spec.columns[role],
            reason=f"thiếu cột bắt buộc “{spec.columns[role]}”"
            + (f" (có phải cột “{guesses[role]}”?)" if role in guesses else "")
            + f"; các cột có trong tệp: {listed}",
        )
        for role in missing
    ]
    if guesses:
        defaults = SECTIONS[table][0]
        pairs = ", ".join(f"{defaults[r]}: {_yaml_quoted(h)}" for r, h in guesses.items())
        problems.append(
            Problem(
                code=Reason.MISSING_COLUMN,
                file=file,
                sheet=sheet,
                row=row,
                reason="nếu tệp chỉ đặt tên cột khác, khai tên đó trong tệp ánh xạ (ví dụ anh-xa.yaml; "
                f"{MAPPING_WHERE}): {table}: {{columns: {{{pairs}}}}}",
            )
        )
    if problems:
        raise InputError(problems)
    return index


MAPPING_WHERE = (
    f"ghi `mapping: anh-xa.yaml` trong sources của tệp minh chứng, hoặc tên tệp ở ô “{L.MAPPING}” "
    f"trang {L.INFO} của sổ minh chứng"
)


def _guess_columns(
    found: list[str], index: dict[Role, int], missing: list[Role], table: Table
) -> dict[Role, str]:
    """For each missing role, the file's column that may be it: one a system is known to use
    (columns.DOSSIER_SYNONYMS), else a close spelling; each column guessed once."""
    defaults, synonyms = SECTIONS[table]
    free = {bare(h): h for i, h in enumerate(found) if i not in index.values() and h.strip()}
    guesses: dict[Role, str] = {}
    for role in missing:
        known = [bare(n) for n in synonyms.get(role, [])]
        hit = next((free[k] for k in known if k in free), None)
        if hit is None:
            close = difflib.get_close_matches(bare(defaults[role]), list(free), n=1, cutoff=0.75)
            hit = free[close[0]] if close else None
        if hit is not None:
            guesses[role] = hit
            del free[bare(hit)]
    return guesses


def _yaml_quoted(text: str) -> str:
    """In YAML's double quotes: a JSON string is one (YAML reads JSON), escapes and all."""
    return json.dumps(text, ensure_ascii=False)


def procedure_list(path: Path, name: str, spec: TableSpec, fmt: ExportFormat) -> ProcedureList:
    rows = table_rows(path, name, spec.sheet, spec)
    index = match_headers(rows.header, spec, name, spec.sheet, rows.header_row, "procedures")
    levels_vocab = Vocabulary(fmt.levels)
    legacy_vocab = Vocabulary(LEVEL_LEGACY)
    legacy = 0
    first: dict[str, int] = {}
    levels: dict[str, str] = {}
    allowed = ", ".join(LEVEL_LABELS.values())
    header = {role: rows.header[i] for role, i in index.items()}
    count = 0
    for number, (raw_code, raw_word) in rows.data([index["code"], index["level"]]):
        count += 1
        code, word = clean(raw_code), clean(raw_word)
        if not code:
            rows.add(Reason.MISSING_VALUE, number, header["code"], "thiếu mã thủ tục")
            continue
        if code in first:
            rows.add(
                Reason.DUPLICATE_ROW,
                number,
                header["code"],
                f"mã thủ tục “{code}” trùng với dòng {first[code]}",
            )
            continue
        first[code] = number
        level = levels_vocab.get(word)
        if level is None and word:
            level = legacy_vocab.get(word)
            if level is not None:
                legacy += 1
        if level is None:
            reason = "thiếu mức độ DVCTT" if not word else f"mức độ DVCTT “{word}” không hợp lệ"
            kind = Reason.MISSING_VALUE if not word else Reason.INVALID_VALUE
            rows.add(kind, number, header["level"], f"{reason} (dùng {allowed})")
            continue
        levels[code] = level
    if rows.problems:
        raise InputError(rows.problems)
    return ProcedureList(file=name, levels=levels, rows=count, legacy=legacy)


@dataclass
class Finding:
    """One kind of problem the counts show: where to find its rows, and how to say it."""

    code: Reason
    role: Role | None
    condition: str  # SQL over the query's names (evidence/dossier_query.py)
    summary: str
    detail: Callable[[dict[str, Any]], str] | None = None
    sql: str | None = None  # a whole query returning `_row` and the detail's names instead
    hint: Callable[[int], str] | None = None  # said once, given how many rows: how to fix them all


def _literal(value: Any) -> str:
    if value is None:
        return "''"
    return "'" + str(value).replace("'", "''") + "'"


def _is(role: Role, values: list[Any]) -> str:
    return f"coalesce({role}, '') IN ({', '.join(_literal(v) for v in values)})"


def _day(value: Any) -> str:
    return vi_date(value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10]))


CHANNELS_ALLOWED = ", ".join(CHANNEL_LABELS.values())


def _mapping_hint(role: Role, word: str, labels: Sequence[str]) -> Callable[[int], str]:
    """A value a system writes its own way is said once in a mapping file, not fixed on each row:
    the sentence, given how many rows have it, with the label the value names if it names one."""
    column = DOSSIER_COLUMNS.get(role) or DOSSIER_OPTIONAL[role]
    named = next((label for label in labels if bare(label) in bare(word)), labels[0])
    quoted = _yaml_quoted(word)

    def say(rows: int) -> str:
        return (
            f"“{word}” ({rows} dòng) không phải cách viết đã biết của cột “{column}” ({', '.join(labels)}). "
            f"Nếu hệ thống một cửa ghi như vậy, khai một lần trong tệp ánh xạ ({MAPPING_WHERE}) thay "
            f"vì sửa từng dòng: values: {{{column}: {{{named}: [{quoted}]}}}}"
        )

    return say


def judge(
    distinct: dict[Role, list[str]],
    totals: dict[str, int],
    procedures: ProcedureList | None,
    fmt: ExportFormat,
    online_levels: Sequence[str],
) -> tuple[Meanings, list[Finding]]:
    """The meaning of every distinct written value, and the kinds of problem the counts show."""
    values: dict[str, dict[str, str]] = {}
    findings: list[Finding] = []

    for role in NAMES:
        values[role] = {raw: clean(raw) for raw in distinct[role]}
        empty = [raw for raw, name in values[role].items() if not name]
        if empty:
            findings.append(Finding(Reason.MISSING_VALUE, role, _is(role, empty), "ô trống (bắt buộc)"))

    channels = Vocabulary(fmt.channels)
    values["channel"] = {}
    for raw in distinct["channel"]:
        word = clean(raw)
        key = channels.get(word)
        values["channel"][raw] = key or ""
        if key is None:
            missing = not word
            reason = "thiếu kênh nộp" if missing else f"kênh nộp “{word}” không hợp lệ"
            findings.append(
                Finding(
                    Reason.MISSING_VALUE if missing else Reason.INVALID_VALUE,
                    "channel",
                    _is("channel", [raw]),
                    f"{reason} (dùng {CHANNELS_ALLOWED})",
                    hint=None if missing else _mapping_hint("channel", word, list(CHANNEL_LABELS.values())),
                )
            )

    def yes_no(role: Role, vocab: Vocabulary) -> None:
        values[role] = {}
        for raw in distinct[role]:
            word = clean(raw)
            key = vocab.get(word) if word else "no"
            values[role][raw] = "yes" if key == "yes" else "no"
            if key is None:
                findings.append(
                    Finding(
                        Reason.INVALID_VALUE,
                        role,
                        _is(role, [raw]),
                        f"“{word}” không phải Có/Không",
                        hint=_mapping_hint(role, word, list(APOLOGY_LABELS.values())),
                    )
                )

    yes_no("apology", Vocabulary(fmt.apology))
    for role in distinct:
        if role in fmt.yes_no:
            yes_no(role, Vocabulary(fmt.yes_no[role]))

    offered: set[str] = set()
    if procedures is not None:
        wanted = {k for k, label in LEVEL_LABELS.items() if label in online_levels}
        offered = {code for code, level in procedures.levels.items() if level in wanted}
        for raw, code in values["procedure"].items():
            if code and code not in procedures.levels:
                findings.append(
                    Finding(
                        Reason.UNKNOWN_PROCEDURE,
                        "procedure",
                        _is("procedure", [raw]),
                        f"mã thủ tục “{code}” không có trong danh mục thủ tục ({procedures.file})",
                    )
                )

    date_hint = f"không đọc được ngày (dùng {DATE_HINT})"
    said: dict[str, tuple[Reason, Role, str, Callable[[dict[str, Any]], str] | None]] = {
        "code_missing": (Reason.MISSING_VALUE, "code", "thiếu mã hồ sơ", None),
        "received_missing": (Reason.MISSING_VALUE, "received", "ô trống (bắt buộc)", None),
        "due_missing": (Reason.MISSING_VALUE, "due", "ô trống (bắt buộc)", None),
        "received_unreadable": (Reason.NOT_A_DATE, "received", date_hint, _unreadable("received")),
        "due_unreadable": (Reason.NOT_A_DATE, "due", date_hint, _unreadable("due")),
        "result_unreadable": (Reason.NOT_A_DATE, "result", date_hint, _unreadable("result")),
        "result_before_received": (
            Reason.DATE_ORDER,
            "result",
            "ngày có kết quả trước ngày tiếp nhận",
            _before("result", "ngày có kết quả"),
        ),
        "due_before_received": (
            Reason.DATE_ORDER,
            "due",
            "ngày hẹn trả trước ngày tiếp nhận",
            _before("due", "ngày hẹn trả"),
        ),
    }
    for kind in PROBLEM_CONDITIONS:
        if totals.get(kind):
            code, role, summary, detail = said[kind]
            findings.append(Finding(code, role, PROBLEM_CONDITIONS[kind], summary, detail))
    return Meanings(values=values, offered=frozenset(offered)), findings


# A whole number Excel shows for a date cell whose format was lost (44562 is 01/01/2022).
SERIAL_DATE = re.compile(r"[2-7][0-9]{4}(\.[0-9]+)?")


def _unreadable(role: Role) -> Callable[[dict[str, Any]], str]:
    def say(r: dict[str, Any]) -> str:
        value = str(r[role])
        said = f"không đọc được ngày “{value}” (dùng {DATE_HINT})"
        if SERIAL_DATE.fullmatch(value):
            said += ": ô ghi một số — nếu là ngày Excel mất định dạng, chọn cột và định dạng kiểu Ngày (Date)"
        return said

    return say


def _before(role: Role, what: str) -> Callable[[dict[str, Any]], str]:
    def say(r: dict[str, Any]) -> str:
        return f"{what} {_day(r[f'{role}_day'])} trước ngày tiếp nhận {_day(r['received_day'])}"

    return say


DUPLICATES_SQL = """
WITH c AS (SELECT _row, trim(code) AS code FROM export WHERE trim(coalesce(code, '')) <> ''),
f AS (SELECT code, min(_row) AS first FROM c GROUP BY code HAVING count(*) > 1)
SELECT c._row, c.code, f.first FROM c JOIN f USING (code) WHERE c._row <> f.first ORDER BY c._row
"""
DUPLICATE_COUNT_SQL = """
SELECT count(*) FROM (SELECT trim(code) AS code FROM export WHERE trim(coalesce(code, '')) <> ''
GROUP BY 1 HAVING count(*) > 1)
"""


def duplicates_finding() -> Finding:
    return Finding(
        Reason.DUPLICATE_ROW,
        "code",
        "",
        "mã hồ sơ bị trùng",
        lambda r: f"mã hồ sơ “{r['code']}” trùng với dòng {r['first']}",
        sql=DUPLICATES_SQL,
    )


def report(
    problems: list[Problem],
    file: str,
    sheet: str | None,
    column: str | None,
    finding: Finding,
    rows: list[dict[str, Any]],
    total: int,
) -> None:
    """A problem on each listed row (up to ROW_LIMIT, then one line counting the rest), and,
    when `HINTED` rows or more have it, the finding's hint once, with the number of rows."""
    if finding.hint and total >= HINTED:
        problems.append(
            Problem(
                code=finding.code,
                file=file,
                sheet=sheet,
                column=column,
                reason=finding.hint(total),
            )
        )
    for r in rows[:ROW_LIMIT]:
        reason = finding.detail(r) if finding.detail else finding.summary
        problems.append(
            Problem(
                code=finding.code, file=file, sheet=sheet, row=int(r["_row"]), column=column, reason=reason
            )
        )
    rest = total - ROW_LIMIT
    if rest > 0 and len(rows) > ROW_LIMIT:
        problems.append(
            Problem(
                code=finding.code,
                file=file,
                sheet=sheet,
                row=int(rows[ROW_LIMIT]["_row"]),
                column=column,
                reason=f"{finding.summary} — từ dòng này còn {rest} dòng cùng lỗi (không liệt kê hết)",
            )
        )
