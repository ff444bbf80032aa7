"""Shared CLI plumbing: exit codes and turning input errors into a readable list."""

from __future__ import annotations

from collections.abc import Callable

from engine.core.problems import InputError
from engine.report.terminal import console, print_problems

EXIT_OK = 0
EXIT_SHORTFALL = 1
EXIT_INVALID = 2


def guarded(run: Callable[[], int]) -> int:
    """Run a command; any input error is printed in full and exits 2."""
    try:
        return run()
    except InputError as exc:
        print_problems(exc.problems, console(stderr=True))
        return EXIT_INVALID
