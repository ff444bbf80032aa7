"""`cchc criteria [CATALOG] [--plan PLAN]`: list a catalog's tree, scales and targets."""

from __future__ import annotations

import argparse

from rich.table import Table

from engine.cli.common import EXIT_OK, add_data_option, guarded, library, note_origins
from engine.core.numbers import vi_number
from engine.report.terminal import console
from engine.spec import resources
from engine.spec.bundle import Library
from engine.spec.resources import Kind


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("criteria", help="liệt kê bộ tiêu chí (và chỉ tiêu của một kế hoạch)")
    p.add_argument(
        "catalog", nargs="?", metavar="BỘ_TIÊU_CHÍ", help="mã bộ tiêu chí; bỏ trống để xem danh sách"
    )
    p.add_argument("--plan", metavar="KẾ_HOẠCH", help="mã kế hoạch để hiện chỉ tiêu, đơn vị chủ trì")
    add_data_option(p)
    p.set_defaults(run=run)


def _listed(lib: Library, kind: Kind) -> list[str]:
    """Ids along the search path; a user's says which directory it comes from."""
    out = []
    for ident in resources.ids(kind, lib.dirs):
        found = lib.locate(kind, ident)
        out.append(ident if found.source == resources.SHIPPED else f"{ident} ({found.source})")
    return out


def run(args: argparse.Namespace) -> int:
    def go() -> int:
        out = console()
        lib = library(args)
        if not args.catalog and not args.plan:
            out.print("Bộ tiêu chí: " + ", ".join(_listed(lib, "catalog")), markup=False)
            out.print("Kế hoạch: " + ", ".join(_listed(lib, "plan")), markup=False)
            return EXIT_OK
        plan = lib.plan(args.plan)[0] if args.plan else None
        bundle = lib.bundle(args.catalog or (plan.catalog if plan else ""), plan.id if plan else None)
        note_origins(lib, bundle)
        catalog = bundle.catalog
        out.print(f"[b]{catalog.id}[/] — {catalog.title}")
        table = Table()
        for col in ("Mã", "Tiêu chí", "Tối đa", "Thang điểm") + (("Chỉ tiêu", "Chủ trì") if plan else ()):
            table.add_column(col)
        for field in catalog.fields:
            table.add_row(f"[b]{field.code}[/]", f"[b]{field.title}[/]", "", "", *(("", "") if plan else ()))
            for c in (c for c in catalog.criteria if c.field == field.code):
                title = c.title + (" [dim](tên tạm)[/]" if c.title_provisional else "")
                row = [c.code, title, vi_number(c.max) if c.max is not None else "", c.scale or ""]
                if plan:
                    t = plan.targets.get(c.code)
                    row += [t.text if t else "", t.lead_unit if t else ""]
                table.add_row(*row)
        out.print(table)
        for sid, scale in catalog.scales.items():
            mark = " [yellow](tạm thời)[/]" if scale.provisional else ""
            out.print(f"• {sid}: {scale.title}{mark}")
        return EXIT_OK

    return guarded(go)
