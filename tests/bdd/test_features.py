"""Every .feature file under features/ (any depth) runs as tests: a new file needs no Python.

The folder comes from `bdd_features_base_dir` in pyproject.toml; step phrases live in
tests/bdd/steps.py and are registered for all tests by tests/conftest.py.
"""

from pytest_bdd import scenarios

scenarios(".")
