"""The spec models seen as spreadsheet columns, derived by walking their fields.

No column is written by hand: a model's fields become leaves (`ratio.of`, `rule.previous.delta`),
nested models are flattened, and a union of models (a scale kind, an indicator form) contributes
the fields of every member. So a new field, scale kind or indicator form gets its column without
a change here. Each leaf knows how its cell is written and read back (decimal comma accepted,
Có/Không for yes/no, `a; b` for a list of words, YAML flow text for anything larger).
"""

from __future__ import annotations

import json
import types
import unicodedata
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union, get_args, get_origin, get_type_hints

import yaml
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from engine.core.numbers import NotANumber, parse_number
from engine.core.problems import Reason
from engine.spec.workbook.choices import key_of, word, words

Kind = Literal["text", "number", "integer", "bool", "words", "integers", "numbers", "yaml"]
YES, NO = "Có", "Không"
_TRUE = {"có", "x", "true", "đúng", "1", "yes"}
_FALSE = {"không", "false", "sai", "0", "no"}
LIST_SEP = "; "


@dataclass(frozen=True)
class Leaf:
    """One cell's worth of a model: its path below the item, how it is written, whether required."""

    path: tuple[str, ...]
    kind: Kind
    required: bool
    choices: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return ".".join(self.path)


class CellError(ValueError):
    """A cell that cannot become the value its column holds."""

    def __init__(self, code: Reason, message: str) -> None:
        super().__init__(message)
        self.code = code


def strip_optional(annotation: Any) -> Any:
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if _is_union(annotation):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return strip_optional(args[0])
    return annotation


def _is_union(annotation: Any) -> bool:
    return get_origin(annotation) in (Union, types.UnionType)


def variants(model: type[BaseModel]) -> list[type[BaseModel]]:
    """The concrete models a base model stands for: its subclasses defined in its own package
    (one module per scale kind or indicator form); the model itself when it has none."""
    package = model.__module__.rpartition(".")[0] + "."
    found: list[type[BaseModel]] = []
    pending = list(model.__subclasses__())
    while pending:
        sub = pending.pop(0)
        if sub.__module__.startswith(package) and sub not in found:
            found.append(sub)
        pending += sub.__subclasses__()
    return found or [model]


def models_in(annotation: Any) -> list[type[BaseModel]]:
    """The models an annotation holds directly (`X`, `X | None`, a union of models), else []."""
    annotation = strip_optional(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return variants(annotation)
    if _is_union(annotation):
        found = [m for a in get_args(annotation) for m in models_in(a)]
        scalars = [a for a in get_args(annotation) if a is not type(None) and not models_in(a)]
        return found if found and not scalars else []
    return []


def item_models(annotation: Any) -> list[type[BaseModel]]:
    """The models of the items of `list[X]` or the values of `dict[K, X]`."""
    annotation = strip_optional(annotation)
    args = get_args(annotation)
    if get_origin(annotation) is list and args:
        return models_in(args[0])
    if get_origin(annotation) is dict and len(args) == 2:
        return models_in(args[1])
    return []


def is_dict(annotation: Any) -> bool:
    return get_origin(strip_optional(annotation)) is dict


def head_leaf(annotation: Any) -> bool:
    """Whether a document field fits one cell of "Bộ tiêu chí" (a scalar or a list of words)."""
    return not models_in(annotation) and _leaf_kind(annotation)[0] != "yaml"


def _scalar_kind(annotation: Any) -> tuple[Kind, tuple[str, ...]] | None:
    annotation = strip_optional(annotation)
    if annotation is bool:
        return "bool", ()
    if annotation is int:
        return "integer", ()
    if annotation is float:
        return "number", ()
    if annotation is str:
        return "text", ()
    if get_origin(annotation) is Literal:
        values = get_args(annotation)
        if all(isinstance(v, str) for v in values):
            return "text", tuple(values)
        return None
    if _is_union(annotation):  # e.g. int | float
        kinds = {_scalar_kind(a) for a in get_args(annotation) if a is not type(None)}
        if kinds <= {("integer", ()), ("number", ())}:
            return "number", ()
    return None


def _leaf_kind(annotation: Any) -> tuple[Kind, tuple[str, ...]]:
    scalar = _scalar_kind(annotation)
    if scalar is not None:
        return scalar
    stripped = strip_optional(annotation)
    if get_origin(stripped) is list:
        (arg,) = get_args(stripped) or (Any,)
        inner = _scalar_kind(arg)
        if inner is not None and inner[0] == "text":
            return "words", ()
        if inner is not None and inner[0] in ("integer", "number"):
            return ("integers" if inner[0] == "integer" else "numbers"), ()
    return "yaml", ()


@dataclass(frozen=True)
class FieldOf:
    """A model field: the name its files use (the alias when there is one), its resolved type."""

    name: str
    annotation: Any
    info: FieldInfo


def field_items(model: type[BaseModel]) -> list[tuple[str, FieldOf]]:
    """A model's fields in declaration order, forward references resolved."""
    hints = get_type_hints(model, include_extras=True)
    out = []
    for name, info in model.model_fields.items():
        annotation = hints.get(name, info.annotation)
        out.append((info.alias or name, FieldOf(info.alias or name, annotation, info)))
    return out


def leaves(
    models: list[type[BaseModel]], prefix: tuple[str, ...] = (), skip: frozenset[str] = frozenset()
) -> list[Leaf]:
    """Every leaf of these models (merged by path, in declaration order), nested models flattened."""
    out: dict[tuple[str, ...], Leaf] = {}
    for model in models:
        for name, info in field_items(model):
            if name in skip and not prefix:
                continue
            path = (*prefix, name)
            nested = models_in(info.annotation)
            if nested:
                for leaf in leaves(nested, path):
                    out.setdefault(leaf.path, Leaf(leaf.path, leaf.kind, False, leaf.choices))
                continue
            kind, choices = _leaf_kind(info.annotation)
            required = info.info.is_required() and not prefix and len(models) == 1
            if path in out:
                old = out[path]
                out[path] = Leaf(path, old.kind, False, tuple(dict.fromkeys(old.choices + choices)))
            else:
                out[path] = Leaf(path, kind, required, choices)
    return list(out.values())


# -- writing -------------------------------------------------------------------------------------


def get_path(data: Any, path: tuple[str, ...]) -> Any:
    for part in path:
        if not isinstance(data, dict):
            return None
        data = data.get(part)
    return data


def to_cell(value: Any, leaf: Leaf) -> Any:
    """The cell a value is written as (None: an empty cell)."""
    if value is None:
        return None
    if leaf.kind == "bool":
        return YES if value else NO
    if leaf.kind in ("number", "integer"):
        return int(value) if isinstance(value, float) and value.is_integer() else value
    if leaf.kind == "words":
        if not value:
            return None
        if any(LIST_SEP.strip() in v or "\n" in v or not v.strip() for v in value):
            return flow(value)
        return LIST_SEP.join(value)
    if leaf.kind in ("integers", "numbers"):
        return LIST_SEP.join(_number_text(v) for v in value) if value else None
    if leaf.kind == "yaml":
        if value in ([], {}):
            return None
        return flow(value)
    if leaf.choices and isinstance(value, str):
        return word(leaf.path[-1], value)
    return value


def shown_choices(leaf: Leaf) -> tuple[str, ...]:
    """The words a fixed-choice column's drop-down offers."""
    return words(leaf.path[-1], leaf.choices)


def _number_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace(".", ",")


def flow(value: Any) -> str:
    """Compact JSON (which YAML reads): safe to parse back, never evaluated."""
    return json.dumps(value, ensure_ascii=False)


# -- reading -------------------------------------------------------------------------------------


def blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k): nfc(v) for k, v in value.items()}
    return value


