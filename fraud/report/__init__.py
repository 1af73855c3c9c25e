"""Human views of scored creators: the HTML vetting report and the text table.

* :func:`render_report` scores CreatorRecords and renders one self-contained HTML page
  (charts inline, nothing fetched), in English or Chinese: ``fraud report``.
* :func:`format_table` prints ScoreResults as a fixed-width table that stays aligned with
  CJK text: ``fraud table``.
"""

from fraud.report.i18n import LANGUAGES, Translator
from fraud.report.page import RejectedRecord, ReportScorer, embed_json, render_report
from fraud.report.table import display_width, format_table

__all__ = [
    "LANGUAGES",
    "RejectedRecord",
    "ReportScorer",
    "Translator",
    "display_width",
    "embed_json",
    "format_table",
    "render_report",
]
