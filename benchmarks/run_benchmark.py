"""Benchmark: `cchc score` on a large synthetic export against a plain pyarrow + pandas script.

Generates (once, cached under benchmarks/out/) a seeded export of --rows dossiers, writes an
evidence file with the bundled example's hand facts and `sources:` pointing to it, then runs,
interleaved and --repeat times each, as whole processes (Python start-up and imports count):

- the plain script (benchmarks/plain_groupby.py), strings and categories variants;
- `python -m engine.cli.main score EVIDENCE --out report.json` (output to a pipe).

It prints each command's best and median wall time and peak memory (ru_maxrss of that child,
from os.wait4), then the ratios of `cchc score` to the fastest plain script and whether they
are within --limit (1.5×). Exit 1 when they are not (0 with --no-check).

    python benchmarks/run_benchmark.py                 # 1 000 000 dossiers, 3 runs each
    python benchmarks/run_benchmark.py --rows 10000 --repeat 1 --no-check
"""

from __future__ import annotations

import argparse
import os
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
    seconds: list[float] = field(default_factory=list)
    peak_mb: list[float] = field(default_factory=list)

    def best(self) -> tuple[float, float]:
        return min(self.seconds), min(self.peak_mb)

    def median(self) -> tuple[float, float]:
        return statistics.median(self.seconds), statistics.median(self.peak_mb)


def run_once(command: list[str], extra_env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one child process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), **extra_env}  # this checkout, not another copy
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    stderr = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
    if child.returncode != 0:
        raise SystemExit(f"lệnh thất bại ({child.returncode}): {' '.join(command)}\n{stderr}")
    return seconds, usage.ru_maxrss / 1024  # Linux: kilobytes


def prepare(rows: int, seed: int, out: Path) -> Path:
    """The export, procedure list and evidence file; generated once per (rows, seed).

    Generation runs in its own process: a child forked from a process holding the
    generated frame would report that memory as its own peak (ru_maxrss survives exec).
    """
    folder = out / f"{rows}-{seed}"
    evidence = folder / "minh-chung.yaml"
    if not evidence.exists():
        folder.mkdir(parents=True, exist_ok=True)
        generator = [sys.executable, str(HERE / "generate_export.py"), "--rows", str(rows)]
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


def fmt(x: float, unit: str) -> str:
    return f"{x:,.2f} {unit}".replace(",", " ").replace(".", ",")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Đo thời gian và bộ nhớ của cchc score trên tệp hồ sơ lớn.")
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--limit", type=float, default=1.5, help="tỷ lệ tối đa so với script thuần nhanh nhất")
    p.add_argument("--out", type=Path, default=HERE / "out")
    p.add_argument("--no-check", action="store_true", help="không trả mã lỗi khi vượt ngưỡng")
    args = p.parse_args(argv)

    evidence = prepare(args.rows, args.seed, args.out)
    export = evidence.parent / "hoso.csv"
    with export.open("rb") as f:  # warm the page cache for everyone alike, in small pieces
        while f.read(1 << 22):
            pass
    report = Path(tempfile.mkdtemp(prefix="cchc-bench-")) / "report.json"
    py = sys.executable
    script = [py, str(HERE / "plain_groupby.py"), str(export)]
    plain = [
        Measure("pandas thuần (chuỗi)", script),
        Measure("pandas thuần (category)", [*script, "--categories"]),
        # The settings the `cchc` program makes for itself (engine/cli/main.py: run), given to
        # the plain script too.
        Measure("… category, tinh chỉnh", [*script, "--categories"], TUNED),
    ]
    cchc = Measure("cchc score", [py, "-m", "engine.cli.main", "score", str(evidence), "--out", str(report)])
    for _ in range(args.repeat):
        for m in (*plain, cchc):
            seconds, peak = run_once(m.command, m.env)
            m.seconds.append(seconds)
            m.peak_mb.append(peak)

    size = export.stat().st_size / 1e6
    rows = f"{args.rows:,}".replace(",", " ")
    print(f"Tệp: {export} — {rows} hồ sơ, {fmt(size, 'MB')}; {args.repeat} lần mỗi lệnh, xen kẽ")
    print(f"{'lệnh':<26}{'thời gian tốt nhất':>20}{'trung vị':>12}{'bộ nhớ đỉnh':>16}{'trung vị':>14}")
    for m in (*plain, cchc):
        (bt, bm), (mt, mm) = m.best(), m.median()
        print(f"{m.label:<26}{fmt(bt, 's'):>20}{fmt(mt, 's'):>12}{fmt(bm, 'MB'):>16}{fmt(mm, 'MB'):>14}")
    for m in plain:  # every reference, best against best and median against median
        ratios = [
            c / p
            for c, p in (
                *zip(cchc.best(), m.best(), strict=True),
                *zip(cchc.median(), m.median(), strict=True),
            )
        ]
        print(
            f"cchc score / {m.label}: thời gian {ratios[0]:.2f}× (trung vị {ratios[2]:.2f}×), "
            f"bộ nhớ {ratios[1]:.2f}× (trung vị {ratios[3]:.2f}×)".replace(".", ",")
        )
    fastest = min(plain, key=lambda m: m.best()[0])
    time_ratio = cchc.best()[0] / fastest.best()[0]
    memory_ratio = cchc.best()[1] / fastest.best()[1]
    ok = time_ratio <= args.limit and memory_ratio <= args.limit
    print(
        f"Tỷ lệ cchc score / {fastest.label} (script thuần nhanh nhất): thời gian {time_ratio:.2f}×, "
        f"bộ nhớ {memory_ratio:.2f}× (ngưỡng {args.limit}×) — {'ĐẠT' if ok else 'CHƯA ĐẠT'}".replace(".", ",")
    )
    return 0 if ok or args.no_check else 1


if __name__ == "__main__":
    sys.exit(main())
