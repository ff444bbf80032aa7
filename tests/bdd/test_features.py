"""Every .feature file under features/ (any depth) runs as tests: a new file needs no Python.

The folder comes from `bdd_features_base_dir` in pyproject.toml; step phrases live in
tests/bdd/steps.py and are registered for all tests by tests/conftest.py. A file Gherkin cannot
parse is left out here, so it does not stop every other file from running; its mistakes are
reported in Vietnamese by tests/bdd/test_feature_files.py (see tests/bdd/form.py).
"""

from pathlib import Path

from pytest_bdd import scenarios

from tests.bdd.form import parses

FEATURES = Path(__file__).resolve().parents[2] / "features"

scenarios(*(str(f) for f in sorted(FEATURES.rglob("*.feature")) if parses(f)))
