"""The `cchc` command: exit codes, report writing, messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from engine.cli.main import main
from tests.unit.conftest import EXAMPLE


def test_score_prints_table_and_writes_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.json"
    assert main(["score", str(EXAMPLE), "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert "TCTP 3.4.1" in text and "Tổng điểm tự đánh giá" in text
    assert "cần thêm 13 hồ sơ đúng hạn" in text
    first = out.read_bytes()
    assert json.loads(first)["catalog"]["id"] == "par-so-nganh-2022"
    assert main(["score", str(EXAMPLE), "--out", str(out), "--quiet"]) == 0
    assert out.read_bytes() == first


def test_quiet_prints_only_what_was_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.json"
    assert main(["score", str(EXAMPLE), "--out", str(out), "--quiet"]) == 0
    assert capsys.readouterr().out == f"Đã ghi báo cáo: {out}\n"  # no blank first line


def test_fail_on_shortfall_exits_1(tmp_path: Path) -> None:
    assert main(["score", str(EXAMPLE), "--quiet", "--fail-on-shortfall"]) == 1


def test_invalid_input_exits_2_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(EXAMPLE.read_text(encoding="utf-8").replace("resolved: 1230", "resolved: -4"), "utf-8")
    out = tmp_path / "report.json"
    assert main(["score", str(bad), "--out", str(out)]) == 2
    assert not out.exists()
    text = capsys.readouterr().err
    assert "bad.yaml" in text and "facts.dossiers.resolved" in text and "không được âm" in text


def test_validate(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(EXAMPLE)]) == 0
    assert "hợp lệ" in capsys.readouterr().out


def test_criteria_lists_catalog_and_plan(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["criteria"]) == 0
    assert "par-so-nganh-2022" in capsys.readouterr().out
    assert main(["criteria", "par-so-nganh-2022", "--plan", "gia-lai-bqlkkt-2022"]) == 0
    text = capsys.readouterr().out
    assert "TCTP 7.2.1" in text and "Từ 50% trở lên" in text
    assert main(["criteria", "khong-co"]) == 2


def test_explain_shows_the_trace(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "tctp 3.4.1", "--evidence", str(EXAMPLE)]) == 0
    text = capsys.readouterr().out
    assert "indicator:TCTP 3.4.1:ratio" in text and "score:ty_le_100_95:1" in text
    assert "cần thêm 13 hồ sơ đúng hạn" in text
    assert main(["explain", "TCTP 9.9.9", "--evidence", str(EXAMPLE)]) == 2
