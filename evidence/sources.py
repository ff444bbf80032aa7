"""Facts from the files an evidence file points to (`sources:`): dossier export + procedure list.

`Pending` begins reading the dossier export in a background thread at once (pyarrow reads
without holding the GIL), so the export is being read while the catalog, plan and hand
facts are checked; `Pending.facts` joins it, validates every row and aggregates.
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from engine.core.problems import InputError, Problem
from evidence.export_format import ExportFormat, dossier_spec, load_format, procedure_spec
from evidence.models import SourceFile, SourceRef, Sources, Subject
from evidence.tabular import RawTable, read_table

if TYPE_CHECKING:
    from evidence.dossier_export import ProcedureList


@dataclass(frozen=True)
class Derived:
    """What the sources yield: unit facts, per-subject facts, notices, the files read."""

    facts: dict[str, int]
    subjects: list[Subject]
    notices: list[str]
    refs: list[SourceRef]


def _file(source: str | SourceFile) -> SourceFile:
    return SourceFile(file=source) if isinstance(source, str) else source


class Pending:
    """Sources being read; `facts` waits for the reading and computes the facts."""

    def __init__(self, sources: Sources, base: Path) -> None:
        self.sources = sources
        self.base = base
        self.problems: list[Problem] = []
        self.format = ExportFormat()
        if sources.mapping is not None:
            try:
                self.format = load_format(base / sources.mapping, str(base / sources.mapping))
            except InputError as exc:
                self.problems += exc.problems
        # The procedure list is small: read it now, before the export occupies Arrow's threads.
        self.procedure_file = _file(sources.procedures)
        self._procedures: RawTable | None = None
        try:
            path = base / self.procedure_file.file
            self._procedures = read_table(
                path, str(path), procedure_spec(self.format, self.procedure_file.sheet)
            )
        except InputError as exc:
            self.problems += exc.problems
        self.dossier_file = _file(sources.dossiers)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cchc-doc-ho-so")
        self._reading: Future[RawTable] = self._pool.submit(
            read_table,
            base / self.dossier_file.file,
            str(base / self.dossier_file.file),
            dossier_spec(self.format, self.dossier_file.sheet),
        )
        self._pool.shutdown(wait=False)

    def facts(self, year: int, as_of: dt.date | None) -> Derived:
        """Validated and aggregated facts; InputError listing every problem of every file."""
        # pandas is imported here, while the export is still being read in the other thread.
        from evidence.dossier_export import (
            check_duplicates,
            count_distinct,
            normalised_codes,
            procedure_list,
            validate_dossiers,
        )
        from evidence.dossier_facts import Period, count

        problems = list(self.problems)
        procedures: ProcedureList | None = None
        if self._procedures is not None:
            try:
                procedures = procedure_list(self._procedures, self.format)
            except InputError as exc:
                problems += exc.problems
        try:
            raw = self._reading.result()
        except InputError as exc:
            raise InputError([*problems, *exc.problems]) from exc

        period = Period(start=dt.date(year, 1, 1), as_of=as_of or dt.date(year, 12, 31))
        codes = normalised_codes(raw.data["code"])
        with ThreadPoolExecutor(max_workers=1) as pool:
            distinct = pool.submit(count_distinct, codes)  # hashing beside the checks and counts
            dossiers = validate_dossiers(raw, codes, procedures, self.format)
            counted = None
            if procedures is not None and not problems and not raw.problems:
                counted = count(dossiers, procedures, period, self.sources.options)
            check_duplicates(raw, codes, distinct.result())
        if counted is None or problems or raw.problems:
            raise InputError([*problems, *raw.problems])
        homes = home_departments(dossiers.frame)
        subjects = [
            Subject(kind="department", name=name, facts=facts) for name, facts in counted.departments.items()
        ] + [
            Subject(kind="official", name=name, facts=facts, department=homes.get(name))
            for name, facts in counted.officials.items()
        ]
        refs = [
            SourceRef(role="dossiers", file=self.dossier_file.file, rows=raw.data.num_rows),
            SourceRef(
                role="procedures",
                file=self.procedure_file.file,
                rows=self._procedures.data.num_rows if self._procedures is not None else 0,
            ),
        ]
        return Derived(counted.unit, subjects, counted.notices, refs)


def home_departments(frame: Any) -> dict[str, str]:
    """Each official's own department, so that screens list officials under it: the department
    in which they handled most dossiers of the export (ties: the first by name). Counted on the
    category codes (numpy), a few milliseconds for a million dossiers."""
    import numpy as np

    officials, departments = frame["official"].cat, frame["department"].cat
    n_dep = len(departments.categories)
    if not len(officials.categories) or not n_dep:
        return {}
    off, dep = officials.codes.to_numpy(), departments.codes.to_numpy()
    known = (off >= 0) & (dep >= 0)
    key = off[known].astype(np.int64) * n_dep + dep[known]
    counts = np.bincount(key, minlength=len(officials.categories) * n_dep).reshape(-1, n_dep)
    names = np.array([str(d) for d in departments.categories])
    by_name = np.argsort(names, kind="stable")
    best = by_name[np.argmax(counts[:, by_name], axis=1)]  # argmax keeps the first of a tie
    return {str(o): str(names[best[i]]) for i, o in enumerate(officials.categories) if counts[i].any()}
