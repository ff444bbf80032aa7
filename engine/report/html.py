"""The report as one printable HTML file: offline, no script, every value escaped.

Rendered with the jinja2 templates shipped in `engine/report/templates` (autoescape on), so
an office name holding `<script>` or `[/]` is text. Charts are inline SVG computed here.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

import jinja2

from engine.core import display
from engine.core.numbers import vi_number
from engine.report.missing import advice, lacking
from engine.report.model import Report
from engine.report.privacy import names_hidden
from engine.report.simulation import override_lines
from engine.report.standing import (
    VERDICT_VI,
    asks_points_available,
    points_left,
    score_targets,
    target_detail,
    target_name,
)
from engine.report.table import NAMES_HIDDEN, STATUS_VI, assessment_rows, score_text, vi_date
from engine.results.sentences import value_text

CHART_WIDTH = 700
LABEL_WIDTH = 250
BAR = 18
GAP = 10
FONT = 12  # px of the chart's text (`svg .axis` in report.css)
LINE = 15  # px between the lines of a wrapped bar label
MAX_LINES = 4

# Advance widths in em of DejaVu Sans, the widest font of report.css's list, so a label measured
# with them fits in Segoe UI or Noto Sans too. Marks (the Vietnamese tones) take no width.
NARROW = frozenset("ijlft.,:;'!|()[] ")
WIDE = frozenset("mwMW")


@dataclass(frozen=True)
class Bar:
    label: str
    y: int
    width: float
    back: float
    text: str
    lines: tuple[str, ...]

    @property
    def top(self) -> float:
        """y of the bar: centred on its label's lines."""
        return self.y + (len(self.lines) - 1) * LINE / 2


def text_width(text: str, size: float = FONT) -> float:
    """Pixels `text` takes at `size` px, an upper estimate."""
    em = 0.0
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            continue
        if ch in NARROW:
            em += 0.34
        elif ch in WIDE:
            em += 0.99
        elif ch.isupper():
            em += 0.75
        else:
            em += 0.64
    return em * size


def label_lines(label: str, width: float) -> tuple[str, ...]:
    """`label` broken at spaces into lines that fit `width` px, at most MAX_LINES; only a label
    longer than that is shortened, with “…”."""
    lines: list[str] = []
    for word in label.split():
        if lines and text_width(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    if len(lines) > MAX_LINES:
        last = " ".join(lines[MAX_LINES - 1 :])
        while last and text_width(last + "…") > width:
            last = last[:-1].rstrip()
        lines = [*lines[: MAX_LINES - 1], last + "…"]
    return tuple(lines) or ("",)


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("engine.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def bars(items: list[tuple[str, float, float, str]], label_width: int = LABEL_WIDTH) -> tuple[list[Bar], int]:
    """(label, value, reference, text) → bars scaled to the largest reference; chart height.

    A label wraps onto more lines rather than being cut, and its row grows to hold them."""
    top = max([ref for _, _, ref, _ in items] + [v for _, v, _, _ in items] + [1e-9])
    span = CHART_WIDTH - label_width - 90
    out: list[Bar] = []
    y = 0
    for label, value, ref, text in items:
        lines = label_lines(label, label_width - 8)
        out.append(Bar(label, y, span * value / top, span * ref / top, text, lines))
        y += max(BAR, (len(lines) - 1) * LINE + BAR) + GAP
    return out, max(y, BAR)


def report_html(report: Report) -> str:
    t = report.total
    field_bars, field_height = bars(
        [
            (f"{f.code}. {f.title}", f.score, f.max, f"{vi_number(f.score)}/{vi_number(f.max)}")
            for f in report.fields
        ]
    )
    gap_bars, gap_height = bars(
        [(s.code, s.points_at_stake, 0.0, f"{vi_number(s.points_at_stake)} điểm") for s in report.shortfalls]
    )
    units = {c.code: c.indicator.unit for c in report.criteria}
    missing = [c for c in report.criteria if c.status == "missing_evidence"]
    names, file = report.fact_names, report.evidence.file
    context = {
        "r": report,
        "rows": assessment_rows(report),
        "score": score_text,
        "num": vi_number,
        "value_text": value_text,
        "rate": display.rate,
        "target": display.target,
        "units": units,
        "status": STATUS_VI,
        "percent": "" if t.percent is None else vi_number(t.percent, 2) + "%",
        "as_of": vi_date(report.as_of) if report.as_of else "",
        "field_bars": field_bars,
        "field_height": field_height,
        "gap_bars": gap_bars,
        "gap_height": gap_height,
        "chart_width": CHART_WIDTH,
        "label_width": LABEL_WIDTH,
        "bar": BAR,
        "line_height": LINE,
        "field_label": report.field_label,
        "names_hidden": NAMES_HIDDEN if names_hidden(report) else "",
        # as the screen lists them (`engine.report.missing`): labels, a workbook's rows, where to fill
        "missing": [(c.code, lacking(c, names, file)) for c in missing],
        "missing_advice": advice(file, missing, names) if missing else "",
        "simulation": override_lines(report.overrides),
        "asks_available": asks_points_available(report),
        "points_left": points_left(report),
        "score_targets": score_targets(report),
        "verdict": VERDICT_VI,
        "target_name": target_name,
        "target_detail": target_detail,
    }
    return environment().get_template("report.html.j2").render(context)
