"""Dossier facts from validated dossiers, for the unit, each department and each official.

pandas does the bulk work once: one boolean flag per definition and dossier, summed by
(department, official, procedure). Everything else is read from that small table, so the
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
- late_apologized: late dossiers with `Đã xin lỗi = Có`;
- online: received through `Trực tuyến`; received_for_online_procedures: received under a
  procedure offered online (`online_levels`, by default `Toàn trình` and `Một phần`);
- procedures.online_with_dossiers: procedures offered online with at least one online
  dossier in scope.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from engine.core.dates import vi_date
from evidence.columns import LEVEL_LABELS
from evidence.dossier_export import CHANNELS, Dossiers, ProcedureList
from evidence.models import DossierOptions

DIMENSIONS = ("department", "official", "procedure")
# Flags summed per dossier; the fact is `dossiers.<flag>`.
FLAGS = (
    "received",
    "resolved",
    "resolved_on_time",
    "resolved_late",
    "late_apologized",
    "pending_overdue",
    "pending_not_due",
    "online",
    "received_for_online_procedures",
)
PROCEDURE_FACTS = ("procedures.total", "procedures.online", "procedures.online_with_dossiers")
LISTED = 20  # dossier codes quoted in a notice


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


def flags(
    dossiers: Dossiers, procedures: ProcedureList, period: Period, options: DossierOptions
) -> tuple[pd.DataFrame, np.ndarray]:
    """One boolean column per flag and one row per dossier, and which dossiers are in scope."""
    f = dossiers.frame
    recv, due, res = (dossiers.days[c] for c in ("received", "due", "result"))
    start, as_of = np.datetime64(period.start, "D"), np.datetime64(period.as_of, "D")

    received = (recv >= start) & (recv <= as_of)
    # `processed` adds the carried over: received earlier, not resolved before the year began.
    base = received if options.scope == "received" else (recv <= as_of) & ~(res < start)
    done = res <= as_of  # NaT (in progress) compares False
    if options.on_time == "date":
        late_if_done = res > due
    else:
        due_at = f["due"].to_numpy()
        midnight = due_at == due.astype(due_at.dtype)
        end_of_day = due_at + np.timedelta64(86399, "s")
        late_if_done = f["result"].to_numpy() > np.where(midnight, end_of_day, due_at)

    resolved = base & done
    late = resolved & late_if_done
    pending = base & ~done
    overdue = pending & (due < as_of)
    on_time = resolved & ~late_if_done
    if options.pending_overdue == "late":
        resolved = resolved | overdue
        late = late | overdue

    wanted = {k for k, label in LEVEL_LABELS.items() if label in options.online_levels}
    procs = f["procedure"].cat
    offered = np.array([procedures.levels[str(p)] in wanted for p in procs.categories], dtype=bool)
    frame = pd.DataFrame(
        {
            "received": received,
            "resolved": resolved,
            "resolved_on_time": on_time,
            "resolved_late": late,
            "late_apologized": late & f["apology"].to_numpy(),
            "pending_overdue": overdue,
            "pending_not_due": pending & ~overdue,
            "online": received & (f["channel"].to_numpy() == CHANNELS.index("online")),
            "received_for_online_procedures": received & offered[procs.codes.to_numpy()],
        },
        copy=False,
    )
    return frame, received | base


def summed(flag: pd.DataFrame, frame: pd.DataFrame) -> pd.DataFrame:
    """Flags summed by (department, official, procedure): a few hundred rows for a million.

    The three category codes make one integer key; pandas factorizes it and numpy counts,
    which is several times quicker than a group-by over three categoricals.
    """
    dims = [frame[c].cat for c in DIMENSIONS]
    key = dims[0].codes.to_numpy().astype(np.int64)
    for dim in dims[1:]:
        key *= len(dim.categories)
        key += dim.codes.to_numpy()
    group, keys = pd.factorize(key)
    sums = {c: np.bincount(group, weights=flag[c].to_numpy(), minlength=len(keys)) for c in flag.columns}
    names = []
    for dim in reversed(dims):
        keys, codes = np.divmod(keys, len(dim.categories))
        names.append(dim.categories.to_numpy()[codes])
    index = pd.MultiIndex.from_arrays(names[::-1], names=list(DIMENSIONS))
    return pd.DataFrame(sums, index=index).astype(np.int64)


def _by(table: pd.DataFrame, level: str) -> dict[str, dict[str, int]]:
    """Per department or official: its dossier facts, when it had any dossier in scope."""
    sums = table.groupby(level=level).sum()
    active = sums[["received", "resolved", "pending_overdue", "pending_not_due"]].any(axis=1)
    rows = sums[active].to_dict("index")
    return {
        str(name): {f"dossiers.{k}": int(v) for k, v in rows[name].items()} for name in sorted(rows, key=str)
    }


def count(
    dossiers: Dossiers, procedures: ProcedureList, period: Period, options: DossierOptions
) -> DossierFacts:
    flag, in_scope = flags(dossiers, procedures, period, options)
    table = summed(flag, dossiers.frame)
    totals = table.sum()
    unit = {f"dossiers.{k}": int(v) for k, v in totals.items()}

    wanted = {k for k, label in LEVEL_LABELS.items() if label in options.online_levels}
    offered = {code for code, level in procedures.levels.items() if level in wanted}
    online_by_proc = table["online"].groupby(level="procedure").sum()
    unit["procedures.total"] = len(procedures.levels)
    unit["procedures.online"] = len(offered)
    unit["procedures.online_with_dossiers"] = sum(
        1 for code, n in online_by_proc.items() if n > 0 and str(code) in offered
    )

    notices = []
    if unit["dossiers.pending_overdue"]:
        notices.append(_overdue_notice(dossiers, flag, period, options))
    stray = sorted(str(c) for c, n in online_by_proc.items() if n > 0 and str(c) not in offered)
    if stray:
        notices.append(
            "Có hồ sơ nộp trực tuyến thuộc thủ tục không cung cấp trực tuyến theo danh mục: "
            f"{', '.join(stray)} (vẫn được tính vào số hồ sơ trực tuyến; kiểm tra lại danh mục thủ tục)."
        )
    outside = int((~in_scope).sum())
    if outside:
        notices.append(
            f"{outside} hồ sơ trong tệp tiếp nhận ngoài kỳ đánh giá "
            f"({vi_date(period.start)}–{vi_date(period.as_of)}) không được tính."
        )
    return DossierFacts(
        unit=unit,
        departments=_by(table, "department"),
        officials=_by(table, "official"),
        notices=notices,
    )


def _overdue_notice(dossiers: Dossiers, flag: pd.DataFrame, period: Period, options: DossierOptions) -> str:
    codes = pc.filter(dossiers.codes, pa.array(flag["pending_overdue"].to_numpy()))
    listed = sorted(codes.to_pylist())
    shown = ", ".join(listed[:LISTED])
    if len(listed) > LISTED:
        shown += f" và {len(listed) - LISTED} hồ sơ khác"
    counted = (
        "đã tính là trễ hạn (pending_overdue: late)"
        if options.pending_overdue == "late"
        else "không tính vào tỷ lệ đúng hạn (tuỳ chọn pending_overdue: late để tính là trễ hạn)"
    )
    when = vi_date(period.as_of)
    return f"{len(listed)} hồ sơ đang giải quyết đã quá hạn tại ngày {when}, {counted}: {shown}."
