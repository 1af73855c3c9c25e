"""The scoring's stop check inside its long stretches (session 59): the comment classifier's
own slice loop, the comment features (slices of texts, and between their steps) and the
follower sample's columns (slices of accounts). A stop that turns true once a stretch has
begun ends the scoring within that stretch (ScoringCancelled before the stretch's work is
done), not at the next step's check after it; a stop that never says stop changes nothing.

Each test gives the stop a marker: a function of the stretch, wrapped, which says when the
stretch has begun; the stop says stop from its next call on. Before, the work ran to the
end of the stretch (every slice), then stopped at the check after it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import numpy as np
import pytest

import fraud.comment_quality as comment_quality
import fraud.features.base as base
import fraud.features.comments as comments
import fraud.features.near_duplicates as near_duplicates
import fraud.scoring as scoring
from fraud.comment_quality import CommentClassifier
from fraud.features.base import FeatureContext, shared_stop, text_slices
from fraud.schema import CreatorRecord
from fraud.scoring import Scorer, ScoringCancelled

BASE = datetime(2025, 1, 1, tzinfo=UTC)


def _stamp(minutes: float) -> str:
    return (BASE + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%SZ")


def _tag(i: int) -> str:
    return "".join(chr(97 + (i // 26**k) % 26) for k in range(3))


def _text(i: int) -> str:
    """Spam lures, emoji strings, @-mentions of other commenters and long near-duplicate
    texts, in turn: every stretch of the comment features has work."""
    kind = i % 4
    if kind == 0:
        return f"资源看我签名 加我 {_tag(i)}"
    if kind == 1:
        return "".join(chr(0x1F600 + (i >> b) % 40) for b in range(0, 20, 2))
    if kind == 2:
        return " ".join(f"@u{_tag((i + j) % 400)}" for j in range(1, 6)) + " look at this"
    return f"love this so much keep going with your videos they are great really {_tag(i)}"


def _record(n_comments: int = 400, n_followers: int = 0, creator_id: str = "s59:a") -> Any:
    posts = [
        {
            "post_id": f"p{p}",
            "posted_at": _stamp(p * 600),
            "likes": 300 + p,
            "comments": 20,
            "views": 5000,
        }
        for p in range(30)
    ]
    data: dict[str, Any] = {
        "creator_id": creator_id,
        "platform": "instagram",
        "handle": "s59",
        "as_of": "2026-01-01T00:00:00Z",
        "profile": {"followers": 10_000, "following": 300, "posts": 30},
        "posts": posts,
        "follower_history": [
            {"date": (date(2025, 1, 1) + timedelta(days=d)).isoformat(), "followers": 10_000 + d}
            for d in range(120)
        ],
        "comments": [
            {
                "post_id": f"p{i % 30}",
                "author": f"u{_tag(i)}",
                "text": _text(i),
                "posted_at": _stamp((i % 30) * 600 + 5 + i % 300),
                "likes": i % 7,
            }
            for i in range(n_comments)
        ],
    }
    if n_followers:
        data["follower_sample"] = [
            {
                "id": f"id{i}",
                "username": f"f{_tag(i)}{i % 97}",
                "followers": (i * 37) % 900,
                "following": (i * 53) % 4000,
                "posts": (i * 11) % 300,
                "has_avatar": i % 3 != 0,
                "created_at": (date(2018, 1, 1) + timedelta(days=i % 2500)).isoformat(),
            }
            for i in range(n_followers)
        ]
    return CreatorRecord.model_validate(data)


@pytest.fixture
def small_slices(monkeypatch: pytest.MonkeyPatch, scorer: Scorer) -> Iterator[None]:
    """Slices of a few texts, accounts and characters: a small creator has many of them."""
    monkeypatch.setattr(base, "SLICE_CHARS", 1500)
    monkeypatch.setattr(base, "SLICE_TEXTS", 40)
    monkeypatch.setattr(comment_quality, "_SLICE_CHARS", 2000)
    monkeypatch.setattr(near_duplicates, "_BLOCK_CHARS", 1000)
    monkeypatch.setattr(scoring, "_ACCOUNT_SLICE", 100)
    scorer.extractor.comment_classifier.clear_cache()  # type: ignore[union-attr]
    yield
    scorer.extractor.comment_classifier.clear_cache()  # type: ignore[union-attr]


class Marked:
    """``function`` wrapped: ``work`` counts what its calls were given (``size`` of the
    arguments), and ``begun`` is set at its first call (``after=False``) or once its first
    call has returned (``after=True``)."""

    def __init__(
        self, function: Callable[..., Any], size: Callable[..., int], after: bool = False
    ) -> None:
        self.function = function
        self.size = size
        self.after = after
        self.begun = False
        self.work = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.work += self.size(*args, **kwargs)
        if not self.after:
            self.begun = True
        result = self.function(*args, **kwargs)
        self.begun = True
        return result


def _one(*args: Any, **kwargs: Any) -> int:
    return 1


def _texts(texts: Any, *args: Any, **kwargs: Any) -> int:
    return len(texts)


def _samples(samples: Any) -> int:
    return sum(len(accounts) for accounts, _ in samples)


def _stopped_inside(
    scorer: Scorer,
    monkeypatch: pytest.MonkeyPatch,
    records: list[Any],
    owner: Any,
    name: str,
    size: Callable[..., int] = _one,
    after: bool = False,
    end: tuple[Any, str] | None = None,
) -> tuple[Marked, Marked, int]:
    """Score ``records`` twice with ``owner.name`` marked: without a stop (the work of the
    whole stretch), then with a stop that says stop once the stretch has begun, which must
    raise ScoringCancelled. Returns the marker of the stopped run, the marker of ``end`` (a
    function past the stretch) in the stopped run, and the whole stretch's work."""
    original = getattr(owner, name)
    whole = Marked(original, size, after)
    monkeypatch.setattr(owner, name, whole)
    expected = [r.model_dump_json() for r in scorer.score_many_with_rows(records)[0]]
    work = whole.work
    calls: list[bool] = []

    def never() -> bool:
        calls.append(True)
        return False

    scorer.extractor.comment_classifier.clear_cache()  # type: ignore[union-attr]
    results, _ = scorer.score_many_with_rows(records, never)
    assert [r.model_dump_json() for r in results] == expected  # the checks change nothing
    assert work > 0, f"{name}: the records give the stretch no work"
    marked = Marked(original, size, after)
    monkeypatch.setattr(owner, name, marked)
    past = Marked(getattr(end[0], end[1]), _one) if end else Marked(lambda: None, _one)
    if end:
        monkeypatch.setattr(end[0], end[1], past)
    scorer.extractor.comment_classifier.clear_cache()  # type: ignore[union-attr]
    with pytest.raises(ScoringCancelled):
        scorer.score_many_with_rows(records, lambda: marked.begun)
    assert marked.begun
    return marked, past, work


