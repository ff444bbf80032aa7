"""Terminal output in Vietnamese (rich): the criteria table, totals, shortfalls, problems."""

from __future__ import annotations

import datetime as dt

from rich.console import Console
from rich.table import Table

from engine.core.dates import vi_date
from engine.core.numbers import vi_number
from engine.core.problems import Problem
from engine.report.model import Report
from engine.results.model import CriterionResult
from engine.results.sentences import value_text
from engine.spec.plan import TOTAL

STATUS_VI = {
    "scored": "đã chấm",
    "not_applicable": "không áp dụng",
    "missing_evidence": "thiếu minh chứng",
}


def _vi_date(iso: str) -> str:
    return vi_date(dt.date.fromisoformat(iso))


def console(stderr: bool = False) -> Console:
    return Console(width=140, soft_wrap=False, highlight=False, stderr=stderr)


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _met(r: CriterionResult) -> str:
    if r.target is None:
        return ""
    return {True: "[green]đạt[/]", False: "[red]chưa đạt[/]", None: "[yellow]—[/]"}[r.target.met]


def _change(r: CriterionResult) -> str:
    """Change vs last year, beside the value, when last year's evidence was given."""
    if r.indicator.change is None:
        return ""
    sign = "+" if r.indicator.change > 0 else ""
    return f" ({sign}{vi_number(r.indicator.change)})"


def _points(r: CriterionResult) -> str:
    score = "—" if r.score is None else vi_number(r.score)
    return f"{score}/{vi_number(r.max)}"


def criteria_table(report: Report) -> Table:
    table = Table(title="Kết quả tự đánh giá theo tiêu chí", show_lines=False)
    for name, kw in (
        ("Mã", {"no_wrap": True}),
        ("Tiêu chí", {"no_wrap": True}),
        ("Chỉ số", {"justify": "right"}),
        ("Chỉ tiêu", {}),
        ("Đạt", {}),
        ("Điểm", {"justify": "right"}),
        ("Trạng thái", {}),
    ):
        table.add_column(name, **kw)
    for r in report.criteria:
        target = r.target.rule if r.target else ""
        table.add_row(
            r.code,
            _short(r.title, 48),
            value_text(r.indicator.value, r.indicator.unit) + _change(r),
            target,
            _met(r),
            _points(r),
            STATUS_VI[r.status],
        )
    return table


def totals_table(report: Report) -> Table:
    table = Table(title="Tổng hợp theo lĩnh vực")
    for name in ("Lĩnh vực", "Tên", "Điểm", "Tối đa", "%", "Thiếu MC"):
        table.add_column(name)
    for f in report.fields:
        pct = "" if f.percent is None else vi_number(f.percent, 1)
        table.add_row(
            f.code,
            _short(f.title, 50),
            vi_number(f.score),
            vi_number(f.max),
            pct,
            str(f.missing_evidence or ""),
        )
    t = report.total
    pct = "" if t.percent is None else vi_number(t.percent, 1)
    table.add_row(
        "[b]Tổng[/]", "", f"[b]{vi_number(t.score)}[/]", f"[b]{vi_number(t.max)}[/]", f"[b]{pct}[/]", ""
    )
    return table


def print_report(report: Report, out: Console) -> None:
    plan = f" — kế hoạch {report.plan.id}" if report.plan else ""
    if report.as_of:
        plan += " — số liệu đến ngày " + _vi_date(report.as_of)
    out.print(f"[b]{report.unit}[/] — năm {report.year} — bộ tiêu chí {report.catalog.id}{plan}")
    out.print(criteria_table(report))
    out.print(totals_table(report))
    t = report.total
    counts = t.counts
    out.print(
        f"Tổng điểm tự đánh giá: [b]{vi_number(t.score)}/{vi_number(t.max)}[/]"
        + (f" ({vi_number(t.percent, 2)}%)" if t.percent is not None else "")
        + f" — {counts['scored']} tiêu chí đã chấm, {counts['not_applicable']} không áp dụng, "
        f"{counts['missing_evidence']} thiếu minh chứng"
        + (f" ({vi_number(t.missing_evidence_max)} điểm chờ minh chứng)" if t.missing_evidence_max else "")
    )
    if t.provisional:
        out.print(
            "[yellow]Lưu ý: điểm dựa trên thang điểm tạm thời hoặc bộ tiêu chí áp dụng theo giả định "
            "(provisional).[/]"
        )
    if t.label is not None:
        note = " (ngưỡng tạm thời)" if t.label.provisional else ""
        out.print(f"Xếp loại theo tổng điểm: [b]{t.label.text}[/]{note}")
    print_available(report, out)
    if report.summary is not None:
        print_summary(report, out)
    if report.shortfalls:
        out.print(
            f"\n[b]Chưa đạt chỉ tiêu kế hoạch ({len(report.shortfalls)}), xếp theo điểm bị ảnh hưởng:[/]"
        )
        for s in report.shortfalls:
            out.print(f"  • {s.code} ({vi_number(s.points_at_stake)} điểm): {s.gap}")
    else:
        out.print("\n[green]Không có tiêu chí nào chưa đạt chỉ tiêu kế hoạch.[/]")
    missing = [r for r in report.criteria if r.status == "missing_evidence"]
    if missing:
        out.print(f"\n[b]Thiếu minh chứng ({len(missing)}):[/]")
        for r in missing:
            out.print(f"  • {r.code}: " + ", ".join(r.missing_facts))
    print_ratings(report, out)
    doc_warnings = [w for w in report.warnings if w.code]
    general = [w for w in report.warnings if not w.code]
    for w in general:
        out.print(f"[yellow]Cảnh báo:[/] {w.message}")
    if doc_warnings:
        out.print(
            f"[yellow]Cảnh báo:[/] {len(doc_warnings)} tiêu chí đã chấm chưa có tài liệu kiểm chứng "
            "(xem 'warnings' trong báo cáo JSON)."
        )


