"""Checks a workbook needs beyond the loaders': each on the row and column to fix.

The loaders already refuse an unknown parent, a target for an unknown criterion or a scale
whose bands are out of order, and those problems are moved onto their cells. What they do not
see, or see only as a whole scale, is checked here on the draft (plain data, possibly broken):
which band overlaps which or where bands leave a gap, a scale no criterion uses, and (as a
warning, since the dossier export and policies read facts too) a fact nothing reads. A cycle of
parents is checked here too (the same `engine.spec.parents` check as the loader's), so that it is
found on its rows even when the draft is too broken for the loader to reach its cross-checks.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection
from typing import Any

from pydantic import BaseModel, ValidationError

from engine.core.problems import InputError, Problem, Reason
from engine.spec.parents import parent_loops
from engine.spec.workbook import layout as L
from engine.spec.workbook.fields import field_items, item_models
from engine.spec.workbook.read import Draft, Place

_HIGHER = {">=", ">"}
_LOWER = {"<=", "<"}


def _header(sheet: str, path: str) -> str:
    spec = L.SHEET_BY_NAME[sheet]
    return next((h for h, leaf in spec.columns() if leaf is not None and leaf.key == path), path)


def _row(draft: Draft, doc: L.Doc, *path: str | int) -> int | None:
    place = draft.locate(doc, ".".join(str(p) for p in path))
    return place[1] if place else None


def check(draft: Draft) -> tuple[list[Problem], set[Place]]:
    """The draft's problems found here, and the rows whose whole-item loader problem they replace."""
    problems: list[Problem] = []
    covered: set[Place] = set()
    catalog = draft.docs.get("catalog", {})
    criteria = [c for c in catalog.get("criteria", []) if isinstance(c, dict)]
    problems += _cycles(draft, criteria)
    scales = catalog.get("scales", {})
    if isinstance(scales, dict):
        for key, scale in scales.items():
            found = _bands(draft, key, scale)
            if found:
                first = _row(draft, "catalog", "scales", key)
                covered |= {(L.SCALES, first, None), (L.SCALES, first, L.SHEET_KEYS[L.SCALES])}
            problems += found
        used = {c.get("scale") for c in criteria}
        for key in scales:
            if key not in used:
                problems.append(
                    Problem(
                        code=Reason.CROSS_CHECK,
                        file=draft.name,
                        sheet=L.SCALES,
                        row=_row(draft, "catalog", "scales", key),
                        column=L.SHEET_BY_NAME[L.SCALES].key,
                        reason=f"thang điểm '{key}' không được tiêu chí nào dùng (cột “Thang điểm” của trang "
                        f"“{L.CRITERIA}”): xoá các dòng của nó hoặc gán cho tiêu chí",
                    )
                )
    return problems, covered


def _cycles(draft: Draft, criteria: list[dict[str, Any]]) -> list[Problem]:
    parent = {c["code"]: c.get("parent") for c in criteria if isinstance(c.get("code"), str)}
    index = {c.get("code"): i for i, c in enumerate(criteria)}
    return [
        Problem(
            code=Reason.CROSS_CHECK,
            file=draft.name,
            sheet=L.CRITERIA,
            row=_row(draft, "catalog", "criteria", index[code]),
            column=_header(L.CRITERIA, "parent"),
            reason=f"tiêu chí cha tạo thành vòng: {shown}",
        )
        for code, shown in parent_loops(parent)
    ]


def _band_models() -> list[type[BaseModel]]:
    part = L.SHEET_BY_NAME[L.SCALES].parts[0]
    return [
        m
        for scale in part.item_models()
        for name, info in field_items(scale)
        if name == part.explode
        for m in item_models(info.annotation)
    ]


def _bound(band: Any) -> tuple[bool, tuple[str, float] | None]:
    """(readable, bound) of a band as its own model defines it."""
    for model in _band_models():
        bound = getattr(model, "bound", None)
        if bound is None:
            continue
        try:
            return True, bound(model.model_validate(band))
        except (ValidationError, TypeError):
            continue
    return False, None


