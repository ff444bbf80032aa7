"""engine.spec.points: one scoring function for the rules, shortfalls and points still available."""

from __future__ import annotations

from fractions import Fraction

from engine.core.numbers import MICRO, to_micro
from engine.spec.bundle import find_catalog
from engine.spec.points import exact_value, points


def test_exact_value_prefers_the_counts() -> None:
    fact = {"v": to_micro(Fraction(100, 1200)), "num": 1 * MICRO, "den": 1200 * MICRO}
    assert exact_value(fact) == Fraction(1, 12)  # 100 × 1/1200 %, not 0,083333 %
    assert exact_value({"v": 87_530_000}) == Fraction(8753, 100)
    assert exact_value({"v": to_micro(100), "num": 0, "den": 0}) == 100  # 0/0 counted as 100 %


def test_a_catalog_without_rounding_keeps_the_score_rules_share() -> None:
    catalog = find_catalog("pci-2022")
    c = catalog.criterion("PCI 2")  # 10 points, linear 0–10
    scale = catalog.scales[c.scale or ""]
    for v in (0, 7_390_000, 7_500_001, 10_000_000, 12_000_000):
        assert points(catalog, c, v) == Fraction(10) * scale.share_at(v)
    assert points(catalog, c, 7_500_000, nudge=1) == Fraction(10) * scale.share_at(7_500_000, 1)


def test_a_rounding_catalog_scores_the_exact_value_to_the_cent() -> None:
    catalog = find_catalog("chi-so-766")
    ckmb4 = catalog.criterion("CKMB 4")  # 6 × p
    value = Fraction(100 * 1187, 1200)  # 6 × 1187/1200 = 5,935 exactly
    assert points(catalog, ckmb4, to_micro(value), exact=value) == Fraction(594, 100)
    # from the millionths alone (98,916667 %) it would be 5,93500002 → also 5,94; 1/1200 shows the difference
    tiny = Fraction(100, 1200)
    assert points(catalog, ckmb4, to_micro(tiny), exact=tiny) == Fraction(1, 100)
    assert points(catalog, ckmb4, to_micro(tiny)) == 0  # 6 × 0,083333 % = 0,0049999… → 0,00
    mdsh3 = catalog.criterion("MDSH 3")  # full at 80 %
    assert points(catalog, mdsh3, to_micro(85)) == 2
    assert points(catalog, catalog.criterion("MDHL 4"), to_micro(50)) == 0  # informational


def test_the_payment_group_is_scored_the_pages_way() -> None:
    catalog = find_catalog("chi-so-766")
    tttt1, tttt2 = catalog.criterion("TTTT 1"), catalog.criterion("TTTT 2")
    assert points(catalog, tttt1, to_micro(Fraction(975, 100))) == Fraction(58, 100)  # 0,585 → 0,58
    assert points(catalog, tttt2, to_micro(25)) == Fraction(63, 100)  # 0,625 → 0,63
    assert points(catalog, tttt2, to_micro(85)) == 2  # 2,125 capped
