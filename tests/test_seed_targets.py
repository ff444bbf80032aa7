"""Every target text, policy rule and quoted result is the seed's own words (issue 14).

Cells split across lines in the extracted text are joined in the data, so a text is checked
as the seed's words in order, each next word within a few words of the last (other cells of the
same table row may sit between two halves of a split cell).
"""

from __future__ import annotations

import re

import pytest

from engine.spec import resources
from engine.spec.bundle import find_plan as load_plan
from engine.spec.bundle import find_policy
from tests.seeds import ROOT, needs_seeds, seed_text

GAP = 60  # words a split cell may have between its halves (other cells, a repeated page header)


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.replace("*", "").casefold())


def in_order(text: str, seed: str) -> bool:
    needle, hay = words(text), words(seed)
    starts = [i for i, w in enumerate(hay) if w == needle[0]]
    for start in starts:
        at, ok = start, True
        for w in needle[1:]:
            window = hay[at + 1 : at + 1 + GAP]
            if w not in window:
                ok = False
                break
            at = at + 1 + window.index(w)
        if ok:
            return True
    return False


def plan_texts() -> list[tuple[str, str, str, str]]:
    """(seed, plan, place, text) for every text a shipped plan quotes from its seed."""
    out = []
    for plan_id in resources.plan_ids():
        plan = load_plan(plan_id)
        seed = plan.source[:3]  # every plan's source starts with its seed's file name
        out += [(seed, plan_id, code, t.text) for code, t in plan.targets.items()]
        out += [(seed, plan_id, "not_assessable", n.text) for n in plan.not_assessable]
        if plan.baseline is not None:
            out += [(seed, plan_id, f"baseline {r.index}", r.text) for r in plan.baseline.results]
    return out


@needs_seeds
@pytest.mark.parametrize(("seed", "plan", "place", "text"), plan_texts())
def test_plan_texts_are_the_seeds_words(seed: str, plan: str, place: str, text: str) -> None:
    assert in_order(text, seed_text(seed)), (plan, place, text)


@needs_seeds
def test_policy_rules_are_seed_001_verbatim() -> None:
    seed = re.sub(r"\s+", " ", seed_text("001"))
    for rule in find_policy("91-kl-tu").rules:
        assert rule.text in seed, rule.id  # exact: “phần đầu” and the italics marks included


@needs_seeds
def test_seed_003_results_are_quoted_verbatim() -> None:
    plan = load_plan("khanh-hoa-pci-2024")
    assert plan.baseline is not None
    seed = seed_text("003")
    quoted = {r.index: (r.value, r.rank) for r in plan.baseline.results}
    assert quoted == {
        "PAR Index": ("88,60 điểm", "14/63"),
        "SIPAS": ("81,09%", "43/63"),
        "PAPI": ("44,49 điểm", "8/61"),
        "PGI": ("22,86 điểm", "15/63"),
    }
    for r in plan.baseline.results:
        assert r.text in seed and r.value in r.text and r.rank in r.text, r.index


def test_a_text_not_in_the_seed_is_caught() -> None:
    assert in_order("đạt trên 8,6 điểm", "Đến năm 2025: đạt trên 8,6 điểm.")
    assert not in_order("đạt trên 8,7 điểm", "Đến năm 2025: đạt trên 8,6 điểm.")


def test_the_docs_table_lists_every_target_and_where_it_lives() -> None:
    doc = (ROOT / "docs" / "muc-tieu-tai-lieu-nguon.md").read_text(encoding="utf-8")
    for _, plan, place, text in plan_texts():
        assert " ".join(text.split()).replace("|", "\\|") in doc, (plan, place)
        if place.startswith(("KL91", "KH516", "PCI", "NV", "TC")):
            assert f"`{place}`" in doc, (plan, place)
