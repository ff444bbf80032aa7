"""The durable-rules wrapper: the quirks it promises to hide."""

from __future__ import annotations

import pytest

from engine.rules.host import Emitter, RulesError, RulesHost, check_fact

RULES = {
    "double": {"all": [{"m": {"$and": [{"kind": "n"}, {"$gte": {"v": 0}}]}}], "run": "double"},
    "boom": {"all": [{"m": {"$and": [{"kind": "n"}, {"v": 13}]}}], "run": "boom"},
}


def _double(e: Emitter) -> None:
    e.emit({"kind": "doubled", "v": e.matched["m"]["v"] * 2})


def _boom(e: Emitter) -> None:
    raise ValueError("thirteen")


def host() -> RulesHost:
    return RulesHost("test-host", RULES, {"double": _double, "boom": _boom})


def test_facts_chain_and_sessions_are_isolated() -> None:
    h = host()
    first = h.run([[{"kind": "n", "v": 2}, {"kind": "n", "v": 5}]])
    second = h.run([[{"kind": "n", "v": 7}]])
    assert sorted(f.emitted[0]["v"] for f in first) == [4, 10]
    assert [f.emitted[0]["v"] for f in second] == [14]


def test_an_unread_fact_does_not_stop_the_others() -> None:
    firings = host().run([[{"kind": "nobody-reads-this"}, {"kind": "n", "v": 1}]])
    assert [f.emitted[0]["v"] for f in firings] == [2]


def test_exceptions_inside_actions_are_raised_not_swallowed() -> None:
    h = host()
    with pytest.raises(RulesError, match="thirteen"):
        h.run([[{"kind": "n", "v": 13}]])
    assert [f.emitted[0]["v"] for f in h.run([[{"kind": "n", "v": 1}]])] == [2]


def test_many_sessions_never_hit_the_sid_limit() -> None:
    h = host()
    for i in range(1100):
        assert len(h.run([[{"kind": "n", "v": 100 + i}]])) == 1


@pytest.mark.parametrize("bad", [{"v": 1.5}, {"v": None}, {"v": True}, {"t": "Vie\u0323t"}])
def test_values_durable_mishandles_are_refused(bad: dict[str, object]) -> None:
    with pytest.raises((TypeError, ValueError)):
        check_fact(bad)
