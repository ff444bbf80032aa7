"""Load and validate an evidence file (YAML or JSON), reporting every problem at once.

Checks: shape, catalog/plan ids and years, fact names (with "did you mean"), value types
and ranges (decimal comma accepted), consistency between facts, documents. Facts computed
from a dossier export (`sources:`) join the facts written by hand; a fact given both ways
is a problem.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from engine.core import validation
from engine.core.datafile import DataFile, parse_text, read_file
from engine.core.dates import vi_date
from engine.core.digest import digest
from engine.core.problems import InputError, Problem, Reason
from engine.spec.bundle import Bundle, Library
from engine.spec.catalog import Catalog
from engine.spec.plan import Plan
from evidence.fact_checks import FactChecker, suggest
from evidence.models import Evidence, EvidenceFile, SourceRef, Subject

if TYPE_CHECKING:
    from evidence.sources import Pending


def _years(source: Catalog | Plan) -> str:
    return ", ".join(str(y) for y in source.years or [source.year])


def parse_evidence(
    doc: DataFile, base_dir: Path | None = None, as_of: dt.date | None = None, library: Library | None = None
) -> Evidence:
    """Validate a parsed evidence file; raise InputError listing every problem.

    `base_dir` is where `sources:` paths start (the evidence file's folder); `as_of` cuts
    the dossier export at that day for a mid-year run; `library` finds the catalog and plan
    the file names (default: `CCHC_DATA`, then the shipped data).
    """
    return parse_with_bundle(doc, base_dir, as_of, library)[0]


def parse_with_bundle(
    doc: DataFile, base_dir: Path | None = None, as_of: dt.date | None = None, library: Library | None = None
) -> tuple[Evidence, Bundle]:
    """`parse_evidence`, and the bundle of declarations the evidence was checked against."""
    library = library or Library()
    if not isinstance(doc.data, dict):
        raise InputError(
            [
                Problem(
                    code=Reason.WRONG_TYPE,
                    file=doc.name,
                    line=doc.lines.get((), 1),
                    reason="tệp minh chứng phải là một bảng khoá: giá trị",
                )
            ]
        )
    try:
        model = EvidenceFile.model_validate(doc.data)
    except ValidationError as exc:
        raise InputError(validation.problems(exc, doc.name, doc.lines, EvidenceFile)) from exc

    pending: Pending | None = None
    if model.sources is not None:
        from evidence.sources import Pending  # pandas and pyarrow only for evidence that needs them

        pending = Pending(model.sources, base_dir or Path.cwd(), model.year, as_of)  # starts counting now

    problems: list[Problem] = []

    def top(key: str, code: Reason, reason: str) -> None:
        problems.append(Problem(code=code, file=doc.name, where=key, line=doc.line_of((key,)), reason=reason))

    def named(key: str, exc: InputError) -> None:
        """A catalog or plan the evidence names that cannot be used: each of its problems,
        shown at the key that names it, then in its own file."""
        for p in exc.problems:
            if p.code in (Reason.UNKNOWN_CATALOG, Reason.UNKNOWN_PLAN, Reason.UNKNOWN_RULES):
                top(key, p.code, p.reason)
            else:
                problems.append(p)

    as_of_ok = as_of is None or as_of.year == model.year
    if not as_of_ok:
        assert as_of is not None
        top(
            "year",
            Reason.YEAR_MISMATCH,
            f"ngày chốt số liệu {vi_date(as_of)} không thuộc năm đánh giá {model.year}",
        )

    try:
        catalog = library.catalog(model.catalog)[0]
        rulebook = library.rulebook(catalog)[0]
    except InputError as exc:
        named("catalog", exc)
        raise InputError(problems) from exc
    if not catalog.applies_to(model.year):
        top(
            "year",
            Reason.YEAR_MISMATCH,
            f"năm {model.year} không khớp năm của bộ tiêu chí '{catalog.id}' ({_years(catalog)})",
        )
    plan: Plan | None = None
    if model.plan is not None:
        try:
            plan = library.plan(model.plan)[0]
        except InputError as exc:
            named("plan", exc)
        else:
            expected = plan.catalog_for(model.year)
            if expected != catalog.id:
                top(
                    "plan",
                    Reason.CONFLICTING_SOURCES,
                    f"kế hoạch '{plan.id}' dùng bộ tiêu chí '{expected}' cho năm {model.year}, "
                    f"không phải '{catalog.id}'",
                )
            if not plan.applies_to(model.year):
                top(
                    "year",
                    Reason.YEAR_MISMATCH,
                    f"năm {model.year} không khớp năm của kế hoạch '{plan.id}' ({_years(plan)})",
                )
            counted_twice = [a.policy.id for a in library.adopted(plan) if a.counts_overdue]
            if (
                counted_twice
                and model.sources is not None
                and model.sources.options.pending_overdue == "late"
            ):
                top(
                    "sources",
                    Reason.CONFLICTING_SOURCES,
                    "tuỳ chọn pending_overdue: late đã tính hồ sơ quá hạn đang giải quyết là trễ hạn, "
                    f"chính sách {', '.join(counted_twice)} của kế hoạch '{plan.id}' cũng cộng chúng "
                    "(overdue_pending: include): bỏ một trong hai để không tính hai lần",
                )

    checker = FactChecker(doc, catalog, rulebook)
    facts = checker.facts("facts", model.facts)
    previous = checker.facts("previous", model.previous)
    subjects: list[Subject] = []
    notices: list[str] = []
    refs: list[SourceRef] = []
    if pending is not None and as_of_ok:
        try:
            derived = pending.facts(model.year, as_of, set(catalog.facts))
        except InputError as exc:
            problems += exc.problems
        else:
            for name, value in derived.facts.items():
                if name not in catalog.facts:
                    continue  # a catalog that does not use this fact
                if name in facts:
                    checker.add(
                        ("facts", *name.split(".")),
                        Reason.CONFLICTING_SOURCES,
                        f"minh chứng '{name}' vừa được khai trực tiếp vừa được tính từ tệp trích xuất "
                        "hồ sơ (sources): bỏ một trong hai",
                    )
                facts[name] = value
            subjects, notices, refs = derived.subjects, derived.notices, derived.refs
    checker.consistency("facts", facts)
    checker.consistency("previous", previous)
    for i, document in enumerate(model.documents):
        for j, name in enumerate(document.backs):
            if name not in catalog.facts:
                checker.add(
                    ("documents", i, "backs", j),
                    Reason.UNKNOWN_FACT,
                    f"văn bản {document.number}: minh chứng '{name}' không có"
                    + suggest(name, sorted(catalog.facts)),
                )
    problems += checker.problems
    if problems:
        raise InputError(problems)

    documents = sorted(model.documents, key=lambda d: (d.date, d.number, d.title))
    canonical = {
        "unit": model.unit,
        "year": model.year,
        "catalog": model.catalog,
        "plan": model.plan,
        "facts": facts,
        "previous": previous,
        "documents": [d.model_dump(mode="json") | {"backs": sorted(d.backs)} for d in documents],
        "as_of": as_of.isoformat() if as_of else None,
        "sources": model.sources.model_dump(mode="json") if model.sources else None,
        "subjects": [s.model_dump(mode="json", exclude_none=True) for s in subjects],
    }
    evidence = Evidence(
        source=Path(doc.name).name,
        unit=model.unit,
        year=model.year,
        catalog=model.catalog,
        plan=model.plan,
        facts=dict(sorted(facts.items())),
        previous=dict(sorted(previous.items())),
        documents=documents,
        notes=sorted(checker.notes),
        digest=digest(canonical),
        as_of=as_of,
        subjects=subjects,
        sources=refs,
        notices=notices,
    )
    return evidence, library.bundle(catalog.id, plan.id if plan else None)


def evidence_from_data(
    data: dict[str, Any],
    name: str = "<dữ liệu>",
    base_dir: Path | None = None,
    as_of: dt.date | None = None,
    library: Library | None = None,
) -> Evidence:
    """Validate evidence given as a mapping (BDD steps, tests, other tools).

    To check it against declarations built in memory, pass `Library.holding(bundle)`.
    """
    text = json.dumps(data, ensure_ascii=False, default=str)
    return parse_evidence(parse_text(text, name), base_dir, as_of, library)


def load_evidence(path: str | Path, as_of: dt.date | None = None, library: Library | None = None) -> Evidence:
    """An evidence file: YAML/JSON, or the evidence workbook (.xlsx) `cchc template` writes."""
    return load_with_bundle(path, as_of, library)[0]


def load_with_bundle(
    path: str | Path, as_of: dt.date | None = None, library: Library | None = None
) -> tuple[Evidence, Bundle]:
    path = Path(path)
    from evidence.workbook.reader import is_workbook, load_workbook_evidence

    if is_workbook(path):
        library = library or Library.from_env()
        evidence = load_workbook_evidence(path, as_of, library=library)
        return evidence, library.bundle(evidence.catalog, evidence.plan)
    return parse_with_bundle(read_file(path, str(path)), path.parent, as_of, library)
