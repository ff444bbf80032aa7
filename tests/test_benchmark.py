"""Smoke test of the benchmark script on a small export (the 1M run is not part of the tests)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_benchmark_prints_times_memory_and_ratios(tmp_path: Path) -> None:
    script = str(ROOT / "benchmarks" / "run_benchmark.py")
    result = subprocess.run(
        [
            sys.executable,
            script,
            "--rows",
            "3000",
            "--repeat",
            "1",
            "--no-check",
            "--located",
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "DuckDB thuần" in out and "pandas thuần (category)" in out and "cchc score" in out
    assert "Tỷ lệ cchc score / DuckDB thuần" in out and "thời gian" in out and "bộ nhớ" in out
    assert (tmp_path / "3000-7" / "hoso.csv").is_file()
    assert "cchc score, dòng 1501 sai / DuckDB thuần: thời gian" in out  # the located path, measured


def test_excel_benchmark_prints_each_time_against_the_target() -> None:
    script = str(ROOT / "benchmarks" / "bench_excel.py")
    result = subprocess.run(
        [sys.executable, script, "--runs", "1"], capture_output=True, text=True, encoding="utf-8", check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    for name in ("cchc template", "ghi báo cáo .xlsx", "ghi báo cáo .html", "mục tiêu 1 s"):
        assert name in result.stdout
