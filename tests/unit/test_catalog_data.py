"""The shipped catalog, plan and rules against the source document (seed 002)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from engine.rules.compiler import compile_rules
from engine.spec.bundle import find_catalog, find_plan, find_rulebook
from tests.seeds import seeds_dir

SEED = seeds_dir() / "002_043687965e14b2cf.txt"
CODE = re.compile(r"^\d+\t((?:TCTP|TC) \d+\.\d+(?:\.\d+)?) - (.*?)\t(.*?)\t", re.M)


def appendix_rows() -> dict[str, str]:
    text = SEED.read_text(encoding="utf-8")
    appendix = text[text.index("PHỤ LỤC\nMỤC TIÊU CỤ THỂ") :]
    return {m.group(1): m.group(2) for m in CODE.finditer(appendix)}


needs_seed = pytest.mark.skipif(not SEED.exists(), reason="không có seed 002 (CCHC_SEEDS, shared/seeds)")


@needs_seed
def test_every_appendix_row_is_in_the_catalog_with_its_title() -> None:
    rows = appendix_rows()
    assert len(rows) == 45
    catalog = find_catalog("par-so-nganh-2022")
    titles = {c.code: c.title for c in catalog.assessed()}
    for code, title in rows.items():
        assert code in titles, code
        assert titles[code].startswith(title.strip()), (code, titles[code], title)


@needs_seed
def test_every_target_text_is_verbatim_from_the_seed() -> None:
    seed = re.sub(r"\s+", " ", SEED.read_text(encoding="utf-8"))
    plan = find_plan("gia-lai-bqlkkt-2022")
    for code, target in plan.targets.items():
        # cells split across a page break are joined; compare their first 40 characters
        assert target.text[:40] in seed, code


def test_catalog_plan_and_rules_agree() -> None:
    catalog = find_catalog("par-so-nganh-2022")
    plan = find_plan("gia-lai-bqlkkt-2022")
    rules = find_rulebook("par-so-nganh-2022")
    assessed = {c.code for c in catalog.assessed()}
    assert len(assessed) == 46
    assert set(plan.targets) == assessed
    assert set(rules.indicators) == assessed
    assert plan.catalog == catalog.id and plan.year == catalog.year == 2022


def test_fixed_fact_names_exist() -> None:
    facts = find_catalog("par-so-nganh-2022").facts
    for name in (
        "dossiers.received",
        "dossiers.resolved",
        "dossiers.resolved_on_time",
        "dossiers.resolved_late",
        "dossiers.late_apologized",
        "dossiers.online",
        "dossiers.received_for_online_procedures",
        "procedures.online",
        "procedures.online_with_dossiers",
        "staff.disciplined",
        "initiatives.count",
    ):
        assert name in facts


def test_fixed_indicators() -> None:
    ind = find_rulebook("par-so-nganh-2022").indicators
    assert ind["TCTP 3.4.1"].facts()[:2] == ["dossiers.resolved_on_time", "dossiers.resolved"]
    assert ind["TCTP 7.2.1"].form == "ratio" and ind["TCTP 7.2.1"].facts()[1] == "procedures.online"
    assert ind["TCTP 7.2.2"].form == "ratio" and ind["TCTP 7.2.2"].facts()[0] == "dossiers.online"
    assert (ind["TCTP 5.5.2"].form, ind["TCTP 5.5.2"].facts()) == ("value", ["staff.disciplined"])
    assert (ind["TC 1.5"].form, ind["TC 1.5"].facts()) == ("value", ["initiatives.count"])


def test_all_shipped_scales_are_marked_provisional_with_a_source() -> None:
    for scale in find_catalog("par-so-nganh-2022").scales.values():
        assert scale.provisional and scale.source and scale.reasoning


def test_data_files_are_nfc() -> None:
    root = Path(__file__).resolve().parents[2]
    globs = ("criteria/**/*.yaml", "rules/*.yaml", "evidence/**/*.yaml")
    for path in [p for g in globs for p in root.glob(g)]:
        text = path.read_text(encoding="utf-8")
        assert unicodedata.normalize("NFC", text) == text, path


def test_compiled_ruleset_has_no_per_criterion_scoring_rules() -> None:
    catalog = find_catalog("par-so-nganh-2022")
    compiled = compile_rules(catalog, find_rulebook(catalog.id))
    kinds = {name.split(":")[0] for name in compiled.rules}
    assert kinds == {"indicator", "na", "score", "threshold", "target", "status"}
    score_rules = [n for n in compiled.rules if n.startswith("score:")]
    assert all(n.split(":")[1] in catalog.scales for n in score_rules)
    for rule in compiled.rules.values():  # every pattern is anchored on a kind (see durable notes)
        for pattern in rule["all"]:
            ((alias, cond),) = pattern.items()
            assert "kind" in str(cond), alias
