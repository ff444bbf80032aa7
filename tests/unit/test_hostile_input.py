"""Hostile and broken hand-written files (issue 13): each refused with exit 2, no report, and a
Vietnamese problem naming the file and line — never a traceback, never a silent result."""

from __future__ import annotations

import os
import resource
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

from engine.cli.main import main
from engine.core import datafile
from engine.core.datafile import parse_text, read_bytes
from engine.core.numbers import AmbiguousNumber, TooLarge, parse_number
from engine.core.problems import InputError, Reason
from evidence import evidence_from_data
from tests.unit.conftest import set_fact

HEAD = "unit: Ban Quản lý Khu kinh tế tỉnh Gia Lai\nyear: 2022\ncatalog: par-so-nganh-2022\n"

BILLION_LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)


def _problems(text: str) -> list[Any]:
    with pytest.raises(InputError) as err:
        parse_text(text, "x.yaml")
    return err.value.problems


def _score(tmp_path: Path, text: str, capsys: pytest.CaptureFixture[str]) -> str:
    path = tmp_path / "minh-chung.yaml"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "r.json"
    assert main(["score", str(path), "--quiet", "--out", str(out)]) == 2
    assert not out.exists()
    return capsys.readouterr().err


def test_billion_laughs_is_refused_fast_and_small() -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    (p,) = _problems(BILLION_LAUGHS)
    assert time.perf_counter() - start < 1.0
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) * 1024 < 200 * 1024 * 1024
    assert p.code == Reason.TOO_LARGE and "vượt quá giới hạn" in p.reason and p.line is not None


def test_a_self_referencing_alias_is_refused_with_its_line() -> None:
    (p,) = _problems("facts:\n  a: &a [1, *a]\n")
    assert p.code == Reason.SYNTAX and p.line == 2 and "tự tham chiếu" in p.reason


def test_nesting_deeper_than_the_limit_is_refused() -> None:
    depth = datafile.MAX_DEPTH + 5
    (p,) = _problems("a: " + "[" * depth + "]" * depth + "\n")
    assert p.code == Reason.TOO_LARGE and "cấp" in p.reason


def test_python_tags_are_refused_with_their_line() -> None:
    problems = _problems("a: 1\nb: !!python/object/apply:os.system ['true']\nc: !custom x\n")
    assert [(p.code, p.line) for p in problems] == [(Reason.UNSUPPORTED_TAG, 2), (Reason.UNSUPPORTED_TAG, 3)]
    assert "!!python/object/apply:os.system" in problems[0].reason


def test_an_impossible_yaml_date_is_refused_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = HEAD + 'documents:\n  - {number: "1/BC", date: 2022-02-30, title: "Báo cáo", backs: []}\n'
    err = _score(tmp_path, text, capsys)
    assert "minh-chung.yaml:5 [documents.0.date]: ngày “2022-02-30” không có thật" in err
    assert "Traceback" not in err


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a: 1\n" * 100)
    monkeypatch.setattr(datafile, "MAX_BYTES", 100)
    with pytest.raises(InputError) as err:
        datafile.read_file(path)
    (p,) = err.value.problems
    assert p.code == Reason.TOO_LARGE and "vượt quá giới hạn" in p.reason
    assert datafile.MAX_BYTES == 100 and read_bytes(path, "x", bounded=False)  # exports are not bounded


