"""Dossier facts for the unit, each department and each official, from the grouped counts.

The query (evidence/dossier_query.py: `counting_sql`, then `facts_sql`) sums one flag per
definition over groups of written values, then over what those values mean, for the unit, each
department, official and procedure; here its few hundred rows become facts and notices, so the
rules engine only ever sees aggregated counts.

Definitions (defaults; each is an option of `sources.options`, see docs/ho-so-tthc.md):
- in scope: received (*tiếp nhận*) from 1 January up to the as-of date (31 December unless
  `--as-of`); `scope: processed` adds dossiers carried over from earlier years that were not
  resolved before 1 January (the periodic report's "kỳ trước chuyển sang");
- resolved (*đã giải quyết*) by the as-of date: on time (*đúng hạn*, early included) when the
  result date is on or before the due date, as calendar dates (`on_time: datetime` compares
  times, a due date without time meaning the end of that day); late (*trễ hạn*) otherwise;
- pending (*đang giải quyết*) at the as-of date: overdue when the due date is before it, not
  yet due otherwise; overdue dossiers are listed in a notice and kept out of the on-time
  rate unless `pending_overdue: late`;
- within_time (the 766 index): received dossiers resolved on or before the due date, plus
  those still in progress and not yet due;
- late_apologized: late dossiers with `Đã xin lỗi = Có`;
- online: received through `Trực tuyến`; received_for_online_procedures: received under a
  procedure offered online (`online_levels`, by default `Toàn trình` and `Một phần`);
- the optional Có/Không columns: received dossiers marked `Có`;
- procedures.online_with_dossiers: procedures offered online with at least one online
  dossier in scope.

Which facts are given: the ones every catalog of dossier facts has always had (BASE), and
any other this module can compute that the catalog declares (`declared`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from engine.core.dates import vi_date
from evidence.columns import DOSSIER_OPTIONAL_FACTS, LEVEL_LABELS
from evidence.dossier_export import ProcedureList
from evidence.dossier_query import DECLARED_FLAGS, FLAGS, LISTED
from evidence.models import DossierOptions

if TYPE_CHECKING:
    from evidence.dossier_scan import Tally

# Per dossier flag, in the order facts are listed (dossier_query: the flags its query sums).
BASE = FLAGS
EXTRA = DECLARED_FLAGS  # given when the catalog declares them
PROCEDURE_FACTS = ("procedures.total", "procedures.online", "procedures.online_with_dossiers")


@dataclass(frozen=True)
class Period:
    start: dt.date
    as_of: dt.date


@dataclass(frozen=True)
class DossierFacts:
    unit: dict[str, int]
    departments: dict[str, dict[str, int]]
    officials: dict[str, dict[str, int]]
    notices: list[str]
    in_scope: int  # dossiers in the period (none: the export is refused)


def _offered(procedures: ProcedureList, options: DossierOptions) -> set[str]:
    wanted = {k for k, label in LEVEL_LABELS.items() if label in options.online_levels}
    return {code for code, level in procedures.levels.items() if level in wanted}


ACTIVE = ("received", "resolved", "pending_overdue", "pending_not_due")  # a subject with any of these


def count(
    tally: Tally,
    procedures: ProcedureList,
    period: Period,
    options: DossierOptions,
    declared: set[str] | None = None,
    blank_rows: int = 0,
    header_row: int = 1,
) -> DossierFacts:
    declared = declared or set()
    wanted_extra = [f for f in EXTRA if f"dossiers.{f}" in declared]
    facts_of = [*BASE, *wanted_extra]
    unit: dict[str, int] = {}
    by: dict[str, dict[str, dict[str, int]]] = {"department": {}, "official": {}}
    online_by_procedure: dict[str, int] = {}
    rows = in_scope = 0
    optional: list[tuple[str, str, str | None, int]] = []
    for r in tally.rows:
        level = r["level"]
        if ":" in level:  # an optional Có/Không column's count
            where, role = level.split(":")
            fact = DOSSIER_OPTIONAL_FACTS[role]
            if fact in declared:
                optional.append((where, fact, r["name"], int(r["yes"])))
            continue
        values = {f"dossiers.{f}": int(r[f] or 0) for f in facts_of}
        if level == "unit":
            unit = values
            rows, in_scope = int(r["rows"] or 0), int(r["in_scope"] or 0)
        elif level == "procedure":
            online_by_procedure[r["name"]] = int(r["online"])
        else:
            by[level][r["name"]] = values
    for where, fact, name, n in optional:
        if where == "unit":
            unit[fact] = n
        elif name in by[where]:
            by[where][name][fact] = n

    offered = _offered(procedures, options)
    unit["procedures.total"] = len(procedures.levels)
    unit["procedures.online"] = len(offered)
    unit["procedures.online_with_dossiers"] = sum(
        1 for code, n in online_by_procedure.items() if n > 0 and code in offered
    )

    notices = []
    if unit.get("dossiers.pending_overdue"):
        notices.append(_overdue_notice(unit["dossiers.pending_overdue"], tally.overdue, period, options))
    stray = sorted(c for c, n in online_by_procedure.items() if n > 0 and c not in offered)
    if stray:
        notices.append(
            "Có hồ sơ nộp trực tuyến thuộc thủ tục không cung cấp trực tuyến theo danh mục: "
            f"{', '.join(stray)} (vẫn được tính vào số hồ sơ trực tuyến; kiểm tra lại danh mục thủ tục)."
        )
    outside = rows - in_scope
    if outside:
        notices.append(
            f"{outside} hồ sơ trong tệp tiếp nhận ngoài kỳ đánh giá "
            f"({vi_date(period.start)}–{vi_date(period.as_of)}) không được tính."
        )
    if procedures.legacy:
        notices.append(
            f"{procedures.legacy} thủ tục trong danh mục ghi mức độ DVCTT như trước Nghị định "
            "42/2022/NĐ-CP: mức độ 4 được đọc là Toàn trình, mức độ 3 là Một phần, mức độ 1–2 là Không."
        )
    if header_row > 1:
        notices.append(
            f"Dòng tiêu đề của tệp hồ sơ là dòng {header_row}: {header_row - 1} dòng phía trên "
            "(tên báo cáo, kỳ trích xuất…) được bỏ qua."
        )
    if blank_rows:
        notices.append(f"{blank_rows} dòng trống (mọi ô đều trống) trong tệp hồ sơ được bỏ qua.")

    def active(level: str) -> dict[str, dict[str, int]]:
        kept = {
            name: facts
            for name, facts in by[level].items()
            if any(
                facts[f"dossiers.{k}"] for k in ("received", "resolved", "pending_overdue", "pending_not_due")
            )
        }
        return {name: kept[name] for name in sorted(kept)}

    return DossierFacts(
        unit=unit,
        departments=active("department"),
        officials=active("official"),
        notices=notices,
        in_scope=in_scope,
    )


def _overdue_notice(total: int, codes: list[str], period: Period, options: DossierOptions) -> str:
    listed = codes[:LISTED]
    shown = ", ".join(listed)
    if total > LISTED:
        shown += f" và {total - LISTED} hồ sơ khác"
    counted = (
        "đã tính là trễ hạn (pending_overdue: late)"
        if options.pending_overdue == "late"
        else "không tính vào tỷ lệ đúng hạn (tuỳ chọn pending_overdue: late để tính là trễ hạn)"
    )
    when = vi_date(period.as_of)
    return f"{total} hồ sơ đang giải quyết đã quá hạn tại ngày {when}, {counted}: {shown}."
