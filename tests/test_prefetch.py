"""`cchc score` loads DuckDB early for evidence with a dossier export; the report is the same."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

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


def test_the_count_started_first_is_taken_once_for_the_same_file_and_definitions() -> None:
    from evidence.columns import DATE_FORMATS, DEFAULT_DOSSIER_SPEC, find_columns

    csv_reader.prefetch(SMALL / "minh-chung-nho.yaml")
    export = SMALL / "hoso-nho.csv"
    header, delimiter = csv_reader.read_header(export)
    index, _, _ = find_columns(header, DEFAULT_DOSSIER_SPEC)
    layout = csv_reader.layout_of(header, index, delimiter)
    formats = csv_reader.sniff_formats(csv_reader.first_values(export, layout), list(DATE_FORMATS), 0)
    d = csv_reader.definitions(2022, None, {}, formats, ())
    started = csv_reader.take(export, layout, d)
    assert started is not None
    _, counts = started.result()
    assert counts.totals["rows"] == 12 and not counts.totals["problems"]
    assert csv_reader.take(export, layout, d) is None


def test_a_count_nobody_takes_is_stopped_before_exit(tmp_path: Path) -> None:
    """A thread still inside DuckDB when the interpreter ends aborts the process (exit -6)."""
    import time

    evidence = write_evidence(tmp_path)
    export = tmp_path / "hoso.csv"
    header, *rows = export.read_text(encoding="utf-8").splitlines()
    body = [f"HS{n:07d}," + r.split(",", 1)[1] for n in range(300) for r in rows]
    export.write_text("\n".join([header, *body * 100]) + "\n", encoding="utf-8")
    csv_reader.prefetch(evidence)
    started = time.perf_counter()
    csv_reader.stop()
    assert "cchc-prefetch" not in {t.name for t in threading.enumerate()}
    assert time.perf_counter() - started < 5


def test_score_for_another_period_does_not_count_the_whole_year_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from engine.cli import main

    evidence = write_evidence(tmp_path)
    calls: list[Path] = []
    monkeypatch.setattr(csv_reader, "prefetch", calls.append)
    out = tmp_path / "r.json"
    assert main.main(["score", str(evidence), "--as-of=30/06/2022", "--out", str(out), "--quiet"]) == 0
    assert calls == [] and out.exists()
    assert main.main(["score", str(evidence), "--out", str(out), "--quiet"]) == 0
    assert calls == [evidence]
