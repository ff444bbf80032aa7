"""`cchc schema [--out FILE]`: print the report's JSON Schema (the committed one is generated so)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from engine.cli.common import EXIT_OK, add_data_option
from engine.report.model import report_schema


def schema_text() -> str:
    return json.dumps(report_schema(), indent=2, ensure_ascii=False) + "\n"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("schema", help="in JSON Schema của báo cáo")
    p.add_argument(
        "--out", type=Path, metavar="TỆP", help="ghi JSON Schema vào tệp này (mặc định: in ra màn hình)"
    )
    add_data_option(p)  # accepted like every command; the schema does not depend on the data
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.out:
        args.out.write_text(schema_text(), encoding="utf-8")
    else:
        print(schema_text(), end="")
    return EXIT_OK
