"""Loops in parent links (*tiêu chí cha*): a criterion that is, through its parents, its own parent.

A loop has no root, so its criteria belong to no field total and a walk up the tree never ends.
The catalog loader (YAML) and the catalog workbook import both refuse it, each locating the
problem its own way (a line of the file, a row of the sheet), from this one check.
"""

from __future__ import annotations

from collections.abc import Mapping


def parent_loops(parent: Mapping[str, object]) -> list[tuple[str, str]]:
    """Each criterion on a loop, once, with the loop as seen from it ("A → B → A").

    `parent` maps a code to its parent as written (possibly missing, not a string, or unknown:
    those end a chain and are other checks' business). In the order of `parent`'s keys.
    """
    out: list[tuple[str, str]] = []
    flagged: set[str] = set()
    for start in parent:
        chain: list[str] = []
        node: object = start
        while isinstance(node, str) and node in parent and node not in chain:
            chain.append(node)
            node = parent[node]
        if not isinstance(node, str) or node not in chain:
            continue
        loop = chain[chain.index(node) :]
        for code in loop:
            if code in flagged:
                continue
            flagged.add(code)
            at = loop.index(code)
            out.append((code, " → ".join([*loop[at:], *loop[:at], code])))
    return out
