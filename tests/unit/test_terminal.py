"""What the screen says (issue 13): width follows the terminal, no line wider than it down to
80 columns, labels instead of ids, explain in Vietnamese sentences, plan mismatches said."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from engine.cli.main import main
from engine.core.numbers import vi_number
from engine.report.explain_text import find_code
from engine.scoring import score, score_file
from evidence import evidence_from_data

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "evidence" / "examples").glob("*.yaml"))
GIA_LAI = ROOT / "evidence" / "examples" / "gia-lai-bqlkkt-2022.yaml"


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("columns", [80, 100, 140])
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_no_line_is_wider_than_the_terminal(
    example: Path, columns: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    code, out, _ = _run(["score", str(example)], capsys)
    assert code == 0
    assert max(len(line) for line in out.splitlines()) <= columns
    report = score_file(example)
    rows = {
        line.split()[0] + " " + line.split()[1]: line for line in out.splitlines() if len(line.split()) > 1
    }
    for c in report.criteria:
        assert c.code in out  # codes are never cut
        row = rows.get(c.code)
        if row is not None and " " in c.code:
            assert f"/{vi_number(c.max)}" in row  # nor the score


def test_the_criteria_table_keeps_code_score_and_verdict_at_80_columns(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    _, out, _ = _run(["score", str(GIA_LAI)], capsys)
    row = next(line for line in out.splitlines() if "TCTP 3.4.1" in line)
    assert "97,33%" in row and "chưa đạt" in row and "0,5/1" in row and "≥ 100%" in row


def test_width_follows_columns(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    widths = []
    for columns in ("90", "200"):
        monkeypatch.setenv("COLUMNS", columns)
        _, out, _ = _run(["score", str(GIA_LAI)], capsys)
        widths.append(max(len(line) for line in out.splitlines()))
    assert widths[0] <= 90 < widths[1] <= 200


def test_no_internal_scale_ids_on_screen(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    _, out, _ = _run(["score", str(GIA_LAI)], capsys)
    assert "ty_le_100_95" not in out and ">= " not in out


@pytest.mark.parametrize("code", ["TCTP 3.4.1", "3.4.1", "tctp 3.4.1", "TCTP3.4.1", " tctp  3.4.1 "])
def test_explain_accepts_the_ways_people_write_a_code(code: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", code, "--evidence", str(GIA_LAI)]) == 0
    assert capsys.readouterr().out.startswith("TCTP 3.4.1 — ")


def test_find_code_by_number_only_when_unique() -> None:
    codes = ["TC 1.1", "TCTP 3.4.1", "KH 1.1"]
    assert find_code("3.4.1", codes) == ["TCTP 3.4.1"]
    assert find_code("1.1", codes) == ["TC 1.1", "KH 1.1"]  # two: the CLI lists both, exit 2
    assert find_code("kh1.1", codes) == ["KH 1.1"]


def test_explain_ambiguous_or_unknown_code_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "9.9.9", "--evidence", str(GIA_LAI)]) == 2
    assert "không có trong bộ tiêu chí" in capsys.readouterr().err


def test_explain_writes_vietnamese_sentences_with_labels_and_dates(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = _run(["explain", "3.4.1", "--evidence", str(GIA_LAI)], capsys)
    text = " ".join(out.split())
    for said in (
        "Chỉ số (tỷ lệ): 97,33%",
        "Số hồ sơ đã giải quyết (dossiers.resolved): 375",
        "Mức điểm: “từ 95% đến dưới 100%”",
        "Chỉ tiêu kế hoạch: “Giải quyết đúng hạn 100%” (≥ 100%): chưa đạt",
        "ngày 31/12/2022",
        "tính chỉ số [indicator:TCTP 3.4.1:ratio]",
        "khớp: Số hồ sơ đã giải quyết = 375",
    ):
        assert said in text, said
    assert "{" not in out and "2022-12-31" not in out  # no raw JSON, no ISO date


def test_explain_json_is_the_raw_entry(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(["explain", "3.4.1", "--evidence", str(GIA_LAI), "--json"], capsys)
    entry = json.loads(out)
    assert entry["code"] == "TCTP 3.4.1" and entry["trace"] and entry["shortfall"]["code"] == "TCTP 3.4.1"


def test_without_a_plan_the_summary_says_no_plan_was_given(
    example: dict[str, Any],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import yaml

    example.pop("plan")
    path = tmp_path / "khong-ke-hoach.yaml"
    path.write_text(yaml.safe_dump(example, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("COLUMNS", "200")
    _, out, _ = _run(["score", str(path)], capsys)
    assert "Không có kế hoạch" in out and "không có kế hoạch" in out.splitlines()[0]
    assert "Không có tiêu chí nào chưa đạt chỉ tiêu" not in out


def test_a_plan_of_another_unit_is_a_warning(example: dict[str, Any]) -> None:
    example["unit"] = "Sở Tư pháp tỉnh Gia Lai"
    report = score(evidence_from_data(example, "x.yaml"))
    (warning,) = [w for w in report.warnings if "là của" in w.message]
    assert "Ban Quản lý Khu kinh tế tỉnh Gia Lai" in warning.message and "Sở Tư pháp" in warning.message
    example["unit"] = "ban quản lý  khu kinh tế tỉnh gia lai"
    assert not [w for w in score(evidence_from_data(example, "x.yaml")).warnings if "là của" in w.message]


def test_criteria_with_a_plan_for_another_catalog_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["criteria", "par-so-nganh-2022", "--plan", "khanh-hoa-pci-2024"], capsys)
    assert code == 2 and out == "" and "dùng bộ tiêu chí 'pci-2022'" in err


def test_the_ratings_table_groups_each_official_under_their_own_department(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    example = GIA_LAI.parent / "van-phong-bqlkkt-2023.yaml"
    report = score_file(example)
    home = {r.name: r.department for r in report.ratings if r.kind == "official"}
    assert home["Huỳnh Thanh Hùng"] == "Văn phòng" and home["Võ Hoài Thảo"] == "Phòng Quản lý Doanh nghiệp"
    monkeypatch.setenv("COLUMNS", "200")
    _, out, _ = _run(["score", str(example)], capsys)
    table = out.split("Xếp loại theo tỷ lệ hồ sơ trễ hạn", 1)[1].split("cán bộ vượt ngưỡng", 1)[0]
    lines = [line.strip("│┃ ") for line in table.splitlines()]
    under = ""
    seen = 0
    for line in lines:
        if line.startswith("Phòng ") or line.startswith("Văn phòng"):
            under = line.split("│")[0].strip()
        elif line.startswith("• "):
            name = line[2:].split("│")[0].strip()
            assert home[name] == under, (name, under)
            seen += 1
    assert seen >= 3
    hidden = [r for r in report.ratings if r.kind == "department"]
    assert all(r.department is None for r in hidden)


@pytest.mark.parametrize(
    "args",
    [
        ["criteria"],
        ["criteria", "par-so-nganh-2022", "--plan", "gia-lai-bqlkkt-2022"],
        ["criteria", "pci-2022", "--plan", "khanh-hoa-pci-2024"],
        ["explain", "3.4.1", "--evidence", str(GIA_LAI)],
        ["explain", "KL91 1", "--evidence", str(GIA_LAI.parent / "van-phong-bqlkkt-2023.yaml")],
        ["validate", str(GIA_LAI)],
    ],
)
def test_other_commands_fit_80_columns(
    args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = _run(args, capsys)
    assert code == 0 and max(len(line) for line in out.splitlines()) <= 80
