"""Run features/pci*.feature now, with a minimal reader of the shared Vietnamese step phrases.

The project's step library (pytest-bdd) lives on another branch; until it is merged these
scenarios are executed here so that what they state is verified. Only the exact phrases
of the shared library are understood: an unknown step fails the test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from engine.numbers import parse_number
from engine.report import Report
from engine.scoring import score
from evidence import evidence_from_data

FEATURES = sorted((Path(__file__).resolve().parent.parent / "features").glob("pci*.feature"))
KEYWORDS = ("Cho ", "Khi ", "Thì ", "Và ")


@dataclass
class Scenario:
    name: str
    steps: list[str] = field(default_factory=list)


def parse(path: Path) -> list[Scenario]:
    """Scenarios, with every 'Khung kịch bản' expanded over its 'Dữ liệu' rows."""
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    assert lines[0] == "# language: vi"
    out: list[Scenario] = []
    current: Scenario | None = None
    outline = False
    header: list[str] | None = None
    for ln in lines:
        if ln.startswith(("Kịch bản:", "Khung kịch bản:")):
            outline = ln.startswith("Khung")
            current = Scenario(ln.split(":", 1)[1].strip())
            header = None
            if not outline:
                out.append(current)
        elif current is not None and ln.startswith(KEYWORDS):
            current.steps.append(ln.split(" ", 1)[1])
        elif current is not None and outline and ln.startswith("|"):
            cells = [c.strip() for c in ln.strip("|").split("|")]
            if header is None:
                header = cells
                continue
            steps = current.steps
            for name, value in zip(header, cells, strict=True):
                steps = [s.replace(f"<{name}>", value) for s in steps]
            out.append(Scenario(f"{current.name} [{', '.join(cells)}]", steps))
    return out


def _num(text: str) -> float:
    return parse_number(text)


def run(scenario: Scenario) -> None:
    data: dict[str, Any] = {"facts": {}, "previous": {}}
    report: Report | None = None
    for step in scenario.steps:
        if m := re.fullmatch(r'bộ tiêu chí "([^"]+)" và kế hoạch "([^"]+)"', step):
            data["catalog"], data["plan"] = m.groups()
        elif m := re.fullmatch(r'đơn vị "([^"]+)" năm (\d{4})', step):
            data["unit"], data["year"] = m.group(1), int(m.group(2))
        elif m := re.fullmatch(r'minh chứng "([^"]+)" là (.+)', step):
            data["facts"][m.group(1)] = m.group(2)
        elif m := re.fullmatch(r'minh chứng năm trước "([^"]+)" là (.+)', step):
            data["previous"][m.group(1)] = m.group(2)
        elif step == "chấm điểm":
            report = score(evidence_from_data(data, scenario.name))
        else:
            assert report is not None, f"bước kiểm tra trước khi chấm điểm: {step}"
            check(report, step)


def check(report: Report, step: str) -> None:
    by_code = {r.code: r for r in report.criteria}
    missed = {s.code for s in report.shortfalls}
    if m := re.fullmatch(r'tiêu chí "([^"]+)" (đạt|không đạt) chỉ tiêu kế hoạch', step):
        target = by_code[m.group(1)].target
        assert target is not None and target.met is (m.group(2) == "đạt"), step
    elif m := re.fullmatch(r'chỉ số của tiêu chí "([^"]+)" là (.+)', step):
        assert by_code[m.group(1)].indicator.value == pytest.approx(_num(m.group(2)), abs=1e-4), step
    elif m := re.fullmatch(r'tiêu chí "([^"]+)" thiếu minh chứng', step):
        assert by_code[m.group(1)].status == "missing_evidence", step
    elif m := re.fullmatch(r"tổng điểm tự đánh giá là (.+)", step):
        assert report.total.score == pytest.approx(_num(m.group(1)), abs=1e-4), step
    elif m := re.fullmatch(r'có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "([^"]+)"', step):
        assert m.group(1) in missed, step
    elif step == "không có cảnh báo chưa đạt chỉ tiêu":
        assert not missed, step
    else:
        raise AssertionError(f"bước không thuộc thư viện bước chung: {step}")


SCENARIOS = [(p.name, s) for p in FEATURES for s in parse(p)]


def test_features_exist() -> None:
    assert [p.name for p in FEATURES] == ["pci.feature", "pci_nhiem_vu.feature"]
    assert len(SCENARIOS) >= 12


@pytest.mark.parametrize(("feature", "scenario"), SCENARIOS, ids=[f"{f}: {s.name}" for f, s in SCENARIOS])
def test_scenario(feature: str, scenario: Scenario) -> None:
    run(scenario)
