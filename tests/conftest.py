"""Registers the BDD step phrases and hooks for every test (see features/README.md)."""

pytest_plugins = ["tests.bdd.steps", "tests.bdd.hooks"]
