"""A plug-in package's registry: every variant its modules define, by key; `base` left out."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from engine.core.registry import discover


class Variant:
    NAME = ""


@pytest.fixture
def package(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "plugins_demo"
    root.mkdir()
    (root / "__init__.py").write_text("")
    (root / "base.py").write_text(
        "from tests.unit.core.test_registry import Variant\nclass Base(Variant):\n    NAME = 'base'\n"
    )
    (root / "alpha.py").write_text(
        "from tests.unit.core.test_registry import Variant\n"
        "from plugins_demo.base import Base\n"  # imported here, defined elsewhere: not alpha's
        "class Alpha(Variant):\n    NAME = 'alpha'\n"
    )
    (root / "beta.py").write_text(
        "from tests.unit.core.test_registry import Variant\nclass Beta(Variant):\n    NAME = 'beta'\n"
    )
    sys.path.insert(0, str(tmp_path))
    yield "plugins_demo"
    sys.path.remove(str(tmp_path))
    for name in [m for m in sys.modules if m.startswith("plugins_demo")]:
        del sys.modules[name]


def test_every_variant_defined_in_a_module_by_key(package: str, tmp_path: Path) -> None:
    found = discover(package, [str(tmp_path / package)], Variant, lambda v: v.NAME)
    assert {k: v.__name__ for k, v in found.items()} == {"alpha": "Alpha", "beta": "Beta"}


def test_a_key_defined_twice_is_refused(package: str, tmp_path: Path) -> None:
    (tmp_path / package / "gamma.py").write_text(
        "from tests.unit.core.test_registry import Variant\nclass Gamma(Variant):\n    NAME = 'beta'\n"
    )
    with pytest.raises(AssertionError, match="defined twice"):
        discover(package, [str(tmp_path / package)], Variant, lambda v: v.NAME)
