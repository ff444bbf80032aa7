"""`cchc validate EVIDENCE`: check an evidence file and list every problem at once."""

from __future__ import annotations

import argparse
from pathlib import Path

from engine.cli.common import EXIT_OK, guarded
from engine.report.terminal import console
from evidence import load_evidence


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("validate", help="kiểm tra tệp minh chứng, liệt kê mọi lỗi")
    p.add_argument("evidence", type=Path, metavar="MINH_CHỨNG", help="tệp minh chứng (YAML hoặc JSON)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    def go() -> int:
        ev = load_evidence(args.evidence)
        console().print(
            f"Tệp minh chứng hợp lệ: {args.evidence} — {ev.unit}, năm {ev.year}, "
            f"{len(ev.facts)} minh chứng năm đánh giá, {len(ev.previous)} năm trước, "
            f"{len(ev.documents)} tài liệu kiểm chứng."
        )
        return EXIT_OK

    return guarded(go)
