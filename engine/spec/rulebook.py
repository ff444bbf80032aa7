"""How each indicator is computed from evidence facts: data, compiled later to rules.

The forms are deliberately few and structural (one module each in `engine.spec.forms`), so
a rule file is parsed into this structure and never evaluated as code.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from engine.core import validation
from engine.core.datafile import read_file
from engine.core.problems import InputError, Problem, Reason
from engine.core.validation import Loc, line_of
from engine.spec.catalog import Catalog
from engine.spec.forms import Indicator


class Rulebook(BaseModel):
    model_config = ConfigDict(extra="forbid")

    catalog: str
    source: str = ""
    indicators: dict[str, Indicator]


def check_against(
    rulebook: Rulebook, catalog: Catalog, file: str, lines: Mapping[Loc, int] | None = None
) -> list[Problem]:
    """Each indicator that names an unscored criterion or an unknown fact, and each scored
    criterion without an indicator: one problem each, at its own line."""
    problems = []
    scored = {c.code for c in catalog.assessed()}
    for code, ind in rulebook.indicators.items():
        if code not in scored:
            problems.append(
                Problem(
                    code=Reason.UNKNOWN_CRITERION,
                    file=file,
                    where=f"indicators.{code}",
                    line=line_of(lines, ("indicators", code)),
                    reason="không phải tiêu chí được chấm điểm",
                )
            )
        names = ind.facts() + [c.fact for c in ind.not_applicable_when]
        problems += [
            Problem(
                code=Reason.UNKNOWN_FACT,
                file=file,
                where=f"indicators.{code}",
                line=line_of(lines, ("indicators", code)),
                reason=f"minh chứng '{n}' không có trong từ điển minh chứng",
            )
            for n in names
            if n not in catalog.facts
        ]
    problems += [
        Problem(
            code=Reason.MISSING_FIELD,
            file=file,
            where="indicators",
            line=line_of(lines, ("indicators",)),
            reason=f"tiêu chí '{code}' chưa có cách tính chỉ số",
        )
        for code in sorted(scored - set(rulebook.indicators))
    ]
    return problems


def load_rulebook(path: Path, name: str, catalog: Catalog) -> Rulebook:
    """Parse a rule file and check it against its catalog."""
    doc = read_file(path, name)
    try:
        rulebook = Rulebook.model_validate(doc.data)
    except ValidationError as exc:
        raise InputError(validation.problems(exc, name, doc.lines, Rulebook)) from exc
    problems = check_against(rulebook, catalog, name, doc.lines)
    if problems:
        raise InputError(problems)
    return rulebook
