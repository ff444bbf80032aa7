"""Fixtures shared by the unit tests: the bundled example and evidence builders."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "features" / "data" / "gia-lai-so-lieu-khai-tay.yaml"
DATA = ROOT / "tests" / "data"


def load_yaml(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as f:
        data: dict[str, Any] = yaml.safe_load(f)
    return data


@pytest.fixture(scope="session")
def example_data() -> dict[str, Any]:
    return load_yaml(EXAMPLE)


@pytest.fixture
def example(example_data: dict[str, Any]) -> dict[str, Any]:
    """A fresh deep copy of the bundled example, safe to modify in a test."""
    return copy.deepcopy(example_data)


@pytest.fixture(scope="session")
def perfect_data() -> dict[str, Any]:
    return load_yaml(DATA / "perfect.yaml")


def set_fact(data: dict[str, Any], name: str, value: Any, section: str = "facts") -> None:
    """Set `dossiers.resolved` style names inside the nested evidence mapping."""
    node = data.setdefault(section, {})
    *parents, leaf = name.split(".")
    for p in parents:
        node = node.setdefault(p, {})
    node[leaf] = value


def drop_fact(data: dict[str, Any], name: str, section: str = "facts") -> None:
    node = data[section]
    *parents, leaf = name.split(".")
    for p in parents:
        node = node[p]
    del node[leaf]
