"""`cchc score` of one unit imports only what it runs with: start-up is part of every score.

openpyxl and numpy (0.25 s together) come with the `template` and `catalog` commands and the
XLSX paths, pandas and pyarrow with other readers; none is needed to score a YAML evidence file,
with or without a CSV dossier export, and writing a JSON report.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HEAVY = (
    "openpyxl",
    "numpy",
    "pandas",
    "pyarrow",
    "jinja2",
    "rich.progress",
    "engine.report.province.ranking",
)
PROBE = """
import json, sys
sys.argv = ["cchc", "score", sys.argv[1], "--out", sys.argv[2], "--quiet"]
from engine.cli.main import main
code = main()
print(json.dumps({"code": code, "loaded": [m for m in %r if m in sys.modules]}))
"""


@pytest.mark.parametrize(
    "evidence",
    [
        "evidence/examples/khanh-hoa-pci-2024.yaml",  # hand facts only
        "evidence/examples/gia-lai-bqlkkt-2022.yaml",  # a CSV dossier export
    ],
)
def test_score_of_one_evidence_file_does_not_import_heavy_libraries(evidence: str, tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.json"
    result = subprocess.run(
        [sys.executable, "-c", PROBE % (HEAVY,), str(ROOT / evidence), str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    probe = json.loads(result.stdout.strip().splitlines()[-1])
    assert probe["code"] == 0 and out.exists()
    assert probe["loaded"] == []
