"""The ranking summary and the comparison in a real browser: every unit and criterion shown, offline."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks.province_units import write_units
from engine.cli.main import main
from tests.test_browser import chromium, requested, run
from tests.unit.conftest import EXAMPLE


def test_summary_and_comparison_render_offline(tmp_path: Path) -> None:
    binary = chromium()
    write_units(tmp_path / "d", 6)
    summary = tmp_path / "tong-hop.html"
    assert main(["score", str(tmp_path / "d"), "--quiet", "--out", str(summary)]) == 0
    dom = run(binary, summary, tmp_path, "--dump-dom").stdout
    for i in range(1, 7):
        assert f"Sở thử nghiệm {i:02d}" in dom
    assert "Tỷ lệ điểm theo lĩnh vực" in dom and "<svg" in dom
    assert requested(binary, summary, tmp_path) == set()

    old, new, diff = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "so-sanh.html"
    assert main(["score", str(EXAMPLE), "--quiet", "--out", str(old)]) == 0
    assert main(["score", str(EXAMPLE), "--quiet", "--set", "initiatives.count=4", "--out", str(new)]) == 0
    assert main(["compare", str(old), str(new), "--quiet", "--out", str(diff)]) == 0
    dom = run(binary, diff, tmp_path, "--dump-dom").stdout
    assert ">TC 1.5<" in dom and ">TCTP 3.4.1<" in dom and "mô phỏng" in dom
    assert requested(binary, diff, tmp_path) == set()
    shot = tmp_path / "tong-hop.png"
    run(binary, summary, tmp_path, f"--screenshot={shot}", "--window-size=1280,1600", "--hide-scrollbars")
    assert shot.stat().st_size > 10_000


MEASURE = (
    "<script>addEventListener('load', () => document.body.dataset.overflow = String(Math.max(0, "
    "...[...document.querySelectorAll('table, svg')].map(t => t.getBoundingClientRect().right - innerWidth))"
    "));</script>"
)


@pytest.mark.parametrize("width", [800, 1280])
def test_the_ranking_fits_a_narrow_window_with_long_paths(tmp_path: Path, width: int) -> None:
    """At 800 px the ranking's long evidence paths wrap at their “/” instead of pushing the table
    off the right edge (measured by the browser: how far any table or chart runs past the window)."""
    binary = chromium()
    folder = tmp_path / "so-ban-nganh-tinh-gia-lai" / "tu-danh-gia-chi-so-cai-cach-hanh-chinh-2022"
    write_units(folder, 3)
    summary = tmp_path / "tong-hop.html"
    assert main(["score", str(folder), "--quiet", "--out", str(summary)]) == 0
    page = summary.read_text(encoding="utf-8")
    # the summary forbids scripts (its CSP): a copy without it measures itself
    measured = tmp_path / "do.html"
    measured.write_text(
        re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page).replace(
            "</body>", MEASURE + "</body>"
        ),
        encoding="utf-8",
    )
    dom = run(binary, measured, tmp_path, f"--window-size={width},1600", "--dump-dom").stdout
    found = re.search(r'data-overflow="([-0-9.e]+)"', dom)
    assert found, "the page did not measure itself"
    assert float(found.group(1)) <= 0.5, f"{found.group(1)} px past the right edge at {width} px"
