"""`cchc rules CATALOG [--data DIR]`: the compiled durable-rules ruleset as JSON, so rule edits show.

Stable order (sorted keys), UTF-8 Vietnamese; notes (where the data came from) go to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys

from engine.cli.common import EXIT_OK, add_data_option, guarded, library, note_origins


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("rules", help="in bộ luật durable-rules đã biên dịch của một bộ tiêu chí (JSON)")
    p.add_argument("catalog", metavar="CATALOG", help="mã bộ tiêu chí, ví dụ par-so-nganh-2022")
    add_data_option(p)
    p.set_defaults(run=run)


def ruleset_json(rules: dict[str, object]) -> str:
    return json.dumps(rules, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def run(args: argparse.Namespace) -> int:
    def go() -> int:
        from engine.rules.compiler import compile_rules

        lib = library(args)
        bundle = lib.bundle(args.catalog)
        note_origins(lib, bundle)
        sys.stdout.write(ruleset_json(compile_rules(bundle.catalog, bundle.rulebook).rules))
        return EXIT_OK

    return guarded(go)
