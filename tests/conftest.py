"""Registers the BDD step phrases and hooks for every test (see features/README.md), and shared
helpers: the small hand-counted dossier export lives in features/data/."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, settings

from evidence.columns import DOSSIER_COLUMNS

pytest_plugins = ["tests.bdd.steps", "tests.bdd.catalog_steps", "tests.bdd.hooks"]

ROOT = Path(__file__).resolve().parent.parent
# The random exports each fuzz test writes (CCHC_FUZZ=500 for a longer hunt); a fresh tmp_path
# per example is not needed: each example overwrites the files.
FUZZ_EXPORTS = settings(
    max_examples=int(os.environ.get("CCHC_FUZZ", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
SMALL = ROOT / "features" / "data"
HEADER = list(DOSSIER_COLUMNS.values())  # the default export format, defined once


# The departments and officials of the hand-counted export, in report order.
SMALL_SUBJECTS = [
    ("department", "Phòng A"),
    ("department", "Phòng B"),
    ("official", "Lê Văn Cường"),
    ("official", "Nguyễn Văn An"),
    ("official", "Phạm Thị Dung"),
    ("official", "Trần Thị Bình"),
]


def small_rows() -> list[list[str]]:
    """The 12 hand-counted dossiers of features/data/hoso-nho.csv (header excluded)."""
    with (SMALL / "hoso-nho.csv").open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))[1:]


def small_book() -> Any:
    """The hand-counted export as an openpyxl workbook, not saved yet: a test edits its sheet
    (`book.active`) before saving it where it needs."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for row in small_rows():
        sheet.append([c or None for c in row])
    return book


def write_csv(
    path: Path, header: list[str], rows: list[list[str]], *, bom: bool = False, sep: str = ","
) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=sep, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_evidence(
    folder: Path,
    rows: list[list[str]] | None = None,
    *,
    header: list[str] | None = None,
    options: dict[str, Any] | None = None,
    extra: dict[str, Any] | None = None,
    procedures: Path | None = None,
    bom: bool = False,
    sep: str = ",",
) -> Path:
    """An evidence file in `folder` pointing to an export of `rows` and the small procedure list."""
    write_csv(folder / "hoso.csv", header or HEADER, small_rows() if rows is None else rows, bom=bom, sep=sep)
    proc = procedures or folder / "thutuc.csv"
    if procedures is None:
        proc.write_bytes((SMALL / "thutuc-nho.csv").read_bytes())
    sources: dict[str, Any] = {"dossiers": "hoso.csv", "procedures": proc.name}
    if options:
        sources["options"] = options
    data: dict[str, Any] = {
        "unit": "Đơn vị thử",
        "year": 2022,
        "catalog": "par-so-nganh-2022",
        "plan": "gia-lai-bqlkkt-2022",
        "sources": sources,
        **(extra or {}),
    }
    path = folder / "minh-chung.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """`cchc` in a subprocess, importing this checkout (not another installed copy)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "engine.cli.main", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
