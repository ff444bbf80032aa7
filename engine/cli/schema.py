"""`cchc schema [--kind report|summary|comparison] [--out FILE]`: print a JSON Schema (the committed ones
are generated so): the unit's report, the ranking summary of a multi-unit run, a comparison of two reports."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from engine.cli.common import EXIT_OK, NO_FILE, add_data_option, guarded
from engine.report.model import report_schema
from engine.report.output import check_outputs, write_atomically


def _summary_schema() -> dict[str, Any]:
    from engine.report.province.model import summary_schema

    return summary_schema()


def _comparison_schema() -> dict[str, Any]:
    from engine.report.compare.model import comparison_schema

    return comparison_schema()


SCHEMAS: dict[str, Callable[[], dict[str, Any]]] = {
    "report": report_schema,
    "summary": _summary_schema,
    "comparison": _comparison_schema,
}


def schema_text(kind: str = "report") -> str:
    return json.dumps(SCHEMAS[kind](), indent=2, ensure_ascii=False) + "\n"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("schema", help="in JSON Schema của báo cáo")
    p.add_argument(
        "--kind",
        choices=list(SCHEMAS),
        default="report",
        help="report: báo cáo một đơn vị (mặc định); summary: bảng tổng hợp, xếp hạng nhiều đơn vị; "
        "comparison: so sánh hai báo cáo (cchc compare)",
    )
    p.add_argument("--out", metavar="TỆP", help="ghi JSON Schema vào tệp này (mặc định: in ra màn hình)")
    add_data_option(p)  # accepted like every command; the schema does not depend on the data
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    def go() -> int:
        if args.out is not None:
            (path,) = check_outputs([args.out], [])
            write_atomically(path, schema_text(args.kind).encode("utf-8"))
        else:
            print(schema_text(args.kind), end="")
        return EXIT_OK

    return guarded(go, NO_FILE if args.out is not None else "")
