"""The HTML report and table, as a Shanghai marketer read them (review s20 r1, items 10, 11
and 13): user text isolated from its surroundings, the overview's main reason with its
severity, and the Chinese page in Chinese."""

from __future__ import annotations

import re
from typing import Any

from fraud.report.page import render_report
from fraud.schema import CreatorRecord
from tests.conftest import load_sample

RLO = "\u202e"


def _record(name: str, **changes: Any) -> CreatorRecord:
    raw = load_sample(name)
    raw.update(changes)
    return CreatorRecord.model_validate(raw)


def test_user_text_is_isolated_so_a_bidi_control_cannot_mirror_the_page(scorer: Any) -> None:
    # rlo.jsonl: an unclosed U+202E in the handle showed the follower count as "000,003".
    record = _record("engagement_pod_instagram", handle=f"evil{RLO}", creator_id=f"ig:x{RLO}")
    for lang in ("en", "zh"):
        other = _record("thin_data_tiktok")
        html = render_report(scorer, [(1, record), (2, other)], lang=lang)
        assert f"<bdi>evil{RLO}</bdi>" in html
        assert f"<h2><bdi>ig:x{RLO}</bdi></h2>" in html
        assert f"<bdi>ig:x{RLO}</bdi></a>" in html  # the overview link
        # no user text left bare: every RLO sits inside a <bdi> (or an attribute / the title)
        outside = re.sub(r"<bdi[^>]*>[^<]*</bdi>", "", html)
        outside = re.sub(r"<title>[^<]*</title>|\"[^\"<>]*\"", "", outside)
        assert RLO not in outside


def test_overview_main_reason_carries_its_severity(scorer: Any) -> None:
    # The zh overview showed COMMENTS_DUPLICATED (a low reason) as the "主要原因" of an
    # authentic creator with nothing to say it was low.
    records = [(1, _record("genuine_koc_rednote")), (2, _record("bought_followers_weibo"))]
    for lang, low in (("en", "low"), ("zh", "低")):
        html = render_report(scorer, records, lang=lang)
        overview = html[html.index('<table class="overview') : html.index("</table>")]
        genuine = overview[overview.index("rednote:genuine_koc") :]
        genuine = genuine[: genuine.index("</tr>")]
        cell = re.search(
            r'<td class="top-reason sev-(\w+)"><span class="sev">([^<]+)</span>', genuine
        )
        assert cell is not None, genuine
        assert cell.group(1) == "low" and cell.group(2) == low
