"""The simulator: deterministic, valid, and its pods look different from loyal communities."""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np
import pytest

from fraud.schema import CreatorRecord, Platform
from fraud.scoring import Scorer
from training.simulate import (
    FRAUD_ARCHETYPES,
    GENUINE_ARCHETYPES,
    Pools,
    load_pools,
    simulate_creator,
    simulate_creators,
)


@pytest.fixture(scope="module")
def pools() -> Pools:
    return load_pools()


def _creators(pools: Pools, archetype: str, n: int = 12) -> list[dict[str, Any]]:
    creators = []
    for seed in range(n):
        raw = simulate_creator(np.random.default_rng([99, seed]), pools, seed, archetype)
        if raw.get("comments"):
            creators.append(raw)
    return creators


def test_simulation_is_deterministic_for_a_seed(pools: Pools) -> None:
    first = list(simulate_creators(5, seed=3, pools=pools))
    again = list(simulate_creators(5, seed=3, pools=pools))
    assert first == again


def test_simulated_records_follow_the_contract_and_cover_all_platforms(pools: Pools) -> None:
    creators = list(simulate_creators(150, seed=1, pools=pools))
    for raw in creators:
        CreatorRecord.model_validate(raw)
        assert raw["label"] == int(raw["archetype"] in FRAUD_ARCHETYPES)
    platforms = Counter(raw["platform"] for raw in creators)
    assert set(platforms) == {p.value for p in Platform}
    assert {raw["archetype"] for raw in creators} <= set(FRAUD_ARCHETYPES) | set(GENUINE_ARCHETYPES)


def test_pods_show_the_pod_signature_and_loyal_communities_do_not(
    pools: Pools, scorer: Scorer
) -> None:
    def features(archetype: str) -> list[dict[str, float]]:
        rows = [
            scorer.features(CreatorRecord.model_validate(raw))
            for raw in _creators(pools, archetype)
        ]
        return [row.values for row in rows if row.blocks["comments"].ran]

    pods, loyal = features("pod"), features("loyal_community")
    pod_share = np.nanmedian([v["pod_comment_share"] for v in pods])
    loyal_share = np.nanmedian([v["pod_comment_share"] for v in loyal])
    assert pod_share > 0.2 > loyal_share
    assert np.nanmedian([v["early_comment_share"] for v in pods]) > np.nanmedian(
        [v["early_comment_share"] for v in loyal]
    )
    # Regulars exist in both; a loyal community's regulars write substantive comments.
    assert np.nanmedian([v["recurring_substantive_share"] for v in loyal]) > np.nanmedian(
        [v["recurring_substantive_share"] for v in pods]
    )


def test_bot_comments_are_more_duplicated_than_a_loyal_community(
    pools: Pools, scorer: Scorer
) -> None:
    def duplicates(archetype: str) -> float:
        rows = [
            scorer.features(CreatorRecord.model_validate(r)) for r in _creators(pools, archetype)
        ]
        return float(np.nanmedian([row.values["duplicate_comment_share"] for row in rows]))

    assert duplicates("bot_comments") > duplicates("loyal_community")


def test_pods_score_higher_than_loyal_communities(pools: Pools, scorer: Scorer) -> None:
    def probabilities(archetype: str) -> list[float]:
        records = [CreatorRecord.model_validate(raw) for raw in _creators(pools, archetype)]
        return [result.fraud_probability for result in scorer.score_many(records)]

    assert np.median(probabilities("pod")) > np.median(probabilities("loyal_community")) + 0.3


def test_a_simulated_lure_campaign_creator_gets_comment_spam(pools: Pools, scorer: Scorer) -> None:
    records = [CreatorRecord.model_validate(raw) for raw in _creators(pools, "lure_campaign", 4)]
    assert records
    for result in scorer.score_many(records):
        spam = next(r for r in result.reasons if r.code == "COMMENT_SPAM")
        assert spam.evidence and spam.evidence.get("n_campaign_accounts", 0) >= 3


def test_simulated_mutual_boost_groups_and_bought_praise_show_their_signatures(
    pools: Pools, scorer: Scorer
) -> None:
    def median(archetype: str, feature: str) -> float:
        rows = [
            scorer.features(CreatorRecord.model_validate(r)) for r in _creators(pools, archetype, 6)
        ]
        return float(np.nanmedian([row.values[feature] for row in rows]))

    assert median("mutual_boost", "mutual_boost_cue_share") > median(
        "loyal_community", "mutual_boost_cue_share"
    )
    assert median("machine_comments", "template_similarity_share") > median(
        "steady", "template_similarity_share"
    )


def test_bought_likes_do_not_bring_shares(pools: Pools) -> None:
    def shares_per_like(archetype: str) -> float:
        ratios = []
        for raw in _creators(pools, archetype, 8):
            likes = sum(p["likes"] for p in raw["posts"])
            ratios.append(sum(p["shares"] for p in raw["posts"]) / max(likes, 1))
        return float(np.median(ratios))

    assert shares_per_like("bought_likes") < shares_per_like("steady")
