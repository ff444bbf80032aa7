"""`cchc explain CODE --evidence FILE`: the full trace of one criterion."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from engine.cli.common import EXIT_INVALID, EXIT_OK, add_data_option, guarded, library, note_origins
from engine.cli.whatif import add_set_option
from engine.core.numbers import vi_number
from engine.report.simulation import print_simulation
from engine.report.terminal import STATUS_VI, console
from engine.scoring import score
from evidence.load import load_with_bundle
from evidence.overrides import apply_overrides


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("explain", help="giải thích cách chấm một tiêu chí (đầy đủ vết suy luận)")
    p.add_argument("code", metavar="MÃ_TIÊU_CHÍ", help='mã tiêu chí, ví dụ "TCTP 3.4.1"')
    p.add_argument(
        "--evidence", type=Path, required=True, metavar="TỆP", help="tệp minh chứng (YAML hoặc JSON)"
    )
    add_data_option(p)
    add_set_option(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    def go() -> int:
        out = console()
        lib = library(args)
        evidence, bundle = load_with_bundle(args.evidence, library=lib)
        note_origins(lib, bundle)
        report = score(apply_overrides(evidence, bundle, args.set), bundle)
        print_simulation(report, out)
        wanted = " ".join(args.code.split()).upper()
        found = [r for r in report.criteria if r.code.upper() == wanted]
        if not found:
            codes = ", ".join(r.code for r in report.criteria)
            out.print(f"[red]Không có tiêu chí '{args.code}'.[/] Các mã: {codes}")
            return EXIT_INVALID
        r = found[0]
        out.print(f"[b]{r.code}[/] — {r.title}")
        out.print(
            f"Trạng thái: {STATUS_VI[r.status]}; điểm: "
            f"{'—' if r.score is None else vi_number(r.score)}/{vi_number(r.max)}"
        )
        out.print(f"Giải thích: {r.explanation}")
        out.print(
            f"Thang điểm: {r.scale.id} — {r.scale.title}" + (" (tạm thời)" if r.scale.provisional else ""),
            markup=False,
        )
        out.print(f"Chỉ số: {json.dumps(r.indicator.model_dump(), ensure_ascii=False)}", markup=False)
        if r.target:
            out.print(f"Chỉ tiêu: {json.dumps(r.target.model_dump(), ensure_ascii=False)}", markup=False)
        for s in report.shortfalls:
            if s.code == r.code:
                out.print(f"Khoảng thiếu: {s.gap} ({vi_number(s.points_at_stake)} điểm bị ảnh hưởng)")
        for d in r.documents:
            out.print(f"Tài liệu kiểm chứng: {d.number} ngày {d.date} — {d.title}", markup=False)
        out.print("Vết suy luận (luật đã kích hoạt):")
        for step in r.trace:
            out.print(f"  - {step.rule}", markup=False)
            for alias, fact in step.matched.items():
                out.print(f"      khớp {alias}: {json.dumps(fact, ensure_ascii=False)}", markup=False)
            for fact in step.asserted:
                out.print(f"      → {json.dumps(fact, ensure_ascii=False)}", markup=False)
        return EXIT_OK

    return guarded(go)
