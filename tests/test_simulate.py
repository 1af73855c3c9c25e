"""The simulator: deterministic, valid, label-neutral in its organic events, and its pods look
different from loyal communities."""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date, timedelta
from typing import Any

import numpy as np
import pytest

from fraud.schema import CreatorRecord, Platform
from fraud.scoring import Scorer
from training.sim_comment_sections import (
    ORGANIC_SPAM_NICHE_X,
    ORGANIC_SPAM_NONE,
    SCAMSPOT_ACCOUNT_SPAM_SHARES,
    organic_spam_comments,
    organic_spam_share,
)
from training.simulate import (
    BACKGROUND_PURGE,
    CHINESE_PLATFORMS,
    FRAUD_ARCHETYPES,
    GENUINE_ARCHETYPES,
    ORGANIC_EVENT_SHARES,
    ORGANIC_EVENTS,
    VIEW_PLATFORMS,
    Pools,
    _as_lurker,
    _Creator,
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
    first = list(simulate_creators(40, seed=3, pools=pools))
    again = list(simulate_creators(40, seed=3, pools=pools))
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


def test_bought_views_land_on_view_platforms_and_spread_views_per_like(pools: Pools) -> None:
    def spreads(archetype: str) -> list[float]:
        out = []
        for raw in _creators(pools, archetype, 16):
            viewed = [p for p in raw["posts"] if "views" in p]
            if len(viewed) >= 5:
                ratio = np.log1p([p["views"] for p in viewed]) - np.log1p(
                    [p["likes"] for p in viewed]
                )
                out.append(float(np.subtract(*np.percentile(ratio, [75, 25]))))
        return out

    platforms = {raw["platform"] for raw in _creators(pools, "bought_views", 16)}
    assert platforms <= {p.value for p in VIEW_PLATFORMS}
    bought, genuine = spreads("bought_views"), spreads("steady")
    assert len(bought) >= 8 and len(genuine) >= 4
    # A package on some videos lifts their views and not their likes; genuine views per like
    # vary between posts too, less.
    assert np.median(bought) > np.median(genuine) > 0.1


def test_organic_events_come_to_fraud_and_genuine_creators_at_the_same_rates(
    pools: Pools,
) -> None:
    creators = list(simulate_creators(600, seed=21, pools=pools, label_neutral_events=True))
    events = {
        label: [set(raw["organic_events"]) for raw in creators if raw["label"] == label]
        for label in (0, 1)
    }
    n_genuine, n_fraud = len(events[0]), len(events[1])
    assert min(n_genuine, n_fraud) > 200
    expected = {kind: ORGANIC_EVENT_SHARES[kind] for kind in ORGANIC_EVENTS}
    expected["purge"] += (1 - expected["purge"]) * BACKGROUND_PURGE
    for kind, rate in expected.items():
        genuine = np.mean([kind in e for e in events[0]])
        fraud = np.mean([kind in e for e in events[1]])
        # Three standard errors: the one-sided simulator (fraud never viral) misses by 0.10-0.17.
        se_difference = math.sqrt(rate * (1 - rate) * (1 / n_genuine + 1 / n_fraud))
        assert abs(genuine - fraud) < 3 * se_difference, kind
        for share, n in ((genuine, n_genuine), (fraud, n_fraud)):
            assert abs(share - rate) < 3 * math.sqrt(rate * (1 - rate) / n), kind


def test_label_neutral_events_change_fraud_creators_only_and_stay_deterministic(
    pools: Pools,
) -> None:
    default = list(simulate_creators(60, seed=4, pools=pools))
    neutral = list(simulate_creators(60, seed=4, pools=pools, label_neutral_events=True))
    assert neutral == list(simulate_creators(60, seed=4, pools=pools, label_neutral_events=True))
    assert all("organic_events" not in raw for raw in default)
    n_changed = 0
    for before, after in zip(default, neutral, strict=True):
        events = after.pop("organic_events")
        assert before["archetype"] == after["archetype"]
        if after["label"] == 0:
            assert before == after
        else:
            n_changed += before != after
            assert len(set(events) - {"purge"}) <= 1
    assert n_changed == sum(raw["label"] for raw in default) > 0


def test_genuine_archetypes_have_their_own_events_and_no_drawn_one(pools: Pools) -> None:
    for seed in range(6):
        rng = np.random.default_rng([97, seed])
        raw = simulate_creator(rng, pools, seed, "viral", label_neutral_events=True)
        assert "viral" in raw["organic_events"]
        assert set(raw["organic_events"]) <= {"viral", "purge"}
        rng = np.random.default_rng([97, seed])
        steady = simulate_creator(rng, pools, seed, "steady", label_neutral_events=True)
        assert set(steady["organic_events"]) <= {"purge"}
    with pytest.raises(ValueError, match="genuine archetype"):
        simulate_creator(np.random.default_rng(0), pools, 0, "steady", organic_event="viral")
    with pytest.raises(ValueError, match="organic_event 'fame'"):
        simulate_creator(np.random.default_rng(0), pools, 0, "pod", organic_event="fame")


def _built(pools: Pools, archetype: str, organic_event: str, seed: int) -> _Creator:
    creator = _Creator(np.random.default_rng([96, seed]), pools, archetype, seed, organic_event)
    creator.build()
    return creator


def test_a_bought_burst_lands_on_top_of_a_viral_surge(pools: Pools) -> None:
    for seed in range(6):
        creator = _built(pools, "bought_burst", "viral", seed)
        kinds = {kind for kind, _ in creator.events}
        assert {"burst", "surge_post"} <= kinds
        surge_day = next(day for kind, day in creator.events if kind == "surge_post")
        assert surge_day in creator.post_days and creator.engagement_boost[surge_day] > 1
        assert creator.newcomers[-1] > 0  # the surge's followers are genuine ones
        # The bought share as before: bought over all followers, the surge's in the denominator.
        assert creator.bought_share == pytest.approx(creator.bought[-1] / creator.followers[-1])
        assert 0 < creator.bought_share < 1


def test_likes_and_comment_fraud_stay_on_a_creator_with_a_viral_day_or_a_giveaway(
    pools: Pools, scorer: Scorer
) -> None:
    def median(archetype: str, organic_event: str | None, feature: str) -> float:
        values = []
        for seed in range(8):
            raw = simulate_creator(
                np.random.default_rng([95, seed]), pools, seed, archetype, organic_event
            )
            row = scorer.features(CreatorRecord.model_validate(raw))
            values.append(row.values[feature])
        return float(np.nanmedian(values))

    for archetype in ("bought_likes", "bot_comments", "pod"):
        # The event shows: the spike comes with its own post's engagement ...
        assert median(archetype, "viral", "spike_engagement_lift") > median(
            archetype, "none", "spike_engagement_lift"
        )
    # ... and the fraud still does: bot comments repeat themselves, giveaway or not.
    assert median("bot_comments", "giveaway", "duplicate_comment_share") > median(
        "loyal_community", None, "duplicate_comment_share"
    )
    for seed in range(4):
        creator = _built(pools, "bot_comments", "giveaway", seed)
        assert creator.giveaway_day in creator.post_days


def test_an_interrupted_simulation_leaves_the_earlier_data(tmp_path, monkeypatch):
    """The data file appears whole or not at all: a run that fails half-way keeps what the
    path held before and leaves no temporary file behind."""
    import training.simulate as simulate

    out = tmp_path / "creators.jsonl"
    out.write_bytes(b'{"earlier": true}\n')

    def failing(n: int, seed: int, pools: Any, **_: Any):
        yield {"creator_id": "instagram:sim000000"}
        raise KeyboardInterrupt

    monkeypatch.setattr(simulate, "load_pools", lambda **_: None)
    monkeypatch.setattr(simulate, "simulate_creators", failing)
    with pytest.raises(KeyboardInterrupt):
        simulate.main(["--n", "2", "--seed", "1", "--out", str(out)])
    assert out.read_bytes() == b'{"earlier": true}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["creators.jsonl"]

    monkeypatch.setattr(
        simulate,
        "simulate_creators",
        lambda n, seed, pools, **_: iter([{"i": k} for k in range(n)]),
    )
    assert simulate.main(["--n", "2", "--seed", "1", "--out", str(out)]) == 0
    assert out.read_bytes() == b'{"i":0}\n{"i":1}\n'


def test_a_failed_feature_cache_write_leaves_no_cache(tmp_path, monkeypatch, pools):
    """The feature cache appears whole or not at all: a write that fails half-way leaves no
    file that a later run would read as the cache, and the next run writes it whole."""
    import orjson
    import pandas as pd

    from training.creator_data import load_labelled_features

    creators = tmp_path / "creators.jsonl"
    raws = simulate_creators(3, seed=2, pools=pools)
    creators.write_bytes(b"".join(orjson.dumps(raw) + b"\n" for raw in raws))
    real = pd.DataFrame.to_parquet

    def half_written(self: pd.DataFrame, handle: Any, *args: Any, **kwargs: Any) -> None:
        handle.write(b"PAR1 half")
        raise OSError("disk full")

    monkeypatch.setattr(pd.DataFrame, "to_parquet", half_written)
    with pytest.raises(OSError, match="disk full"):
        load_labelled_features(creators, regimes=("scraper",))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["creators.jsonl"]

    monkeypatch.setattr(pd.DataFrame, "to_parquet", real)
    first = load_labelled_features(creators, regimes=("scraper",)).frame
    assert len([p for p in tmp_path.iterdir() if p.suffix == ".parquet"]) == 1
    again = load_labelled_features(creators, regimes=("scraper",)).frame  # from the cache
    pd.testing.assert_frame_equal(first, again)


def test_sigterm_during_a_data_write_keeps_the_earlier_file(tmp_path) -> None:
    """``kill`` of `make data` half-way: the earlier data stays, no temporary file is left."""
    import os
    import signal

    from fraud.batch import Terminated, atomic_output

    out = tmp_path / "creators.jsonl"
    out.write_bytes(b"earlier\n")
    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Terminated), atomic_output(out) as handle:
        handle.write(b"half of the new data\n")
        os.kill(os.getpid(), signal.SIGTERM)
        handle.write(b"never written\n")
    assert out.read_bytes() == b"earlier\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["creators.jsonl"]
    assert signal.getsignal(signal.SIGTERM) == before  # the handler before is back


