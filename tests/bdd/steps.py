"""Step definitions for the reform team's Vietnamese scenarios (features/**/*.feature).

Each step is one phrase of `phrases.PHRASES`; the phrase list is the contract, the code
under it stays thin: `Cho` steps fill a ScenarioState, `Khi chấm điểm` scores through the
public API, `Thì` steps compare the report and fail with a Vietnamese message that shows
what was expected, what the engine gave, and the criterion's own explanation.
"""

from __future__ import annotations

import difflib
from typing import NoReturn

import pytest
from pytest_bdd import given, then, when

from engine.report.model import Report
from engine.report.province.model import RankedUnit
from engine.results.model import CriterionResult
from tests.bdd.phrases import phrase
from tests.bdd.state import Place, ScenarioState, key
from tests.bdd.values import Written, shown, written

STATUS = {"scored": "đã chấm", "not_applicable": "không áp dụng", "missing_evidence": "thiếu minh chứng"}


@pytest.fixture
def scenario_state() -> ScenarioState:
    return ScenarioState()


# --- failing in the team's words -------------------------------------------------------


def fail(
    state: ScenarioState, expected: str, actual: str, criterion: CriterionResult | None = None
) -> NoReturn:
    lines = [
        f"Bước chưa đúng: {state.step.text}",
        f"  ({state.feature_shown}, dòng {state.step.line}, kịch bản “{state.scenario}”)",
    ]
    if criterion is not None:
        lines.append(f"  Tiêu chí {criterion.code}: {criterion.title}")
    lines += [f"  Mong đợi: {expected}", f"  Thực tế:  {actual}"]
    if criterion is not None:
        lines.append(f"  Giải thích của công cụ: {criterion.explanation}")
    pytest.fail("\n".join(lines), pytrace=False)


def expect_number(state: ScenarioState, text: str, booleans: bool = False) -> Written:
    try:
        return written(text, booleans)
    except ValueError as exc:
        reason = str(exc)
    fail(state, "một con số", reason)


def require_scored(state: ScenarioState) -> None:
    if not state.scored:
        fail(state, "đã có bước “Khi chấm điểm” trước bước này", "chưa chấm điểm")


def report_of(state: ScenarioState) -> Report:
    require_scored(state)
    if state.report is None:
        fail(
            state,
            "minh chứng hợp lệ và được chấm điểm",
            "minh chứng bị từ chối ở bước “Khi chấm điểm”:\n"
            + "\n".join(f"    - {line}" for line in state.rejection),
        )
    return state.report


def criterion_of(state: ScenarioState, code: str) -> CriterionResult:
    report = report_of(state)
    for c in report.criteria:
        if key(c.code) == key(code):
            return c
    codes = [c.code for c in report.criteria]
    close = difflib.get_close_matches(code, codes, n=3, cutoff=0.5)
    hint = f"; gần giống: {', '.join(close)}" if close else ""
    fail(
        state,
        f"tiêu chí được chấm điểm có mã “{code}”",
        f"bộ tiêu chí {report.catalog.id} không có mã này{hint} (xem: cchc criteria {report.catalog.id})",
    )


def describe(c: CriterionResult) -> str:
    points = "chưa có điểm" if c.score is None else f"{shown(c.score)}/{shown(c.max)} điểm"
    return f"{points}, trạng thái: {STATUS[c.status]}"


# --- Cho ------------------------------------------------------------------------------


@given(phrase("given", 'bộ tiêu chí "{catalog}" và kế hoạch "{plan}"').parser())
def given_catalog(scenario_state: ScenarioState, catalog: str, plan: str) -> None:
    scenario_state.changed("catalog")
    scenario_state.catalog, scenario_state.plan = catalog.strip(), plan.strip()


