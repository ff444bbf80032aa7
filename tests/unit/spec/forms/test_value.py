"""Value: the fact is the indicator; gaps on counts and yes/no facts in their own words."""

from __future__ import annotations

from tests.unit.spec.forms.helpers import FACTS, indicator, miss


def test_the_rule_passes_the_fact_on() -> None:
    (rule,) = indicator(value="sang_kien").rules("1.5", FACTS)
    assert rule.name == "indicator:1.5:value"
    (out,) = rule.derive({"a": {"kind": "fact", "name": "sang_kien", "period": "previous", "v": 2_000_000}})
    assert (out["period"], out["v"], out["source"]) == ("previous", 2_000_000, "computed")


def test_gaps_on_counts() -> None:
    ind = indicator(value="sang_kien")
    short = ind.gap(miss(1, ">=", 3), FACTS)
    assert short is not None and (short.value, short.sentence.endswith("thiếu 2 sáng kiến")) == (2.0, True)
    strict = ind.gap(miss(3, ">", 3), FACTS)
    assert strict is not None and strict.value == 1.0
    none = ind.gap(miss(2, "=", 0), FACTS)
    assert none is not None and none.sentence.endswith("chỉ tiêu: không có")
    over = ind.gap(miss(4, "<", 2), FACTS)
    assert over is not None and over.value == 3.0


def test_gaps_on_yes_no_and_the_generic_case() -> None:
    done = indicator(value="ke_hoach.ban_hanh").gap(miss(0, "=", 1), FACTS)
    assert done is not None and done.sentence == "chưa thực hiện: Ban hành kế hoạch"
    assert indicator(value="hai_long").gap(miss(80, ">=", 90), FACTS) is None
