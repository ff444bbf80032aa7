"""The points still available and the score targets on the screen come from `engine.report.standing`,
the one definition the html and xlsx writers use: the screen lists what the report lists, in its order."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from engine.report import standing, terminal
from engine.report.terminal import print_available
from engine.scoring import score_file

ROOT = Path(__file__).resolve().parents[3]
CHI_SO_766 = ROOT / "evidence" / "examples" / "chi-so-766-xa-minh-hoa-2025.yaml"


def test_the_terminal_has_no_ordering_of_its_own() -> None:
    names = vars(terminal)
    for name in ("points_left", "target_name", "target_detail"):
        assert names.get(name) is vars(standing)[name], name


def test_the_screen_lists_the_points_left_in_the_reports_order() -> None:
    report = score_file(CHI_SO_766)
    out = Console(width=200, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    print_available(report, out)
    listed = [
        line.split("  • ", 1)[1].split(" (", 1)[0]
        for line in out.export_text().splitlines()
        if "  • " in line
    ]
    assert listed and listed == [c.code for c in standing.points_left(report)]
