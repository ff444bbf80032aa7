"""Evidence (minh chứng): the files an agency submits, validated into facts.

Names are imported on first use, so that `evidence.csv_reader` can start reading a dossier
export before pydantic and the engine are loaded.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from evidence.load import evidence_from_data, load_evidence, parse_evidence
    from evidence.models import Document, Evidence, FactValue

_WHERE = {
    "evidence_from_data": "evidence.load",
    "load_evidence": "evidence.load",
    "parse_evidence": "evidence.load",
    "Document": "evidence.models",
    "Evidence": "evidence.models",
    "FactValue": "evidence.models",
}

__all__ = [
    "Document",
    "Evidence",
    "FactValue",
    "evidence_from_data",
    "load_evidence",
    "parse_evidence",
]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'evidence' has no attribute {name!r}")
    return getattr(import_module(_WHERE[name]), name)
