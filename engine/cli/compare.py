"""`cchc compare OLD.json NEW.json [--out diff.json|.xlsx|.html] [--across-catalogs]`: two reports compared.

Per criterion the score, status, indicator and target outcome before and after, the fields and
the total, what newly met or newly missed its target. Reports on catalogs with different
digests are refused unless `--across-catalogs`, which lists what differs in the methodology.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from engine import __version__
from engine.cli.common import EXIT_OK, add_data_option, guarded, library
from engine.core.problems import InputError, Problem
from engine.report.compare.catalogs import CatalogLines, catalog_lines
from engine.report.compare.diff import compare, refusal
from engine.report.compare.read import read_report
from engine.report.compare.terminal import print_comparison
from engine.report.compare.writers import comparison_extension_problems, comparison_writer_for
from engine.report.model import Report
from engine.report.output import check_outputs, write_atomically
from engine.report.terminal import console


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("compare", help="so sánh hai báo cáo (năm trước và năm nay, trước và sau mô phỏng)")
    p.add_argument("old", type=Path, metavar="CŨ.json", help="báo cáo trước (cchc score … --out CŨ.json)")
    p.add_argument("new", type=Path, metavar="MỚI.json", help="báo cáo sau")
    p.add_argument(
        "--out",
        action="append",
        default=[],
        metavar="TỆP",
        help="ghi bản so sánh, dạng theo đuôi: .json, .xlsx, .html; dùng nhiều lần để ghi nhiều tệp",
    )
    p.add_argument(
        "--across-catalogs",
        action="store_true",
        help="vẫn so sánh khi hai báo cáo dùng bộ tiêu chí khác nhau, kèm danh sách khác biệt về phương pháp",
    )
    p.add_argument("--quiet", action="store_true", help="không in bản so sánh")
    add_data_option(p)  # with --across-catalogs: where the reports' catalogs are looked up
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    def go() -> int:
        problems = comparison_extension_problems(args.out)
        try:
            paths = check_outputs(args.out, [args.old, args.new])
        except InputError as exc:
            problems += exc.problems
        reports: list[Report] = []
        for path in (args.old, args.new):
            try:
                reports.append(read_report(path))
            except InputError as exc:
                problems += exc.problems
        if problems:
            raise InputError(problems)
        before, after = reports
        blocked: list[Problem] = (
            [] if args.across_catalogs else refusal(before, after, str(args.old), str(args.new))
        )
        if blocked:
            raise InputError(blocked)
        found = CatalogLines()
        if before.catalog.digest != after.catalog.digest:
            found = catalog_lines(before, after, (str(args.old), str(args.new)), library(args))
        comparison = compare(
            before, after, str(args.old), str(args.new), __version__, found.lines, found.notes
        )
        out = console()
        if not args.quiet:
            print_comparison(comparison, out)
        else:
            err = console(stderr=True)
            for note in found.notes:
                err.print(f"Cảnh báo: {note}", markup=False, highlight=False)
        for path in paths:
            write_atomically(path, comparison_writer_for(path)(comparison))
            out.print(f"Đã ghi bản so sánh: {path}", markup=False)
        return EXIT_OK

    return guarded(go, "không ghi bản so sánh" if args.out else "")
