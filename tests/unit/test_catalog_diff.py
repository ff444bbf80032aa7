"""`engine.spec.diff`: each kind of change between two methodologies, one line with both values."""

from __future__ import annotations

from typing import Any

from engine.spec.bundle import Library
from engine.spec.catalog import Catalog
from engine.spec.diff import diff, diff_bundles
from engine.spec.plan import Plan
from engine.spec.rulebook import Rulebook

CATALOG, PLAN = "par-so-nganh-2022", "gia-lai-bqlkkt-2022"


def _shipped() -> tuple[Catalog, Rulebook, Plan]:
    bundle = Library.from_env().bundle(CATALOG, PLAN)
    assert bundle.plan is not None
    return bundle.catalog, bundle.rulebook, bundle.plan


def _edited(model: Any, change: Any) -> Any:
    data = model.model_dump(mode="json", by_alias=True)
    change(data)
    return type(model).model_validate(data)


def _criterion(data: dict[str, Any], code: str) -> dict[str, Any]:
    found: dict[str, Any] = next(c for c in data["criteria"] if c["code"] == code)
    return found


def test_the_same_catalog_has_no_changes() -> None:
    catalog, rules, plan = _shipped()
    result = diff(catalog, catalog, rules, rules, plan, plan)
    assert result.same and result.lines() == []
    assert result.old.catalog_digest == result.new.catalog_digest


def test_maximum_title_move_and_scale_of_a_criterion() -> None:
    catalog, _, _ = _shipped()

    def change(d: dict[str, Any]) -> None:
        c = _criterion(d, "TCTP 3.4.1")
        c["max"] = 2.5
        c["title"] = "Tỷ lệ hồ sơ giải quyết đúng hạn"
        c["scale"] = "day_du"
        c["parent"] = "TC 3.3"

    new = _edited(catalog, change)
    lines = diff(catalog, new).lines()
    old_title = catalog.criterion("TCTP 3.4.1").title
    assert lines == [
        "TCTP 3.4.1: chuyển lĩnh vực III, thuộc TC 3.4 → lĩnh vực III, thuộc TC 3.3",
        f"TCTP 3.4.1: đổi tên “{old_title}” → “Tỷ lệ hồ sơ giải quyết đúng hạn”",
        "TCTP 3.4.1: điểm tối đa 1 → 2,5",
        "TCTP 3.4.1: thang điểm ty_le_100_95 → day_du",
    ]


def test_added_removed_and_recoded_criteria_with_their_rules() -> None:
    catalog, rules, _ = _shipped()
    title = catalog.criterion("TC 1.5").title

    def change(d: dict[str, Any]) -> None:
        _criterion(d, "TC 1.5")["code"] = "TC 1.9"
        d["criteria"] = [c for c in d["criteria"] if c["code"] != "TC 1.6"]
        d["criteria"].append(
            {
                "code": "TC 1.8",
                "title": "Tiêu chí mới",
                "field": "I",
                "max": 2,
                "scale": "hoan_thanh",
                "source": "x",
            }
        )

    def rules_change(d: dict[str, Any]) -> None:
        d["indicators"]["TC 1.9"] = d["indicators"].pop("TC 1.5")
        d["indicators"]["TC 1.8"] = d["indicators"].pop("TC 1.6")

    new, new_rules = _edited(catalog, change), _edited(rules, rules_change)
    lines = diff(catalog, new, rules, new_rules).lines()
    assert "TC 1.9: đổi mã TC 1.5 → TC 1.9" in lines
    assert "TC 1.8: thêm tiêu chí “Tiêu chí mới”, điểm tối đa 2, thang điểm hoan_thanh" in lines
    assert any(line.startswith("TC 1.6: bỏ tiêu chí") for line in lines)
    assert not any("TC 1.9: chỉ số" in line for line in lines)  # the re-coded criterion's rule is unchanged
    assert title  # the re-coding was found by its unchanged title


def test_bands_formulas_facts_and_targets() -> None:
    catalog, rules, plan = _shipped()

    def scale(d: dict[str, Any]) -> None:
        d["scales"]["ty_le_100_95"]["bands"][1]["min"] = 90
        d["facts"]["dossiers.received"]["label"] = "Hồ sơ nhận"

    def formula(d: dict[str, Any]) -> None:
        d["indicators"]["TC 1.1"]["zero_denominator"] = "missing_evidence"

    def target(d: dict[str, Any]) -> None:
        d["targets"]["TC 1.1"]["rule"]["value"] = 95

    result = diff(
        catalog, _edited(catalog, scale), rules, _edited(rules, formula), plan, _edited(plan, target)
    )
    lines = result.lines()
    assert any(
        line.startswith("Thang điểm ty_le_100_95: mức 2: từ (≥) 95 → 90 (dùng cho TC 1.1") for line in lines
    )
    assert "TC 1.1: chỉ số, khi mẫu số bằng 0 zero → missing_evidence" in lines
    assert "TC 1.1: chỉ tiêu, giá trị 100 → 95" in lines
    assert "Minh chứng dossiers.received: tên Số hồ sơ tiếp nhận trong năm → Hồ sơ nhận" in lines
    band = next(c for c in result.changes if c.kind == "scale_changed")
    assert (band.old, band.new) == (95, 90) and "TCTP 3.4.1" in band.affects


def test_bundles_of_two_catalogs() -> None:
    lib = Library.from_env()
    result = diff_bundles(lib.bundle("pci-2021"), lib.bundle("pci-2022"))
    assert result.old.catalog == "pci-2021" and result.new.catalog == "pci-2022"
    assert any(c.kind == "max" for c in result.changes)


def test_every_plan_level_change_is_one_line_with_both_values() -> None:
    """A plan of the next year (year, unit, editions, policies, score targets changed) is not
    "no change" because only the targets were compared."""
    catalog, rules, plan = _shipped()

    def change(d: dict[str, Any]) -> None:
        d["year"] = 2023
        d["years"] = [2022, 2023]
        d["unit"] = "Ban Quản lý Khu kinh tế tỉnh Gia Lai (mới)"
        d["editions"] = {"2022": CATALOG}
        d["policies"] = ["91-kl-tu"]
        total = {"text": "Tổng điểm từ 80", "source": "thử", "rule": {"compare": ">=", "value": 80}}
        d["score_targets"] = {"total": total}
        first = next(iter(d["targets"]))
        d["targets"][first]["text"] = "Chỉ tiêu mới"

    new = _edited(plan, change)
    result = diff(catalog, catalog, rules, rules, plan, new)
    lines = result.lines()
    assert "Kế hoạch: năm kế hoạch 2022 → 2023" in lines
    assert "Kế hoạch: các năm của kế hoạch (không có) → 2022; 2023" in lines
    assert f"Kế hoạch: đơn vị {plan.unit} → Ban Quản lý Khu kinh tế tỉnh Gia Lai (mới)" in lines
    assert f"Kế hoạch: bộ tiêu chí theo năm › 2022 (không có) → {CATALOG}" in lines
    assert "Kế hoạch: chính sách áp dụng 1 › mã (không có) → 91-kl-tu" in lines
    assert "Kế hoạch: chỉ tiêu điểm › total › nguyên văn (không có) → Tổng điểm từ 80" in lines
    first = next(iter(plan.targets))
    assert any(line.startswith(f"{first}: chỉ tiêu,") and "Chỉ tiêu mới" in line for line in lines)
    assert {c.kind for c in result.changes} == {"plan", "target"}
    assert result.old.plan_digest != result.new.plan_digest
