"""`cchc score EVIDENCE [--out report.json] [--as-of DATE]`: score, print the summary, write the report.

EVIDENCE is an evidence file (YAML/JSON), or a published table (.csv, one row per unit and
year) read with --unit, --year, --catalog [--plan].
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path

from engine.cli import score_many
from engine.cli.common import (
    EXIT_OK,
    EXIT_SHORTFALL,
    add_data_option,
    guarded,
    held_back,
    library,
    note_origins,
)
from engine.cli.whatif import add_set_option
from engine.core.dates import parse_vi_date
from engine.core.problems import InputError, Problem, Reason
from engine.report.model import Report
from engine.report.output import check_outputs, write_atomically
from engine.report.privacy import hide_names
from engine.report.simulation import print_simulation
from engine.report.terminal import console, print_report
from engine.report.writers import extension_problems, writer_for
from engine.scoring import score
from evidence.export_rows import watch_rows
from evidence.load import load_with_bundle
from evidence.overrides import apply_overrides
from evidence.table import load_table_evidence


def as_of_date(text: str) -> dt.date:
    """`--as-of`: dd/mm/yyyy (as Vietnamese users write dates) or ISO yyyy-mm-dd."""
    try:
        return parse_vi_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("score", help="chấm điểm tự đánh giá từ tệp minh chứng")
    p.add_argument(
        "evidence",
        type=Path,
        nargs="+",
        metavar="MINH_CHỨNG",
        help="tệp minh chứng (YAML, JSON hoặc sổ .xlsx) hoặc bảng số liệu .csv; nhiều tệp hoặc thư mục: "
        "chấm nhiều đơn vị trong một lần và xếp hạng (xem các tuỳ chọn chấm nhiều đơn vị)",
    )
    table = p.add_argument_group("bảng số liệu .csv (một dòng một đơn vị, một năm)")
    table.add_argument(
        "--unit", "--province", dest="unit", metavar="ĐƠN_VỊ", help='đơn vị cần chấm, ví dụ "Khánh Hòa"'
    )
    table.add_argument(
        "--year", type=int, metavar="NĂM", help="năm đánh giá (dòng năm trước, nếu có, là số liệu năm trước)"
    )
    table.add_argument("--catalog", metavar="BỘ_TIÊU_CHÍ", help="mã bộ tiêu chí, ví dụ pci-2021")
    table.add_argument("--plan", metavar="KẾ_HOẠCH", help="mã kế hoạch (không bắt buộc)")
    p.add_argument(
        "--out",
        action="append",
        default=[],
        metavar="TỆP",
        help="ghi báo cáo vào tệp này, dạng theo đuôi: .json, .xlsx (bảng tự chấm điểm), .html (bản in); "
        "dùng nhiều lần để ghi nhiều tệp",
    )
    p.add_argument(
        "--hide-names",
        action="store_true",
        help="thay tên cán bộ bằng mã CB01, CB02… (theo thứ tự tên) trong mọi báo cáo",
    )
    p.add_argument(
        "--fail-on-shortfall",
        action="store_true",
        help="thoát mã 1 nếu có chỉ tiêu chưa đạt (dùng trong kịch bản tự động)",
    )
    p.add_argument("--quiet", action="store_true", help="không in bảng kết quả")
    add_data_option(p)
    p.add_argument(
        "--as-of",
        type=as_of_date,
        metavar="NGÀY",
        help="chốt số liệu giữa năm: hồ sơ tiếp nhận đến ngày này, hồ sơ chưa có kết quả xét tại ngày này",
    )
    add_set_option(p)
    score_many.add_arguments(p)
    p.set_defaults(run=run)


def _report(args: argparse.Namespace) -> Report:
    lib = library(args)
    table_args = {"--unit": args.unit, "--year": args.year, "--catalog": args.catalog, "--plan": args.plan}
    if args.evidence.suffix.lower() != ".csv":
        given = [k for k, v in table_args.items() if v is not None]
        if given:
            reason = ", ".join(given) + " chỉ dùng với bảng số liệu .csv (tệp minh chứng tự ghi các mục này)"
            raise InputError([Problem(code=Reason.INVALID_OPTION, file=str(args.evidence), reason=reason)])
        evidence, bundle = load_with_bundle(args.evidence, args.as_of, lib)
        note_origins(lib, bundle)
        return score(apply_overrides(evidence, bundle, args.set), bundle)
    if args.as_of is not None:
        raise InputError(
            [
                Problem(
                    code=Reason.INVALID_OPTION,
                    file=str(args.evidence),
                    reason="--as-of chỉ dùng với tệp minh chứng có sources",
                )
            ]
        )
    lacking = [k for k in ("--unit", "--year", "--catalog") if table_args[k] is None]
    if lacking:
        reason = "bảng số liệu .csv cần " + ", ".join(lacking)
        raise InputError([Problem(code=Reason.INVALID_OPTION, file=str(args.evidence), reason=reason)])
    evidence = load_table_evidence(
        args.evidence, unit=args.unit, year=args.year, catalog=args.catalog, plan=args.plan, library=lib
    )
    bundle = lib.bundle(evidence.catalog, evidence.plan)
    note_origins(lib, bundle)
    return score(apply_overrides(evidence, bundle, args.set), bundle)


@contextlib.contextmanager
def reading_shown(wanted: bool) -> Iterator[None]:
    """While a table is read row by row (a large XLSX export), a line on the terminal says how
    far it is, and is cleared before anything else is printed; nothing when not a terminal."""
    if not (wanted and sys.stderr.isatty()):
        yield
        return
    shown: list[bool] = []

    def say(file: str, row: int) -> None:
        sys.stderr.write(f"\rĐang đọc {Path(file).name}: dòng {row:,}…".replace(",", "."))
        sys.stderr.flush()
        shown.append(True)

    stop = watch_rows(say)
    try:
        yield
    finally:
        stop()
        if shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def run(args: argparse.Namespace) -> int:
    if score_many.is_many(args.evidence):
        return score_many.run(args)
    args.evidence = args.evidence[0]
    written: list[Path] = []

    def go() -> int:
        score_many.refuse_many_options(args)
        problems = extension_problems(args.out)
        try:
            check_outputs(args.out, [args.evidence])
        except InputError as exc:
            problems += exc.problems
        if problems:
            raise InputError(problems)
        with reading_shown(not args.quiet):
            report = _report(args)
        if args.hide_names:
            report = hide_names(report)
        # The export and procedure list are inputs too: a report never replaces one of them.
        sources = [args.evidence.parent / s.file for s in report.evidence.sources]
        paths = check_outputs(args.out, [args.evidence, *sources])
        out = console()
        print_simulation(report, out)  # even with --quiet: a simulated report never passes for a real one
        if not args.quiet:
            print_report(report, out)
        if paths and (not args.quiet or report.simulated):  # a blank line after what was printed only
            out.print()
        for path in paths:
            write_atomically(path, writer_for(path)(report))
            written.append(path)
            out.print(f"Đã ghi báo cáo: {path}", markup=False)
        if args.fail_on_shortfall and report.shortfalls:
            return EXIT_SHORTFALL
        return EXIT_OK

    return guarded(go, lambda: held_back(written))
