"""Entry point of the `cchc` console script."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import warnings
from pathlib import Path
from typing import Any, NoReturn

# Each command's module, in the order `cchc --help` lists them.
COMMANDS = {
    "template": "template",
    "score": "score",
    "validate": "validate",
    "criteria": "criteria",
    "explain": "explain",
    "rules": "rules",
    "schema": "schema",
    "compare": "compare",
    "catalog": "catalog",
}


def parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or, for a known `command`, the parser of that command only: a command's
    module imports what it runs with (`catalog` and `template` bring openpyxl and numpy,
    `compare` its readers), and `cchc score` need not pay for the others' imports. The
    command's own parser, its help and its errors are the same either way."""
    import importlib

    from engine.cli.arguments import ArgumentParser

    p = ArgumentParser(
        prog="cchc",
        description="Chấm điểm tự đánh giá Chỉ số cải cách hành chính (CCHC) từ minh chứng.",
    )
    p.add_argument(
        "--version",
        action=_Version,
        help="hiện phiên bản của chương trình rồi thoát",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="LỆNH")
    names = [command] if command in COMMANDS else list(COMMANDS)
    for name in names:
        importlib.import_module(f"engine.cli.{COMMANDS[name]}").add_parser(sub)
    return p


class _Version(argparse._VersionAction):
    """`--version`, whose number is looked up only when it is shown (importlib.metadata costs
    50 ms at start-up)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        from engine import __version__

        self.version = f"cchc-engine {__version__}"
        super().__call__(parser, *args, **kwargs)


# `cchc score` options that take a value: their value is not the evidence file.
_VALUED = {
    "--unit",
    "--province",
    "--year",
    "--catalog",
    "--plan",
    "--out",
    "--as-of",
    "--data",
    "--set",
    "--out-dir",
    "--format",
    "--group-by",
}


def _evidence_arg(args: list[str]) -> Path:
    """The positional EVIDENCE of `cchc score …`, found before argparse (and its imports) run."""
    skip = False
    for a in args:
        if skip:
            skip = False
        elif a in _VALUED:
            skip = True
        elif not a.startswith("-"):
            return Path(a)
    return Path(args[0])


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    argv = sys.argv[1:] if argv is None else argv
    named = {a.split("=")[0] for a in argv}
    if argv[:1] == ["score"] and len(argv) > 1 and not {"--as-of", "--year"} & named:
        # Start counting the dossier export now: DuckDB counts it while the rest loads (for
        # the whole year of the evidence file; another period is counted when it is read).
        from evidence.csv_reader import prefetch, wait_begun

        prefetch(_evidence_arg(argv[1:]))
        wait_begun()
    args = parser(argv[0] if argv else None).parse_args(argv)
    code: int = args.run(args)
    return code


def _stop_prefetch() -> None:
    """No count left running in a thread at exit (see evidence.csv_reader.stop)."""
    reader = sys.modules.get("evidence.csv_reader")
    if reader is not None:
        reader.stop()


def run() -> NoReturn:
    """The `cchc` program: one command per process, so process-wide settings are made here."""
    # OpenBLAS, loaded with numpy, spins a thread per core that the engine never uses; on a
    # two-core machine it takes CPU from Arrow's CSV readers. jemalloc reuses the pages of
    # Arrow's large buffers where the default pool maps fresh ones. (A user's setting wins.)
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    if sys.platform.startswith("linux"):  # where pyarrow's wheels ship jemalloc
        os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "jemalloc")
    # The cyclic collector would rescan, again and again, every object pydantic, pandas and
    # the rules create while loading: a fifth of the CPU time of `cchc score` on a large
    # export. A command is short; the OS takes the memory back.
    gc.disable()
    # openpyxl warns in English, with its own source path, about a file it reads its own way (a
    # date cell out of range becomes #VALUE!, a style it lacks is replaced): what it then reads is
    # checked and refused in Vietnamese with its row and column, so the warning only adds noise.
    warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\.|$)")
    try:
        code = main()
    finally:
        _stop_prefetch()
    # Python still collects at exit, over every object loaded (0.15 s here); it skips frozen ones.
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    run()
