"""argparse in Vietnamese: usage, help, section titles and every usage error.

argparse looks its messages up through gettext (`argparse._`, `argparse.ngettext`), and no
Vietnamese catalogue ships with Python; the messages are translated here instead, without
gettext files. A usage error still exits 2, its message on stderr.
"""

from __future__ import annotations

import argparse
from typing import Any

MESSAGES: dict[str, str] = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số vị trí",
    "optional arguments": "tuỳ chọn",
    "options": "tuỳ chọn",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "show program's version number and exit": "hiện phiên bản của chương trình rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "unrecognized arguments: %s": "tham số không nhận ra: %s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "expected one argument": "cần đúng một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "giá trị %(value)r không hợp lệ",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tuỳ chọn %(option)s không rõ, có thể là: %(matches)s"
    ),
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "not allowed with argument %s": "không dùng được cùng tham số %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "ignored explicit argument %r": "giá trị %r bị bỏ qua",
    "unexpected option string: %s": "tuỳ chọn không mong đợi: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "không có lệnh %(parser_name)r (các lệnh: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    'argument "-" with mode %r': 'tham số "-" với chế độ %r',
    "%r is not callable": "%r không gọi được",
    "dest= is required for options like %r": "tuỳ chọn như %r cần dest=",
    "invalid conflict_resolution value: %r": "conflict_resolution không hợp lệ: %r",
    "conflicting option string: %s": "tuỳ chọn bị trùng: %s",
    "conflicting option strings: %s": "các tuỳ chọn bị trùng: %s",
    "mutually exclusive arguments must be optional": "các tham số loại trừ nhau phải là tuỳ chọn",
    "cannot have multiple subparser arguments": "không thể có nhiều nhóm lệnh con",
    "conflicting subparser: %s": "lệnh con bị trùng: %s",
    "conflicting subparser alias: %s": "tên khác của lệnh con bị trùng: %s",
}

PLURALS: dict[str, tuple[str, str]] = {
    "expected %s argument": ("cần %s giá trị", "cần %s giá trị"),
    "ambiguous option: %(option)s could match %(matches)s": (
        "tuỳ chọn %(option)s không rõ, có thể là: %(matches)s",
        "tuỳ chọn %(option)s không rõ, có thể là: %(matches)s",
    ),
}

TYPE_NAMES: dict[str, str] = {"int": "số nguyên", "float": "số"}


def translate(message: str) -> str:
    """argparse's English message → Vietnamese (an unknown message is left as is)."""
    return MESSAGES.get(message, message)


def translate_plural(singular: str, plural: str, n: int) -> str:
    forms = PLURALS.get(singular)
    if forms is None:
        return translate(singular if n == 1 else plural)
    return forms[0] if n == 1 else forms[1]


def install() -> None:
    """Make argparse look its messages up here; idempotent."""
    setattr(argparse, "_", translate)  # noqa: B010 - argparse's module-level gettext hook
    setattr(argparse, "ngettext", translate_plural)  # noqa: B010


install()


class ArgumentParser(argparse.ArgumentParser):
    """argparse's parser, speaking Vietnamese; a value of the wrong type names what was expected."""

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError:
            expected = TYPE_NAMES.get(getattr(action.type, "__name__", ""))
            if expected is None:
                raise
            raise argparse.ArgumentError(action, f"'{arg_string}' không phải {expected}") from None
