"""The comparison as one printable HTML file (offline, no script, every value escaped)."""

from __future__ import annotations

from engine.core.numbers import vi_number
from engine.report.compare.model import Comparison, CriterionChange
from engine.report.compare.xlsx import TARGET_VI
from engine.report.html import environment
from engine.report.table import STATUS_VI
from engine.results.sentences import value_text


def num(value: float | None) -> str:
    return "—" if value is None else vi_number(value)


def signed(value: float | None) -> str:
    if value is None:
        return ""
    return ("+" if value > 0 else "") + vi_number(value)


def trend(value: float | None) -> str:
    return "" if not value else ("up" if value > 0 else "down")


def status(c: CriterionChange) -> str:
    before = STATUS_VI[c.status_before] if c.status_before else "không có"
    after = STATUS_VI[c.status_after] if c.status_after else "không có"
    return after if before == after else f"{before} → {after}"


def target(c: CriterionChange) -> str:
    return TARGET_VI[c.target] if c.target else ""


def comparison_html(comparison: Comparison) -> str:
    context = {
        "c": comparison,
        "num": num,
        "signed": signed,
        "trend": trend,
        "status": status,
        "target": target,
        "value_text": value_text,
        "changed": sum(ch.changed for ch in comparison.changes),
    }
    return environment().get_template("comparison.html.j2").render(context)