@given(phrase("given", 'đơn vị "{unit}" năm {year}').parser())
def given_unit(scenario_state: ScenarioState, unit: str, year: str) -> None:
    if not year.strip().isdigit():
        fail(scenario_state, "năm viết bằng số, ví dụ: năm 2022", f"năm “{year}”")
    scenario_state.changed("unit")
    scenario_state.unit, scenario_state.year = unit.strip(), int(year)


@given(phrase("given", 'minh chứng "{fact}" là {value}').parser())
def given_fact(scenario_state: ScenarioState, fact: str, value: str) -> None:
    scenario_state.give(fact, value)


@given(phrase("given", 'minh chứng năm trước "{fact}" là {value}').parser())
def given_previous_fact(scenario_state: ScenarioState, fact: str, value: str) -> None:
    scenario_state.give(fact, value, previous=True)


@given(phrase("given", "minh chứng:").parser())
def given_fact_table(scenario_state: ScenarioState, datatable: list[list[str]] | None = None) -> None:
    if datatable is None:
        fail(scenario_state, "một bảng | mục | giá trị | ngay dưới câu này", "không có bảng")
    rows = list(zip(scenario_state.row_lines, datatable, strict=True))
    if rows and [cell.strip().casefold() for cell in rows[0][1]] == ["mục", "giá trị"]:
        rows = rows[1:]
    for line, cells in rows:
        if len(cells) != 2:
            fail(scenario_state, "bảng hai cột | mục | giá trị |", f"dòng {line} có {len(cells)} cột")
        name, value = cells
        scenario_state.give(name, value, place=Place(line, f"| {name} | {value} |"))


@given(phrase("given", 'mô phỏng minh chứng "{fact}" là {value}').parser())
def given_override(scenario_state: ScenarioState, fact: str, value: str) -> None:
    scenario_state.simulate(fact, value)


@given(phrase("given", 'đơn vị "{unit}" có minh chứng "{fact}" là {value}').parser())
def given_unit_fact(scenario_state: ScenarioState, unit: str, fact: str, value: str) -> None:
    scenario_state.give_unit(unit, fact, value)


@given(phrase("given", 'tệp minh chứng "{path}"').parser())
def given_evidence_file(scenario_state: ScenarioState, path: str) -> None:
    scenario_state.load_base(path.strip())


@given(phrase("given", 'thư mục dữ liệu "{folder}"').parser())
def given_data_dir(scenario_state: ScenarioState, folder: str) -> None:
    scenario_state.add_data_dir(folder.strip())


# --- Khi ------------------------------------------------------------------------------


@when(phrase("when", "chấm điểm").parser())
def when_scored(scenario_state: ScenarioState) -> None:
    try:
        scenario_state.score()
    except Exception as exc:  # an engine fault, not a rejection: say so plainly
        fault = f"{type(exc).__name__}: {exc}"
    else:
        return
    fail(
        scenario_state,
        "công cụ chấm điểm xong",
        f"công cụ gặp lỗi (lỗi của công cụ, không phải minh chứng): {fault}",
    )


@when(phrase("when", "chấm điểm tất cả các đơn vị").parser())
def when_units_scored(scenario_state: ScenarioState) -> None:
    if not scenario_state.units:
        fail(scenario_state, "các bước “Cho đơn vị … có minh chứng …” trước bước này", "chưa có đơn vị nào")
    try:
        scenario_state.score_units()
    except Exception as exc:
        fault = f"{type(exc).__name__}: {exc}"
    else:
        return
    fail(
        scenario_state,
        "công cụ chấm điểm xong",
        f"công cụ gặp lỗi (lỗi của công cụ, không phải minh chứng): {fault}",
    )


# --- Thì ------------------------------------------------------------------------------


@then(phrase("then", 'tiêu chí "{code}" được {points} điểm').parser())
def then_points(scenario_state: ScenarioState, code: str, points: str) -> None:
    c = criterion_of(scenario_state, code)
    want = expect_number(scenario_state, points)
    if c.score is None or not want.matches(c.score):
        fail(scenario_state, f"{want.text} điểm", describe(c), c)


