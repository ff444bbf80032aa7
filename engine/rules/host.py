"""The one place that talks to durable-rules 2.0.28 and works around its quirks.

What this module guarantees to the rest of the engine (see shared/durable-rules-notes.md):
- rulesets are plain dicts, copied before registration (registration strips `run`);
- no timer threads (`Host._run` is a no-op), every call is synchronous and uses one sid;
- each session opens with an event a rule matches, so `delete_state` cannot crash;
- a session's state is deleted after it is read, so the 1024-live-sid limit is never hit;
- exceptions inside actions (which durable swallows) are collected and re-raised;
- facts are asserted one at a time: durable refuses a fact no rule reads
  (`MessageNotHandledException`), and in a batch that refusal silently stops the rules
  for every other fact of the batch. A fact nobody reads is harmless, so it is ignored;
- only integers and NFC strings are posted (no floats, Decimals, None or exponents).
"""

from __future__ import annotations

import contextlib
import copy
import itertools
import threading
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from durable import engine as durable_engine

Fact = dict[str, Any]
OPEN_RULE = "__session_open"


@dataclass
class Firing:
    """One fired rule: what it matched and what it asserted (the trace)."""

    rule: str
    matched: dict[str, Fact]
    emitted: list[Fact] = field(default_factory=list)


class Emitter:
    """What an action receives: the matched facts and a way to assert derived facts."""

    def __init__(self, closure: Any, firing: Firing) -> None:
        self._closure = closure
        self._firing = firing

    @property
    def matched(self) -> dict[str, Fact]:
        return self._firing.matched

    def emit(self, fact: Fact) -> None:
        check_fact(fact)
        fact = dict(fact)
        self._firing.emitted.append(fact)
        # No rule reads some kinds of fact (a final score): nothing to chain, not an error.
        with contextlib.suppress(durable_engine.MessageNotHandledException):
            self._closure.assert_fact(dict(fact))


Action = Callable[[Emitter], None]


class RulesError(RuntimeError):
    """An action failed inside durable-rules (which would otherwise swallow it)."""


def check_fact(fact: Mapping[str, Any]) -> None:
    """Refuse values durable-rules mishandles, before they reach it."""
    for key, value in fact.items():
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise TypeError(f"fact field {key!r} must be int or str, got {value!r}")
        if isinstance(value, str) and unicodedata.normalize("NFC", value) != value:
            raise ValueError(f"fact field {key!r} is not NFC: {value!r}")


class _Host(durable_engine.Host):  # type: ignore[misc]
    def __init__(self, definitions: dict[str, Any], resolver: Callable[[str], Any]) -> None:
        self._resolver = resolver
        super().__init__(definitions)

    def _run(self) -> None:
        """No timer threads: they never stop and defer multi-sid work to another thread."""

    def get_action(self, action_name: str) -> Any:
        return self._resolver(action_name)


class RulesHost:
    """A compiled ruleset loaded once; `run` evaluates one isolated session per call."""

    _ids = itertools.count(1)

    def __init__(self, name: str, rules: Mapping[str, Any], actions: Mapping[str, Action]) -> None:
        self.name = name
        self._actions = dict(actions)
        self._actions[OPEN_RULE] = lambda e: None
        definition = {name: copy.deepcopy({**rules, OPEN_RULE: _open_rule()})}
        self._lock = threading.Lock()
        self._firings: list[Firing] = []
        self._errors: list[str] = []
        self._host = _Host(definition, self._wrap)

    def _wrap(self, rule: str) -> Callable[[Any], None]:
        action = self._actions.get(rule)
        if action is None:
            raise KeyError(f"no action for rule {rule}")

        def run(closure: Any) -> None:
            matched = {k: {kk: vv for kk, vv in v.items() if kk != "sid"} for k, v in closure._m.items()}
            firing = Firing(rule=rule, matched=matched)
            self._firings.append(firing)
            try:
                action(Emitter(closure, firing))
            except BaseException as exc:  # durable swallows it otherwise
                self._errors.append(f"{rule}: {type(exc).__name__}: {exc}")

        return run

    def run(self, batches: list[list[Fact]]) -> list[Firing]:
        """Assert each batch of facts in turn in a fresh session; return every firing.

        Batches are phases: everything a batch implies is derived before the next starts.
        """
        with self._lock:
            sid = f"s{next(self._ids)}"
            self._firings, self._errors = [], []
            try:
                self._host.post(self.name, {"sid": sid, "kind": OPEN_RULE})
                for batch in batches:
                    if not batch:
                        continue
                    for fact in batch:
                        check_fact(fact)
                        with contextlib.suppress(durable_engine.MessageNotHandledException):
                            self._host.assert_fact(self.name, {**fact, "sid": sid})
                        self._raise_collected()
                    state = self._host.get_state(self.name, sid)
                    if state.get("exception"):
                        raise RulesError(str(state["exception"]))
            finally:
                self._host.delete_state(self.name, sid)
            return [f for f in self._firings if f.rule != OPEN_RULE]

    def _raise_collected(self) -> None:
        if self._errors:
            errors, self._errors = self._errors, []
            raise RulesError("; ".join(errors))


def _open_rule() -> dict[str, Any]:
    return {"all": [{"m": {"kind": OPEN_RULE}}], "run": OPEN_RULE}
