"""Start the dossier path's heavy import while the rest of `cchc score` loads.

`cchc score` calls `prefetch` first thing (engine/cli/main.py). The export itself is counted
by DuckDB from `evidence.sources.Pending`, as soon as the evidence file is parsed; what can
usefully start earlier is loading DuckDB's library, in a thread, when the evidence file names
a dossier export. Anything unusual is left to the normal path, which reports problems.
"""

from __future__ import annotations

import threading
from pathlib import Path


def _import() -> None:
    try:
        import duckdb  # noqa: F401
    except Exception:  # an optimisation only
        return


def prefetch(evidence: Path) -> None:
    """Load DuckDB in the background if the evidence file has a `sources:` section."""
    try:
        with evidence.open("rb") as f:
            head = f.read(1 << 16)
    except OSError:
        return
    if b"sources:" in head:
        threading.Thread(target=_import, name="cchc-prefetch", daemon=True).start()
