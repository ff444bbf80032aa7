"""Bad input: every problem reported together, with file, path/line and a Vietnamese reason."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml

from engine.core.problems import InputError, Problem, Reason
from evidence import evidence_from_data, load_evidence
from tests.unit.conftest import EXAMPLE, set_fact


def problems_of(data: dict[str, Any]) -> list[Problem]:
    with pytest.raises(InputError) as err:
        evidence_from_data(data, "bad.yaml")
    return err.value.problems


def codes(data: dict[str, Any]) -> set[tuple[str, Reason]]:
    """(key path, reason code) of every problem."""
    return {(p.where, p.code) for p in problems_of(data)}


def test_example_is_valid() -> None:
    ev = load_evidence(EXAMPLE)
    assert ev.facts["dossiers.resolved"] == 1230
    assert ev.facts["sipas.access"] == 86.5  # decimal comma
    assert ev.facts["propaganda.radio_tv"] is False  # "không"


def test_all_problems_are_reported_at_once(example: dict[str, Any]) -> None:
    set_fact(example, "dossiers.resolvd", 5)
    set_fact(example, "staff.disciplined", -1)
    set_fact(example, "sipas.access", 120)
    set_fact(example, "initiatives.count", "nhiều")
    set_fact(example, "dossiers.resolved_on_time", 5000)
    problems = problems_of(example)
    assert {(p.where, p.code) for p in problems} == {
        ("facts.dossiers.resolvd", Reason.UNKNOWN_FACT),
        ("facts.staff.disciplined", Reason.OUT_OF_RANGE),
        ("facts.sipas.access", Reason.OUT_OF_RANGE),
        ("facts.initiatives.count", Reason.NOT_A_NUMBER),
        ("facts.dossiers.resolved_on_time", Reason.INCONSISTENT),
    }
    assert all(p.line is not None for p in problems)
    got = "\n".join(p.render() for p in problems)  # the rendering still suggests and quotes
    assert "có phải ý bạn là 'dossiers.resolved'" in got
    assert "dossiers.resolved_on_time (5000) lớn hơn dossiers.resolved (1230)" in got


def test_unknown_catalog_and_plan(example: dict[str, Any]) -> None:
    example["catalog"] = "par-2099"
    assert ("catalog", Reason.UNKNOWN_CATALOG) in codes(example)
    example["catalog"] = "par-so-nganh-2022"
    example["plan"] = "khong-co"
    assert codes(example) == {("plan", Reason.UNKNOWN_PLAN)}


def test_year_mismatch(example: dict[str, Any]) -> None:
    example["year"] = 2023
    problems = problems_of(example)
    assert [(p.where, p.code) for p in problems] == [("year", Reason.YEAR_MISMATCH)] * 2
    assert {p.reason.split("'")[0] for p in problems} == {
        "năm 2023 không khớp năm của bộ tiêu chí ",
        "năm 2023 không khớp năm của kế hoạch ",
    }


def test_direct_rate_must_agree_with_counts(example: dict[str, Any]) -> None:
    set_fact(example, "dossiers.on_time_rate", 90)
    assert codes(example) == {("facts.dossiers.on_time_rate", Reason.INCONSISTENT)}


def test_unknown_top_level_key_and_missing_unit(example: dict[str, Any]) -> None:
    example["factz"] = {}
    del example["unit"]
    assert codes(example) == {("factz", Reason.UNKNOWN_FIELD), ("unit", Reason.MISSING_FIELD)}


def test_documents_must_name_known_facts(example: dict[str, Any]) -> None:
    example["documents"][0]["backs"].append("dossiers.recieved")
    (p,) = problems_of(example)
    last = len(example["documents"][0]["backs"]) - 1
    assert (p.where, p.code) == (f"documents.0.backs.{last}", Reason.UNKNOWN_FACT)
    assert "có phải ý bạn là 'dossiers.received'" in p.reason


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "ev.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_duplicate_keys_are_reported_with_their_line(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "  initiatives:\n    count: 2\n", "  initiatives:\n    count: 2\n    count: 3\n"
    )
    with pytest.raises(InputError) as err:
        load_evidence(_write(tmp_path, text))
    (p,) = err.value.problems
    assert p.where == "facts.initiatives.count"
    assert p.line is not None and "count: 3" in text.splitlines()[p.line - 1]
    assert p.code is Reason.DUPLICATE_KEY


def test_malformed_yaml_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        load_evidence(_write(tmp_path, "unit: [x\nyear: 2022\n"))
    assert err.value.problems[0].line is not None
    assert err.value.problems[0].code is Reason.SYNTAX


def test_nfd_text_is_normalised_not_rejected(tmp_path: Path) -> None:
    text = unicodedata.normalize("NFD", EXAMPLE.read_text(encoding="utf-8"))
    ev = load_evidence(_write(tmp_path, text))
    assert ev.unit == unicodedata.normalize("NFC", "Ban Quản lý Khu kinh tế tỉnh Gia Lai")
    assert ev.facts["propaganda.conferences"] is True  # "có" written in NFD


def test_json_evidence_is_accepted(tmp_path: Path, example: dict[str, Any]) -> None:
    import json

    path = tmp_path / "ev.json"
    path.write_text(json.dumps(example, ensure_ascii=False, default=str), encoding="utf-8")
    assert load_evidence(path).digest == load_evidence(EXAMPLE).digest


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        load_evidence(tmp_path / "none.yaml")
    assert [p.code for p in err.value.problems] == [Reason.FILE_NOT_FOUND]


def test_blank_value_means_not_given(example: dict[str, Any]) -> None:
    set_fact(example, "staff.disciplined", None)
    ev = evidence_from_data(example)
    assert "staff.disciplined" not in ev.facts


def test_yaml_roundtrip_of_example(example_data: dict[str, Any]) -> None:
    assert yaml.safe_load(yaml.safe_dump(example_data, allow_unicode=True)) == example_data
