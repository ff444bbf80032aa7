"""A catalog named on the command line either by id (the usual search path) or by its folder.

`cchc catalog diff` compares last year's catalog with one just imported into a data directory,
often under the same id: a folder (`…/criteria/<id>`) names exactly that copy, with the rules
beside it (`…/rules/<id>.yaml`) when the folder sits in a data directory.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from engine.spec import resources
from engine.spec.bundle import Library
from engine.spec.catalog import Catalog, load_catalog
from engine.spec.rulebook import Rulebook, load_rulebook


@dataclass(frozen=True)
class Opened:
    catalog: Catalog
    rulebook: Rulebook | None
    library: Library  # where plans named beside this catalog are looked up


def open_catalog(ref: str, data: Sequence[str | Path] = ()) -> Opened:
    """The catalog (and its rules, if found) that `ref` names: a catalog folder, else an id."""
    folder = Path(ref)
    if (folder / "catalog.yaml").is_file():
        catalog = load_catalog(folder, str(folder))
        root = folder.resolve().parent.parent
        rules_path = root / "rules" / f"{catalog.id}.yaml"
        rulebook = load_rulebook(rules_path, str(rules_path), catalog) if rules_path.is_file() else None
        inside = folder.resolve().parent.name == "criteria"
        dirs = [str(root)] if inside else []
        return Opened(catalog, rulebook, Library(resources.search_path([*dirs, *data])))
    library = Library.from_env(data)
    catalog, _ = library.catalog(ref)
    return Opened(catalog, library.rulebook(catalog)[0], library)
