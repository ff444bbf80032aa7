"""The catalog's own word for its top level (`field_label`): data, a default, no effect on digests."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.core.digest import digest
from engine.core.problems import InputError
from engine.spec.bundle import Library
from engine.spec.catalog import FIELD_LABEL, Catalog
from engine.spec.workbook.export import catalog_workbook
from engine.spec.workbook.importer import import_workbook


def test_a_catalog_that_says_nothing_calls_its_top_level_linh_vuc_and_dumps_as_before() -> None:
    catalog = Library.from_env().bundle("par-so-nganh-2022").catalog
    assert catalog.field_label == FIELD_LABEL == "lĩnh vực"
    assert "field_label" not in catalog.model_dump(mode="json")


def test_chi_so_766_calls_its_groups_nhom_and_the_word_leaves_its_digest_alone() -> None:
    bundle = Library.from_env().bundle("chi-so-766")
    assert bundle.catalog.field_label == "nhóm"
    plain = bundle.catalog.model_copy(update={"field_label": FIELD_LABEL})
    # Reports written before the word was set keep naming this catalog by the same digest.
    assert bundle.catalog_digest == digest(plain.model_dump(mode="json"))


def test_a_blank_word_is_refused() -> None:
    data = Library.from_env().bundle("chi-so-766").catalog.model_dump(mode="json")
    with pytest.raises((InputError, ValueError)):
        Catalog.model_validate({**data, "field_label": ""})


def test_the_word_survives_the_catalog_workbook_round_trip(tmp_path: Path) -> None:
    bundle = Library.from_env().bundle("chi-so-766")
    book = tmp_path / "chi-so-766.xlsx"
    book.write_bytes(catalog_workbook(bundle.catalog, bundle.rulebook, None))
    import_workbook(book, tmp_path / "data")
    assert Library.from_env([tmp_path / "data"]).bundle("chi-so-766").catalog.field_label == "nhóm"
