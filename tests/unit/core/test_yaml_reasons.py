"""The YAML parser's complaints reach users in Vietnamese, still located by file and line."""

from __future__ import annotations

import re

import pytest

from engine.core.datafile import parse_text
from engine.core.problems import InputError, Problem, Reason

ENGLISH = re.compile(r"\b(expected|found|did not|not allowed|while|mapping|scanning|character)\b")


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        ("a: [1, 2\nb: 3\n", 2, "thiếu dấu ',' hoặc ']' trong danh sách [...] (mở ở dòng 1)"),
        ("a: {x: 1\nb: 2\n", 2, "thiếu dấu ',' hoặc '}' trong nhóm {...} (mở ở dòng 1)"),
        ("a: b: c\n", 1, "dấu ':' không được đặt ở đây"),
        ("a:\n\t- 1\n", 2, "ký tự tab"),
        ("a: 'x\n", 2, "thiếu dấu ngoặc đóng chuỗi (mở ở dòng 1)"),
        ('a: "x\\q"\n', 1, "ký tự thoát “\\q”"),
        ("- a\nb: 1\n", 2, "danh sách"),
        ("a: *x\n", 1, "bí danh YAML"),
        ("a:\n  - 1\n - 2\n", 3, "thụt lề không khớp"),
        ("a: @x\n", 1, "ký tự “@” không được mở đầu một giá trị"),
        ("a: 1\n---\nb: 2\n", 2, "nhiều tài liệu YAML"),
        ("a: |\n x\n\x07\n", 3, "ký tự điều khiển"),
        ("a: 1\n", None, None),
    ],
)
def test_a_syntax_error_is_said_in_vietnamese_at_its_line(
    text: str, line: int | None, says: str | None
) -> None:
    if says is None:
        assert parse_text(text, "t.yaml").data == {"a": 1}
        return
    with pytest.raises(InputError) as err:
        parse_text(text, "t.yaml")
    (p,) = err.value.problems
    assert p.code is Reason.SYNTAX and p.line == line
    assert says in p.reason and p.render().startswith(
        f"t.yaml:{line}, cột {p.char}: YAML/JSON không hợp lệ: "
    )
    assert not ENGLISH.search(p.reason), p.reason


@pytest.mark.parametrize(
    ("text", "line", "char"),
    [
        ("a: b: c\n", 1, 5),  # the second ':'
        ('ab: "x\\q"\n', 1, 7),  # the backslash
        ("unit: X\nfacts:\n  x: [1, 2\n  y: 3\n", 4, 4),
        ("a: |\n x\n\x07\n", 3, 1),  # a control character: the reader's position
        ('{"a": 1,, "b": 2}', 1, 9),  # JSON is read the same way
    ],
)
def test_a_syntax_error_names_its_column_as_an_editor_counts_it(text: str, line: int, char: int) -> None:
    with pytest.raises(InputError) as err:
        parse_text(text, "t.yaml")
    (p,) = err.value.problems
    assert (p.line, p.char) == (line, char)
    assert p.render().startswith(f"t.yaml:{line}, cột {char}: ")


def test_the_column_is_said_on_screen_but_not_added_to_the_summarys_problems() -> None:
    with pytest.raises(InputError) as err:
        parse_text("a: b: c\n", "t.yaml")
    (p,) = err.value.problems
    assert p.char == 5 and "char" not in p.model_dump(mode="json")
    assert "char" not in Problem.model_json_schema()["properties"]
