"""The HTML report and table, as a Shanghai marketer read them (review s20 r1, items 10, 11
and 13): user text isolated from its surroundings, the overview's main reason with its
severity, and the Chinese page in Chinese."""

from __future__ import annotations

import re
from typing import Any

from fraud.report.page import render_report
from fraud.schema import CreatorRecord
from tests.conftest import distinct_comments_sample, load_sample

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
        # ids and handles show the control as an escape (review s24 #13: isolated, the RLO
        # still reversed the id inside its <bdi>, and the <title> / <h1> had none)
        assert "<bdi>evil\\u202e</bdi>" in html
        assert "<h2><bdi>ig:x\\u202e</bdi></h2>" in html
        assert "<bdi>ig:x\\u202e</bdi></a>" in html  # the overview link
        # no user text left bare: every RLO sits inside a <bdi> (or an attribute / the title)
        outside = re.sub(r"<bdi[^>]*>[^<]*</bdi>", "", html)
        outside = re.sub(r"<title>[^<]*</title>|\"[^\"<>]*\"", "", outside)
        assert RLO not in outside


class _LowReasonFirst:
    """The real scorer, with each answer's first low reason moved to the front: the order
    the scorer gives an authentic creator whose strongest signal is a low fraud pattern
    (the bundled Douyin creator's COMMENTS_DUPLICATED, depending on the refit)."""

    def __init__(self, scorer: Any) -> None:
        self.scorer = scorer
        self.manifest: dict[str, Any] = scorer.manifest

    def score_many(self, records: Any) -> list[Any]:
        moved = []
        for result in self.scorer.score_many(records):
            low = [r for r in result.reasons if str(r.severity) == "low"][:1]
            rest = [r for r in result.reasons if r not in low]
            moved.append(result.model_copy(update={"reasons": low + rest}))
        return moved

    def features(self, record: CreatorRecord) -> Any:
        return self.scorer.features(record)


def test_overview_main_reason_carries_its_severity(scorer: Any) -> None:
    # The zh overview showed COMMENTS_DUPLICATED (a low reason) as the "主要原因" of an
    # authentic creator with nothing to say it was low.
    genuine = CreatorRecord.model_validate(distinct_comments_sample("genuine_koc_rednote"))
    assert str(scorer.score(genuine).verdict) == "authentic"
    records = [(1, genuine), (2, _record("bought_followers_weibo"))]
    for lang, low in (("en", "low"), ("zh", "低")):
        html = render_report(_LowReasonFirst(scorer), records, lang=lang)
        overview = html[html.index('<table class="overview') : html.index("</table>")]
        genuine = overview[overview.index("rednote:genuine_koc") :]
        genuine = genuine[: genuine.index("</tr>")]
        cell = re.search(
            r'<td class="top-reason sev-(\w+)"><span class="sev">([^<]+)</span>', genuine
        )
        assert cell is not None, genuine
        assert cell.group(1) == "low" and cell.group(2) == low


def test_chinese_page_says_the_licence_in_chinese(scorer: Any) -> None:
    from fraud.paths import MODELS_DIR

    records = [(1, _record("thin_data_tiktok"))]
    html = render_report(scorer, records, lang="zh", models_root=MODELS_DIR)
    notice = html[html.index('<p class="licence">') :]
    notice = notice[: notice.index("</p>")]
    assert "未获准商业使用" in notice and "默认模型集" in notice
    assert "not cleared" not in notice and "trained on data" not in notice
    english = render_report(scorer, records, lang="en", models_root=MODELS_DIR)
    assert "not cleared for commercial use" in english and "default set" in english


def test_chinese_table_translates_severity_tags_and_likely_fraudulent_is_distinct() -> None:
    from fraud.report.i18n import Translator
    from fraud.report.table import format_table

    result = {
        "creator_id": "weibo:x",
        "verdict": "likely_fraudulent",
        "authenticity": 10.0,
        "fraud_probability": 0.9,
        "confidence": "high",
        "reasons": [{"code": "FOLLOWER_SPIKE", "severity": "low", "message": "m"}],
    }
    zh = format_table([result], lang="zh")
    assert "[低] FOLLOWER_SPIKE" in zh and "[low]" not in zh
    assert "很可能造假" in zh
    assert "[low] FOLLOWER_SPIKE" in format_table([result], lang="en")
    zh_t = Translator("zh")
    assert zh_t("verdict_likely_fraudulent") != zh_t("verdict_suspicious")
    assert "疑似" not in zh_t("verdict_likely_fraudulent")  # 可疑 and 疑似造假 read alike
