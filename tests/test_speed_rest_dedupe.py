"""dedupe_comments keys with their times only the comments whose post, author and text come
again: on long sections where most are given once, it decides as the whole loop does."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from fraud.schema import Comment, dedupe_comments
from tests.test_duplicate_comments import _dedupe_reference


def test_long_sections_with_a_few_copies_decide_as_the_reference() -> None:
    rng = random.Random(50)
    times = [None, *(datetime(2026, 11, day, tzinfo=UTC) for day in range(1, 4))]
    for _ in range(400):
        comments = [
            Comment(
                post_id=rng.choice(["p0", "p1", "p2"]),
                author=rng.choice([None, *(f"a{n}" for n in range(12))]),
                text=rng.choice(["nice", "wow", "好看", *(f"text {n}" for n in range(30))]),
                posted_at=rng.choice(times),
                likes=rng.randrange(5),
            )
            for _ in range(rng.randrange(120))
        ]
        for _ in range(rng.randrange(4)):  # a scrape's overlapping pages: exact copies
            if comments:
                copy = rng.choice(comments).model_copy(update={"likes": rng.randrange(9)})
                comments.insert(rng.randrange(len(comments) + 1), copy)
        expected = _dedupe_reference(comments)
        found = dedupe_comments(comments)
        assert [id(c) for c in found] == [id(c) for c in expected]
        assert (found is comments) == (len(found) == len(comments))
