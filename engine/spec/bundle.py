"""One bundle: the catalog, its rules and (optionally) a plan, loaded once, cross-checked, frozen.

Everything downstream (evidence checks, rules, results, report) reads its declarations from
the bundle it is given, never by id. A `Library` finds declarations by id in the search path
(user data directories, then the shipped data) and keeps the one cache, keyed by the files read
and their content; `Bundle.from_models` wraps declarations built in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from engine.core.digest import digest
from engine.core.problems import InputError, Problem, Reason
from engine.spec import resources
from engine.spec.catalog import Catalog, load_catalog
from engine.spec.plan import Plan, load_plan
from engine.spec.policy import Adopted, Policy, adopt, load_policy
from engine.spec.resources import SHIPPED, DataDir, Found
from engine.spec.rulebook import Rulebook, check_against, load_rulebook

MEMORY = "memory"
T = TypeVar("T")


@dataclass(frozen=True)
class Bundle:
    """The declarations one evaluation uses, each with its digest and origin (shipped, directory, memory)."""

    catalog: Catalog
    rulebook: Rulebook
    plan: Plan | None = None
    catalog_source: str = MEMORY
    rules_source: str = MEMORY
    plan_source: str | None = None
    policies: tuple[Adopted, ...] = ()  # the plan's adopted people-rule policies, in its order
    catalog_digest: str = field(init=False)
    rules_digest: str = field(init=False)
    plan_digest: str | None = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "catalog_digest", digest(self.catalog.content()))
        object.__setattr__(self, "rules_digest", digest(self.rulebook.model_dump(mode="json")))
        plan_digest = digest(self.plan.model_dump(mode="json")) if self.plan else None
        object.__setattr__(self, "plan_digest", plan_digest)
        if self.plan is not None and self.plan_source is None:
            object.__setattr__(self, "plan_source", MEMORY)

    @property
    def ruleset_key(self) -> str:
        """What the compiled ruleset depends on: the catalog and its rules (not the plan)."""
        return digest([self.catalog_digest, self.rules_digest])

    @classmethod
    def from_models(
        cls, catalog: Catalog, rulebook: Rulebook, plan: Plan | None = None, policies: Sequence[Policy] = ()
    ) -> Bundle:
        """A bundle of declarations built in Python, cross-checked like loaded ones; the plan's
        policies are taken from `policies`, then from the default library."""
        name = "<bộ nhớ>"
        problems = check_against(rulebook, catalog, name)
        adopted: list[Adopted] = []
        if plan is not None:
            if catalog.id not in plan.catalogs():
                problems.append(
                    Problem(
                        code=Reason.CROSS_CHECK,
                        file=name,
                        where="plan.catalog",
                        reason=f"kế hoạch '{plan.id}' dùng bộ tiêu chí '{plan.catalog}', "
                        f"không phải '{catalog.id}'",
                    )
                )
            scored = {c.code for c in catalog.assessed()}
            problems += [
                Problem(
                    code=Reason.UNKNOWN_CRITERION,
                    file=name,
                    where=f"plan.targets.{code}",
                    reason=f"'{code}' không phải tiêu chí được chấm điểm của bộ '{catalog.id}'",
                )
                for code in plan.targets
                if code not in scored
            ]
            try:
                adopted = adopt(plan.policies, _Given({p.id: p for p in policies}, Library()))
            except InputError as exc:
                problems += exc.problems
        if problems:
            raise InputError(problems)
        return cls(catalog, rulebook, plan, policies=tuple(adopted))


@dataclass(frozen=True)
class _Given:
    """Policies built in memory first, then a library's."""

    given: dict[str, Policy]
    library: Library

    def policy_ids(self) -> list[str]:
        return sorted({*self.given, *self.library.policy_ids()})

    def find_policy(self, policy_id: str) -> Policy:
        return self.given.get(policy_id) or self.library.find_policy(policy_id)


_cache: dict[tuple[Any, ...], Any] = {}


def _key(found: Found) -> tuple[Any, ...]:
    return (found.kind, tuple(str(f.resolve()) for f in found.files), found.content())


def _cached(key: tuple[Any, ...], build: Callable[[], T]) -> T:
    """The loader's one cache: the same files with the same content are parsed once per process."""
    if key not in _cache:
        _cache[key] = build()
    hit: T = _cache[key]
    return hit


