"""A comment record given twice (overlapping pages of a scrape; the contract has no comment id)
is one comment to the checks: the same post, author, text and time. Review s47: sending every comment twice
halved the text diversity, a model feature, and moved the genuine Douyin creator from
`authentic` to `insufficient_data`."""

from __future__ import annotations

import copy
import json
import random
from typing import Any

import pytest

from fraud.schema import CreatorRecord, without_repeated_comments
from fraud.validation import validate_creator_json
from tests.conftest import load_sample


def _records(creator: dict[str, Any]) -> list[CreatorRecord]:
    """``creator`` through pydantic, and through the fast path (full and light records)."""
    data = json.dumps(creator).encode()
    fast = [validate_creator_json(data), validate_creator_json(data, light=True)]
    assert all(record is not None for record in fast)
    return [CreatorRecord.model_validate(creator), *fast]  # type: ignore[list-item]


@pytest.mark.parametrize("name", ["genuine_viral_douyin", "genuine_koc_rednote"])
def test_comments_given_twice_score_as_given_once(scorer: Any, name: str) -> None:
    creator = load_sample(name)
    expected = scorer.score(CreatorRecord.model_validate(creator)).model_dump(mode="json")
    doubled = copy.deepcopy(creator)
    doubled["comments"] = [c for c in creator["comments"] for _ in range(2)]
    for record in _records(doubled):
        assert len(record.comments) == 2 * len(creator["comments"])  # the record keeps them
        assert scorer.score(record).model_dump(mode="json") == expected
        assert scorer.score_many_reference([record])[0].model_dump(mode="json") == expected


def test_the_same_words_without_an_author_or_a_time_are_separate_comments() -> None:
    comment = {"post_id": "p1", "text": "好看", "author": "a", "posted_at": "2026-01-02T03:04:05Z"}
    creator = {
        "creator_id": "weibo:x",
        "platform": "weibo",
        "profile": {"followers": 1000},
        "posts": [
            {"post_id": "p1", "posted_at": "2026-01-02T00:00:00Z", "likes": 5, "comments": 9}
        ],
        "comments": [
            comment,
            {**comment, "likes": 3},  # the same comment seen again: kept once, as last given
            {**comment, "posted_at": "2026-01-02T03:04:06Z"},  # a second later: another
            {**comment, "author": "b"},
            {k: v for k, v in comment.items() if k != "author"},
            {k: v for k, v in comment.items() if k != "author"},
            {k: v for k, v in comment.items() if k != "posted_at"},
            {k: v for k, v in comment.items() if k != "posted_at"},
        ],
    }
    for record in _records(creator):
        comments = without_repeated_comments(record).comments
        kept = [(c.author, c.posted_at and c.posted_at.second, c.likes) for c in comments]
        assert kept == [
            ("a", 5, 3),
            ("a", 6, None),
            ("b", 5, None),
            (None, 5, None),
            (None, 5, None),
            ("a", None, None),
            ("a", None, None),
        ]


def test_a_record_without_repeats_is_read_as_it_is() -> None:
    creator = load_sample("genuine_koc_rednote")
    for record in _records(creator):
        assert without_repeated_comments(record) is record
        assert without_repeated_comments(record).comments is record.comments


def _dedupe_reference(comments: list[Any]) -> list[Any]:
    """What :func:`dedupe_comments` decides, said another way and for every list (no early
    return): each comment with an author and a time stands at its key's first place, as
    its key's last copy; the others all stay where they are."""

    def key(comment: Any) -> tuple[Any, ...] | None:
        if comment.author is None or comment.posted_at is None:
            return None
        return (comment.post_id, comment.author, comment.text, comment.posted_at)

    last = {key(c): c for c in comments if key(c) is not None}
    firsts = [
        c
        for n, c in enumerate(comments)
        if key(c) is None or key(c) not in {key(earlier) for earlier in comments[:n]}
    ]
    return [c if key(c) is None else last[key(c)] for c in firsts]


def test_dedupe_comments_decides_as_the_whole_loop_does() -> None:
    # Review s49: the early return (no post, author and text given twice) was tested only on
    # a record where the old code kept everything too. Random sections from small alphabets,
    # so that posts, authors, texts and times collide in every combination.
    from datetime import UTC, datetime

    from fraud.schema import Comment, dedupe_comments

    rng = random.Random(49)
    times = [None, datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 11, 2, tzinfo=UTC)]
    for _ in range(2000):
        comments = [
            Comment(
                post_id=rng.choice(["p0", "p1"]),
                author=rng.choice([None, "a", "b"]),
                text=rng.choice(["nice", "wow", "好看"]),
                posted_at=rng.choice(times),
                likes=rng.randrange(5),
            )
            for _ in range(rng.randrange(8))
        ]
        expected = _dedupe_reference(comments)
        found = dedupe_comments(comments)
        assert [id(c) for c in found] == [id(c) for c in expected]
