"""The committed report schema is the one the models generate, and reports validate against it."""

from __future__ import annotations

import json

import jsonschema
from conftest import ROOT, SMALL

from engine.cli.schema import schema_text
from engine.scoring import report_json, score_file


def test_committed_schema_is_current() -> None:
    committed = (ROOT / "engine" / "report.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), (
        "chạy: python -m engine.cli.main schema --out engine/report.schema.json"
    )


def test_report_with_ratings_validates() -> None:
    report = json.loads(report_json(score_file(SMALL / "minh-chung-nho.yaml")))
    jsonschema.validate(report, json.loads(schema_text()))
    assert report["ratings"][0]["kind"] == "department"
