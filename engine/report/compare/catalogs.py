"""The catalog diff behind two reports on different catalogs, from the declarations themselves.

A report states each criterion's maximum, scale and title, not the bands, formulas, facts or
targets behind them. When both reports' declarations are in the library (found by id, checked by
digest, a user's copy of a shipped id included), `engine.spec.diff.diff_bundles` says what
changed; when one is not, the caller falls back to what the reports alone show, and the notes
here say why in Vietnamese.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from engine.core.problems import InputError
from engine.report.model import Report
from engine.spec.bundle import Bundle, Library
from engine.spec.diff import diff_bundles


@dataclass(frozen=True)
class CatalogLines:
    """The catalog diff's lines (empty: use the reports'), and why anything was left out."""

    lines: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _bundle(report: Report, library: Library) -> Bundle:
    plan = report.plan
    return library.matching(
        report.catalog.id,
        report.catalog.digest,
        report.rules.digest,
        plan.id if plan else None,
        plan.digest if plan else None,
    )


def catalog_lines(before: Report, after: Report, names: tuple[str, str], library: Library) -> CatalogLines:
    """What `cchc catalog diff` says between the two reports' declarations, when both are found."""
    bundles: list[Bundle] = []
    notes: list[str] = []
    for side, report, name in (("trước", before, names[0]), ("sau", after, names[1])):
        try:
            bundles.append(_bundle(report, library))
        except InputError as exc:
            why = "; ".join(p.reason for p in exc.problems)
            notes.append(
                f"Không dùng được bộ tiêu chí của báo cáo {side} ({name}) trong thư viện: {why}. "
                "Khác biệt về phương pháp chỉ lấy từ hai báo cáo (điểm tối đa, thang điểm, tên tiêu chí)"
            )
    if notes:
        return CatalogLines(notes=notes)
    old, new = bundles
    if (before.plan is None) != (old.plan is None) or (after.plan is None) != (new.plan is None):
        # One plan not found with its digest: compare the methodologies without either plan,
        # rather than list every target of the other one as added or removed.
        notes.append(
            "Không tìm thấy kế hoạch của một báo cáo trong thư viện với đúng nội dung đã chấm: "
            "khác biệt về chỉ tiêu không được liệt kê"
        )
        old = Bundle(old.catalog, old.rulebook, None, old.catalog_source, old.rules_source)
        new = Bundle(new.catalog, new.rulebook, None, new.catalog_source, new.rules_source)
    return CatalogLines(lines=diff_bundles(old, new).lines(), notes=notes)
