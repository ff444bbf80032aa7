"""`cchc criteria [CATALOG] [--plan PLAN]`: list a catalog's tree, scales and targets."""

from __future__ import annotations

import argparse

from rich.text import Text

from engine.cli.common import EXIT_OK, add_data_option, guarded, library, note_origins
from engine.core.numbers import vi_number
from engine.core.problems import InputError, Problem, Reason
from engine.report.fit import NARROW, Col, fitted
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
        if plan is not None and args.catalog and plan.catalog != args.catalog:
            reason = (
                f"kế hoạch '{plan.id}' dùng bộ tiêu chí '{plan.catalog}', không phải '{args.catalog}': "
                f"chạy `cchc criteria {plan.catalog} --plan {plan.id}`"
            )
            raise InputError([Problem(code=Reason.CROSS_CHECK, file=f"--plan {plan.id}", reason=reason)])
        bundle = lib.bundle(args.catalog or (plan.catalog if plan else ""), plan.id if plan else None)
        note_origins(lib, bundle)
        catalog = bundle.catalog
        out.print(Text.assemble((catalog.id, "bold"), f" — {catalog.title}"))
        scales = out.width >= NARROW  # scale ids are listed below the table anyway
        cols = [Col("Mã"), Col("Tiêu chí", wrap=True), Col("Tối đa", justify="right")]
        cols += [Col("Thang điểm")] if scales else []
        if plan:
            cols += [Col("Chỉ tiêu", wrap=True), Col("Chủ trì", wrap=True)]
        rows: list[list[Text]] = []
        for field in catalog.fields:
            rows.append([Text(field.code, "bold"), Text(field.title, "bold")])
            for c in (c for c in catalog.criteria if c.field == field.code):
                title = Text(c.title)
                if c.title_provisional:
                    title.append(" (tên tạm)", "dim")
                row = [Text(c.code), title, Text(vi_number(c.max) if c.max is not None else "")]
                row += [Text(c.scale or "")] if scales else []
                if plan:
                    t = plan.targets.get(c.code)
                    row += [Text(t.text if t else ""), Text(t.lead_unit if t else "")]
                rows.append(row)
        out.print(fitted("", cols, rows, out.width))
        for sid, scale in catalog.scales.items():
            line = Text(f"• {sid}: {scale.title}")
            if scale.provisional:
                line.append(" (tạm thời)", "yellow")
            out.print(line)
        return EXIT_OK

    return guarded(go)
