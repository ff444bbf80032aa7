"""Tables at 80 columns (a laptop's terminal): the criterion's title stays readable (a column of
at least `TITLE_FLOOR` characters, cut after a whole word) because targets and verdicts wrap
first; codes, numbers and scores are never cut; the province ranking fits too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.console import Console
from rich.text import Text

from engine.cli.main import main
from engine.report.fit import TITLE_FLOOR, Col, _cut, fitted
from engine.scoring import score_file
from tests.unit.conftest import EXAMPLE

ROOT = Path(__file__).resolve().parents[3]
EXAMPLES = sorted((ROOT / "evidence" / "examples").glob("*.yaml"))
VAN_PHONG = ROOT / "evidence" / "examples" / "van-phong-bqlkkt-2023.yaml"


@pytest.mark.parametrize("columns", [80, 100, 120])
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_titles_keep_their_floor_at_80_columns(
    example: Path, columns: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    assert main(["score", str(example)]) == 0
    out = capsys.readouterr().out
    table = out.split("Kết quả tự đánh giá theo tiêu chí", 1)[1].split("Tổng hợp theo lĩnh vực", 1)[0]
    rows = [line.strip("│┃ ") for line in table.splitlines()]
    for c in score_file(example).criteria:
        (row,) = [r for r in rows if r.startswith(c.code + " ") or r.startswith(c.code + "│")]
        title = re.split(r" {3,}|│", row[len(c.code) :].strip(" │"))[0].strip()
        whole = c.title if len(c.title) <= 48 else c.title[:47] + "…"
        if title != whole:  # cut after a whole word, in a column of at least TITLE_FLOOR
            shown = title.removesuffix("…")
            assert c.title.startswith(shown) and c.title[len(shown)] == " ", (c.code, title)
            assert len(title) >= (TITLE_FLOOR - 1) * 2 // 3, (c.code, title)
        assert re.search(r"\d…", row.split(title, 1)[1]) is None, row  # no number cut


def test_a_verdict_and_a_number_never_wrap_inside() -> None:
    cols = [Col("Mã"), Col("Tiêu chí", flex=True), Col("Chỉ tiêu", wrap=True), Col("Đạt", wrap=True, least=8)]
    rows = [[Text("TCTP 8.1.1"), Text("x" * 60), Text("≥ năm trước + 2 điểm %"), Text("chưa đạt")]]
    out = Console(width=60, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    out.print(fitted("", cols, rows, 60))
    text = out.export_text()
    assert "chưa đạt" in text and "TCTP 8.1.1" in text
    assert max(len(line) for line in text.splitlines()) <= 60
    assert "x" * (TITLE_FLOOR - 1) + "…" in text  # the title kept its floor: the target wrapped


def test_the_province_ranking_fits_80_columns_with_whole_numbers(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["score", str(EXAMPLE), str(VAN_PHONG), "--group-by", "catalog"]) == 0
    out = capsys.readouterr().out
    assert max(len(line) for line in out.splitlines()) <= 80
    total = score_file(EXAMPLE).total
    row = next(line for line in out.splitlines() if "Ban Quản lý Khu kinh tế tỉnh" in line)
    assert f"{total.percent:.2f}%".replace(".", ",") in row
    assert re.search(r"\d…|Hạ…|Chưa đạ\b", out) is None


def test_a_title_is_cut_after_a_whole_word_not_inside_a_number() -> None:
    title = "Thực hiện kế hoạch cải cách hành chính năm 2022 của tỉnh"
    assert _cut(Text(title), 46).plain == "Thực hiện kế hoạch cải cách hành chính năm…"  # not "năm 20…"
    assert _cut(Text(title), 80).plain == title
    assert _cut(Text("x" * 30), 10).plain == "x" * 9 + "…"  # one long word: cut inside it


@pytest.mark.parametrize("columns", [80, 200])
def test_the_wide_ranking_shows_the_fields_that_fit_and_says_how_many_do_not(
    columns: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks.province_units import write_units

    write_units(tmp_path / "tinh", 3)
    monkeypatch.setenv("COLUMNS", str(columns))
    assert main(["score", str(tmp_path / "tinh"), "--wide"]) == 0
    out = capsys.readouterr().out
    assert max(len(line) for line in out.splitlines()) <= columns
    assert re.search(r"\d…|\d,…", out) is None
    said = "cột tỷ lệ theo lĩnh vực không vừa màn hình" in " ".join(out.split())
    assert said == (columns == 80)
    assert ("VIII" in out) == (columns == 200)


def test_a_column_blank_on_every_row_is_left_out_and_its_width_goes_to_the_title() -> None:
    cols = [Col("Mã"), Col("Tiêu chí", flex=True), Col("Chỉ tiêu", wrap=True), Col("Điểm", justify="right")]
    title = "Tính năng động của chính quyền tỉnh nhà"  # 39: cut beside “Chỉ tiêu”
    rows = [[Text("PCI 7"), Text(title), Text(""), Text("3,87/5")], [Text("PCI 8"), Text("Ngắn"), Text(" ")]]
    out = Console(width=60, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    out.print(fitted("", cols, rows, 60))
    text = out.export_text()
    assert "Chỉ tiêu" not in text and title in text and "3,87/5" in text
    rows[1][2] = Text("≥ 100%")  # one row with a target: the column is back
    out.print(fitted("", cols, rows, 60))
    text = out.export_text()
    assert "Chỉ tiêu" in text and title not in text


@pytest.mark.parametrize("columns", [80, 120, 160])
def test_without_a_plan_the_score_table_has_no_target_or_verdict_columns(
    columns: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    example = ROOT / "evidence" / "examples" / "khanh-hoa-pci-2024.yaml"
    lines = example.read_text("utf-8").splitlines(keepends=True)
    assert any(line.startswith("plan:") for line in lines)
    evidence = tmp_path / example.name
    evidence.write_text("".join(line for line in lines if not line.startswith("plan:")), "utf-8")
    monkeypatch.setenv("COLUMNS", str(columns))
    assert main(["score", str(evidence)]) == 0
    out = capsys.readouterr().out
    table = out.split("Kết quả tự đánh giá theo tiêu chí", 1)[1].split("Tổng hợp theo lĩnh vực", 1)[0]
    header = next(line for line in table.splitlines() if "Tiêu chí" in line)
    assert "Chỉ tiêu" not in header and "Đạt" not in header and "Điểm" in header
    report = score_file(evidence)
    assert report.plan is None
    for c in report.criteria:  # every title whole at 80 columns too: the blank columns' room
        assert (c.title if len(c.title) <= 48 else c.title[:47] + "…") in table, c.code
        assert f"{c.code} " in table
