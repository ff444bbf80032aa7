"""A criterion's status and target outcome are read from asserted facts, never decided again."""

from __future__ import annotations

from typing import Any

import pytest

from engine.results.criteria import criterion_result
from engine.rules.evaluate import Outcome, evaluate
from engine.spec.bundle import Bundle, Library
from evidence import evidence_from_data
from evidence.models import Evidence

CODE = "TC 1.5"  # value form: initiatives.count


@pytest.fixture(scope="module")
def bundle() -> Bundle:
    return Library().bundle("par-so-nganh-2022", "gia-lai-bqlkkt-2022")


@pytest.fixture
def evidence(example: dict[str, Any]) -> Evidence:
    return evidence_from_data(example)


def result(bundle: Bundle, evidence: Evidence, outcome: Outcome) -> Any:
    c = bundle.catalog.criterion(CODE)
    return criterion_result(c, outcome, bundle.catalog, bundle.rulebook, bundle.plan, evidence)


def test_not_applicable_outranks_a_score_both_asserted(bundle: Bundle, evidence: Evidence) -> None:
    o = evaluate(bundle, evidence)[CODE]
    assert o.score is not None
    o.na = [{"kind": "na", "code": CODE, "reason": "lý do"}]
    r = result(bundle, evidence, o)
    assert r.status == "not_applicable" and r.band is None


def test_no_status_asserted_is_a_bug_not_missing_evidence(bundle: Bundle, evidence: Evidence) -> None:
    with pytest.raises(AssertionError, match="no status"):
        result(bundle, evidence, Outcome(CODE))
    r = result(bundle, evidence, Outcome(CODE, missing=True, unassessable=True))
    assert r.status == "missing_evidence" and r.target is not None and r.target.reason == "thiếu minh chứng"


def test_a_target_neither_checked_nor_unassessable_is_a_bug(bundle: Bundle, evidence: Evidence) -> None:
    o = evaluate(bundle, evidence)[CODE]
    assert o.check is not None
    o.check = None
    with pytest.raises(AssertionError, match="unassessable"):
        result(bundle, evidence, o)
    o.unassessable = True
    assert result(bundle, evidence, o).target.met is None
