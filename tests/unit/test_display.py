"""Numbers on screen (issue 13): rates at two decimals, never rounded onto the other side of the
target, targets as the plan means them, changes at the value's precision — in every writer."""

from __future__ import annotations

import copy
import html as html_lib
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from rich.console import Console

from engine.core import display
from engine.core.numbers import round_beside
from engine.report.html import report_html
from engine.report.model import Report
from engine.report.terminal import print_report
from engine.report.xlsx import report_xlsx
from engine.scoring import report_json, score
from evidence import evidence_from_data
from tests.bdd.values import written
from tests.unit.conftest import set_fact


def test_rates_have_two_decimals_as_official_reports_write_them() -> None:
    assert display.rate(99.68) == "99,68%"
    assert display.rate(2499 / 2500 * 100, 100) == "99,96%"
    assert display.rate(100.0, 100) == "100,00%"
    assert display.rate(0.0) == "0,00%"


@pytest.mark.parametrize(
    ("value", "threshold", "shown"),
    [
        (24999 / 25000 * 100, 100, "99,996%"),  # 100,00% would sit beside "chưa đạt"
        (2499999 / 2500000 * 100, 100, "99,99996%"),
        (49.996, 50, "49,996%"),
        (50.004, 50, "50,004%"),  # "> 50%" is met: never shown as exactly 50,00%
        (85.995, 86, "85,995%"),
        (86.0, 86, "86,00%"),
        (88.3951, 88.4, "88,395%"),
    ],
)
def test_a_rate_is_never_rounded_onto_the_other_side_of_its_target(
    value: float, threshold: float, shown: str
) -> None:
    assert display.rate(value, threshold) == shown
    assert (round_beside(value, threshold) == threshold) == (value == threshold)


@pytest.mark.parametrize(
    ("args", "text"),
    [
        ((">=", 100, "%"), "≥ 100%"),
        (("=", 0, ""), "= 0"),
        ((">", 8.6, "điểm"), "> 8,6 điểm"),
        ((">=", None, "%", 2, "pp"), "≥ năm trước + 2 điểm %"),
        ((">=", None, "%", 10, "percent"), "≥ năm trước + 10 %"),
        ((">=", None, "%"), "≥ năm trước"),
        (("<=", 25, "bậc"), "≤ 25 bậc"),
    ],
)
def test_targets_read_as_the_plan_means_them(args: tuple[Any, ...], text: str) -> None:
    assert display.target(*args) == text


def test_changes_have_the_precision_of_the_value() -> None:
    assert display.change(8, "%") == "+8,00"
    assert display.change(2.6, "%") == "+2,60"
    assert display.change(-0.4, "%") == "-0,40"
    assert display.change(0, "%") == "0,00"
    assert display.change(2, "") == "+2"


def test_bdd_percentages_compare_at_two_decimals_at_least() -> None:
    assert not written("100%").matches(99.96)
    assert written("99,96%").matches(99.96)
    assert written("100%").matches(100.0)
    assert written("98,92%").matches(98.9166)


def _nearly(perfect: dict[str, Any], on_time: int, resolved: int) -> Report:
    data = copy.deepcopy(perfect)
    set_fact(data, "dossiers.received", resolved)
    set_fact(data, "dossiers.resolved", resolved)
    set_fact(data, "dossiers.resolved_on_time", on_time)
    set_fact(data, "dossiers.resolved_late", resolved - on_time)
    set_fact(data, "dossiers.late_apologized", resolved - on_time)
    return score(evidence_from_data(data, "test.yaml"))


def _terminal(report: Report, width: int = 140) -> str:
    out = Console(width=width, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    print_report(report, out)
    return out.export_text()


def test_2499_of_2500_is_99_96_percent_in_every_writer(perfect_data: dict[str, Any], tmp_path: Path) -> None:
    report = _nearly(perfect_data, 2499, 2500)
    c = next(c for c in report.criteria if c.code == "TCTP 3.4.1")
    assert c.target is not None and c.target.met is False
    assert c.indicator.value == 99.96
    assert "99,96% (2499/2500)" in c.explanation and "100,0" not in c.explanation
    (gap,) = [s.gap for s in report.shortfalls if s.code == "TCTP 3.4.1"]
    assert gap == "tỷ lệ 99,96% < 100%: cần thêm 1 hồ sơ đúng hạn"
    row = next(line for line in _terminal(report).splitlines() if "TCTP 3.4.1" in line)
    assert "99,96%" in row and "≥ 100%" in row and "chưa đạt" in row and "100,00%" not in row
    assert "99,96%" in html_lib.unescape(report_html(report))
    path = tmp_path / "r.xlsx"
    path.write_bytes(report_xlsx(report))
    ws = load_workbook(path)["Tự chấm điểm"]
    header = [cell.value for cell in ws[1]]
    (cell,) = [r[header.index("Chỉ số")] for r in ws.iter_rows(min_row=2) if r[1].value == "TCTP 3.4.1"]
    assert cell.value == 99.96 and cell.number_format.count("0") - 1 >= 2  # shown with two decimals
    assert '"value": 99.96' in report_json(report)


def test_24999_of_25000_shows_the_third_decimal(perfect_data: dict[str, Any]) -> None:
    report = _nearly(perfect_data, 24999, 25000)
    c = next(c for c in report.criteria if c.code == "TCTP 3.4.1")
    assert "99,996%" in c.explanation
    (gap,) = [s.gap for s in report.shortfalls if s.code == "TCTP 3.4.1"]
    assert gap.startswith("tỷ lệ 99,996% < 100%")


def test_targets_and_changes_in_the_terminal_table(example: dict[str, Any]) -> None:
    text = _terminal(score(evidence_from_data(example, "test.yaml")))
    assert ">= " not in text
    sipas = next(line for line in text.splitlines() if "TCTP 8.1.1" in line)
    assert "(+2,60)" in sipas and "≥ năm trước + 2" in sipas
