"""The chunk (columnar) feature path equals the per-creator reference, value for value.

``FeatureExtractor.rows`` runs each family's ``extract_many`` over a whole chunk;
``rows_reference`` runs each family's ``extract`` on one creator at a time (and judges each
follower sample on its own). Both are run here on the bundled examples and on generated
creators under every data regime, in both record forms the scorer sees (pydantic models from
the full validation, msgspec structs from the batch engine's light one): every feature value,
every evidence field and every ScoreResult must match exactly.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import numpy as np
import orjson
import pytest

from fraud.audience import _feature_matrix, _feature_matrix_many
from fraud.features import FEATURE_NAMES, FeatureRow, extract_many, feature_matrix
from fraud.schema import CreatorRecord
from fraud.scoring import Scorer
from fraud.validation import validate_creator_json
from tests.conftest import SAMPLES
from training.simulate import SOURCE_REGIMES, as_regime, load_pools, simulate_creators

N_FINAL = 60
N_SIMULATED = 45


def _strip(creator: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in creator.items() if k not in ("label", "archetype")}


@pytest.fixture(scope="module")
def corpus() -> list[dict[str, Any]]:
    from evaluation import final_sim

    creators = [
        orjson.loads(line) for line in (SAMPLES / "creators.jsonl").read_bytes().splitlines()
    ]
    creators += [_strip(c) for c in final_sim.generate(N_FINAL, 5)]
    creators += [_strip(c) for c in simulate_creators(N_SIMULATED, 11, load_pools())]
    regimes = list(SOURCE_REGIMES)
    variants = []
    for index, creator in enumerate(creators):
        record = CreatorRecord.model_validate(creator)
        regime = regimes[index % len(regimes)]
        variant = as_regime(record, regime).model_dump(mode="json", exclude_none=True)
        variant["creator_id"] = f"{record.creator_id}:{regime}"
        variants.append(variant)
    return creators + variants


@pytest.fixture(scope="module")
def record_forms(corpus: list[dict[str, Any]]) -> dict[str, list[Any]]:
    light = [validate_creator_json(orjson.dumps(c), light=True) for c in corpus]
    assert all(record is not None for record in light)
    return {
        "pydantic": [CreatorRecord.model_validate(c) for c in corpus],
        "light": light,
    }


def _same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or (a == b and type(a) is type(b))


def assert_family_paths_equal(family: Any, records: list[Any], scorer: Any) -> list[Any]:
    """One feature family's blocks from its chunk path (``extract_many``) after asserting
    they equal its per-creator path (``extract``) on ``records``."""
    contexts = [scorer.extractor.context(record) for record in records]
    fast = family.extract_many(records, contexts)
    slow = [family.extract(r, c) for r, c in zip(records, contexts, strict=True)]
    _assert_rows_equal(
        [FeatureRow({family.CHECK: block}) for block in fast],
        [FeatureRow({family.CHECK: block}) for block in slow],
    )
    return list(fast)


def _assert_rows_equal(fast: list[FeatureRow], slow: list[FeatureRow]) -> None:
    assert len(fast) == len(slow)
    for index, (f, s) in enumerate(zip(fast, slow, strict=True)):
        assert list(f.blocks) == list(s.blocks)
        for check, block in s.blocks.items():
            other = f.blocks[check]
            where = f"record {index}, {check}"
            assert list(other.values) == list(block.values), where
            for name, value in block.values.items():
                assert _same(float(other.values[name]), float(value)), (where, name)
                assert type(other.values[name]) is type(value), (where, name)
            assert (other.ran, other.note) == (block.ran, block.note), where
            assert type(other.evidence) is type(block.evidence), where
            assert other.evidence == block.evidence, where


@pytest.mark.parametrize("form", ["pydantic", "light"])
def test_chunk_features_equal_the_per_creator_reference(
    scorer: Scorer, record_forms: dict[str, list[Any]], form: str
) -> None:
    records = record_forms[form]
    fast = scorer.extractor.rows(records)
    _assert_rows_equal(fast, scorer.extractor.rows_reference(records))
    # The corpus reaches the branches: every feature is known for some creator, and every
    # check but profile (which always runs) both ran and was skipped somewhere.
    for name in FEATURE_NAMES:
        assert any(not math.isnan(row.values[name]) for row in fast), name
    for check in fast[0].blocks:
        expected = {True} if check == "profile" else {True, False}
        assert {row.blocks[check].ran for row in fast} == expected, check


@pytest.mark.parametrize("form", ["pydantic", "light"])
def test_chunk_scores_are_byte_identical_to_the_reference(
    scorer: Scorer, record_forms: dict[str, list[Any]], form: str
) -> None:
    records = record_forms[form]
    fast = [orjson.dumps(r.model_dump(mode="json")) for r in scorer.score_many(records)]
    slow = [orjson.dumps(r.model_dump(mode="json")) for r in scorer.score_many_reference(records)]
    assert fast == slow
    verdicts = {orjson.loads(r)["verdict"] for r in fast}
    assert len(verdicts) >= 3  # the corpus is not one kind of creator


def test_chunk_of_one_equals_a_large_chunk(
    scorer: Scorer, record_forms: dict[str, list[Any]]
) -> None:
    records = record_forms["light"][:40]
    alone = [scorer.score_many([r])[0].model_dump(mode="json") for r in records]
    assert [r.model_dump(mode="json") for r in scorer.score_many(records)] == alone


def test_follower_matrix_of_a_chunk_equals_the_per_sample_matrices(
    record_forms: dict[str, list[Any]],
) -> None:
    samples: list[tuple[Any, date | None]] = [
        (r.follower_sample, r.as_of.date() if i % 3 else None)
        for i, r in enumerate(record_forms["light"])
        if r.follower_sample
    ]
    samples.insert(1, ([], date(2024, 1, 1)))
    expected = np.vstack([_feature_matrix(a, d) for a, d in samples])
    got = _feature_matrix_many(samples)
    assert got.shape == expected.shape
    assert got.tobytes() == expected.tobytes()
    assert _feature_matrix_many([]).shape == (0, expected.shape[1])


def test_feature_matrix_equals_the_row_vectors(
    scorer: Scorer, record_forms: dict[str, list[Any]]
) -> None:
    rows = scorer.extractor.rows(record_forms["light"][:60])
    names = scorer.creator_model.feature_names
    expected = np.vstack([row.vector(names) for row in rows])
    assert feature_matrix(rows, names).tobytes() == expected.tobytes()
    shuffled = list(reversed(FEATURE_NAMES))
    assert (
        feature_matrix(rows, shuffled).tobytes()
        == np.vstack([row.vector(shuffled) for row in rows]).tobytes()
    )
    with pytest.raises(KeyError, match="not_a_feature"):
        feature_matrix(rows, [*names, "not_a_feature"])


def test_chunk_features_without_prepared_followers_equal_the_reference(
    scorer: Scorer, record_forms: dict[str, list[Any]]
) -> None:
    """Contexts as a caller other than the scorer builds them (no account columns, no
    predicted probabilities): the audience family builds and judges the followers itself."""
    records = record_forms["light"][::2]
    contexts = [scorer.extractor.context(record) for record in records]
    _assert_rows_equal(extract_many(records, contexts), scorer.extractor.rows_reference(records))


def test_growth_with_partly_known_following_equals_the_reference(
    scorer: Scorer, record_forms: dict[str, list[Any]]
) -> None:
    from fraud.features import growth

    records = []
    for record in record_forms["pydantic"]:
        if len(record.follower_history) >= 20 and record.follower_history[0].following is not None:
            history = [
                s.model_copy(update={"following": None}) if i % 3 == 0 else s
                for i, s in enumerate(record.follower_history)
            ]
            records.append(record.model_copy(update={"follower_history": history}))
    assert len(records) >= 5
    fast = assert_family_paths_equal(growth, records, scorer)
    assert any(not math.isnan(block.values["following_churn_30d"]) for block in fast)


def test_row_values_are_a_fresh_dict_each_time(
    scorer: Scorer, record_forms: dict[str, list[Any]]
) -> None:
    row = scorer.extractor.rows(record_forms["light"][:1])[0]
    first = row.values
    first["ran_growth"] = 1.0  # training adds its own columns to the dict it gets
    assert "ran_growth" not in row.values
    assert list(row.values) == list(FEATURE_NAMES)


def _edge_variant(record: CreatorRecord, index: int) -> CreatorRecord:
    """Comments without authors or post ids, posts sharing an id, dates after 2038."""
    from datetime import timedelta

    shift = timedelta(days=365 * 40) if index % 2 else timedelta(0)
    posts = [
        p.model_copy(
            update={
                "posted_at": p.posted_at + shift,
                "post_id": record.posts[0].post_id if j == 2 else p.post_id,
            }
        )
        for j, p in enumerate(record.posts)
    ]
    comments = [
        c.model_copy(
            update={
                "author": None if j % 4 == 1 else c.author,
                "post_id": "" if j % 7 == 3 else c.post_id,
                "posted_at": None if c.posted_at is None else c.posted_at + shift,
            }
        )
        for j, c in enumerate(record.comments)
    ]
    return record.model_copy(update={"posts": posts, "comments": comments})


def _ran_on_variants(family: Any, records: list[Any], variant: Any, scorer: Scorer) -> list[Any]:
    """The blocks that ran of ``family`` on ``variant`` of up to 40 of ``records`` (20 or
    more), after asserting its chunk path equals its per-creator path on them."""
    varied = [variant(record, i) for i, record in enumerate(records[:40])]
    assert len(varied) >= 20
    return [block for block in assert_family_paths_equal(family, varied, scorer) if block.ran]


def test_chunk_comment_features_on_edge_cases_equal_the_reference(
    scorer: Scorer, record_forms: dict[str, list[Any]]
) -> None:
    from fraud.features import comments

    chosen = [r for r in record_forms["pydantic"] if len(r.comments) >= 20 and r.posts]
    ran = _ran_on_variants(comments, chosen, _edge_variant, scorer)
    assert len(ran) >= 20
    assert any(not math.isnan(block.values["early_comment_share"]) for block in ran)
    assert any(block.evidence["n_regular_commenters"] for block in ran)
    assert any(block.evidence["n_campaign_comments"] for block in ran)


def _uncommented_variant(record: CreatorRecord, index: int) -> CreatorRecord:
    """Posts without comments (some creators: all of them), view counts missing or all equal."""
    posts = [
        p.model_copy(
            update={
                "comments": 0 if index % 3 == 0 or j % 3 == 1 else p.comments,
                "views": None if j % 4 == 2 else (1000 if index % 2 else p.views),
                "shares": None if j % 5 == 0 else p.shares,
            }
        )
        for j, p in enumerate(record.posts)
    ]
    return record.model_copy(update={"posts": posts})


def test_chunk_engagement_on_uncommented_and_unviewed_posts_equals_the_reference(
    scorer: Scorer, record_forms: dict[str, list[Any]]
) -> None:
    from fraud.features import engagement

    chosen = [r for r in record_forms["pydantic"] if len(r.posts) >= engagement.MIN_SHAPE_POSTS]
    ran = _ran_on_variants(engagement, chosen, _uncommented_variant, scorer)
    assert any(block.evidence.n_commented_posts == 0 for block in ran)
    assert any(block.evidence.median_likes_per_comment is not None for block in ran)
    assert any(not math.isnan(block.values["views_likes_decoupling"]) for block in ran)
    assert any(math.isnan(block.values["views_likes_decoupling"]) for block in ran)
