"""Bad input: every problem reported together, with file, path/line and a Vietnamese reason."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml

from engine.core.problems import InputError
from evidence import evidence_from_data, load_evidence
from tests.unit.conftest import EXAMPLE, set_fact


def problems_of(data: dict[str, Any]) -> list[str]:
    with pytest.raises(InputError) as err:
        evidence_from_data(data, "bad.yaml")
    return [p.render() for p in err.value.problems]


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
    got = "\n".join(problems_of(example))
    assert "có phải ý bạn là 'dossiers.resolved'" in got
    assert "không được âm" in got
    assert "0–100" in got
    assert "không phải số" in got
    assert "dossiers.resolved_on_time (5000) lớn hơn dossiers.resolved (1230)" in got


def test_unknown_catalog_and_plan(example: dict[str, Any]) -> None:
    example["catalog"] = "par-2099"
    got = "\n".join(problems_of(example))
    assert "không có bộ tiêu chí 'par-2099'" in got
    example["catalog"] = "par-so-nganh-2022"
    example["plan"] = "khong-co"
    assert "không có kế hoạch 'khong-co'" in "\n".join(problems_of(example))


def test_year_mismatch(example: dict[str, Any]) -> None:
    example["year"] = 2023
    got = "\n".join(problems_of(example))
    assert "năm 2023 không khớp năm của bộ tiêu chí" in got
    assert "năm 2023 không khớp năm của kế hoạch" in got


def test_direct_rate_must_agree_with_counts(example: dict[str, Any]) -> None:
    set_fact(example, "dossiers.on_time_rate", 90)
    assert any("khác tỷ lệ tính từ số đếm" in p for p in problems_of(example))


def test_unknown_top_level_key_and_missing_unit(example: dict[str, Any]) -> None:
    example["factz"] = {}
    del example["unit"]
    got = "\n".join(problems_of(example))
    assert "factz" in got and "unit" in got


def test_documents_must_name_known_facts(example: dict[str, Any]) -> None:
    example["documents"][0]["backs"].append("dossiers.recieved")
    assert any("có phải ý bạn là 'dossiers.received'" in p for p in problems_of(example))


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
    assert "hai lần" in p.reason


def test_malformed_yaml_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(InputError) as err:
        load_evidence(_write(tmp_path, "unit: [x\nyear: 2022\n"))
    assert err.value.problems[0].line is not None
    assert "YAML/JSON không hợp lệ" in err.value.problems[0].reason


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
    assert "không tìm thấy tệp" in err.value.problems[0].reason


def test_blank_value_means_not_given(example: dict[str, Any]) -> None:
    set_fact(example, "staff.disciplined", None)
    ev = evidence_from_data(example)
    assert "staff.disciplined" not in ev.facts


def test_yaml_roundtrip_of_example(example_data: dict[str, Any]) -> None:
    assert yaml.safe_load(yaml.safe_dump(example_data, allow_unicode=True)) == example_data
