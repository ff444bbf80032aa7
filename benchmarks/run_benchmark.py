"""Benchmark: `cchc score` on a large synthetic export against a plain DuckDB query.

Generates (once, cached under benchmarks/out/) a seeded export, writes an evidence file with
the bundled example's hand facts and `sources:` pointing to it, then runs, interleaved and
--repeat times each, as whole processes (Python start-up and imports count):

- the plain DuckDB query (benchmarks/plain_duckdb.py): the reference;
- up to 1M rows, the plain pyarrow + pandas script (benchmarks/plain_groupby.py) too;
- `python -m engine.cli.main score EVIDENCE --out report.json`;
- with --located, `cchc score` on a copy of the export with one impossible date on its middle
  row: the located path, which finds and names that row (exit 2, no report);
- with --xlsx, `cchc score` on the same export saved as an XLSX workbook the way streaming
  writers save one (openpyxl's write-only mode: texts in their cells, no declared size).

It prints each command's median wall time and peak memory (ru_maxrss of that child, from
os.wait4), the ratios of `cchc score` to the DuckDB query (medians of interleaved runs: the
machine is shared) and whether the targets of the size are met. Exit 1 when they are not
(0 with --no-check).

| run | rows | targets (cchc score) |
|---|---|---|
| default | 1 000 000 | ≤ 1,5× the query's time and peak memory |
| `--ten-million` | 10 000 000 (1,8 GB, generated once: ~2 min, ~10 GB RAM) | ≤ 1,3× time, peak ≤ 1 GiB |
| `--hundred-million` | 100 000 000 (≈ 18 GB, generated once in 100 parts) | completes, peak ≤ 2 GiB |

    python benchmarks/run_benchmark.py                     # 1 000 000 dossiers, 3 runs each
    python benchmarks/run_benchmark.py --ten-million       # on demand, not in CI
    python benchmarks/run_benchmark.py --hundred-million   # on demand, not in CI
    python benchmarks/run_benchmark.py --rows 10000 --repeat 1 --no-check
    python benchmarks/run_benchmark.py --located           # and the path that locates a bad cell
    python benchmarks/run_benchmark.py --rows 100000 --xlsx  # and the same export as .xlsx
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

EXAMPLE = ROOT / "evidence" / "examples" / "gia-lai-bqlkkt-2022.yaml"
TUNED = {"ARROW_DEFAULT_MEMORY_POOL": "jemalloc", "OPENBLAS_NUM_THREADS": "1"}


@dataclass
class Measure:
    label: str
    command: list[str]
    env: dict[str, str] = field(default_factory=dict)
    expect: int = 0  # the exit code of a run as it should be
    seconds: list[float] = field(default_factory=list)
    peak_mb: list[float] = field(default_factory=list)

    def best(self) -> tuple[float, float]:
        return min(self.seconds), min(self.peak_mb)

    def median(self) -> tuple[float, float]:
        return statistics.median(self.seconds), statistics.median(self.peak_mb)


def run_once(command: list[str], extra_env: dict[str, str], expect: int = 0) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one child process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), **extra_env}  # this checkout, not another copy
    # As installed: modules run from their cached bytecode (`precompile`), not compiled anew
    # by every process, which a shell's PYTHONDONTWRITEBYTECODE=1 would make them.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    stderr = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
    if child.returncode != expect:
        raise SystemExit(f"lệnh thất bại ({child.returncode}): {' '.join(command)}\n{stderr}")
    return seconds, usage.ru_maxrss / 1024  # Linux: kilobytes


def precompile() -> None:
    """Write the bytecode of this checkout's modules once, as `pip install` does for a wheel."""
    import compileall

    for folder in ("engine", "evidence", "benchmarks"):
        compileall.compile_dir(ROOT / folder, quiet=1)


