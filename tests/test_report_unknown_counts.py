"""The report does not draw an unknown count as a real one (review s24 r3, finding 2).

A post with ``likes_unknown`` (hidden likes: ``likes: 0``) was drawn at 0 likes in the
engagement, likes-vs-comments and views-vs-likes charts, and counted in a jump's lift (a
viral post with hidden likes made its jump "no post's engagement rose with it"); a Kuaishou
post with ``comments_unknown`` (the exported comments, a lower bound) was drawn as its
comment count. Such posts are now left out of those charts (the hint says how many), a chart
left with fewer than 3 posts says why it is not drawn, and a jump next to a post with hidden
likes is marked as neither explained nor unexplained.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest

from fraud.importers import run_import
from fraud.report.creator import build_creator_view
from fraud.report.i18n import Translator
from fraud.report.page import render_report
from fraud.schema import CreatorRecord

FIXTURES = Path(__file__).parent / "fixtures"


def _rows(name: str) -> dict[str, dict[str, Any]]:
    lines = (FIXTURES / "unknown_counts" / name).read_bytes().splitlines()
    return {row["creator_id"]: row for row in map(orjson.loads, lines)}


def _charts(scorer: Any, record: CreatorRecord, lang: str = "en") -> dict[str, Any]:
    result = scorer.score(record)
    view = build_creator_view(1, record, result, scorer.features(record), Translator(lang))
    return {chart.kind: chart for panel in view.panels for chart in panel.charts}


@pytest.mark.parametrize(
    ("lang", "why"),
    [("en", "the export has no comment counts for 8 posts"), ("zh", "没有评论数")],
)
def test_kuaishou_likes_against_comments_is_not_drawn_and_says_why(
    tmp_path: Path, scorer: Any, lang: str, why: str
) -> None:
    out = tmp_path / "ks.jsonl"
    run_import("mediacrawler", [FIXTURES / "exports" / "kuaishou_capped"], out)
    (row,) = map(orjson.loads, out.read_bytes().splitlines())
    charts = _charts(scorer, CreatorRecord.model_validate(row), lang)
    chart = charts["likes_comments"]
    assert chart.data is None  # was 8 dots at 10 comments each: the export's cap
    assert chart.omitted is not None and why in chart.omitted
    assert charts["engagement"].data is not None  # the rate still reads the likes


def test_hidden_likes_are_left_out_of_the_engagement_chart(scorer: Any) -> None:
    record = CreatorRecord.model_validate(_rows("grow.jsonl")["instagram:grow_hidden"])
    charts = _charts(scorer, record)
    data = charts["engagement"].data
    known = [p.post_id for p in record.posts if not p.likes_unknown]
    assert [point["id"] for point in data["posts"]] == known  # was 15, 9 of them at ~0
    assert min(point["rate"] for point in data["posts"]) > 0.01
    assert (
        "Left out: 9 posts without a like count (hidden, or not in the export)."
        in charts["engagement"].hint
    )
    points = charts["likes_comments"].data["points"]
    assert [point["id"] for point in points] == known
    assert (
        "Left out: 9 posts without a like count (hidden, or not in the export)."
        in charts["likes_comments"].hint
    )


def test_a_jump_next_to_a_post_with_hidden_likes_is_neither_explained_nor_not(
    scorer: Any,
) -> None:
    rows = _rows("viral.jsonl")
    (real,) = _charts(scorer, CreatorRecord.model_validate(rows["instagram:v_real"]))[
        "growth"
    ].data["spikes"]
    assert real["lift"] == 23.5 and real["explained"] is True and not real["likes_hidden"]
    for name in ("viral.jsonl", "grow.jsonl"):
        for creator_id, row in _rows(name).items():
            if not any(p.get("likes_unknown") for p in row["posts"]):
                continue
            record = CreatorRecord.model_validate(row)
            (spike,) = _charts(scorer, record)["growth"].data["spikes"]
            # was lift 1.0 (the hidden post's 0 likes), marked red "no post's engagement rose"
            assert spike["lift"] is None and spike["likes_hidden"] is True, creator_id
            assert spike["explained"] is None, creator_id


def _posts(n: int, **extra: Any) -> list[dict[str, Any]]:
    start = datetime(2026, 9, 1, 12)
    return [
        {
            "post_id": f"p{i}",
            "posted_at": (start + timedelta(days=3 * i)).isoformat() + "+00:00",
            "likes": 900 + 31 * i,
            "comments": 40 + i,
            "views": 30000 + 500 * i,
            **extra,
        }
        for i in range(n)
    ]


def test_views_against_likes_leaves_out_hidden_likes(scorer: Any) -> None:
    hidden = _posts(4, likes=0, likes_unknown=True)
    for post in hidden:
        post["post_id"] += "h"
    record = CreatorRecord.model_validate(
        {
            "creator_id": "youtube:x",
            "platform": "youtube",
            "as_of": "2026-11-30T00:00:00Z",
            "profile": {"followers": 40000},
            "posts": _posts(5) + hidden,
        }
    )
    charts = _charts(scorer, record)
    points = charts["views_likes"].data["points"]
    assert sorted(point["id"] for point in points) == [f"p{i}" for i in range(5)]
    assert all(point["x"] > 0 for point in points)  # no post drawn at 0 likes
    assert (
        "Left out: 4 posts without a like count (hidden, or not in the export)."
        in charts["views_likes"].hint
    )
    # With 2 posts with both counts left, the chart is not drawn and says why.
    posts = [
        post.model_copy(update={"views": None}) if post.post_id in ("p0", "p1", "p2") else post
        for post in record.posts
    ]
    chart = _charts(scorer, record.model_copy(update={"posts": posts}))["views_likes"]
    assert chart.data is None  # was drawn: 2 dots and 4 at 0 likes
    assert chart.omitted == (
        "4 posts have no like count (hidden, or not in the export); "
        "fewer than 3 posts have both a view count and a like count"
    )


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_page_carries_the_strings_of_a_jump_with_hidden_likes(scorer: Any, lang: str) -> None:
    record = CreatorRecord.model_validate(_rows("viral.jsonl")["instagram:v_viral_hidden"])
    html = render_report(scorer, [(1, record)], lang=lang)
    t = Translator(lang)
    for key in ("spike_likes_hidden", "spike_unknown"):
        assert orjson.dumps(t(key)).decode() in html