def from_cell(cell: Any, leaf: Leaf) -> Any:
    """The value a (non-blank) cell holds for this leaf; CellError names what is wrong."""
    if isinstance(cell, str):
        cell = unicodedata.normalize("NFC", cell)
    if leaf.kind in ("number", "integer"):
        try:
            number = parse_number(cell)
        except NotANumber as exc:
            raise CellError(
                Reason.NOT_A_NUMBER, f"'{cell}' không phải số (dùng dấu phẩy thập phân: 2,5)"
            ) from exc
        if leaf.kind == "integer":
            if not number.is_integer():
                raise CellError(Reason.WRONG_TYPE, f"'{cell}' phải là số nguyên")
            return int(number)
        return int(number) if number.is_integer() and isinstance(cell, int) else number
    if leaf.kind == "bool":
        if isinstance(cell, bool):
            return cell
        word = str(cell).strip().lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
        raise CellError(Reason.WRONG_TYPE, f"'{cell}' phải là “{YES}” hoặc “{NO}”")
    if leaf.kind == "words":
        text = str(cell)
        if text.lstrip().startswith("["):
            return _parse_flow(text)
        return [p.strip() for p in text.split(LIST_SEP.strip()) if p.strip()]
    if leaf.kind in ("integers", "numbers"):
        one = Leaf(leaf.path, "integer" if leaf.kind == "integers" else "number", False)
        parts = [cell] if isinstance(cell, int | float) else str(cell).split(LIST_SEP.strip())
        return [from_cell(p.strip() if isinstance(p, str) else p, one) for p in parts if not blank(p)]
    if leaf.kind == "yaml":
        return _parse_flow(str(cell))
    if isinstance(cell, float) and cell.is_integer():
        cell = int(cell)
    text = str(cell)
    if leaf.choices:
        text = key_of(leaf.path[-1], text)
        if text not in leaf.choices:
            raise CellError(
                Reason.WRONG_TYPE,
                f"giá trị '{text}' không hợp lệ; chỉ nhận: {', '.join(shown_choices(leaf))}",
            )
    return text


def _parse_flow(text: str) -> Any:
    """JSON or YAML flow text → data (safe loader: plain data only, nothing executed)."""
    try:
        return nfc(yaml.safe_load(text))
    except yaml.YAMLError as exc:
        raise CellError(
            Reason.SYNTAX, 'ô phải là dữ liệu dạng JSON/YAML, ví dụ ["a", "b"] hoặc {khoá: giá trị}'
        ) from exc


def set_path(data: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    node = data
    for part in path[:-1]:
        node = node.setdefault(part, {})
    node[path[-1]] = value
