"""The JSON report: the attachment's bytes (stable key order, UTF-8 Vietnamese, trailing newline)."""

from __future__ import annotations

from engine.report.model import Report


def report_json(report: Report) -> str:
    # `overrides` only in a what-if report: a report of the submitted evidence keeps its bytes.
    exclude = None if report.overrides else {"overrides"}
    return report.model_dump_json(indent=2, exclude=exclude) + "\n"
