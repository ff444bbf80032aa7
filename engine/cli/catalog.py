"""`cchc catalog export|import|diff`: the methodology and the plan in Excel, and what changed.

- `export CATALOG [--plan PLAN] --out bo-tieu-chi.xlsx`: the catalog, its rules, facts and plan
  as one workbook (engine.spec.workbook.export);
- `import bo-tieu-chi.xlsx --out DIR`: the workbook validated like shipped data and written as a
  data directory for `--data DIR` (engine.spec.workbook.importer);
- `diff OLD NEW [--out diff.json]`: criteria, maxima, scales, bands, formulas, targets that changed
  (engine.spec.diff), each OLD/NEW a catalog id or a catalog folder (`…/criteria/<id>`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from engine.cli.common import EXIT_OK, NO_FILE, add_data_option, guarded, library
from engine.core.problems import InputError, Problem, Reason
from engine.report.output import check_outputs, write_atomically
from engine.report.terminal import console


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("catalog", help="bộ tiêu chí trong Excel: xuất, nhập, so sánh hai phiên bản")
    inner = p.add_subparsers(dest="catalog_command", required=True, metavar="VIỆC")

    e = inner.add_parser("export", help="xuất bộ tiêu chí (và kế hoạch) ra sổ Excel để sửa")
    e.add_argument("catalog", metavar="BỘ_TIÊU_CHÍ", help="mã bộ tiêu chí, ví dụ par-so-nganh-2022")
    e.add_argument("--plan", metavar="KẾ_HOẠCH", help="mã kế hoạch: thêm trang “Chỉ tiêu”")
    e.add_argument("--out", required=True, metavar="TỆP.xlsx", help="sổ Excel sẽ ghi")
    e.add_argument("--force", action="store_true", help="ghi đè tệp đã có (mặc định: không ghi đè sổ đã sửa)")
    add_data_option(e)
    e.set_defaults(run=run_export)

    i = inner.add_parser("import", help="nhập sổ Excel thành thư mục dữ liệu (dùng với --data)")
    i.add_argument("workbook", metavar="TỆP.xlsx", help="sổ bộ tiêu chí đã sửa")
    i.add_argument(
        "--out", required=True, metavar="THƯ_MỤC", help="thư mục dữ liệu sẽ ghi (criteria/…, rules/…)"
    )
    add_data_option(i)
    i.set_defaults(run=run_import)

    d = inner.add_parser("diff", help="so sánh hai phiên bản bộ tiêu chí (mã hoặc thư mục criteria/<mã>)")
    d.add_argument("old", metavar="CŨ", help="mã bộ tiêu chí hoặc thư mục …/criteria/<mã>")
    d.add_argument("new", metavar="MỚI", help="mã bộ tiêu chí hoặc thư mục …/criteria/<mã>")
    d.add_argument(
        "--plans",
        nargs=2,
        metavar=("KẾ_HOẠCH_CŨ", "KẾ_HOẠCH_MỚI"),
        help="so sánh cả chỉ tiêu của hai kế hoạch",
    )
    d.add_argument("--out", metavar="TỆP.json", help="ghi kết quả so sánh (JSON)")
    add_data_option(d)
    d.set_defaults(run=run_diff)


def run_export(args: argparse.Namespace) -> int:
    def go() -> int:
        from engine.spec.workbook.export import catalog_workbook

        if Path(args.out).suffix.lower() != ".xlsx":
            reason = "sổ bộ tiêu chí là tệp Excel: --out phải có đuôi .xlsx"
            raise InputError([Problem(code=Reason.OUTPUT, file=args.out or "--out", reason=reason)])
        (out,) = check_outputs([args.out], [])
        if out.exists() and not args.force:
            reason = "tệp đã có (có thể là sổ đã sửa): chọn tên khác, hoặc thêm --force để ghi đè"
            raise InputError([Problem(code=Reason.OUTPUT, file=args.out, reason=reason)])
        bundle = library(args).bundle(args.catalog, args.plan)
        write_atomically(out, catalog_workbook(bundle.catalog, bundle.rulebook, bundle.plan))
        console().print(f"Đã ghi sổ bộ tiêu chí: {out}", markup=False)
        return EXIT_OK

    return guarded(go, NO_FILE)


def run_import(args: argparse.Namespace) -> int:
    def go() -> int:
        from engine.spec.workbook.importer import import_workbook
        from evidence.export_facts import export_facts

        computed = export_facts()
        result = import_workbook(Path(args.workbook), Path(args.out), args.workbook, args.data, computed)
        err = console(stderr=True)
        for warning in result.warnings:
            err.print(f"Cảnh báo: {warning.render()}", markup=False, highlight=False)
        out = console()
        for path in result.files:
            out.print(f"Đã ghi {path}", markup=False, highlight=False)
        plan = f" --plan {result.plan}" if result.plan else ""
        out.print(
            f"Chấm điểm với bộ tiêu chí này: cchc score MINH_CHỨNG --data {args.out}"
            f" (bộ tiêu chí {result.catalog}{plan})",
            markup=False,
            highlight=False,
        )
        return EXIT_OK

    return guarded(go, NO_FILE)


def run_diff(args: argparse.Namespace) -> int:
    def go() -> int:
        from engine.spec.catalog_source import open_catalog
        from engine.spec.diff import diff

        if args.out:
            check_outputs([args.out], [])
        old = open_catalog(args.old, args.data)
        new = open_catalog(args.new, args.data)
        old_plan = new_plan = None
        if args.plans:
            old_plan = old.library.plan(args.plans[0])[0]
            new_plan = new.library.plan(args.plans[1])[0]
        result = diff(old.catalog, new.catalog, old.rulebook, new.rulebook, old_plan, new_plan)
        out = console()
        if result.same:
            out.print(f"Không có khác biệt giữa {old.catalog.id} và {new.catalog.id}.", markup=False)
        else:
            out.print(f"{old.catalog.id} → {new.catalog.id}: {len(result.changes)} thay đổi", markup=False)
            for line in result.lines():
                out.print(f"- {line}", markup=False, highlight=False)
        if args.out:
            text = result.model_dump_json(indent=2) + "\n"
            write_atomically(Path(args.out), text.encode("utf-8"))
        return EXIT_OK

    return guarded(go, NO_FILE if args.out else "")
