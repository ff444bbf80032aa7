"""Which writer a comparison file gets, by the extension of its `--out`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from engine.core.problems import Problem, Reason
from engine.report.compare.model import Comparison


def _json(comparison: Comparison) -> bytes:
    from engine.report.compare.diff import comparison_json

    return comparison_json(comparison).encode("utf-8")


def _xlsx(comparison: Comparison) -> bytes:
    from engine.report.compare.xlsx import comparison_xlsx

    return comparison_xlsx(comparison)


def _html(comparison: Comparison) -> bytes:
    from engine.report.compare.html import comparison_html

    return comparison_html(comparison).encode("utf-8")


COMPARISON_WRITERS: dict[str, Callable[[Comparison], bytes]] = {
    ".json": _json,
    ".xlsx": _xlsx,
    ".html": _html,
}


def comparison_writer_for(path: Path) -> Callable[[Comparison], bytes]:
    return COMPARISON_WRITERS[path.suffix.lower()]


def comparison_extension_problems(outputs: Sequence[str]) -> list[Problem]:
    known = ", ".join(COMPARISON_WRITERS)
    return [
        Problem(
            code=Reason.OUTPUT,
            file=name or "--out",
            reason=f"không biết ghi bản so sánh dạng “{Path(name).suffix or '(không có đuôi)'}”: "
            f"dùng {known}",
        )
        for name in outputs
        if name.strip()
        and not name.endswith("/")
        and not Path(name).is_dir()
        and Path(name).suffix.lower() not in COMPARISON_WRITERS
    ]
