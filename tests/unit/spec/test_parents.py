"""A loop of parents (*tiêu chí cha*) is refused by the catalog loader on its line, as by the import."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from engine.core.problems import InputError, Reason
from engine.spec.catalog import load_catalog
from engine.spec.parents import parent_loops
from engine.spec.resources import criteria_dir


def test_each_criterion_on_a_loop_once_seen_from_itself() -> None:
    parent = {"A": "B", "B": "C", "C": "A", "D": "A", "E": None, "F": "F", "G": "khong-co", "H": 3}
    assert parent_loops(parent) == [
        ("A", "A → B → C → A"),
        ("B", "B → C → A → B"),
        ("C", "C → A → B → C"),
        ("F", "F → F"),
    ]
    assert parent_loops({"A": None, "B": "A", "C": "B"}) == []


def test_the_yaml_loader_refuses_a_loop_of_parents_with_file_line_and_path(tmp_path: Path) -> None:
    folder = tmp_path / "par-so-nganh-2022"
    shutil.copytree(criteria_dir() / "par-so-nganh-2022", folder)
    path = folder / "catalog.yaml"
    text = path.read_text(encoding="utf-8")
    group = '  - code: "TC 1.3"\n    title: Kiểm tra công tác CCHC\n    field: I\n'
    assert group in text
    text = text.replace(group, group + '    parent: "TCTP 1.3.1"\n')
    # the criterion under it made a group too, so that the loop is the only thing wrong
    leaf = '    parent: "TC 1.3"\n    max: 1\n    scale: ty_le_100_95\n    source: 002 PHỤ LỤC, mục I.3\n'
    assert leaf in text
    path.write_text(text.replace(leaf, '    parent: "TC 1.3"\n    source: 002 PHỤ LỤC, mục I.3\n'), "utf-8")
    with pytest.raises(InputError) as caught:
        load_catalog(folder, "du-lieu/criteria/par-so-nganh-2022")
    loops = [p for p in caught.value.problems if "vòng" in p.reason]
    assert [p.code for p in loops] == [Reason.CROSS_CHECK, Reason.CROSS_CHECK]
    first = next(p for p in loops if p.reason.startswith("TC 1.3:"))
    assert first.reason == "TC 1.3: tiêu chí cha tạo thành vòng: TC 1.3 → TCTP 1.3.1 → TC 1.3"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert first.line is not None and lines[first.line - 1] == '    parent: "TCTP 1.3.1"'
    assert first.render().startswith("du-lieu/criteria/par-so-nganh-2022/catalog.yaml:")
    assert f":{first.line} [criteria." in first.render() and ".parent]" in first.render()
