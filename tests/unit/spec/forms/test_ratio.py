"""Ratio: 100 × of / over; a direct rate as fallback; zero denominators as the data says."""

from __future__ import annotations

from fractions import Fraction

from engine.core.numbers import MICRO
from engine.spec.forms.ratio import needed_numerator
from tests.unit.spec.forms.helpers import FACTS, indicator, miss

RATIO = {"ratio": {"of": "ho_so.dung_han", "over": "ho_so.tong"}, "unit": "%"}


def fact(name: str, v: float, period: str = "current") -> dict[str, object]:
    return {"kind": "fact", "name": name, "period": period, "v": round(v * MICRO)}


def test_the_rule_computes_exact_percent_with_its_counts() -> None:
    rules = indicator(**RATIO).rules("3.4.1", FACTS)
    assert [r.name for r in rules] == ["indicator:3.4.1:ratio", "na:3.4.1:zero"]
    (out,) = rules[0].derive({"a": fact("ho_so.dung_han", 1217), "b": fact("ho_so.tong", 1230)})
    assert out["v"] == 98_943_089 and (out["num"], out["den"]) == (1217 * MICRO, 1230 * MICRO)
    (na,) = rules[1].derive({})
    assert na == {"kind": "na", "code": "3.4.1", "reason": "Hồ sơ đã giải quyết bằng 0"}


def test_zero_denominator_policies_and_a_direct_fallback() -> None:
    zero = indicator(**RATIO, zero_denominator="zero", direct="ho_so.ty_le").rules("c", FACTS)
    assert [r.name for r in zero] == ["indicator:c:ratio", "indicator:c:direct", "indicator:c:zero"]
    (declared,) = zero[1].derive({"a": fact("ho_so.ty_le", 97.5)})
    assert (declared["source"], declared["v"]) == ("direct", 97_500_000)
    assert zero[2].derive({})[0]["v"] == 0
    none = indicator(**RATIO, zero_denominator="missing_evidence").rules("c", FACTS)
    assert [r.name for r in none] == ["indicator:c:ratio"]


def test_what_the_report_says_it_lacked_and_used() -> None:
    ind = indicator(**RATIO, direct="ho_so.ty_le")
    assert ind.missing({"ho_so.tong": 5}, {}) == ["ho_so.dung_han"]
    assert ind.missing({"ho_so.ty_le": 97.0}, {}) == []
    assert ind.uncomputable({"ho_so.dung_han": 0, "ho_so.tong": 0}, {}, FACTS) == [
        "Hồ sơ đã giải quyết bằng 0, không tính được tỷ lệ"
    ]
    given = {"ho_so.dung_han": 3, "ho_so.tong": 4, "ho_so.ty_le": 75.0}
    assert ind.inputs(given, "computed") == {"ho_so.dung_han": 3, "ho_so.tong": 4}
    assert ind.inputs(given, "direct") == {"ho_so.ty_le": 75.0}
    assert ind.detail({"ho_so.dung_han": 3, "ho_so.tong": 4}, "computed") == " (3/4)"
    assert "khai trực tiếp" in ind.detail({"ho_so.ty_le": 75.0}, "direct")


def test_the_gap_counts_what_is_still_needed_at_the_same_denominator() -> None:
    ind = indicator(**RATIO)
    gap = ind.gap(miss(98.94, ">=", 100, num=1217, den=1230), FACTS)
    assert gap is not None and (gap.value, gap.unit) == (13.0, "hồ sơ")
    assert gap.sentence.endswith("cần thêm 13 hồ sơ")
    nothing = ind.gap(miss(0, ">=", 100, num=0, den=0), FACTS)
    assert nothing is not None and "bằng 0" in nothing.sentence
    assert ind.gap(miss(5, "<=", 1, num=5, den=100), FACTS) is None  # the generic distance


def test_counts_that_contradict_each_other_are_named() -> None:
    ind = indicator(**RATIO, direct="ho_so.ty_le")
    assert [n for n, _ in ind.inconsistencies({"ho_so.dung_han": 5, "ho_so.tong": 4}, "c")] == [
        "ho_so.dung_han"
    ]
    given = {"ho_so.dung_han": 3, "ho_so.tong": 4, "ho_so.ty_le": 80.0}
    assert [n for n, _ in ind.inconsistencies(given, "c")] == ["ho_so.ty_le"]


def test_needed_numerator_holds_the_denominator() -> None:
    assert needed_numerator(Fraction(21), Fraction(50), ">=", Fraction(50)) == 4
    assert needed_numerator(Fraction(25), Fraction(50), ">", Fraction(50)) == 1
    assert needed_numerator(Fraction(9), Fraction(10), ">=", Fraction(200)) is None
