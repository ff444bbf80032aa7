"""Facts checked against their declarations: a raw value coerced to the fact's type and range,
unknown names with "did you mean", consistency between facts.

The evidence loader (evidence.load) and what-if values (`--set`, evidence.overrides) run the same
checks; only where a problem is located differs (a line of the file, or the `--set` given).
"""

from __future__ import annotations

import difflib
from typing import Any

from engine.core.compare import holds
from engine.core.datafile import DataFile
from engine.core.numbers import AmbiguousNumber, NotANumber, TooLarge, parse_number, to_micro
from engine.core.problems import Problem, Reason
from engine.spec.catalog import Catalog, FactSpec
from engine.spec.rulebook import Rulebook
from evidence.models import FactValue

_TRUE = {"true", "có", "co", "yes", "đã", "x", "1"}
_FALSE = {"false", "không", "khong", "no", "chưa", "0"}


def flatten(tree: dict[str, Any], prefix: str = "") -> list[tuple[str, tuple[str, ...], Any]]:
    """Nested facts → (dotted name, path in the file, value)."""
    out: list[tuple[str, tuple[str, ...], Any]] = []
    for key, value in tree.items():
        name = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, dict):
            for sub_name, sub_path, sub_value in flatten(value, name):
                out.append((sub_name, (str(key), *sub_path), sub_value))
        else:
            out.append((name, (str(key),), value))
    return out


class FactValueError(ValueError):
    """A fact's value refused, with its reason code; the message is Vietnamese."""

    def __init__(self, code: Reason, message: str) -> None:
        super().__init__(message)
        self.code = code


def coerce(spec: FactSpec, raw: Any) -> FactValue:
    """A raw YAML value → the fact's type, or FactValueError with a Vietnamese reason."""
    if spec.type == "boolean":
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise FactValueError(Reason.WRONG_TYPE, f"'{raw}' không phải giá trị có/không (true/false, có/không)")
    try:
        number = parse_number(raw)
    except TooLarge as exc:
        raise FactValueError(Reason.OUT_OF_RANGE, str(exc)) from exc
    except AmbiguousNumber as exc:
        raise FactValueError(Reason.AMBIGUOUS_NUMBER, str(exc)) from exc
    except NotANumber as exc:
        raise FactValueError(Reason.NOT_A_NUMBER, str(exc)) from exc
    if spec.type == "count":
        if not number.is_integer():
            raise FactValueError(Reason.WRONG_TYPE, f"{raw!r} phải là số nguyên (số đếm)")
        if number < 0:
            raise FactValueError(Reason.OUT_OF_RANGE, f"số đếm không được âm ({raw})")
        return int(number)
    if spec.type == "percent" and not 0 <= number <= 100:
        raise FactValueError(Reason.OUT_OF_RANGE, f"tỷ lệ phải trong khoảng 0–100 (nhận {raw})")
    if spec.minimum is not None and number < spec.minimum:
        raise FactValueError(Reason.OUT_OF_RANGE, f"giá trị {raw} nhỏ hơn mức tối thiểu {spec.minimum:g}")
    if spec.maximum is not None and number > spec.maximum:
        raise FactValueError(Reason.OUT_OF_RANGE, f"giá trị {raw} lớn hơn mức tối đa {spec.maximum:g}")
    return number


def suggest(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    if not close:  # a near-miss on the last segment ("dossier.resolved" → "dossiers.resolved")
        tail = {k.split(".")[-1]: k for k in known}
        hit = difflib.get_close_matches(name.split(".")[-1], list(tail), n=1, cutoff=0.8)
        close = [tail[hit[0]]] if hit else []
    return f"; có phải ý bạn là '{close[0]}'?" if close else ""


class FactChecker:
    """The checks of facts against a catalog and its rules, each problem located in the file read;
    shared by the evidence loader and `--set` (evidence.overrides), which locates problems its own way."""

    def __init__(self, doc: DataFile, catalog: Catalog, rulebook: Rulebook) -> None:
        self.doc, self.catalog, self.rulebook = doc, catalog, rulebook
        self.problems: list[Problem] = []
        self.notes: list[str] = []

    def add(self, path: tuple[str | int, ...], code: Reason, reason: str) -> None:
        self.problems.append(
            Problem(
                code=code,
                file=self.doc.name,
                where=".".join(str(p) for p in path),
                line=self.doc.line_of(path),
                reason=reason,
            )
        )

    def facts(self, section: str, tree: dict[str, Any]) -> dict[str, FactValue]:
        known = sorted(self.catalog.facts)
        out: dict[str, FactValue] = {}
        for name, path, raw in flatten(tree):
            full = (section, *path)
            if name in out:
                self.add(full, Reason.DUPLICATE_KEY, f"minh chứng '{name}' được khai hai lần")
                continue
            spec = self.catalog.facts.get(name)
            if spec is None:
                self.add(
                    full,
                    Reason.UNKNOWN_FACT,
                    f"minh chứng '{name}' không có trong bộ tiêu chí '{self.catalog.id}'"
                    + suggest(name, known),
                )
                continue
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                continue  # left blank: not given, the criterion will show missing evidence
            try:
                out[name] = coerce(spec, raw)
            except FactValueError as exc:
                self.add(full, exc.code, f"{spec.label}: {exc}")
        return out

    def consistency(self, section: str, facts: dict[str, FactValue]) -> None:
        def where(name: str) -> tuple[str, ...]:
            return (section, *name.split("."))

        for k in self.catalog.constraints:
            if any(n not in facts for n in [*k.left, k.right]):
                continue
            left = sum(float(facts[n]) for n in k.left)
            right = float(facts[k.right])
            # compared exactly, in millionths as the rules see them
            ok = holds(sum(to_micro(facts[n]) for n in k.left), k.compare, to_micro(facts[k.right]))
            if ok and k.remainder and section == "facts" and left < right:
                self.notes.append(k.remainder.format(n=f"{right - left:g}"))
            if not ok:
                parts = " + ".join(f"{n} ({facts[n]:g})" for n in k.left)
                self.add(
                    where(k.left[0]),
                    Reason.INCONSISTENT,
                    f"{k.reason}: {parts} {k.compare} {k.right} ({facts[k.right]:g}) không đúng",
                )
        for code, ind in self.rulebook.indicators.items():
            for name, reason in ind.inconsistencies(facts, code):
                self.add(where(name), Reason.INCONSISTENT, reason)
