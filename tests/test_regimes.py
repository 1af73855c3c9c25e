"""Data regimes: each source's data gets its own calibration and thresholds, and honest answers."""

from __future__ import annotations

import pytest

from fraud.model import (
    PATTERNS_NOT_LEARNED,
    REGIMES,
    data_regime,
    missing_data_hint,
    patterns_not_checked,
)
from fraud.schema import CreatorRecord, Severity, Verdict
from fraud.scoring import Scorer
from training.simulate import SOURCE_REGIMES, as_regime

from .conftest import load_sample

SAMPLES = (
    "genuine_koc_rednote",
    "genuine_viral_douyin",
    "bought_followers_weibo",
    "engagement_pod_instagram",
    "thin_data_tiktok",
)


@pytest.mark.parametrize(
    ("ran", "history_days", "regime"),
    [
        ({"growth", "engagement", "comments", "audience"}, 120, "everything"),
        ({"engagement", "comments", "audience"}, 0, "follower_sample"),
        ({"growth", "engagement", "comments"}, 120, "follower_history"),
        ({"growth", "engagement", "comments"}, 15, "snapshots"),
        ({"engagement", "comments"}, 0, "scraper"),
        ({"engagement"}, 0, "posts_only"),
        ({"profile"}, 0, None),
    ],
)
def test_data_regime_follows_the_checks_that_ran(
    ran: set[str], history_days: int, regime: str | None
) -> None:
    assert data_regime(ran | {"profile"}, history_days) == regime
    assert regime is None or regime in REGIMES


def test_missing_follower_data_is_named_with_the_patterns_it_hides() -> None:
    ran = {"engagement", "comments", "profile"}
    assert "bought followers cannot be checked" in missing_data_hint(ran)
    assert "follower history" in missing_data_hint(ran)
    assert "bought followers (bursts)" in patterns_not_checked(ran)
    everything = {"growth", "engagement", "comments", "audience"}
    assert patterns_not_checked(everything) == list(PATTERNS_NOT_LEARNED)
    # the hint names what more data could check, not what no data can
    hint = missing_data_hint({"growth", "engagement", "profile"})
    assert "not checked: " in hint and "bought views" not in hint


@pytest.mark.parametrize("regime", list(SOURCE_REGIMES))
def test_as_regime_keeps_only_what_the_source_gives(regime: str) -> None:
    record = CreatorRecord.model_validate(load_sample("genuine_koc_rednote"))
    given = SOURCE_REGIMES[regime]
    variant = as_regime(record, regime)
    assert bool(variant.comments) == ("comments" in given)
    assert (variant.follower_sample is not None) == ("follower_sample" in given)
    if "snapshots" in given:
        days = (variant.follower_history[-1].date - variant.follower_history[0].date).days
        assert 7 <= days < 20
    else:
        assert bool(variant.follower_history) == ("follower_history" in given)
    assert variant.posts == record.posts and record.comments  # the original is untouched


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("regime", list(SOURCE_REGIMES))
def test_no_sample_is_authentic_beside_a_red_flag_or_suspicious_without_one(
    scorer: Scorer, name: str, regime: str
) -> None:
    record = as_regime(CreatorRecord.model_validate(load_sample(name)), regime)
    result = scorer.score(record)
    flags = [r.code for r in result.reasons if r.severity in (Severity.MEDIUM, Severity.HIGH)]
    assert not (result.verdict is Verdict.AUTHENTIC and flags), flags
    assert "patterns_not_checked" in result.metrics and "data_regime" in result.metrics
    if result.metrics["patterns_not_checked"]:
        assert "PATTERNS_NOT_CHECKED" in {r.code for r in result.reasons}
    if result.verdict is Verdict.INSUFFICIENT_DATA:
        assert result.reasons[0].code == "INSUFFICIENT_DATA"
    # suspicious needs a fraud pattern past the genuine range; a lean alone is undecided
    if result.verdict is Verdict.SUSPICIOUS:
        assert set(flags) - {"MODEL_SIGNAL"}, "suspicious without a fraud pattern"
    signal = next((r for r in result.reasons if r.code == "MODEL_SIGNAL"), None)
    if result.verdict is Verdict.INSUFFICIENT_DATA and signal is not None:
        assert signal.severity is Severity.LOW and "nan" not in signal.message
        assert result.reasons[0].message.startswith("The model leans towards fraud")
        assert result.metrics["data_regime"] != "none"


def test_fraud_samples_are_never_called_authentic_in_any_regime(scorer: Scorer) -> None:
    for name in ("bought_followers_weibo", "engagement_pod_instagram"):
        record = CreatorRecord.model_validate(load_sample(name))
        for regime in SOURCE_REGIMES:
            result = scorer.score(as_regime(record, regime))
            assert result.verdict is not Verdict.AUTHENTIC, (name, regime, result.fraud_probability)


def test_every_regime_has_its_own_calibration_and_thresholds(scorer: Scorer) -> None:
    model = scorer.creator_model
    for regime in REGIMES:
        assert regime in model.calibration
        assert model.thresholds_for(regime) is model.thresholds[regime]


def test_shipped_creator_model_learns_from_the_training_recipe_features(scorer: Scorer) -> None:
    # The shipped model must be the one training/train.py makes: same features, same order,
    # every one computed by the pipeline, monotone directions recorded in its manifest.
    from fraud.features import FEATURE_NAMES
    from training.train import CREATOR_FEATURES

    model = scorer.creator_model
    assert model.feature_names == tuple(CREATOR_FEATURES)
    assert set(CREATOR_FEATURES) <= set(FEATURE_NAMES)
    assert model.manifest["monotone_constraints"] == CREATOR_FEATURES


def test_the_viral_creator_without_followers_is_undecided_and_told_what_decides_it(
    scorer: Scorer,
) -> None:
    # It was `suspicious` on the model's lean alone (its viral post looks like bought likes);
    # until the model learned from other generators' creators too (training/generators) it
    # stayed past the likely_fraudulent cut and was told so (the lean's wording is held by
    # tests/test_reasons.py on a hand-built row). Either way: undecided, with what would decide.
    record = as_regime(CreatorRecord.model_validate(load_sample("genuine_viral_douyin")), "scraper")
    result = scorer.score(record)
    assert result.verdict is Verdict.INSUFFICIENT_DATA
    first = result.reasons[0].message
    assert "bought followers cannot be checked" in first.lower()
    assert "follower history" in first and "follower sample" in first
    leans = first.startswith("The model leans towards fraud")
    assert leans == ("MODEL_SIGNAL" in {r.code for r in result.reasons})
