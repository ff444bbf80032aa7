"""A province in one run: 40 units in one `cchc score` process against one unit, whole processes.

Targets (issue 11): the 40-unit run costs at most 4× the one-unit run, and each unit after
start-up at most 40 ms (the bundle is loaded and the ruleset compiled once per catalog). Each
run is repeated and the fastest kept, as the machine is shared. Prints both numbers and
whether they meet their targets; exits 1 when one does not (unless --no-check).

    .venv/bin/python benchmarks/bench_province.py [--units 40] [--repeat 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.province_units import write_units

RATIO_TARGET = 4.0
PER_UNIT_TARGET = 0.040
CCHC = Path(sys.executable).parent / "cchc"


def timed(args: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([str(CCHC), *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--units", type=int, default=40)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--no-check", action="store_true", help="chỉ in, không so với mục tiêu")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="cchc-province-") as tmp:
        folder = Path(tmp) / "don-vi"
        files = write_units(folder, args.units)
        out = Path(tmp) / "ra"
        one = timed(["score", str(files[0]), "--quiet", "--out", str(out / "mot.json")], args.repeat)
        many = timed(
            [
                "score",
                str(folder),
                "--quiet",
                "--out-dir",
                str(out / "bao-cao"),
                "--out",
                str(out / "tong-hop.json"),
            ],
            args.repeat,
        )
        written = len(list((out / "bao-cao").glob("*.json")))
    assert written == args.units, f"{written} báo cáo, cần {args.units}"
    ratio = many / one
    per_unit = (many - one) / max(args.units - 1, 1)
    ok_ratio, ok_unit = ratio <= RATIO_TARGET, per_unit <= PER_UNIT_TARGET
    verdict = {True: "đạt", False: "CHƯA ĐẠT"}
    print(f"1 đơn vị (cả tiến trình):          {one:.3f} s")
    print(f"{args.units} đơn vị trong một lần chấm:      {many:.3f} s")
    print(
        f"Tỷ lệ {args.units} đơn vị / 1 đơn vị:          {ratio:.2f}× "
        f"(mục tiêu ≤ {RATIO_TARGET:g}×) {verdict[ok_ratio]}"
    )
    print(
        f"Mỗi đơn vị sau khởi động:          {1000 * per_unit:.1f} ms (mục tiêu ≤ 40 ms) {verdict[ok_unit]}"
    )
    return 0 if args.no_check or (ok_ratio and ok_unit) else 1


if __name__ == "__main__":
    raise SystemExit(main())
