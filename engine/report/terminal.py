"""Terminal output in Vietnamese (rich): the criteria table, totals, shortfalls, problems.

The width follows the terminal (and `COLUMNS`); no line is wider, down to 80 columns: tables
keep the code, score and verdict whole, wrap targets and verdicts before titles get short
(`engine.report.fit`), sentences wrap. Text that comes from files (unit, official, document
names) is printed literally, never as markup.
"""

from __future__ import annotations

import datetime as dt
import os
import textwrap

from rich.console import Console
from rich.table import Table
from rich.text import Text

from engine.core import display
from engine.core.dates import vi_date
from engine.core.numbers import vi_number
from engine.core.problems import Problem
from engine.report.fit import NARROW, Col, fitted
from engine.report.missing import advice, is_workbook, lacking
from engine.report.model import Report
from engine.report.standing import VERDICT_VI, points_left, target_detail, target_name
from engine.report.table import STATUS_VI
from engine.results.model import CriterionResult, Rating
from engine.results.sentences import value_text
from evidence.workbook import layout as WB


def _vi_date(iso: str) -> str:
    return vi_date(dt.date.fromisoformat(iso))


PIPE_WIDTH = 140  # into a file or a pipe, when COLUMNS does not say: nothing to fit


def console(stderr: bool = False) -> Console:
    """A console as wide as the terminal, or as `COLUMNS` says; into a file or pipe without
    `COLUMNS`, `PIPE_WIDTH` (there is no screen to fit, and lines stay whole for grep)."""
    out = Console(soft_wrap=False, highlight=False, stderr=stderr)
    if out.is_terminal or os.environ.get("COLUMNS", "").strip().isdigit():
        return out
    return Console(width=PIPE_WIDTH, soft_wrap=False, highlight=False, stderr=stderr)


def say(out: Console, text: str, *, lead: str = "", style: str = "", hang: int = 0) -> None:
    """Print a sentence literally (never as markup), wrapped at word boundaries to the width.

    A word longer than the line (a file path) is kept whole: it stays copyable.
    `lead` is printed in `style` before the text; continuation lines are indented by `hang`.
    """
    full = lead + text
    lines = textwrap.wrap(
        full,
        width=max(out.width, 20),
        subsequent_indent=" " * hang,
        break_long_words=False,
        break_on_hyphens=False,
        drop_whitespace=True,
    ) or [""]
    indent = len(full) - len(full.lstrip(" "))
    if indent:
        lines[0] = " " * indent + lines[0].lstrip(" ")
    for i, line in enumerate(lines):
        shown = Text(line)
        if i == 0 and lead and style:
            shown.stylize(style, 0, len(lead.rstrip()))
        out.print(shown, soft_wrap=True)


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _met(r: CriterionResult) -> Text:
    if r.target is None:
        return Text("")
    return {
        True: Text("đạt", "green"),
        False: Text("chưa đạt", "red"),
        None: Text("—", "yellow"),
    }[r.target.met]


def _change(r: CriterionResult) -> str:
    """Change vs last year, beside the value, when last year's evidence was given."""
    if r.indicator.change is None:
        return ""
    return f" ({display.change(r.indicator.change, r.indicator.unit)})"


def _points(r: CriterionResult) -> str:
    score = "—" if r.score is None else vi_number(r.score)
    return f"{score}/{vi_number(r.max)}"


def _width(out: Console | None) -> int:
    return 140 if out is None else out.width


def _verdict(r: CriterionResult) -> Text:
    """Target verdict, or the status when the criterion was not scored (narrow terminals)."""
    if r.status != "scored":
        return Text(STATUS_VI[r.status], "yellow" if r.status == "missing_evidence" else "")
    return _met(r)


def criteria_table(report: Report, out: Console | None = None) -> Table:
    width = _width(out)
    narrow = width < NARROW
    cols = [
        Col("Mã"),
        Col("Tiêu chí", flex=True),
        Col("Chỉ số", justify="right", wrap=True),
        Col("Chỉ tiêu", wrap=True, least=len("Chỉ tiêu")),
        Col("Đạt", wrap=narrow, least=len("chưa đạt")),
        Col("Điểm", justify="right"),
    ]
    if not narrow:
        cols.append(Col("Trạng thái", wrap=True, least=len("Trạng thái")))
    rows = []
    for r in report.criteria:
        target = r.target.rule if r.target else ""
        threshold = r.target.threshold if r.target else None
        row = [
            Text(r.code),
            Text(_short(r.title, 48)),
            Text(value_text(r.indicator.value, r.indicator.unit, threshold) + _change(r)),
            Text(target),
            _verdict(r) if narrow else _met(r),
            Text(_points(r)),
        ]
        if not narrow:
            row.append(Text(STATUS_VI[r.status]))
        rows.append(row)
    return fitted("Kết quả tự đánh giá theo tiêu chí", cols, rows, width)


