"""What-if (`--set FACT=VALUE`): a fact replaced after loading, checked like any, listed in the report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from engine.cli.main import main
from engine.core.problems import InputError, Reason
from engine.report.json_report import report_json
from engine.scoring import score
from evidence.load import load_with_bundle
from evidence.overrides import AssignmentError, apply_overrides, parse_assignment
from tests.test_schema import SCHEMA
from tests.unit.conftest import EXAMPLE
from tests.workbook.fill import GIA_LAI

ON_TIME = ["--set", "dossiers.resolved_on_time=1230", "--set", "dossiers.resolved_late=0"]
APOLOGIES = ["--set", "dossiers.late_apologized=0"]


def criterion(report: dict[str, Any], code: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = [c for c in report["criteria"] if c["code"] == code]
    assert found, code
    return found[0]


def test_set_turns_a_missed_target_into_a_met_one_and_lists_the_override(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before, after = tmp_path / "truoc.json", tmp_path / "sau.json"
    assert main(["score", str(EXAMPLE), "--quiet", "--out", str(before)]) == 0
    assert main(["score", str(EXAMPLE), "--quiet", *ON_TIME, *APOLOGIES, "--out", str(after)]) == 0
    shown = capsys.readouterr().out
    assert "MÔ PHỎNG" in shown and "dossiers.resolved_on_time = 1230 (minh chứng: 1217)" in shown
    old, new = json.loads(before.read_text("utf-8")), json.loads(after.read_text("utf-8"))
    assert criterion(old, "TCTP 3.4.1")["target"]["met"] is False
    assert criterion(new, "TCTP 3.4.1")["target"]["met"] is True
    assert new["total"]["score"] > old["total"]["score"]
    assert new["overrides"] == [
        {"fact": "dossiers.late_apologized", "value": 0, "original": 9},
        {"fact": "dossiers.resolved_late", "value": 0, "original": 13},
        {"fact": "dossiers.resolved_on_time", "value": 1230, "original": 1217},
    ]
    assert "overrides" not in old  # the submitted evidence's report keeps its bytes
    jsonschema.validate(new, SCHEMA)


def test_a_fact_computed_from_a_dossier_export_can_be_overridden() -> None:
    evidence, bundle = load_with_bundle(GIA_LAI)
    resolved = int(evidence.facts["dossiers.resolved"])
    changed = apply_overrides(
        evidence,
        bundle,
        [
            ("dossiers.resolved_on_time", str(resolved)),
            ("dossiers.resolved_late", "0"),
            ("dossiers.late_apologized", "0"),
        ],
    )
    report = score(changed, bundle)
    result = next(c for c in report.criteria if c.code == "TCTP 3.4.1")
    assert result.target is not None and result.target.met is True
    assert report.overrides[-1].original == evidence.facts["dossiers.resolved_on_time"]
    assert report.evidence.digest == evidence.digest  # the file as submitted; the overrides are listed


def test_decimal_comma_and_percent_sign_are_accepted() -> None:
    evidence, bundle = load_with_bundle(EXAMPLE)
    changed = apply_overrides(evidence, bundle, [("sipas.access", "88,5%")])
    assert changed.facts["sipas.access"] == 88.5
    assert '"value": 88.5' in report_json(score(changed, bundle))


def test_unknown_fact_is_refused_with_a_suggestion(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.json"
    code = main(["score", str(EXAMPLE), "--set", "dossier.resolved_ontime=1230", "--out", str(out)])
    assert code == 2 and not out.exists()
    err = capsys.readouterr().err
    assert "dossier.resolved_ontime" in err and "có phải ý bạn là 'dossiers.resolved_on_time'" in err


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Số hồ sơ đã giải quyết", "dossiers.resolved"),
        ("số hồ sơ đã giải quyết", "dossiers.resolved"),
        ("previous.Số hồ sơ đã giải quyết", "previous.dossiers.resolved"),
    ],
)
def test_a_vietnamese_fact_name_is_answered_with_the_code_to_type(
    typed: str, meant: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "r.json"
    assert main(["score", str(EXAMPLE), "--set", f"{typed}=5", "--out", str(out)]) == 2 and not out.exists()
    err = capsys.readouterr().err
    assert f"có phải ý bạn là '{meant}' (“Số hồ sơ đã giải quyết”)?" in err, err


@pytest.mark.parametrize(
    ("assignments", "reason"),
    [
        ([("dossiers.resolved", "-3")], Reason.OUT_OF_RANGE),
        ([("dossiers.resolved", "nhiều")], Reason.NOT_A_NUMBER),
        ([("sipas.access", "120")], Reason.OUT_OF_RANGE),
        ([("dossiers.resolved", "")], Reason.MISSING_VALUE),
        ([("dossiers.resolved", "1"), ("dossiers.resolved", "2")], Reason.DUPLICATE_KEY),
        ([("dossiers.resolved_on_time", "1300")], Reason.INCONSISTENT),  # on time + late > resolved
    ],
    ids=["negative count", "not a number", "percent over 100", "blank", "twice", "inconsistent"],
)
def test_an_override_is_validated_like_any_fact(assignments: list[tuple[str, str]], reason: Reason) -> None:
    evidence, bundle = load_with_bundle(EXAMPLE)
    with pytest.raises(InputError) as caught:
        apply_overrides(evidence, bundle, assignments)
    assert {p.code for p in caught.value.problems} == {reason}
    assert caught.value.problems[0].file == "--set"


def test_assignment_needs_an_equals_sign(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(AssignmentError):
        parse_assignment("dossiers.resolved")
    assert parse_assignment(" sipas.access = 88,5 ") == ("sipas.access", "88,5")
    with pytest.raises(SystemExit) as caught:
        main(["score", str(EXAMPLE), "--set", "dossiers.resolved"])
    assert caught.value.code == 2 and "MINH_CHỨNG=GIÁ_TRỊ" in capsys.readouterr().err


def test_explain_with_set_says_it_is_a_simulation(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "TCTP 3.4.1", "--evidence", str(EXAMPLE), *ON_TIME, *APOLOGIES]) == 0
    text = capsys.readouterr().out
    assert text.startswith("MÔ PHỎNG") and "1230/1230" in text


def test_xlsx_and_html_of_a_simulated_report_say_so(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    xlsx, html = tmp_path / "r.xlsx", tmp_path / "r.html"
    assert (
        main(["score", str(EXAMPLE), "--quiet", *ON_TIME, *APOLOGIES, "--out", str(xlsx), "--out", str(html)])
        == 0
    )
    info = [tuple(r) for r in load_workbook(xlsx)["Thông tin"].iter_rows(values_only=True)]
    assert ("MÔ PHỎNG (--set)", "Kết quả dùng giá trị giả định, không phải minh chứng đã nộp.") in info
    assert "MÔ PHỎNG (--set)" in html.read_text("utf-8")


def test_last_years_value_can_be_simulated_too() -> None:
    evidence, bundle = load_with_bundle(EXAMPLE)
    changed = apply_overrides(evidence, bundle, [("previous.sipas.access", "90")])
    assert changed.previous["sipas.access"] == 90 and changed.facts == evidence.facts
    report = score(changed, bundle)
    assert report.overrides[0].fact == "previous.sipas.access"
    assert report.overrides[0].original == evidence.previous["sipas.access"]
    target = next(c for c in report.criteria if c.code == "TCTP 8.1.1").target
    assert target is not None and target.met is False  # 86,5 is not 2 points above 90
