"""Time the evidence workbook and the report writers on the 46-criterion catalog (target: < 1 s each).

Measured after start-up (imports and the first scoring happen once per process); the median
of several runs is the figure, the worst run is shown beside it. Also times reading a filled
workbook back, and prints each as a share of the 1 s target and against scoring itself.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EXAMPLE = ROOT / "evidence" / "examples" / "gia-lai-bqlkkt-2022.yaml"
TARGET_S = 1.0


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t)
    return statistics.median(samples), max(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from engine.report.html import report_html
    from engine.report.xlsx import report_xlsx
    from engine.scoring import score
    from engine.spec.bundle import find_catalog, find_plan, find_rulebook
    from evidence import load_evidence
    from evidence.workbook.template import template_bytes
    from tests.workbook.fill import fill

    evidence = load_evidence(EXAMPLE)
    report = score(evidence)
    catalog, rulebook, plan = (
        find_catalog(evidence.catalog),
        find_rulebook(evidence.catalog),
        find_plan("gia-lai-bqlkkt-2022"),
    )
    criteria = len(catalog.assessed())

    def template() -> bytes:
        return template_bytes(catalog, rulebook, plan, evidence.unit, evidence.year, "bench")

    with tempfile.TemporaryDirectory() as folder:
        blank = Path(folder) / "mau.xlsx"
        blank.write_bytes(template())
        filled = fill(blank, EXAMPLE, Path(folder) / "minh-chung.xlsx")
        results = {
            "cchc template (sổ minh chứng .xlsx)": timed(template, args.runs),
            "đọc sổ minh chứng đã điền (.xlsx)": timed(lambda: load_evidence(filled), args.runs),
            "ghi báo cáo .xlsx": timed(lambda: report_xlsx(report), args.runs),
            "ghi báo cáo .html": timed(lambda: report_html(report), args.runs),
            "chấm điểm (để so sánh)": timed(lambda: score(evidence), args.runs),
        }
    scoring = results["chấm điểm (để so sánh)"][0]
    print(f"Bộ tiêu chí {catalog.id}: {criteria} tiêu chí; {args.runs} lần chạy, trung vị (chậm nhất)")
    failed = False
    for name, (median, worst) in results.items():
        share = median / TARGET_S
        print(
            f"  {name:38} {median * 1000:8.1f} ms ({worst * 1000:.1f}) — {share:5.1%} mục tiêu 1 s, "
            f"{median / scoring:5.1f}× thời gian chấm điểm"
        )
        failed |= median >= TARGET_S
    print("Đạt mục tiêu < 1 s." if not failed else "KHÔNG đạt mục tiêu < 1 s.")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
