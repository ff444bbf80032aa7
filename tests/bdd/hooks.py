"""pytest-bdd hooks for the Vietnamese scenarios: where each step is, unknown phrases, -k by file.

- before a scenario/step: tell the scenario state which feature file, scenario and step run,
  so failures point at the line the team wrote;
- an unknown phrase fails with the closest known phrases (difflib), not a Python trace;
- every scenario gets its feature file's name as a keyword, so `pytest -k linh-vuc-3` runs
  one file's scenarios;
- the tag `@chờ_sửa` marks a scenario that states the right behaviour while the engine is
  still wrong: an expected failure, strict, so it turns red once the engine is fixed and the
  tag must be removed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytest_bdd.parser import Feature, Scenario, Step
from pytest_bdd.scenario import scenario_wrapper_template_registry
from pytest_bdd.utils import registry_get_safe

from tests.bdd.phrases import PHRASES, closest
from tests.bdd.state import Place, ScenarioState


def _shown_path(feature: Feature, config: pytest.Config) -> str:
    path = Path(feature.filename)
    try:
        return path.relative_to(config.rootpath).as_posix()
    except ValueError:
        return path.as_posix()


def pytest_bdd_before_scenario(request: pytest.FixtureRequest, feature: Feature, scenario: Scenario) -> None:
    state: ScenarioState = request.getfixturevalue("scenario_state")
    state.feature_file = Path(feature.filename)
    state.feature_shown = _shown_path(feature, request.config)
    state.scenario = scenario.name


def pytest_bdd_before_step(request: pytest.FixtureRequest, step: Step) -> None:
    state: ScenarioState = request.getfixturevalue("scenario_state")
    state.step = Place(step.line_number, f"{step.keyword.strip()} {step.name}")
    state.row_lines = [row.location.line for row in step.datatable.rows] if step.datatable else []


def pytest_bdd_step_func_lookup_error(
    request: pytest.FixtureRequest, feature: Feature, scenario: Scenario, step: Step
) -> None:
    near = closest(step.name) or PHRASES
    lines = [
        f"Không hiểu bước: {step.keyword.strip()} {step.name}",
        f"  ({_shown_path(feature, request.config)}, dòng {step.line_number}, kịch bản “{scenario.name}”)",
        "Các câu gần nhất mà công cụ hiểu:" if near is not PHRASES else "Các câu mà công cụ hiểu:",
        *(f"  • {p.shown}" for p in near),
        "Danh sách đầy đủ các câu: features/README.md",
    ]
    pytest.fail("\n".join(lines), pytrace=False)


PENDING_FIX_TAG = "chờ_sửa"


def pytest_bdd_apply_tag(tag: str, function: Callable[..., object]) -> bool | None:
    if tag != PENDING_FIX_TAG:
        return None
    pytest.mark.xfail(
        strict=True,
        reason="@chờ_sửa: kịch bản mô tả đúng yêu cầu nhưng công cụ chưa làm đúng; "
        "khi công cụ đã sửa, hãy bỏ thẻ này",
    )(function)
    return True


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        template = registry_get_safe(scenario_wrapper_template_registry, getattr(item, "function", None))
        if template is not None:
            item.extra_keyword_matches.add(Path(template.feature.filename).stem)
