"""Problems as data: reason codes, Vietnamese messages, every problem located, no English."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from engine.cli.main import main
from engine.core.dates import parse_vi_date, vi_date
from engine.core.problems import Problem, Reason
from engine.core.validation import problems
from engine.spec import catalog, plan
from tests.unit.conftest import EXAMPLE, ROOT, load_yaml

PYDANTIC_ENGLISH = ("Field required", "Extra inputs are not permitted", "Input should be", "validation error")
ARGPARSE_ENGLISH = (
    "usage:",
    "options",
    "positional arguments",
    "show this help message",
    "error:",
    "the following arguments are required",
    "invalid choice",
    "unrecognized arguments",
    "expected one argument",
    "version number",
)


class _Inner(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rate: float = Field(ge=0, le=100)
    kind: str = "a"


class _Outer(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    count: int
    flag: bool = False
    items: list[_Inner] = []
    by_key: dict[str, _Inner] = {}


def test_translator_gives_codes_paths_lines_and_vietnamese() -> None:
    data = {"count": "nhiều", "flag": "có lẽ", "itemz": [], "items": [{"rate": 120, "knd": "b"}, "x"]}
    lines = {
        ("count",): 2,
        ("flag",): 3,
        ("itemz",): 4,
        ("items",): 5,
        ("items", 0): 6,
        ("items", 0, "rate"): 6,
    }
    with pytest.raises(ValidationError) as err:
        _Outer.model_validate(data)
    found = problems(err.value, "tep.yaml", lines, _Outer)
    assert {(p.where, p.code, p.line) for p in found} == {
        ("name", Reason.MISSING_FIELD, None),
        ("count", Reason.NOT_A_NUMBER, 2),
        ("flag", Reason.WRONG_TYPE, 3),
        ("itemz", Reason.UNKNOWN_FIELD, 4),
        ("items.0.rate", Reason.OUT_OF_RANGE, 6),
        ("items.0.knd", Reason.UNKNOWN_FIELD, 6),
        ("items.1", Reason.WRONG_TYPE, 5),
    }
    text = {p.where: p.render() for p in found}
    assert text["itemz"] == "tep.yaml:4 [itemz]: trường không được khai báo (có phải ý bạn là 'items'?)"
    assert text["name"] == "tep.yaml [name]: thiếu trường bắt buộc"
    assert "100" in text["items.0.rate"]  # the bound is named
    assert not any(e in t for t in text.values() for e in PYDANTIC_ENGLISH)


def test_did_you_mean_under_a_dict_field() -> None:
    with pytest.raises(ValidationError) as err:
        _Outer.model_validate({"name": "x", "count": 1, "by_key": {"k": {"rate": 1, "kin": "b"}}, "x": []})
    found = {p.where: p for p in problems(err.value, "f.yaml", None, _Outer)}
    assert found["by_key.k.kin"].reason == "trường không được khai báo (có phải ý bạn là 'kind'?)"
    assert found["x"].reason == "trường không được khai báo"  # nothing close: no guess


def test_literal_error_lists_the_allowed_values() -> None:
    with pytest.raises(ValidationError) as err:
        catalog.Constraint.model_validate({"left": ["a"], "compare": "≥", "right": "b", "reason": "r"})
    (p,) = problems(err.value, "f.yaml")
    assert p.code is Reason.WRONG_TYPE and p.where == "compare"
    assert "'>='" in p.reason and "'<'" in p.reason and "hoặc" in p.reason


def test_our_validators_keep_their_vietnamese_message() -> None:
    with pytest.raises(ValidationError) as err:
        plan.TargetRule.model_validate({"compare": ">="})
    (p,) = problems(err.value, "f.yaml")
    assert p.reason == "chỉ tiêu cần đúng một trong 'value' hoặc 'previous'"


def test_dates_one_way() -> None:
    import datetime as dt

    assert vi_date(dt.date(2024, 3, 5)) == "05/03/2024"
    assert parse_vi_date("05/03/2024") == parse_vi_date("2024-03-05") == dt.date(2024, 3, 5)
    with pytest.raises(ValueError, match="dd/mm/yyyy"):
        parse_vi_date("31/02/2024")


def test_problem_code_is_required() -> None:
    with pytest.raises(ValidationError):
        Problem(file="f", reason="r")  # type: ignore[call-arg]


# --- argparse -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["score", "--help"],
        ["validate", "--help"],
        ["criteria", "--help"],
        ["explain", "--help"],
        ["schema", "--help"],
    ],
)
def test_help_is_vietnamese(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("cách dùng: cchc") and "hiện hướng dẫn này rồi thoát" in out and "tuỳ chọn:" in out
    assert not [e for e in ARGPARSE_ENGLISH if e in out]


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        ([], "thiếu tham số bắt buộc: LỆNH"),
        (["score"], "thiếu tham số bắt buộc: MINH_CHỨNG"),
        (["chấm"], "lựa chọn không hợp lệ: 'chấm'"),
        (["score", "x.yaml", "--khong-co"], "tham số không nhận ra: --khong-co"),
        (["score", "x.yaml", "--out"], "tham số --out: cần đúng một giá trị"),
        (["score", "x.csv", "--year", "hai"], "tham số --year: 'hai' không phải số nguyên"),
        (["score", "x.yaml", "--as-of", "31/02/2022"], "tham số --as-of: ngày '31/02/2022' không hợp lệ"),
        (["explain", "TC 1.1"], "thiếu tham số bắt buộc: --evidence"),
    ],
)
def test_usage_errors_exit_2_in_vietnamese(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("cách dùng: cchc") and ": lỗi: " in err and said in err
    assert not [e for e in ARGPARSE_ENGLISH if e in err]


def test_version_help_is_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "--version   hiện phiên bản của chương trình rồi thoát" in capsys.readouterr().out


# --- broken inputs through the CLI ----------------------------------------------------


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A user data directory (CCHC_DATA) holding copies of the shipped criteria/ and rules/."""
    root = tmp_path / "data"
    shutil.copytree(ROOT / "criteria", root / "criteria")
    shutil.copytree(ROOT / "rules", root / "rules")
    monkeypatch.setenv("CCHC_DATA", str(root))
    yield root


