"""The ranking's what-if banner says which units a `--set` value reached: a fact only some units'
catalogs have is not said to have been applied to every unit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from engine.cli.main import main
from tests.unit.conftest import EXAMPLE

ROOT = Path(__file__).resolve().parents[3]
VAN_PHONG = ROOT / "evidence" / "examples" / "van-phong-bqlkkt-2023.yaml"


def _screen(args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("COLUMNS", "200")
    assert main(args) == 0
    return capsys.readouterr().out


def test_a_fact_of_one_catalog_is_said_to_reach_only_its_units(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ["score", str(EXAMPLE), str(VAN_PHONG), "--group-by", "catalog", "--set", "initiatives.count=3"]
    out = _screen(args, capsys, monkeypatch)
    banner = out.split("Xếp hạng", 1)[0]
    assert "mọi đơn vị" not in banner and "cả 2 đơn vị" not in banner
    assert "initiatives.count=3: 1/2 đơn vị; 1 đơn vị còn lại chấm theo minh chứng đã nộp" in banner


def test_a_fact_every_unit_has_is_said_to_reach_them_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "so-khac.yaml"
    shutil.copy(EXAMPLE, other)
    other.write_text(
        other.read_text(encoding="utf-8").replace("unit: ", "unit: Sở khác — ", 1), encoding="utf-8"
    )
    out = _screen(["score", str(EXAMPLE), str(other), "--set", "initiatives.count=3"], capsys, monkeypatch)
    assert "MÔ PHỎNG (--set): cả 2 đơn vị được chấm với giá trị giả định initiatives.count=3" in out
