"""Facts from the files an evidence file points to (`sources:`): dossier export + procedure list.

`Pending` reads the procedure list (small) at once, then starts counting the dossier export in
a background thread (DuckDB works without holding the GIL), so the export is being counted
while the catalog, plan and hand facts are checked; `Pending.facts` joins it.

The export (CSV, XLSX or Parquet) is counted by one query (evidence/dossier_query.py). A CSV
is first scanned fast, by DuckDB itself; when that scan shows anything to report it is read
again on the located path, row by row, so each problem names its row (evidence/dossier_scan.py).
"""

from __future__ import annotations

import datetime as dt
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from engine.core.dates import vi_date
from engine.core.problems import InputError, Problem, Reason
from evidence.export_format import ExportFormat, dossier_spec, load_format, procedure_spec
from evidence.models import SourceFile, SourceRef, Sources, Subject

if TYPE_CHECKING:
    from evidence.dossier_export import ProcedureList
    from evidence.dossier_facts import DossierFacts
    from evidence.dossier_read import Counted


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
    """Sources being read; `facts` waits for the counting and computes the facts."""

    def __init__(
        self, sources: Sources, base: Path, year: int | None = None, as_of: dt.date | None = None
    ) -> None:
        self.sources = sources
        self.base = base
        self.problems: list[Problem] = []
        self.format = ExportFormat()
        if sources.mapping is not None:
            try:
                self.format = load_format(base / sources.mapping, str(base / sources.mapping))
            except InputError as exc:
                self.problems += exc.problems
        from evidence.dossier_export import procedure_list

        self.procedure_file = _file(sources.procedures)
        self.procedures: ProcedureList | None = None
        path = base / self.procedure_file.file
        try:
            self.procedures = procedure_list(
                path, str(path), procedure_spec(self.format, self.procedure_file.sheet), self.format
            )
        except InputError as exc:
            self.problems += exc.problems
        self.dossier_file = _file(sources.dossiers)
        self._started: dict[tuple[int, dt.date | None], Future[Counted]] = {}
        if year is not None:
            self._start(year, as_of)

    def _start(self, year: int, as_of: dt.date | None) -> Future[Counted]:
        key = (year, as_of)
        if key not in self._started:
            pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cchc-ho-so")
            self._started[key] = pool.submit(self._count, self._period(year, as_of))
            pool.shutdown(wait=False)
        return self._started[key]

    @staticmethod
    def _period(year: int, as_of: dt.date | None) -> tuple[dt.date, dt.date]:
        return dt.date(year, 1, 1), as_of or dt.date(year, 12, 31)

    def _count(self, period: tuple[dt.date, dt.date]) -> Counted:
        from evidence.dossier_read import read_export

        path = self.base / self.dossier_file.file
        return read_export(
            path,
            str(path),
            dossier_spec(self.format, self.dossier_file.sheet),
            self.format,
            self.procedures,
            period,
            self.sources.options,
        )

    def facts(self, year: int, as_of: dt.date | None, declared: set[str] | None = None) -> Derived:
        """Validated and aggregated facts; InputError listing every problem of every file.
        `declared`: the catalog's facts (facts beyond the usual dossier facts are given only
        when it declares them)."""
        from evidence.dossier_facts import Period, count

        counted = self._start(year, as_of).result()
        problems = [*self.problems, *counted.problems]
        if problems or self.procedures is None or counted.tally is None:
            raise InputError(problems)
        start, end = self._period(year, as_of)
        facts: DossierFacts = count(
            counted.tally,
            self.procedures,
            Period(start=start, as_of=end),
            self.sources.options,
            declared,
            counted.blank,
            counted.header_row,
        )
        if not facts.in_scope:
            name = str(self.base / self.dossier_file.file)
            what = "không có hồ sơ nào" if not counted.rows else "không có hồ sơ nào tiếp nhận trong kỳ"
            raise InputError(
                [
                    Problem(
                        code=Reason.EMPTY_FILE,
                        file=name,
                        reason=f"tệp trích xuất {what} ({vi_date(start)}–{vi_date(end)}): kiểm tra lại tệp "
                        "và kỳ đánh giá; nếu đơn vị thật sự không tiếp nhận hồ sơ nào, bỏ sources.dossiers "
                        "và khai dossiers.received: 0",
                    )
                ]
            )
        subjects = [
            Subject(kind="department", name=name, facts=f) for name, f in facts.departments.items()
        ] + [
            Subject(kind="official", name=name, facts=f, department=counted.tally.homes.get(name))
            for name, f in facts.officials.items()
        ]
        refs = [
            SourceRef(role="dossiers", file=self.dossier_file.file, rows=counted.rows),
            SourceRef(role="procedures", file=self.procedure_file.file, rows=self.procedures.rows),
        ]
        return Derived(facts.unit, subjects, facts.notices, refs)
