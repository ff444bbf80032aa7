"""Small pure pieces: numbers, scales, gap arithmetic, data files."""

from __future__ import annotations

from fractions import Fraction

import pytest
from pydantic import ValidationError

from engine.core.datafile import parse_text
from engine.core.numbers import NotANumber, decimals_written, parse_number, to_micro, vi_number
from engine.core.problems import InputError
from engine.spec.gaps import needed_numerator
from engine.spec.scales import Scale


@pytest.mark.parametrize(
    ("raw", "value"),
    [("8,6", 8.6), ("98,92%", 98.92), (" 12 ", 12.0), (7, 7.0), ("0.5", 0.5), (",5", 0.5)],
)
def test_parse_number_accepts_both_decimal_marks(raw: object, value: float) -> None:
    assert parse_number(raw) == value


@pytest.mark.parametrize("raw", ["1.250,5", "abc", "", True, float("nan"), "1,2,3"])
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


def _scale(**kw: object) -> Scale:
    base = {"title": "t", "kind": "bands", "provisional": True, "source": "s"}
    return Scale.model_validate(base | kw)


def test_band_ranges_are_exclusive_and_cover_everything() -> None:
    s = _scale(bands=[{"min": 100, "share": 1}, {"min": 95, "share": 0.5}, {"share": 0}])
    assert [s.share_of(v)[0] for v in (100, 99.99, 95, 94.999, -5)] == [1, 0.5, 0.5, 0, 0]
    lower = _scale(bands=[{"max": 0, "share": 1}, {"share": 0}])
    assert [lower.share_of(v)[0] for v in (0, 1)] == [1, 0]
    touching = _scale(bands=[{"above": 0, "share": 1}, {"min": 0, "share": 0.5}, {"share": 0}])
    assert [touching.share_of(v)[0] for v in (0.1, 0, -0.1)] == [1, 0.5, 0]


@pytest.mark.parametrize(
    "bands",
    [
        [{"min": 95, "share": 0.5}, {"min": 100, "share": 1}, {"share": 0}],  # wrong order
        [{"min": 100, "share": 1}, {"max": 5, "share": 0}, {"share": 0}],  # mixed direction
        [{"min": 100, "share": 1}],  # no catch-all band
        [{"min": 100, "share": 1.5}, {"share": 0}],  # share above 1
    ],
)
def test_bad_scales_are_refused(bands: list[dict[str, float]]) -> None:
    with pytest.raises(ValidationError):
        _scale(bands=bands)


def test_linear_scale_clamps() -> None:
    s = _scale(kind="linear", zero_at=0, full_at=10)
    assert [s.share_of(v)[0] for v in (-1, 5, 12)] == [0, 0.5, 1]


def test_needed_numerator_holds_the_denominator() -> None:
    assert needed_numerator(Fraction(21), Fraction(50), ">=", Fraction(50)) == 4
    assert needed_numerator(Fraction(25), Fraction(50), ">", Fraction(50)) == 1
    assert needed_numerator(Fraction(9), Fraction(10), ">=", Fraction(200)) is None


def test_datafile_keeps_lines_and_refuses_duplicates() -> None:
    doc = parse_text("a:\n  b: 1\n  c: 2\n", "x.yaml")
    assert doc.line_of(("a", "c")) == 3
    with pytest.raises(InputError) as err:
        parse_text("a: 1\nb: 2\na: 3\n", "x.yaml")
    assert err.value.problems[0].line == 3
