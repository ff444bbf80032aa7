"""Numbers as Vietnamese users write and read them (decimal comma, "98,92%").

Values reaching durable-rules are integers in millionths: its C JSON parser rejects
exponent forms and `Decimal`, and integer thresholds make boundaries exact.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from fractions import Fraction

MICRO = 1_000_000

_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)$")
# Vietnamese grouping: dots between thousands, a decimal comma ("1.850,5", "1.850.000")
_GROUPED = re.compile(r"^[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$")
# one dot, then exactly three digits: "1.250" is 1,25 (decimal point) or 1250 (Vietnamese grouping);
# a comma is always the decimal comma ("39,396 điểm")
_TWO_WAYS = re.compile(r"^[+-]?[1-9]\d{0,2}\.\d{3}$")
MAX_MAGNITUDE = 10**12  # beyond any count or amount an agency reports: a typo, or a hostile file


class NotANumber(ValueError):
    """The text is not a number in either decimal convention."""


class AmbiguousNumber(NotANumber):
    """The text reads as two different numbers ("1.250": 1,25 or 1250)."""


class TooLarge(NotANumber):
    """A magnitude no agency reports (above `MAX_MAGNITUDE`)."""


def _two_readings(text: str) -> AmbiguousNumber:
    head, tail = text.split(".")
    decimal = vi_number(float(f"{head}.{tail}"))
    grouped = head + tail
    return AmbiguousNumber(
        f"'{text}' đọc được hai cách: {decimal} (nếu dấu chấm là dấu thập phân) hoặc {grouped} "
        f"(nếu dấu chấm phân cách hàng nghìn); viết rõ {decimal} hoặc {grouped}"
    )


def parse_number(raw: object) -> float:
    """Read a number written with a decimal point or comma, with an optional trailing %.

    The Vietnamese grouped form is read ("1.850,5" = 1850,5; "1.850.000"); a comma is always
    the decimal comma. A value that reads two ways ("1.250": 1,25 or 1250) is refused naming
    both, unless it is a percentage ("98.917%": no rate is 98917%). Magnitudes above 10^12
    are refused.
    """
    if isinstance(raw, bool):
        raise NotANumber(f"{raw!r} là giá trị đúng/sai, không phải số")
    if isinstance(raw, int | float):
        if isinstance(raw, float) and not math.isfinite(raw):
            raise NotANumber(f"{raw!r} không phải số hữu hạn")
        return _bounded(raw)
    if not isinstance(raw, str):
        raise NotANumber(f"{raw!r} không phải số")
    stripped = raw.strip()
    percent = stripped.endswith("%")
    text = stripped.removesuffix("%").strip().replace("\u00a0", "").replace(" ", "")
    if _GROUPED.match(text) and not (text.count(".") == 1 and "," not in text):
        return _bounded(float(text.replace(".", "").replace(",", ".")))
    if _TWO_WAYS.match(text) and not percent:
        raise _two_readings(text)
    if not _NUMBER.match(text) or text.count(",") + text.count(".") > 1:
        raise NotANumber(
            f"'{raw}' không phải số (dùng dấu phẩy hoặc dấu chấm thập phân; hàng nghìn viết 1.850,5)"
        )
    return _bounded(float(text.replace(",", ".")))


def _bounded(value: float | int) -> float:
    if abs(value) > MAX_MAGNITUDE:
        shown = str(value) if isinstance(value, int) else f"{value:g}"
        raise TooLarge(f"{shown} vượt quá giới hạn 10^12 (không có số liệu nào lớn như vậy)")
    return float(value)


def decimals_written(raw: str) -> int:
    """How many decimals a number is written with ("98,92%" → 2)."""
    text = raw.strip().removesuffix("%").strip()
    for sep in (",", "."):
        if sep in text:
            return len(text.split(sep, 1)[1])
    return 0


def to_micro(value: float | int | Fraction) -> int:
    """Quantise to an integer count of millionths (half-even, exact for fractions)."""
    if isinstance(value, Fraction):
        return round(value * MICRO)
    try:
        dec = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    except InvalidOperation as exc:  # pragma: no cover - guarded by parse_number
        raise NotANumber(str(value)) from exc
    return int((dec * MICRO).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def from_micro(value: int) -> float:
    return value / MICRO


def round_report(value: float, places: int = 4) -> float:
    """Round for the report so that floats serialise the same way on every run."""
    rounded = round(value, places)
    return 0.0 if rounded == 0 else rounded


def round_beside(value: float, threshold: float | None, places: int = 4) -> float:
    """`round_report`, unless that lands on or past a threshold the value misses (or meets):
    then all six decimals the engine has, so the report never contradicts its verdict."""
    rounded = round_report(value, places)
    if threshold is None:
        return rounded
    same_side = (rounded > threshold) == (value > threshold) and (rounded < threshold) == (value < threshold)
    return rounded if same_side else round_report(value, 6)


def vi_number(value: float, places: int | None = None) -> str:
    """Format with a decimal comma; whole numbers lose their decimals unless asked."""
    if places is None:
        if float(value).is_integer():
            return f"{int(value)}"
        text = f"{value:.3f}".rstrip("0").rstrip(".")
    else:
        text = f"{value:.{places}f}"
    return text.replace(".", ",")
