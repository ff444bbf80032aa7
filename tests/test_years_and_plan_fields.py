"""Generic catalog/plan fields added for multi-year methodologies and plans that state weights."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from engine.core.problems import Reason
from engine.core.validation import problems
from engine.spec.bundle import find_catalog
from engine.spec.catalog import Catalog
from engine.spec.plan import Plan


def refused(model: type[Catalog] | type[Plan], data: dict[str, Any]) -> set[tuple[str, Reason]]:
    """(key path, reason code) of every problem the model finds in the data."""
    with pytest.raises(ValidationError) as err:
        model.model_validate(data)
    return {(p.where, p.code) for p in problems(err.value, "f.yaml")}


def _catalog(**changes: Any) -> dict[str, Any]:
    data = find_catalog("pci-2021").model_dump()
    data.update(changes)
    return data


def test_catalog_years_must_contain_its_own_year() -> None:
    assert refused(Catalog, _catalog(years=[2022, 2023], assumed_years={})) == {("year", Reason.CROSS_CHECK)}


def test_assumed_years_must_be_years_the_catalog_applies_to() -> None:
    assert refused(Catalog, _catalog(assumed_years={2030: "?"})) == {
        ("assumed_years.2030", Reason.CROSS_CHECK)
    }


def test_published_total_fact_must_exist() -> None:
    data = _catalog()
    data["published_total"] = {"fact": "pci.nope", "tolerance": 0.05, "rank_fact": "pci.rank_nope"}
    assert refused(Catalog, data) == {
        ("published_total.fact", Reason.CROSS_CHECK),
        ("published_total.rank_fact", Reason.CROSS_CHECK),
    }


def test_catalog_without_years_applies_to_its_year_only() -> None:
    par = find_catalog("par-so-nganh-2022")
    assert par.applies_to(2022) and not par.applies_to(2021)
    pci = find_catalog("pci-2021")
    assert [y for y in range(2019, 2027) if pci.applies_to(y)] == [2021]
    pci22 = find_catalog("pci-2022")
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
    assert refused(Plan, _plan(years=[2025, 2026])) == {("years.1", Reason.CROSS_CHECK)}
    assert refused(Plan, _plan(years=[2023, 2024])) == {("year", Reason.CROSS_CHECK)}
    assert refused(Plan, _plan(years=[2024, 2026, 2027])) == {
        ("year", Reason.CROSS_CHECK),
        ("years.1", Reason.CROSS_CHECK),
        ("years.2", Reason.CROSS_CHECK),
    }
    assert Plan.model_validate(_plan()).applies_to(2025)


def test_stated_weight_is_a_percentage() -> None:
    with pytest.raises(ValidationError):
        Plan.model_validate(_plan(stated_weights={"PCI 1": {"percent": 120, "text": "x", "source": "x"}}))
