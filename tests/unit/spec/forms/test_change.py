"""Change: against last year, in points or relative; last year's zero as the data says."""

from __future__ import annotations

from tests.unit.spec.forms.helpers import FACTS, indicator


def fact(period: str, v: int) -> dict[str, object]:
    return {"kind": "fact", "name": "hai_long", "period": period, "v": v}


def test_points_and_relative_change() -> None:
    (pp,) = indicator(change={"fact": "hai_long", "unit": "pp"}).rules("8.5", FACTS)
    (out,) = pp.derive({"a": fact("current", 86_500_000), "b": fact("previous", 83_900_000)})
    assert (out["v"], out["previous"]) == (2_600_000, 83_900_000)
    zero, rel = indicator(change={"fact": "hai_long", "unit": "percent"}).rules("8.5", FACTS)
    assert zero.name == "na:8.5:zero" and "(năm trước) bằng 0" in zero.derive({})[0]["reason"]
    (out,) = rel.derive({"a": fact("current", 90_000_000), "b": fact("previous", 80_000_000)})
    assert out["v"] == 12_500_000


def test_last_years_fact_is_read_and_reported_missing() -> None:
    ind = indicator(change={"fact": "hai_long", "unit": "pp"})
    assert ind.previous_facts() == ["hai_long"]
    assert ind.missing({}, {}) == ["hai_long", "previous.hai_long"]
    assert ind.missing({"hai_long": 80.0}, {"hai_long": 79.0}) == []
    assert ind.uncomputable({"hai_long": 80.0}, {"hai_long": 0}, FACTS) != []
