"""User data directories (`--data DIR`, `CCHC_DATA`): searched before the shipped data, outside the repo."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from engine.cli.main import main
from engine.spec import resources

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "evidence" / "examples"
CATALOG, PLAN = "par-so-nganh-2022", "gia-lai-bqlkkt-2022"
NEW_CATALOG, NEW_PLAN = "bo-rieng-2022", "ke-hoach-rieng-2022"


def _rewrite(text: str) -> str:
    text = re.sub(rf"^id: {CATALOG}$", f"id: {NEW_CATALOG}", text, flags=re.M)
    text = re.sub(rf"^id: {PLAN}$", f"id: {NEW_PLAN}", text, flags=re.M)
    text = re.sub(rf"^catalog: {CATALOG}$", f"catalog: {NEW_CATALOG}", text, flags=re.M)
    return re.sub(rf"^plan: {PLAN}$", f"plan: {NEW_PLAN}", text, flags=re.M)


def copy_under_new_ids(data: Path) -> None:
    """The shipped catalog, rules and plan, laid out like the shipped data, under new ids."""
    shipped = resources.data_root()
    (data / "criteria" / NEW_CATALOG).mkdir(parents=True)
    for part in (shipped / "criteria" / CATALOG).glob("*.yaml"):
        (data / "criteria" / NEW_CATALOG / part.name).write_text(_rewrite(part.read_text("utf-8")), "utf-8")
    (data / "criteria" / "plans").mkdir()
    plan = (shipped / "criteria" / "plans" / f"{PLAN}.yaml").read_text("utf-8")
    (data / "criteria" / "plans" / f"{NEW_PLAN}.yaml").write_text(_rewrite(plan), "utf-8")
    (data / "rules").mkdir()
    rules = (shipped / "rules" / f"{CATALOG}.yaml").read_text("utf-8")
    (data / "rules" / f"{NEW_CATALOG}.yaml").write_text(_rewrite(rules), "utf-8")


def example_with_new_ids(work: Path) -> Path:
    work.mkdir()
    for csv in EXAMPLES.glob(f"{PLAN}-*.csv"):
        shutil.copy(csv, work / csv.name)
    evidence = work / "minh-chung.yaml"
    evidence.write_text(_rewrite((EXAMPLES / f"{PLAN}.yaml").read_text("utf-8")), "utf-8")
    return evidence


def cchc(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The `cchc` program in a fresh process, run from `cwd` (outside the repository)."""
    full_env = {k: v for k, v in os.environ.items() if k != "CCHC_DATA"} | (env or {})
    return subprocess.run(
        [sys.executable, "-m", "engine.cli.main", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


@pytest.fixture(scope="module")
def copied(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("user-data")
    copy_under_new_ids(base / "data")
    return base / "data", example_with_new_ids(base / "work")


def _totals(report: dict[str, object]) -> object:
    return {k: report[k] for k in ("total", "fields", "groups", "criteria", "shortfalls", "ratings")}


def test_a_copy_under_new_ids_scores_through_data_and_env_with_the_same_totals(
    copied: tuple[Path, Path], tmp_path: Path
) -> None:
    data, evidence = copied
    original = cchc(
        ["score", str(EXAMPLES / f"{PLAN}.yaml"), "--quiet", "--out", str(tmp_path / "a.json")], tmp_path
    )
    assert original.returncode == 0, original.stderr
    by_option = cchc(
        ["score", str(evidence), "--data", str(data), "--quiet", "--out", str(tmp_path / "b.json")], tmp_path
    )
    assert by_option.returncode == 0, by_option.stderr
    by_env = cchc(
        ["score", str(evidence), "--quiet", "--out", str(tmp_path / "c.json")],
        tmp_path,
        {"CCHC_DATA": str(data)},
    )
    assert by_env.returncode == 0, by_env.stderr
    a, b, c = (json.loads((tmp_path / f"{n}.json").read_text("utf-8")) for n in "abc")
    assert _totals(b) == _totals(a) == _totals(c)
    for report in (b, c):
        assert (report["catalog"]["id"], report["plan"]["id"]) == (NEW_CATALOG, NEW_PLAN)
        assert (
            report["catalog"]["source"] == report["plan"]["source"] == report["rules"]["source"] == str(data)
        )
    assert a["catalog"]["source"] == a["plan"]["source"] == a["rules"]["source"] == "shipped"
    assert f"criteria/{NEW_CATALOG}" in by_option.stderr and "thay cho" not in by_option.stderr


def test_without_the_directory_the_new_ids_are_unknown(copied: tuple[Path, Path], tmp_path: Path) -> None:
    _, evidence = copied
    run = cchc(["score", str(evidence), "--quiet"], tmp_path)
    assert run.returncode == 2 and NEW_CATALOG in run.stderr and "Traceback" not in run.stderr


def test_a_user_catalog_with_a_shipped_id_replaces_it_and_says_so(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(resources.data_root() / "rules", data / "rules", ignore=shutil.ignore_patterns("pci*"))
    rules = data / "rules" / f"{CATALOG}.yaml"
    rules.write_text(rules.read_text("utf-8") + "\n# bản của đơn vị\n", "utf-8")
    run = cchc(
        ["score", str(EXAMPLES / f"{PLAN}.yaml"), "--data", str(data), "--quiet", "--out", "r.json"], tmp_path
    )
    assert run.returncode == 0, run.stderr
    assert str(rules) in run.stderr and "thay cho bản kèm công cụ" in run.stderr
    report = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert report["rules"]["source"] == str(data) and report["catalog"]["source"] == "shipped"


def test_search_order_is_data_options_then_env(copied: tuple[Path, Path], tmp_path: Path) -> None:
    data, _ = copied
    other = tmp_path / "other"
    shutil.copytree(data, other)
    dirs = resources.search_path([str(other)], env=f"{data}:")
    assert [d.source for d in dirs] == [str(other), str(data), "shipped"]
    assert resources.locate("catalog", NEW_CATALOG, dirs).source == str(other)  # identical copies: fine


def test_the_same_id_with_different_content_in_two_directories_is_an_error_naming_both(
    copied: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, evidence = copied
    other = tmp_path / "other"
    shutil.copytree(data, other)
    plan = other / "criteria" / "plans" / f"{NEW_PLAN}.yaml"
    plan.write_text(plan.read_text("utf-8") + "\n# sửa\n", "utf-8")
    assert main(["score", str(evidence), "--data", str(other), "--data", str(data), "--quiet"]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert str(plan) in err and str(data / "criteria" / "plans" / f"{NEW_PLAN}.yaml") in err


def test_a_missing_data_directory_is_a_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["criteria", "--data", str(tmp_path / "khong-co")]) == 2
    assert "khong-co" in capsys.readouterr().err


def test_criteria_lists_user_catalogs(copied: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    data, _ = copied
    assert main(["criteria", "--data", str(data)]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert f"{NEW_CATALOG} ({data})" in text and CATALOG in text and f"{NEW_PLAN} ({data})" in text
    assert main(["criteria", NEW_CATALOG, "--data", str(data)]) == 0
    assert NEW_CATALOG in capsys.readouterr().out


def test_prefetch_finds_the_evidence_after_a_data_option() -> None:
    from engine.cli.main import _evidence_arg

    assert _evidence_arg(["--data", "du-lieu", "--quiet", "minh-chung.yaml"]) == Path("minh-chung.yaml")
    assert _evidence_arg(["minh-chung.yaml", "--data", "du-lieu"]) == Path("minh-chung.yaml")


def test_a_catalog_is_the_files_its_loader_reads(tmp_path: Path) -> None:
    """A stray file beside catalog.yaml (an old `ratings.yaml`: people rules are policies now) is not
    part of the catalog: it changes neither what is found nor when two directories disagree."""
    folder = tmp_path / "criteria" / CATALOG
    shutil.copytree(resources.criteria_dir() / CATALOG, folder)
    (folder / "ratings.yaml").write_text("people: []\n", encoding="utf-8")
    found = resources.locate("catalog", CATALOG, resources.search_path([tmp_path]))
    assert [f.name for f in found.files] == ["catalog.yaml", "facts.yaml"]
    shipped_dir = resources.DataDir(resources.data_root(), resources.SHIPPED)
    shipped = resources.find_in("catalog", CATALOG, shipped_dir)
    assert shipped is not None and found.content() == shipped.content()


def test_a_missing_catalog_or_plan_is_named_by_the_id_given_with_where_it_was_looked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not a path the user never typed: the id, the search path (--data, CCHC_DATA, shipped) and
    the known ids closest to it."""
    mine, env = tmp_path / "du-lieu", tmp_path / "chung"
    mine.mkdir()
    env.mkdir()
    monkeypatch.setenv(resources.ENV, str(env))
    assert main(["criteria", "par-so-nganh-2023", "--data", str(mine)]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "• par-so-nganh-2023: không có bộ tiêu chí 'par-so-nganh-2023'" in err
    assert f"trong: --data {mine}; CCHC_DATA {env}; dữ liệu kèm công cụ" in err
    assert "có phải ý bạn là 'par-so-nganh-2022'?" in err
    monkeypatch.delenv(resources.ENV)
    assert main(["criteria", "par-so-nganh-2022", "--plan", "gia-lai-bqlkk-2022"]) == 2
    err = " ".join(capsys.readouterr().err.split())
    assert "• gia-lai-bqlkk-2022: không có kế hoạch 'gia-lai-bqlkk-2022'" in err
    assert "(đã tìm criteria/plans/gia-lai-bqlkk-2022.yaml trong: dữ liệu kèm công cụ)" in err
    assert "có phải ý bạn là 'gia-lai-bqlkkt-2022'?" in err
