"""`cchc explain CODE --evidence FILE [--json]`: how one criterion was scored, in sentences.

CODE may be written "TCTP 3.4.1", "tctp 3.4.1", "TCTP3.4.1" or just "3.4.1". `--json` prints
the criterion's raw entry of the report (indicator, target, trace) instead.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from engine.cli.common import EXIT_OK, add_data_option, guarded, library, note_origins
from engine.cli.whatif import add_set_option
from engine.core.problems import InputError, Problem, Reason
from engine.report.explain_text import explain_lines, find_code
from engine.report.simulation import print_simulation
from engine.report.terminal import console, say
from engine.scoring import score
from evidence.load import load_with_bundle
from evidence.overrides import apply_overrides


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("explain", help="giải thích cách chấm một tiêu chí (đầy đủ vết suy luận)")
    p.add_argument(
        "code", metavar="MÃ_TIÊU_CHÍ", help='mã tiêu chí, ví dụ "TCTP 3.4.1", "TCTP3.4.1" hoặc "3.4.1"'
    )
    p.add_argument(
        "--evidence",
        type=Path,
        required=True,
        metavar="TỆP",
        help="tệp minh chứng (YAML, JSON hoặc sổ .xlsx)",
    )
    p.add_argument(
        "--json", action="store_true", help="in mục của tiêu chí trong báo cáo (JSON) thay cho câu chữ"
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
        codes = [r.code for r in report.criteria]
        found = find_code(args.code, codes)
        if len(found) != 1:
            listed = ", ".join(found or codes)
            why = "khớp nhiều tiêu chí" if found else "không có trong bộ tiêu chí"
            reason = f"mã '{args.code}' {why} '{report.catalog.id}'. Các mã: {listed}"
            raise InputError([Problem(code=Reason.UNKNOWN_CRITERION, file=str(args.evidence), reason=reason)])
        r = next(r for r in report.criteria if r.code == found[0])
        if args.json:
            entry = r.model_dump(mode="json")
            entry["shortfall"] = next(
                (s.model_dump(mode="json") for s in report.shortfalls if s.code == r.code), None
            )
            entry["overrides"] = [o.model_dump(mode="json") for o in report.overrides]
            print(json.dumps(entry, ensure_ascii=False, indent=2, sort_keys=True))
            return EXIT_OK
        print_simulation(report, out)
        labels = {name: spec.label for name, spec in bundle.catalog.facts.items()}
        for line in explain_lines(r, report, labels):
            say(out, line, hang=len(line) - len(line.lstrip(" ")) + 2)
        return EXIT_OK

    return guarded(go)