@then(phrase("then", 'tiêu chí "{code}" đạt điểm tối đa').parser())
def then_full_points(scenario_state: ScenarioState, code: str) -> None:
    c = criterion_of(scenario_state, code)
    if c.score != c.max:
        fail(scenario_state, f"điểm tối đa {shown(c.max)} điểm", describe(c), c)


@then(phrase("then", 'tiêu chí "{code}" đạt chỉ tiêu kế hoạch').parser())
def then_target_met(scenario_state: ScenarioState, code: str) -> None:
    check_target(scenario_state, code, met=True)


@then(phrase("then", 'tiêu chí "{code}" không đạt chỉ tiêu kế hoạch').parser())
def then_target_missed(scenario_state: ScenarioState, code: str) -> None:
    check_target(scenario_state, code, met=False)


def check_target(state: ScenarioState, code: str, met: bool) -> None:
    c = criterion_of(state, code)
    wanted = "đạt" if met else "không đạt"
    if c.target is None:
        fail(state, f"{wanted} chỉ tiêu kế hoạch", "kế hoạch không đặt chỉ tiêu cho tiêu chí này", c)
    if c.target.met is not met:
        actual = {True: "đạt", False: "không đạt"}.get(c.target.met) if c.target.met is not None else None
        fail(
            state,
            f"{wanted} chỉ tiêu “{c.target.text}” ({c.target.rule})",
            f"{actual} chỉ tiêu" if actual else f"chưa đánh giá được chỉ tiêu: {c.target.reason}",
            c,
        )


@then(phrase("then", 'chỉ số của tiêu chí "{code}" là {value}').parser())
def then_indicator(scenario_state: ScenarioState, code: str, value: str) -> None:
    c = criterion_of(scenario_state, code)
    want = expect_number(scenario_state, value, booleans=True)
    actual = c.indicator.value
    if actual is None or not want.matches(actual):
        got = "chưa tính được chỉ số" if actual is None else f"{shown(actual)}{c.indicator.unit}"
        fail(scenario_state, f"chỉ số {want.text}", f"{got} ({describe(c)})", c)


@then(phrase("then", 'tiêu chí "{code}" thiếu minh chứng').parser())
def then_missing(scenario_state: ScenarioState, code: str) -> None:
    check_status(scenario_state, code, "missing_evidence")


@then(phrase("then", 'tiêu chí "{code}" không áp dụng').parser())
def then_not_applicable(scenario_state: ScenarioState, code: str) -> None:
    check_status(scenario_state, code, "not_applicable")


def check_status(state: ScenarioState, code: str, status: str) -> None:
    c = criterion_of(state, code)
    if c.status != status:
        fail(state, f"trạng thái: {STATUS[status]}", describe(c), c)


@then(phrase("then", "tổng điểm tự đánh giá là {points}").parser())
def then_total(scenario_state: ScenarioState, points: str) -> None:
    total = report_of(scenario_state).total
    want = expect_number(scenario_state, points)
    if not want.matches(total.score):
        counts = ", ".join(f"{n} {STATUS[s]}" for s, n in total.counts.items())
        fail(scenario_state, f"{want.text} điểm", f"{shown(total.score)}/{shown(total.max)} điểm ({counts})")


@then(phrase("then", 'có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "{code}"').parser())
def then_shortfall(scenario_state: ScenarioState, code: str) -> None:
    c = criterion_of(scenario_state, code)
    report = report_of(scenario_state)
    if not any(s.code == c.code for s in report.shortfalls):
        listed = ", ".join(s.code for s in report.shortfalls) or "không có cảnh báo nào"
        fail(scenario_state, f"cảnh báo chưa đạt chỉ tiêu cho {c.code}", f"cảnh báo có: {listed}", c)


