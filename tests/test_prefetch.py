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


def test_the_program_waits_for_the_count_to_begin_not_to_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """`wait_begun` returns once DuckDB runs the count, while it still runs."""
    from evidence import dossier_scan

    release = threading.Event()
    real = dossier_scan.count

    def slow_count(*args: object, **kwargs: object) -> dossier_scan.Counts:
        release.wait(5)  # the count goes on after the program was let go
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(dossier_scan, "count", slow_count)
    csv_reader.stop()
    csv_reader.prefetch(SMALL / "minh-chung-nho.yaml")
    csv_reader.wait_begun()
    started = csv_reader._started[0]
    assert started.begun.is_set() and not started.future.done()
    release.set()
    _, counts = started.future.result(5)
    assert counts.totals["rows"] == 12
    csv_reader.stop()


def test_a_count_that_fails_before_it_begins_lets_the_program_go(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    from evidence import dossier_scan

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("không mở được")

    monkeypatch.setattr(dossier_scan, "connect", broken)
    csv_reader.stop()
    csv_reader.prefetch(SMALL / "minh-chung-nho.yaml")
    before = time.perf_counter()
    csv_reader.wait_begun()
    assert time.perf_counter() - before < csv_reader.BEGUN_WAIT
    assert isinstance(csv_reader._started[0].future.exception(5), OSError)
    csv_reader.stop()
