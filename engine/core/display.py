"""Numbers as the screen and every report writer show them: one rule, in one place.

Official reports write rates with two decimals ("99,68%"). A shown value must never sit on
the other side of its target from the true value: 2499/2500 is "99,96%", never "100%" beside
"chưa đạt"; when two decimals are not enough, as many as it takes are shown ("99,996%").
Targets read as the plan means them ("≥ 100%", "= 0", "> 8,6 điểm", "≥ năm trước + 2 điểm %"),
and a change vs last year is shown with the precision of the value it changes.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from engine.core.compare import OPERATORS

RATE_PLACES = 2
MOST_PLACES = 6  # values reach the engine in millionths: more decimals say nothing new

SYMBOL = {symbol: o.shown for symbol, o in OPERATORS.items()}  # ">=" → "≥" (engine.core.compare)


def _exact(value: float) -> Decimal:
    return Decimal(repr(float(value)))


def _rounded(value: float, places: int) -> Decimal:
    return _exact(value).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _sign(x: Decimal) -> int:
    return (x > 0) - (x < 0)


def places_beside(value: float, threshold: float | None, places: int) -> int:
    """The fewest decimals (at least `places`) at which the shown value compares to the
    threshold as the true value does: never rounded onto or past a target it misses."""
    if threshold is None:
        return places
    true_side = _sign(_exact(value) - _exact(threshold))
    for p in range(places, MOST_PLACES + 1):
        if _sign(_rounded(value, p) - _exact(threshold)) == true_side:
            return p
    return MOST_PLACES


def fixed(value: float, places: int) -> str:
    """`value` with exactly `places` decimals and a decimal comma (half up, as people round)."""
    text = format(_rounded(value, places), "f")
    if text.startswith("-") and _rounded(value, places) == 0:
        text = text[1:]
    return text.replace(".", ",")


def trimmed(value: float, most: int = 3) -> str:
    """A plain number: whole numbers without decimals, others with at most `most` decimals."""
    text = fixed(value, most)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return "0" if text in ("-0", "") else text


def rate(value: float, threshold: float | None = None) -> str:
    """A rate in percent: "99,68%"; more decimals when two would cross the target."""
    return fixed(value, places_beside(value, threshold, RATE_PLACES)) + "%"


def quantity(value: float, unit: str, threshold: float | None = None) -> str:
    """An indicator value in its unit: a rate ("97,32%"), a count ("2"), a score ("6,83 điểm")."""
    if unit == "%":
        return rate(value, threshold)
    text = trimmed(value)
    if threshold is not None and places_beside(value, threshold, 0) > 3:
        text = fixed(value, places_beside(value, threshold, 3))
    return text + (f" {unit}" if unit else "")


def change(value: float, unit: str) -> str:
    """A change vs last year with the precision of the value: "+8,00" beside "+2,60" for rates."""
    text = fixed(value, RATE_PLACES) if unit == "%" else trimmed(value)
    return text if text.startswith("-") or _rounded(value, RATE_PLACES) == 0 else "+" + text


def target(
    compare: str,
    value: float | None,
    unit: str,
    delta: float | None = None,
    delta_unit: str | None = None,
) -> str:
    """A target as the plan means it: "≥ 100%", "= 0", "> 8,6 điểm", "≥ năm trước + 2 điểm %"."""
    op = SYMBOL.get(compare, compare)
    if value is not None:
        tail = "%" if unit == "%" else (f" {unit}" if unit else "")
        return f"{op} {trimmed(value)}{tail}"
    if not delta:
        return f"{op} năm trước"
    words = "điểm %" if delta_unit == "pp" else "%"
    sign = "+" if delta > 0 else "−"
    return f"{op} năm trước {sign} {trimmed(abs(delta))} {words}"
