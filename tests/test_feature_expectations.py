"""The numbers in features/ho_so_tthc.feature hold on this branch.

The Gherkin steps come with the shared step library (branch issue-3); until it is here, this
test reads the feature's three kinds of step with regular expressions and checks them.
"""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from engine.scoring import score_file

FEATURE = ROOT / "features" / "ho_so_tthc.feature"
GIVEN = re.compile(r'^\s*Cho tệp minh chứng "(?P<path>[^"]+)"')
INDICATOR = re.compile(r'^\s*(?:Thì|Và) chỉ số của tiêu chí "(?P<code>[^"]+)" là (?P<value>[\d,]+)')
POINTS = re.compile(r'^\s*(?:Thì|Và) tiêu chí "(?P<code>[^"]+)" được (?P<value>[\d,]+) điểm')


def scenarios() -> list[tuple[str, list[tuple[str, str, float]]]]:
    out: list[tuple[str, list[tuple[str, str, float]]]] = []
    for line in FEATURE.read_text(encoding="utf-8").splitlines():
        if m := GIVEN.match(line):
            out.append((m["path"], []))
        for kind, pattern in (("indicator", INDICATOR), ("points", POINTS)):
            if m := pattern.match(line):
                out[-1][1].append((kind, m["code"], float(m["value"].replace(",", "."))))
    return out


@pytest.mark.parametrize(("path", "checks"), scenarios())
def test_feature_numbers(path: str, checks: list[tuple[str, str, float]]) -> None:
    report = score_file(FEATURE.parent / path)
    by_code = {r.code: r for r in report.criteria}
    assert checks
    for kind, code, expected in checks:
        got = by_code[code].indicator.value if kind == "indicator" else by_code[code].score
        assert got == pytest.approx(expected, abs=1e-4), (code, kind)
