"""The registry reads an indicator by its one form key; the dump keeps every legacy key."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from engine.core.problems import Reason
from engine.core.validation import problems
from engine.spec.forms import FORMS, Indicator, parse_indicator


class Holder(BaseModel):
    indicators: dict[str, Indicator]


def test_every_module_of_the_package_is_a_form() -> None:
    assert sorted(FORMS) == ["all_of", "change", "ratio", "value"]
    assert all(name == model.FORM for name, model in FORMS.items())


@pytest.mark.parametrize(
    "data",
    [
        {"ratio": {"of": "a", "over": "b"}, "direct": "c", "unit": "%"},
        {"value": "a"},
        {"all_of": ["a", "b"]},
        {"change": {"fact": "a", "unit": "pp"}},
    ],
)
def test_the_dump_reads_back_and_keeps_the_keys_rules_digests_are_made_of(data: dict[str, object]) -> None:
    dumped = parse_indicator(data).model_dump(mode="json")
    assert {"ratio", "value", "all_of", "change", "direct", "unit", "gap_unit"} <= set(dumped)
    assert parse_indicator(dumped).model_dump(mode="json") == dumped


@pytest.mark.parametrize(
    ("entry", "where", "code"),
    [
        ({"unit": "%"}, "indicators.x", Reason.INVALID),
        ({"value": "a", "all_of": ["b"]}, "indicators.x", Reason.INVALID),
        ({"value": "a", "direct": "b"}, "indicators.x.direct", Reason.UNKNOWN_FIELD),
        ({"ratio": {"of": "a"}}, "indicators.x.ratio.over", Reason.MISSING_FIELD),
        ({"change": {"fact": "a", "unit": "lần"}}, "indicators.x.change.unit", Reason.WRONG_TYPE),
        ({"all_of": []}, "indicators.x.all_of", Reason.OUT_OF_RANGE),
    ],
)
def test_a_bad_indicator_is_a_problem_at_its_path(entry: dict[str, object], where: str, code: Reason) -> None:
    with pytest.raises(ValidationError) as caught:
        Holder.model_validate({"indicators": {"x": entry}})
    found = problems(caught.value, "rules.yaml", None, Holder)
    assert [(p.where, p.code) for p in found] == [(where, code)]
