"""The ranking's what-if banner says which units a `--set` value reached: a fact only some units'
catalogs have is not said to have been applied to every unit, on the terminal, in the html and
xlsx summaries (one wording) and in the summary JSON (each unit's overrides)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

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


def _summaries(tmp_path: Path, args: list[str]) -> tuple[str, dict[str, str], dict[str, Any]]:
    """The html, the xlsx's “Thông tin” rows (label → value) and the JSON of one run's summary."""
    html, book, data = tmp_path / "tong-hop.html", tmp_path / "tong-hop.xlsx", tmp_path / "tong-hop.json"
    assert main([*args, "--quiet", "--out", str(html), "--out", str(book), "--out", str(data)]) == 0
    info = load_workbook(book)["Thông tin"]
    rows = {str(r[0]): str(r[1]) for r in info.iter_rows(min_row=2, values_only=True) if r[0]}
    return html.read_text(encoding="utf-8"), rows, json.loads(data.read_text(encoding="utf-8"))


def test_the_html_and_xlsx_summaries_say_which_units_a_value_reached(tmp_path: Path) -> None:
    args = ["score", str(EXAMPLE), str(VAN_PHONG), "--group-by", "catalog", "--set", "initiatives.count=3"]
    html, info, data = _summaries(tmp_path, args)
    reach = "initiatives.count=3: 1/2 đơn vị; 1 đơn vị còn lại chấm theo minh chứng đã nộp"
    banner = html.split("<h2>", 1)[0]
    assert reach in banner and "mọi đơn vị" not in banner
    assert reach in info["MÔ PHỎNG (--set)"] and "Mọi đơn vị" not in info["MÔ PHỎNG (--set)"]
    units = {u["file"]: u["overrides"] for u in data["units"]}
    assert units == {str(EXAMPLE): ["initiatives.count=3"], str(VAN_PHONG): []}


def test_every_summary_says_the_terminals_words_when_every_unit_has_the_fact(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "so-khac.yaml"
    shutil.copy(EXAMPLE, other)
    other.write_text(
        other.read_text(encoding="utf-8").replace("unit: ", "unit: Sở khác — ", 1), encoding="utf-8"
    )
    args = ["score", str(EXAMPLE), str(other), "--set", "initiatives.count=3"]
    screen = _screen(args, capsys, monkeypatch)
    html, info, _ = _summaries(tmp_path, args)
    said = "cả 2 đơn vị được chấm với giá trị giả định initiatives.count=3"
    assert f"MÔ PHỎNG (--set): {said}" in screen
    assert f"<b>MÔ PHỎNG (--set)</b>: {said}</p>" in html
    assert info["MÔ PHỎNG (--set)"] == said
