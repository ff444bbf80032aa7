"""The README's and docs' cchc commands are found and run by CI (.ci/readme-commands, called from
.ci/run); here only what is extracted is checked, so the suite stays fast."""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / ".ci" / "readme-commands"


@pytest.fixture(scope="module")
def script() -> dict[str, Any]:
    return runpy.run_path(str(SCRIPT))


def test_every_readme_command_is_found_and_the_as_of_example_is_run(script: dict[str, Any]) -> None:
    found = script["commands"]()
    run = [c for _, _, c in found if not script["is_template"](c)]
    assert "cchc score evidence/examples/gia-lai-bqlkkt-2022.yaml --out report.json" in run
    as_of = [c for c in run if "--as-of" in c]
    assert as_of and all("evidence/examples/" in c for c in as_of)  # a bundled example, run as written
    assert any(c.startswith("cchc template par-so-nganh-2022") for c in run)
    assert any(name.startswith("docs/") for name, _, _ in found)
    skipped = [(name, c) for name, _, c, why in script["_found"]() if why]
    assert all("2023" in c for _, c in skipped)  # only what needs the 2023 workbook edited by hand


@pytest.mark.parametrize(
    ("command", "template"),
    [
        ("cchc score EVIDENCE [--out FILE.json]", True),
        ("cchc criteria <mã mới> --plan <mã kế hoạch>", True),
        ("cchc score … --as-of 30/06/2022", True),
        ("cchc validate|score|explain", True),
        ("cchc score", True),
        ("cchc catalog diff", True),
        ("cchc catalog export par-so-nganh-2022 --out a.xlsx", False),
        ('cchc template x --unit "Ban Quản lý KKT" --year 2022 --out a.xlsx', False),
        ("cchc criteria par-so-nganh-2022", False),
    ],
)
def test_templates_are_told_from_commands(script: dict[str, Any], command: str, template: bool) -> None:
    assert script["is_template"](command) is template
