"""The bundled example: its dossier facts come from a seeded synthetic export, its story holds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from engine.scoring import score_file
from tests.conftest import ROOT, run_cli

EXAMPLES = ROOT / "evidence" / "examples"
EXAMPLE = EXAMPLES / "gia-lai-bqlkkt-2022.yaml"


def test_example_dossier_facts_come_from_the_export() -> None:
    report = score_file(EXAMPLE)
    by_code = {r.code: r for r in report.criteria}
    assert by_code["TCTP 3.4.1"].indicator.inputs == {
        "dossiers.resolved_on_time": 365,
        "dossiers.resolved": 375,
    }
    assert by_code["TCTP 7.2.1"].indicator.inputs == {
        "procedures.online_with_dossiers": 37,
        "procedures.online": 50,
    }
    assert [s.file for s in report.evidence.sources] == [
        "gia-lai-bqlkkt-2022-hoso.csv",
        "gia-lai-bqlkkt-2022-thutuc.csv",
    ]


def test_example_story_some_targets_met_some_missed() -> None:
    report = score_file(EXAMPLE)
    met = {r.code: r.target.met for r in report.criteria if r.target is not None}
    assert met["TCTP 3.4.1"] is False and met["TCTP 3.4.4"] is False and met["TCTP 7.2.2"] is False
    assert met["TCTP 7.2.1"] is True and met["TCTP 3.2.6"] is True
    # the Gia Lai plan adopts no people policy: 91-KL/TU is Khánh Hòa's (see the Vân Phong example)
    assert report.ratings == []


VAN_PHONG = EXAMPLES / "van-phong-bqlkkt-2023.yaml"


def test_van_phong_example_rates_departments_and_officials_under_91_kl_tu() -> None:
    report = score_file(VAN_PHONG)
    assert report.plan is not None and report.plan.id == "van-phong-bqlkkt-91-kl-tu"
    barred = [(r.kind, r.name) for r in report.ratings if r.rule_hit and not r.goal]
    assert barred == [("department", "Văn phòng"), ("official", "Huỳnh Thanh Hùng")]
    assert {r.policy for r in report.ratings} == {"91-kl-tu"}
    met = {r.code: r.target.met for r in report.criteria if r.target is not None}
    assert met["KL91 1"] is False and met["KL91 3"] is True and met["KL91 5.2"] is False


def test_example_export_is_what_the_seeded_generator_writes(tmp_path: Path) -> None:
    args = ["--rows", "400", "--seed", "5", "--officials", "9", "--prefix", "gia-lai-bqlkkt-2022-"]
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate_export.py"), *args, "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for name in ("gia-lai-bqlkkt-2022-hoso.csv", "gia-lai-bqlkkt-2022-thutuc.csv"):
        assert (tmp_path / name).read_bytes() == (EXAMPLES / name).read_bytes(), name
    args = ["--rows", "300", "--seed", "4", "--year", "2023", "--officials", "8"]
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "generate_export.py"),
            *args,
            "--prefix",
            "van-phong-bqlkkt-2023-",
            "--out",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
    )
    for name in ("van-phong-bqlkkt-2023-hoso.csv", "van-phong-bqlkkt-2023-thutuc.csv"):
        assert (tmp_path / name).read_bytes() == (EXAMPLES / name).read_bytes(), name


def test_cli_scores_the_example(tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.json"
    result = run_cli("score", str(EXAMPLE), "--out", str(out), "--quiet")
    assert result.returncode == 0, result.stdout + result.stderr
    assert '"ratings": []' in out.read_text(encoding="utf-8")
    result = run_cli("score", str(VAN_PHONG), "--out", str(out), "--quiet")
    assert result.returncode == 0, result.stdout + result.stderr
    assert '"policy": "91-kl-tu"' in out.read_text(encoding="utf-8")
