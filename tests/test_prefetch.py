"""`cchc score` loads DuckDB early for evidence with a dossier export; the report is the same."""

from __future__ import annotations

import threading
from pathlib import Path

from engine.scoring import report_json, score_file
from evidence import csv_reader
from tests.conftest import SMALL, run_cli, write_evidence


def test_prefetch_loads_duckdb_only_for_evidence_with_sources(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("unit: X\nfacts: {}\n", encoding="utf-8")
    before = {t.name for t in threading.enumerate()}
    for name in ("a.yaml", "khong-co.yaml"):
        csv_reader.prefetch(tmp_path / name)  # no exception, nothing started
    assert "cchc-prefetch" not in {t.name for t in threading.enumerate()} - before
    csv_reader.prefetch(SMALL / "minh-chung-nho.yaml")  # starts the import; harmless


def test_cli_report_equals_in_process_report(tmp_path: Path) -> None:
    evidence = write_evidence(tmp_path)
    out = tmp_path / "bao-cao.json"
    result = run_cli("score", str(evidence), "--out", str(out), "--quiet")
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_text(encoding="utf-8") == report_json(score_file(evidence))