def _score(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["score", str(path), "--quiet"]) == 2
    captured = capsys.readouterr()
    assert not [e for e in PYDANTIC_ENGLISH if e in captured.err]
    return captured.err


def _lines_with(err: str, *parts: str) -> list[str]:
    return [ln for ln in err.splitlines() if all(p in ln for p in parts)]


def test_broken_evidence_every_problem_located(
    tmp_path: Path, example: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    del example["unit"]  # missing field
    example["factz"] = {}  # unknown field
    example["year"] = "hai nghìn"  # wrong type
    example["documents"][0]["date"] = "hôm qua"  # wrong type (date)
    path = tmp_path / "minh-chung.yaml"
    path.write_text(yaml.safe_dump(example, allow_unicode=True, sort_keys=False), encoding="utf-8")
    err = _score(path, capsys)
    text = path.read_text(encoding="utf-8").splitlines()
    for key, said in [
        ("factz", "trường không được khai báo"),
        ("year", "phải là số nguyên"),
        ("documents.0.date", "phải là ngày"),
    ]:
        (line,) = _lines_with(err, "minh-chung.yaml:", f"[{key}]", said)
        number = int(line.split("minh-chung.yaml:")[1].split(" ")[0])
        assert text[number - 1].lstrip(" -").startswith(key.split(".")[-1] + ":")
    assert _lines_with(err, "minh-chung.yaml:1 [unit]: thiếu tên đơn vị")  # the mapping that lacks it

    fixed = load_yaml(EXAMPLE)
    fixed["facts"]["sipas"]["access"] = 120  # a rate out of range
    path.write_text(yaml.safe_dump(fixed, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (line,) = _lines_with(_score(path, capsys), "minh-chung.yaml:", "[facts.sipas.access]", "0–100")


def test_broken_catalog_reports_each_cross_check_at_its_line(
    data_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = data_copy / "criteria" / "par-so-nganh-2022" / "catalog.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index('  - code: "TC 1.1"')
    block = text[start:].split("  - code:", 2)[1]
    broken = block.replace("field: I\n", "field: IX\n").replace("scale: ty_le_100_95", "scale: khong_co")
    path.write_text(text.replace(block, broken, 1), encoding="utf-8")
    err = _score(EXAMPLE, capsys)
    lines = path.read_text(encoding="utf-8").splitlines()
    for key, said, written in [
        ("field", "lĩnh vực 'IX' không có", "field: IX"),
        ("scale", "thang điểm 'khong_co' không có", "scale: khong_co"),
    ]:
        (line,) = _lines_with(err, "criteria/par-so-nganh-2022/catalog.yaml:", f".{key}]", said)
        number = int(line.split("catalog.yaml:")[1].split(" ")[0])
        assert lines[number - 1].strip() == written


def test_broken_plan_reports_all_its_problems(data_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = data_copy / "criteria" / "plans" / "gia-lai-bqlkkt-2022.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('  "TC 1.1":', '  "TC 9.9":', 1).replace('compare: ">="', 'compare: "≥"', 1)
    path.write_text(text, encoding="utf-8")
    err = _score(EXAMPLE, capsys)
    lines = text.splitlines()
    (unknown,) = _lines_with(err, "criteria/plans/gia-lai-bqlkkt-2022.yaml:", "[targets.TC 9.9]")
    assert "không phải tiêu chí được chấm điểm" in unknown
    (compare,) = _lines_with(err, "[targets.TC 9.9.rule.compare]", "chỉ nhận")
    for line in (unknown, compare):
        number = int(line.split("gia-lai-bqlkkt-2022.yaml:")[1].split(" ")[0])
        assert "TC 9.9" in lines[number - 1] or "≥" in lines[number - 1]


def test_mapping_file_cross_checks_are_one_problem_each(tmp_path: Path) -> None:
    from engine.core.problems import InputError
    from evidence.export_format import load_format

    path = tmp_path / "anh-xa.yaml"
    path.write_text(
        "dossiers:\n  columns:\n    Mã hồ sơ: Số hồ sơ\n    Cột lạ: X\nvalues:\n  Màu: {}\n", encoding="utf-8"
    )
    with pytest.raises(InputError) as err:
        load_format(path, "anh-xa.yaml")
    assert [(p.where, p.line, p.code) for p in err.value.problems] == [
        ("dossiers.columns.Cột lạ", 4, Reason.CROSS_CHECK),
        ("values.Màu", 6, Reason.CROSS_CHECK),
    ]
