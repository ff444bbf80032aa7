"""cchc-engine: chấm điểm tự đánh giá Chỉ số CCHC từ minh chứng.

Data flows one way: evidence → facts → rules (durable-rules) → results → report.
"""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Looked up on first use: importlib.metadata costs 50 ms at start-up, which `cchc score`
    # spends reading the dossier export instead.
    if name != "__version__":
        raise AttributeError(f"module 'engine' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("cchc-engine")
    except PackageNotFoundError:  # running from a source tree without installation
        value = "0.0.0+source"
    globals()["__version__"] = value
    return value
