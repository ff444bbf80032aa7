"""Report files: writers chosen by extension, --out checked before anything is written, names hidden."""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook

from engine.cli.main import main
from engine.core.os_reasons import os_reason
from engine.core.problems import InputError, Reason
from engine.report.html import report_html
from engine.report.model import Report
from engine.report.output import check_outputs
from engine.report.privacy import hide_names
from engine.report.xlsx import report_xlsx
from engine.scoring import report_json, score, score_file
from evidence.load import evidence_from_data
from tests.unit.conftest import load_yaml
from tests.workbook.fill import GIA_LAI

BASELINE_SHEETS = [
    "Tự chấm điểm",
    "Chưa đạt chỉ tiêu",
    "Tổng hợp lĩnh vực",
    "Xếp loại",
    "Cảnh báo",
    "Thông tin",
]


@pytest.fixture(scope="module")
def report() -> Report:
    return score_file(GIA_LAI)


def xlsx_strings(data: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "r.xlsx"
    path.write_bytes(data)
    book = load_workbook(path)
    return [str(v) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for v in row if v]


def test_xlsx_has_the_self_assessment_table_with_numeric_scores(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.xlsx"
    path.write_bytes(report_xlsx(report))
    book = load_workbook(path)
    assert book.sheetnames == BASELINE_SHEETS
    ws = book["Tự chấm điểm"]
    header = [c.value for c in ws[1]]
    for name in ("STT", "Mã", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Chỉ số", "Chỉ tiêu kế hoạch"):
        assert name in header
    for name in ("Đạt", "Tài liệu kiểm chứng", "Giải trình"):
        assert name in header
    col = {h: i for i, h in enumerate(header)}
    rows = {r[col["Mã"]]: r for r in ws.iter_rows(min_row=2, values_only=True) if r[col["Mã"]]}
    for c in report.criteria:
        cell = rows[c.code][col["Điểm tự đánh giá"]]
        assert isinstance(cell, int | float) and cell == c.score, c.code
        assert isinstance(rows[c.code][col["Điểm tối đa"]], int | float)
    for f in report.fields:
        assert rows[f.code][col["Điểm tự đánh giá"]] == f.score  # subtotals
    last = list(ws.iter_rows(values_only=True))[-1]
    assert last[col["Tiêu chí"]] == "Tổng cộng" and last[col["Điểm tự đánh giá"]] == report.total.score
    assert ws.print_title_rows == "$1:$1" and int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.freeze_panes == "A2"
    assert len(book["Tổng hợp lĩnh vực"]._charts) == 1
    gaps = [r[1] for r in book["Chưa đạt chỉ tiêu"].iter_rows(min_row=2, values_only=True)]
    assert gaps == [s.code for s in report.shortfalls]  # ordered by points at stake
    # header + one row per rating, or header + the line saying there is none
    assert book["Xếp loại"].max_row == max(len(report.ratings), 1) + 1


def test_xlsx_rows_with_wrapped_text_are_tall_enough_for_libreoffice(report: Report, tmp_path: Path) -> None:
    """LibreOffice keeps a row one line high unless the file gives its height: long targets overlapped."""
    path = tmp_path / "bao-cao.xlsx"
    path.write_bytes(report_xlsx(report))
    ws = load_workbook(path)["Tự chấm điểm"]
    heights = {r[1].value: ws.row_dimensions[r[0].row].height for r in ws.iter_rows(min_row=2) if r[1].value}
    assert (heights["TC 1.4"] or 0) >= 6 * 15  # the target of TC 1.4 is a long paragraph
    assert heights["I"] is None  # a field: its name fits on one line


def test_xlsx_and_html_are_the_same_bytes_every_run(report: Report) -> None:
    assert report_xlsx(report) == report_xlsx(report)
    assert report_html(report) == report_html(report)


def test_html_is_self_contained_with_every_section(report: Report) -> None:
    html = report_html(report)
    for code in [c.code for c in report.criteria] + [s.code for s in report.shortfalls]:
        assert code in html
    assert "<script" not in html.lower() and "http://" not in html and "https://" not in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert html.count("<svg") == 2 and "@media print" in html and "size: A4" in html
    import html as html_lib

    text = html_lib.unescape(html)
    for c in report.criteria:
        assert c.explanation in text, c.code


def test_html_escapes_every_value_from_the_evidence() -> None:
    data = load_yaml(GIA_LAI)
    data.pop("sources")
    data["unit"] = "<script>alert(1)</script> [/] Ban [b]X[/b]"
    report = score(evidence_from_data(data, "x.yaml"))
    html = report_html(report)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; [/] Ban [b]X[/b]" in html


def test_hide_names_replaces_every_official_in_every_writer(tmp_path: Path) -> None:
    report = score_file(GIA_LAI.parent / "van-phong-bqlkkt-2023.yaml")  # an example with ratings
    officials = sorted({r.name for r in report.ratings if r.kind == "official"})
    assert len(officials) > 2
    hidden = hide_names(report)
    codes = [r.name for r in hidden.ratings if r.kind == "official"]
    assert sorted(set(codes)) == [f"CB{i:02d}" for i in range(1, len(officials) + 1)]
    by_name = dict(zip(officials, sorted(set(codes)), strict=True))
    for before, after in zip(report.ratings, hidden.ratings, strict=True):
        if before.kind == "official":
            assert after.name == by_name[before.name]  # in name order
    outputs = {
        "json": report_json(hidden),
        "html": report_html(hidden),
        "xlsx": "\n".join(xlsx_strings(report_xlsx(hidden), tmp_path)),
    }
    for kind, text in outputs.items():
        assert not [n for n in officials if n in text], kind
        assert "CB01" in text and "Tên cán bộ đã được ẩn" in text, kind
    assert any(r.kind == "department" and r.name.startswith("Phòng") for r in hidden.ratings)


def test_score_hide_names_on_the_terminal_too(capsys: pytest.CaptureFixture[str], report: Report) -> None:
    officials = {r.name for r in report.ratings if r.kind == "official"}
    assert main(["score", str(GIA_LAI), "--hide-names"]) == 0
    out = capsys.readouterr().out
    assert not [n for n in officials if n in out] and "CB0" in out


# -- --out ----------------------------------------------------------------------------------------


def test_out_json_and_xlsx_both_written_json_unchanged(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.json", tmp_path / "b.xlsx", tmp_path / "c.html"
    assert main(["score", str(GIA_LAI), "--quiet", "--out", str(a), "--out", str(b), "--out", str(c)]) == 0
    assert a.read_text(encoding="utf-8") == report_json(score_file(GIA_LAI))
    assert load_workbook(b).sheetnames == BASELINE_SHEETS
    assert c.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_unknown_extension_refused_before_anything_is_written(tmp_path: Path) -> None:
    a = tmp_path / "a.json"
    assert main(["score", str(GIA_LAI), "--quiet", "--out", str(a), "--out", str(tmp_path / "x.docz")]) == 2
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("case", ["input", "directory", "empty", "under-a-file", "unwritable", "twice"])
def test_bad_out_paths_exit_2_and_touch_nothing(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evidence = tmp_path / "minh-chung.yaml"
    data = load_yaml(GIA_LAI)
    data.pop("sources")  # facts typed by hand only: the folder holds nothing else
    evidence.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    before = evidence.read_bytes()
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    out = {
        "input": str(evidence),
        "directory": str(tmp_path),
        "empty": "",
        "under-a-file": str(tmp_path / "a-file" / "r.json"),
        "unwritable": "/proc/self/cchc-report.json",
        "twice": str(tmp_path / "r.json"),
    }[case]
    extra = ["--out", str(tmp_path / "r.json")] if case == "twice" else []
    assert main(["score", str(evidence), "--quiet", "--out", out, *extra]) == 2
    assert evidence.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "minh-chung.yaml"]
    err = capsys.readouterr().err
    assert "không ghi báo cáo" in err
    assert not re.search(r"[Nn]o such|[Pp]ermission|denied", err)  # the system's English never shows
    if case == "unwritable":
        assert "không có tệp hoặc thư mục này" in err


@pytest.mark.parametrize(
    ("code", "writing", "says"),
    [
        (errno.ENOENT, True, "không có tệp hoặc thư mục này"),
        (errno.EACCES, True, "không có quyền ghi"),
        (errno.EACCES, False, "không có quyền đọc"),
        (errno.EROFS, True, "ổ đĩa chỉ đọc"),
        (errno.ENOSPC, True, "ổ đĩa đầy"),
        (errno.ECHILD, True, "lỗi hệ thống ECHILD"),
    ],
)
def test_system_refusals_are_said_in_vietnamese(code: int, writing: bool, says: str) -> None:
    assert os_reason(OSError(code, os.strerror(code)), writing=writing) == says


def test_out_equal_to_any_input_is_refused_whatever_the_spelling(tmp_path: Path) -> None:
    export = tmp_path / "hoso.xlsx"
    export.write_bytes(b"x")
    (tmp_path / "sub").mkdir()
    spelled = str(tmp_path / "sub" / ".." / "hoso.xlsx")
    with pytest.raises(InputError) as err:
        check_outputs([spelled], [tmp_path / "minh-chung.yaml", export])
    (p,) = err.value.problems
    assert p.code == Reason.OUTPUT and "trùng tệp đầu vào" in p.reason
    assert export.read_bytes() == b"x"
    assert (
        main(
            ["score", str(GIA_LAI), "--quiet", "--out", str(GIA_LAI.parent / "gia-lai-bqlkkt-2022-hoso.csv")]
        )
        == 2
    )


def test_new_report_follows_the_umask_and_an_overwritten_one_keeps_its_mode(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    old = os.umask(0o022)
    try:
        assert main(["score", str(GIA_LAI), "--quiet", "--out", str(out)]) == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o644
        out.chmod(0o640)
        assert main(["score", str(GIA_LAI), "--quiet", "--out", str(out)]) == 0
        assert stat.S_IMODE(out.stat().st_mode) == 0o640
        os.umask(0o077)
        fresh = tmp_path / "s.html"
        assert main(["score", str(GIA_LAI), "--quiet", "--out", str(fresh)]) == 0
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o600
    finally:
        os.umask(old)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_report_json_keys_unchanged() -> None:
    data = json.loads(report_json(score_file(GIA_LAI)))
    assert "names_hidden" not in json.dumps(data)
