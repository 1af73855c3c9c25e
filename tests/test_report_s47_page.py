"""What the page says, as a reader reads it (review s47, items 8, 9 and 10).

* 8: a ``/v1/report`` page's English licence notice gave the server's absolute path to the
  models' NOTICE.md; the Chinese one said something else. Both now say the same, no path.
* 9: a fraud probability of 0.9997 showed as "100.0%" (and 0.999 in the overview): a
  certainty the model does not give. Now ">99.9%" (and "<0.1%" at the other end).
* 10: the Chinese page left platform codes (``rednote``, ``wechat_channels``) in English.
"""

from __future__ import annotations

import re
from typing import Any

from fraud.paths import MODELS_DIR
from fraud.report.page import render_report
from fraud.schema import CreatorRecord
from service.main import create_app
from tests.conftest import distinct_comments_sample, load_sample
from tests.test_service import _wait_ready, local_client


def _licence(html: str) -> str:
    found = re.search(r'<p class="licence">(.*?)</p>', html, re.S)
    assert found is not None
    return found.group(1)


def test_licence_notice_names_no_server_path_and_says_the_same_in_both_languages(
    scorer: Any,
) -> None:
    record = load_sample("thin_data_tiktok")
    app = create_app(scorer=scorer)
    with local_client(app) as client:
        _wait_ready(client)
        pages = {
            lang: client.post(f"/v1/report?lang={lang}", json=record).text for lang in ("en", "zh")
        }
    for lang, html in pages.items():
        notice = _licence(html)
        assert str(MODELS_DIR) not in html and str(MODELS_DIR.parent) not in html, lang
        assert not re.search(r"(^|\s)/\w", notice), notice  # no absolute path at all
        assert "NOTICE.md" in notice and "training_data" in notice, lang
    assert "not cleared for commercial use" in pages["en"]
    assert "未获准商业使用" in pages["zh"] and "not cleared" not in _licence(pages["zh"])
    local = render_report(
        scorer, [(1, CreatorRecord.model_validate(record))], models_root=MODELS_DIR
    )
    assert _licence(local) == _licence(pages["en"])  # the CLI's page says the same


class _Certain:
    """The real scorer, with its answers moved to the edges of the scale."""

    def __init__(self, scorer: Any, probabilities: list[float]) -> None:
        self.scorer = scorer
        self.probabilities = probabilities
        self.manifest: dict[str, Any] = scorer.manifest

    def score_many(self, records: Any) -> list[Any]:
        results = self.scorer.score_many(records)
        return [
            result.model_copy(
                update={"fraud_probability": p, "authenticity": round(100 * (1 - p), 2)}
            )
            for result, p in zip(results, self.probabilities, strict=True)
        ]

    def features(self, record: CreatorRecord) -> Any:
        return self.scorer.features(record)


def test_a_probability_near_certain_is_not_rounded_to_a_certainty(scorer: Any) -> None:
    raws = [load_sample("bought_followers_weibo"), distinct_comments_sample("genuine_koc_rednote")]
    records = [(i, CreatorRecord.model_validate(raw)) for i, raw in enumerate(raws, 1)]
    html = render_report(_Certain(scorer, [0.9997, 0.0002]), records)
    big = re.findall(r'<div class="big">([^<]*)</div>', html)
    # creator 1: authenticity 0.03, probability 0.9997; creator 2: 99.98 and 0.0002
    assert big[:2] == ["&lt;0.1", "&gt;99.9%"] and big[3:5] == ["&gt;99.9", "&lt;0.1%"]
    assert "100.0%" not in html and not {"100.0", "0.0", "0.0%"} & set(big)
    overview = html[html.index('<table class="overview') : html.index("</table>")]
    cells = re.findall(r'<td class="num" data-sort="[^"]*">([^<]*)</td>', overview)
    assert "&gt;99.9%" in cells and "&lt;0.1%" in cells
    assert not {"1.000", "0.000", "100.0%", "0.0%"} & set(cells)


def test_the_text_table_does_not_round_to_a_certainty() -> None:
    from fraud.report.table import format_table

    rows = [
        {"creator_id": "weibo:a", "verdict": "likely_fraudulent", "authenticity": 0.03,
         "fraud_probability": 0.9997, "confidence": "high", "reasons": []},
        {"creator_id": "weibo:b", "verdict": "authentic", "authenticity": 99.98,
         "fraud_probability": 0.0002, "confidence": "high", "reasons": []},
    ]  # fmt: skip
    text = format_table(rows)
    first, second = (line for line in text.splitlines() if line.startswith("weibo:"))
    assert first.split()[2:4] == ["<0.1", ">0.999"]
    assert second.split()[2:4] == [">99.9", "<0.001"]
    assert "1.000" not in text and "100.0" not in text


def test_chinese_page_names_platforms_in_chinese(scorer: Any) -> None:
    from fraud.report.i18n import Translator
    from fraud.schema import Platform

    koc = load_sample("genuine_koc_rednote")
    channels = {**load_sample("genuine_viral_douyin"), "platform": "wechat_channels"}
    channels["creator_id"] = "wechat_channels:viral"
    records = [(i, CreatorRecord.model_validate(raw)) for i, raw in enumerate([koc, channels], 1)]
    html = render_report(scorer, records, lang="zh")
    overview = html[html.index('<table class="overview') : html.index("</table>")]
    assert "<td>小红书</td>" in overview and "<td>微信视频号</td>" in overview
    heads = re.findall(r"平台：([^ ·<]+)", html)
    assert heads == ["小红书", "微信视频号"]
    assert "对比同平台（小红书）" in html
    # No platform code left as text outside ids, data and the English reason messages.
    shown = re.sub(
        r"<bdi[^>]*>.*?</bdi>|<script.*?</script>|<code>.*?</code>", "", html, flags=re.S
    )
    shown = re.sub(r'"[^"]*"', "", shown)
    assert not re.search(r">[^<]*\b(rednote|wechat_channels)\b[^<]*<", shown)
    zh = Translator("zh")
    expected = {"douyin": "抖音", "kuaishou": "快手", "rednote": "小红书", "weibo": "微博"}
    expected |= {"bilibili": "哔哩哔哩", "wechat_channels": "微信视频号"}
    for platform in Platform:
        assert zh.has(f"platform_{platform}"), platform
        if platform in expected:
            assert zh(f"platform_{platform}") == expected[platform]
    english = render_report(scorer, records[:1])
    assert "Platform: RedNote" in english  # English by its name too, not its code
