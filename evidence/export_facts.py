"""The fact ids a dossier export can give (`evidence.dossier_facts`), as one set.

A catalog declares such facts so that the export fills them in, even when no indicator reads
them yet (a department's `dossiers.pending_overdue`, `procedures.total`): a catalog import uses
this set so as not to warn that they are unused.
"""

from __future__ import annotations

from evidence.columns import DOSSIER_OPTIONAL_FACTS
from evidence.dossier_facts import BASE, EXTRA, PROCEDURE_FACTS


def export_facts() -> frozenset[str]:
    """Every fact id the dossier export path can emit for a unit, department or official."""
    return frozenset(
        {
            *(f"dossiers.{flag}" for flag in (*BASE, *EXTRA)),
            *PROCEDURE_FACTS,
            *DOSSIER_OPTIONAL_FACTS.values(),
        }
    )
