"""Policies (people rules a plan adopts) are found like catalogs and plans: user data first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from engine.core.problems import InputError, Reason
from engine.scoring import score_file
from engine.spec import resources
from engine.spec.bundle import Library
from engine.spec.resources import DataDir

SHIPPED = resources.data_root()
EXAMPLE = Path(__file__).resolve().parents[3] / "evidence" / "examples" / "van-phong-bqlkkt-2023.yaml"
PLAN = "van-phong-bqlkkt-91-kl-tu"


def policy_text(new_id: str = "91-kl-tu", threshold: int = 10) -> str:
    text = (SHIPPED / "criteria" / "policies" / "91-kl-tu.yaml").read_text("utf-8")
    text = re.sub(r"^id: 91-kl-tu$", f"id: {new_id}", text, flags=re.M)
    return text.replace("- {from: 2023, value: 10}", f"- {{from: 2023, value: {threshold}}}")


def data_dir(root: Path, policies: dict[str, str], plan_policies: str | None = None) -> Library:
    (root / "criteria" / "policies").mkdir(parents=True)
    for policy_id, text in policies.items():
        (root / "criteria" / "policies" / f"{policy_id}.yaml").write_text(text, "utf-8")
    if plan_policies is not None:
        (root / "criteria" / "plans").mkdir()
        plan = (SHIPPED / "criteria" / "plans" / f"{PLAN}.yaml").read_text("utf-8")
        plan = plan.replace("policies: [91-kl-tu]", f"policies: {plan_policies}")
        (root / "criteria" / "plans" / f"{PLAN}.yaml").write_text(plan, "utf-8")
    return Library((DataDir(root, str(root)), DataDir(SHIPPED, resources.SHIPPED)))


def thresholds(library: Library | None = None) -> dict[str, float]:
    report = score_file(EXAMPLE, library=library)
    return {f"{r.policy}/{r.rule}": r.threshold for r in report.ratings}


def test_a_users_policy_with_the_shipped_id_replaces_it(tmp_path: Path) -> None:
    assert thresholds()["91-kl-tu/can-bo-tre-han"] == 10
    library = data_dir(tmp_path, {"91-kl-tu": policy_text(threshold=7)})
    assert thresholds(library)["91-kl-tu/can-bo-tre-han"] == 7
    assert library.policy("91-kl-tu")[1].source == str(tmp_path)


def test_a_users_plan_adopts_a_users_policy(tmp_path: Path) -> None:
    library = data_dir(tmp_path, {"kl-rieng": policy_text("kl-rieng", 8)}, plan_policies="[kl-rieng]")
    assert set(thresholds(library)) >= {"kl-rieng/can-bo-tre-han"}
    assert all(k.startswith("kl-rieng/") for k in thresholds(library))
    assert "kl-rieng" in library.policy_ids() and "91-kl-tu" in library.policy_ids()


def test_an_unknown_policy_is_a_problem_of_the_plan_at_its_line(tmp_path: Path) -> None:
    library = data_dir(tmp_path, {}, plan_policies="[khong-co]")
    with pytest.raises(InputError) as caught:
        library.plan(PLAN)
    (problem,) = caught.value.problems
    assert (problem.code, problem.where) == (Reason.INVALID, "policies.0")
    assert problem.file.endswith(f"{PLAN}.yaml") and problem.line is not None


def test_a_broken_users_policy_reports_its_own_problems(tmp_path: Path) -> None:
    library = data_dir(tmp_path, {"91-kl-tu": policy_text().replace("start_year: 2023", "start_year: nam")})
    with pytest.raises(InputError) as caught:
        library.bundle("cchc-tasks-van-phong", PLAN)
    assert [(p.code, p.where) for p in caught.value.problems] == [(Reason.NOT_A_NUMBER, "start_year")]


def test_two_user_directories_disagreeing_on_a_policy_is_an_error(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    for root, value in ((first, 7), (second, 8)):
        data_dir(root, {"91-kl-tu": policy_text(threshold=value)})
    library = Library((DataDir(first, "a"), DataDir(second, "b"), DataDir(SHIPPED, resources.SHIPPED)))
    with pytest.raises(InputError) as caught:
        library.policy("91-kl-tu")
    assert [p.code for p in caught.value.problems] == [Reason.DATA_CONFLICT]
