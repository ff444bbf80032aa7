"""Shared CLI plumbing: exit codes and turning input errors into a readable list."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from engine.core.problems import InputError
from engine.report.terminal import console, print_problems, say

if TYPE_CHECKING:
    from engine.spec.bundle import Bundle, Library

EXIT_OK = 0
EXIT_SHORTFALL = 1
EXIT_INVALID = 2


NO_REPORT = "không ghi báo cáo"
NO_FILE = "không ghi tệp"


def guarded(run: Callable[[], int], not_written: str | Callable[[], str] = "") -> int:
    """Run a command; any input error is printed in full and exits 2.

    `not_written` says what the command did not write because of the error (`NO_REPORT`,
    `NO_FILE`), or is asked at the time (a command that had written some files already);
    empty for a command that writes nothing.
    """
    try:
        return run()
    except InputError as exc:
        held = not_written() if callable(not_written) else not_written
        print_problems(exc.problems, console(stderr=True), held)
        return EXIT_INVALID


def held_back(written: list[Path], nothing: str = NO_REPORT) -> str:
    """What an error stopped: `nothing` before any file was written, else which ones were."""
    if not written:
        return nothing
    done = ", ".join(str(p) for p in written) if len(written) <= 3 else f"{len(written)} tệp"
    return f"đã ghi {done}; không ghi các tệp còn lại"


def add_data_option(p: argparse.ArgumentParser) -> None:
    """`--data DIR` (repeatable): user data directories, searched before `CCHC_DATA` and the shipped data."""
    p.add_argument(
        "--data",
        action="append",
        default=[],
        metavar="THƯ_MỤC",
        help="thư mục dữ liệu riêng (criteria/…, rules/…), tìm trước CCHC_DATA và dữ liệu kèm công cụ; "
        "lặp lại được",
    )


def library(args: argparse.Namespace) -> Library:
    from engine.spec.bundle import Library

    return Library.from_env(args.data)


def note_origins(lib: Library, bundle: Bundle) -> None:
    """Say on stderr which declarations came from a user directory (and which replace shipped ones)."""
    from engine.spec.resources import SHIPPED

    err = console(stderr=True)
    declared = [
        ("catalog", bundle.catalog.id, bundle.catalog_source),
        ("rules", bundle.catalog.id, bundle.rules_source),
    ]
    if bundle.plan is not None:
        declared.append(("plan", bundle.plan.id, bundle.plan_source or SHIPPED))
    for kind, ident, source in declared:
        if source == SHIPPED:
            continue
        found = lib.locate(kind, ident)  # type: ignore[arg-type]
        instead = " (thay cho bản kèm công cụ)" if lib.replaced(found) else ""
        say(err, f"Dùng {_KIND_VI[kind]} '{ident}' từ {found.name}{instead}")


_KIND_VI = {"catalog": "bộ tiêu chí", "rules": "quy tắc của bộ tiêu chí", "plan": "kế hoạch"}