@pytest.mark.parametrize("kind", ["directory", "symlink loop", "device", "missing", "dangling symlink"])
def test_only_regular_files_are_read_each_with_its_own_message(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = {
        "directory": tmp_path / "thu-muc.yaml",
        "symlink loop": tmp_path / "vong.yaml",
        "device": Path("/dev/zero"),
        "missing": tmp_path / "khong-co.yaml",
        "dangling symlink": tmp_path / "treo.yaml",
    }[kind]
    if kind == "directory":
        path.mkdir()
    elif kind == "symlink loop":
        os.symlink(tmp_path / "vong2.yaml", path)
        os.symlink(path, tmp_path / "vong2.yaml")
    elif kind == "dangling symlink":
        os.symlink(tmp_path / "khong-co", path)
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    expected = {
        "directory": "là thư mục, không phải tệp thường",
        "symlink loop": "lặp vòng, không phải tệp thường",
        "device": "là thiết bị, không phải tệp thường",
        "missing": "không tìm thấy tệp",
        "dangling symlink": "trỏ tới tệp không có",
    }[kind]
    assert expected in err and "Traceback" not in err


def test_a_mapping_file_that_is_a_device_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(InputError) as err:
        datafile.read_file(Path("/dev/zero"), "anh-xa.yaml")
    assert err.value.problems[0].code == Reason.NOT_REGULAR_FILE


def test_a_count_of_10_to_the_23_is_out_of_range(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _score(tmp_path, HEAD + "facts:\n  dossiers: {received: 100000000000000000000000}\n", capsys)
    assert "minh-chung.yaml:5 [facts.dossiers.received]" in err and "vượt quá giới hạn" in err
    with pytest.raises(TooLarge):
        parse_number("1e23".replace("e23", "0" * 23))


def test_grouped_vietnamese_numbers_are_read_and_two_way_ones_refused_naming_both() -> None:
    assert parse_number("1.850,5") == 1850.5
    assert parse_number("1.850.000") == 1850000
    assert parse_number("39,396") == 39.396  # the comma is the decimal comma
    with pytest.raises(AmbiguousNumber) as err:
        parse_number("1.850")
    assert "1,85" in str(err.value) and "1850" in str(err.value)


def test_a_two_way_value_in_evidence_is_refused_with_both_readings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _score(tmp_path, HEAD + 'facts:\n  dossiers: {received: "1.250"}\n', capsys)
    assert "[facts.dossiers.received]" in err and "1,25" in err and "1250" in err


def test_1850_5_is_accepted_for_a_rate(example: dict[str, Any]) -> None:
    set_fact(example, "sipas.access", "8.650,5".replace("8.650,5", "86,5"))
    set_fact(example, "dossiers.received", "1.260")  # reads two ways: refused
    with pytest.raises(InputError) as err:
        evidence_from_data(example, "x.yaml")
    assert [p.code for p in err.value.problems] == [Reason.AMBIGUOUS_NUMBER]
    set_fact(example, "dossiers.received", "1.260,0")
    assert evidence_from_data(example, "x.yaml").facts["dossiers.received"] == 1260


@pytest.mark.parametrize("unit", ["", "   ", "\t"])
def test_a_blank_unit_name_is_refused(unit: str, example: dict[str, Any]) -> None:
    example["unit"] = unit
    with pytest.raises(InputError) as err:
        evidence_from_data(example, "x.yaml")
    assert any(p.where == "unit" for p in err.value.problems)


def test_markup_in_names_is_printed_literally(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = yaml.safe_load(Path("evidence/examples/gia-lai-bqlkkt-2022.yaml").read_text(encoding="utf-8"))
    data.pop("sources")
    data["unit"] = "Ban [/] Quản lý [b]KKT[/b] [red]"
    path = tmp_path / "minh-chung.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert main(["score", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Ban [/] Quản lý [b]KKT[/b] [red]" in out


def test_markup_in_names_is_literal_in_validate_and_explain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = yaml.safe_load(Path("evidence/examples/gia-lai-bqlkkt-2022.yaml").read_text(encoding="utf-8"))
    data.pop("sources")
    data["unit"] = "Ban [/] [bold]KKT"
    data["documents"][0]["title"] = "Báo cáo [/] [i]x"
    path = tmp_path / "minh-chung.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    assert "Ban [/] [bold]KKT" in capsys.readouterr().out
    assert "plan_tasks.total" in data["documents"][0]["backs"]  # the document backs TC 1.1
    assert main(["explain", "1.1", "--evidence", str(path)]) == 0
    assert "Báo cáo [/] [i]x" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("edit", ["one cell too many", "one cell too few"])
def test_a_table_row_with_the_wrong_number_of_cells_is_refused_with_its_row(
    edit: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = Path("evidence/examples/pci-2021-vcci.csv").read_text(encoding="utf-8-sig").splitlines()
    i = next(n for n, line in enumerate(source) if line.startswith("Đồng Tháp") or ",Đồng Tháp," in line)
    source[i] = source[i] + ",9,9" if edit == "one cell too many" else source[i].rsplit(",", 1)[0]
    path = tmp_path / "pci.csv"
    path.write_text("\n".join(source) + "\n", encoding="utf-8")
    args = ["score", str(path), "--unit", "Đồng Tháp", "--year", "2021", "--catalog", "pci-2021", "--quiet"]
    assert main([*args, "--out", str(tmp_path / "r.json")]) == 2
    err = capsys.readouterr().err
    assert f"dòng {i + 1}" in err and "ô" in err and not (tmp_path / "r.json").exists()


def test_an_impossible_date_in_json_is_refused_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        '{"unit": "Ban Quản lý Khu kinh tế tỉnh Gia Lai", "year": 2022, "catalog": "par-so-nganh-2022",\n'
        ' "documents": [{"number": "1/BC", "date": "2023-02-29", "title": "Báo cáo"}]}\n'
    )
    path = tmp_path / "minh-chung.json"
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    assert "minh-chung.json:2 [documents.0.date]: ngày “2023-02-29” không có thật" in capsys.readouterr().err


def test_a_workbook_that_unzips_past_the_limit_is_refused_before_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import zipfile

    from engine.core import xlsx_read

    monkeypatch.setattr(xlsx_read, "MAX_UNZIPPED", 1024 * 1024)
    path = tmp_path / "minh-chung.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (2 * 1024 * 1024))
    assert path.stat().st_size < 64 * 1024
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert "giải nén ra 2 MB, vượt quá giới hạn 1 MB" in err and "Traceback" not in err
