"""Which writer a report file gets, by its extension: the one place that decides.

An unknown extension is refused before anything is scored or written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from engine.core.problems import Problem, Reason
from engine.report.model import Report


def _json(report: Report) -> bytes:
    from engine.report.json_report import report_json

    return report_json(report).encode("utf-8")


def _xlsx(report: Report) -> bytes:
    from engine.report.xlsx import report_xlsx  # openpyxl only for those who ask

    return report_xlsx(report)


def _html(report: Report) -> bytes:
    from engine.report.html import report_html  # jinja2 only for those who ask

    return report_html(report).encode("utf-8")


WRITERS: dict[str, Callable[[Report], bytes]] = {".json": _json, ".xlsx": _xlsx, ".html": _html}


def writer_for(path: Path) -> Callable[[Report], bytes]:
    return WRITERS[path.suffix.lower()]


def extension_problems(outputs: Sequence[str]) -> list[Problem]:
    """Every `--out` with an extension no writer handles (a folder or a blank name is
    `engine.report.output`'s to name)."""
    known = ", ".join(WRITERS)
    problems = [
        Problem(
            code=Reason.OUTPUT,
            file=name or "--out",
            reason=f"không biết ghi báo cáo dạng “{Path(name).suffix or '(không có đuôi)'}”: dùng {known}",
        )
        for name in outputs
        if name.strip()
        and not name.endswith("/")
        and not Path(name).is_dir()
        and Path(name).suffix.lower() not in WRITERS
    ]
    return problems
