"""Reports validate against the committed schema file, and the schema is strict enough to fail."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from engine.scoring import report_json, score_file
from tests.conftest import SMALL

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[1] / "engine" / "report" / "report.schema.json").read_text(
        encoding="utf-8"
    )
)


def _report() -> dict[str, Any]:
    report: dict[str, Any] = json.loads(report_json(score_file(SMALL / "minh-chung-nho-van-phong.yaml")))
    return report


def test_report_with_ratings_validates() -> None:
    report = _report()
    jsonschema.validate(report, SCHEMA)
    assert report["ratings"][0]["kind"] == "department"


@pytest.mark.parametrize(
    "damage",
    [
        lambda r: r.pop("total"),
        lambda r: r["criteria"][0].update(status="đã chấm"),
        lambda r: r["criteria"][0].update(unexpected=1),
        lambda r: r["ratings"][0].update(late="nhiều"),
    ],
    ids=["missing total", "unknown status", "extra key", "count as text"],
)
def test_a_damaged_report_does_not_validate(damage: Any) -> None:
    report = copy.deepcopy(_report())
    damage(report)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(report, SCHEMA)
