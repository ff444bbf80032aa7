"""Evidence (minh chứng): the files an agency submits, validated into facts."""

from evidence.load import load_evidence, parse_evidence
from evidence.models import Document, Evidence, FactValue

__all__ = ["Document", "Evidence", "FactValue", "load_evidence", "parse_evidence"]
