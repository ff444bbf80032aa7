"""`--hide-names`: officials' names replaced by stable codes (CB01, CB02 … in name order).

The people ratings name officials; a report shared beyond the office may not. The codes
follow the order of the names, so the same export always gives the same codes.
"""

from __future__ import annotations

from engine.report.model import Report
from engine.report.table import NAMES_HIDDEN
from engine.results.model import Warning


def hide_names(report: Report) -> Report:
    """The report with every official's name replaced, and a warning saying so."""
    names = sorted({r.name for r in report.ratings if r.kind == "official"})
    width = max(2, len(str(len(names))))
    codes = {name: f"CB{i:0{width}d}" for i, name in enumerate(names, start=1)}

    def scrub(text: str) -> str:
        for name in sorted(codes, key=len, reverse=True):
            text = text.replace(name, codes[name])
        return text

    ratings = [
        r.model_copy(update={"name": codes[r.name]}) if r.kind == "official" else r for r in report.ratings
    ]
    warnings = [w.model_copy(update={"message": scrub(w.message)}) for w in report.warnings]
    warnings.append(Warning(code=None, message=NAMES_HIDDEN))
    return report.model_copy(update={"ratings": ratings, "warnings": warnings})


def names_hidden(report: Report) -> bool:
    return any(w.code is None and w.message == NAMES_HIDDEN for w in report.warnings)
