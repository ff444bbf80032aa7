"""The JSON report: committed schema, validity, determinism, required keys."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema

from engine.cli.schema import schema_text
from engine.scoring import report_json, score
from evidence import evidence_from_data

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "engine" / "report" / "report.schema.json"
EXAMPLE = ROOT / "evidence" / "examples" / "gia-lai-bqlkkt-2022.yaml"


def _json(data: dict[str, Any]) -> str:
    return report_json(score(evidence_from_data(data, "gia-lai-bqlkkt-2022.yaml")))


def test_committed_schema_matches_the_models() -> None:
    regenerate = "chạy: cchc schema --out engine/report/report.schema.json"
    assert SCHEMA.read_text(encoding="utf-8") == schema_text(), regenerate


def test_report_validates_against_the_committed_schema(example: dict[str, Any]) -> None:
    jsonschema.validate(json.loads(_json(example)), json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_required_keys_are_present(example: dict[str, Any]) -> None:
    r = json.loads(_json(example))
    assert r["schema_version"] and r["engine"]["version"]
    assert r["unit"] == "Ban Quản lý Khu kinh tế tỉnh Gia Lai" and r["year"] == 2022
    assert r["catalog"]["id"] == "par-so-nganh-2022" and r["plan"]["id"] == "gia-lai-bqlkkt-2022"
    for part in ("catalog", "plan", "rules", "evidence"):
        assert r[part]["digest"].startswith("sha256:")
    assert {"score", "max"} <= set(r["total"])
    c = r["criteria"][0]
    assert {"code", "title", "max", "score", "status"} <= set(c)
    assert "value" in c["indicator"] and {"text", "met"} <= set(c["target"])
    s = r["shortfalls"][0]
    assert {"code", "gap", "points_at_stake"} <= set(s)


def test_two_processes_write_identical_bytes(tmp_path: Path) -> None:
    """Separate processes, different hash seeds: nothing may depend on set or dict iteration order."""
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"r{seed}.json"
        subprocess.run(
            [sys.executable, "-m", "engine.cli.main", "score", str(EXAMPLE), "--out", str(out), "--quiet"],
            check=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
        )
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def _shuffled(value: Any, rng: random.Random) -> Any:
    if isinstance(value, dict):
        items = list(value.items())
        rng.shuffle(items)
        return {k: _shuffled(v, rng) for k, v in items}
    if isinstance(value, list):
        items = [_shuffled(v, rng) for v in value]
        rng.shuffle(items)
        return items
    return value


def test_order_of_facts_documents_and_lists_does_not_change_the_report(example: dict[str, Any]) -> None:
    expected = _json(example)
    for seed in range(5):
        assert _json(_shuffled(example, random.Random(seed))) == expected


def test_totals_equal_the_sum_of_parts(example: dict[str, Any]) -> None:
    r = json.loads(_json(example))
    assert abs(sum(f["score"] for f in r["fields"]) - r["total"]["score"]) < 1e-6
    assert sum(f["max"] for f in r["fields"]) == r["total"]["max"]