@then(phrase("then", "không có cảnh báo chưa đạt chỉ tiêu").parser())
def then_no_shortfall(scenario_state: ScenarioState) -> None:
    report = report_of(scenario_state)
    if report.shortfalls:
        listed = "\n".join(f"    - {s.code}: {s.gap}" for s in report.shortfalls)
        fail(scenario_state, "không có cảnh báo chưa đạt chỉ tiêu", f"có {len(report.shortfalls)}:\n{listed}")


@then(phrase("then", 'báo cáo có cảnh báo chứa "{text}"').parser())
def then_warning(scenario_state: ScenarioState, text: str) -> None:
    report = report_of(scenario_state)
    if not any(key(text) in key(w.message) for w in report.warnings):
        listed = "\n".join(f"    - {w.message}" for w in report.warnings) or "    (không có cảnh báo nào)"
        fail(scenario_state, f"một cảnh báo có chữ “{text}”", f"các cảnh báo là:\n{listed}")


@then(phrase("then", 'minh chứng bị từ chối với lỗi chứa "{text}"').parser())
def then_rejected(scenario_state: ScenarioState, text: str) -> None:
    require_scored(scenario_state)
    if scenario_state.report is not None:
        total = scenario_state.report.total
        fail(
            scenario_state,
            f"minh chứng bị từ chối, lỗi có chữ “{text}”",
            f"minh chứng hợp lệ, đã chấm {shown(total.score)}/{shown(total.max)} điểm",
        )
    if not any(key(text) in key(line) for line in scenario_state.rejection):
        listed = "\n".join(f"    - {line}" for line in scenario_state.rejection)
        fail(scenario_state, f"một lỗi có chữ “{text}”", f"các lỗi là:\n{listed}")


# --- Thì: xếp hạng, mô phỏng ------------------------------------------------------------


def ranked_unit(state: ScenarioState, unit: str) -> RankedUnit:
    require_scored(state)
    if state.summary is None:
        fail(state, "bước “Khi chấm điểm tất cả các đơn vị” trước bước này", "chưa chấm nhiều đơn vị")
    for u in state.summary.units:
        if key(u.unit) == key(unit):
            return u
    listed = ", ".join(u.unit for u in state.summary.units) or "không có đơn vị nào được chấm"
    rejected = "\n".join(f"    - {line}" for line in state.rejection)
    fail(
        state,
        f"đơn vị “{unit}” được xếp hạng",
        f"các đơn vị được xếp hạng: {listed}" + (f"\n{rejected}" if rejected else ""),
    )


def ranking_text(state: ScenarioState) -> str:
    assert state.summary is not None
    return "; ".join(f"{u.rank}. {u.unit} ({shown(u.total.score)} điểm)" for u in state.summary.units)


@then(phrase("then", 'đơn vị "{unit}" xếp hạng {rank}').parser())
def then_rank(scenario_state: ScenarioState, unit: str, rank: str) -> None:
    u = ranked_unit(scenario_state, unit)
    if not rank.isdigit():
        fail(scenario_state, "hạng viết bằng số, ví dụ: xếp hạng 1", f"hạng “{rank}”")
    if u.rank != int(rank):
        fail(
            scenario_state,
            f"“{u.unit}” hạng {rank}",
            f"hạng {u.rank}; xếp hạng: {ranking_text(scenario_state)}",
        )


@then(phrase("then", 'tổng điểm của đơn vị "{unit}" là {points}').parser())
def then_unit_total(scenario_state: ScenarioState, unit: str, points: str) -> None:
    u = ranked_unit(scenario_state, unit)
    want = expect_number(scenario_state, points)
    own = scenario_state.unit_reports[u.unit].total.score
    if not want.matches(u.total.score) or own != u.total.score:
        fail(
            scenario_state, f"{want.text} điểm", f"{shown(u.total.score)} điểm (báo cáo riêng: {shown(own)})"
        )


