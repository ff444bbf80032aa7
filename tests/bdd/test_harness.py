"""The BDD harness itself: a dropped-in feature runs, unknown phrases are explained, one
feature runs alone, and a changed target turns a scenario red with a readable message."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

import engine.scoring
from engine.spec.bundle import Bundle, Library, find_plan
from tests.bdd.phrases import PHRASES, closest
from tests.bdd.state import Place, ScenarioState
from tests.bdd.steps import given_catalog, given_fact, then_points, then_target_missed, when_scored

ROOT = Path(__file__).resolve().parents[2]
FEATURES = ROOT / "features"


def run_pytest(*args: str) -> subprocess.CompletedProcess[str]:
    """Plain `pytest` from the project root, as the README says, in a fresh process."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


@pytest.fixture
def dropped_in() -> Iterator[Path]:
    """A temporary folder two levels deep under features/, removed afterwards."""
    folder = FEATURES / f"_tam_{uuid.uuid4().hex[:8]}" / "con"
    folder.mkdir(parents=True)
    try:
        yield folder
    finally:
        shutil.rmtree(folder.parent)


GOOD = """# language: vi
Tính năng: Tệp mới thả vào
  Kịch bản: {tag} — tệp mới chạy được
    Cho bộ tiêu chí "par-so-nganh-2022" và kế hoạch "gia-lai-bqlkkt-2022"
    Và minh chứng "Số sáng kiến, giải pháp mới trong CCHC" là 2
    Khi chấm điểm
    Thì tiêu chí "TC 1.5" được 0,5 điểm
"""

UNKNOWN = """# language: vi
Tính năng: Câu chưa có
  Kịch bản: {tag} — câu lạ
    Cho bộ tiêu chí "par-so-nganh-2022" và kế hoạch "gia-lai-bqlkkt-2022"
    Khi chấm điểm
    Thì tiêu chí "TC 1.5" được chấm 0,5 điểm
"""


def test_dropped_in_feature_runs_and_unknown_phrase_names_closest(dropped_in: Path) -> None:
    tag = dropped_in.parent.name
    (dropped_in / f"{tag}-tot.feature").write_text(GOOD.format(tag=tag), encoding="utf-8")
    (dropped_in / f"{tag}-la.feature").write_text(UNKNOWN.format(tag=tag), encoding="utf-8")

    result = run_pytest("-rA", "-k", tag)

    out = result.stdout
    assert re.search(r"^PASSED tests/bdd/test_features.py::test_\w+_tệp_mới_chạy_được$", out, re.M), out
    assert re.search(r"^FAILED tests/bdd/test_features.py::test_\w+_câu_lạ ", out, re.M), out
    assert 'Không hiểu bước: Thì tiêu chí "TC 1.5" được chấm 0,5 điểm' in out
    assert f"features/{tag}/con/{tag}-la.feature, dòng 6" in out
    assert 'Thì tiêu chí "<mã tiêu chí>" được <điểm> điểm' in out.split("Các câu gần nhất", 1)[1]


def test_one_feature_file_runs_alone_with_k() -> None:
    result = run_pytest("-rA", "-k", "linh-vuc-2")
    ran = re.findall(r"^PASSED tests/bdd/test_features.py::", result.stdout, re.M)
    assert result.returncode == 0, result.stdout
    assert len(ran) == scenario_count(FEATURES / "linh-vuc-2.feature"), result.stdout


def scenario_count(feature: Path) -> int:
    """Scenarios plus outline rows, read from the file the way the team writes it."""
    count, in_examples, header_seen = 0, False, False
    for line in feature.read_text(encoding="utf-8").splitlines():
        text = line.strip()
        if text.startswith("Kịch bản:"):
            count, in_examples = count + 1, False
        elif text.startswith("Khung kịch bản:"):
            in_examples = False
        elif text.startswith("Dữ liệu:"):
            in_examples, header_seen = True, False
        elif in_examples and text.startswith("|"):
            count += header_seen
            header_seen = True
        elif in_examples and text and not text.startswith("#"):
            in_examples = False
    return count


def test_closest_phrases_are_known_phrases() -> None:
    near = closest('tiêu chí "TC 1.1" đạt tối đa')
    assert near and near[0].shown == 'Thì tiêu chí "<mã tiêu chí>" đạt điểm tối đa'
    assert all(p in PHRASES for p in near)


def scored_state(plan_id: str = "gia-lai-bqlkkt-2022") -> ScenarioState:
    state = ScenarioState(feature_shown="features/thu.feature", scenario="đổi chỉ tiêu")
    given_catalog(state, "par-so-nganh-2022", plan_id)
    given_fact(state, "dossiers.resolved", "1200")
    given_fact(state, "dossiers.resolved_on_time", "1187")
    when_scored(state)
    state.step = Place(9, 'Thì tiêu chí "TCTP 3.4.1" không đạt chỉ tiêu kế hoạch')
    return state


def test_a_changed_target_makes_a_scenario_fail_in_vietnamese(monkeypatch: pytest.MonkeyPatch) -> None:
    then_target_missed(scored_state(), "TCTP 3.4.1")  # the shipped plan: 98,92% misses 100%

    plan = find_plan("gia-lai-bqlkkt-2022")
    target = plan.targets["TCTP 3.4.1"]
    lowered = target.model_copy(update={"rule": target.rule.model_copy(update={"value": 95.0})})
    changed = plan.model_copy(update={"targets": {**plan.targets, "TCTP 3.4.1": lowered}})
    shipped = Library().bundle("par-so-nganh-2022", "gia-lai-bqlkkt-2022")
    changed_bundle = Bundle.from_models(shipped.catalog, shipped.rulebook, changed)
    monkeypatch.setattr(engine.scoring, "Library", lambda: Library.holding(changed_bundle))

    with pytest.raises(pytest.fail.Exception) as failure:
        then_target_missed(scored_state(), "TCTP 3.4.1")
    message = str(failure.value)
    assert 'Bước chưa đúng: Thì tiêu chí "TCTP 3.4.1" không đạt chỉ tiêu kế hoạch' in message
    assert "(features/thu.feature, dòng 9, kịch bản “đổi chỉ tiêu”)" in message
    assert "Mong đợi: không đạt chỉ tiêu “Giải quyết đúng hạn 100%” (≥ 95%)" in message
    assert "Thực tế:  đạt chỉ tiêu" in message
    assert "Giải thích của công cụ: Chỉ số 98,92% (1187/1200)" in message


