"""What the `Cho` steps of one scenario gave, turned into evidence and scored on `Khi chấm điểm`.

Facts are kept as written (id or Vietnamese label, raw text value) with the line of the step
that gave them, and resolved only when scoring: the catalog may be chosen by a later step.
Validation is the engine's own (`evidence_from_data`), scoring its public `score()`, the same
path as the CLI. A rejection is kept, as readable lines, for the `Thì` steps to inspect.
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine import __version__
from engine.core.datafile import read_file
from engine.core.problems import InputError, Problem, Reason
from engine.report.model import Report
from engine.report.province.model import ProvinceSummary
from engine.report.province.ranking import ScoredUnit, build_summary
from engine.scoring import score
from engine.spec.bundle import Library, find_catalog
from engine.spec.catalog import Catalog
from evidence.fact_checks import flatten
from evidence.load import evidence_from_data
from evidence.overrides import apply_overrides

NEUTRAL_UNIT = "Đơn vị thử nghiệm"
BLANK = "bỏ trống"  # a value that removes a fact the evidence file gave


@dataclass(frozen=True)
class Place:
    """A step of the feature file: its line and its text as written."""

    line: int = 0
    text: str = ""

    def __str__(self) -> str:
        return f"dòng {self.line} ({self.text})"


@dataclass(frozen=True)
class Given:
    name: str
    value: str
    place: Place


@dataclass
class ScenarioState:
    """One scenario's inputs and, after `Khi chấm điểm`, its report or its rejection."""

    feature_file: Path = Path("features")
    feature_shown: str = ""  # the path as the team sees it: features/linh-vuc-3.feature
    scenario: str = ""
    step: Place = Place()
    row_lines: list[int] = field(default_factory=list)  # lines of the current step's table rows
    catalog: str | None = None
    plan: str | None = None
    unit: str | None = None
    year: int | None = None
    base: dict[str, Any] = field(default_factory=dict)
    base_file: str = ""
    facts: list[Given] = field(default_factory=list)  # in step order: a later one wins
    previous: list[Given] = field(default_factory=list)
    overrides: list[Given] = field(default_factory=list)  # what-if values (cchc score --set)
    units: dict[str, list[Given]] = field(default_factory=dict)  # a province run: unit → its own facts
    summary: ProvinceSummary | None = None
    unit_reports: dict[str, Report] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # which step wrote each input ("unit", "catalog", "facts.<id>", …), to point at it
    origin: dict[str, Place] = field(default_factory=dict)
    data: list[Path] = field(default_factory=list)  # data directories searched first (`--data`)
    scored: bool = False
    report: Report | None = None
    rejection: list[str] = field(default_factory=list)

    # --- Cho ---------------------------------------------------------------------------

    def changed(self, *keys: str) -> None:
        """A `Cho` step: remember where it wrote, and forget any earlier result."""
        for key in keys:
            self.origin[key] = self.step
        self.scored, self.report, self.rejection = False, None, []

    def give(self, name: str, value: str, *, previous: bool = False, place: Place | None = None) -> None:
        self.changed()
        given = Given(_clean(name), value.strip().strip('"').strip(), place or self.step)
        (self.previous if previous else self.facts).append(given)

    def simulate(self, name: str, value: str) -> None:
        """`Cho mô phỏng minh chứng`: a value set after loading, as `--set` does."""
        self.changed()
        self.overrides.append(Given(_clean(name), value.strip().strip('"').strip(), self.step))

    def give_unit(self, unit: str, name: str, value: str) -> None:
        """`Cho đơn vị … có minh chứng …`: one more unit of the run (or one more fact of it)."""
        self.changed()
        self.units.setdefault(_clean(unit), []).append(
            Given(_clean(name), value.strip().strip('"').strip(), self.step)
        )

    def load_base(self, path: str) -> None:
        """`Cho tệp minh chứng`: the file is the base; facts given in steps always win."""
        self.changed("base")
        self.base_file = path
        try:
            data = read_file((self.feature_file.parent / path).resolve(), path).data
        except InputError as exc:
            self.problems += exc.problems
            return
        if not isinstance(data, dict):
            self.problems.append(
                Problem(
                    code=Reason.WRONG_TYPE, file=path, reason="tệp minh chứng phải là một bảng khoá: giá trị"
                )
            )
            return
        self.base = data

    def library(self) -> Library | None:
        """Declarations as `cchc score --data …` finds them (None: the default library)."""
        return Library.from_env(self.data) if self.data else None

    def add_data_dir(self, path: str) -> None:
        """`Cho thư mục dữ liệu`: a user's data directory (own plans…), relative to the feature file."""
        self.changed("data")
        self.data.append((self.feature_file.parent / path).resolve())

    # --- Khi chấm điểm -----------------------------------------------------------------

    def score(self) -> None:
        self.scored, self.report, self.rejection = True, None, []
        self.report, self.rejection = self._evaluate(self.unit, self.facts)

    def score_units(self) -> None:
        """`Khi chấm điểm tất cả các đơn vị`: each unit scored, then ranked, as `cchc score THƯ_MỤC`."""
        self.scored, self.report, self.rejection, self.summary = True, None, [], None
        self.unit_reports = {}
        scored, failed = [], []
        for unit, facts in self.units.items():
            report, rejection = self._evaluate(unit, [*self.facts, *facts])
            if report is None:
                failed.append((unit, [Problem(code=Reason.INVALID, file=unit, reason=r) for r in rejection]))
                self.rejection += [f"{unit}: {r}" for r in rejection]
            else:
                self.unit_reports[unit] = report
                scored.append(ScoredUnit(unit, report))
        self.summary = build_summary(scored, failed, version=__version__)

    def _evaluate(self, unit: str | None, facts: list[Given]) -> tuple[Report | None, list[str]]:
        problems = list(self.problems)
        catalog = self._catalog(problems)
        evidence = None
        if catalog is not None:
            data = {
                **self.base,
                "unit": unit or self.base.get("unit") or NEUTRAL_UNIT,
                "year": self.year or self.base.get("year") or catalog.year,
                "catalog": catalog.id,
                "plan": self.plan or self.base.get("plan"),
                "facts": self._facts("facts", facts, catalog, problems),
                "previous": self._facts("previous", self.previous, catalog, problems),
            }
            try:
                # `sources:` in a base file are relative to that file, as for `cchc score`
                base_dir = (self.feature_file.parent / self.base_file).resolve().parent
                evidence = evidence_from_data(
                    data, self.feature_file.name, base_dir if self.base_file else None, library=self.library()
                )
                if self.overrides:
                    bundle = (self.library() or Library()).bundle(evidence.catalog, evidence.plan)
                    evidence = apply_overrides(evidence, bundle, self._assignments(catalog))
            except InputError as exc:
                problems += exc.problems
                evidence = None
        if problems or evidence is None:
            return None, [self._render(p) for p in problems]
        library = self.library()
        return score(evidence, library.bundle(evidence.catalog, evidence.plan) if library else None), []

    def _assignments(self, catalog: Catalog) -> list[tuple[str, str]]:
        """The what-if values by fact id (a label is resolved; an unknown name is left for the
        engine to refuse with its suggestion)."""
        names = _names(catalog)
        out = []
        for g in self.overrides:
            fact = names.get(key(g.name), g.name)
            self.origin[fact] = g.place
            out.append((fact, g.value))
        return out

    def fact_id(self, name: str) -> str:
        catalog = self._catalog([])
        return _names(catalog).get(key(name), name) if catalog else name

    def _catalog(self, problems: list[Problem]) -> Catalog | None:
        catalog_id = self.catalog or self.base.get("catalog")
        if not catalog_id:
            problems.append(
                Problem(
                    code=Reason.MISSING_FIELD,
                    file=self.feature_file.name,
                    where="catalog",
                    reason='chưa chọn bộ tiêu chí: thêm bước Cho bộ tiêu chí "…" và kế hoạch "…"',
                )
            )
            return None
        try:
            return find_catalog(str(catalog_id), self.library())
        except InputError as exc:
            problems += [p.model_copy(update={"where": "catalog"}) for p in exc.problems]
            return None

    def _facts(
        self, section: str, given: list[Given], catalog: Catalog, problems: list[Problem]
    ) -> dict[str, Any]:
        """The base file's facts (as flat ids) with the steps' facts resolved and laid over."""
        raw = self.base.get(section) or {}
        if not isinstance(raw, dict):
            problems.append(
                Problem(
                    code=Reason.WRONG_TYPE,
                    file=self.base_file,
                    where=section,
                    reason="phải là một bảng khoá: giá trị",
                )
            )
            raw = {}
        out: dict[str, Any] = {name: value for name, _, value in flatten(raw)}
        names = _names(catalog)
        for g in given:
            fact = names.get(key(g.name))
            if fact is None:
                where = f"{section}.{g.name}"
                self.origin[where] = g.place
                problems.append(
                    Problem(
                        code=Reason.UNKNOWN_FACT,
                        file=self.feature_file.name,
                        where=where,
                        reason=f"minh chứng “{g.name}” không có trong bộ tiêu chí “{catalog.id}”"
                        + _suggest(g.name, catalog),
                    )
                )
            elif g.value.casefold() == BLANK:
                out.pop(fact, None)
            else:
                out[fact] = g.value
                self.origin[f"{section}.{fact}"] = g.place
        return out

    def _render(self, p: Problem) -> str:
        """A problem in the team's terms: the step that caused it, else the file and key."""
        step = self.origin.get(p.where)
        if step is None and p.where in ("unit", "year"):
            step = self.origin.get("unit")
        if step is None and p.where == "plan":
            step = self.origin.get("catalog")
        if step is not None:
            return f"{step}: {p.reason}"
        if p.file == self.feature_file.name:
            if self.base_file:
                return f"tệp {self.base_file} [{p.where}]: {p.reason}"
            return f"[{p.where}]: {p.reason}"
        return p.render()


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def key(text: str) -> str:
    """Text for comparing as the team means it: NFC, single spaces, any letter case."""
    return _clean(text).casefold()


def _names(catalog: Catalog) -> dict[str, str]:
    """Every way to name a fact (id or Vietnamese label, any letter case) → its id."""
    out = {key(fid): fid for fid in catalog.facts}
    out.update({key(spec.label): fid for fid, spec in catalog.facts.items()})
    return out


def _suggest(name: str, catalog: Catalog) -> str:
    shown = {fid: f"“{spec.label}” ({fid})" for fid, spec in catalog.facts.items()}
    names = _names(catalog)
    hits = difflib.get_close_matches(key(name), list(names), n=1, cutoff=0.6)
    return f"; có phải ý bạn là {shown[names[hits[0]]]}?" if hits else ""