@then(
    phrase(
        "then", 'báo cáo ghi minh chứng "{fact}" được mô phỏng là {simulated} thay cho {original}'
    ).parser()
)
def then_override(scenario_state: ScenarioState, fact: str, simulated: str, original: str) -> None:
    report = report_of(scenario_state)
    wanted = scenario_state.fact_id(fact)
    found = [o for o in report.overrides if o.fact == wanted]
    if not found:
        listed = ", ".join(o.fact for o in report.overrides) or "báo cáo không có mô phỏng nào"
        fail(scenario_state, f"mô phỏng minh chứng “{wanted}”", f"các minh chứng được mô phỏng: {listed}")
    o = found[0]
    value, before = expect_number(scenario_state, simulated), expect_number(scenario_state, original)
    if not value.matches(float(o.value)) or o.original is None or not before.matches(float(o.original)):
        was = "không có" if o.original is None else shown(float(o.original))
        fail(
            scenario_state,
            f"{wanted} = {value.text} thay cho {before.text}",
            f"{wanted} = {shown(float(o.value))} thay cho {was}",
        )


@then(phrase("then", 'điểm lĩnh vực "{field}" là {points}').parser())
def then_field_points(scenario_state: ScenarioState, field: str, points: str) -> None:
    report = report_of(scenario_state)
    want = expect_number(scenario_state, points)
    rollup = next((f for f in report.fields if key(f.code) == key(field)), None)
    if rollup is None:
        codes = ", ".join(f.code for f in report.fields)
        fail(scenario_state, f"lĩnh vực có mã “{field}”", f"bộ tiêu chí có các lĩnh vực: {codes}")
    if not want.matches(rollup.score):
        fail(scenario_state, f"{want.text} điểm", f"{shown(rollup.score)}/{shown(rollup.max)} điểm")


@then(phrase("then", 'xếp loại tổng điểm là "{label}"').parser())
def then_total_label(scenario_state: ScenarioState, label: str) -> None:
    total = report_of(scenario_state).total
    actual = total.label.text if total.label else "bộ tiêu chí không có xếp loại theo tổng điểm"
    if key(actual) != key(label):
        fail(scenario_state, f"xếp loại “{label}”", f"{actual} (tổng {shown(total.score)} điểm)")


@then(phrase("then", 'tiêu chí "{code}" còn có thể đạt: "{text}"').parser())
def then_available(scenario_state: ScenarioState, code: str, text: str) -> None:
    c = criterion_of(scenario_state, code)
    actual = c.available.sentence if c.available else "báo cáo không nêu điểm còn có thể đạt"
    if key(actual) != key(text):
        fail(scenario_state, f"“{text}”", actual, c)


@then(phrase("then", 'chỉ tiêu điểm "{scope}" đạt').parser())
def then_score_target_met(scenario_state: ScenarioState, scope: str) -> None:
    check_score_target(scenario_state, scope, met=True)


@then(phrase("then", 'chỉ tiêu điểm "{scope}" không đạt, cần thêm {points} điểm').parser())
def then_score_target_missed(scenario_state: ScenarioState, scope: str, points: str) -> None:
    check_score_target(scenario_state, scope, met=False, gap=points)


def check_score_target(state: ScenarioState, code: str, met: bool, gap: str | None = None) -> None:
    report = report_of(state)
    wanted = "total" if key(code) in (key("tổng điểm"), "total") else code
    targets = report.summary.score_targets if report.summary else []
    target = next((t for t in targets if key(t.code) == key(wanted)), None)
    if target is None:
        listed = ", ".join(t.code for t in targets) or "không có"
        fail(state, f"chỉ tiêu điểm cho “{code}”", f"kế hoạch có chỉ tiêu điểm cho: {listed}")
    verdict = {True: "đạt", False: "không đạt", None: "chưa đánh giá được"}
    if target.met is not met:
        fail(
            state, f"{verdict[met]} “{target.text}”", f"{verdict[target.met]}: {target.gap or target.reason}"
        )
    if gap is not None:
        want = expect_number(state, gap)
        if not want.matches(target.gap_points):
            fail(state, f"cần thêm {want.text} điểm", target.gap)