# -- slices inside a stretch ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("owner", "name", "size"),
    [
        (comments, "_lure_keys", _texts),  # the lure keys of the spam
        (near_duplicates, "core_texts", _texts),  # the near duplicates' cores
        (near_duplicates, "_minhash_block", _texts),  # ... and their signatures
        (comments, "emoji_copy_key", _one),  # the pasted emoji packages
        (comments, "_category_values", _one),  # each creator's block
    ],
)
def test_the_comment_features_stop_within_their_slices(
    scorer: Scorer,
    monkeypatch: pytest.MonkeyPatch,
    small_slices: None,
    owner: Any,
    name: str,
    size: Callable[..., int],
) -> None:
    records = [_record(creator_id=f"s59:{c}") for c in range(3)]
    marked, _, whole = _stopped_inside(scorer, monkeypatch, records, owner, name, size)
    assert 0 < marked.work < whole / 2, (name, marked.work, whole)


def test_the_mentions_stop_within_their_slices(
    scorer: Scorer, monkeypatch: pytest.MonkeyPatch, small_slices: None
) -> None:
    class Pattern:
        def __init__(self, pattern: Any) -> None:
            self.pattern = pattern

        def findall(self, text: str) -> Any:
            return self.pattern.findall(text)

    monkeypatch.setattr(comments, "_MENTION", Pattern(comments._MENTION))
    marked, _, whole = _stopped_inside(
        scorer, monkeypatch, [_record()], comments._MENTION, "findall"
    )
    assert 0 < marked.work < whole / 2, (marked.work, whole)


def test_the_follower_columns_stop_within_their_slices(
    scorer: Scorer, monkeypatch: pytest.MonkeyPatch, small_slices: None
) -> None:
    records = [_record(40, n_followers=450, creator_id=f"s59:f{c}") for c in range(2)]
    marked, past, whole = _stopped_inside(
        scorer,
        monkeypatch,
        records,
        scoring,
        "account_columns",
        _samples,
        end=(scorer.extractor.follower_model, "predict_proba_columns"),
    )
    assert whole == 900
    assert 0 < marked.work <= 100 and past.work == 0


