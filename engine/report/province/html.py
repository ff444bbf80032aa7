"""The ranking summary as one printable HTML file: per group a chart of the units' totals, the
ranking and the field-by-unit table; offline, no script, every value escaped (as the unit report)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup

from engine.core.numbers import vi_number
from engine.report.html import BAR, CHART_WIDTH, LINE, Bar, bars, environment
from engine.report.province.model import ProvinceSummary, RankedUnit, SummaryGroup
from engine.report.province.simulation import HEAD, simulation
from engine.report.table import vi_date
from engine.results.model import Rollup

LABEL_WIDTH = 280


@dataclass(frozen=True)
class GroupView:
    group: SummaryGroup
    units: list[RankedUnit]
    fields: list[Rollup]
    bars: list[Bar]
    height: int
    incomplete: bool


def pct(value: float | None) -> str:
    return "—" if value is None else vi_number(value, 2) + "%"


def field_pct(unit: RankedUnit, code: str) -> str:
    found = [f.percent for f in unit.fields if f.code == code]
    return "—" if not found or found[0] is None else vi_number(found[0], 1)


def path(text: str) -> Markup:
    """A file path that wraps after a “/” or “\\” (a <wbr> after each), each part in a <span> the
    page keeps whole where it is wide enough. Escaped."""
    parts = [p for p in re.split(r"(?<=[/\\])", text) if p]
    return Markup("<wbr>").join(Markup("<span>{}</span>").format(p) for p in parts)


def group_views(summary: ProvinceSummary) -> list[GroupView]:
    views = []
    for index, group in enumerate(summary.groups):
        units = [u for u in summary.units if u.group == index]
        unit_bars, height = bars(
            [
                (
                    f"{u.rank}. {u.unit}",
                    u.total.score,
                    u.total.max,
                    f"{vi_number(u.total.score)}/{vi_number(u.total.max)}",
                )
                for u in units
            ],
            LABEL_WIDTH,  # wider than the report's: unit names are long
        )
        fields = units[0].fields if units else []
        views.append(GroupView(group, units, fields, unit_bars, height, any(not u.complete for u in units)))
    return views


def summary_html(summary: ProvinceSummary) -> str:
    context = {
        "s": summary,
        "groups": group_views(summary),
        "num": vi_number,
        "pct": pct,
        "field_pct": field_pct,
        "path": path,
        "simulation": simulation(summary),
        "simulation_head": HEAD,
        "as_of": vi_date(summary.as_of) if summary.as_of else "",
        "chart_width": CHART_WIDTH,
        "label_width": LABEL_WIDTH,
        "bar": BAR,
        "line_height": LINE,
    }
    return environment().get_template("summary.html.j2").render(context)
