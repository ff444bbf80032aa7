"""The registry reads each scale by the model its kind names; a bad kind is a located problem."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from engine.core.problems import Reason
from engine.core.validation import problems
from engine.spec.scales import KINDS, Scale, parse_scale
from engine.spec.scales.bands import BandsScale
from engine.spec.scales.linear import LinearScale

COMMON = {"title": "t", "provisional": True, "source": "s"}


class Holder(BaseModel):
    scales: dict[str, Scale]


def test_every_module_of_the_package_is_a_kind() -> None:
    assert {"bands": BandsScale, "linear": LinearScale} == KINDS


def test_a_scale_is_read_by_its_kinds_model_and_dumped_with_its_fields() -> None:
    held = Holder.model_validate({"scales": {"x": {**COMMON, "kind": "linear", "zero_at": 0, "full_at": 10}}})
    assert isinstance(held.scales["x"], LinearScale)
    assert held.model_dump(mode="json")["scales"]["x"]["full_at"] == 10


def test_the_dump_keeps_the_keys_every_scale_had_so_catalog_digests_do_not_move() -> None:
    bands = parse_scale({**COMMON, "kind": "bands", "bands": [{"share": 1}]}).model_dump(mode="json")
    linear = parse_scale({**COMMON, "kind": "linear", "zero_at": 0, "full_at": 1}).model_dump(mode="json")
    legacy = {"title", "kind", "bands", "zero_at", "full_at", "unit", "provisional", "source", "reasoning"}
    assert set(bands) == legacy and set(linear) == legacy
    assert parse_scale(bands).model_dump(mode="json") == bands
    assert parse_scale(linear).model_dump(mode="json") == linear


@pytest.mark.parametrize(
    ("entry", "where", "code"),
    [
        ({**COMMON, "kind": "steps"}, "scales.x.kind", Reason.WRONG_TYPE),
        (COMMON, "scales.x.kind", Reason.MISSING_FIELD),
        ({**COMMON, "kind": "linear", "zero_at": 0}, "scales.x.full_at", Reason.MISSING_FIELD),
        (
            {**COMMON, "kind": "bands", "bands": [{"share": 1}], "zero_at": 1},
            "scales.x.zero_at",
            Reason.UNKNOWN_FIELD,
        ),
        ("bands", "scales.x", Reason.WRONG_TYPE),
    ],
)
def test_a_bad_entry_is_a_problem_at_its_path(entry: object, where: str, code: Reason) -> None:
    with pytest.raises(ValidationError) as caught:
        Holder.model_validate({"scales": {"x": entry}})
    found = problems(caught.value, "catalog.yaml", None, Holder)
    assert [(p.where, p.code) for p in found] == [(where, code)]
    assert all("Input" not in p.reason and "Field" not in p.reason for p in found)