def prepare(rows: int, seed: int, out: Path, parts: int = 1) -> Path:
    """The export, procedure list and evidence file; generated once per (rows, seed).

    Generation runs in its own process: a child forked from a process holding the
    generated frame would report that memory as its own peak (ru_maxrss survives exec).
    """
    folder = out / (f"{rows}-{seed}" if parts == 1 else f"{rows}x{parts}-{seed}")
    evidence = folder / "minh-chung.yaml"
    if not evidence.exists():
        folder.mkdir(parents=True, exist_ok=True)
        generator = [
            sys.executable,
            str(HERE / "generate_export.py"),
            "--rows",
            str(rows),
            "--parts",
            str(parts),
        ]
        subprocess.run(
            [*generator, "--seed", str(seed), "--out", str(folder)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
        # Hand facts tied to the example's own export would contradict this one.
        data["facts"]["dossiers"].pop("progress_published", None)
        data["facts"]["procedures"].pop("online_on_national_portal", None)
        data["sources"] = {"dossiers": "hoso.csv", "procedures": "thutuc.csv"}
        tmp = folder / "minh-chung.yaml.tmp"
        tmp.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
        tmp.replace(evidence)
    return evidence


BAD_DATE = "31/02/2022 08:00"

TO_XLSX = """
import csv, sys
from openpyxl import Workbook
book = Workbook(write_only=True)
sheet = book.create_sheet("Hồ sơ")
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    for row in csv.reader(f):
        sheet.append([c or None for c in row])
book.save(sys.argv[2])
"""


def as_xlsx(evidence: Path) -> Path:
    """The same export as an XLSX workbook (made once, in a child process), written as streaming
    writers write one: each text in its cell, no declared size (openpyxl's write-only mode)."""
    folder = evidence.parent / "xlsx"
    copy = folder / "minh-chung.yaml"
    if not copy.exists():
        folder.mkdir(exist_ok=True)
        shutil.copy(evidence.parent / "thutuc.csv", folder / "thutuc.csv")
        book = folder / "hoso.xlsx"
        subprocess.run(
            [sys.executable, "-c", TO_XLSX, str(evidence.parent / "hoso.csv"), str(book)], check=True
        )
        text = evidence.read_text(encoding="utf-8").replace("dossiers: hoso.csv", "dossiers: hoso.xlsx")
        copy.write_text(text, encoding="utf-8")
    return copy


def with_a_bad_date(evidence: Path, rows: int) -> tuple[Path, int]:
    """A copy of the export (made once) whose middle row has an impossible date of receipt, and
    that row's number as `cchc score` names it."""
    folder = evidence.parent / "mot-ngay-sai"
    target = rows // 2 + 1  # a data row's place after the header, as the spreadsheet numbers it
    copy = folder / "minh-chung.yaml"
    if not copy.exists():
        folder.mkdir(exist_ok=True)
        shutil.copy(evidence.parent / "thutuc.csv", folder / "thutuc.csv")
        with (
            (evidence.parent / "hoso.csv").open(encoding="utf-8-sig", newline="") as src,
            (folder / "hoso.csv").open("w", encoding="utf-8", newline="") as out,
        ):
            header = src.readline()
            out.write(header)
            received = next(csv.reader([header])).index("Ngày tiếp nhận")
            for number, line in enumerate(src, start=2):
                if number == target:
                    cells = next(csv.reader([line]))
                    cells[received] = BAD_DATE
                    text = io.StringIO()
                    csv.writer(text, lineterminator="\n").writerow(cells)
                    line = text.getvalue()
                out.write(line)
        shutil.copy(evidence, copy)
    return copy, target


def fmt(x: float, unit: str) -> str:
    return f"{x:,.2f} {unit}".replace(",", " ").replace(".", ",")


GIB = 1024.0  # MB


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Đo thời gian và bộ nhớ của cchc score trên tệp hồ sơ lớn.")
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--ten-million", action="store_true", help="10 triệu hồ sơ (≤ 1,3× thời gian, ≤ 1 GiB)")
    p.add_argument("--hundred-million", action="store_true", help="100 triệu hồ sơ sinh theo phần (≤ 2 GiB)")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--limit", type=float, help="tỷ lệ thời gian tối đa so với truy vấn DuckDB thuần")
    p.add_argument(
        "--with-pandas", action="store_true", help="đo cả script pyarrow + pandas (mặc định ≤ 1M dòng)"
    )
    p.add_argument(
        "--located", action="store_true", help="đo cả đường định vị lỗi: một ngày sai ở dòng giữa tệp"
    )
    p.add_argument(
        "--xlsx", action="store_true", help="đo cả cùng tệp hồ sơ dạng .xlsx (ghi như các bộ ghi theo dòng)"
    )
    p.add_argument("--out", type=Path, default=HERE / "out")
    p.add_argument("--no-check", action="store_true", help="không trả mã lỗi khi vượt ngưỡng")
    args = p.parse_args(argv)

    rows, parts = args.rows, 1
    time_limit: float | None = 1.5
    memory_limit: float | None = 1.5
    memory_cap: float | None = None
    if args.ten_million:
        rows, time_limit, memory_limit, memory_cap = 10_000_000, 1.3, None, GIB
    if args.hundred_million:
        rows, parts, time_limit, memory_limit, memory_cap = 1_000_000, 100, None, None, 2 * GIB
        args.repeat = min(args.repeat, 1)
    time_limit = args.limit or time_limit

    evidence = prepare(rows, args.seed, args.out, parts)
    precompile()
    export = evidence.parent / "hoso.csv"
    with export.open("rb") as f:  # warm the page cache for everyone alike, in small pieces
        while f.read(1 << 22):
            pass
    limits = (time_limit, memory_limit, memory_cap)
    scratch = Path(tempfile.mkdtemp(prefix="cchc-bench-"))
    try:
        return measure(args, evidence, export, scratch / "report.json", rows, parts, limits)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def measure(
    args: argparse.Namespace,
    evidence: Path,
    export: Path,
    report: Path,
    rows: int,
    parts: int,
    limits: tuple[float | None, float | None, float | None],
) -> int:
    """Run the commands interleaved, print the medians and ratios; 1 when a target is missed."""
    time_limit, memory_limit, memory_cap = limits
    py = sys.executable
    duck = Measure("DuckDB thuần", [py, str(HERE / "plain_duckdb.py"), str(export)])
    plain = [duck]
    if args.with_pandas or rows * parts <= 1_000_000:
        script = [py, str(HERE / "plain_groupby.py"), str(export), "--categories"]
        plain.append(Measure("pandas thuần (category)", script, TUNED))
    cchc = Measure("cchc score", [py, "-m", "engine.cli.main", "score", str(evidence), "--out", str(report)])
    extra: list[Measure] = []  # no target: the XLSX reading, the located path
    if args.xlsx and parts == 1:
        book = as_xlsx(evidence)
        command = [py, "-m", "engine.cli.main", "score", str(book), "--out", str(report)]
        extra.append(Measure("cchc score, tệp XLSX", command))
    if args.located and parts == 1:
        bad, row = with_a_bad_date(evidence, rows)
        command = [py, "-m", "engine.cli.main", "score", str(bad), "--out", str(report)]
        extra.append(Measure(f"cchc score, dòng {row} sai", command, expect=2))
        child = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        if f"dòng {row}, cột “Ngày tiếp nhận”" not in child.stderr:
            raise SystemExit(f"đường định vị không chỉ ra dòng {row}:\n{child.stderr}")
    for _ in range(args.repeat):
        for m in (*plain, cchc, *extra):
            seconds, peak = run_once(m.command, m.env, m.expect)
            m.seconds.append(seconds)
            m.peak_mb.append(peak)

    size = export.stat().st_size / 1e6
    total = f"{rows * parts:,}".replace(",", " ")
    print(f"Tệp: {export} — {total} hồ sơ, {fmt(size, 'MB')}; {args.repeat} lần mỗi lệnh, xen kẽ")
    print(f"{'lệnh':<26}{'thời gian (trung vị)':>22}{'tốt nhất':>12}{'bộ nhớ đỉnh (trung vị)':>26}")
    for m in (*plain, cchc, *extra):
        (bt, _), (mt, mm) = m.best(), m.median()
        print(f"{m.label:<26}{fmt(mt, 's'):>22}{fmt(bt, 's'):>12}{fmt(mm, 'MB'):>26}")
    for m in plain:  # medians of interleaved runs
        t, mem = cchc.median()[0] / m.median()[0], cchc.median()[1] / m.median()[1]
        print(f"cchc score / {m.label}: thời gian {t:.2f}×, bộ nhớ {mem:.2f}×".replace(".", ","))
    for m in extra:  # how much longer finding the bad row, or reading XLSX, takes
        t, mem = m.median()[0] / duck.median()[0], m.median()[1] / duck.median()[1]
        print(f"{m.label} / DuckDB thuần: thời gian {t:.2f}×, bộ nhớ {mem:.2f}×".replace(".", ","))
    time_ratio = cchc.median()[0] / duck.median()[0]
    memory_ratio = cchc.median()[1] / duck.median()[1]
    peak = cchc.median()[1]
    checks = []
    if time_limit is not None and not args.hundred_million:
        checks.append((f"thời gian {time_ratio:.2f}× ≤ {time_limit}×", time_ratio <= time_limit))
    if memory_limit is not None:
        checks.append((f"bộ nhớ {memory_ratio:.2f}× ≤ {memory_limit}×", memory_ratio <= memory_limit))
    if memory_cap is not None:
        checks.append((f"bộ nhớ đỉnh {fmt(peak, 'MB')} ≤ {fmt(memory_cap, 'MB')}", peak <= memory_cap))
    ok = all(passed for _, passed in checks)
    said = "; ".join(f"{text} {'đạt' if passed else 'CHƯA ĐẠT'}" for text, passed in checks)
    print(f"Tỷ lệ cchc score / DuckDB thuần: {said} — {'ĐẠT' if ok else 'CHƯA ĐẠT'}".replace(".", ","))
    return 0 if ok or args.no_check else 1


if __name__ == "__main__":
    sys.exit(main())
