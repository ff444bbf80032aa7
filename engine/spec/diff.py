"""What changed between two versions of a methodology (and its rules and plan), as data.

A score on a changed methodology must not be compared silently with last year's: this module
lists each difference once — criteria added, removed, moved, renamed or re-coded; maxima, scales,
bands, indicator formulas and targets that changed — with both values and one Vietnamese line
("TCTP 3.4.1: điểm tối đa 1 → 2,5"). `cchc catalog diff` prints it; comparing reports made on
different catalogs uses the same `diff_bundles`. Leaves are compared generically (the models'
dumps), labelled with the catalog workbook's column headers, so a new field is compared too.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, Field

from engine.core.digest import digest
from engine.core.numbers import vi_number
from engine.spec.bundle import Bundle
from engine.spec.catalog import Catalog, Criterion
from engine.spec.plan import Plan
from engine.spec.rulebook import Rulebook
from engine.spec.workbook import layout as L
from engine.spec.workbook.other_labels import label as path_label

ChangeKind = Literal[
    "catalog",
    "field_added",
    "field_removed",
    "field_renamed",
    "added",
    "removed",
    "recoded",
    "moved",
    "renamed",
    "max",
    "scale",
    "criterion",
    "scale_added",
    "scale_removed",
    "scale_changed",
    "indicator",
    "fact_added",
    "fact_removed",
    "fact_changed",
    "target_added",
    "target_removed",
    "target",
    "plan",
]


class Change(BaseModel):
    """One difference: where (a criterion code, scale id, fact id…), what, both values, one line."""

    kind: ChangeKind
    code: str = Field(description="mã tiêu chí, thang điểm, minh chứng; hoặc mã bộ tiêu chí")
    what: str = Field("", description="thuộc tính đã đổi, tiếng Việt")
    old: Any = None
    new: Any = None
    affects: list[str] = Field(default_factory=list, description="tiêu chí bị ảnh hưởng (thang điểm đổi)")
    line: str = Field(description="một dòng tiếng Việt nêu cả hai giá trị")


class Side(BaseModel):
    catalog: str
    catalog_digest: str
    rules_digest: str | None = None
    plan: str | None = None
    plan_digest: str | None = None


class CatalogDiff(BaseModel):
    old: Side
    new: Side
    changes: list[Change]

    @property
    def same(self) -> bool:
        return not self.changes

    def lines(self) -> list[str]:
        return [c.line for c in self.changes]


def shown(value: Any) -> str:
    """A value as a Vietnamese reader writes it (2,5; Có/Không; a; b)."""
    if value is None or value == "" or value == [] or value == {}:
        return "(không có)"
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, int | float):
        return vi_number(float(value))
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return "; ".join(shown(v) for v in value)
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _flat(data: Any, prefix: str = "") -> dict[str, Any]:
    """Leaves of a dump: nested mappings flattened to dotted keys, lists of mappings by position."""
    out: dict[str, Any] = {}
    if isinstance(data, dict):
        for k, v in data.items():
            key = f"{prefix}.{k}" if prefix else str(k)
            if isinstance(v, dict) and v:
                out.update(_flat(v, key))
            elif isinstance(v, list) and v and all(isinstance(i, dict) for i in v):
                for i, item in enumerate(v):
                    out.update(_flat(item, f"{key}.{i + 1}"))
            else:
                out[key] = v
    return out


def _label(sheet: str, key: str) -> str:
    """The workbook header of a leaf (`bands.2.min` → "Mức 2: từ (≥)"), else the key."""
    headers = L.SHEET_BY_NAME[sheet].headers
    parts = key.split(".")
    numbered = [p for p in parts if p.isdigit()]
    plain = ".".join(p for p in parts if not p.isdigit())
    label = headers.get(plain, plain)
    if numbered and label.startswith("Mức:"):
        return f"mức {numbered[0]}:" + label.removeprefix("Mức:")
    return label[:1].lower() + label[1:]


def _leaf_changes(old: BaseModel | None, new: BaseModel | None) -> list[tuple[str, Any, Any]]:
    a = _flat(old.model_dump(mode="json", by_alias=True)) if old is not None else {}
    b = _flat(new.model_dump(mode="json", by_alias=True)) if new is not None else {}
    keys = list(dict.fromkeys([*a, *b]))
    return [(k, a.get(k), b.get(k)) for k in keys if a.get(k) != b.get(k)]


def _criteria(old: Catalog, new: Catalog) -> list[Change]:
    out: list[Change] = []
    before = {c.code: c for c in old.criteria}
    after = {c.code: c for c in new.criteria}
    removed = [c for c in old.criteria if c.code not in after]
    added = [c for c in new.criteria if c.code not in before]
    # A criterion whose code changed but whose title did not: one re-coding, not a removal and an addition.
    recoded: dict[str, Criterion] = {}
    for c in added:
        match = next((r for r in removed if r.title == c.title and r.code not in recoded), None)
        if match is not None:
            recoded[match.code] = c
    pairs: list[tuple[Criterion, Criterion]] = []
    for c in new.criteria:
        if c.code in before:
            pairs.append((before[c.code], c))
    for r in removed:
        if r.code in recoded:
            c = recoded[r.code]
            out.append(
                Change(
                    kind="recoded",
                    code=c.code,
                    what="mã",
                    old=r.code,
                    new=c.code,
                    line=f"{c.code}: đổi mã {r.code} → {c.code}",
                )
            )
            pairs.append((r, c))
    for c in added:
        if c in recoded.values():
            continue
        extra = f", điểm tối đa {shown(c.max)}, thang điểm {c.scale}" if c.assessed else ""
        out.append(
            Change(kind="added", code=c.code, new=c.title, line=f"{c.code}: thêm tiêu chí “{c.title}”{extra}")
        )
    for r in removed:
        if r.code not in recoded:
            out.append(
                Change(kind="removed", code=r.code, old=r.title, line=f"{r.code}: bỏ tiêu chí “{r.title}”")
            )
    for a, b in pairs:
        out += _criterion(a, b)
    return out


def _criterion(a: Criterion, b: Criterion) -> list[Change]:
    out: list[Change] = []
    code = b.code
    if (a.field, a.parent) != (b.field, b.parent):
        was = f"lĩnh vực {a.field}" + (f", thuộc {a.parent}" if a.parent else "")
        now = f"lĩnh vực {b.field}" + (f", thuộc {b.parent}" if b.parent else "")
        out.append(
            Change(
                kind="moved",
                code=code,
                what="vị trí",
                old=[a.field, a.parent],
                new=[b.field, b.parent],
                line=f"{code}: chuyển {was} → {now}",
            )
        )
    if a.title != b.title:
        out.append(
            Change(
                kind="renamed",
                code=code,
                what="tên",
                old=a.title,
                new=b.title,
                line=f"{code}: đổi tên “{a.title}” → “{b.title}”",
            )
        )
    if a.max != b.max:
        out.append(
            Change(
                kind="max",
                code=code,
                what="điểm tối đa",
                old=a.max,
                new=b.max,
                line=f"{code}: điểm tối đa {shown(a.max)} → {shown(b.max)}",
            )
        )
    if a.scale != b.scale:
        out.append(
            Change(
                kind="scale",
                code=code,
                what="thang điểm",
                old=a.scale,
                new=b.scale,
                line=f"{code}: thang điểm {shown(a.scale)} → {shown(b.scale)}",
            )
        )
    handled = {"code", "title", "field", "parent", "max", "scale", "source", "note"}
    for key, x, y in _leaf_changes(a, b):
        if key in handled:
            continue
        what = _label(L.CRITERIA, key)
        out.append(
            Change(
                kind="criterion",
                code=code,
                what=what,
                old=x,
                new=y,
                line=f"{code}: {what} {shown(x)} → {shown(y)}",
            )
        )
    return out


def _fields(old: Catalog, new: Catalog) -> list[Change]:
    out: list[Change] = []
    a = {f.code: f for f in old.fields}
    b = {f.code: f for f in new.fields}
    for code, f in b.items():
        if code not in a:
            out.append(
                Change(kind="field_added", code=code, new=f.title, line=f"Lĩnh vực {code}: thêm “{f.title}”")
            )
        elif a[code].title != f.title:
            out.append(
                Change(
                    kind="field_renamed",
                    code=code,
                    what="tên",
                    old=a[code].title,
                    new=f.title,
                    line=f"Lĩnh vực {code}: đổi tên “{a[code].title}” → “{f.title}”",
                )
            )
    for code, f in a.items():
        if code not in b:
            out.append(
                Change(kind="field_removed", code=code, old=f.title, line=f"Lĩnh vực {code}: bỏ “{f.title}”")
            )
    return out


def _scales(old: Catalog, new: Catalog) -> list[Change]:
    out: list[Change] = []
    users: dict[str, list[str]] = {}
    for c in new.criteria:
        if c.scale:
            users.setdefault(c.scale, []).append(c.code)
    for key, scale in new.scales.items():
        if key not in old.scales:
            out.append(
                Change(
                    kind="scale_added",
                    code=key,
                    new=scale.title,
                    affects=users.get(key, []),
                    line=f"Thang điểm {key}: thêm “{scale.title}”",
                )
            )
            continue
        for leaf, x, y in _leaf_changes(old.scales[key], scale):
            if leaf in ("source", "reasoning", "title"):
                continue
            what = _label(L.SCALES, leaf)
            used = users.get(key, [])
            listed = ", ".join(used[:5]) + (f" và {len(used) - 5} tiêu chí khác" if len(used) > 5 else "")
            tail = f" (dùng cho {listed})" if used else ""
            out.append(
                Change(
                    kind="scale_changed",
                    code=key,
                    what=what,
                    old=x,
                    new=y,
                    affects=used,
                    line=f"Thang điểm {key}: {what} {shown(x)} → {shown(y)}{tail}",
                )
            )
    for key, scale in old.scales.items():
        if key not in new.scales:
            out.append(
                Change(
                    kind="scale_removed",
                    code=key,
                    old=scale.title,
                    line=f"Thang điểm {key}: bỏ “{scale.title}”",
                )
            )
    return out


def _facts(old: Catalog, new: Catalog) -> list[Change]:
    out: list[Change] = []
    for key, spec in new.facts.items():
        if key not in old.facts:
            out.append(
                Change(
                    kind="fact_added", code=key, new=spec.label, line=f"Minh chứng {key}: thêm “{spec.label}”"
                )
            )
            continue
        for leaf, x, y in _leaf_changes(old.facts[key], spec):
            if leaf in ("description",):
                continue
            what = _label(L.FACTS, leaf)
            out.append(
                Change(
                    kind="fact_changed",
                    code=key,
                    what=what,
                    old=x,
                    new=y,
                    line=f"Minh chứng {key}: {what} {shown(x)} → {shown(y)}",
                )
            )
    for key, spec in old.facts.items():
        if key not in new.facts:
            out.append(
                Change(
                    kind="fact_removed", code=key, old=spec.label, line=f"Minh chứng {key}: bỏ “{spec.label}”"
                )
            )
    return out


def _head(old: Catalog, new: Catalog) -> list[Change]:
    out: list[Change] = []
    for key in ("year", "years", "not_applicable_default", "provisional"):
        x, y = getattr(old, key), getattr(new, key)
        if x != y:
            what = L.HEAD_LABELS["catalog"].get(key, key)
            out.append(
                Change(
                    kind="catalog",
                    code=new.id,
                    what=what,
                    old=x,
                    new=y,
                    line=f"Bộ tiêu chí: {what.lower()} {shown(x)} → {shown(y)}",
                )
            )
    return out


def _indicators(old: Rulebook | None, new: Rulebook | None, recode: dict[str, str]) -> list[Change]:
    if old is None or new is None:
        return []
    out: list[Change] = []
    back = {v: k for k, v in recode.items()}
    for code, ind in new.indicators.items():
        was = old.indicators.get(back.get(code, code))
        if was is None:
            continue  # a new criterion: its addition is already listed
        for leaf, x, y in _leaf_changes(was, ind):
            what = _label(L.INDICATORS, leaf)
            out.append(
                Change(
                    kind="indicator",
                    code=code,
                    what=what,
                    old=x,
                    new=y,
                    line=f"{code}: chỉ số, {what} {shown(x)} → {shown(y)}",
                )
            )
    return out


def _targets(old: Plan | None, new: Plan | None, recode: dict[str, str]) -> list[Change]:
    if old is None or new is None:
        return []
    out: list[Change] = []
    back = {v: k for k, v in recode.items()}
    for code, target in new.targets.items():
        was = old.targets.get(back.get(code, code))
        if was is None:
            out.append(
                Change(
                    kind="target_added",
                    code=code,
                    new=target.text,
                    line=f"{code}: thêm chỉ tiêu “{target.text}”",
                )
            )
            continue
        for leaf, x, y in _leaf_changes(was, target):
            if leaf in ("source", "interpretation", "detail", "timing", "lead_unit", "coordinating_units"):
                continue
            what = _label(L.TARGETS, leaf)
            out.append(
                Change(
                    kind="target",
                    code=code,
                    what=what,
                    old=x,
                    new=y,
                    line=f"{code}: chỉ tiêu, {what} {shown(x)} → {shown(y)}",
                )
            )
    for code, target in old.targets.items():
        if recode.get(code, code) not in new.targets:
            out.append(
                Change(
                    kind="target_removed",
                    code=code,
                    old=target.text,
                    line=f"{code}: bỏ chỉ tiêu “{target.text}”",
                )
            )
    return out


def _paths(data: Any, path: tuple[str, ...] = ()) -> dict[tuple[str, ...], Any]:
    """Leaves of a dump by path, lists of mappings by position (`[0]`), as “Khác” writes them."""
    if isinstance(data, dict) and data and path:
        return {k: v for key, value in data.items() for k, v in _paths(value, (*path, str(key))).items()}
    if isinstance(data, list) and data and all(isinstance(i, dict) for i in data):
        return {k: v for i, value in enumerate(data) for k, v in _paths(value, (*path, f"[{i}]")).items()}
    if not path:
        return {k: v for key, value in data.items() for k, v in _paths(value, (str(key),)).items()}
    return {path: data}


def _plan(old: Plan | None, new: Plan | None) -> list[Change]:
    """Every plan-level value that differs (year, unit, editions, policies, score targets …);
    the targets of criteria are listed by `_targets`, one criterion at a time."""
    if old is None or new is None:
        return []
    a = _paths(old.model_dump(mode="json", by_alias=True, exclude={"targets"}))
    b = _paths(new.model_dump(mode="json", by_alias=True, exclude={"targets"}))
    out: list[Change] = []
    for path in dict.fromkeys([*a, *b]):
        x, y = a.get(path), b.get(path)
        if x == y or shown(x) == shown(y):  # an empty list where the other side has items
            continue
        head = L.HEAD_LABELS["plan"].get(path[0]) if len(path) == 1 else None
        what = head or path_label(Plan, list(path))
        out.append(
            Change(
                kind="plan",
                code=new.id,
                what=what,
                old=x,
                new=y,
                line=f"Kế hoạch: {what[:1].lower() + what[1:]} {shown(x)} → {shown(y)}",
            )
        )
    return out


def diff(
    old: Catalog,
    new: Catalog,
    old_rules: Rulebook | None = None,
    new_rules: Rulebook | None = None,
    old_plan: Plan | None = None,
    new_plan: Plan | None = None,
) -> CatalogDiff:
    """Every difference from `old` to `new`: head, fields, criteria, scales, facts, indicators, the
    plan's own values, targets."""
    criteria = _criteria(old, new)
    recode = {str(c.old): c.code for c in criteria if c.kind == "recoded"}
    changes = [
        *_head(old, new),
        *_fields(old, new),
        *criteria,
        *_scales(old, new),
        *_indicators(old_rules, new_rules, recode),
        *_facts(old, new),
        *_plan(old_plan, new_plan),
        *_targets(old_plan, new_plan, recode),
    ]

    def side(c: Catalog, r: Rulebook | None, p: Plan | None) -> Side:
        return Side(
            catalog=c.id,
            catalog_digest=digest(c.content()),
            rules_digest=digest(r.model_dump(mode="json")) if r else None,
            plan=p.id if p else None,
            plan_digest=digest(p.model_dump(mode="json")) if p else None,
        )

    return CatalogDiff(
        old=side(old, old_rules, old_plan), new=side(new, new_rules, new_plan), changes=changes
    )


def diff_bundles(old: Bundle, new: Bundle) -> CatalogDiff:
    """What differs between the declarations two bundles (two reports) were scored with."""
    return diff(old.catalog, new.catalog, old.rulebook, new.rulebook, old.plan, new.plan)
