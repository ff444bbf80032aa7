"""Evidence (minh chứng): the files an agency submits, validated into facts."""

from evidence.load import evidence_from_data, load_evidence, parse_evidence
from evidence.models import Document, Evidence, FactValue

__all__ = [
    "Document",
    "Evidence",
    "FactValue",
    "evidence_from_data",
    "load_evidence",
    "parse_evidence",
]