def _percent(value: float | None) -> str:
    return "" if value is None else display.fixed(value, display.RATE_PLACES)


def totals_table(report: Report, out: Console | None = None) -> Table:
    cols = [Col("Lĩnh vực"), Col("Tên", flex=True)]
    cols += [Col(name, justify="right") for name in ("Điểm", "Tối đa", "%", "Thiếu MC")]
    rows = [
        [
            Text(f.code),
            Text(_short(f.title, 50)),
            Text(vi_number(f.score)),
            Text(vi_number(f.max)),
            Text(_percent(f.percent)),
            Text(str(f.missing_evidence or "")),
        ]
        for f in report.fields
    ]
    t = report.total
    bold = "bold"
    rows.append(
        [
            Text("Tổng", bold),
            Text(""),
            Text(vi_number(t.score), bold),
            Text(vi_number(t.max), bold),
            Text(_percent(t.percent), bold),
            Text(""),
        ]
    )
    return fitted("Tổng hợp theo lĩnh vực", cols, rows, _width(out))


def print_report(report: Report, out: Console) -> None:
    """The whole summary; missing evidence named as the office knows it (`Report.fact_names`)."""
    plan = f" — kế hoạch {report.plan.id}" if report.plan else " — không có kế hoạch"
    if report.as_of:
        plan += " — số liệu đến ngày " + _vi_date(report.as_of)
    out.print(
        Text.assemble((report.unit, "bold"), f" — năm {report.year} — bộ tiêu chí {report.catalog.id}{plan}")
    )
    out.print(criteria_table(report, out))
    out.print(totals_table(report, out))
    t = report.total
    counts = t.counts
    out.print(
        Text.assemble(
            "Tổng điểm tự đánh giá: ",
            (f"{vi_number(t.score)}/{vi_number(t.max)}", "bold"),
            (f" ({_percent(t.percent)}%)" if t.percent is not None else ""),
            f" — {counts['scored']} tiêu chí đã chấm, {counts['not_applicable']} không áp dụng, "
            f"{counts['missing_evidence']} thiếu minh chứng",
            (f" ({vi_number(t.missing_evidence_max)} điểm chờ minh chứng)" if t.missing_evidence_max else ""),
        )
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
    if report.plan is None:
        out.print(
            "\n[yellow]Không có kế hoạch (mục 'plan' của tệp minh chứng): không so sánh với chỉ tiêu "
            "kế hoạch nào.[/]"
        )
    elif report.shortfalls:
        out.print(
            f"\n[b]Chưa đạt chỉ tiêu kế hoạch ({len(report.shortfalls)}), xếp theo điểm bị ảnh hưởng:[/]"
        )
        for s in report.shortfalls:
            say(out, f"  • {s.code} ({vi_number(s.points_at_stake)} điểm): {s.gap}", hang=4)
    else:
        out.print("\n[green]Không có tiêu chí nào chưa đạt chỉ tiêu kế hoạch.[/]")
    print_missing(report, out)
    print_ratings(report, out)
    doc_warnings = [w for w in report.warnings if w.code]
    general = [w for w in report.warnings if not w.code]
    for w in general:
        say(out, w.message, lead="Cảnh báo: ", style="yellow", hang=2)
    if doc_warnings:
        say(
            out,
            f"{len(doc_warnings)} tiêu chí đã chấm chưa có tài liệu kiểm chứng (danh sách ở phần "
            f"“Cảnh báo” của báo cáo); {_documents_hint(report)}.",
            lead="Cảnh báo: ",
            style="yellow",
            hang=2,
        )


def _documents_hint(report: Report) -> str:
    if is_workbook(report.evidence.file):
        return (
            f"ghi số hiệu tài liệu vào cột “{WB.DOCS}” của trang “{WB.FACTS}” và kê tài liệu ở trang "
            f"“{WB.DOCUMENTS}” của sổ minh chứng"
        )
    return "kê tài liệu ở mục documents của tệp minh chứng"


def print_missing(report: Report, out: Console) -> None:
    """Criteria waiting for evidence: each with the evidence it lacks by its label, then where to
    fill it in (`engine.report.missing`, as the html and xlsx reports say it)."""
    missing = [r for r in report.criteria if r.status == "missing_evidence"]
    if not missing:
        return
    names, file = report.fact_names, report.evidence.file
    out.print(f"\n[b]Thiếu minh chứng ({len(missing)}):[/]")
    for r in missing:
        say(out, f"  • {r.code}: {lacking(r, names, file)}", hang=4)
    say(out, f"  {advice(file, missing, names)}", hang=2)


def print_available(report: Report, out: Console) -> None:
    """Points still available, most first (catalogs that ask for them: `points_available`)."""
    left = points_left(report)  # the html and xlsx reports' order: one definition
    if not left:
        return
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
        style = {True: "green", False: "red", None: ""}[g.met]
        out.print(
            Text.assemble(
                f"Chỉ tiêu điểm {target_name(g)} “{g.text}” ({g.rule}): ",
                (VERDICT_VI[g.met], style),
                f" — {target_detail(g)}",
            )
        )
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
    cols = [Col("Phòng / cán bộ", flex=True, droppable=False)]
    cols += [Col(name, justify="right", wrap=True) for name in ("Đã giải quyết", "Trễ hạn", "Tỷ lệ trễ")]
    cols += [
        Col("Ngưỡng"),
        Col("Còn được trễ", justify="right", wrap=True),
        Col("Kết quả", wrap=True, least=len("chưa chạm")),
    ]
    rows: list[list[Text]] = []
    officials = [r for r in report.ratings if r.kind == "official"]
    near = sorted(
        (r for r in officials if r.rule_hit or r.late_budget < 3),
        key=lambda r: (not r.rule_hit, -(r.late_share or 0), r.late_budget, r.name),
    )[:OFFICIALS_SHOWN]
    departments = [r for r in report.ratings if r.kind == "department"]

    def row(r: Rating, name: Text) -> None:
        share = "—" if r.late_share is None else display.rate(r.late_share, r.threshold)
        if r.goal:
            verdict = (
                Text("chưa đạt mục tiêu phấn đấu", "yellow")
                if r.rule_hit
                else Text("đạt mục tiêu phấn đấu", "green")
            )
        else:
            verdict = (
                Text(f"không được xếp “{r.bars}”", "red") if r.rule_hit else Text("chưa chạm ngưỡng", "green")
            )
        rows.append(
            [
                name,
                Text(str(r.resolved)),
                Text(str(r.late)),
                Text(share),
                Text(display.target(r.compare, r.threshold, "%")),
                Text(str(r.late_budget)),
                verdict,
            ]
        )

    # each official under their own department (where they handled most dossiers)
    shown = {r.name for r in departments}
    for r in departments:
        row(r, Text(r.name, "bold"))
        for o in (o for o in near if o.department == r.name):
            row(o, Text("  • " + o.name))
    others = [o for o in near if o.department not in shown]
    if others:
        rows.append([Text("Cán bộ (phòng không xếp loại)", "bold")])
    for o in others:
        row(o, Text("  • " + o.name))
    out.print(fitted(f"Xếp loại theo tỷ lệ hồ sơ trễ hạn{when}", cols, rows, out.width))
    barred = len({r.name for r in officials if r.rule_hit and not r.goal})
    officials = [r for r in officials if not r.goal]
    out.print(
        f"{barred}/{len(officials)} cán bộ vượt ngưỡng; bảng trên liệt kê (•) dưới phòng của mình "
        f"{len(near)} cán bộ vượt hoặc gần ngưỡng nhất, đủ danh sách ở mục 'ratings' của báo cáo JSON."
    )


def print_problems(problems: list[Problem], out: Console, not_written: str = "") -> None:
    """Every problem; on a terminal wrapped to its width, into a pipe or file one line each
    (`tệp:dòng [đường.dẫn]: lý do`), so that scripts and grep see one record per problem.

    `not_written` is what the caller did not write because of them ("không ghi báo cáo",
    "không ghi báo cáo của đơn vị này"), said after the count; empty for a command that writes
    nothing (validate, explain), so the screen never says a report was held back that never was.
    """
    held = f" ({not_written})" if not_written else ""
    out.print(f"[red b]Dữ liệu đầu vào không hợp lệ — {len(problems)} lỗi{held}:[/]")
    for p in problems:
        if out.is_terminal:
            say(out, f"  • {p.render()}", hang=4)
        else:
            out.print(f"  • {p.render()}", markup=False, soft_wrap=True)