def _bands(draft: Draft, key: str, scale: Any) -> list[Problem]:
    part = L.SHEET_BY_NAME[L.SCALES].parts[0]
    bands = scale.get(part.explode) if isinstance(scale, dict) else None
    if not isinstance(bands, list) or not bands:
        return []
    read = [_bound(b) for b in bands]
    if not all(ok for ok, _ in read):
        return []  # a band the model refuses: its own cell problem says why
    bounds = [b for _, b in read]
    out: list[Problem] = []

    def at(i: int, reason: str) -> None:
        where = f"scales.{key}.{part.explode}.{i}"
        bound = bounds[i]
        cell = draft.holding("catalog", where, bound[1]) if bound is not None else None
        out.append(
            Problem(
                code=Reason.CROSS_CHECK,
                file=draft.name,
                sheet=L.SCALES,
                row=_row(draft, "catalog", "scales", key, part.explode, i),
                column=cell[2] if cell else None,
                reason=f"thang điểm '{key}': {reason}",
            )
        )

    for i, b in enumerate(bounds[:-1]):
        if b is None:
            at(
                i,
                "mức không có ngưỡng nhận mọi giá trị còn lại nên chỉ được là mức cuối; "
                "các mức dưới nó chồng lên",
            )
    if bounds[-1] is not None:
        op, value = bounds[-1]
        side = "dưới" if op in _HIGHER else "trên"
        at(
            len(bounds) - 1,
            f"để hở: giá trị {side} {value:g} không thuộc mức nào; thêm một mức cuối để trống ngưỡng",
        )
    given = [(i, b) for i, b in enumerate(bounds) if b is not None]
    ops = {b[0] for _, b in given}
    if ops and not (ops <= _HIGHER or ops <= _LOWER):
        at(given[0][0], "các mức phải cùng chiều: đều “từ/trên” (càng cao càng tốt) hoặc đều “đến/dưới”")
        return out
    higher = ops <= _HIGHER
    for (i1, (op1, v1)), (i2, (op2, v2)) in itertools.pairwise(given):
        better = v1 > v2 if higher else v1 < v2
        touching = v1 == v2 and (op1, op2) in ((">", ">="), ("<", "<="))
        if not (better or touching):
            row1 = _row(draft, "catalog", "scales", key, "bands", i1)
            order = "thấp hơn" if higher else "cao hơn"
            at(i2, f"mức này chồng lên mức ở dòng {row1}: xếp từ tốt nhất trở xuống, ngưỡng sau phải {order}")
    return out


def unread_facts(draft: Draft, computed: Collection[str] = ()) -> list[Problem]:
    """Warnings: facts that no indicator, constraint, published total or adopted policy reads.

    `computed` are the facts an evidence source fills in by itself (the dossier export's counts,
    given by the caller since that layer sits above this one): declaring them is how a catalog
    gets them, so they are not warned about."""
    facts = draft.docs.get("catalog", {}).get("facts", {})
    if not isinstance(facts, dict):
        return []
    words: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            words.add(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(draft.docs.get("rules", {}).get("indicators", {}))
    catalog = draft.docs.get("catalog", {})
    walk({k: v for k, v in catalog.items() if k not in ("facts", "criteria", "fields", "scales")})
    words |= _policy_facts(draft.docs.get("plan", {}).get("policies", []))
    words |= set(computed)
    return [
        Problem(
            code=Reason.UNKNOWN_FACT,
            file=draft.name,
            sheet=L.FACTS,
            row=_row(draft, "catalog", "facts", name),
            column=L.SHEET_BY_NAME[L.FACTS].key,
            reason=f"không chỉ số, ràng buộc hay chính sách nào đọc minh chứng '{name}' "
            "và tệp trích xuất hồ sơ không tính nó: xoá dòng này nếu không cần",
        )
        for name in facts
        if name not in words
    ]


def _policy_facts(adoptions: Any) -> set[str]:
    from engine.spec.bundle import find_policy

    out: set[str] = set()
    for a in adoptions if isinstance(adoptions, list) else []:
        ident = a.get("id") if isinstance(a, dict) else a
        if isinstance(ident, str):
            try:
                out |= find_policy(ident).facts()
            except InputError:
                continue
    return out
