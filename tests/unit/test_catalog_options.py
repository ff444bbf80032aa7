"""Catalog settings a framework may use (rounding, total labels, zero-max criteria, 0/0 → full):
each refused where it cannot mean anything, and unused settings leave a catalog's digest alone."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from pydantic import ValidationError

from engine.core.digest import digest
from engine.spec.bundle import find_catalog
from engine.spec.catalog import Catalog, TotalLabels
from engine.spec.forms import parse_indicator

BASE: dict[str, Any] = {
    "id": "thu",
    "title": "Bộ thử",
    "year": 2025,
    "level": "xã",
    "source": "thử",
    "not_applicable_default": "full_points",
    "scales": {
        "ty_le": {
            "title": "× tỷ lệ",
            "kind": "linear",
            "zero_at": 0,
            "full_at": 100,
            "provisional": False,
            "source": "thử",
        },
        "muc": {
            "title": "mức",
            "kind": "bands",
            "bands": [{"min": 100, "share": 1}, {"share": 0}],
            "provisional": False,
            "source": "thử",
        },
    },
    "fields": [{"code": "A", "title": "Nhóm A"}],
    "criteria": [
        {"code": "A 1", "title": "một", "field": "A", "max": 6, "scale": "ty_le", "source": "thử"},
        {"code": "A 2", "title": "hai", "field": "A", "max": 0, "scale": "ty_le", "source": "thử"},
    ],
}


def catalog(**changes: Any) -> Catalog:
    data = copy.deepcopy(BASE)
    data.update(changes)
    return Catalog.model_validate(data)


def test_a_zero_max_criterion_is_allowed_but_not_a_negative_one() -> None:
    assert catalog().criterion("A 2").max == 0
    bad = copy.deepcopy(BASE["criteria"])
    bad[1]["max"] = -1
    with pytest.raises(ValidationError):
        catalog(criteria=bad)


def test_rounding_names_existing_fields_and_known_modes() -> None:
    assert catalog(rounding={"criterion": "half_up_2", "fields": {"A": "js_tofixed_2"}}).rounding is not None
    with pytest.raises(ValidationError, match="lĩnh vực 'B' không có"):
        catalog(rounding={"criterion": "half_up_2", "fields": {"B": "half_up_2"}})
    with pytest.raises(ValidationError):
        catalog(rounding={"criterion": "half_even_3"})


def test_js_tofixed_only_on_linear_scales_from_zero_with_an_exact_weight() -> None:
    bands = copy.deepcopy(BASE["criteria"])
    bands[0]["scale"] = "muc"
    with pytest.raises(ValidationError, match="thang tuyến tính từ 0"):
        catalog(criteria=bands, rounding={"criterion": "js_tofixed_2"})
    scales = copy.deepcopy(BASE["scales"])
    scales["ty_le"]["full_at"] = 30  # 6 × 100 / 30 = 20 is exact: fine
    assert catalog(scales=scales, rounding={"criterion": "js_tofixed_2"}).rounding is not None
    scales["ty_le"]["full_at"] = 70  # 600/70 has no exact double
    with pytest.raises(ValidationError, match="số nhị phân"):
        catalog(scales=scales, rounding={"criterion": "js_tofixed_2"})


def test_total_labels_best_first_the_last_takes_the_rest() -> None:
    labels = TotalLabels.model_validate(
        {
            "provisional": True,
            "source": "thử",
            "bands": [{"min": 70, "label": "Khá"}, {"min": 50, "label": "Trung bình"}, {"label": "Yếu/Kém"}],
        }
    )
    assert [labels.label_of(s) for s in (100, 70, 69.99, 50, 49.99, 0)] == [
        "Khá",
        "Khá",
        "Trung bình",
        "Trung bình",
        "Yếu/Kém",
        "Yếu/Kém",
    ]
    for bands in (
        [{"min": 50, "label": "a"}, {"min": 70, "label": "b"}, {"label": "c"}],
        [{"min": 50, "label": "a"}, {"min": 50, "label": "b"}],
        [{"min": 50, "label": "a"}],
    ):
        with pytest.raises(ValidationError):
            TotalLabels.model_validate({"provisional": True, "source": "thử", "bands": bands})


def test_zero_denominator_full_only_for_ratios() -> None:
    assert parse_indicator({"ratio": {"of": "a", "over": "b"}, "zero_denominator": "full"})
    with pytest.raises(ValidationError, match="chỉ dùng cho chỉ số dạng ratio"):
        parse_indicator({"value": "a", "zero_denominator": "full"})


def test_unused_settings_are_not_in_the_dump_so_digests_stay() -> None:
    dumped = find_catalog("par-so-nganh-2022").model_dump(mode="json")
    assert not {"rounding", "total_labels", "points_available"} & set(dumped)
    assert digest(dumped).startswith("sha256:")
    assert "rounding" in find_catalog("chi-so-766").model_dump(mode="json")