def test_the_follower_columns_built_in_slices_equal_one_call(scorer: Scorer) -> None:
    records = [_record(0, n_followers=n, creator_id=f"s59:g{n}") for n in (30, 1500, 0, 700)]
    samples = [(r.follower_sample or [], r.as_of.date()) for r in records]
    whole = scoring.account_columns(samples)
    sliced = scoring._account_columns(samples, lambda: False)
    for field in whole.__dataclass_fields__:
        assert np.array_equal(getattr(whole, field), getattr(sliced, field), equal_nan=True)


# -- between the steps of the comment features --------------------------------------------------


@pytest.mark.parametrize(
    ("owner", "name", "end"),
    [
        # the check after the near duplicates: the emoji packages are never read
        (comments, "grouped_near_and_similar_masks", (comments, "emoji_copy_key")),
        # ... after the emoji copies: the comment times are never read
        (comments, "_emoji_copies", (comments, "_delay_minutes")),
        # ... after the times of the regulars: the names are never judged
        (comments, "_delay_spreads", (comments, "_digit_heavy_names")),
    ],
)
def test_the_comment_features_stop_between_their_steps(
    scorer: Scorer,
    monkeypatch: pytest.MonkeyPatch,
    small_slices: None,
    owner: Any,
    name: str,
    end: tuple[Any, str],
) -> None:
    _, past, _ = _stopped_inside(scorer, monkeypatch, [_record()], owner, name, after=True, end=end)
    assert past.work == 0


# -- the classifier's own slice loop -------------------------------------------------------------


def test_the_classifier_checks_its_stop_before_each_slice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``classify_and_normalise(texts, stop)``: the stop checked before each slice of the
    texts it decides (of at most _SLICE_CHARS characters), the same answers without one."""
    monkeypatch.setattr(comment_quality, "_SLICE_CHARS", 300)
    texts = [_text(i) for i in range(200)]
    classifier = CommentClassifier.load()
    expected = classifier.classify_and_normalise(texts)
    n_slices = len(list(comment_quality._slices(texts)))
    assert n_slices > 5
    classifier.clear_cache()
    seen: list[int] = []

    def never() -> bool:
        seen.append(1)
        return False

    assert classifier.classify_and_normalise(texts, stop=never) == expected
    assert len(seen) == n_slices
    for stop_at in (1, 2, n_slices):
        classifier.clear_cache()
        calls = 0

        def at(k: int = stop_at) -> bool:
            nonlocal calls
            calls += 1
            return calls >= k

        with pytest.raises(ScoringCancelled):
            classifier.classify_and_normalise(texts, stop=at)
        assert calls == stop_at
        # the slices before the stop were decided (and cached), not the others
        decided = sum(entry is not None for entry in classifier._cache.get_many(texts))
        assert 0 <= decided < len(texts)
        assert decided == sum(len(s) for s in list(comment_quality._slices(texts))[: stop_at - 1])


# -- helpers --------------------------------------------------------------------------------------


def test_a_chunk_stops_only_when_each_of_its_records_would() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)

    def ctx(stop: Callable[[], bool] | None) -> FeatureContext:
        return FeatureContext(as_of=now, norms=None, stop=stop)  # type: ignore[arg-type]

    yes, no = (lambda: True), (lambda: False)
    assert shared_stop([ctx(yes), ctx(yes)]) is yes
    assert shared_stop([ctx(None), ctx(yes)]) is None
    assert shared_stop([]) is None
    both = shared_stop([ctx(yes), ctx(no)])
    assert both is not None and both() is False
    assert shared_stop([ctx(yes), ctx(lambda: True)])() is True  # type: ignore[misc]


def test_text_slices_cover_the_texts_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(base, "SLICE_CHARS", 10)
    monkeypatch.setattr(base, "SLICE_TEXTS", 3)
    texts = ["abcd", "ef", "ghijklmnopq", "", "r", "s", "t", "uvwxyz"]
    slices = text_slices(texts)
    assert [i for part in slices for i in part] == list(range(len(texts)))
    for part in slices:
        assert len(part) >= 1
        assert len(part) == 1 or (len(part) <= 3 and sum(len(texts[i]) for i in part) <= 10)
    assert text_slices([]) == []
