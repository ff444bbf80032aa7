"""What every scale kind provides, whatever its shape: the common fields and four answers.

A kind (one module of this package) is a pydantic model with `kind: Literal["<name>"]` that
says, for an indicator value:
- `share_of(value)`: its definition — the share of the item's maximum a value earns, on exact
  numbers, written as plainly as the methodology states it;
- `score_rules()`: the same scale as durable-rules score rules — integer conditions on the
  indicator value in millionths, one rule per band (or one for a continuous scale), each
  with the label the report and its explanation show;
- `share(rule, v, nudge)`: the share once `rule` has matched the value `v + nudge` (millionths);
- `boundaries()`: the values where the share jumps or bends, for tests and review.
The rules decide the band; `select` finds, by the same integer conditions, which rule a
value other than the indicator (a target's threshold) would match.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from pydantic import BaseModel, ConfigDict

from engine.core.compare import Bound, op
from engine.core.numbers import MICRO

Micro = int
"""An indicator value as the rules see it: an integer count of millionths."""


def exact(value: float) -> Fraction:
    """A bound written in a data file, as the decimal it was written as (0.1 is 1/10)."""
    return Fraction(repr(value))


def on_micro_grid(value: float) -> bool:
    """Whether a bound is a whole number of millionths, so the rules test it exactly."""
    return (exact(value) * MICRO).denominator == 1


@dataclass(frozen=True)
class ScoreRule:
    """One compiled score rule: `score:<scale id>:<name>`."""

    name: str
    conditions: tuple[tuple[Bound, Micro], ...]  # on the indicator value; all must hold
    band: int  # the band's index; -1 on a continuous scale (no band to show)
    label: str

    def matches(self, v: Micro) -> bool:
        return all(op(sym).holds(v, bound) for sym, bound in self.conditions)


class ScaleBase(BaseModel):
    """A named scale. `provisional` scales are not from the official methodology."""

    model_config = ConfigDict(extra="forbid")

    title: str
    kind: str
    unit: str = ""
    provisional: bool
    source: str
    reasoning: str = ""

    def share_of(self, value: Fraction) -> Fraction:
        raise NotImplementedError

    def score_rules(self) -> list[ScoreRule]:
        raise NotImplementedError

    def share(self, rule: ScoreRule, v: Micro, nudge: Micro = 0) -> Fraction:
        """The share once `rule` matched `v + nudge` (a continuous kind computes from both)."""
        raise NotImplementedError

    def boundaries(self) -> list[Fraction]:
        raise NotImplementedError

    def select(self, v: Micro) -> ScoreRule:
        """The score rule that matches `v` (the rules' conditions are exclusive and cover every value)."""
        hits = [r for r in self.score_rules() if r.matches(v)]
        assert len(hits) == 1, (self.title, v, hits)
        return hits[0]

    def share_at(self, v: Micro, nudge: Micro = 0) -> Fraction:
        """The share the score rules give `v + nudge` (a threshold nudged to meet a strict target)."""
        return self.share(self.select(v + nudge), v, nudge)
