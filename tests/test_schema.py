"""Reports with dossier sources and ratings validate against the committed schema."""

from __future__ import annotations

import json

import jsonschema

from engine.cli.schema import schema_text
from engine.scoring import report_json, score_file
from tests.conftest import SMALL


def test_report_with_ratings_validates() -> None:
    report = json.loads(report_json(score_file(SMALL / "minh-chung-nho.yaml")))
    jsonschema.validate(report, json.loads(schema_text()))
    assert report["ratings"][0]["kind"] == "department"
