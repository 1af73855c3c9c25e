"""Review s24 r4 (the second review of this round's explanation fixes), findings 6 and 7:
what an answer says was not checked, and why growth did not run."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from fraud.features import growth
from fraud.model import PATTERN_NEEDS, patterns_not_checked
from fraud.schema import CreatorRecord

from .conftest import load_sample


def _daily(n: int, step: int = 1) -> list[dict[str, Any]]:
    start = date(2025, 6, 1)
    return [
        {"date": (start + timedelta(days=i * step)).isoformat(), "followers": 5000 + 20 * i}
        for i in range(n)
    ]


def test_the_drip_check_needs_what_it_says(scorer: Any) -> None:
    # f_hist28.jsonl: 28 daily snapshots (27 days apart) were told "needs a follower history
    # of 28+ days"; the check needed 28 daily changes, 29 snapshots.
    need = PATTERN_NEEDS["drip-fed followers"]
    assert f"{growth.DRIP_MIN_DAYS}+ days apart" in need
    for n, checked in ((growth.DRIP_MIN_DAYS, False), (growth.DRIP_MIN_DAYS + 1, True)):
        record = load_sample("genuine_koc_rednote")
        record["follower_history"] = _daily(n)
        record["follower_sample"] = []
        result = scorer.score(CreatorRecord.model_validate(record))
        span = n - 1  # days from the first snapshot to the last
        assert ("drip-fed followers" not in result.metrics["patterns_not_checked"]) is checked
        assert (span >= growth.DRIP_MIN_DAYS) is checked


def test_pods_are_not_checked_without_comment_times(scorer: Any) -> None:
    # f_pod_no_times.jsonl: the pod example without the comments' times counted "engagement
    # pods" as checked (pod_comment_share is 0 whenever 4+ posts have comment ids).
    pod = load_sample("engagement_pod_instagram")
    timed = scorer.score(CreatorRecord.model_validate(pod))
    assert "engagement pods" not in timed.metrics["patterns_not_checked"]
    for comment in pod["comments"]:
        comment["posted_at"] = None
    untimed_record = CreatorRecord.model_validate(pod)
    untimed = scorer.score(untimed_record)
    assert "engagement pods" in untimed.metrics["patterns_not_checked"]
    (said,) = [r for r in untimed.reasons if r.code == "PATTERNS_NOT_CHECKED"]
    assert "engagement pods (needs comments with their times and post ids" in said.message
    # The model's feature is unchanged: still 0, measured.
    assert scorer.features(untimed_record).values["pod_comment_share"] == 0.0
    assert "engagement pods" in patterns_not_checked(
        {"comments"}, {"pod_comment_share": 0.0, "early_comment_share": float("nan")}
    )
    assert "engagement pods" not in patterns_not_checked(
        {"comments"}, {"pod_comment_share": 0.0, "early_comment_share": 0.1}
    )


def _skip_note(history: list[dict[str, Any]]) -> str | None:
    record = load_sample("genuine_koc_rednote")
    record["follower_history"] = history
    return growth.extract(CreatorRecord.model_validate(record), _ctx()).note


def _ctx() -> Any:
    from datetime import UTC, datetime

    from fraud.features.base import FeatureContext
    from fraud.norms import load_norms

    return FeatureContext(as_of=datetime(2026, 1, 1, tzinfo=UTC), norms=load_norms())


def test_the_growth_skip_note_names_what_is_short() -> None:
    # p5.py: "follower history has 10 snapshots" for 10 daily snapshots over 9 days (the span
    # was short, not the count), and "has 1 snapshots".
    assert _skip_note(_daily(10)) == (
        "follower history has 10 snapshots over 9 days; the growth checks need 8 over 14+ days"
    )
    assert _skip_note(_daily(1)) == (
        "follower history has 1 snapshot; the growth checks need 8 over 14+ days"
    )
    assert _skip_note(_daily(2)) == (
        "follower history has 2 snapshots over 1 day; the growth checks need 8 over 14+ days"
    )
    # Enough days, too few snapshots: the count is what is short.
    assert _skip_note(_daily(5, step=7)) == (
        "follower history has 5 snapshots; the growth checks need 8 over 14+ days"
    )


def test_the_overview_table_wraps_long_creator_ids() -> None:
    # rep_id60.jsonl: a 60-character douyin sec_uid pushed "Main reason" off a 1200 px page.
    from tests.test_report_layout import CSS, _rules

    rule = _rules(CSS.read_text(encoding="utf-8")).get("table.overview td:first-child", "")
    assert "overflow-wrap: anywhere" in rule and "max-width" in rule


def test_bidi_controls_in_comment_text_do_not_reorder_the_reports_sentences(scorer: Any) -> None:
    # rep2_in.jsonl: pod comments starting with U+202E were quoted inside a reason's message
    # ("e.g. “!tcefrep si ehS ...”"), reversing the rest of the report's own sentence.
    from fraud.report.page import render_report

    pod = load_sample("engagement_pod_instagram")
    for comment in pod["comments"]:
        comment["text"] = "\u202e" + comment["text"]
    record = CreatorRecord.model_validate(pod)
    quoted = [r for r in scorer.score(record).reasons if "\u202e" in r.message]
    assert quoted  # a message quotes the comments (the test would prove nothing otherwise)
    html = render_report(scorer, [(1, record)])
    visible = html.split('<script type="application/json"', 1)[0]
    messages = re.findall(r'<bdi class="msg">(.*?)</bdi>', visible, flags=re.S)
    assert messages and not any("\u202e" in m for m in messages)
    assert any("\\u202e" in m for m in messages)
    evidence = re.findall(r"<dd><span class=\"key\">.*?</dd>", visible, flags=re.S)
    assert not any("\u202e" in e for e in evidence)


def test_engagement_that_barely_moved_is_about_flat_not_1x() -> None:
    # Review s24 r4 #10 (g4.py): "grew only 1x for each doubling" when 2**elasticity rounds to 1.
    from tests.test_reason_truth import _message

    for elasticity, said in (
        (0.05, "stayed about flat while the followers grew"),
        (-0.05, "fell to 0.97x for each doubling"),
        (0.005, "stayed flat while the followers grew"),
        (0.2, "grew only 1.1x for each doubling"),
    ):
        message = _message(
            "ENGAGEMENT_NOT_GROWING",
            {"engagement_follower_elasticity": elasticity},
            "growth",
            er_before_spike=None,
        )
        assert said in message, (elasticity, message)
        assert " 1x " not in message


def test_the_leaning_message_has_one_but() -> None:
    # Review s24 r4 #10: "leans towards fraud, but X is past ..., but the model gives it ...".
    from fraud.reasons import build_reasons
    from fraud.schema import Verdict
    from tests.test_reasons import FRAUD_CASES, _row

    reasons = build_reasons(
        _row(FRAUD_CASES["FOLLOWER_SPIKE"]), {}, Verdict.INSUFFICIENT_DATA, leaning=True
    )
    (lead,) = [r.message for r in reasons if r.code == "INSUFFICIENT_DATA"]
    assert "past what genuine creators show, though the model gives it too little weight" in lead
    assert lead.count(" but ") == 1


def _lpc_evidence(**fields: Any) -> Any:
    from fraud.features.engagement import EngagementEvidence

    base: dict[str, Any] = {
        "n_posts": 10,
        "engagement_rate_median": 0.05,
        "norm_engagement_rate": 0.05,
        "norm_p10": 0.01,
        "norm_p90": 0.1,
        "size_tier": "micro",
        "likes_per_comment": 401.0,
        "norm_likes_per_comment": 40.0,
        "views_per_like": None,
        "norm_views_per_like": None,
        "likes_total": 2890,
        "comments_total": 30,
        "n_ratio_posts": 10,
        "median_likes_per_comment": 3.0,
        "n_commented_posts": 3,
    }
    return EngagementEvidence(**{**base, **fields})


def test_likes_per_comment_never_prints_a_figure_pointing_the_other_way() -> None:
    """Seven posts with likes and no comment decide 'likes may be bought'; the three commented
    posts have 3 likes per comment: the message leads with what decided (review r24e #3)."""
    from fraud.reasons import _likes_comments_message

    message = _likes_comments_message({"likes_per_comment_vs_norm": 2.3}, _lpc_evidence())
    assert message.startswith("7 of 10 posts have likes and no comments")
    assert "the median of the other 3 is 3 likes per comment" in message
    assert message.endswith("likes may be bought")
    # Posts whose comment count the export lacks are named, so the counts add up.
    unknown = _likes_comments_message(
        {"likes_per_comment_vs_norm": 2.3}, _lpc_evidence(n_ratio_posts=7)
    )
    assert unknown.startswith("4 of 7 posts have likes and no comments")
    assert "; 3 posts without a comment count left out;" in unknown
    # When the commented posts agree with the decision, the median leads as before.
    agree = _likes_comments_message(
        {"likes_per_comment_vs_norm": 2.3}, _lpc_evidence(median_likes_per_comment=300.0)
    )
    assert agree.startswith("The median post has 300 likes per comment (of the 3 posts")
