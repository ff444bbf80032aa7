"""Benchmark scripts (run as files; `province_units` is also imported by the tests)."""
