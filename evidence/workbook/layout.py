"""The evidence workbook's format: sheet names, headers and the fact rows, derived from the catalog.

The rows are never hand-made: one per fact the catalog's rules read, grouped by field and by
the first criterion that reads it, then the catalog's other facts. Template and reader both
call `fact_rows`, so a row the reader expects is exactly a row the template wrote.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.spec.catalog import Catalog
from engine.spec.plan import Plan
from engine.spec.rulebook import Rulebook

INFO = "Thông tin"
FACTS = "Minh chứng"
DOCUMENTS = "Tài liệu"
GUIDE = "Hướng dẫn"

# "Thông tin": labels in column A, values in column B.
UNIT = "Đơn vị"
YEAR = "Năm"
CATALOG = "Bộ tiêu chí"
PLAN = "Kế hoạch"
DOSSIERS = "Tệp trích xuất hồ sơ TTHC"
DOSSIERS_SHEET = "Trang tính của tệp hồ sơ"
PROCEDURES = "Danh mục TTHC"
PROCEDURES_SHEET = "Trang tính của danh mục"
MAPPING = "Tệp ánh xạ cột"
MADE_BY = "Tạo bởi"
INFO_LABELS = (UNIT, YEAR, CATALOG, PLAN, DOSSIERS, DOSSIERS_SHEET, PROCEDURES, PROCEDURES_SHEET, MAPPING)

# "Minh chứng": one header row.
CODE = "Mã tiêu chí"
TITLE = "Tiêu chí"
LABEL = "Minh chứng"
FACT_ID = "Mã minh chứng"
UNIT_OF = "Đơn vị tính"
THIS_YEAR = "Năm nay"
LAST_YEAR = "Năm trước"
TARGET = "Chỉ tiêu kế hoạch"
DOCS = "Tài liệu kiểm chứng"
NOTE = "Ghi chú"
FACT_HEADERS = (CODE, TITLE, LABEL, FACT_ID, UNIT_OF, THIS_YEAR, LAST_YEAR, TARGET, DOCS, NOTE)
EDITABLE = (THIS_YEAR, LAST_YEAR, DOCS, NOTE)
# Columns the template fills from the catalog and locks: an edit there is refused on reading.
CHECKED = (CODE, TITLE, LABEL, UNIT_OF)

# "Tài liệu": one row per document.
DOC_NUMBER = "Số hiệu"
DOC_DATE = "Ngày"
DOC_TITLE = "Trích yếu"
DOC_BACKS = "Minh chứng"
DOC_HEADERS = (DOC_NUMBER, DOC_DATE, DOC_TITLE, DOC_BACKS)

YES, NO = "Có", "Không"
OTHER_GROUP = "Minh chứng khác (dùng để đối chiếu số liệu)"


@dataclass(frozen=True)
class FactRow:
    """One row of "Minh chứng": a fact, or (fact is None) a field's heading."""

    code: str
    title: str
    fact: str | None = None
    label: str = ""
    unit: str = ""
    kind: str = ""
    needs_previous: bool = False
    target: str = ""

    def cells(self) -> dict[str, str]:
        """The structural cells as the template writes them."""
        return {
            CODE: self.code,
            TITLE: self.title,
            LABEL: self.label,
            FACT_ID: self.fact or "",
            UNIT_OF: self.unit,
            TARGET: self.target,
        }


def _previous_facts(catalog: Catalog, rulebook: Rulebook, plan: Plan | None) -> set[str]:
    """Facts whose last-year value a rule (change) or a plan target (vs last year) reads."""
    out: set[str] = set()
    for code, ind in rulebook.indicators.items():
        target = plan.targets.get(code) if plan else None
        if ind.previous_facts():
            out.update(ind.previous_facts())
        elif target is not None and target.rule.previous is not None:
            out.update(ind.facts())
    return out


def fact_rows(catalog: Catalog, rulebook: Rulebook, plan: Plan | None) -> list[FactRow]:
    """The rows of "Minh chứng" in catalog order."""
    readers: dict[str, list[str]] = {}
    for c in catalog.assessed():
        ind = rulebook.indicators.get(c.code)
        if ind is None:
            continue
        for name in [*ind.facts(), *(cond.fact for cond in ind.not_applicable_when)]:
            codes = readers.setdefault(name, [])
            if c.code not in codes:
                codes.append(c.code)
    if catalog.published_total is not None:
        pt = catalog.published_total
        for extra in (pt.fact, pt.rank_fact):
            if extra is not None:
                readers.setdefault(extra, [])
    previous = _previous_facts(catalog, rulebook, plan)
    titles = {c.code: c.title for c in catalog.criteria}

    def row(name: str, title: str) -> FactRow:
        spec = catalog.facts[name]
        codes = readers.get(name, [])
        targets = [plan.targets[c].text for c in codes if plan and c in plan.targets]
        return FactRow(
            code=", ".join(codes),
            title=title,
            fact=name,
            label=spec.label,
            unit="%" if spec.type == "percent" else ("có/không" if spec.type == "boolean" else spec.unit),
            kind=spec.type,
            needs_previous=name in previous,
            target="; ".join(dict.fromkeys(targets)),
        )

    rows: list[FactRow] = []
    placed: set[str] = set()
    for field in catalog.fields:
        heading = FactRow(code=field.code, title=field.title)
        body: list[FactRow] = []
        for c in catalog.assessed():
            if c.field != field.code:
                continue
            for name, codes in readers.items():
                if codes and codes[0] == c.code and name not in placed:
                    placed.add(name)
                    body.append(row(name, titles[c.code]))
        if body:
            rows += [heading, *body]
    others = [n for n in catalog.facts if n not in placed]
    if others:
        rows.append(FactRow(code="", title=OTHER_GROUP))
        rows += [row(n, "") for n in others]
    return rows
