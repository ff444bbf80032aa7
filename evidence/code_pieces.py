"""That no dossier code repeats, proven while DuckDB counts the export on all its threads.

The counting query passes every code through `code_pieces_<n>` (a Python function DuckDB calls
once per vector it reads: up to 2048 rows of one stretch of the file, in file order). Each
call notes its piece's first and last code and whether its codes strictly increase. When every
piece increases and the pieces' ranges [first, last], sorted, do not overlap, no code can
repeat: two equal codes would be in one piece (which then does not strictly increase) or in
two pieces whose ranges both hold it. The proof holds however DuckDB cuts the file and
whatever order its threads call in; how DuckDB cuts it only decides whether an export listed
in code order (as the one-stop-shop system exports) is proven so — otherwise, and for any
export not in code order, the caller counts repeated codes by hashing (`DUPLICATE_COUNT_SQL`).

A window over the file in row order (`dossier_query.order_sql`) says the same, but runs on
one thread: as a second reading beside the counting, it cost a third more CPU (10M rows:
4,4 s where this takes 3,5 s, whole processes).
"""

from __future__ import annotations

import contextlib
import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import duckdb

NAME = "code_pieces"
_numbers = itertools.count(1)  # a function is the database's: each watch has a name of its own


@dataclass(frozen=True)
class Piece:
    first: str | None  # None: no code in the piece (missing codes are another problem)
    last: str | None
    increasing: bool
    rows: int  # every row the call saw, with or without a code


class CodePieces:
    """The pieces one counting query saw; `clear` before the query runs again."""

    def __init__(self) -> None:
        self.pieces: list[Piece] = []
        self.failed = False
        self.name = f"{NAME}_{next(_numbers)}"

    def register(self, con: duckdb.DuckDBPyConnection) -> None:
        """Make `<name>(code)` callable in queries (it imports pyarrow); `unregister` after."""
        import pyarrow.compute  # noqa: F401  (loaded here, not in DuckDB's first call)

        # The strings every DuckDB from 1.1 takes (the stubs of 2.x ask for its enums instead).
        con.create_function(  # type: ignore[call-overload]
            self.name,
            self.watch,
            ["VARCHAR"],
            "VARCHAR",
            type="arrow",
            side_effects=True,
            null_handling="special",
        )

    def unregister(self, con: duckdb.DuckDBPyConnection) -> None:
        import duckdb

        with contextlib.suppress(duckdb.Error):  # the connection closed meanwhile
            con.remove_function(self.name)

    def watch(self, codes: Any) -> Any:
        """Note one piece; the codes go back unchanged. A failure here only loses the proof."""
        try:
            self.pieces.append(_piece(codes))
        except Exception:
            self.failed = True
        return codes

    def clear(self) -> None:
        self.pieces.clear()
        self.failed = False

    def distinct(self, rows: int) -> bool:
        """Whether the pieces prove that no code repeats, given the `rows` the query counted
        (a row the function did not see would leave the proof without it)."""
        if self.failed or sum(p.rows for p in self.pieces) != rows:
            return False
        if not all(p.increasing for p in self.pieces):
            return False
        ranges = sorted((p.first, p.last) for p in self.pieces if p.first is not None and p.last is not None)
        return all(end < start for (_, end), (start, _) in itertools.pairwise(ranges))


def _piece(codes: Any) -> Piece:
    import pyarrow.compute as pc

    given = codes.drop_null() if codes.null_count else codes
    n = len(given)
    if not n:
        return Piece(None, None, True, len(codes))
    increasing = n == 1 or bool(pc.all(pc.less(given.slice(0, n - 1), given.slice(1))).as_py())
    return Piece(given[0].as_py(), given[n - 1].as_py(), increasing, len(codes))
