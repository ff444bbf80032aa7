"""pydantic's validation errors → located Problems in Vietnamese.

pydantic writes English ("Field required", "Input should be …") that the reform office
cannot act on. Every loader of a user or data file sends its `ValidationError` here: each
error type gets its stable reason code and a Vietnamese sentence, the key path is kept
and the line is looked up from the parsed file.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from typing import Any, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails, PydanticCustomError

from engine.core.problems import Problem, Reason

Loc = tuple[str | int, ...]
Lines = Mapping[Loc, int]

CROSS_CHECK = "cross_check"
"""Error type of a model's cross-checks: `checks` in its context lists (path, reason) pairs."""


def cross_check_error(checks: list[tuple[Loc, str]]) -> PydanticCustomError:
    """One error carrying every failed cross-check of a model, each with its own path.

    A model validator raises it; `problems` below turns each check into its own Problem
    (pydantic keeps only one error per validator, so the checks travel together).
    """
    message = "; ".join(reason for _, reason in checks)
    return PydanticCustomError(CROSS_CHECK, "{message}", {"message": message, "checks": checks})


def _bound(ctx: Mapping[str, Any], key: str) -> str:
    value = ctx.get(key)
    return f"{value:g}" if isinstance(value, float) else str(value)


def _got(err: ErrorDetails) -> str:
    """ " (nhận 'x')" for a scalar input; nothing for a mapping or list."""
    value = err.get("input")
    if isinstance(value, dict | list | BaseModel):
        return ""
    return f" (nhận {value!r})" if isinstance(value, str) else f" (nhận {value})"


def _value(err: ErrorDetails) -> str:
    value = err.get("input")
    return f" {value:g}" if isinstance(value, float) else f" {value}" if isinstance(value, int) else ""


def _choices(err: ErrorDetails) -> str:
    expected = str(err.get("ctx", {}).get("expected", ""))
    return expected.replace(" or ", " hoặc ")


_TYPES: dict[str, str] = {
    "int": "số nguyên",
    "float": "số",
    "bool": "giá trị đúng/sai (true/false)",
    "string": "chuỗi chữ",
    "list": "danh sách",
    "tuple": "danh sách",
    "set": "danh sách",
    "dict": "bảng khoá: giá trị",
    "model": "bảng khoá: giá trị",
    "date": "ngày (yyyy-mm-dd)",
    "datetime": "ngày giờ",
    "decimal": "số",
}


def _type_name(kind: str) -> str | None:
    for suffix in ("_type", "_parsing", "_from_datetime_parsing", "_from_datetime_inexact"):
        if kind.endswith(suffix):
            stem = kind.removesuffix(suffix)
            if stem.startswith("int"):
                stem = "int"
            return _TYPES.get(stem)
    return None


_RANGE: dict[str, str] = {
    "greater_than": "phải lớn hơn {gt}",
    "greater_than_equal": "phải từ {ge} trở lên",
    "less_than": "phải nhỏ hơn {lt}",
    "less_than_equal": "không được quá {le}",
    "multiple_of": "phải là bội số của {multiple_of}",
}

_LENGTH: dict[str, str] = {
    "too_short": "cần ít nhất {min_length} phần tử",
    "too_long": "chỉ được nhiều nhất {max_length} phần tử",
    "string_too_short": "cần ít nhất {min_length} ký tự",
    "string_too_long": "chỉ được nhiều nhất {max_length} ký tự",
}


def _field_names(model: type[BaseModel] | None, loc: Loc) -> list[str]:
    """The fields declared where `loc` points (for "did you mean"), or [] if unknown."""
    current: Any = model
    key_next = False  # the part after a dict field is a key, not a field
    for part in loc[:-1]:
        if isinstance(part, int) or key_next:
            key_next = False
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return []
        field = current.model_fields.get(part)
        if field is None:
            return []
        key_next = _is_dict(field.annotation)
        current = _model_in(field.annotation)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [f.alias or name for name, f in current.model_fields.items()]
    return []


def _title(model: type[BaseModel] | None, loc: Loc) -> str | None:
    """The Vietnamese `title` the model gives the field at `loc` (`Field(title="tên đơn vị")`)."""
    if not loc or not isinstance(loc[-1], str):
        return None
    parent: Any = model
    key_next = False
    for part in loc[:-1]:
        if isinstance(part, int) or key_next:
            key_next = False
            continue
        field = (
            parent.model_fields.get(part)
            if isinstance(parent, type) and issubclass(parent, BaseModel)
            else None
        )
        if field is None:
            return None
        key_next = _is_dict(field.annotation)
        parent = _model_in(field.annotation)
    if not (isinstance(parent, type) and issubclass(parent, BaseModel)):
        return None
    field = parent.model_fields.get(loc[-1])
    return field.title if field is not None else None


def _is_dict(annotation: Any) -> bool:
    """`dict[…]`, also inside `X | None`."""
    origin = get_origin(annotation)
    return origin is dict or (origin is not None and any(_is_dict(a) for a in get_args(annotation)))


