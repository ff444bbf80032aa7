"""`cchc validate EVIDENCE`: check an evidence file and list every problem at once."""

from __future__ import annotations

import argparse
from pathlib import Path

from engine.cli.common import EXIT_OK, add_data_option, guarded, library, note_origins
from engine.report.terminal import console
from evidence.load import load_with_bundle


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("validate", help="kiểm tra tệp minh chứng, liệt kê mọi lỗi")
    p.add_argument("evidence", type=Path, metavar="MINH_CHỨNG", help="tệp minh chứng (YAML hoặc JSON)")
    add_data_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    def go() -> int:
        lib = library(args)
        ev, bundle = load_with_bundle(args.evidence, library=lib)
        note_origins(lib, bundle)
        console().print(
            f"Tệp minh chứng hợp lệ: {args.evidence} — {ev.unit}, năm {ev.year}, "
            f"{len(ev.facts)} minh chứng năm đánh giá, {len(ev.previous)} năm trước, "
            f"{len(ev.documents)} tài liệu kiểm chứng.",
            markup=False,  # the unit name is the file's text, printed as written
        )
        return EXIT_OK

    return guarded(go)