def test_a_purchase_comes_from_one_vendor_stock_and_chinese_platforms_favour_weibo_stock(
    pools: Pools,
) -> None:
    stocks = {tuple(rows): name for name, rows in pools.fake_vendors.items()}
    assert {"weibo_cxk:cxk_commenters", "instafake:fake", "kaggle_instagram"} <= set(
        pools.fake_vendors
    )
    picked: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    for seed in range(160):
        creator = _Creator(np.random.default_rng([95, seed]), pools, "bought_burst", seed)
        stock, fresh = creator._vendor_stock()
        assert tuple(stock) in stocks  # exactly one stock, whole
        assert 0.2 <= fresh <= 1.0
        picked[creator.chinese][stocks[tuple(stock)]] += 1
    weibo = {
        chinese: counts["weibo_cxk:cxk_commenters"] / counts.total()
        for chinese, counts in picked.items()
    }
    assert weibo[True] > 0.3 and weibo[False] < 0.25
    # Genuine creators and follow/unfollow churn buy from no vendor.
    for archetype in ("koc", "follow_churn"):
        creator = _Creator(np.random.default_rng([95, 0]), pools, archetype, 0)
        assert creator._vendor_stock() == ([], 0.0)


def test_fresh_bought_accounts_are_registered_before_their_delivery(pools: Pools) -> None:
    for seed in range(5):
        creator = _built(pools, "bought_drip", "none", seed)
        start = creator.as_of_date - timedelta(days=creator.n_days - 1)
        delivery = start + timedelta(
            days=min(day for kind, day in creator.events if kind in ("burst", "drip"))
        )
        assert creator._first_delivery() == delivery
        account = {"created_at": "2001-01-01", "last_post_at": "2001-02-01"}
        creator._register_before_purchase(account, delivery)
        created = date.fromisoformat(account["created_at"])
        assert delivery - timedelta(days=90) <= created < delivery
        assert created <= date.fromisoformat(account["last_post_at"]) <= creator.as_of_date


