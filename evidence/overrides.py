"""What-if values (`--set FACT=VALUE`, *mô phỏng*): a fact replaced after loading, checked like any fact.

A department asks "what if we resolve 20 more dossiers on time?": the evidence is loaded and
validated as submitted (facts computed from a dossier export included), then each override
replaces one fact (`previous.<fact>` for last year's value). The value goes through the same
type, range and consistency checks as a fact written in the file, and the evidence keeps the
list of overrides with the original values, so a simulated report always says that it is one.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Mapping, Sequence

from engine.core.datafile import DataFile
from engine.core.problems import InputError, Problem, Reason
from engine.spec.bundle import Bundle
from engine.spec.catalog import FactSpec
from evidence.fact_checks import FactChecker, FactValueError, coerce, suggest
from evidence.models import Evidence, FactValue, Override

SOURCE = "--set"
PREVIOUS = "previous."  # `--set previous.sipas.access=84` sets last year's value

Assignment = tuple[str, str]


class AssignmentError(ValueError):
    """`--set` text that is not `FACT=VALUE` (the message is Vietnamese)."""


def parse_assignment(text: str) -> Assignment:
    """`dossiers.resolved_on_time=1230` → (fact, raw value), read later by the fact's type."""
    name, sep, value = unicodedata.normalize("NFC", text).partition("=")
    name = name.strip()
    if not sep or not name:
        raise AssignmentError(
            f"'{text}' không đúng dạng MINH_CHỨNG=GIÁ_TRỊ, ví dụ dossiers.resolved_on_time=1230"
        )
    return name, value.strip()


def label_hint(name: str, facts: Mapping[str, FactSpec]) -> str:
    """`--set` takes a fact's code; a user who typed its Vietnamese name is shown the code to type."""
    prefix = PREVIOUS if name.startswith(PREVIOUS) else ""
    by_label = {unicodedata.normalize("NFC", spec.label).casefold(): code for code, spec in facts.items()}
    typed = name.removeprefix(prefix).casefold()
    near = difflib.get_close_matches(typed, list(by_label), n=1, cutoff=0.85)
    if not near:
        return ""
    code = by_label[near[0]]
    return f"; --set dùng mã minh chứng: có phải ý bạn là '{prefix}{code}' (“{facts[code].label}”)?"


class _SetChecker(FactChecker):
    """The evidence checks, locating each problem at the `--set` that caused it."""

    def add(self, path: tuple[str | int, ...], code: Reason, reason: str) -> None:
        self.problems.append(
            # ("facts", *name) for a --set; ("previous", *name) for a check of last year's values
            Problem(
                code=code,
                file=SOURCE,
                where=".".join(str(p) for p in path[path[0] == "facts" :]),
                reason=reason,
            )
        )


def unknown_everywhere(name: str, catalogs: Mapping[str, Mapping[str, FactSpec]]) -> Problem:
    """A `--set` fact that none of the units' catalogs (id → facts) declares: the run's error."""
    facts = {code: spec for specs in catalogs.values() for code, spec in specs.items()}
    hint = label_hint(name, facts) or suggest(name.removeprefix(PREVIOUS), sorted(facts))
    listed = ", ".join(f"'{c}'" for c in sorted(catalogs))
    return Problem(
        code=Reason.UNKNOWN_FACT,
        file=SOURCE,
        where=name,
        reason=f"minh chứng '{name}' không có trong bộ tiêu chí nào của các đơn vị ({listed})" + hint,
    )


def apply_overrides(
    evidence: Evidence, bundle: Bundle, assignments: Sequence[Assignment], skip_unknown: bool = False
) -> Evidence:
    """The evidence with each assignment applied, or InputError listing every problem (exit 2).

    `skip_unknown` (several units, several catalogs): a fact this unit's catalog does not declare
    is left out for this unit, with a notice in its report, instead of refusing the unit; the
    caller refuses the run when no unit's catalog declares it (`unknown_everywhere`)."""
    if not assignments:
        return evidence
    catalog = bundle.catalog
    checker = _SetChecker(DataFile(SOURCE, {}), catalog, bundle.rulebook)
    known = sorted(catalog.facts)
    values: dict[str, FactValue] = {}
    skipped: list[str] = []
    for name, raw in assignments:
        path = ("facts", *name.split("."))
        spec = catalog.facts.get(name.removeprefix(PREVIOUS))
        if name in values:
            checker.add(path, Reason.DUPLICATE_KEY, f"minh chứng '{name}' được đặt hai lần bằng --set")
        elif spec is None and skip_unknown:
            skipped.append(name)
        elif spec is None:
            checker.add(
                path,
                Reason.UNKNOWN_FACT,
                f"minh chứng '{name}' không có trong bộ tiêu chí '{catalog.id}'"
                + (label_hint(name, catalog.facts) or suggest(name.removeprefix(PREVIOUS), known)),
            )
        elif not raw:
            checker.add(path, Reason.MISSING_VALUE, f"{spec.label}: thiếu giá trị sau dấu '='")
        else:
            try:
                values[name] = coerce(spec, raw)
            except FactValueError as exc:
                checker.add(path, exc.code, f"{spec.label}: {exc}")
    current = {n: v for n, v in values.items() if not n.startswith(PREVIOUS)}
    last_year = {n.removeprefix(PREVIOUS): v for n, v in values.items() if n.startswith(PREVIOUS)}
    facts = {**evidence.facts, **current}
    previous = {**evidence.previous, **last_year}
    if not checker.problems:
        checker.consistency("facts", facts)
        checker.consistency("previous", previous)
    if checker.problems:
        raise InputError(checker.problems)

    def original(name: str) -> FactValue | None:
        if name.startswith(PREVIOUS):
            return evidence.previous.get(name.removeprefix(PREVIOUS))
        return evidence.facts.get(name)

    overrides = [Override(fact=n, value=v, original=original(n)) for n, v in sorted(values.items())]
    update = {
        "facts": dict(sorted(facts.items())),
        "previous": dict(sorted(previous.items())),
        "notes": sorted(checker.notes),
        "overrides": overrides,
    }
    if skipped:
        names = ", ".join(f"'{n}'" for n in skipped)
        update["notices"] = [
            *evidence.notices,
            f"mô phỏng --set {names} không áp dụng cho đơn vị này: bộ tiêu chí '{catalog.id}' "
            "không có minh chứng này (chỉ áp dụng cho các đơn vị có)",
        ]
    return evidence.model_copy(update=update)
