"""Adversarial but valid creators whose scoring cost was super-linear in some input dimension
(benchmarks/worst_creator.py measures them all): each step stays near-linear, with the same
answers as before.

The CPU bounds are generous (some 10-20x the cost of the code as it is on a 2-core machine)
and far below the cost of the code they replace, so that a loaded machine does not fail them
and the old quadratic steps do.
"""

from __future__ import annotations

import itertools
import random
import re
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import numpy as np

from fraud.audience import _TRAILING_DIGITS, username_features
from fraud.comment_quality import CommentCategory
from fraud.features import comments, growth
from fraud.features import near_duplicates as nd
from fraud.features.base import FeatureContext
from fraud.norms import load_norms
from fraud.schema import CreatorRecord, FollowerSnapshot

_AS_OF = datetime(2026, 1, 1, tzinfo=UTC)


def _cpu(run: Callable[[], Any]) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def _tag(i: int) -> str:
    """``i`` in letters (no digits: a digit would join the runs these tests build)."""
    return "".join(chr(97 + (i // 26**k) % 26) for k in range(3))


# ------------------------------------------------------------ a username's trailing digits


def test_trailing_digits_of_a_long_digit_run_cost_linear_time() -> None:
    # A 200-character username of a digit run and then a word: ``\d+$`` was tried at every
    # digit of the run, each try going to its end and back (0.3 ms a name, 1 s for these);
    # the run's start alone is tried now (some 10 us a name).
    names = ["7" * 190 + " x" + _tag(i) for i in range(3000)]
    spent = _cpu(lambda: [_TRAILING_DIGITS.search(name) for name in names])
    assert spent < 0.3, f"{spent:.2f} s for 3,000 names"


def test_trailing_digits_are_the_last_run_of_decimal_digits() -> None:
    old = re.compile(r"\d+$")  # the former pattern: the same match, found in quadratic time
    names = [
        "anna",
        "anna80",
        "80anna",
        "12a345",
        "user_7364920183",
        "用户１２３４５",  # full-width digits are decimal digits
        "abc\u0663\u0664",  # Arabic-Indic digits
        "7" * 190 + " x",
        "7" * 199,
        "a1b2c3",
        "12\n",
        "x12\n",
        "",
    ]
    rng = random.Random(57)
    names += [
        "".join(rng.choice("0a1b \u0663\n") for _ in range(rng.randint(1, 12))) for _ in range(3000)
    ]
    for name in names:
        before, now = old.search(name), _TRAILING_DIGITS.search(name)
        assert (before and before.span()) == (now and now.span()), repr(name)
    assert username_features("7" * 190 + " xabc")[2] == 0.0
    assert username_features("x " + "7" * 198)[2] == 198.0


# ------------------------------------------------------------ measures before Chinese text


def test_measures_before_chinese_equal_the_regex_on_every_short_run() -> None:
    # Every run of up to five characters over digits of three scripts and the letters the
    # measures use, before a Chinese character: the numpy judgement of the runs gives the
    # cores that decoding and matching each run gave.
    alphabet = ["0", "\u0663", "\uff15", "x", "s", "m", "l", "k", "g", "c", "w", "a"]
    texts = [
        "中" + "".join(run) + "码"
        for length in range(1, 6)
        for run in itertools.product(alphabet, repeat=length)
    ]
    # digits whose code point shares its low bits with a unit's letters (U+0967, Devanagari
    # one, ends in the bits of "g"; U+096D of "m"), after letters that could complete a unit
    wide = ["1", "\u0967", "\u096d", "\u096c", "b", "k", "c", "m", "g", "x", "s"]
    texts += [
        "中" + "".join(run) + "码"
        for length in range(1, 5)
        for run in itertools.product(wide, repeat=length)
    ]
    rng = random.Random(57)
    pool = [*alphabet, "中", "码", " ", "A", ".", "9"]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(1, 9))) for _ in range(5000)]
    expected = [nd.core_text(text) for text in texts]
    assert nd.core_texts(texts) == expected
    drop = np.zeros(0, dtype=bool)  # nothing marked: nothing to judge
    nd._keep_measures_before_chinese(drop, drop, np.zeros(0, dtype=np.uint32))


def test_measures_before_chinese_in_many_runs_equal_the_reference() -> None:
    texts = [_tag(i) + "a中5kg码2xl码160中" * 300 for i in range(40)]
    codes_of = [nd.core_text(text) for text in texts]
    assert nd.core_texts(texts) == codes_of


# ------------------------------------------------------------ a follower history's failed observations