def test_some_genuine_lurkers_keep_the_platforms_default_name(pools: Pools) -> None:
    row = {"username": "anna.k", "display_name": "Anna", "posts": 40, "followers": 300}
    chinese = _as_lurker(np.random.default_rng(1), row, True)
    assert re.fullmatch(r"用户\d{10}", chinese["username"]) and "display_name" not in chinese
    assert re.fullmatch(
        r"user\d{8,10}", _as_lurker(np.random.default_rng(1), row, False)["username"]
    )
    assert _as_lurker(np.random.default_rng(1), row)["username"] == "anna.k"
    # Whoever kept the default name mostly left the profile empty too.
    full = {**row, "bio": "hi", "has_avatar": True}
    for default, least_bare in ((True, 0.6), (None, 0.0)):
        lurkers = [_as_lurker(np.random.default_rng(s), full, default) for s in range(300)]
        bare = np.mean([not a["bio"] and a["has_avatar"] is False for a in lurkers])
        assert bare >= least_bare and (default or bare < 0.3)
    # In simulated samples: on Chinese platforms, genuine audiences hold default names.
    defaults = 0
    for seed in range(40):
        raw = simulate_creator(np.random.default_rng([94, seed]), pools, seed, "koc")
        if Platform(raw["platform"]) in CHINESE_PLATFORMS:
            defaults += sum(
                bool(re.fullmatch(r"用户\d{10}", a.get("username", "")))
                for a in raw.get("follower_sample", [])
            )
    assert defaults > 0