class Library:
    """Declarations by id along a search path: `--data` directories, `CCHC_DATA`, the shipped data."""

    def __init__(self, dirs: Sequence[DataDir] | None = None, held: Bundle | None = None) -> None:
        self.dirs = tuple(dirs) if dirs is not None else resources.search_path()
        self.held = held

    @classmethod
    def holding(cls, bundle: Bundle) -> Library:
        """A library that serves a bundle built in memory (by its ids) before anything on disk."""
        return cls(held=bundle)

    @classmethod
    def from_env(cls, data: Sequence[str | Path] = ()) -> Library:
        return cls(resources.search_path(data))

    def locate(self, kind: resources.Kind, ident: str) -> Found:
        return resources.locate(kind, ident, self.dirs)

    def _memory(self, kind: resources.Kind, ident: str) -> Found:
        return Found(kind, ident, Path(), "<bộ nhớ>", MEMORY)

    def catalog(self, catalog_id: str) -> tuple[Catalog, Found]:
        if self.held is not None and self.held.catalog.id == catalog_id:
            return self.held.catalog, self._memory("catalog", catalog_id)
        found = self.locate("catalog", catalog_id)
        return _cached(_key(found), lambda: load_catalog(found.path, found.name)), found

    def rulebook(self, catalog: Catalog) -> tuple[Rulebook, Found]:
        if self.held is not None and self.held.catalog is catalog:
            return self.held.rulebook, self._memory("rules", catalog.id)
        found = self.locate("rules", catalog.id)
        # Checked against its catalog: the entry depends on that catalog's files too.
        key = (*_key(found), _key(self.locate("catalog", catalog.id)))
        return _cached(key, lambda: load_rulebook(found.path, found.name, catalog)), found

    def plan(self, plan_id: str) -> tuple[Plan, Found]:
        if self.held is not None and self.held.plan is not None and self.held.plan.id == plan_id:
            return self.held.plan, self._memory("plan", plan_id)
        found = self.locate("plan", plan_id)

        def parse() -> tuple[Plan, list[tuple[resources.Kind, str, tuple[Any, ...]]]]:
            seen: list[tuple[resources.Kind, str, tuple[Any, ...]]] = []
            library = self

            class Recording:
                """The library, noting each catalog and policy the plan is checked against."""

                def policy_ids(self) -> list[str]:
                    return library.policy_ids()

                def find_policy(self, policy_id: str) -> Policy:
                    policy, policy_found = library.policy(policy_id)
                    seen.append(("policy", policy_id, _key(policy_found)))
                    return policy

            def catalog_of(catalog_id: str) -> Catalog:
                catalog, catalog_found = self.catalog(catalog_id)
                seen.append(("catalog", catalog_id, _key(catalog_found)))
                return catalog

            plan = load_plan(found.path, found.name, catalog_of, Recording())
            return plan, seen

        # Checked against its catalogs and policies: the entry is valid while their files are unchanged.
        key = _key(found)
        plan, checked_against = _cached(key, parse)
        if any(self._changed(kind, ident, k) for kind, ident, k in checked_against):
            _cache[key] = parse()
            plan = _cache[key][0]
        return plan, found

    def _changed(self, kind: resources.Kind, ident: str, key: tuple[Any, ...]) -> bool:
        try:
            return _key(self.locate(kind, ident)) != key
        except InputError:
            return True

    def policy(self, policy_id: str) -> tuple[Policy, Found]:
        if self.held is not None:
            for adopted in self.held.policies:
                if adopted.policy.id == policy_id:
                    return adopted.policy, self._memory("policy", policy_id)
        found = self.locate("policy", policy_id)
        return _cached(_key(found), lambda: load_policy(found.path, found.name)), found

    def find_policy(self, policy_id: str) -> Policy:
        return self.policy(policy_id)[0]

    def policy_ids(self) -> list[str]:
        held = {a.policy.id for a in self.held.policies} if self.held is not None else set()
        return sorted(held | set(resources.ids("policy", self.dirs)))

    def adopted(self, plan: Plan) -> list[Adopted]:
        """The policies the plan adopts, as it adopts them."""
        return adopt(plan.policies, self)

    def bundle(self, catalog_id: str, plan_id: str | None = None) -> Bundle:
        held = self.held
        if (
            held is not None
            and held.catalog.id == catalog_id
            and plan_id == (held.plan.id if held.plan else None)
        ):
            return held
        catalog, catalog_found = self.catalog(catalog_id)
        rulebook, rules_found = self.rulebook(catalog)
        plan, plan_found = self.plan(plan_id) if plan_id else (None, None)
        if plan is not None and catalog.id not in plan.catalogs():
            raise InputError(
                [
                    Problem(
                        code=Reason.CROSS_CHECK,
                        file=plan_found.name if plan_found else "",
                        where="catalog",
                        reason=f"kế hoạch '{plan.id}' dùng bộ tiêu chí '{plan.catalog}', "
                        f"không phải '{catalog.id}'",
                    )
                ]
            )
        policies = tuple(self.adopted(plan)) if plan is not None else ()
        policy_keys = tuple(_key(self.locate("policy", a.policy.id)) for a in policies)
        key = (
            "bundle",
            _key(catalog_found),
            _key(rules_found),
            _key(plan_found) if plan_found else None,
            policy_keys,
        )
        return _cached(
            key,
            lambda: Bundle(
                catalog,
                rulebook,
                plan,
                catalog_found.source,
                rules_found.source,
                plan_found.source if plan_found else None,
                policies,
            ),
        )

    def matching(
        self,
        catalog_id: str,
        catalog_digest: str,
        rules_digest: str,
        plan_id: str | None = None,
        plan_digest: str | None = None,
    ) -> Bundle:
        """The declarations with exactly these digests, wherever they are on the search path.

        A report names its catalog, rules and plan by id and digest; a user's copy may share the
        shipped id (last year's methodology edited in Excel), so every directory holding the id is
        tried, not only the first. The plan is optional: one whose digest matches nowhere is left
        out (`Bundle.plan` is None). An InputError says why the catalog or its rules are not found.
        """
        catalogs = self._everywhere("catalog", catalog_id)
        if not catalogs:
            self.locate("catalog", catalog_id)  # raises the usual "không có bộ tiêu chí …"
        catalog_hit = _first(catalogs, catalog_digest, _catalog_at)
        if catalog_hit is None:
            where = ", ".join(f.name for f in catalogs)
            short = _short(catalog_digest)
            reason = f"bộ tiêu chí '{catalog_id}' ở {where} có nội dung khác với bản có mã băm {short}"
            raise InputError([Problem(code=Reason.DATA_CONFLICT, file=catalogs[0].name, reason=reason)])
        catalog, catalog_found = catalog_hit
        rules_hit = _first(
            self._everywhere("rules", catalog_id),
            rules_digest,
            lambda f: _rulebook_at(f, catalog, catalog_found),
        )
        if rules_hit is None:
            reason = (
                f"không có quy tắc của bộ tiêu chí '{catalog_id}' với mã băm {_short(rules_digest)} "
                "(quy tắc trong thư viện có nội dung khác hoặc không có)"
            )
            raise InputError(
                [Problem(code=Reason.DATA_CONFLICT, file=f"rules/{catalog_id}.yaml", reason=reason)]
            )
        rulebook, rules_found = rules_hit
        plan, plan_source = None, None
        for i, d in enumerate(self.dirs):
            if plan_id is None or plan_digest is None:
                break
            if resources.find_in("plan", plan_id, d) is None:
                continue
            try:  # from this directory on: the plan is checked against catalogs and policies there
                candidate, plan_found = Library(self.dirs[i:]).plan(plan_id)
            except InputError:
                continue
            if digest(candidate.model_dump(mode="json")) == plan_digest:
                plan, plan_source = candidate, plan_found.source
                break
        return Bundle(catalog, rulebook, plan, catalog_found.source, rules_found.source, plan_source)

    def _everywhere(self, kind: resources.Kind, ident: str) -> list[Found]:
        """Every directory's declaration of this id, in search order (not only the first)."""
        return [f for d in self.dirs if (f := resources.find_in(kind, ident, d)) is not None]

    def replaced(self, found: Found) -> bool:
        """Whether a user's declaration stands in for a shipped one of the same id."""
        if found.source == SHIPPED:
            return False
        shipped = [d for d in self.dirs if d.shipped]
        return any(resources.find_in(found.kind, found.id, d) is not None for d in shipped)


