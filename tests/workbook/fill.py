"""Fill an evidence workbook written by `cchc template` as an office would, from an evidence YAML."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import yaml
from openpyxl import load_workbook

from evidence.fact_checks import flatten
from evidence.workbook import layout as L

ROOT = Path(__file__).resolve().parents[2]
GIA_LAI = ROOT / "evidence" / "examples" / "gia-lai-bqlkkt-2022.yaml"


def header_index(ws: Any) -> dict[str, int]:
    return {str(c.value): c.column for c in ws[1] if c.value}


def fact_row(ws: Any, fact: str) -> int:
    col = header_index(ws)[L.FACT_ID]
    for r in range(2, ws.max_row + 1):
        if ws.cell(row=r, column=col).value == fact:
            return r
    raise KeyError(fact)


def fill(template: Path, evidence_yaml: Path, out: Path) -> Path:
    """Copy the YAML's facts, previous year, documents and sources into the template; save as `out`.

    Source files named by the YAML are copied beside `out`, as the office keeps them.
    """
    data = yaml.safe_load(evidence_yaml.read_text(encoding="utf-8"))
    book = load_workbook(template)
    info = book[L.INFO]
    rows = {info.cell(row=r, column=1).value: r for r in range(1, info.max_row + 1)}
    sources = data.get("sources") or {}
    for key, label in (("dossiers", L.DOSSIERS), ("procedures", L.PROCEDURES)):
        if key in sources:
            name = sources[key]
            shutil.copy(evidence_yaml.parent / name, out.parent / name)
            info.cell(row=rows[label], column=2, value=name)
    ws = book[L.FACTS]
    col = header_index(ws)
    for section, header in (("facts", L.THIS_YEAR), ("previous", L.LAST_YEAR)):
        for name, _, value in flatten(data.get(section) or {}):
            ws.cell(row=fact_row(ws, name), column=col[header], value=value)
    docs = book[L.DOCUMENTS]
    for i, d in enumerate(data.get("documents") or [], start=2):
        date = d["date"] if isinstance(d["date"], dt.date) else dt.date.fromisoformat(d["date"])
        docs.cell(row=i, column=1, value=d["number"])
        docs.cell(row=i, column=2, value=date)
        docs.cell(row=i, column=3, value=d["title"])
        docs.cell(row=i, column=4, value=", ".join(d.get("backs") or []))
    book.save(out)
    return out
