"""What differs in the methodology behind two reports: the declarations' ids and digests, and the
criteria as each report states them (maximum, scale, title, criteria added or dropped).

The boundary is two reports in, Vietnamese lines out. A report states each criterion's maximum,
scale and title but not the bands, formulas or targets behind them: the catalog diff of
`cchc catalog diff` (issue 10: `engine.spec.diff.diff_bundles(old, new).lines()`) compares the
declarations themselves. Where the caller has both bundles (found by id in the library with the
digests the reports name), it passes those lines as `catalog_lines`, and they replace the
criterion lines read from the reports.
"""

from __future__ import annotations

from collections.abc import Sequence

from engine.core.numbers import vi_number
from engine.report.model import Ref, Report


def _short(digest: str) -> str:
    return digest.removeprefix("sha256:")[:12]


def _ref_line(label: str, before: Ref | None, after: Ref | None) -> str | None:
    if before is None and after is None:
        return None
    if before is not None and after is not None and before.id == after.id and before.digest == after.digest:
        return None
    shown = [f"{r.id} ({_short(r.digest)})" if r is not None else "không có" for r in (before, after)]
    same_id = before is not None and after is not None and before.id == after.id
    return f"{label}: {shown[0]} → {shown[1]}" + (" — cùng mã, nội dung khác" if same_id else "")


def differences(before: Report, after: Report, catalog_lines: Sequence[str] = ()) -> list[str]:
    """Lines saying what differs; empty when both reports rest on the same declarations."""
    lines = [
        line
        for line in (
            _ref_line("Bộ tiêu chí", before.catalog, after.catalog),
            _ref_line("Quy tắc", before.rules, after.rules),
            _ref_line("Kế hoạch", before.plan, after.plan),
        )
        if line
    ]
    if before.catalog.digest == after.catalog.digest:
        return lines
    if catalog_lines:
        return [*lines, *catalog_lines]
    old = {c.code: c for c in before.criteria}
    new = {c.code: c for c in after.criteria}
    dropped = [code for code in old if code not in new]
    added = [code for code in new if code not in old]
    if dropped:
        lines.append("Tiêu chí chỉ có ở báo cáo trước: " + ", ".join(dropped))
    if added:
        lines.append("Tiêu chí chỉ có ở báo cáo sau: " + ", ".join(added))
    for code, c in new.items():
        o = old.get(code)
        if o is None:
            continue
        if o.max != c.max:
            lines.append(f"{code}: điểm tối đa {vi_number(o.max)} → {vi_number(c.max)}")
        if o.scale.id != c.scale.id:
            lines.append(f"{code}: thang điểm {o.scale.id} → {c.scale.id}")
        if o.title != c.title:
            lines.append(f"{code}: tên tiêu chí đổi: “{o.title}” → “{c.title}”")
    return lines