def _old_failed_jumps(judged: growth.FailedObservations) -> list[tuple[Any, ...]]:
    """The kept snapshot each failed observation is measured against, as the former code
    found it (a search back from each, then forward)."""
    history = judged.history
    dropped = set(judged.zeros) | set(judged.dips)
    out = []
    for index in sorted(dropped):
        kept = next((j for j in range(index - 1, -1, -1) if j not in dropped), None)
        if kept is None:
            kept = next((j for j in range(index + 1, len(history)) if j not in dropped), index)
        out.append((history[index].date, float(history[kept].followers)))
    return out


def _history(counts: list[int]) -> list[FollowerSnapshot]:
    start = date(2016, 1, 1)
    return [
        FollowerSnapshot(date=start + timedelta(days=d), followers=count)
        for d, count in enumerate(counts)
    ]


def test_failed_jumps_of_a_long_run_of_zeros_cost_linear_time() -> None:
    # 3,658 counts of 0 between two real counts: each zero searched back through the run
    # for the count before it (0.3-0.5 s); one pass now (some 15 ms).
    counts = [10_000] + [0] * 3658 + [10_000]
    history = _history(counts)
    judged = growth.FailedObservations(history, list(range(1, 3659)), [])
    spent = _cpu(lambda: growth._failed_jumps(judged))
    jumps = growth._failed_jumps(judged)
    assert spent < 0.15, f"{spent:.3f} s"
    assert [(j.start, j.followers_before) for j in jumps] == _old_failed_jumps(judged)
    assert all(
        j.kind is growth.JumpKind.FAILED_ZERO and j.followers_before == 10_000 for j in jumps
    )


def test_failed_jumps_equal_the_former_search_on_random_histories() -> None:
    rng = random.Random(57)
    for _ in range(300):
        n = rng.randint(1, 40)
        counts = [rng.choice([0, 0, 3_000, 10_000, 10_500]) for _ in range(n)]
        history = _history(counts)
        zeros, dips = growth._failed_observations(history, rng.choice([None, 0, 10_000]))
        judged = growth.FailedObservations(history, zeros, dips)
        jumps = growth._failed_jumps(judged)
        assert [(j.start, j.followers_before) for j in jumps] == _old_failed_jumps(judged)
        # and arbitrary sets of dropped snapshots (a first one dropped, all dropped)
        dropped = sorted(rng.sample(range(n), rng.randint(0, n)))
        judged = growth.FailedObservations(history, dropped, [])
        jumps = growth._failed_jumps(judged)
        assert [(j.start, j.followers_before) for j in jumps] == _old_failed_jumps(judged)


# ------------------------------------------------------------ @-mentions on the per-creator path


class _PlainClassifier:
    """Every comment substantive, its text its normal form: the comment check's own work
    without the classifier's."""

    def classify_and_normalise(self, texts: list[str]) -> tuple[list[Any], list[str]]:
        return [(CommentCategory.SUBSTANTIVE, None)] * len(texts), list(texts)


def _mentioning(n: int) -> CreatorRecord:
    start = datetime(2025, 6, 1, tzinfo=UTC)
    record: CreatorRecord = CreatorRecord.model_validate(
        {
            "creator_id": "worst:mentions",
            "platform": "instagram",
            "as_of": _AS_OF.isoformat(),
            "profile": {"followers": 10_000},
            "posts": [
                {
                    "post_id": f"p{p}",
                    "posted_at": start + timedelta(days=p),
                    "likes": 9,
                    "comments": 9,
                }
                for p in range(10)
            ],
            "comments": [
                {
                    "post_id": f"p{i % 10}",
                    "author": "u" + _tag(i),
                    "text": f"@u{_tag(i + 1)} so true, look at this one",
                    "posted_at": start + timedelta(days=i % 10, minutes=5 + i % 300),
                }
                for i in range(n)
            ],
        }
    )
    return record


def test_mentions_of_other_commenters_cost_linear_time_on_the_per_creator_path() -> None:
    # 17,000 comments by distinct accounts, each mentioning another: each comment copied the
    # section's set of commenters (quadratic: some 10 s); one intersection a comment now.
    record = _mentioning(17_000)
    ctx = FeatureContext(as_of=_AS_OF, norms=load_norms(), comment_classifier=_PlainClassifier())  # type: ignore[arg-type]
    block = comments.extract(record, ctx)  # warm
    spent = _cpu(lambda: comments.extract(record, ctx))
    assert spent < 2.5, f"{spent:.2f} s"
    assert block.values["commenter_cross_mention_share"] == (17_000 - 1) / 17_000
    chunk = comments.extract_many([record], [ctx])[0]
    assert (
        chunk.values["commenter_cross_mention_share"]
        == block.values["commenter_cross_mention_share"]
    )
    assert chunk.evidence["n_mutual_boost_accounts"] == block.evidence["n_mutual_boost_accounts"]