M = TypeVar("M", Catalog, Rulebook)


def _catalog_at(found: Found) -> Catalog:
    return _cached(_key(found), lambda: load_catalog(found.path, found.name))


def _rulebook_at(found: Found, catalog: Catalog, catalog_found: Found) -> Rulebook:
    key = (*_key(found), _key(catalog_found))
    return _cached(key, lambda: load_rulebook(found.path, found.name, catalog))


def _first(candidates: list[Found], wanted: str, load: Callable[[Found], M]) -> tuple[M, Found] | None:
    """The first candidate that loads and whose content has the wanted digest."""
    for found in candidates:
        try:
            model = load(found)
        except InputError:
            continue
        content = model.content() if isinstance(model, Catalog) else model.model_dump(mode="json")
        if digest(content) == wanted:
            return model, found
    return None


def _short(value: str) -> str:
    return value.removeprefix("sha256:")[:12]


def find_catalog(catalog_id: str, library: Library | None = None) -> Catalog:
    """A catalog by id from the library (default: `CCHC_DATA`, then the shipped data)."""
    return (library or Library()).catalog(catalog_id)[0]


def find_rulebook(catalog_id: str, library: Library | None = None) -> Rulebook:
    library = library or Library()
    return library.rulebook(library.catalog(catalog_id)[0])[0]


def find_plan(plan_id: str, library: Library | None = None) -> Plan:
    return (library or Library()).plan(plan_id)[0]


def find_policy(policy_id: str, library: Library | None = None) -> Policy:
    return (library or Library()).find_policy(policy_id)
