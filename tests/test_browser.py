"""The HTML report in a real browser: headless Chromium renders it, offline, with every code.

CI installs Debian's `chromium-headless-shell` (.ci/run); the test skips, saying why, only
where no Chromium binary is installed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from engine.report.html import report_html
from engine.scoring import score_file
from tests.workbook.fill import GIA_LAI

BINARIES = ("chromium-headless-shell", "chromium", "chromium-browser", "google-chrome", "headless_shell")


def chromium() -> str:
    for name in (os.environ.get("CHROMIUM", ""), *BINARIES):
        found = shutil.which(name) if name else None
        if found:
            return found
    pytest.skip(
        "không có Chromium: cài gói Debian chromium-headless-shell (apt-get install chromium-headless-shell)"
    )


def run(binary: str, page: Path, tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    flags = ["--no-sandbox", "--disable-gpu", "--no-first-run", f"--user-data-dir={tmp / 'profile'}"]
    if "headless-shell" not in binary and "headless_shell" not in binary:
        flags.append("--headless")
    return subprocess.run(
        [binary, *flags, *args, page.as_uri()], capture_output=True, text=True, timeout=120, check=True
    )


def requested(binary: str, page: Path, tmp: Path) -> set[str]:
    """Every URL or host the page asked the network for, from Chromium's own net log."""
    log = tmp / f"{page.stem}.netlog.json"
    run(binary, page, tmp, f"--log-net-log={log}", "--net-log-capture-mode=Everything", "--dump-dom")
    events = json.loads(log.read_text(encoding="utf-8"))["events"]
    keys = ("url", "original_url", "location", "host")
    return {str(e["params"][k]) for e in events for k in keys if k in e.get("params", {})}


def test_html_report_renders_offline_with_every_code(tmp_path: Path) -> None:
    binary = chromium()
    report = score_file(GIA_LAI)
    page = tmp_path / "bao-cao.html"
    page.write_text(report_html(report), encoding="utf-8")

    dom = run(binary, page, tmp_path, "--dump-dom").stdout
    for code in [c.code for c in report.criteria] + [f.code for f in report.fields]:
        assert f">{code}<" in dom, code
    assert report.unit in dom and "Bảng tự chấm điểm" in dom

    # The net log catches a page that loads something (so this test can fail) …
    control = tmp_path / "control.html"
    control.write_text(
        '<img src="http://127.0.0.1:9/x.png"><link rel="stylesheet" href="https://a.invalid/s.css">'
    )
    assert "http://127.0.0.1:9/x.png" in requested(binary, control, tmp_path)
    # … and the report loads nothing.
    assert requested(binary, page, tmp_path) == set()

    shot = tmp_path / "bao-cao.png"
    run(binary, page, tmp_path, f"--screenshot={shot}", "--window-size=1280,1800", "--hide-scrollbars")
    assert shot.stat().st_size > 10_000
