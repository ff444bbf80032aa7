"""The printable HTML report: the catalog's word for its top level, whole chart labels, unsplit codes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from engine.report.html import FONT, LABEL_WIDTH, MAX_LINES, label_lines, report_html, text_width
from engine.report.model import Report
from engine.scoring import score_file

EXAMPLES = Path(__file__).resolve().parents[3] / "evidence" / "examples"


@pytest.fixture(scope="module")
def chi_so_766() -> Report:
    return score_file(EXAMPLES / "chi-so-766-xa-minh-hoa-2025.yaml")


@pytest.fixture(scope="module")
def gia_lai() -> Report:
    return score_file(EXAMPLES / "gia-lai-bqlkkt-2022.yaml")


def test_chi_so_766_titles_say_nhom_not_linh_vuc(chi_so_766: Report) -> None:
    html = report_html(chi_so_766)
    assert "<figcaption>Điểm theo nhóm so với điểm tối đa</figcaption>" in html
    assert 'aria-label="Điểm theo nhóm"' in html
    assert "<h2>Tổng hợp theo nhóm</h2>" in html and "<th>Nhóm</th>" in html
    assert "theo lĩnh vực" not in html


def test_a_catalog_without_a_word_keeps_linh_vuc(gia_lai: Report) -> None:
    html = report_html(gia_lai)
    assert "<figcaption>Điểm theo lĩnh vực so với điểm tối đa</figcaption>" in html
    assert "<h2>Tổng hợp theo lĩnh vực</h2>" in html and "<th>Lĩnh vực</th>" in html


def test_a_group_row_gives_its_code_the_stt_and_code_columns(chi_so_766: Report) -> None:
    """A code such as CKMB in the narrow STT column was split over two lines."""
    html = report_html(chi_so_766)
    for f in chi_so_766.fields:
        assert f'<td colspan="2" class="code">{f.code}</td>' in html, f.code


def _chart_labels(html: str) -> list[str]:
    chart = html.split('aria-label="Điểm theo', 1)[1].split("</svg>", 1)[0]
    texts = re.findall(r'<text x="0"[^>]*>(.*?)</text>', chart, flags=re.S)
    return [" ".join(re.findall(r"<tspan[^>]*>(.*?)</tspan>", t)) for t in texts]


def test_every_field_label_is_shown_whole_in_the_chart(gia_lai: Report) -> None:
    """The labels were cut at 33 characters (“I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCH…”)."""
    shown = _chart_labels(report_html(gia_lai))
    assert shown == [f"{f.code}. {f.title}" for f in gia_lai.fields]


@pytest.mark.parametrize(
    "label",
    [
        "I. CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC",
        "VIII. TÁC ĐỘNG CỦA CCHC ĐẾN NGƯỜI DÂN, TỔ CHỨC VÀ CÁC CHỈ TIÊU PHÁT TRIỂN KT-XH CỦA TỈNH",
        "CKMB. Công khai, minh bạch",
    ],
)
def test_label_lines_fit_the_label_column(label: str) -> None:
    lines = label_lines(label, LABEL_WIDTH - 8)
    assert " ".join(lines) == label
    assert all(text_width(line) <= LABEL_WIDTH - 8 for line in lines)


def test_a_label_too_long_for_the_lines_is_shortened_visibly() -> None:
    lines = label_lines("RẤT DÀI " * 40, LABEL_WIDTH - 8)
    assert len(lines) == MAX_LINES and lines[-1].endswith("…")
    assert all(text_width(line) <= LABEL_WIDTH - 8 for line in lines)


def test_text_width_counts_vietnamese_letters_once_and_capitals_wider() -> None:
    assert text_width("Đạo") == text_width("Đao")  # the tone mark takes no width
    assert text_width("CCHC") > text_width("cchc") > 0
    assert text_width("a", FONT * 2) == 2 * text_width("a", FONT)


def test_the_province_summary_chart_shows_long_unit_names_whole(tmp_path: Path) -> None:
    from engine.cli.main import main

    source = (EXAMPLES / "gia-lai-bqlkkt-2022.yaml").read_text(encoding="utf-8")
    for csv in EXAMPLES.glob("gia-lai-bqlkkt-2022-*.csv"):
        (tmp_path / csv.name).write_bytes(csv.read_bytes())
    long_name = "Ban Quản lý Khu kinh tế tỉnh Gia Lai và các khu công nghiệp số {} trên địa bàn"
    names = [long_name.format(i) for i in (1, 2)]
    files = []
    for i, name in enumerate(names):
        path = tmp_path / f"u{i}.yaml"
        path.write_text(
            re.sub(r"^unit:.*$", f'unit: "{name}"', source, count=1, flags=re.M), encoding="utf-8"
        )
        files.append(str(path))
    out = tmp_path / "tinh.html"
    assert main(["score", *files, "--quiet", "--out", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    chart = html.split('aria-label="Tổng điểm theo đơn vị"', 1)[1].split("</svg>", 1)[0]
    texts = re.findall(r'<text x="0"[^>]*>(.*?)</text>', chart, flags=re.S)
    shown = [" ".join(re.findall(r"<tspan[^>]*>(.*?)</tspan>", t)) for t in texts]
    assert shown == [f"1. {n}" for n in names]


def test_without_a_plan_the_table_has_no_empty_target_columns(chi_so_766: Report, gia_lai: Report) -> None:
    """As on screen: columns that no row fills are left out, and the total row still spans the table."""
    bare = report_html(chi_so_766)  # no plan
    assert "<th>Chỉ tiêu kế hoạch</th>" not in bare and "<th>Đạt</th>" not in bare
    assert '<td colspan="2">82,61%</td>' in bare
    planned = report_html(gia_lai)
    assert "<th>Chỉ tiêu kế hoạch</th><th>Đạt</th>" in planned
    assert re.search(r'<td colspan="4">[0-9,]+%</td>', planned)
