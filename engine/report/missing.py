"""Missing evidence (*thiếu minh chứng*) as the office knows it, for every writer alike.

The terminal, the html and the xlsx reports name a missing fact by the catalog's Vietnamese
label (its id beside it only for YAML/JSON evidence, which is keyed by ids; the row of the
sheet “Minh chứng” for an evidence workbook) and say where to fill it in: one definition, so
the screen never contradicts the report. The names are not part of the JSON report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from engine.results.model import CriterionResult
from engine.results.sentences import explain_missing
from evidence.overrides import PREVIOUS
from evidence.workbook import layout as WB

UNSCORED = (
    "Tiêu chí thiếu minh chứng chưa được chấm; khi thẩm định, điểm không có tài liệu kiểm chứng sẽ bị tính 0."
)


@dataclass(frozen=True)
class FactNames:
    """What the office calls a fact: the catalog's Vietnamese label (fact id → label), and for an
    evidence workbook the row of each fact in its sheet “Minh chứng” (fact id → row)."""

    labels: Mapping[str, str] = field(default_factory=dict)
    rows: Mapping[str, int] = field(default_factory=dict)

    def name(self, fact: str, with_id: bool) -> str:
        """The label (the id only where there is none), the id beside it when `with_id`, the row
        when known; "năm trước: …" for last year's value."""
        bare = fact.removeprefix(PREVIOUS)
        label = self.labels.get(bare)
        name = label if label else bare
        if label and with_id:
            name += f" ({fact})"
        if bare in self.rows:
            name += f" (dòng {self.rows[bare]})"
        return f"năm trước: {name}" if fact.startswith(PREVIOUS) else name


def is_workbook(file: str) -> bool:
    return file.lower().endswith(".xlsx")


def with_ids(file: str) -> bool:
    """Whether the evidence is keyed by fact ids (YAML/JSON), so the id follows the label; a
    workbook's or a table's office sees labels only."""
    return not is_workbook(file) and not file.lower().endswith(".csv")


def lacking(r: CriterionResult, names: FactNames, file: str) -> str:
    """The evidence a criterion lacks, by name ("; " between); when nothing named is missing (the
    indicator cannot be computed), its explanation says why."""
    if not r.missing_facts:
        return r.explanation
    return "; ".join(names.name(f, with_ids(file)) for f in r.missing_facts)


def explanation(r: CriterionResult, names: FactNames, file: str) -> str:
    """A criterion's explanation with its missing evidence named as `lacking` names it (the JSON
    keeps the catalog's sentence, ids included)."""
    if r.status != "missing_evidence" or not r.missing_facts:
        return r.explanation
    return explain_missing([names.name(f, with_ids(file)) for f in r.missing_facts])


def fill_hint(file: str, criteria: list[CriterionResult], names: FactNames) -> str:
    """Where the office types the missing evidence of `criteria`, in the tool it fills the
    evidence in (a workbook's rows are named beside each fact when `names` knows them)."""
    previous = any(f.startswith(PREVIOUS) for r in criteria for f in r.missing_facts)
    if is_workbook(file):
        columns = f"cột “{WB.THIS_YEAR}”" + (
            f", số liệu năm trước ở cột “{WB.LAST_YEAR}”" if previous else ""
        )
        where = (
            f"ở dòng đã ghi ({columns})"
            if names.rows
            else f"({columns}, dòng có tên minh chứng ở cột “{WB.LABEL}”)"
        )
        return f"Điền vào sổ minh chứng {file}, trang “{WB.FACTS}” {where} rồi chấm lại."
    if file.lower().endswith(".csv"):
        return f"Bổ sung cột của minh chứng này vào bảng số liệu {file} rồi chấm lại."
    last = " (năm trước: mục previous)" if previous else ""
    return f"Bổ sung vào tệp minh chứng {file}, mục facts{last}, rồi chấm lại."


def advice(file: str, criteria: list[CriterionResult], names: FactNames) -> str:
    """What the list of missing evidence ends with: where to fill it in, and what waiting costs."""
    return f"{fill_hint(file, criteria, names)} {UNSCORED}"