def test_a_wrong_score_shows_expected_actual_and_explanation() -> None:
    state = scored_state()
    state.step = Place(10, 'Thì tiêu chí "TCTP 3.4.1" được 1 điểm')
    with pytest.raises(pytest.fail.Exception) as failure:
        then_points(state, "TCTP 3.4.1", "1")
    message = str(failure.value)
    assert "Mong đợi: 1 điểm" in message
    assert "Thực tế:  0,5/1 điểm, trạng thái: đã chấm" in message
    assert "thuộc mức “từ 95% đến dưới 100%” → 0,5/1 điểm" in message


NO_LANGUAGE = """Tính năng: Quên dòng ngôn ngữ
  Kịch bản: {tag} — quên
    Cho bộ tiêu chí "par-so-nganh-2022" và kế hoạch "gia-lai-bqlkkt-2022"
    Khi chấm điểm
"""

MISSPELT = """# language: vi
Tính năng: Từ khoá viết sai
  Kich bản: {tag} — không dấu
    Cho bộ tiêu chí "par-so-nganh-2022" và kế hoạch "gia-lai-bqlkkt-2022"
    Khi chấm điểm
    Thì không có cảnh báo chưa đạt chỉ tiêu
"""

MISSPELT_STEP = """# language: vi
Tính năng: Bước viết sai
  Kịch bản: {tag} — bước sai
    Cho bộ tiêu chí "par-so-nganh-2022" và kế hoạch "gia-lai-bqlkkt-2022"
    Khi chấm điểm
    Thi tiêu chí "TC 1.5" thiếu minh chứng
"""


def test_a_broken_file_is_explained_in_vietnamese_and_the_others_still_run(dropped_in: Path) -> None:
    tag = dropped_in.parent.name
    (dropped_in / f"{tag}-tot.feature").write_text(GOOD.format(tag=tag), encoding="utf-8")
    (dropped_in / f"{tag}-quen.feature").write_text(NO_LANGUAGE.format(tag=tag), encoding="utf-8")
    (dropped_in / f"{tag}-sai.feature").write_text(MISSPELT.format(tag=tag), encoding="utf-8")
    (dropped_in / f"{tag}-buoc.feature").write_text(MISSPELT_STEP.format(tag=tag), encoding="utf-8")

    result = run_pytest("-rA", "-k", tag)

    out = result.stdout
    assert "Traceback" not in out and "Interrupted" not in out and "TokenError" not in out, out
    assert re.search(r"^PASSED tests/bdd/test_features.py::test_\w+_tệp_mới_chạy_được$", out, re.M), out
    where = f"features/{tag}/con/{tag}"
    assert f"{where}-quen.feature, dòng 1: dòng đầu tiên phải là “# language: vi”" in out, out
    assert f"{where}-sai.feature, dòng 3: “Kich bản: {tag} — không dấu”: có phải ý bạn là “Kịch bản:”?" in out
    assert "bước này không thuộc kịch bản nào" in out
    step = 'dòng 6: “Thi tiêu chí "TC 1.5" thiếu minh chứng”: từ khoá viết sai'
    assert f"{where}-buoc.feature, {step}" in out
    assert "có phải ý bạn là “Thì”?" in out
    assert result.returncode == 1, out


def test_prose_descriptions_of_the_shipped_files_are_not_taken_for_keywords() -> None:
    from tests.bdd.form import meant_keyword, problems

    assert all(not problems(f) for f in sorted(FEATURES.rglob("*.feature")))
    assert meant_keyword("và chỉ tiêu điểm nhóm TDGQ ≥ 19.") is None
    assert meant_keyword("Ghi chú: số liệu minh hoạ") is None
    assert meant_keyword("Tinh huong: a") == "Tình huống:"
    assert meant_keyword("Va minh chứng") == "Và"


def test_an_outline_placeholder_that_is_no_column_is_named_with_the_column_meant(tmp_path: Path) -> None:
    from tests.bdd.form import problems

    feature = tmp_path / "khung.feature"
    feature.write_text(
        """# language: vi
Tính năng: Khung thử
  Khung kịch bản: TC 1.1 — <tử số>/<mẫu số>
    Cho bộ tiêu chí "par-so-nganh-2022" và kế hoạch "gia-lai-bqlkkt-2022"
    Cho minh chứng:
      | mục                                     | giá trị  |
      | Số nhiệm vụ trong kế hoạch CCHC năm     | <mẫu số> |
      | Số nhiệm vụ kế hoạch CCHC đã hoàn thành | <tử so>  |
    Khi chấm điểm
    Thì tiêu chí "TC 1.1" được <điểm> điểm

    Dữ liệu:
      | mẫu số | tử số | điểm |
      | 40     | 39    | 0,5  |
""",
        encoding="utf-8",
    )
    assert problems(feature) == [
        "khung.feature, dòng 8: “<tử so>” không phải một cột của bảng “Dữ liệu:” (các cột: mẫu số, tử số, "
        "điểm); có phải ý bạn là “<tử số>”?"
    ]
