"""Read a catalog workbook back into the documents it holds, each value remembering its cell.

The result is the mapping a catalog, rules or plan file would hold (nothing validated yet) and,
for each key path, the sheet, row and column it came from, so that whatever the loaders later
find is reported on the cell to fix. Problems of the workbook itself (a header renamed, a number
that is not one, a sheet missing) are collected here, all of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from engine.core.numbers import NotANumber, parse_number
from engine.core.problems import InputError, Problem, Reason
from engine.core.xlsx_read import open_sheets
from engine.spec.workbook import layout as L
from engine.spec.workbook.choices import key_of as choice_key
from engine.spec.workbook.fields import (
    CellError,
    Leaf,
    blank,
    field_items,
    from_cell,
    head_leaf,
    leaves,
    nfc,
    set_path,
)
from engine.spec.workbook.other_labels import choice_field

Place = tuple[str, int | None, str | None]  # sheet, row (as the spreadsheet shows it), column header
_INDEX = re.compile(r"^\[(\d+)\]$")


def fold(text: str) -> str:
    """Headers compare without case or surrounding space (a header retyped in another case still reads)."""
    return " ".join(text.split()).casefold()


@dataclass
class Draft:
    """The documents a workbook holds, as plain data, and where each value came from."""

    name: str
    docs: dict[L.Doc, dict[str, Any]] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)  # key path → the value its cell gave
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def add(self, code: Reason, place: Place, reason: str) -> None:
        sheet, row, column = place
        self.problems.append(
            Problem(code=code, file=self.name, sheet=sheet, row=row, column=column, reason=reason)
        )

    def place(self, doc: L.Doc, path: tuple[str | int, ...], at: Place) -> None:
        self.places.setdefault(key_of(doc, path), at)

    def holding(self, doc: L.Doc | None, where: str, value: Any) -> Place | None:
        """The cell under the item at `where` whose value is (or lists) `value` (any document: None)."""
        prefix = f"{doc}:{where}." if doc else ""
        for key, held in self.values.items():
            if (key.startswith(prefix) if doc else where in key) and (
                held == value or (isinstance(held, list) and value in held)
            ):
                return self.places.get(key)
        return None

    def locate(self, doc: L.Doc, where: str) -> Place | None:
        """The cell of a key path (`criteria.3.parent`), or of its nearest ancestor that has one."""
        probe = where
        while True:
            hit = self.places.get(f"{doc}:{probe}")
            if hit is not None or not probe:
                return hit
            probe = probe.rpartition(".")[0]


def key_of(doc: L.Doc, path: tuple[str | int, ...]) -> str:
    return f"{doc}:" + ".".join(str(p) for p in path)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(nfc(value)).strip()


class _Table:
    """One sheet: its header row matched to the columns the layout defines."""

    def __init__(
        self, draft: Draft, sheet: str, rows: list[tuple[Any, ...]], columns: list[tuple[str, Leaf | None]]
    ):
        self.draft, self.sheet, self.rows = draft, sheet, rows
        self.index: dict[str, int] = {}
        wanted = {fold(h): h for h, _ in columns}
        wanted.update({fold(leaf.key): h for h, leaf in columns if leaf is not None})
        header = rows[0] if rows else ()
        for i, cell in enumerate(header):
            text = _text(cell)
            if not text:
                continue
            name = wanted.get(fold(text))
            if name is None:
                draft.add(
                    Reason.UNKNOWN_COLUMN,
                    (sheet, 1, text),
                    "cột không có trong bố cục bộ tiêu chí (xem trang “Hướng dẫn”); dữ liệu khác ghi ở trang "
                    f"“{L.OTHER}”",
                )
            elif name in self.index:
                draft.add(Reason.DUPLICATE_COLUMN, (sheet, 1, text), "cột bị trùng tên")
            else:
                self.index[name] = i

    def require(self, *headers: str) -> bool:
        missing = [h for h in headers if h not in self.index]
        for h in missing:
            self.draft.add(Reason.MISSING_COLUMN, (self.sheet, 1, h), f"thiếu cột “{h}”")
        return not missing

    def cell(self, row: int, header: str) -> Any:
        """The value at a spreadsheet row number (1 = header) under a header; None when absent."""
        i = self.index.get(header)
        line = self.rows[row - 1] if row - 1 < len(self.rows) else ()
        value = line[i] if i is not None and i < len(line) else None
        return nfc(value)

    def data_rows(self) -> list[int]:
        return [r for r in range(2, len(self.rows) + 1) if not all(blank(v) for v in self.rows[r - 1])]


def _read_leaves(
    draft: Draft, table: _Table, row: int, columns: list[tuple[str, Leaf | None]], only: str | None
) -> tuple[dict[str, Any], dict[tuple[str, ...], str]]:
    """The item (nested dict) a row's leaf cells hold; `only` keeps leaves under one first segment
    (a band) or, with "!" before it, every other leaf. Also: which header each leaf came from."""
    item: dict[str, Any] = {}
    headers: dict[tuple[str, ...], str] = {}
    for header, leaf in columns:
        if leaf is None:
            continue
        if only is not None:
            inside = leaf.path[0] == only.lstrip("!")
            if inside == only.startswith("!"):
                continue
        raw = table.cell(row, header)
        if blank(raw):
            continue
        path = leaf.path[1:] if only is not None and not only.startswith("!") else leaf.path
        headers[path] = header
        try:
            set_path(item, path, from_cell(raw, leaf))
        except CellError as exc:
            draft.add(exc.code, (table.sheet, row, header), str(exc))
    return item, headers


def _read_sheet(draft: Draft, spec: L.SheetSpec, rows: list[tuple[Any, ...]]) -> None:
    columns = spec.columns()
    table = _Table(draft, spec.name, rows, columns)
    needed = ([L.KIND] if len(spec.parts) > 1 else []) + ([spec.key] if spec.key else [])
    if not table.require(*needed):
        return
    by_kind = {fold(k): p for p in spec.parts for k in p.kinds}
    collections: dict[int, Any] = {}
    first_row: dict[tuple[int, str], int] = {}
    for part_i, part in enumerate(spec.parts):
        collections[part_i] = {} if part.keyed else []
        draft.docs.setdefault(part.doc, {})
        draft.place(part.doc, (part.field,), (spec.name, None, None))
    for row in table.data_rows():
        part = spec.parts[0]
        if len(spec.parts) > 1:
            kind = _text(table.cell(row, L.KIND))
            found = by_kind.get(fold(kind))
            if found is None:
                known = ", ".join(f"“{k}”" for p in spec.parts for k in p.kinds)
                draft.add(
                    Reason.INVALID_VALUE, (spec.name, row, L.KIND), f"“{L.KIND}” phải là một trong {known}"
                )
                continue
            part = found
        part_i = spec.parts.index(part)
        collection = collections[part_i]
        mine = {lf.key for lf in part.leaves()}
        own = [(h, lf) for h, lf in columns if lf is None or lf.key in mine]
        for h, lf in columns:
            if lf is not None and lf.key not in mine and not blank(table.cell(row, h)):
                draft.add(
                    Reason.INVALID_VALUE,
                    (spec.name, row, h),
                    f"dòng “{part.kinds[0] if part.kinds else spec.name}” không dùng cột này: để trống",
                )
        if part.keyed:
            key = _text(table.cell(row, spec.key))
            if not key:
                draft.add(Reason.MISSING_VALUE, (spec.name, row, spec.key), f"thiếu “{spec.key}”")
                continue
            base: tuple[str | int, ...] = (part.field, key)
            if key in collection and not part.explode:
                draft.add(
                    Reason.DUPLICATE_ROW,
                    (spec.name, row, spec.key),
                    f"“{key}” đã có ở dòng {first_row[(part_i, key)]}: mỗi mã một dòng",
                )
                continue
        else:
            base = (part.field, len(collection))
        if part.explode:
            assert part.keyed
            item, headers = _read_leaves(draft, table, row, own, "!" + part.explode)
            band, band_headers = _read_leaves(draft, table, row, own, part.explode)
            if key not in collection:
                collection[key] = item
                first_row[(part_i, key)] = row
                draft.place(part.doc, base, (spec.name, row, spec.key))
                for path, header in headers.items():
                    draft.place(part.doc, (*base, *path), (spec.name, row, header))
            elif item:
                # The scale's own cells belong on its first row; repeated, they must agree.
                earlier = first_row[(part_i, key)]
                for path, header in headers.items():
                    if _get(collection[key], path) != _get(item, path):
                        draft.add(
                            Reason.INCONSISTENT,
                            (spec.name, row, header),
                            f"khác với dòng {earlier} của “{key}”: ghi một lần ở dòng đầu của thang điểm",
                        )
            if band:
                elements = collection[key].setdefault(part.explode, [])
                at = (*base, part.explode, len(elements))
                elements.append(band)
                draft.place(part.doc, at, (spec.name, row, None))
                for path, header in band_headers.items():
                    draft.place(part.doc, (*at, *path), (spec.name, row, header))
                    draft.values[key_of(part.doc, (*at, *path))] = _get(band, path)
            continue
        item, headers = _read_leaves(draft, table, row, own, None)
        draft.place(part.doc, base, (spec.name, row, spec.key or None))
        for path, header in headers.items():
            draft.place(part.doc, (*base, *path), (spec.name, row, header))
            draft.values[key_of(part.doc, (*base, *path))] = _get(item, path)
        if part.keyed:
            collection[key] = item
            first_row[(part_i, key)] = row
        else:
            collection.append(item)
    for part_i, part in enumerate(spec.parts):
        draft.docs[part.doc][part.field] = collections[part_i]


def _get(data: Any, path: tuple[str, ...]) -> Any:
    for p in path:
        data = data.get(p) if isinstance(data, dict) else None
    return data


def _read_head(draft: Draft, rows: list[tuple[Any, ...]]) -> None:
    columns: list[tuple[str, Leaf | None]] = [(h, None) for h in L.HEAD_HEADERS]
    table = _Table(draft, L.HEAD, rows, columns)
    if not table.require(L.HEAD_VALUE, L.HEAD_KEY):
        return
    fields: dict[str, tuple[L.Doc, Leaf]] = {}
    for doc, model in L.DOC_MODELS.items():
        for leaf in leaves([model]):
            name = leaf.path[0]
            if len(leaf.path) == 1 and name not in L.held(doc) and name not in L.DERIVED.get(doc, ()):
                fields[f"{doc}{L.SEP}{name}"] = (doc, leaf)
    seen: dict[str, int] = {}
    for row in table.data_rows():
        key = _text(table.cell(row, L.HEAD_KEY))
        value = table.cell(row, L.HEAD_VALUE)
        target = fields.get(key)
        if target is None:
            known = ", ".join(sorted(fields))
            draft.add(
                Reason.UNKNOWN_FIELD, (L.HEAD, row, L.HEAD_KEY), f"khoá '{key}' không có (các khoá: {known})"
            )
            continue
        if key in seen:
            draft.add(
                Reason.DUPLICATE_ROW, (L.HEAD, row, L.HEAD_KEY), f"khoá '{key}' đã có ở dòng {seen[key]}"
            )
            continue
        seen[key] = row
        doc, leaf = target
        draft.place(doc, leaf.path, (L.HEAD, row, L.HEAD_VALUE))
        if blank(value):
            continue
        try:
            draft.docs.setdefault(doc, {})[leaf.path[0]] = from_cell(value, leaf)
        except CellError as exc:
            draft.add(exc.code, (L.HEAD, row, L.HEAD_VALUE), str(exc))


def _read_other(draft: Draft, rows: list[tuple[Any, ...]]) -> None:
    columns: list[tuple[str, Leaf | None]] = [(h, None) for h in L.OTHER_COLUMNS]
    table = _Table(draft, L.OTHER, rows, columns)
    if not table.require(*L.OTHER_HEADERS):
        return
    allowed = {
        doc: {name for name, info in field_items(model) if not head_leaf(info.annotation)} - L.held(doc)
        for doc, model in L.DOC_MODELS.items()
    }
    trees: dict[L.Doc, dict[str, Any]] = {}
    for row in table.data_rows():
        path = [p.strip() for p in _text(table.cell(row, L.OTHER_PATH)).split(L.SEP)]
        kind = _text(table.cell(row, L.OTHER_TYPE))
        raw = table.cell(row, L.OTHER_VALUE)
        doc = path[0] if path else ""
        if len(path) < 2 or doc not in L.DOC_MODELS or path[1] not in allowed[doc]:
            fields = ", ".join(f"{d}{L.SEP}{n}" for d, names in allowed.items() for n in sorted(names))
            draft.add(
                Reason.UNKNOWN_FIELD,
                (L.OTHER, row, L.OTHER_PATH),
                f"đường dẫn phải bắt đầu bằng một trong: {fields}",
            )
            continue
        try:
            value = _other_value(kind, raw)
        except CellError as exc:
            column = L.OTHER_TYPE if exc.code == Reason.INVALID_VALUE else L.OTHER_VALUE
            draft.add(exc.code, (L.OTHER, row, column), str(exc))
            continue
        choice = choice_field(L.DOC_MODELS[doc], path[1:]) if isinstance(value, str) else None
        if choice is not None and isinstance(value, str):
            value = choice_key(choice, value)
        d: L.Doc = doc
        node = trees.setdefault(d, {})
        parts = path[1:]
        for i in range(len(parts)):
            draft.place(d, tuple(_plain(p) for p in parts[: i + 1]), (L.OTHER, row, L.OTHER_VALUE))
        for part in parts[:-1]:
            child = node.get(part)
            if not isinstance(child, dict):
                child = node[part] = {}
            node = child
        if parts[-1] in node:
            draft.add(Reason.DUPLICATE_ROW, (L.OTHER, row, L.OTHER_PATH), "đường dẫn đã có ở dòng trên")
            continue
        node[parts[-1]] = value
    for d, tree in trees.items():
        draft.docs.setdefault(d, {}).update(_lists(tree))


def _plain(part: str) -> str | int:
    m = _INDEX.match(part)
    return int(m.group(1)) if m else part


def _lists(node: Any) -> Any:
    """Mappings whose keys are all `[i]` become lists in index order."""
    if not isinstance(node, dict):
        return node
    items = {k: _lists(v) for k, v in node.items()}
    if items and all(_INDEX.match(k) for k in items):
        return [items[k] for k in sorted(items, key=lambda k: int(k[1:-1]))]
    return items


def _other_value(kind: str, raw: Any) -> Any:
    if kind == L.T_NULL:
        return None
    if kind == L.T_LIST:
        return []
    if kind == L.T_MAP:
        return {}
    if kind == L.T_TEXT:
        return (
            ""
            if raw is None
            else (str(int(raw)) if isinstance(raw, float) and raw.is_integer() else str(raw))
        )
    if kind == L.T_NUMBER:
        try:
            number = parse_number(raw)
        except NotANumber as exc:
            raise CellError(Reason.NOT_A_NUMBER, f"'{raw}' không phải số") from exc
        return int(number) if number.is_integer() and not (isinstance(raw, str) and "," in raw) else number
    if kind == L.T_BOOL:
        leaf = Leaf(("x",), "bool", False)
        return from_cell(raw, leaf)
    raise CellError(Reason.INVALID_VALUE, f"“{L.OTHER_TYPE}” phải là một trong: {', '.join(L.OTHER_TYPES)}")


def read_workbook(path: Path, name: str) -> Draft:
    """The documents of a catalog workbook; InputError if it is not one at all."""
    sheets = open_sheets(path, name)
    missing = [s for s in L.REQUIRED if s not in sheets]
    if missing:
        listed = ", ".join(f"“{s}”" for s in sheets)
        raise InputError(
            [
                Problem(
                    code=Reason.UNKNOWN_SHEET,
                    file=name,
                    reason=f"không phải sổ bộ tiêu chí của cchc: thiếu trang tính “{s}” (tệp có: {listed}); "
                    "tạo sổ bằng lệnh cchc catalog export",
                )
                for s in missing
            ]
        )
    draft = Draft(name)
    _read_head(draft, sheets[L.HEAD])
    for spec in L.SHEETS:
        if spec.name in sheets:
            _read_sheet(draft, spec, sheets[spec.name])
    if L.OTHER in sheets:
        _read_other(draft, sheets[L.OTHER])
    plan = draft.docs.get("plan")
    if plan is not None and set(plan) <= {"targets"} and not plan.get("targets"):
        del draft.docs["plan"]  # an empty "Chỉ tiêu" sheet and no plan rows: no plan
    return draft
