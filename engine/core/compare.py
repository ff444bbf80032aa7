"""The comparison operators (phép so sánh), defined once: symbol, Vietnamese words, evaluation.

Targets, scale bands, not-applicable conditions, consistency checks and rating rules all
compare a value with a bound. Each operator is one row of `OPERATORS`: how data files
write it, how a sentence says it, its negation and converse (to turn "indicator OP
threshold" into a condition on either side), the durable-rules operator that tests it,
and its evaluation on exact numbers (ints, Fractions; the engine never compares floats it
has not quantised). `≠` is not written in data files; it exists as the negation of `=`.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Literal

Compare = Literal[">=", ">", "=", "<=", "<"]
"""What a data file may write (a target, a condition, a constraint)."""

Bound = Literal[">=", ">", "<=", "<"]
"""An operator with a direction: a scale band's bound."""

Exact = int | Fraction


@dataclass(frozen=True)
class Operator:
    symbol: str
    shown: str  # as a sentence prints it ("≥" rather than ">=")
    word: str  # "từ 95%", "trên 0", "không quá 2", "dưới 50%"
    negation: str  # the symbol of "not (a OP b)"
    converse: str  # the symbol with "a OP b ⇔ b CONVERSE a"
    durable: str | None  # the durable-rules operator for "field OP value"; None: equality
    sense: Literal["up", "down", "none"]  # whether meeting it asks for higher or lower values
    strict: bool
    test: Callable[[Any, Any], bool]

    def holds(self, left: Exact, right: Exact) -> bool:
        """`left OP right`, exactly."""
        return bool(self.test(left, right))

    def pattern(self, field: str, value: Any) -> dict[str, Any]:
        """The durable-rules condition "fact.field OP value" (value may be a join reference)."""
        return {field: value} if self.durable is None else {self.durable: {field: value}}

    @property
    def negated(self) -> Operator:
        return OPERATORS[self.negation]

    @property
    def conversed(self) -> Operator:
        return OPERATORS[self.converse]


OPERATORS: dict[str, Operator] = {
    o.symbol: o
    for o in (
        Operator(">=", "≥", "từ", "<", "<=", "$gte", "up", False, operator.ge),
        Operator(">", ">", "trên", "<=", "<", "$gt", "up", True, operator.gt),
        Operator("=", "=", "bằng", "≠", "=", None, "none", False, operator.eq),
        Operator("≠", "≠", "khác", "=", "≠", "$neq", "none", False, operator.ne),
        Operator("<=", "≤", "không quá", ">", ">=", "$lte", "down", False, operator.le),
        Operator("<", "<", "dưới", ">=", ">", "$lt", "down", True, operator.lt),
    )
}
COMPARES: tuple[Compare, ...] = (">=", ">", "=", "<=", "<")


def op(symbol: str) -> Operator:
    """The operator a data file wrote (already validated as `Compare` or `Bound`)."""
    return OPERATORS[symbol]


def holds(left: Exact, symbol: str, right: Exact) -> bool:
    return OPERATORS[symbol].holds(left, right)
