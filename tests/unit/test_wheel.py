"""The installed wheel, outside the repository: shipped data inside it, a user's directory through --data.

Builds the wheel and installs it (without dependencies) into a fresh virtual environment that
borrows this environment's packages. Skipped where a wheel cannot be built (no pip or hatchling).
"""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests.unit.test_data_dirs import EXAMPLES, PLAN, copy_under_new_ids, example_with_new_ids

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, encoding="utf-8", check=False)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("wheel")
    built = _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT), "-w", str(base)], base)
    wheels = list(base.glob("cchc_engine-*.whl"))
    if built.returncode != 0 or not wheels:
        pytest.skip(f"cannot build the wheel here: {built.stderr.strip()[-300:]}")
    venv = base / "venv"
    assert _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], base).returncode == 0
    site = next((venv / "lib").glob("python3*/site-packages"))
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", "utf-8")  # dependencies
    install = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(venv / "bin" / "python"),
            "install",
            "-q",
            "--no-deps",
            str(wheels[0]),
        ],
        base,
    )
    if install.returncode != 0:
        pytest.skip(f"cannot install the wheel here: {install.stderr.strip()[-300:]}")
    return venv / "bin" / "cchc"


def test_the_wheel_scores_a_user_directory_from_outside_the_repo(installed: Path, tmp_path: Path) -> None:
    copy_under_new_ids(tmp_path / "data")
    evidence = example_with_new_ids(tmp_path / "work")
    shipped = _run(
        [str(installed), "score", str(EXAMPLES / f"{PLAN}.yaml"), "--quiet", "--out", "a.json"], tmp_path
    )
    assert shipped.returncode == 0, shipped.stderr
    own = _run(
        [
            str(installed),
            "score",
            str(evidence),
            "--data",
            str(tmp_path / "data"),
            "--quiet",
            "--out",
            "b.json",
        ],
        tmp_path,
    )
    assert own.returncode == 0, own.stderr
    a, b = (json.loads((tmp_path / n).read_text("utf-8")) for n in ("a.json", "b.json"))
    assert a["total"] == b["total"] and a["catalog"]["source"] == "shipped"
    assert b["catalog"]["source"] == str(tmp_path / "data")
    rules = _run([str(installed), "rules", "par-so-nganh-2022"], tmp_path)
    assert rules.returncode == 0 and rules.stdout == (
        ROOT / "tests/golden/par-so-nganh-2022.rules.json"
    ).read_text("utf-8")
