"""Facts computed from a dossier export equal hand counts (features/data/hoso-nho.csv).

The 12 dossiers, year 2022, counted by hand:
HS01 early, online (Toàn trình)            HS07 pending, due 15/12 → overdue at 31/12, online
HS02 on the due date, in person            HS08 early, post, procedure not online (Không)
HS03 late, apology "Có", post               HS09 on time, ISO dates
HS04 late, apology "Không", online          HS10 received 2021: outside the year
HS05 late, no apology, procedure "Không"   HS11 result 05/01/2023, due 29/12 → overdue at 31/12
HS06 pending, due 2023 → not yet due       HS12 early, procedure Toàn trình without online dossiers
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import unicodedata
from pathlib import Path

import pytest

from engine.scoring import report_json, score, score_file
from evidence.load import load_evidence
from tests.conftest import HEADER, SMALL, SMALL_SUBJECTS, small_rows, write_evidence

UNIT = {
    "dossiers.received": 11,
    "dossiers.resolved": 8,
    "dossiers.resolved_on_time": 5,
    "dossiers.resolved_late": 3,
    "dossiers.late_apologized": 1,
    "dossiers.pending_overdue": 2,
    "dossiers.pending_not_due": 1,
    "dossiers.online": 5,
    "dossiers.received_for_online_procedures": 9,
    "procedures.total": 5,
    "procedures.online": 4,
    "procedures.online_with_dossiers": 3,
}


def dossier_facts(path: Path, as_of: dt.date | None = None) -> dict[str, int | float | bool]:
    facts = load_evidence(path, as_of).facts
    return {k: v for k, v in facts.items() if k.startswith(("dossiers.", "procedures."))}


def test_unit_facts_equal_hand_counts() -> None:
    assert dossier_facts(SMALL / "minh-chung-nho.yaml") == UNIT


def test_department_and_official_facts_equal_hand_counts() -> None:
    ev = load_evidence(SMALL / "minh-chung-nho.yaml")
    got = {(s.kind, s.name): s.facts for s in ev.subjects}
    assert sorted(got) == SMALL_SUBJECTS
    a = got[("department", "Phòng A")]  # HS01–04, HS08, HS09 (HS10 is 2021)
    assert (a["dossiers.received"], a["dossiers.resolved"], a["dossiers.resolved_late"]) == (6, 6, 2)
    assert (a["dossiers.resolved_on_time"], a["dossiers.late_apologized"], a["dossiers.online"]) == (4, 1, 2)
    b = got[("department", "Phòng B")]  # HS05–07, HS11, HS12
    assert (b["dossiers.received"], b["dossiers.resolved"], b["dossiers.resolved_late"]) == (5, 2, 1)
    assert (b["dossiers.pending_overdue"], b["dossiers.pending_not_due"], b["dossiers.online"]) == (2, 1, 3)
    cuong = got[("official", "Lê Văn Cường")]  # HS05 late; HS06, HS07, HS11 pending
    assert (
        cuong["dossiers.resolved"],
        cuong["dossiers.resolved_late"],
        cuong["dossiers.pending_overdue"],
    ) == (
        1,
        1,
        2,
    )
    an = got[("official", "Nguyễn Văn An")]
    assert (an["dossiers.received"], an["dossiers.resolved"], an["dossiers.resolved_late"]) == (3, 3, 1)


def test_indicators_from_export() -> None:
    report = score_file(SMALL / "minh-chung-nho.yaml")
    value = {r.code: r.indicator.value for r in report.criteria}
    assert value["TCTP 3.4.1"] == 62.5  # 5 / 8
    assert value["TCTP 3.4.4"] == pytest.approx(33.3333)  # 1 / 3
    assert value["TCTP 7.2.1"] == 75.0  # 3 / 4
    assert value["TCTP 7.2.2"] == pytest.approx(55.5556)  # 5 / 9
    overdue = [w.message for w in report.warnings if "quá hạn" in w.message]
    assert len(overdue) == 1 and "HS07, HS11" in overdue[0]


def test_pending_overdue_counted_late_on_option(tmp_path: Path) -> None:
    facts = dossier_facts(write_evidence(tmp_path, options={"pending_overdue": "late"}))
    assert facts["dossiers.resolved"] == 10
    assert facts["dossiers.resolved_late"] == 5
    assert facts["dossiers.resolved_on_time"] == 5
    assert facts["dossiers.pending_overdue"] == 2  # still reported as such


def test_scope_processed_adds_carried_over_dossiers(tmp_path: Path) -> None:
    carried = ["HS13", "1.000001", "", "Phòng A", "Nguyễn Văn An", "Trực tiếp"]
    carried += ["20/12/2021 08:00", "27/12/2021", "05/01/2022 09:00", "Có"]
    rows = [*small_rows(), carried]
    default = dossier_facts(write_evidence(tmp_path, rows))
    (tmp_path / "p").mkdir()
    processed = dossier_facts(write_evidence(tmp_path / "p", rows, options={"scope": "processed"}))
    assert default["dossiers.resolved"] == 8
    assert processed["dossiers.resolved"] == 9
    assert processed["dossiers.resolved_late"] == 4
    assert processed["dossiers.received"] == 11  # received still counts the year's receptions only


def test_on_time_by_datetime_option(tmp_path: Path) -> None:
    rows = small_rows()
    rows[1][7] = "11/01/2022 12:00"  # HS02: result 11/01 16:30, due at noon the same day
    by_date = dossier_facts(write_evidence(tmp_path, rows))
    (tmp_path / "t").mkdir()
    by_time = dossier_facts(write_evidence(tmp_path / "t", rows, options={"on_time": "datetime"}))
    assert by_date["dossiers.resolved_late"] == 3
    assert by_time["dossiers.resolved_late"] == 4
    # A due date without a time means the end of that day: HS09 (due 08/04, result 15:00) stays on time.
    assert by_time["dossiers.resolved_on_time"] == 4


def test_online_levels_option(tmp_path: Path) -> None:
    facts = dossier_facts(write_evidence(tmp_path, options={"online_levels": ["Toàn trình"]}))
    assert facts["procedures.online"] == 2  # 1.000001, 1.000004
    assert facts["procedures.online_with_dossiers"] == 1
    assert facts["dossiers.received_for_online_procedures"] == 5  # HS01, 02, 06, 11, 12


def test_as_of_judges_pending_at_that_day() -> None:
    facts = dossier_facts(SMALL / "minh-chung-nho.yaml", dt.date(2022, 1, 13))
    assert facts["dossiers.received"] == 5  # HS01–HS05
    assert facts["dossiers.resolved"] == 2  # HS01, HS02
    assert facts["dossiers.pending_overdue"] == 1  # HS03, due 12/01
    assert facts["dossiers.pending_not_due"] == 2  # HS04 due 13/01 (today), HS05


def test_as_of_quarter() -> None:
    facts = dossier_facts(SMALL / "minh-chung-nho.yaml", dt.date(2022, 3, 31))
    assert facts["dossiers.received"] == 7
    assert facts["dossiers.resolved_on_time"] == 4
    assert facts["dossiers.resolved_late"] == 3


def test_text_variants_are_normalised(tmp_path: Path) -> None:
    """NFD names, other case, no diacritics, stray spaces, ';' separator and a BOM."""
    rows = small_rows()
    rows[3][4] = unicodedata.normalize("NFD", rows[3][4])  # Trần Thị Bình, decomposed
    rows[3][5] = "TRỰC TUYẾN"
    rows[4][5] = "truc tiep"
    rows[2][9] = " có "
    rows[7][3] = " Phòng  A"
    ev_path = write_evidence(tmp_path, rows, bom=True, sep=";")
    assert dossier_facts(ev_path) == UNIT
    names = sorted(s.name for s in load_evidence(ev_path).subjects)
    assert names.count("Trần Thị Bình") == 1 and names.count("Phòng A") == 1


def test_xlsx_export_gives_the_same_facts(tmp_path: Path) -> None:
    from openpyxl import Workbook

    for name, source in (("hoso.xlsx", SMALL / "hoso-nho.csv"), ("thutuc.xlsx", SMALL / "thutuc-nho.csv")):
        book = Workbook()
        sheet = book.active
        assert sheet is not None
        lines = source.read_text(encoding="utf-8-sig").splitlines()
        for i, row in enumerate(csv.reader(lines)):
            cells: list[object] = [c or None for c in row]
            if name == "hoso.xlsx" and i == 1:  # a real date cell instead of text
                cells[6] = dt.datetime(2022, 1, 3, 8, 0)
            sheet.append(cells)
        book.save(tmp_path / name)
    ev = write_evidence(tmp_path)
    text = (
        ev.read_text(encoding="utf-8").replace("hoso.csv", "hoso.xlsx").replace("thutuc.csv", "thutuc.xlsx")
    )
    ev.write_text(text, encoding="utf-8")
    assert dossier_facts(ev) == UNIT


def test_mapping_file_renames_columns_and_adds_values(tmp_path: Path) -> None:
    header = ["Số hồ sơ", *HEADER[1:5], "Hình thức nộp", *HEADER[6:]]
    rows = small_rows()
    for row in rows:
        row[5] = {"Trực tuyến": "Nộp qua DVC"}.get(row[5], row[5])
    (tmp_path / "anh-xa.yaml").write_text(
        "dossiers:\n  columns: {Mã hồ sơ: Số hồ sơ, Kênh nộp: Hình thức nộp}\n"
        "values:\n  Kênh nộp: {Trực tuyến: [Nộp qua DVC]}\n",
        encoding="utf-8",
    )
    ev = write_evidence(tmp_path, rows, header=header)
    ev.write_text(ev.read_text(encoding="utf-8") + "  mapping: anh-xa.yaml\n", encoding="utf-8")
    assert dossier_facts(ev) == UNIT


def test_report_is_identical_whatever_the_row_order(tmp_path: Path) -> None:
    reports = []
    for seed in (1, 2, 3):
        rows = small_rows()
        random.Random(seed).shuffle(rows)
        folder = tmp_path / str(seed)
        folder.mkdir()
        reports.append(report_json(score(load_evidence(write_evidence(folder, rows)))))
    assert reports[0] == reports[1] == reports[2]
