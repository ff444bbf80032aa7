"""The export read started before the engine loads gives the same report as the normal path."""

from __future__ import annotations

from pathlib import Path

from engine.scoring import report_json, score_file
from evidence import csv_reader
from evidence.columns import DEFAULT_DOSSIER_SPEC, find_columns
from tests.conftest import SMALL, run_cli, write_evidence


def test_prefetched_read_is_taken_once_for_the_same_plan() -> None:
    export = SMALL / "hoso-nho.csv"
    csv_reader.prefetch(SMALL / "minh-chung-nho.yaml")
    header, delimiter = csv_reader.read_header(export)
    index, _, _ = find_columns(header, DEFAULT_DOSSIER_SPEC)
    plan = csv_reader.plan_for(header, delimiter, index, DEFAULT_DOSSIER_SPEC)
    started = csv_reader.take(export, plan)
    assert started is not None and started.result().table.num_rows == 12
    assert csv_reader.take(export, plan) is None


def test_prefetch_ignores_what_it_cannot_read(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("sources: {dossiers: khong-co.csv}\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("không phải: [yaml\n", encoding="utf-8")
    for name in ("a.yaml", "b.yaml", "khong-co.yaml"):
        csv_reader.prefetch(tmp_path / name)  # no exception, nothing started
    assert not csv_reader._started


def test_cli_report_equals_in_process_report(tmp_path: Path) -> None:
    evidence = write_evidence(tmp_path)
    out = tmp_path / "bao-cao.json"
    result = run_cli("score", str(evidence), "--out", str(out), "--quiet")
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_text(encoding="utf-8") == report_json(score_file(evidence))
