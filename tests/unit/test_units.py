"""Small pure pieces: numbers, gap arithmetic, data files."""

from __future__ import annotations

from fractions import Fraction

import pytest

from engine.core.datafile import parse_text
from engine.core.numbers import NotANumber, decimals_written, parse_number, to_micro, vi_number
from engine.core.problems import InputError


@pytest.mark.parametrize(
    ("raw", "value"),
    [("8,6", 8.6), ("98,92%", 98.92), (" 12 ", 12.0), (7, 7.0), ("0.5", 0.5), (",5", 0.5)],
)
def test_parse_number_accepts_both_decimal_marks(raw: object, value: float) -> None:
    assert parse_number(raw) == value


@pytest.mark.parametrize("raw", ["1,250.5", "abc", "", True, float("nan"), "1,2,3", "1.25.0"])
def test_parse_number_refuses(raw: object) -> None:
    with pytest.raises(NotANumber):
        parse_number(raw)


def test_decimals_written_and_vi_number() -> None:
    assert decimals_written("98,92%") == 2
    assert decimals_written("7") == 0
    assert vi_number(42.0, 1) == "42,0"
    assert vi_number(0.865) == "0,865"
    assert vi_number(3.0) == "3"


def test_to_micro_is_exact_at_boundaries() -> None:
    assert to_micro(Fraction(95, 100) * 100) == 95_000_000
    assert to_micro(0.95 * 100) == 95_000_000
    assert to_micro(1e-7) == 0


def test_datafile_keeps_lines_and_refuses_duplicates() -> None:
    doc = parse_text("a:\n  b: 1\n  c: 2\n", "x.yaml")
    assert doc.line_of(("a", "c")) == 3
    with pytest.raises(InputError) as err:
        parse_text("a: 1\nb: 2\na: 3\n", "x.yaml")
    assert err.value.problems[0].line == 3