def test_organic_spam_shares_follow_the_real_accounts_and_the_size(pools: Pools) -> None:
    rng = np.random.default_rng(5)
    mid = np.array([organic_spam_share(rng, "mid") for _ in range(4000)])
    nano = np.array([organic_spam_share(rng, "nano") for _ in range(4000)])
    none = ORGANIC_SPAM_NONE
    assert abs((mid == 0).mean() - none) < 3 * math.sqrt(none * (1 - none) / 4000)
    found = mid[mid > 0]
    top = max(SCAMSPOT_ACCOUNT_SPAM_SHARES) * ORGANIC_SPAM_NICHE_X[1]
    bottom = min(SCAMSPOT_ACCOUNT_SPAM_SHARES) * ORGANIC_SPAM_NICHE_X[0]
    assert bottom <= found.min() and found.max() <= top
    # small accounts draw fewer spam bots: the nano tier is the mid tier scaled down
    assert np.quantile(nano[nano > 0], 0.9) < 0.5 * np.quantile(found, 0.9)


def test_organic_spam_comments_reach_about_their_share_and_nothing_at_zero(pools: Pools) -> None:
    posts = [
        {"post_id": f"p{i}", "posted_at": f"2026-01-0{1 + i % 9}T10:00:00Z"} for i in range(40)
    ]
    rng = np.random.default_rng(8)
    spam_pool = pools.comments[("en", "spam")]
    added = organic_spam_comments(posts, [100] * 40, 0.2, rng, spam_pool=spam_pool, chinese=False)
    assert abs(len(added) / (len(added) + 4000) - 0.2) < 0.02
    assert {c["post_id"] for c in added} <= {p["post_id"] for p in posts}
    assert all(re.fullmatch(r"[a-z]+\d+", c["author"]) for c in added)  # bot handles
    zh = organic_spam_comments(posts, [100] * 40, 0.2, rng, spam_pool=spam_pool, chinese=True)
    assert len({c["text"] for c in zh}) > 0.8 * len(zh)  # campaign lures disguised anew
    assert (
        organic_spam_comments(posts, [100] * 40, 0.0, rng, spam_pool=spam_pool, chinese=True) == []
    )


def test_organic_spam_comes_to_both_labels_and_leaves_every_other_draw_alone(
    pools: Pools, monkeypatch: pytest.MonkeyPatch
) -> None:
    import training.simulate as simulate

    drawn: list[str] = []

    def recorded(rng: np.random.Generator, tier: str) -> float:
        share = organic_spam_share(rng, tier)
        drawn.append(share)
        return share

    monkeypatch.setattr(simulate, "organic_spam_share", recorded)
    with_spam = list(simulate_creators(40, seed=6, pools=pools))
    assert len(drawn) == 40 and sum(share > 0 for share in drawn) >= 10
    assert {raw["label"] for raw, share in zip(with_spam, drawn, strict=True) if share > 0} == {
        0,
        1,
    }
    monkeypatch.setattr(simulate, "organic_spam_share", lambda rng, tier: 0.0)
    without = list(simulate_creators(40, seed=6, pools=pools))
    n_spam = 0
    for spammed, plain in zip(with_spam, without, strict=True):
        extra = [c for c in spammed.get("comments", []) if c not in plain.get("comments", [])]
        n_spam += len(extra)
        assert [c for c in spammed.get("comments", []) if c not in extra] == plain.get(
            "comments", []
        )
        skip = {"comments", "posts"}
        assert {k: v for k, v in spammed.items() if k not in skip} == {
            k: v for k, v in plain.items() if k not in skip
        }
        for post, other in zip(spammed.get("posts", []), plain.get("posts", []), strict=True):
            assert {**post, "comments": 0} == {**other, "comments": 0}
            assert post["comments"] >= other["comments"]
    assert n_spam > 0
