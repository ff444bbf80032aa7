"""`cchc template CATALOG [--plan PLAN] [--unit U] [--year Y] --out FILE.xlsx`: the evidence workbook.

The office fills it in Excel or LibreOffice and gives it back to `cchc validate|score|explain`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from engine import __version__
from engine.cli.common import EXIT_OK, NO_FILE, add_data_option, guarded, library
from engine.core.problems import InputError, Problem, Reason
from engine.report.output import check_outputs, write_atomically
from engine.report.terminal import console
from engine.spec.bundle import find_catalog, find_plan, find_rulebook
from evidence.workbook.template import template_bytes


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("template", help="tạo sổ minh chứng Excel (.xlsx) từ bộ tiêu chí và kế hoạch")
    p.add_argument("catalog", metavar="BỘ_TIÊU_CHÍ", help="mã bộ tiêu chí, ví dụ par-so-nganh-2022")
    p.add_argument(
        "--plan", metavar="KẾ_HOẠCH", help="mã kế hoạch: thêm cột chỉ tiêu và số liệu năm trước cần có"
    )
    p.add_argument("--unit", metavar="ĐƠN_VỊ", help="tên đơn vị (mặc định: đơn vị của kế hoạch)")
    p.add_argument("--year", type=int, metavar="NĂM", help="năm đánh giá (mặc định: năm của kế hoạch)")
    p.add_argument("--out", required=True, metavar="TỆP.xlsx", help="tệp sổ minh chứng sẽ ghi")
    p.add_argument(
        "--force",
        action="store_true",
        help="ghi đè tệp đã có (mặc định: không ghi đè một sổ có thể đã được điền)",
    )
    add_data_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    def go() -> int:
        if Path(args.out).suffix.lower() != ".xlsx":
            reason = "sổ minh chứng là tệp Excel: --out phải có đuôi .xlsx"
            raise InputError([Problem(code=Reason.OUTPUT, file=args.out or "--out", reason=reason)])
        (out,) = check_outputs([args.out], [])
        if out.exists() and not args.force:
            reason = "tệp đã có (có thể là sổ đã điền): chọn tên khác, hoặc thêm --force để ghi đè"
            raise InputError([Problem(code=Reason.OUTPUT, file=args.out, reason=reason)])
        catalog = find_catalog(args.catalog, library(args))
        plan = find_plan(args.plan, library(args)) if args.plan else None
        problems = []
        covers = f"bộ tiêu chí '{catalog.id}' áp dụng cho năm {_years(catalog.years or [catalog.year])}"
        if plan is not None and plan.catalog != catalog.id:
            reason = (
                f"kế hoạch '{plan.id}' là kế hoạch năm {plan.year} theo bộ tiêu chí '{plan.catalog}', "
                f"không phải '{catalog.id}' ({covers}): chọn kế hoạch của bộ tiêu chí này, "
                f"hoặc dùng bộ tiêu chí '{plan.catalog}'"
            )
            problems.append(Problem(code=Reason.ID_MISMATCH, file="--plan", reason=reason))
        year = args.year if args.year is not None else (plan.year if plan else catalog.year)
        if not catalog.applies_to(year) and (args.year is not None or not problems):
            if args.year is not None:
                where, reason = "--year", f"năm {year} nằm ngoài các năm của bộ tiêu chí: {covers}"
            else:  # the year came from the plan (a plan of this catalog, for another year)
                assert plan is not None
                where = "--plan"
                reason = (
                    f"kế hoạch '{plan.id}' là kế hoạch năm {plan.year}, nhưng {covers}: "
                    "chọn kế hoạch của một năm đó, hoặc ghi --year"
                )
            problems.append(Problem(code=Reason.YEAR_MISMATCH, file=where, reason=reason))
        unit = " ".join((args.unit if args.unit is not None else (plan.unit if plan else "")).split())
        if args.unit is not None and not unit:
            problems.append(Problem(code=Reason.MISSING_VALUE, file="--unit", reason="tên đơn vị để trống"))
        if problems:
            raise InputError(problems)
        data = template_bytes(
            catalog, find_rulebook(catalog.id, library(args)), plan, unit, year, f"cchc-engine {__version__}"
        )
        write_atomically(out, data)
        console().print(f"Đã ghi sổ minh chứng: {out}", markup=False)
        return EXIT_OK

    return guarded(go, NO_FILE)


def _years(years: list[int]) -> str:
    return ", ".join(str(y) for y in sorted(years))
