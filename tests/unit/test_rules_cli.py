"""`cchc rules CATALOG`: the compiled ruleset, guarded by a golden file so a rule change shows in review."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from engine.cli.main import main

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "par-so-nganh-2022.rules.json"
REGENERATE = f"cchc rules par-so-nganh-2022 > {GOLDEN.relative_to(GOLDEN.parents[2])}"


def test_the_ruleset_matches_the_golden_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "par-so-nganh-2022"]) == 0
    printed = capsys.readouterr()
    assert printed.err == ""  # shipped data: no notes
    assert printed.out == GOLDEN.read_text(encoding="utf-8"), (
        f"the compiled ruleset changed; if intended, review the diff and regenerate: {REGENERATE}"
    )


def test_the_ruleset_is_json_with_every_rule_running_its_action(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "par-so-nganh-2022"]) == 0
    rules = json.loads(capsys.readouterr().out)
    assert "status:missing" in rules and all(rule["run"] == name for name, rule in rules.items())
    assert list(rules) == sorted(rules)


def test_an_unknown_catalog_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "khong-co"]) == 2
    printed = capsys.readouterr()
    assert printed.out == "" and "khong-co" in printed.err


def test_a_user_rules_file_is_noted_on_stderr_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "rules").mkdir()
    shipped = Path(__file__).resolve().parents[2] / "rules" / "par-so-nganh-2022.yaml"
    (tmp_path / "rules" / shipped.name).write_text(shipped.read_text("utf-8") + "\n# bản riêng\n", "utf-8")
    assert main(["rules", "par-so-nganh-2022", "--data", str(tmp_path)]) == 0
    printed = capsys.readouterr()
    assert printed.out == GOLDEN.read_text(encoding="utf-8")  # a comment changes no rule
    assert "thay cho bản kèm công cụ" in printed.err
