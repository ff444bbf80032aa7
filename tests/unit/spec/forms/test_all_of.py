"""All of: the share done, and what is still lacking by label."""

from __future__ import annotations

from engine.spec.forms import Miss
from tests.unit.spec.forms.helpers import FACTS, indicator

NAMES = ["ke_hoach.ban_hanh", "ke_hoach.bao_cao"]


def test_the_rule_joins_every_fact_of_one_period_and_names_what_is_lacking() -> None:
    (rule,) = indicator(all_of=NAMES, unit="%").rules("1.2", FACTS)
    assert [alias for alias, _ in rule.patterns] == ["p0", "p1"]
    done = {"kind": "fact", "period": "current", "v": 1_000_000}
    (out,) = rule.derive({"p0": done, "p1": {**done, "v": 0}})
    assert (out["v"], out["lacking"]) == (50_000_000, "ke_hoach.bao_cao")


def test_the_gap_lists_the_labels() -> None:
    gap = indicator(all_of=NAMES).gap(Miss(50, ">=", 100, "50%", "50% < 100", lacking=NAMES[1:]), FACTS)
    assert gap is not None and gap.sentence == "thực hiện 50%, còn thiếu: Báo cáo kế hoạch"
    assert gap.value == 1.0
    assert indicator(all_of=NAMES).missing({"ke_hoach.ban_hanh": True}, {}) == ["ke_hoach.bao_cao"]
