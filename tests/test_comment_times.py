"""Comments dated before their post get a data-quality note (review s20 r1, item 8).

tz.jsonl: the Instagram pod example with its post times as China wall-clock without an
offset (read as UTC, 8 hours late): 298 of 338 comments predate their post, the pod and
burst checks go quiet, and nothing said why.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fraud.features import comments
from fraud.features.base import FeatureContext
from fraud.schema import CreatorRecord
from tests.conftest import load_sample


def _naive_posts() -> CreatorRecord:
    creator = load_sample("engagement_pod_instagram")
    for post in creator["posts"]:
        at = datetime.fromisoformat(post["posted_at"].replace("Z", "+00:00"))
        post["posted_at"] = at.astimezone(_china()).replace(tzinfo=None).isoformat()
    return CreatorRecord.model_validate(creator)


def _china() -> Any:
    from datetime import timedelta, timezone

    return timezone(timedelta(hours=8))


def _ctx(record: CreatorRecord, scorer: Any) -> FeatureContext:
    return scorer.extractor.context(record)


def test_both_paths_count_the_comments_dated_before_their_post(scorer: Any) -> None:
    record = _naive_posts()
    ctx = _ctx(record, scorer)
    single = comments.extract(record, ctx)
    (chunk,) = comments.extract_many([record], [ctx])
    for block in (single, chunk):
        timed, early = block.evidence["n_comments_timed"], block.evidence["n_comments_before_post"]
        assert timed > 0 and early > 0.5 * timed
    assert single.evidence["n_comments_timed"] == chunk.evidence["n_comments_timed"]
    assert single.evidence["n_comments_before_post"] == chunk.evidence["n_comments_before_post"]


def test_a_pod_with_offsetless_post_times_is_told_why_its_pod_check_is_quiet(scorer: Any) -> None:
    result = scorer.score(_naive_posts())
    (note,) = [r for r in result.reasons if r.code == "DATA_QUALITY"]
    assert note.evidence is not None and note.evidence["check"] == "comments"
    assert note.evidence["n_comments_before_post"] > 0.5 * note.evidence["n_comments_timed"]
    assert "dated before their post" in note.message and "time zone" in note.message
    clean = scorer.score(CreatorRecord.model_validate(load_sample("engagement_pod_instagram")))
    assert "DATA_QUALITY" not in {r.code for r in clean.reasons}
