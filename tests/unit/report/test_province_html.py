"""The summary's evidence paths may wrap after each separator, and stay escaped."""

from __future__ import annotations

from engine.report.province.html import path


def test_a_path_may_wrap_after_each_separator_and_is_escaped() -> None:
    shown = str(path("so-nganh/2024\\<so> & ban.yaml"))
    assert (
        shown == "<span>so-nganh/</span><wbr><span>2024\\</span><wbr><span>&lt;so&gt; &amp; ban.yaml</span>"
    )
    assert str(path("/tmp/")) == "<span>/</span><wbr><span>tmp/</span>"
