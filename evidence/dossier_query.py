"""The counting of a dossier export, as one SQL query: every definition of docs/ho-so-tthc.md.

The query reads a relation `export` with one text column per role (`code`, `procedure`,
`department`, `official`, `channel`, `received`, `due`, `result`, `apology` and whichever
optional Có/Không columns the export has; `_row`, the spreadsheet row, when it is known) and
returns a few thousand rows, never one per dossier:

- one group per (blank, procedure, department, official, channel, apology) with the dossier
  flags summed (received, resolved on time / late, pending overdue / not yet due, within
  time…) and, for validation, how many cells are missing, unreadable or out of order;
- one group per (blank, department, official, value) of each optional Có/Không column with the
  received dossiers counted;
- with each group, the first overdue codes.

Whether dossier codes repeat is a separate question: codes listed in strictly increasing order
settle it without hashing. Over a table in row order, `order_sql` asks it (a window: one
thread); in the counting's own pass over a file, the codes can go through a function that
watches their order piece by piece on every thread (`tap`; DuckDB: evidence/code_pieces.py).

The written values of the few-valued columns come back as they are: what each means (a
channel, Có/Không, a procedure's online level, a clean name) is decided in Python on those
few values (evidence/dossier_export.py), the same way whatever engine ran the query.

It is plain SQL with GROUPING SETS; the DuckDB dialect shows in three functions only:
`try_strptime` (Spark SQL: `try_to_timestamp`, Trino: `try(date_parse(…))`), `count_if`
(both have it) and `min(code, 20)` (the 20 smallest codes; Spark: `slice(array_sort(
collect_list(code)), 1, 20)`). docs/ho-so-tthc.md says how to run it on a cluster.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

LISTED = 20  # overdue dossier codes quoted in a notice
PROBLEMS = (
    "code_missing",
    "received_missing",
    "due_missing",
    "received_unreadable",
    "due_unreadable",
    "result_unreadable",
    "result_before_received",
    "due_before_received",
)
DATE_ROLES = ("received", "due", "result")
ISO = "[0-9]{4}-[0-9]{2}-[0-9]{2}([T ].*)?"  # what may be tried as ISO 8601 (2022/01/03 is not)


@dataclass(frozen=True)
class Definitions:
    """What the counts depend on: the period and the options of `sources.options`."""

    start: dt.date
    as_of: dt.date
    scope: str  # received | processed
    on_time: str  # date | datetime
    pending_overdue: str  # exclude | late
    date_formats: dict[str, tuple[str, ...]]  # date role → formats, the likeliest first
    optional: tuple[str, ...]  # optional Có/Không roles present in the export


def _text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def date_of(column: str, formats: tuple[str, ...], parsed: tuple[str, ...] = ()) -> str:
    """The first format that reads the cell, then ISO 8601. One format per call: the engine
    stops at the first that reads a row, so the format the column uses goes first
    (`Definitions.date_formats`). A `parsed` column is a date already (the reader read it)."""
    if column in parsed:
        return f"CAST({column} AS TIMESTAMP)"
    tries = [f"try_strptime({column}, {_text(f)})" for f in formats]
    iso = f"CASE WHEN regexp_full_match({column}, {_text(ISO)}) THEN {column} END"
    return f"coalesce({', '.join(tries)}, try_cast({iso} AS TIMESTAMP))"


def _given(column: str, parsed: tuple[str, ...] = ()) -> str:
    if column in parsed:  # the reader turned an empty cell into NULL and refused any other
        return f"({column} IS NOT NULL)"
    return f"({column} IS NOT NULL AND {column} <> '')"


def _problems(detailed: bool, parsed: tuple[str, ...] = ()) -> str:
    """Per kind of problem, how many rows have it; or, for the fast scan (whose only question
    is whether to take the located path, which counts them per kind), one count of all."""
    conditions = {
        "code_missing": "code IS NULL",
        "received_missing": f"NOT {_given('received', parsed)}",
        "due_missing": f"NOT {_given('due', parsed)}",
        "received_unreadable": f"{_given('received', parsed)} AND received_at IS NULL",
        "due_unreadable": f"{_given('due', parsed)} AND due_at IS NULL",
        "result_unreadable": f"{_given('result', parsed)} AND result_at IS NULL",
        "result_before_received": "coalesce(result_day < received_day, false)",
        "due_before_received": "coalesce(due_day < received_day, false)",
    }
    if detailed:
        return "".join(f"    count_if({c}) AS {k},\n" for k, c in conditions.items()) + "    0 AS problems,\n"
    listed = "".join(f"    0 AS {k},\n" for k in conditions)
    return listed + f"    count_if({' OR '.join(f'({c})' for c in conditions.values())}) AS problems,\n"


def counting_sql(
    d: Definitions,
    relation: str = "export",
    detailed: bool = True,
    parsed: tuple[str, ...] = (),
    tap: str | None = None,
) -> str:
    """The whole counting, one statement. `in_blank`, `in_procedure`, `in_<optional>` tell the
    grouping set of a row (0: that column is a key of the row's set, 1: summed over).
    `parsed`: the date roles the relation holds as dates already (DuckDB's CSV reader parses
    them faster than `try_strptime` does). `tap`: a function every code passes through
    unchanged (evidence/code_pieces.py)."""
    start, as_of = f"DATE '{d.start.isoformat()}'", f"DATE '{d.as_of.isoformat()}'"
    cells = ["code", "procedure", "department", "official", "channel", *DATE_ROLES, "apology", *d.optional]
    blank = " AND ".join(f"NOT {_given(c, parsed)}" for c in cells)
    dates = ",\n        ".join(f"{date_of(c, d.date_formats[c], parsed)} AS {c}_at" for c in DATE_ROLES)
    if d.on_time == "date":
        late_if_done = "result_day > due_day"
    else:  # a due date without a time means the end of that day
        late_if_done = (
            "result_at > CASE WHEN due_at = CAST(due_day AS TIMESTAMP) "
            "THEN due_at + INTERVAL 86399 SECOND ELSE due_at END"
        )
    if d.scope == "received":
        base = "received_in"
    else:  # and those carried over: received earlier, not resolved before the year began
        base = f"(received_day <= {as_of} AND NOT coalesce(result_day < {start}, false))"
    late_or_overdue = "(resolved_in AND late_if_done)"
    resolved = "resolved_in"
    if d.pending_overdue == "late":
        late_or_overdue = f"({late_or_overdue} OR overdue)"
        resolved = "(resolved_in OR overdue)"
    optional_cols = "".join(f", {c}" for c in d.optional)
    sets = [
        "(blank, procedure, department, official, channel, apology)",
        *[f"(blank, department, official, {c})" for c in d.optional],
    ]
    grouping = "".join(f", grouping({c}) AS in_{c}" for c in ["blank", "procedure", *d.optional])
    problem_counts = _problems(detailed, parsed)
    code = f"{tap}(nullif(trim(code), ''))" if tap else "nullif(trim(code), '')"
    return f"""
WITH cells AS (
    SELECT
        {blank} AS blank,
        {code} AS code,
        procedure, department, official, channel, apology{optional_cols},
        received, due, result,
        {dates}
    FROM {relation}
), days AS (
    SELECT *,
        CAST(received_at AS DATE) AS received_day,
        CAST(due_at AS DATE) AS due_day,
        CAST(result_at AS DATE) AS result_day
    FROM cells
), judged AS (
    SELECT *,
        coalesce(received_day BETWEEN {start} AND {as_of}, false) AS received_in,
        coalesce(result_day <= {as_of}, false) AS done,
        coalesce({late_if_done}, false) AS late_if_done,
        coalesce(due_day < {as_of}, false) AS overdue_if_pending
    FROM days
), scoped AS (
    SELECT *,
        coalesce({base}, false) AS base
    FROM judged
), flagged AS (
    SELECT *,
        base AND done AS resolved_in,
        base AND NOT done AND overdue_if_pending AS overdue,
        base AND NOT done AND NOT overdue_if_pending AS not_due
    FROM scoped
)
SELECT
    {grouping[2:]},
    blank, procedure, department, official, channel, apology{optional_cols},
    count(*) AS rows,
    count_if(received_in) AS received,
    count_if({resolved}) AS resolved,
    count_if(resolved_in AND NOT late_if_done) AS resolved_on_time,
    count_if({late_or_overdue}) AS resolved_late,
    count_if(overdue) AS pending_overdue,
    count_if(not_due) AS pending_not_due,
    count_if(received_in AND ((done AND NOT late_if_done) OR (NOT done AND NOT overdue_if_pending)))
        AS within_time,
    count_if(received_in OR base) AS in_scope,
{problem_counts}    min(code, {LISTED + 1}) FILTER (WHERE overdue) AS overdue_codes
FROM flagged
GROUP BY GROUPING SETS ({", ".join(sets)})
"""


def order_sql(relation: str = "export") -> str:
    """How many dossier codes are not greater than the one on the row before (0: the codes are
    strictly increasing in row order, so none repeats)."""
    return f"""
SELECT coalesce(count_if(code <= previous_code), 0) AS unordered_codes
FROM (
    SELECT code, lag(code) OVER () AS previous_code
    FROM (SELECT nullif(trim(code), '') AS code FROM {relation})
)
"""


def located_sql(d: Definitions, condition: str, relation: str = "export") -> str:
    """Rows (spreadsheet row, then the cells) where `condition` holds, in row order: how a
    problem the counting found is located. `condition` is written over the same names as
    `counting_sql` (raw cells, `*_at` timestamps, `*_day` dates)."""
    parsed = ", ".join(f"{date_of(c, d.date_formats[c])} AS {c}_at" for c in DATE_ROLES)
    return f"""
WITH cells AS (SELECT *, {parsed} FROM {relation}),
days AS (
    SELECT *, CAST(received_at AS DATE) AS received_day, CAST(due_at AS DATE) AS due_day,
        CAST(result_at AS DATE) AS result_day
    FROM cells
)
SELECT _row, * EXCLUDE (_row) FROM days WHERE {condition} ORDER BY _row
"""


PROBLEM_CONDITIONS: dict[str, str] = {
    "code_missing": "NOT " + _given("trim(code)"),
    "received_missing": "NOT " + _given("received"),
    "due_missing": "NOT " + _given("due"),
    "received_unreadable": _given("received") + " AND received_at IS NULL",
    "due_unreadable": _given("due") + " AND due_at IS NULL",
    "result_unreadable": _given("result") + " AND result_at IS NULL",
    "result_before_received": "result_day < received_day",
    "due_before_received": "due_day < received_day",
}


@dataclass(frozen=True)
class Meanings:
    """What the written values mean, decided in Python once per distinct value: role → raw
    value ('' for an empty cell) → clean name, channel key, or 'yes'/'no'."""

    values: dict[str, dict[str, str]]
    offered: frozenset[str]  # procedure codes offered online (`online_levels`)


def meaning_rows(m: Meanings) -> list[tuple[str, str, str]]:
    """The rows of relation `meaning(role, raw, value)` that `facts_sql` and `homes_sql` read: a
    few hundred, passed to the engine as data (DuckDB: three list parameters), not as SQL text
    (463 rows written as VALUES took DuckDB 7 ms to parse, in each query that named them)."""
    return [(role, raw, value) for role, vs in m.values.items() for raw, value in vs.items()]


def _join(role: str, table: str = "g") -> str:
    return (
        f"JOIN meaning AS m_{role} ON m_{role}.role = {_text(role)} "
        f"AND m_{role}.raw = coalesce({table}.{role}, '')"
    )


# The dossier flags the facts step sums, each the fact `dossiers.<flag>`: those every catalog of
# dossier facts has always had, then those given when a catalog declares them.
FLAGS = (
    "received",
    "resolved",
    "resolved_on_time",
    "resolved_late",
    "late_apologized",
    "pending_overdue",
    "pending_not_due",
    "online",
    "received_for_online_procedures",
)
DECLARED_FLAGS = ("within_time",)
# The sums of the facts step's first part, in its order (an optional column's part gives 0s).
SUMS = ("rows", "in_scope", *FLAGS, *DECLARED_FLAGS)


def facts_sql(m: Meanings, optional: tuple[str, ...], groups: str = "groups") -> str:
    """The second step: the counting's groups, read through what their values mean (relation
    `meaning`, `meaning_rows`), summed for the unit, each department, each official and each
    procedure. `level` is 'unit', 'department', 'official', 'procedure' or, for an optional
    column's count, its role."""
    offered = ", ".join(_text(c) for c in sorted(m.offered)) or "NULL"
    parts = [
        f"""
    SELECT
        CASE WHEN grouping(m_department.value) = 0 THEN 'department'
             WHEN grouping(m_official.value) = 0 THEN 'official'
             WHEN grouping(m_procedure.value) = 0 THEN 'procedure' ELSE 'unit' END AS level,
        coalesce(m_department.value, m_official.value, m_procedure.value) AS name,
        sum(g.rows) AS rows,
        sum(g.in_scope) AS in_scope,
        sum(g.received) AS received,
        sum(g.resolved) AS resolved,
        sum(g.resolved_on_time) AS resolved_on_time,
        sum(g.resolved_late) AS resolved_late,
        sum(CASE WHEN m_apology.value = 'yes' THEN g.resolved_late ELSE 0 END) AS late_apologized,
        sum(g.pending_overdue) AS pending_overdue,
        sum(g.pending_not_due) AS pending_not_due,
        sum(CASE WHEN m_channel.value = 'online' THEN g.received ELSE 0 END) AS online,
        sum(CASE WHEN m_procedure.value IN ({offered}) THEN g.received ELSE 0 END)
            AS received_for_online_procedures,
        sum(g.within_time) AS within_time,
        0 AS yes
    FROM {groups} AS g
        {_join("department")} {_join("official")} {_join("procedure")} {_join("channel")} {_join("apology")}
    WHERE g.in_procedure = 0 AND NOT g.blank
    GROUP BY GROUPING SETS ((m_department.value), (m_official.value), (m_procedure.value), ())
    """
    ]
    zeros = ", ".join(f"0 AS {c}" for c in SUMS)
    for role in optional:
        parts.append(
            f"""
    SELECT
        CASE WHEN grouping(m_department.value) = 0 THEN 'department'
             WHEN grouping(m_official.value) = 0 THEN 'official' ELSE 'unit' END || ':{role}' AS level,
        coalesce(m_department.value, m_official.value) AS name, {zeros},
        sum(CASE WHEN m_{role}.value = 'yes' THEN g.received ELSE 0 END) AS yes
    FROM {groups} AS g {_join("department")} {_join("official")} {_join(role)}
    WHERE g.in_{role} = 0 AND NOT g.blank
    GROUP BY GROUPING SETS ((m_department.value), (m_official.value), ())
    """
        )
    return "\n    UNION ALL\n".join(parts)


def homes_sql(groups: str = "groups") -> str:
    """Each official's own department, so that screens list officials under it: the department
    in which they handled most dossiers of the export (ties: the first by name). Reads
    relation `meaning` as `facts_sql` does."""
    return f"""WITH pairs AS (
    SELECT m_official.value AS official, m_department.value AS department, sum(g.rows) AS n
    FROM {groups} AS g {_join("department")} {_join("official")}
    WHERE g.in_procedure = 0 AND NOT g.blank
        AND coalesce(m_official.value, '') <> '' AND coalesce(m_department.value, '') <> ''
    GROUP BY m_official.value, m_department.value
)
SELECT official, department FROM (
    SELECT official, department,
        row_number() OVER (PARTITION BY official ORDER BY n DESC, department) AS r
    FROM pairs
) WHERE r = 1 ORDER BY official
"""
