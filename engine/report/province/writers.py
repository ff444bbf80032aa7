"""Which writer the summary of a multi-unit run gets, by the extension of its `--out`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from engine.core.problems import Problem, Reason
from engine.report.province.model import ProvinceSummary


def _json(summary: ProvinceSummary) -> bytes:
    from engine.report.province.ranking import summary_json

    return summary_json(summary).encode("utf-8")


def _xlsx(summary: ProvinceSummary) -> bytes:
    from engine.report.province.xlsx import summary_xlsx

    return summary_xlsx(summary)


def _html(summary: ProvinceSummary) -> bytes:
    from engine.report.province.html import summary_html

    return summary_html(summary).encode("utf-8")


SUMMARY_WRITERS: dict[str, Callable[[ProvinceSummary], bytes]] = {
    ".json": _json,
    ".xlsx": _xlsx,
    ".html": _html,
}


def summary_writer_for(path: Path) -> Callable[[ProvinceSummary], bytes]:
    return SUMMARY_WRITERS[path.suffix.lower()]


def summary_extension_problems(outputs: Sequence[str]) -> list[Problem]:
    known = ", ".join(SUMMARY_WRITERS)
    return [
        Problem(
            code=Reason.OUTPUT,
            file=name or "--out",
            reason=f"không biết ghi bảng tổng hợp dạng “{Path(name).suffix or '(không có đuôi)'}”: "
            f"dùng {known}",
        )
        for name in outputs
        if name.strip()
        and not name.endswith("/")
        and not Path(name).is_dir()
        and Path(name).suffix.lower() not in SUMMARY_WRITERS
    ]
