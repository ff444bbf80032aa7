"""cchc-engine: chấm điểm tự đánh giá Chỉ số CCHC từ minh chứng.

Data flows one way: evidence → facts → rules (durable-rules) → results → report.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("cchc-engine")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+source"
