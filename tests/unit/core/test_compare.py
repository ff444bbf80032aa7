"""The operator table: negation and converse agree with evaluation, exactly, on every pair."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from engine.core.compare import COMPARES, OPERATORS, holds, op

exact = st.one_of(st.integers(-(10**9), 10**9), st.fractions(max_denominator=10**6))


@given(exact, exact, st.sampled_from(sorted(OPERATORS)))
def test_negation_and_converse_agree_with_evaluation(a: Fraction, b: Fraction, sym: str) -> None:
    o = op(sym)
    assert o.negated.holds(a, b) is not o.holds(a, b)
    assert o.conversed.holds(b, a) is o.holds(a, b)


@pytest.mark.parametrize("sym", sorted(OPERATORS))
def test_the_table_is_closed_and_consistent(sym: str) -> None:
    o = op(sym)
    assert o.negated.negated is o and o.conversed.conversed is o
    assert o.strict is (not o.holds(1, 1)) or sym == "≠"
    assert (o.sense == "up") is (o.holds(2, 1) and not o.holds(1, 2))
    assert (o.sense == "down") is (o.holds(1, 2) and not o.holds(2, 1))


def test_exact_boundaries_do_not_round() -> None:
    third = Fraction(1, 3)
    assert holds(third, ">=", third) and not holds(third, ">", third)
    assert holds(Fraction(333_333, 1_000_000), "<", third)


def test_data_files_write_five_operators_and_the_durable_pattern() -> None:
    assert COMPARES == (">=", ">", "=", "<=", "<")
    assert op(">=").pattern("v", 5) == {"$gte": {"v": 5}}
    assert op("=").pattern("v", 5) == {"v": 5}
    assert op("≠").pattern("v", {"i": "v"}) == {"$neq": {"v": {"i": "v"}}}


def test_words_and_shown_symbols() -> None:
    assert [op(s).word for s in (">=", ">", "<=", "<")] == ["từ", "trên", "không quá", "dưới"]
    assert [op(s).negated.shown for s in COMPARES] == ["<", "≤", "≠", ">", "≥"]
