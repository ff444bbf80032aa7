"""`cchc explain` in Vietnamese sentences: indicator and its inputs by label, band, target,
documents (dd/mm/yyyy), then the trace of rules that fired, each fact in words.

The raw form (JSON) stays available with `--json`; this is what a reform officer reads.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from engine.core import display
from engine.core.dates import vi_date
from engine.core.numbers import vi_number
from engine.report.model import Report
from engine.report.table import STATUS_VI
from engine.results.model import CriterionResult
from engine.results.sentences import value_text

FORM_VI = {
    "ratio": "tỷ lệ",
    "value": "giá trị",
    "all_of": "đủ các nội dung",
    "change": "thay đổi so với năm trước",
}
_CODE = re.compile(r"^([A-ZĐ]+)\s*(\d.*)$")


def find_code(wanted: str, codes: list[str]) -> list[str]:
    """The criterion codes that `wanted` names: "TCTP 3.4.1", "tctp 3.4.1", "TCTP3.4.1" or "3.4.1"."""
    squeezed = "".join(wanted.split()).upper()
    exact = [c for c in codes if "".join(c.split()).upper() == squeezed]
    if exact:
        return exact
    return [c for c in codes if (m := _CODE.match(c)) and m.group(2).replace(" ", "") == squeezed]


def _date(iso: str) -> str:
    return vi_date(dt.date.fromisoformat(iso))


def _number(v: Any) -> str:
    if isinstance(v, bool):
        return "có" if v else "không"
    if isinstance(v, int | float):
        return vi_number(float(v))
    return str(v)


def _fact(fact: dict[str, Any], labels: dict[str, str]) -> str:
    """One fact of the trace in words ("Số hồ sơ đã giải quyết = 375")."""
    kind = fact.get("kind")
    if kind == "fact":
        name = str(fact.get("name", ""))
        year = " (năm trước)" if fact.get("period") == "previous" else ""
        return f"{labels.get(name, name)}{year} = {_number(fact.get('v'))}"
    if kind == "indicator":
        return f"chỉ số = {_number(fact.get('v'))}"
    if kind == "score":
        return f"điểm = {_number(fact.get('points'))} (mức “{fact.get('label', '')}”)"
    if kind in ("threshold", "target"):
        return f"ngưỡng chỉ tiêu {display.SYMBOL.get(str(fact.get('compare')), '')} {_number(fact.get('v'))}"
    if kind == "check":
        return "đạt chỉ tiêu" if fact.get("met") else "chưa đạt chỉ tiêu"
    if kind == "shortfall":
        return f"khoảng thiếu: {fact.get('gap', '')}"
    if kind == "criterion":
        return f"tiêu chí {fact.get('code', '')}, tối đa {_number(fact.get('max'))} điểm"
    shown = ", ".join(f"{k} = {_number(v)}" for k, v in fact.items() if k not in ("kind", "code"))
    return f"{kind}: {shown}" if shown else str(kind)


def _rule(name: str) -> str:
    """A rule name in words; the name itself is kept in brackets to search the rules file."""
    parts = name.split(":")
    words = {
        "indicator": "tính chỉ số",
        "score": "chấm điểm theo thang",
        "target": "so với chỉ tiêu",
        "threshold": "đặt ngưỡng chỉ tiêu",
        "na": "xét không áp dụng",
        "missing": "xét thiếu minh chứng",
    }.get(parts[0])
    return f"{words} [{name}]" if words else name


def explain_lines(r: CriterionResult, report: Report, labels: dict[str, str]) -> list[str]:
    """The sentences `cchc explain` prints for one criterion."""
    score = "—" if r.score is None else vi_number(r.score)
    lines = [f"{r.code} — {r.title}", f"Trạng thái: {STATUS_VI[r.status]}; điểm: {score}/{vi_number(r.max)}."]
    ind = r.indicator
    threshold = r.target.threshold if r.target else None
    if ind.value is not None:
        shown = value_text(ind.value, ind.unit, threshold)
        lines.append(f"Chỉ số ({FORM_VI.get(ind.form, ind.form)}): {shown}.")
    if ind.inputs:
        lines.append("Minh chứng dùng:")
        lines += [f"  • {labels.get(n, n)} ({n}): {_number(v)}" for n, v in ind.inputs.items()]
    if ind.source == "direct":
        lines.append("Tỷ lệ được khai trực tiếp (không có số đếm).")
    if ind.previous is not None:
        change = "" if ind.change is None else f"; thay đổi {display.change(ind.change, ind.unit)}"
        lines.append(f"Năm trước: {value_text(ind.previous, ind.unit)}{change}.")
    if r.missing_facts:
        named = [labels.get(m.removeprefix("previous."), m) for m in r.missing_facts]
        lines.append("Thiếu minh chứng: " + "; ".join(named) + ".")
    if r.band is not None:
        lines.append(f"Mức điểm: “{r.band.label}” → {score}/{vi_number(r.max)} điểm.")
    provisional = " (thang điểm tạm thời)" if r.scale.provisional else ""
    lines.append(f"Thang điểm: {r.scale.title}{provisional}.")
    if r.not_applicable is not None:
        lines.append(f"Không áp dụng: {r.not_applicable.reason}.")
    if r.target is not None:
        t = r.target
        verdict = {True: "đạt", False: "chưa đạt", None: "chưa đánh giá được"}[t.met]
        why = f" ({t.reason})" if t.reason else ""
        lead = f"; đơn vị chủ trì: {t.lead_unit}" if t.lead_unit else ""
        lines.append(f"Chỉ tiêu kế hoạch: “{t.text}” ({t.rule}): {verdict}{why}{lead}.")
        if t.interpretation:
            lines.append(f"Cách hiểu chỉ tiêu: {t.interpretation}")
        if t.reading:
            lines.append(t.reading)
    for s in report.shortfalls:
        if s.code == r.code:
            lines.append(f"Khoảng thiếu: {s.gap} ({vi_number(s.points_at_stake)} điểm bị ảnh hưởng).")
    for d in r.documents:
        lines.append(f"Tài liệu kiểm chứng: {d.number} ngày {_date(d.date)} — {d.title}")
    if not r.documents and r.status == "scored":
        lines.append("Chưa có tài liệu kiểm chứng cho các minh chứng này.")
    lines.append(f"Giải thích: {r.explanation}")
    lines.append("Vết suy luận (các luật đã kích hoạt, theo thứ tự):")
    for step in r.trace:
        lines.append(f"  • {_rule(step.rule)}")
        lines += [f"      khớp: {_fact(fact, labels)}" for fact in step.matched.values()]
        lines += [f"      → {_fact(fact, labels)}" for fact in step.asserted]
    return lines