def print_available(report: Report, out: Console) -> None:
    """Points still available, most first (catalogs that ask for them: `points_available`)."""
    left = [r for r in report.criteria if r.available is not None and r.available.points > 0]
    if not left:
        return
    left.sort(key=lambda r: -(r.available.points if r.available else 0))  # stable: catalog order on ties
    out.print("\n[b]Điểm còn có thể đạt, nhiều nhất trước:[/]")
    for r in left:
        assert r.available is not None
        out.print(f"  • {r.code} ({vi_number(r.available.points, 2)} điểm): {r.available.sentence}")


def print_summary(report: Report, out: Console) -> None:
    """Plan totals, what missed targets cost, published total, weights and baseline of the plan."""
    s = report.summary
    assert s is not None
    check = s.published_total
    if check is not None:
        rank = f", xếp hạng {check.rank}" if check.rank is not None else ""
        verdict = "[green]khớp[/]" if check.consistent else "[red]không khớp[/]"
        out.print(
            f"Tổng điểm đã công bố: {vi_number(check.published)}{rank}; "
            f"tính được {vi_number(check.computed)} (lệch {vi_number(check.difference)}, "
            f"sai số cho phép {vi_number(check.tolerance)}): {verdict}"
        )
    if s.targets:
        year = f" (chỉ tiêu năm {s.plan_year}, theo dõi tiến độ)" if s.progress else ""
        out.print(
            f"Chỉ tiêu kế hoạch{year}: {s.met}/{s.targets} đạt, {s.missed} chưa đạt, "
            f"{s.unassessed} chưa đánh giá được; điểm bị ảnh hưởng {vi_number(s.points_at_stake)} → "
            f"tổng điểm nếu đạt các chỉ tiêu: {vi_number(s.score_if_targets_met)}"
        )
    for w in s.stated_weights:
        out.print(
            f"  Trọng số kế hoạch {w.code} {w.title}: {vi_number(w.stated_percent)}% "
            f"(bộ tiêu chí {vi_number(w.catalog_percent)}%, chênh {'+' if w.difference > 0 else ''}"
            f"{vi_number(w.difference)} điểm %)",
            markup=False,
        )
    for g in s.score_targets:
        verdict = {True: "[green]đạt[/]", False: "[red]chưa đạt[/]", None: "chưa đánh giá được"}[g.met]
        detail = g.gap or g.reason or f"{vi_number(g.score, 2)} điểm"
        what = g.title if g.code == TOTAL else f"{g.code} {g.title}"
        out.print(f"Chỉ tiêu điểm {what} “{g.text}” ({g.rule}): {verdict} — {detail}")
    if s.baseline is not None:
        b = s.baseline
        total = f" {vi_number(b.total)} điểm" if b.total is not None else ""
        rank = f", xếp hạng {b.rank}" if b.rank else ""
        out.print(f"Kết quả năm {b.year} kế hoạch trích dẫn:{total}{rank}", markup=False)


OFFICIALS_SHOWN = 10


def print_ratings(report: Report, out: Console) -> None:
    """Every department; the officials barred or closest to their threshold (at most ten)."""
    if not report.ratings:
        return
    when = f" (số liệu đến ngày {_vi_date(report.as_of)})" if report.as_of else ""
    table = Table(title=f"Xếp loại theo tỷ lệ hồ sơ trễ hạn{when}")
    for name, kw in (
        ("Phòng / cán bộ", {"no_wrap": True}),
        ("Đã giải quyết", {"justify": "right"}),
        ("Trễ hạn", {"justify": "right"}),
        ("Tỷ lệ trễ", {"justify": "right"}),
        ("Ngưỡng", {}),
        ("Còn được trễ", {"justify": "right"}),
        ("Kết quả", {}),
    ):
        table.add_column(name, **kw)
    officials = [r for r in report.ratings if r.kind == "official"]
    near = sorted(
        (r for r in officials if r.rule_hit or r.late_budget < 3),
        key=lambda r: (not r.rule_hit, -(r.late_share or 0), r.late_budget, r.name),
    )[:OFFICIALS_SHOWN]
    for r in [*(r for r in report.ratings if r.kind == "department"), *near]:
        share = "—" if r.late_share is None else vi_number(r.late_share, 1) + "%"
        if r.goal:
            verdict = (
                "[yellow]chưa đạt mục tiêu phấn đấu[/]" if r.rule_hit else "[green]đạt mục tiêu phấn đấu[/]"
            )
        else:
            verdict = f"[red]không được xếp “{r.bars}”[/]" if r.rule_hit else "[green]chưa chạm ngưỡng[/]"
        table.add_row(
            ("Phòng: " if r.kind == "department" else "  ") + r.name,
            str(r.resolved),
            str(r.late),
            share,
            f"{r.compare} {vi_number(r.threshold)}%",
            str(r.late_budget),
            verdict,
        )
    out.print(table)
    barred = len({r.name for r in officials if r.rule_hit and not r.goal})
    officials = [r for r in officials if not r.goal]
    out.print(
        f"{barred}/{len(officials)} cán bộ vượt ngưỡng; bảng trên liệt kê {len(near)} cán bộ vượt "
        "hoặc gần ngưỡng nhất, đủ danh sách ở mục 'ratings' của báo cáo JSON."
    )


def print_problems(problems: list[Problem], out: Console) -> None:
    out.print(f"[red b]Dữ liệu đầu vào không hợp lệ — {len(problems)} lỗi (không ghi báo cáo):[/]")
    for p in problems:
        out.print(f"  • {p.render()}", markup=False, soft_wrap=True)
