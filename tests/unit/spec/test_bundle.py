"""One bundle per evaluation: declarations loaded once, a catalog built in memory scores."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import engine.spec.bundle as bundle_module
from engine.core.problems import InputError, Reason
from engine.scoring import report_json, score, score_file
from engine.spec.bundle import MEMORY, Bundle, Library
from engine.spec.catalog import Catalog
from engine.spec.plan import Plan
from engine.spec.rulebook import Rulebook
from evidence.load import evidence_from_data
from tests.unit.conftest import EXAMPLE


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """How often each declaration is parsed, starting from an empty loader cache."""
    monkeypatch.setattr(bundle_module, "_cache", {})
    counts = {"load_catalog": 0, "load_rulebook": 0, "load_plan": 0}
    for name in counts:
        real = getattr(bundle_module, name)

        def counted(*args: Any, _real: Any = real, _name: str = name) -> Any:
            counts[_name] += 1
            return _real(*args)

        monkeypatch.setattr(bundle_module, name, counted)
    yield counts


def test_one_score_loads_each_declaration_once(calls: dict[str, int]) -> None:
    first = score_file(EXAMPLE)
    assert calls == {"load_catalog": 1, "load_rulebook": 1, "load_plan": 1}
    assert report_json(score_file(EXAMPLE)) == report_json(first)
    assert calls == {"load_catalog": 1, "load_rulebook": 1, "load_plan": 1}  # same files, same content


def test_the_loader_cache_follows_content_not_id(tmp_path: Any, calls: dict[str, int]) -> None:
    import shutil

    from engine.spec import resources

    data = tmp_path / "data"
    shutil.copytree(resources.data_root() / "rules", data / "rules")
    lib = Library(resources.search_path([str(data)], env=""))
    catalog = lib.catalog("par-so-nganh-2022")[0]
    lib.rulebook(catalog)
    assert calls["load_rulebook"] == 1
    rules = data / "rules" / "par-so-nganh-2022.yaml"
    rules.write_text(rules.read_text("utf-8") + "\n# đổi\n", "utf-8")
    lib.rulebook(catalog)
    assert calls["load_rulebook"] == 2


def small_bundle(plan: bool = False) -> Bundle:
    catalog = Catalog.model_validate(
        {
            "id": "thu-nho",
            "title": "Bộ tiêu chí thử",
            "year": 2024,
            "level": "sở",
            "source": "dựng trong bài kiểm thử",
            "not_applicable_default": "full_points",
            "scales": {
                "ty_le": {
                    "title": "từ 90% → tối đa, từ 50% → một nửa",
                    "kind": "bands",
                    "bands": [{"min": 90, "share": 1}, {"min": 50, "share": 0.5}, {"share": 0}],
                    "provisional": False,
                    "source": "thử",
                },
                "co_khong": {
                    "title": "có → tối đa",
                    "kind": "bands",
                    "bands": [{"min": 100, "share": 1}, {"share": 0}],
                    "provisional": False,
                    "source": "thử",
                },
            },
            "fields": [{"code": "I", "title": "Lĩnh vực thử"}],
            "criteria": _criteria(),
            "facts": {
                "ho_so.tong": {"label": "Tổng hồ sơ", "type": "count"},
                "ho_so.dung_han": {"label": "Hồ sơ đúng hạn", "type": "count"},
                "ke_hoach.ban_hanh": {"label": "Đã ban hành kế hoạch", "type": "boolean"},
            },
        }
    )
    rulebook = Rulebook.model_validate(
        {
            "catalog": "thu-nho",
            "indicators": {
                "1.1": {"ratio": {"of": "ho_so.dung_han", "over": "ho_so.tong"}, "unit": "%"},
                "1.2": {"all_of": ["ke_hoach.ban_hanh"], "unit": "%"},
            },
        }
    )
    the_plan = (
        Plan.model_validate(
            {
                "id": "ke-hoach-thu",
                "title": "Kế hoạch thử",
                "catalog": "thu-nho",
                "year": 2024,
                "unit": "Sở thử",
                "source": "thử",
                "targets": {
                    "1.1": {"text": "đúng hạn 100%", "source": "thử", "rule": {"compare": ">=", "value": 100}}
                },
            }
        )
        if plan
        else None
    )
    return Bundle.from_models(catalog, rulebook, the_plan)


def _criteria() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = [
        {"code": "1", "title": "Nhóm", "field": "I"},
        {"code": "1.1", "title": "Đúng hạn", "field": "I", "parent": "1", "max": 2, "scale": "ty_le"},
        {"code": "1.2", "title": "Có kế hoạch", "field": "I", "parent": "1", "max": 1, "scale": "co_khong"},
    ]
    return [r | {"source": "thử"} for r in rows]


def _evidence(bundle: Bundle, **facts: Any) -> Any:
    data = {
        "unit": "Sở thử",
        "year": 2024,
        "catalog": "thu-nho",
        "plan": bundle.plan.id if bundle.plan else None,
    }
    return evidence_from_data(data | {"facts": facts}, library=Library.holding(bundle))


def test_a_catalog_built_in_memory_scores() -> None:
    bundle = small_bundle()
    full = score(_evidence(bundle, ho_so={"tong": 10, "dung_han": 10}, ke_hoach={"ban_hanh": True}), bundle)
    assert (full.total.score, full.total.max) == (3, 3)
    half = score(_evidence(bundle, ho_so={"tong": 10, "dung_han": 6}, ke_hoach={"ban_hanh": False}), bundle)
    assert half.total.score == 1
    assert {r.code: r.score for r in half.criteria} == {"1.1": 1, "1.2": 0}
    assert full.catalog.source == full.rules.source == MEMORY and full.plan is None


def test_a_plan_built_in_memory_sets_targets() -> None:
    bundle = small_bundle(plan=True)
    report = score(_evidence(bundle, ho_so={"tong": 10, "dung_han": 9}, ke_hoach={"ban_hanh": True}), bundle)
    assert report.plan is not None and report.plan.source == MEMORY
    assert [s.code for s in report.shortfalls] == ["1.1"]


def test_a_bundle_built_in_memory_is_cross_checked() -> None:
    good = small_bundle()
    broken = good.rulebook.model_copy(update={"indicators": {"1.1": good.rulebook.indicators["1.1"]}})
    with pytest.raises(InputError) as exc:
        Bundle.from_models(good.catalog, broken)
    assert "1.2" in exc.value.problems[0].reason


def test_a_bundle_is_frozen_and_its_digests_follow_content() -> None:
    bundle = small_bundle()
    with pytest.raises(AttributeError):
        bundle.plan = None  # type: ignore[misc]
    assert small_bundle().catalog_digest == bundle.catalog_digest
    changed = bundle.catalog.model_copy(update={"title": "khác"})
    assert Bundle.from_models(changed, bundle.rulebook).catalog_digest != bundle.catalog_digest


def test_an_unknown_catalog_names_its_reason() -> None:
    with pytest.raises(InputError) as exc:
        Library().bundle("khong-co")
    assert exc.value.problems[0].code == Reason.UNKNOWN_CATALOG


def test_matching_finds_declarations_by_digest_and_says_why_not() -> None:
    library = Library()
    shipped = library.bundle("par-so-nganh-2022", "gia-lai-bqlkkt-2022")
    ids = ("par-so-nganh-2022", shipped.catalog_digest, shipped.rules_digest, "gia-lai-bqlkkt-2022")
    found = library.matching(*ids, shipped.plan_digest)
    assert (found.catalog_digest, found.rules_digest, found.plan_digest) == (
        shipped.catalog_digest,
        shipped.rules_digest,
        shipped.plan_digest,
    )
    assert found.catalog_source == "shipped"
    # a plan whose digest matches nowhere is left out; a catalog or rules digest is required
    assert library.matching(*ids, "sha256:khac").plan is None
    with pytest.raises(InputError) as caught:
        library.matching("par-so-nganh-2022", "sha256:khac", shipped.rules_digest)
    assert "có nội dung khác" in caught.value.problems[0].reason
    with pytest.raises(InputError) as caught:
        library.matching("par-so-nganh-2022", shipped.catalog_digest, "sha256:khac")
    assert "không có quy tắc" in caught.value.problems[0].reason
    with pytest.raises(InputError) as caught:
        library.matching("khong-co", "sha256:x", "sha256:y")
    assert caught.value.problems[0].code == Reason.UNKNOWN_CATALOG