def _model_in(annotation: Any) -> Any:
    """The model inside `X | None`, `list[X]`, `dict[str, X]`; the annotation itself otherwise."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in reversed(getattr(annotation, "__args__", ())):
        found = _model_in(arg)
        if isinstance(found, type) and issubclass(found, BaseModel):
            return found
    return None


def translate(err: ErrorDetails, model: type[BaseModel] | None = None) -> tuple[Reason, str]:
    """One pydantic error → its reason code and a Vietnamese message (never pydantic's English)."""
    kind = err["type"]
    ctx: Mapping[str, Any] = err.get("ctx", {})
    loc = tuple(err["loc"])
    title = _title(model, loc)
    if kind == "missing":
        return Reason.MISSING_FIELD, f"thiếu {title}" if title else "thiếu trường bắt buộc"
    if kind == "string_too_short" and ctx.get("min_length") == 1:
        # Empty required text: say what is missing, not how many characters it needs.
        return Reason.MISSING_VALUE, f"thiếu {title} (để trống)" if title else "không được để trống"
    if kind == "extra_forbidden":
        name = str(loc[-1]) if loc else ""
        close = difflib.get_close_matches(name, _field_names(model, loc), n=1, cutoff=0.6)
        hint = f" (có phải ý bạn là '{close[0]}'?)" if close else ""
        return Reason.UNKNOWN_FIELD, f"trường không được khai báo{hint}"
    if kind in ("literal_error", "enum"):
        return Reason.WRONG_TYPE, f"giá trị{_got(err)} không hợp lệ; chỉ nhận: {_choices(err)}"
    if kind in _RANGE:
        bounds = {key: _bound(ctx, key) for key in ctx}
        return (
            Reason.OUT_OF_RANGE,
            f"giá trị{_value(err)} ngoài khoảng cho phép: {_RANGE[kind].format(**bounds)}",
        )
    if kind in _LENGTH:
        bounds = {key: _bound(ctx, key) for key in ctx}
        return Reason.OUT_OF_RANGE, _LENGTH[kind].format(**bounds)
    if kind in ("value_error", "assertion_error", CROSS_CHECK):
        # Our validators' messages are already Vietnamese; pydantic prefixes "Value error, ".
        message = str(ctx.get("error", err["msg"])) if kind != CROSS_CHECK else str(ctx["message"])
        code = Reason.CROSS_CHECK if kind == CROSS_CHECK else Reason.INVALID
        return code, message
    if kind in ("int_from_float", "float_finite_number", "finite_number"):
        return Reason.WRONG_TYPE, f"phải là số nguyên hữu hạn{_got(err)}"
    if kind == "date_from_datetime_inexact" or kind.startswith("date_"):
        value = err.get("input")
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            return Reason.NOT_A_DATE, f"ngày “{value.strip()}” không có thật"  # 2022-02-30
        return Reason.NOT_A_DATE, f"phải là ngày dạng yyyy-mm-dd{_got(err)}"
    if kind.startswith("union_tag") or kind == "model_attributes_type":
        return Reason.WRONG_TYPE, "phải là bảng khoá: giá trị"
    type_name = _type_name(kind)
    if type_name is not None:
        code = Reason.NOT_A_NUMBER if type_name in ("số", "số nguyên") else Reason.WRONG_TYPE
        return code, f"phải là {type_name}{_got(err)}"
    return Reason.INVALID, f"giá trị không hợp lệ{_got(err)} (lỗi kiểm tra '{kind}')"


def line_of(lines: Lines | None, loc: Loc) -> int | None:
    """The line of `loc`, or of its nearest ancestor the file records."""
    if not lines:
        return None
    probe = loc
    while probe and probe not in lines:
        probe = probe[:-1]
    return lines.get(probe)


def problems(
    exc: ValidationError,
    file: str | Callable[[Loc], str],
    lines: Lines | None = None,
    model: type[BaseModel] | None = None,
) -> list[Problem]:
    """Every error of `exc` as a Problem: reason code, `tệp:dòng [đường.dẫn]`, Vietnamese message.

    `file` may map a path to the file that holds it (a catalog split over several files);
    `lines` then holds each file's lines under the same top-level keys.
    """
    out: list[Problem] = []
    for err in exc.errors(include_url=False):
        base: Loc = tuple(err["loc"])
        ctx = err.get("ctx", {})
        located: list[tuple[Loc, Reason, str]]
        if err["type"] == CROSS_CHECK:
            located = [((*base, *path), Reason.CROSS_CHECK, reason) for path, reason in ctx["checks"]]
        else:
            located = [(base, *translate(err, model))]
        for loc, code, reason in located:
            out.append(
                Problem(
                    code=code,
                    file=file(loc) if callable(file) else file,
                    where=".".join(str(p) for p in loc),
                    line=line_of(lines, loc),
                    reason=reason,
                )
            )
    return out
