"""The error header says what was not written, and only what the command would have written:
a single score holds back its report, a province run the failed unit's, catalog import its files;
validate and explain write nothing and say nothing of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from engine.cli.common import held_back
from engine.cli.main import main
from tests.unit.conftest import EXAMPLE

HEADER = "Dữ liệu đầu vào không hợp lệ — 1 lỗi"


@pytest.fixture
def bad(tmp_path: Path) -> Path:
    path = tmp_path / "sai.yaml"
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace("\nfacts:\n", "\nfacts:\n  khong_co_minh_chung_nay: 1\n", 1)
    path.write_text(text, encoding="utf-8")
    return path


def _err(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(args) == 2
    return capsys.readouterr().err


def test_validate_and_explain_do_not_say_a_report_was_held_back(
    bad: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in (["validate", str(bad)], ["explain", "3.4.1", "--evidence", str(bad)]):
        err = _err(args, capsys)
        assert f"{HEADER}:" in err and "không ghi" not in err, args


def test_a_single_score_holds_back_its_report(
    bad: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _err(["score", str(bad), "--out", str(tmp_path / "r.json")], capsys)
    assert f"{HEADER} (không ghi báo cáo):" in err
    assert not (tmp_path / "r.json").exists()


def test_catalog_import_holds_back_its_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = tmp_path / "bo-tieu-chi.xlsx"
    book.write_text("không phải sổ", encoding="utf-8")
    err = _err(["catalog", "import", str(book), "--out", str(tmp_path / "d")], capsys)
    assert "lỗi (không ghi tệp):" in err and "báo cáo" not in err


def test_a_province_run_holds_back_only_the_failed_units_report(
    bad: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    units = tmp_path / "don-vi"
    units.mkdir()
    shutil.copy(bad, units / "a-sai.yaml")
    shutil.copy(EXAMPLE, units / "b-dung.yaml")
    out = tmp_path / "bao-cao"
    err = _err(["score", str(units), "--quiet", "--out-dir", str(out)], capsys)
    assert f"{HEADER} (không ghi báo cáo của đơn vị này):" in err
    assert "(không ghi báo cáo)" not in err
    assert (out / "b-dung.json").exists() and not (out / "a-sai.json").exists()


def test_a_province_run_stopped_by_strict_writes_no_report(
    bad: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    units = tmp_path / "don-vi"
    units.mkdir()
    shutil.copy(bad, units / "a-sai.yaml")
    shutil.copy(EXAMPLE, units / "b-dung.yaml")
    err = _err(["score", str(units), "--strict", "--quiet", "--out-dir", str(tmp_path / "o")], capsys)
    assert f"{HEADER} (không ghi báo cáo nào):" in err


def test_an_error_after_some_files_were_written_names_them() -> None:
    assert held_back([]) == "không ghi báo cáo"
    assert held_back([Path("r.json")]) == "đã ghi r.json; không ghi các tệp còn lại"
    many = [Path(f"{i}.json") for i in range(5)]
    assert held_back(many, "không ghi báo cáo nào") == "đã ghi 5 tệp; không ghi các tệp còn lại"
