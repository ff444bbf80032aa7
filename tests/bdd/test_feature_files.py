"""The feature files as the team keeps them: every criterion covered, files well formed.

pytest-bdd keeps scenarios in a dict by name, so a copied scenario left with the same name
would silently replace the first one; these checks catch that, a file Gherkin cannot read or a
misspelt keyword that would silently drop a scenario (tests/bdd/form.py), and a catalog change
that leaves a criterion without scenarios.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from pytest_bdd.gherkin_parser import get_gherkin_document

from engine.spec.bundle import find_catalog, find_rulebook
from engine.spec.forms.ratio import RatioIndicator
from tests.bdd import steps  # noqa: F401  (declaring the steps fills PHRASES)
from tests.bdd.form import problems
from tests.bdd.phrases import PHRASES

FEATURES = Path(__file__).resolve().parents[2] / "features"
FILES = sorted(FEATURES.rglob("*.feature"))
CATALOG = "par-so-nganh-2022"


@pytest.mark.parametrize("feature", FILES, ids=lambda p: p.relative_to(FEATURES).as_posix())
def test_feature_file_is_vietnamese_with_unique_scenario_names(feature: Path) -> None:
    mistakes = problems(feature, feature.relative_to(FEATURES.parent).as_posix())
    if mistakes:
        pytest.fail("Tệp kịch bản viết chưa đúng:\n" + "\n".join(f"  • {m}" for m in mistakes), pytrace=False)
    doc = get_gherkin_document(str(feature))
    names = []
    for child in doc.feature.children:
        if child.scenario:
            names.append(child.scenario.name)
        if child.rule:
            names += [c.scenario.name for c in child.rule.children if c.scenario]
    twice = sorted(n for n, k in Counter(names).items() if k > 1)
    assert not twice, f"{feature.name}: tên kịch bản bị trùng (kịch bản sau sẽ che kịch bản trước): {twice}"


def test_every_assessed_criterion_has_its_scenarios() -> None:
    text = "\n".join(f.read_text(encoding="utf-8") for f in FILES)
    rulebook = find_rulebook(CATALOG)
    lacking = []
    for c in find_catalog(CATALOG).assessed():
        ind = rulebook.indicators[c.code]
        wanted = ["đạt chỉ tiêu kế hoạch", "không đạt chỉ tiêu kế hoạch", "thiếu minh chứng"]
        can_be_na = isinstance(ind, RatioIndicator) and ind.zero_denominator == "not_applicable"
        if can_be_na or ind.not_applicable_when:
            wanted.append("không áp dụng")
        lacking += [f"{c.code}: {w}" for w in wanted if f'tiêu chí "{c.code}" {w}' not in text]
    assert not lacking, "tiêu chí chưa có kịch bản:\n" + "\n".join(lacking)


def test_readme_lists_every_phrase() -> None:
    readme = (FEATURES / "README.md").read_text(encoding="utf-8")
    missing = [p.shown for p in PHRASES if f"`{p.shown}`" not in readme]
    assert not missing, "features/README.md chưa liệt kê các câu:\n" + "\n".join(missing)
