"""Generic catalog/plan fields added for multi-year methodologies and plans that state weights."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from engine.spec.catalog import Catalog, load_catalog
from engine.spec.plan import Plan


def _catalog(**changes: Any) -> dict[str, Any]:
    data = load_catalog("pci-2021").model_dump()
    data.update(changes)
    return data


def test_catalog_years_must_contain_its_own_year() -> None:
    with pytest.raises(ValidationError, match="phải nằm trong 'years'"):
        Catalog.model_validate(_catalog(years=[2022, 2023], assumed_years={}))


def test_assumed_years_must_be_years_the_catalog_applies_to() -> None:
    with pytest.raises(ValidationError, match="assumed_years: năm 2030"):
        Catalog.model_validate(_catalog(assumed_years={2030: "?"}))


def test_published_total_fact_must_exist() -> None:
    data = _catalog()
    data["published_total"] = {"fact": "pci.nope", "tolerance": 0.05}
    with pytest.raises(ValidationError, match=r"published_total: minh chứng 'pci\.nope' không có"):
        Catalog.model_validate(data)


def test_catalog_without_years_applies_to_its_year_only() -> None:
    par = load_catalog("par-so-nganh-2022")
    assert par.applies_to(2022) and not par.applies_to(2021)
    pci = load_catalog("pci-2021")
    assert [y for y in range(2019, 2027) if pci.applies_to(y)] == [2021]
    pci22 = load_catalog("pci-2022")
    assert [y for y in range(2019, 2027) if pci22.applies_to(y)] == [2022, 2023, 2024, 2025]


def _plan(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": "x",
        "title": "x",
        "catalog": "pci-2021",
        "year": 2025,
        "unit": "x",
        "source": "x",
        "targets": {},
    }
    data.update(changes)
    return data


def test_plan_years_end_at_the_plan_year() -> None:
    plan = Plan.model_validate(_plan(years=[2023, 2024, 2025]))
    assert plan.applies_to(2023) and not plan.applies_to(2026)
    with pytest.raises(ValidationError, match="không được sau năm của kế hoạch"):
        Plan.model_validate(_plan(years=[2025, 2026]))
    with pytest.raises(ValidationError, match="phải nằm trong 'years'"):
        Plan.model_validate(_plan(years=[2023, 2024]))
    assert Plan.model_validate(_plan()).applies_to(2025)


def test_stated_weight_is_a_percentage() -> None:
    with pytest.raises(ValidationError):
        Plan.model_validate(_plan(stated_weights={"PCI 1": {"percent": 120, "text": "x", "source": "x"}}))
