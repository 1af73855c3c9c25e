"""Human views of scored creators: the HTML vetting report and the text table.

* :func:`render_report` scores CreatorRecords and renders one self-contained HTML page
  (charts inline, nothing fetched), in English or Chinese: ``fraud report``.
* :func:`format_table` prints ScoreResults as a fixed-width table that stays aligned with
  CJK text: ``fraud table``.

The names are loaded on first use, so that ``fraud --help`` does not import the scorer.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = [
    "LANGUAGES",
    "RejectedRecord",
    "ReportScorer",
    "Translator",
    "display_width",
    "embed_json",
    "format_table",
    "load_creators",
    "render_report",
]

_HOMES = {
    "LANGUAGES": "fraud.report.i18n",
    "Translator": "fraud.report.i18n",
    "RejectedRecord": "fraud.report.inputs",
    "load_creators": "fraud.report.inputs",
    "ReportScorer": "fraud.report.page",
    "embed_json": "fraud.report.page",
    "render_report": "fraud.report.page",
    "display_width": "fraud.report.table",
    "format_table": "fraud.report.table",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'fraud.report' has no attribute {name!r}")
