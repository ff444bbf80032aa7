"""Values as the team writes them in a `Thì` step, compared at the precision written.

"98,92%" matches 98.9166… and "0,5" matches 0.5: the actual value, rounded to the decimals
written, equals the written value. A percentage is compared at two decimals at least, as
reports write rates: "100%" does not match 99,96% (2499/2500). A value exactly halfway
(0.5 against "1" or "0") does not match either neighbour: otherwise "được 1 điểm" would
pass for half a point. Booleans in an indicator read as 1/0 ("có" / "không").
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from engine.core.numbers import NotANumber, decimals_written, parse_number

PERCENT_PLACES = 2
_BOOLEAN = {"có": 1.0, "đúng": 1.0, "true": 1.0, "không": 0.0, "sai": 0.0, "false": 0.0}


@dataclass(frozen=True)
class Written:
    """An expected number and how many decimals it was written with."""

    text: str
    value: float
    decimals: int

    def matches(self, actual: float) -> bool:
        half_step = Decimal(5).scaleb(-self.decimals - 1)
        return abs(_exact(actual) - _exact(self.value)) < half_step


def shown(value: float) -> str:
    """A number in full with a decimal comma: 98,9166; 0,5; 10."""
    return format(_exact(value).normalize(), "f").replace(".", ",")


def _exact(value: float) -> Decimal:
    return Decimal(repr(float(value)))


def written(text: str, booleans: bool = False) -> Written:
    """Read an expected value; ValueError with a Vietnamese reason when it is not a number."""
    raw = text.strip().strip('"').strip()
    if booleans and raw.casefold() in _BOOLEAN:
        return Written(raw, _BOOLEAN[raw.casefold()], 0)
    try:
        places = decimals_written(raw)
        if raw.endswith("%"):
            places = max(places, PERCENT_PLACES)
        return Written(raw, parse_number(raw), places)
    except NotANumber as exc:
        raise ValueError(f"'{raw}' không phải là số (viết như 1, 0,5 hoặc 98,92%)") from exc
