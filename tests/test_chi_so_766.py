"""The 766 index (catalog chi-so-766) as data: the portal's figures reproduced to the cent.

Expected scores are computed by hand from the issue's formulas (comments give the arithmetic);
a literal port of the portal's arithmetic checks random figures; the engine has no 766 code.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from engine.core.problems import InputError, Reason
from engine.report.html import report_html
from engine.report.model import Report
from engine.scoring import score, score_file
from engine.spec.bundle import Library, find_catalog, find_rulebook
from evidence import evidence_from_data
from tests.test_pci_data import _code_words

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "evidence" / "examples" / "chi-so-766-xa-minh-hoa-2025.yaml"

CANDIDATES = {"CLGQ 1a"}  # informational, provisional: not in the issue's table (issue 12, B12)
# The issue's table: code → (field, max, numerator, denominator, 0/0 policy).
TABLE: dict[str, tuple[str, float, str, str | None, str | None]] = {
    "CKMB 1": ("CKMB", 6, "disclosure.published_on_time", "disclosure.to_publish", "zero"),
    "CKMB 2": ("CKMB", 4, "disclosure.updated_on_time", "disclosure.to_update", "zero"),
    "CKMB 3": ("CKMB", 2, "disclosure.complete", "disclosure.published", "zero"),
    "CKMB 4": ("CKMB", 6, "dossiers.synced_national", "dossiers.to_sync", "zero"),
    "TDGQ 1": ("TDGQ", 20, "dossiers.within_time", "dossiers.received", "zero"),
    "CLGQ 1": ("CLGQ", 12, "online_service.rate", None, None),
    "MDSH 1": ("MDSH", 6, "dossiers.electronic_result", "dossiers.received", "zero"),
    "MDSH 2": ("MDSH", 4, "dossiers.digitized", "dossiers.received", "zero"),
    "MDSH 3": ("MDSH", 2, "dossiers.reused_data", "dossiers.received", "zero"),
    "MDSH 4": ("MDSH", 4, "dossiers.shared_for_reuse", "dossiers.received", "zero"),
    "MDSH 5": ("MDSH", 2, "dossiers.population_data", "dossiers.received", "zero"),
    "MDSH 6": ("MDSH", 2, "procedures.population_data", "procedures.total", "zero"),
    "MDSH 7": ("MDSH", 2, "certified_copies.electronic", "certified_copies.requested", "full"),
    "TTTT 1": ("TTTT", 6, "payments.dossiers_paid_online", "payments.dossiers_with_fees", "zero"),
    "TTTT 2": ("TTTT", 2, "payments.procedures_paid_online", "payments.fee_procedures", "zero"),
    "TTTT 3": ("TTTT", 2, "payments.fee_procedures_with_dossiers", "payments.fee_procedures", "zero"),
    "MDHL 1": ("MDHL", 6, "satisfaction.dossiers_satisfied", "dossiers.received", "zero"),
    "MDHL 2": ("MDHL", 6, "petitions.handled_on_time", "petitions.received", "full"),
    "MDHL 3": ("MDHL", 6, "petitions.satisfied", "petitions.received", "full"),
    "MDHL 4": ("MDHL", 0, "petitions.about_procedures", "petitions.received", "zero"),
    "MDHL 5": ("MDHL", 0, "petitions.about_staff", "petitions.received", "zero"),
}
TITLES = {
    "CKMB 1": "Tỷ lệ TTHC công bố đúng hạn",
    "CKMB 2": "Tỷ lệ TTHC cập nhật, công khai đúng hạn",
    "CKMB 3": "Tỷ lệ TTHC công khai đầy đủ nội dung",
    "CKMB 4": "Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG",
    "TDGQ 1": "Hồ sơ giải quyết đúng hạn (và trước hạn, kể cả đang giải quyết trong hạn) trên tổng số hồ sơ "
    "tiếp nhận",
    "CLGQ 1": "Tỷ lệ cung cấp dịch vụ công trực tuyến & nộp hồ sơ trực tuyến",
    "MDSH 1": "Tỷ lệ hồ sơ có cấp kết quả giải quyết TTHC điện tử",
    "MDSH 2": "Tỷ lệ hồ sơ TTHC thực hiện số hóa hồ sơ",
    "MDSH 3": "Tỷ lệ hồ sơ khai thác, sử dụng lại thông tin, dữ liệu số hóa",
    "MDSH 4": "Tỷ lệ hồ sơ TTHC được số hóa có kết nối, chia sẻ dữ liệu phục vụ tái sử dụng",
    "MDSH 5": "Tỷ lệ hồ sơ TTHC có sử dụng thông tin, dữ liệu dân cư",
    "MDSH 6": "Tỷ lệ TTHC triển khai kết nối, chia sẻ dữ liệu dân cư phục vụ GQ TTHC",
    "MDSH 7": "Tỷ lệ cung cấp dịch vụ chứng thực bản sao điện tử từ bản chính",
    "TTTT 1": "Tỷ lệ hồ sơ thanh toán trực tuyến",
    "TTTT 2": "Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến",
    "TTTT 3": "Tỷ lệ TTHC có thu phí, lệ phí phát sinh hồ sơ",
    "MDHL 1": "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC",
    "MDHL 2": "Tỷ lệ PAKN xử lý đúng hạn",
    "MDHL 3": "Tỷ lệ hài lòng trong xử lý PAKN",
    "MDHL 4": "Tỷ lệ PAKN về quy định, TTHC",
    "MDHL 5": "Tỷ lệ PAKN về hành vi CBCCVC",
}
FIELDS = {"CKMB": 18, "TDGQ": 20, "CLGQ": 12, "MDSH": 22, "TTTT": 10, "MDHL": 18}

# The example's figures, scored by hand (criterion: percentage shown, score).
BY_HAND = {
    "CKMB 1": (90.00, 5.40),  # 6 × 45/50
    "CKMB 2": (92.50, 3.70),  # 4 × 37/40
    "CKMB 3": (98.33, 1.97),  # 2 × 118/120 = 1,9666…
    "CKMB 4": (98.92, 5.94),  # 6 × 1187/1200 = 5,935 exactly: half up
    "TDGQ 1": (95.83, 19.17),  # 20 × 1380/1440 = 19,1666…
    "CLGQ 1": (87.53, 10.50),  # 12 × 87,53/100 = 10,5036
    "MDSH 1": (91.67, 5.50),  # 6 × 1320/1440
    "MDSH 2": (69.44, 2.78),  # 4 × 1000/1440 = 2,777…
    "MDSH 3": (76.39, 1.91),  # 2 × (1100/1440)/0,8 = 1,9097…
    "MDSH 4": (62.50, 2.50),  # 4 × 900/1440
    "MDSH 5": (50.00, 1.00),  # 2 × 720/1440
    "MDSH 6": (25.00, 0.50),  # 2 × 30/120
    "MDSH 7": (100.00, 2.00),  # 0/0 → full
    "TTTT 1": (9.75, 0.58),  # 6 × 9,75/100 = 0,585 as a double 0,58499… → toFixed 0,58
    "TTTT 2": (25.00, 0.63),  # 2,5 × 25/100 = 0,625 exact → 0,63
    "TTTT 3": (85.00, 2.00),  # min(2; 2,5 × 85/100 = 2,125)
    "MDHL 1": (89.58, 5.97),  # 6 × (1290/1440)/0,9 = 5,972…
    "MDHL 2": (96.00, 5.76),  # 6 × 24/25
    "MDHL 3": (80.00, 4.80),  # 6 × 20/25
    "MDHL 4": (20.00, 0.00),  # shown, 0 points
    "MDHL 5": (8.00, 0.00),
    "CLGQ 1a": (None, 0.00),  # no export in the example: not applicable, 0 points
}
GROUPS_BY_HAND = {"CKMB": 17.01, "TDGQ": 19.17, "CLGQ": 10.50, "MDSH": 16.19, "TTTT": 3.21, "MDHL": 16.53}


def test_catalog_is_the_issues_table() -> None:
    catalog, rules = find_catalog("chi-so-766"), find_rulebook("chi-so-766")
    assert catalog.years == [2025, 2026]
    assert {
        f.code: sum(c.max or 0 for c in catalog.criteria if c.field == f.code) for f in catalog.fields
    } == FIELDS
    assert [c.code for c in catalog.criteria if c.code not in CANDIDATES] == list(TABLE)
    # B12: beside the rate the portal gives, a provisional candidate computed from an export (0 points)
    candidate, ind = catalog.criterion("CLGQ 1a"), rules.indicators["CLGQ 1a"]
    assert (candidate.field, candidate.max, ind.form) == ("CLGQ", 0, "ratio")
    assert ind.model_dump()["ratio"] == {
        "of": "dossiers.online",
        "over": "dossiers.received_for_online_procedures",
    }
    assert ind.when_missing and "TẠM TÍNH" in candidate.note
    for code, (field, max_, num, den, policy) in TABLE.items():
        c, ind = catalog.criterion(code), rules.indicators[code]
        assert (c.field, c.max, c.title) == (field, max_, TITLES[code])
        written = ind.model_dump()
        if den is None:
            assert (ind.form, written["value"]) == ("value", num)
        else:
            assert ind.form == "ratio"
            assert (written["ratio"], ind.zero_denominator) == ({"of": num, "over": den}, policy)
    used = {n for ind in rules.indicators.values() for n in ind.facts()}
    assert used == set(catalog.facts)
    assert all(catalog.facts[n].label.strip() for n in used)


def test_example_gives_the_hand_computed_scores() -> None:
    report = score_file(EXAMPLE)
    got = {c.code: (c.indicator.value, c.score) for c in report.criteria}
    assert got == BY_HAND
    assert {f.code: f.score for f in report.fields} == GROUPS_BY_HAND
    assert report.total.score == 82.61  # 17,01 + 19,17 + 10,50 + 16,19 + 3,21 + 16,53
    assert report.total.label is not None
    assert (report.total.label.text, report.total.label.provisional) == ("Khá", True)
    explained = {c.code: c.explanation for c in report.criteria}
    assert "toFixed(2)" in explained["TTTT 1"] and "toFixed(2)" not in explained["TDGQ 1"]


def test_points_still_available_with_the_least_effort() -> None:
    report = score_file(EXAMPLE)
    by = {c.code: c.available for c in report.criteria}
    mdsh1 = by["MDSH 1"]
    assert mdsh1 is not None
    # 6 × 1439/1440 = 5,9958… rounds to 6,00: 119 more dossiers are enough, not 120
    assert (mdsh1.points, mdsh1.needed) == (0.5, 119)
    assert mdsh1.sentence == "cần thêm 119 hồ sơ có kết quả điện tử để được thêm 0,50 điểm"
    mdsh3 = by["MDSH 3"]  # full at 80 %: 1152 of 1440; 1150 already gives 1,9965… → 2,00
    assert mdsh3 is not None and (mdsh3.points, mdsh3.needed) == (0.09, 50)
    assert by["MDSH 7"] is not None and by["MDSH 7"].sentence == "đã đạt điểm tối đa"
    assert by["MDHL 4"] is None  # no points to gain on an informational criterion


def _data(facts: dict[str, Any], plan: str | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {"unit": "Đơn vị thử", "year": 2026, "catalog": "chi-so-766", "facts": facts}
    if plan:
        data["plan"] = plan
    return data


def _run(facts: dict[str, Any], plan: str | None = None) -> Report:
    return score(evidence_from_data(_data(facts, plan), "test.yaml"))


def _scores(report: Report) -> dict[str, float | None]:
    return {c.code: c.score for c in report.criteria}


def test_zero_over_zero_in_both_policies() -> None:
    facts = {n: 0 for n in find_catalog("chi-so-766").facts}
    facts["online_service.rate"] = 0
    report = _run(facts)
    scores = _scores(report)
    full = {"MDSH 7": 2.0, "MDHL 2": 6.0, "MDHL 3": 6.0}
    assert {c: s for c, s in scores.items() if s} == full
    # CLGQ 1a (candidate) over 0 dossiers of online procedures: not applicable, 0 points
    assert {c.code for c in report.criteria if c.status != "scored"} == {"CLGQ 1a"}
    assert report.total.score == 14.0
    assert report.total.label is not None and report.total.label.text == "Yếu/Kém"


@pytest.mark.parametrize(
    ("satisfied", "score"),
    [(1296, 6.0), (1295, 6.0), (1290, 5.97), (1440, 6.0), (0, 0.0)],  # 1295/1440 = 89,93 %: 5,9954 → 6,00
)
def test_satisfaction_is_full_from_90_percent(satisfied: int, score: float) -> None:
    report = _run({"dossiers.received": 1440, "satisfaction.dossiers_satisfied": satisfied})
    assert _scores(report)["MDHL 1"] == score


@pytest.mark.parametrize(("reused", "score"), [(1152, 2.0), (1151, 2.0), (1140, 1.98), (1440, 2.0)])
def test_reuse_is_full_from_80_percent(reused: int, score: float) -> None:
    report = _run({"dossiers.received": 1440, "dossiers.reused_data": reused})
    assert _scores(report)["MDSH 3"] == score  # 1151/1440/0,8 × 2 = 1,99826 → 2,00; 1140 → 1,979


@pytest.mark.parametrize(
    ("paid", "procedures", "with_dossiers", "scores"),
    [
        (39, 10, 34, (0.58, 0.63, 2.0)),
        (400, 32, 40, (6.0, 2.0, 2.0)),  # 32/40 = 80 %: 2,5 × 80/100 = 2 exactly
        (0, 31, 1, (0.0, 1.94, 0.06)),  # 77,5 % → 1,9375 → 1,94; 2,5 % → 0,0625 → 0,06 (0,0625 is exact)
    ],
)
def test_payment_group_caps_and_portal_rounding(
    paid: int, procedures: int, with_dossiers: int, scores: tuple[float, float, float]
) -> None:
    report = _run(
        {
            "payments.dossiers_with_fees": 400,
            "payments.dossiers_paid_online": paid,
            "payments.fee_procedures": 40,
            "payments.procedures_paid_online": procedures,
            "payments.fee_procedures_with_dossiers": with_dossiers,
        }
    )
    got = _scores(report)
    assert (got["TTTT 1"], got["TTTT 2"], got["TTTT 3"]) == scores


def _page(w: float, num: int, den: int, cap: float) -> Decimal:
    """The portal's payment term written as the page computes it: percentage text, then doubles."""
    pct = (Decimal(100 * num) / Decimal(den)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    r = float(str(pct))
    return Decimal(min(cap, w * r / 100)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _exact(max_: int, num: int, den: int, full_at: int = 100) -> Decimal:
    share = min(Fraction(1), Fraction(num, den) * 100 / full_at)
    value = Fraction(max_) * share
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )


counts = st.integers(min_value=1, max_value=5000).flatmap(
    lambda den: st.tuples(st.just(den), st.integers(min_value=0, max_value=den))
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(received=counts, fees=counts, procedures=counts, petitions=counts)
def test_random_figures_match_a_literal_port_of_the_portal(
    received: tuple[int, int], fees: tuple[int, int], procedures: tuple[int, int], petitions: tuple[int, int]
) -> None:
    den, num = received
    fden, fnum = fees
    pden, pnum = procedures
    kden, knum = petitions
    report = _run(
        {
            "dossiers.received": den,
            "dossiers.within_time": num,
            "dossiers.reused_data": num,
            "satisfaction.dossiers_satisfied": num,
            "payments.dossiers_with_fees": fden,
            "payments.dossiers_paid_online": fnum,
            "payments.fee_procedures": pden,
            "payments.procedures_paid_online": pnum,
            "petitions.received": kden,
            "petitions.handled_on_time": knum,
        }
    )
    got = {
        code: Decimal(str(s)).quantize(Decimal("0.01"))
        for code, s in _scores(report).items()
        if s is not None
    }
    assert got["TDGQ 1"] == _exact(20, num, den)
    assert got["MDSH 3"] == _exact(2, num, den, 80)
    assert got["MDHL 1"] == _exact(6, num, den, 90)
    assert got["MDHL 2"] == _exact(6, knum, kden)
    assert got["TTTT 1"] == _page(6, fnum, fden, 6)
    assert got["TTTT 2"] == _page(2.5, pnum, pden, 2)
    fields = {f.code: Decimal(str(f.score)).quantize(Decimal("0.01")) for f in report.fields}
    assert fields["TTTT"] == got["TTTT 1"] + got["TTTT 2"]
    assert fields["MDHL"] == got["MDHL 1"] + got["MDHL 2"]


def test_no_766_specific_code_in_the_engine() -> None:
    """The 766 index is data: no identifier or literal of the engine names it or its groups."""
    pattern = re.compile(r"766|chi.so|CKMB|TDGQ|CLGQ|MDSH|TTTT|MDHL", re.IGNORECASE)
    offenders = [
        f"{path.relative_to(ROOT)}:{line}: {word}"
        for path in sorted((ROOT / "engine").rglob("*.py"))
        for line, word in _code_words(path.read_text(encoding="utf-8"))
        if pattern.search(word)
    ]
    assert offenders == []


PLAN_DIR = ROOT / "features" / "data" / "chi-so-766"


def _planned(changes: dict[str, Any]) -> Report:
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["plan"] = "chi-so-766-minh-hoa-2025"
    for name, value in changes.items():
        group, key = name.split(".")
        data["facts"][group][key] = value
    library = Library.from_env([PLAN_DIR])
    evidence = evidence_from_data(data, "test.yaml", library=library)
    return score(evidence, library.bundle(evidence.catalog, evidence.plan))


def test_score_targets_met_on_the_example() -> None:
    report = _planned({})
    assert report.summary is not None
    got = {g.code: (g.score, g.met, g.gap_points) for g in report.summary.score_targets}
    assert got == {"total": (82.61, True, 0.0), "TDGQ": (19.17, True, 0.0)}
    # criterion targets: shortfalls ordered by points at stake (TTTT 1 at 50 %: 3,00 − 0,58)
    assert [(s.code, s.points_at_stake) for s in report.shortfalls] == [
        ("TTTT 1", 2.42),
        ("MDSH 1", 0.5),
        ("TDGQ 1", 0.43),
        ("MDHL 1", 0.03),
    ]
    assert report.shortfalls[1].gap.endswith("cần thêm 120 hồ sơ có kết quả điện tử")


def test_missed_score_targets_say_what_closes_them() -> None:
    report = _planned(
        {
            "dossiers.within_time": 1360,
            "payments.dossiers_paid_online": 3,
            "payments.fee_procedures_with_dossiers": 3,
        }
    )
    assert report.summary is not None
    by = {g.code: g for g in report.summary.score_targets}
    # 20 × 1360/1440 = 18,89; 19 needs 18,995 exact: 1368 dossiers (8 more) give 19,00
    assert (by["TDGQ"].score, by["TDGQ"].met, by["TDGQ"].gap_points) == (18.89, False, 0.11)
    assert by["TDGQ"].gap.endswith("TDGQ 1: thêm 8 hồ sơ đúng hạn (+0,11 điểm)")
    # TTTT 1: 3/400 = 0,75 % → 6 × 0,75 / 100 = 0,045 (a double just under) → 0,04; 4/400 → 0,06
    assert (by["total"].score, by["total"].met) == (79.98, False)
    assert by["total"].gap.endswith("TTTT 1: thêm 1 hồ sơ thanh toán trực tuyến (+0,02 điểm)")
    assert any("Chưa đạt chỉ tiêu điểm" in w.message for w in report.warnings)


def test_a_score_target_must_name_a_field_or_the_total(tmp_path: Path) -> None:
    plans = tmp_path / "criteria" / "plans"
    plans.mkdir(parents=True)
    text = (PLAN_DIR / "criteria" / "plans" / "chi-so-766-minh-hoa-2025.yaml").read_text(encoding="utf-8")
    (plans / "chi-so-766-minh-hoa-2025.yaml").write_text(
        text.replace("  TDGQ:\n", "  TDGQQ:\n"), encoding="utf-8"
    )
    with pytest.raises(InputError) as caught:
        Library.from_env([tmp_path]).plan("chi-so-766-minh-hoa-2025")
    [problem] = caught.value.problems
    assert (problem.code, problem.where) == (Reason.UNKNOWN_CRITERION, "score_targets.TDGQQ")
    assert problem.line is not None


def test_the_label_is_in_the_html_report_too() -> None:
    html = report_html(score_file(EXAMPLE))
    assert "Xếp loại: <b>Khá</b> (ngưỡng tạm thời)" in html
    pci = report_html(score_file(ROOT / "evidence" / "examples" / "quang-ninh-pci-2021.yaml"))
    assert "Xếp loại:" not in pci


MISSED = {
    "dossiers.within_time": 1360,
    "payments.dossiers_paid_online": 3,
    "payments.fee_procedures_with_dossiers": 3,
}


def test_html_shows_points_available_and_score_targets_like_the_terminal() -> None:
    html = report_html(_planned(MISSED))
    assert "<h2>Chỉ tiêu điểm của kế hoạch (2)</h2>" in html
    row = re.search(r"<tr class=\"missed\"><td class=\"code\">TDGQ Tiến độ giải quyết</td>.*?</tr>", html)
    assert row is not None
    assert ">18,89/20<" in row.group(0) and ">chưa đạt<" in row.group(0)
    assert "TDGQ 1: thêm 8 hồ sơ đúng hạn (+0,11 điểm)" in row.group(0)
    assert "<h2>Điểm còn có thể đạt, nhiều nhất trước (18)</h2>" in html
    assert "cần thêm 119 hồ sơ có kết quả điện tử để được thêm 0,50 điểm" in html
    # most points first: TTTT 1 (5,96) before TTTT 3 (1,81) before MDHL 1 (0,03)
    at = [html.index(f'<td class="code">{code}</td><td>Tỷ lệ') for code in ("TTTT 1", "TTTT 3", "MDHL 1")]
    assert at == sorted(at)
    assert "Chỉ tiêu điểm (nhóm, tổng) đạt" in html


def test_xlsx_shows_points_available_and_score_targets() -> None:
    from io import BytesIO

    from openpyxl import load_workbook

    from engine.report.xlsx import report_xlsx

    book = load_workbook(BytesIO(report_xlsx(_planned(MISSED))))
    assert book.sheetnames[1:4] == ["Chưa đạt chỉ tiêu", "Chỉ tiêu điểm", "Điểm còn có thể đạt"]
    targets = {r[0]: r for r in book["Chỉ tiêu điểm"].iter_rows(min_row=2, values_only=True)}
    assert targets["Tổng điểm"][2:7] == (79.98, 100, "≥ 80", "chưa đạt", 0.02)
    assert targets["TDGQ Tiến độ giải quyết"][7].endswith("TDGQ 1: thêm 8 hồ sơ đúng hạn (+0,11 điểm)")
    ws = book["Điểm còn có thể đạt"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in rows[:2]] == ["TTTT 1", "TTTT 3"] and len(rows) == 18
    by = {r[0]: r for r in rows}
    assert by["MDSH 1"][2:7] == (5.5, 6, 0.5, 119, "hồ sơ có kết quả điện tử")
    assert by["MDSH 1"][7] == "cần thêm 119 hồ sơ có kết quả điện tử để được thêm 0,50 điểm"
    assert ws.cell(row=2, column=5).number_format == "#,##0.00"


def test_reports_of_other_catalogs_show_neither() -> None:
    from io import BytesIO

    from openpyxl import load_workbook

    from engine.report.xlsx import report_xlsx

    report = score_file(ROOT / "evidence" / "examples" / "gia-lai-bqlkkt-2022.yaml")
    html = report_html(report)
    assert "Điểm còn có thể đạt" not in html and "Chỉ tiêu điểm" not in html
    names = load_workbook(BytesIO(report_xlsx(report))).sheetnames
    assert "Chỉ tiêu điểm" not in names and "Điểm còn có thể đạt" not in names
