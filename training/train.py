"""Train the creator model: LightGBM on simulated creators, Platt calibration, verdict thresholds.

``python -m training.train`` (``make train``) splits the labelled creators 50/25/25 into
train / calibration / test, stratified by archetype; fits LightGBM on train; fits the
calibration and chooses the thresholds on the calibration split (at most 0.75% of genuine
creators ``likely_fraudulent``, at most 8% ``suspicious`` or worse: a wide margin under the
2% / 10% we promise, because the rate grows on creators unlike the simulated ones); reports metrics on test;
and writes ``models/creator/`` with its manifest.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import brier_score_loss, roc_auc_score
from sklearn.model_selection import train_test_split

from fraud import paths
from fraud.artifacts import open_verified
from fraud.features import FEATURE_NAMES, growth
from fraud.model import (
    REGIMES,
    CreatorModel,
    EvidenceFloor,
    Thresholds,
    fit_platt,
    verdict_for,
)
from fraud.paths import ACCOUNTS_MODEL_DIR, COMMENTS_MODEL_DIR, CREATOR_MODEL_DIR, models_dir
from fraud.reasons import engagement_doubt, red_flag_from_values
from training import generators as training_generators
from training.creator_data import (
    DEFAULT_CREATORS,
    LabelledFeatures,
    features_sha256,
    load_labelled_features,
)
from training.simulate import COMPONENTS, GENUINE_ARCHETYPES, SOURCE_REGIMES
from training.stats import auc_interval, share_interval

__all__ = [
    "CREATOR_FEATURES",
    "FOLLOWER_FREE_FRAUD",
    "PARAMS",
    "FittedModel",
    "by_archetype",
    "by_regime",
    "choose_thresholds",
    "engagement_doubts",
    "fit_booster",
    "fit_creator_model",
    "fit_on_splits",
    "frame_verdicts",
    "red_flags",
    "round_cut",
    "split",
    "verdict_metrics",
    "with_genuine_growth",
]

# Limits promised on held-out data, per regime: at most 2% of genuine creators
# likely_fraudulent and at most 10% of fraud authentic. Thresholds are chosen on the
# calibration split with a margin under both, because on creators from generators the model
# never saw the rates came out two to four times higher (training/evaluate.py).
LIKELY_FRAUDULENT_MAX_FPR = 0.01
# Regimes that see nothing of the followers transfer worst to other generators (on `blind`,
# 0.75% here became 5.8% of genuine creators likely_fraudulent in the scraper regime): 0.5%.
THIN_REGIME_MAX_FPR = 0.005
THIN_REGIMES = ("snapshots", "scraper", "posts_only")
SUSPICIOUS_MAX_FPR = 0.08
AUTHENTIC_MAX_MISS = 0.07
# The features the creator model learns from, and the direction each may push (+1: more of
# it can only raise the fraud probability; -1: only lower it; 0: either). The pipeline computes
# more (profile counts, raw engagement levels, spike shape...) for evidence and reasons, but
# those measured differently across three independently written creator generators
# (training/evaluate.py, "cross-generator"), so the model does not learn from them (since the
# thirty-eighth session, with the training generators beside ours, two of the profile's counts
# are learned: see the end of this table). Directions
# are the domain's, and agreed in all three generators: the model may not learn, say, that
# more fake-looking followers make a creator more genuine. The scorer reads the list from the
# model's manifest. Two changes were chosen on the blind and holdout generators (issue 8):
# * engagement_trend_90d is left out: it separates our simulator's follower fraud strongly
#   (ROC-AUC 0.74 with everything given) and blind's (0.80), but not holdout's (0.52), so
#   the model leaned on a trend only some generators make;
# * five features the pipeline already computes are added, each of which separated
#   follower-side fraud from genuine creators alike on all three (ROC-AUC with everything
#   given, ours / blind / holdout): n_follower_spike_days 0.72 / 0.76 / 0.69,
#   follower_spike_z 0.69 / 0.71 / 0.66, follower_elevated_window_ratio 0.74 / 0.62 / 0.67,
#   and, without followers (scraper), engagement_rate_median 0.58 / 0.65 / 0.62 and
#   engagement_volatility 0.55 / 0.61 / 0.58 (lower = more fraud). Their directions are left
#   free (0): genuine viral posts and shout-outs spike too.
CREATOR_FEATURES: dict[str, int] = {
    # growth
    "follower_spike_share": 0,
    "n_follower_spike_episodes": 0,
    "follower_spike_growth_share": 0,
    "spike_engagement_lift": -1,
    "spike_er_change": -1,
    "engagement_follower_elasticity": -1,
    "following_jump_share": 1,
    "following_churn_30d": 1,
    # engagement
    # The rate against the norm for the size, in two sides (session 52; it was one free
    # feature): under the norm it may only raise the fraud probability, over it either way.
    # Free, the model learned from every generator's genuine creators with low engagement
    # (giveaways, shout-outs, celebrities) that a low rate is genuine, so the same posts scored
    # more authentic the more followers a profile claimed: "engagement too low for the follower
    # count", a tell-tale the product exists to check, counted for the creator. See the
    # profile's counts at the end of this table, and reports/inflation.md.
    "engagement_under_norm_z": -1,
    "engagement_over_norm_z": 0,
    "likes_per_comment_vs_norm": 0,
    # Free (it was -1, more views per like could only lower the probability): low is bought
    # likes, high is bought views (issue 8, session 37).
    "views_per_like_vs_norm": 0,
    "shares_per_like": -1,
    # engagement_trend_90d: left out (see above)
    "likes_outlier_post_share": 1,
    "comment_share_of_engagement": 0,
    "likes_comments_decoupling": 1,
    "likes_per_comment_spread": 1,
    # Not learned from: views_per_like_spread and views_likes_decoupling (views bought for
    # some posts lift their views and not their likes). Learned, they took bought views from
    # ROC-AUC 0.48-0.60 to 0.80-0.97 on the five outside generators that have them and
    # everything-given ROC-AUC up 0.01-0.03 there, but cost `final` 0.013 (0.020 in the
    # scraper regime) by lifting genuine creators whose views per like vary 2.2x or more
    # between posts, and made the Weibo bought-follower example suspicious instead of
    # likely_fraudulent (reports/creator-candidates.md, session 37). VIEWS_SPREAD reports the
    # pattern, as a fact (low).
    # comments
    "low_effort_comment_vs_norm": 1,
    "generic_comment_share": 1,
    "mention_only_comment_share": 0,
    "spam_comment_share": 1,
    "duplicate_comment_share": 1,
    "comment_text_diversity": -1,
    "recurring_commenter_share": 0,
    "pod_comment_share": 1,
    # Not learned from: regular_low_effort_share and regular_delay_spread (a pod outside the
    # first hour: regulars' low-effort comments at steady delays). Learned, they made a
    # genuine creator with three habitual check-in fans (打卡, 来了, 沙发 at about the same
    # time after each post) likely_fraudulent (a reviewer's records); timing alone cannot tell
    # a pod from habitual fans, so COMMENT_POD reports that pattern as a low-severity fact.
    "recurring_substantive_share": -1,
    # Not early_comment_share: how fast a genuine audience comments is the platform's and the
    # scrape's, not fraud's; on an outside generator whose genuine audiences comment within the
    # hour (cn: median 50%), it made 16-20% of the genuine creators likely_fraudulent. The
    # first hour's low-effort comments against the others' carries the same evidence (ROC-AUC
    # 0.64-0.68 alone on ours and the first three outside generators) with the genuine
    # creators at about 0 on every generator.
    "early_low_effort_excess": 1,
    "creator_reply_rate": -1,
    "digit_heavy_commenter_share": 1,
    "spam_campaign_share": 1,
    "mutual_boost_cue_share": 1,
    # Not learned from: commenter_cross_mention_share and template_similarity_share run the
    # other way on all three outside generators (genuine creators higher: ROC-AUC 0.32-0.44),
    # whose genuine comments are written from templates and @-mention each other. Retried with
    # the training generators (session 38): template similarity lifts machine praise (+.05 to
    # +.37) and makes 6-8.5% of `global`'s genuine creators likely_fraudulent with everything
    # given, even learned from the training generators alone (an organised fan base's slogans
    # look the same); comment_length_median gains about a refit's drift and lets more fraud
    # through as authentic (reports/creator-candidates.md, session 38).
    # audience
    "fake_follower_share": 1,
    "likely_fake_follower_share": 1,
    # Not mass_follower_share (sampled followers following 1,500+ accounts): the model gave it
    # no weight, then, refitted on data where 45 of 10,000 creators could differ (3 December,
    # platform ids read as ids), 0.3+ log-odds, which made MASS_FOLLOWERS a red flag on 11% of
    # `holdout`'s genuine creators (`suspicious` 8.2% -> 17.8% with everything given). Its
    # direction is no one's: over the 0.3 the reason fires at, 13% of `holdout`'s genuine
    # creators and 11% of its fraud ones, at most 1.6% of ours or the other generators'
    # (genuine or fraud). Dropped (refit at seed 7 on blind / holdout / cn / global / subtle,
    # everything given: 0.960 / 0.894 / 0.814 / 0.817 / 0.640 against 0.962 / 0.890 / 0.813 /
    # 0.813 / 0.640; holdout genuine likely_fraudulent 1.5% -> 0.3%). MASS_FOLLOWERS is still
    # reported, as a fact (low). Retried with the ten training generators (session 39, with
    # following_repeat_share and three follower-history shapes, which the model does not learn
    # from either): with everything given `final` .932 -> .937, but 1.7% of `holdout`'s genuine
    # creators likely_fraudulent (0.1% without) and, without mass followers, 2.4% of `cn`'s
    # (0.9%): not kept (reports/creator-candidates.md, "session 39").
    "empty_account_share": 1,
    "young_account_share": 1,
    "digit_heavy_username_share": 1,
    # added (see above)
    "engagement_volatility": 0,
    # engagement_rate_median: learned from session 37 to 51, left out since (see the end)
    "n_follower_spike_days": 0,
    "follower_spike_z": 0,
    "follower_elevated_window_ratio": 0,
    # The profile's two counts, which every source gives (session 38). Left out while the model
    # learned from our simulator alone: they measured differently across the first three
    # outside generators. With the six training generators beside ours, the model learns from
    # them what transfers: engagement too low for the follower count (the rate against the
    # size, not against our norm table alone) and following far past the followers
    # (follow-for-follow churn). Refit at seed 7, ROC-AUC with everything given / scraper on
    # the nine outside generators: every one rose, final .923/.790 -> .930/.819, alpha, bravo,
    # charlie .824/.722, .826/.772, .894/.814 -> .841/.760, .841/.799, .909/.837
    # (reports/creator-candidates.md, "session 38").
    # Session 52: the size is the median post's interactions (interactions_log10), not the
    # follower count; the following count itself (following_log10), not its ratio to the
    # followers; the raw engagement_rate_median is left out. The follower count, the ratio
    # and the raw rate each moved when a profile claimed more followers with the same posts,
    # and the model had learned each in the creator's favour there (bigger creators, lower
    # rates and ratios are more often genuine in every generator): 10 times the followers
    # lowered the fraud probability of 66% of the creators probed by more than 0.02 (mean
    # -0.052), and made 107 of 900 scraper rows, 158 with a follower sample and 130 with
    # everything `authentic`. Now a bigger claim moves mostly the rate against the norm (and
    # the norm's tier): 18% (mean -0.006), and 21, 19 and 29 rows. These figures and the ones
    # below are throwaway refits at seed 7 on a sample of their own (the script, "m20" and the
    # others, was not kept); reports/inflation.md measures the shipped model on another sample
    # (make inflation: 124 / 149 / 144 -> 19 / 25 / 35 at ten times). Mean ROC-AUC over eight
    # outside generators (`final` not looked at), with everything given / scraper / profile
    # and posts: 0.873 / 0.785 / 0.734 before, 0.873 / 0.784 / 0.730 after (the shipped
    # model's reports/creator.md: 0.872 / 0.784 / 0.734 -> 0.872 / 0.781 / 0.731).
    # Tried: the follower count kept and held to +1 (m4: 0.866 / 0.775 / 0.722, and 13-20% of
    # cn's, bravo's and subtle's fraud `authentic` with profile and posts only); kept free with
    # the following count (m17: 0.875 / 0.794 / 0.743, but 73, 100 and 92 rows); the rate's
    # two sides as one, held to -1 (m19: 7, 5 and 5 rows, 0.871 / 0.781 / 0.731, but a rate
    # far over the norm, as bought likes make it, could then only count for the creator).
    "following_log10": 0,
    "interactions_log10": 0,
}
PARAMS: dict[str, Any] = {
    "objective": "binary",
    # Extremely randomised trees (random split points), a lower learning rate and more rounds:
    # on the blind and holdout generators ROC-AUC rose 0.01-0.02 in every regime (scraper
    # 0.805 -> 0.823 and 0.800 -> 0.825) while our own test split stayed where it was: split
    # points fitted exactly to our simulator's distributions transferred worst.
    "extra_trees": True,
    "learning_rate": 0.05,
    # Shallow trees: as accurate here as deeper ones (0.987 test AUC either way), smoother on
    # data the simulator never made, and ten times cheaper for per-feature contributions.
    "num_leaves": 8,
    "max_depth": 4,
    "min_data_in_leaf": 40,
    "feature_fraction": 0.7,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 1.0,
    "max_bin": 63,
    "verbosity": -1,
    "num_threads": 2,
    "deterministic": True,
    "force_col_wise": True,
}
NUM_ROUNDS = 600
_CHECKS = ("growth", "engagement", "comments", "audience", "profile")
# Fraud does not protect a creator from genuine events: one who buys comments, likes or a pod
# can also have a post go viral, get a shout-out or lose accounts in a purge. The simulator
# gives those events to genuine archetypes only, so the model learned that a follower spike
# explained by its own post rules every fraud out. Before the evidence floor (figures of an
# earlier model, below): on the `final` generator, six bot_comments
# creators that outrank 75-99.9% of the genuine ones on posts and comments outrank only 11-18%
# of them with their follower history (spike_engagement_lift of 2.9-4.0: -3.7 to -4.0 log-odds
# each), and bot_comments' ROC-AUC falls from 0.965 (scraper) to 0.896 (everything). Our own
# test split shows it once such creators exist (training.evaluate.genuine_growth_stress, mean
# of five draws, everything given): bought_likes 0.956 -> 0.916, pod 0.980 -> 0.951,
# mutual_boost 0.972 -> 0.948, bot_comments 0.979 -> 0.968. with_genuine_growth
# trains on such creators (comment and like fraud with a genuine creator's follower history).
# It is NOT the default: it halves that push (-1.5: a lift still rules out the follower
# schemes, and log-odds add, so evidence against one scheme still subtracts from another), and
# it costs where fraud never has genuine events (ROC-AUC with everything given, our test split
# 0.950 -> 0.947, blind 0.945 -> 0.939; holdout 0.893 -> 0.897; final 0.902 -> 0.917; the
# same with LightGBM seed 8). The simulator, not the trainer, is the place for such creators;
# meanwhile the follower history's evidence floor (FOLLOWER_HISTORY_FLOOR) bounds that push
# (genuine_growth_stress, everything given: bought_likes 0.958 -> 0.904 without it, 0.957 ->
# 0.943 with it; reports/creator.md).
FOLLOWER_COMPONENTS = frozenset({"burst", "drip", "follow_churn"})
#: The fraud archetypes none of whose components touches a follower.
FOLLOWER_FREE_FRAUD: frozenset[str] = frozenset(
    name
    for name, parts in COMPONENTS.items()
    if name not in GENUINE_ARCHETYPES and not parts & FOLLOWER_COMPONENTS
)
GROWTH_FEATURES: tuple[str, ...] = tuple(growth.NAMES)
# The least the follower history may add to a creator's log-odds (fraud.model.EvidenceFloor).
# A history whose spikes the creator's own posts explain rules out bought followers, not bought
# comments or likes. In our simulator only genuine creators have organic events, so the model
# learned spike_engagement_lift as worth -3 to -3.5 log-odds on its own, enough to cancel most
# comment evidence. On outside generators whose fraud creators go viral too, the history's
# contributions spread genuine creators over several log-odds without telling them from comment
# and like fraud (that sum alone, cn's bot_comments against its genuine creators: ROC-AUC 0.54),
# and comment fraud lost with everything given what it had in the scraper regime (cn
# bot_comments 0.901 -> 0.813, subtle comment_farm_lure 0.960 -> 0.887). Bayes bounds it: ruling
# out every follower scheme leaves the odds of the fraud that touches no follower, about half
# of ours (log 0.48 = -0.73). Refit at seed 7 with floors none / -2 / -1.5 / -1 / -0.75,
# ROC-AUC with everything given on blind, holdout, cn, global, subtle:
#   .960 .894 .814 .817 .640 / .960 .894 .830 .820 .648 / .959 .895 .835 .819 .652 /
#   .958 .895 .839 .817 .654 / .957 .895 .840 .815 .654
# (scraper and sample regimes unchanged: no history). -1.5 takes most of the gain at a cost of
# .001 on blind (.003 with a history and comments only); `final` was not looked at to choose.
FOLLOWER_HISTORY_FLOOR: float | None = -1.5


def evidence_floors(columns: Sequence[str]) -> list[EvidenceFloor]:
    """The recipe's :class:`EvidenceFloor` s over ``columns``: the follower history's."""
    history = tuple(name for name in columns if name in GROWTH_FEATURES)
    if FOLLOWER_HISTORY_FLOOR is None or not history:
        return []
    return [EvidenceFloor("follower_history", history, FOLLOWER_HISTORY_FLOOR)]


def recipe_model(booster: lgb.Booster, columns: list[str]) -> CreatorModel:
    """``booster`` over ``columns`` as a :class:`CreatorModel` with the recipe's evidence floors,
    not yet calibrated: its :meth:`~CreatorModel.margins` are the ones the shipped model takes."""
    floors = [floor.as_dict() for floor in evidence_floors(columns)]
    manifest = {"feature_names": columns, "thresholds": {}, "evidence_floors": floors}
    return CreatorModel(booster, {}, manifest)


def split(data: LabelledFeatures, seed: int) -> dict[str, np.ndarray]:
    """Row indices of the train / calibration / test splits: creators split 50/25/25,
    stratified by archetype, each creator's rows (one per regime) in one split."""
    frame = data.frame
    first = frame.drop_duplicates("creator")
    creators = first["creator"].to_numpy()
    strata = first["archetype"].to_numpy()
    train, rest = train_test_split(
        np.arange(len(creators)), test_size=0.5, random_state=seed, stratify=strata
    )
    calibration, test = train_test_split(
        rest, test_size=0.5, random_state=seed, stratify=strata[rest]
    )
    creator = frame["creator"].to_numpy()
    return {
        name: np.flatnonzero(np.isin(creator, creators[part]))
        for name, part in (("train", train), ("calibration", calibration), ("test", test))
    }


def with_genuine_growth(frame: pd.DataFrame, seed: int) -> pd.DataFrame:
    """``frame`` with the growth features of every fraud row whose archetype touches no
    follower (:data:`FOLLOWER_FREE_FRAUD`) taken from a genuine row of ``frame`` drawn at
    random among those of the same source and scored regime whose growth check ran.

    Rows without a follower history, and regimes without a genuine donor, stay as they are.
    """
    rng = np.random.default_rng(seed)
    archetype = frame["archetype"].to_numpy()
    ran = frame["ran_growth"].to_numpy(dtype=bool)
    labels = frame["label"].to_numpy()
    recipient = ran & (labels == 1) & np.isin(archetype, sorted(FOLLOWER_FREE_FRAUD))
    donor = ran & (labels == 0)
    group = (frame["source_regime"].astype(str) + "|" + frame["regime"].astype(str)).to_numpy()
    columns = [c for c in GROWTH_FEATURES if c in frame.columns]
    values = frame[columns].to_numpy(copy=True)
    for key in np.unique(group[recipient]):
        to = np.flatnonzero(recipient & (group == key))
        pool = np.flatnonzero(donor & (group == key))
        if len(pool):
            values[to] = values[rng.choice(pool, size=len(to))]
    out = frame.copy()
    out[columns] = values
    return out


def fit_booster(
    train: pd.DataFrame,
    columns: list[str],
    seed: int,
    params: Mapping[str, Any] | None = None,
) -> lgb.Booster:
    """The shipped recipe's LightGBM (:data:`PARAMS`, :data:`NUM_ROUNDS`, the monotone
    directions of :data:`CREATOR_FEATURES`) fitted on the rows of ``train`` over ``columns``,
    uncalibrated. ``params``: LightGBM parameters that replace the recipe's, for candidates
    (``num_boost_round`` replaces :data:`NUM_ROUNDS`)."""
    changed = dict(params or {})
    rounds = int(changed.pop("num_boost_round", NUM_ROUNDS))
    merged = {
        **PARAMS,
        "seed": seed,
        # Ablations may name other pipeline features: those are left unconstrained (0).
        "monotone_constraints": [CREATOR_FEATURES.get(name, 0) for name in columns],
        "monotone_constraints_method": "advanced",
        **changed,
    }
    dataset = lgb.Dataset(
        train[columns].to_numpy(), label=train["label"].to_numpy(), feature_name=columns
    )
    return lgb.train(merged, dataset, num_boost_round=rounds)


def fit_creator_model(
    train: pd.DataFrame,
    calibration: pd.DataFrame,
    seed: int,
    features: list[str] | None = None,
    genuine_growth: bool = False,
    booster: lgb.Booster | None = None,
    params: Mapping[str, Any] | None = None,
) -> CreatorModel:
    """Fit LightGBM on ``train``, then Platt and thresholds per regime on ``calibration``.

    Both frames are :class:`LabelledFeatures` frames; rows with no behavioural check are left
    out. ``features`` (default :data:`CREATOR_FEATURES`) picks the columns, for ablations.
    ``genuine_growth``: train on :func:`with_genuine_growth` of ``train`` (a candidate, not
    the recipe; calibration is left as simulated). ``booster``: a booster fitted before over
    the same columns, kept as it is (only calibration and thresholds are refit: after a change
    to the verdict rule, ``python -m training.train --recalibrate``). ``params``: see
    :func:`fit_booster`.
    """
    columns = list(features or CREATOR_FEATURES)
    train = train[train["sufficient"].to_numpy(dtype=bool)]
    if genuine_growth:
        train = with_genuine_growth(train, seed)
    calibration = calibration[calibration["sufficient"].to_numpy(dtype=bool)]
    if booster is None:
        booster = fit_booster(train, columns, seed, params)
    model = recipe_model(booster, columns)
    margins = model.margins(calibration[columns].to_numpy())
    labels = calibration["label"].to_numpy()
    regimes = calibration["regime"].to_numpy()
    platt = {"default": fit_platt(margins, labels)}
    for regime in REGIMES:
        inside = regimes == regime
        if inside.sum() >= 200 and 0 < labels[inside].mean() < 1:
            platt[regime] = fit_platt(margins[inside], labels[inside])
    model.calibration = platt
    probabilities = model.calibrate(margins, list(regimes))
    red = red_flags(model, calibration)
    model.thresholds = {"default": choose_thresholds(probabilities, labels, red)}
    for regime in REGIMES:
        inside = regimes == regime
        if inside.sum() >= 200 and 0 < labels[inside].mean() < 1:
            model.thresholds[regime] = choose_thresholds(
                probabilities[inside],
                labels[inside],
                red[inside],
                THIN_REGIME_MAX_FPR if regime in THIN_REGIMES else LIKELY_FRAUDULENT_MAX_FPR,
            )
    # A regime the calibration data never held gets the strictest cut-offs seen.
    model.thresholds["default"] = Thresholds(
        suspicious=max(t.suspicious for t in model.thresholds.values()),
        likely_fraudulent=max(t.likely_fraudulent for t in model.thresholds.values()),
        authentic_below=min(t.authentic_cut for t in model.thresholds.values()),
    )
    model.manifest["threshold_rule"] = (
        "per regime, on the calibration split: at most "
        f"{LIKELY_FRAUDULENT_MAX_FPR:.2%} of genuine creators likely_fraudulent "
        f"({THIN_REGIME_MAX_FPR:.1%} in {', '.join(THIN_REGIMES)}), at most "
        f"{SUSPICIOUS_MAX_FPR:.0%} suspicious or worse, at most {AUTHENTIC_MAX_MISS:.0%} of "
        "fraud authentic; where the last two cannot both hold, the band between is "
        "insufficient_data"
    )
    return model


def red_flags(model: CreatorModel, frame: pd.DataFrame) -> np.ndarray:
    """Per row: would a fraud reason of medium or high severity stand (the scorer's rule)?"""
    names = list(model.feature_names)
    _, contributions = model.margins_and_contributions(frame[names].to_numpy())
    value_names = [c for c in frame.columns if c in set(FEATURE_NAMES)]
    values = cast(list[dict[str, float]], frame[value_names].to_dict("records"))
    ran = frame[[f"ran_{c}" for c in _CHECKS]].to_numpy(dtype=bool)
    out = np.zeros(len(frame), dtype=bool)
    for i, (row_values, row_contrib) in enumerate(zip(values, contributions, strict=True)):
        checks = {c for c, r in zip(_CHECKS, ran[i], strict=True) if r}
        out[i] = red_flag_from_values(
            row_values, dict(zip(names, row_contrib[:-1], strict=True)), checks
        )
    return out


def frame_verdicts(model: CreatorModel, frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """Fraud probabilities and verdicts of every row, exactly as the scorer gives them."""
    regimes = [None if r == "none" else r for r in frame["regime"]]
    p = model.predict_proba(frame[list(model.feature_names)].to_numpy(), regimes)
    red = red_flags(model, frame)
    doubt = engagement_doubts(frame)
    verdicts = np.array(
        [
            verdict_for(
                float(pi), model.thresholds_for(r), r is not None, bool(flag), bool(held)
            ).value
            for pi, r, flag, held in zip(p, regimes, red, doubt, strict=True)
        ]
    )
    return p, verdicts


def engagement_doubts(frame: pd.DataFrame) -> np.ndarray:
    """Per row: :func:`fraud.reasons.engagement_doubt` (the scorer's rule, from the row's
    feature values and the checks that ran)."""
    z = frame["engagement_rate_z"].to_numpy(dtype=float)
    ran = frame[[f"ran_{c}" for c in _CHECKS]].to_numpy(dtype=bool)
    return np.array(
        [
            engagement_doubt(
                {"engagement_rate_z": float(value)},
                {c for c, r in zip(_CHECKS, row, strict=True) if r},
            )
            for value, row in zip(z, ran, strict=True)
        ],
        dtype=bool,
    )


@dataclass(frozen=True)
class FittedModel:
    """A model fitted on the train split, with the test rows' probabilities and verdicts."""

    model: CreatorModel
    parts: dict[str, np.ndarray]
    test: np.ndarray  # test row indices
    test_probabilities: np.ndarray
    test_verdicts: np.ndarray


def fit_on_splits(
    data: LabelledFeatures,
    seed: int,
    *,
    extra: Sequence[LabelledFeatures] = (),
    genuine_growth: bool = False,
    booster: lgb.Booster | None = None,
    params: Mapping[str, Any] | None = None,
) -> FittedModel:
    """Split, fit on train, calibrate on calibration, and score the test rows: make train's
    recipe (``genuine_growth``, ``booster``, ``params``: see :func:`fit_creator_model`).
    ``extra``: the creators of other generators (:mod:`training.generators`), all added to the
    train split; calibration and test stay ``data``'s."""
    parts = split(data, seed)
    frame = data.frame
    model = fit_creator_model(
        pd.concat([frame.iloc[parts["train"]], *(e.frame for e in extra)], ignore_index=True)
        if extra
        else frame.iloc[parts["train"]],
        frame.iloc[parts["calibration"]],
        seed,
        genuine_growth=genuine_growth,
        booster=booster,
        params=params,
    )
    test = parts["test"]
    probabilities, verdicts = frame_verdicts(model, frame.iloc[test])
    return FittedModel(model, parts, test, probabilities, verdicts)


def choose_thresholds(
    probabilities: np.ndarray,
    labels: np.ndarray,
    red_flag: np.ndarray | None = None,
    likely_max_fpr: float = LIKELY_FRAUDULENT_MAX_FPR,
) -> Thresholds:
    """Cut-offs within the limits: genuine creators' false-positive rates, fraud's miss rate.

    ``red_flag`` marks rows the verdict rule calls suspicious rather than authentic whatever
    their probability (a medium or high fraud reason), so they count as caught.
    """
    genuine = np.sort(probabilities[labels == 0])
    red = np.zeros(len(labels), dtype=bool) if red_flag is None else red_flag
    fraud = np.sort(probabilities[(labels == 1) & ~red])
    n_fraud = max(int((labels == 1).sum()), 1)

    def cut(max_fpr: float, floor: float) -> float:
        allowed = int(np.floor(max_fpr * len(genuine)))
        # Flag only probabilities strictly above the (allowed+1)-th highest genuine score.
        value = genuine[len(genuine) - allowed - 1] if len(genuine) > allowed else 0.0
        return float(max(np.nextafter(value, 1.0), floor))

    likely = cut(likely_max_fpr, 0.5)
    suspicious = min(cut(SUSPICIOUS_MAX_FPR, 0.25), likely)
    # Authentic below the lowest fraud probability past the allowed misses.
    allowed = int(np.floor(AUTHENTIC_MAX_MISS * n_fraud))
    authentic = float(fraud[allowed]) if len(fraud) > allowed else suspicious
    authentic = min(authentic, suspicious)
    # Four decimals for the manifest, rounded so the limits still hold: a flag cut-off
    # rounded down could flag the genuine creator it was chosen to stop at, an authentic
    # cut-off rounded up could call the fraud creator at it authentic.
    return Thresholds(
        suspicious=round_cut(suspicious, up=True),
        likely_fraudulent=round_cut(likely, up=True),
        authentic_below=round_cut(authentic, up=False),
    )


def round_cut(value: float, *, up: bool, places: int = 4) -> float:
    """``value`` to ``places`` decimals, never below it (``up``) or never above it.

    >>> round_cut(0.82132, up=True), round_cut(0.82138, up=False)
    (0.8214, 0.8213)
    """
    step = 10.0**-places
    rounded = round(value, places)
    if up and rounded < value:
        rounded = round(rounded + step, places)
    elif not up and rounded > value:
        rounded = round(rounded - step, places)
    return rounded


def verdict_metrics(
    probabilities: np.ndarray, labels: np.ndarray, verdicts: np.ndarray
) -> dict[str, Any]:
    """ROC-AUC and Brier of the probabilities; error rates and coverage of the verdicts. The
    ROC-AUC and the two error rates carry their 95% intervals (``*_95``: DeLong's and
    Wilson's, :mod:`training.stats`), the spread another draw of as many creators from the
    same source would give."""
    genuine = labels == 0
    decided = verdicts != "insufficient_data"
    both = len(set(labels.tolist())) == 2
    flagged = verdicts[genuine] == "likely_fraudulent"  # genuine creators flagged
    passed = verdicts[~genuine] == "authentic"  # fraud creators passed
    interval = auc_interval(labels, probabilities) if both else None
    return {
        "n": len(labels),
        "n_fraud": int(labels.sum()),
        "roc_auc": round(float(roc_auc_score(labels, probabilities)), 4) if both else None,
        "roc_auc_95": None if interval is None else _rounded(interval[1:]),
        "brier": round(float(brier_score_loss(labels, probabilities)), 4),
        "genuine_likely_fraudulent": round(float(flagged.mean()), 4),
        "genuine_likely_fraudulent_95": _rounded(share_interval(int(flagged.sum()), len(flagged))),
        "fraud_authentic": round(float(passed.mean()), 4),
        "fraud_authentic_95": _rounded(share_interval(int(passed.sum()), len(passed))),
        "fraud_likely_fraudulent": round(
            float((verdicts[~genuine] == "likely_fraudulent").mean()), 4
        ),
        "genuine_authentic": round(float((verdicts[genuine] == "authentic").mean()), 4),
        "coverage": round(float(decided.mean()), 4),
    }


def _rounded(interval: tuple[float, ...]) -> list[float]:
    return [round(bound, 4) for bound in interval]


def by_regime(
    frame: pd.DataFrame,
    probabilities: np.ndarray,
    verdicts: np.ndarray,
    column: str = "source_regime",
) -> dict[str, dict[str, Any]]:
    """:func:`verdict_metrics` per regime (``column``), over rows with a behavioural check."""
    out = {}
    values = frame[column].to_numpy()
    labels = frame["label"].to_numpy()
    for regime in dict.fromkeys(values.tolist()):
        inside = values == regime
        if labels[inside].sum() and (labels[inside] == 0).sum():
            out[str(regime)] = verdict_metrics(
                probabilities[inside], labels[inside], verdicts[inside]
            )
    return out


def by_archetype(frame: pd.DataFrame, verdicts: np.ndarray) -> dict[str, dict[str, Any]]:
    """Share of each verdict per archetype."""
    archetypes = frame["archetype"].to_numpy()
    out = {}
    for name in sorted(set(archetypes.tolist())):
        inside = verdicts[archetypes == name]
        out[str(name)] = {
            "n": len(inside),
            **{
                v: round(float((inside == v).mean()), 3)
                for v in ("authentic", "suspicious", "likely_fraudulent", "insufficient_data")
            },
        }
    return out


def _licences(root: Path) -> dict[str, Any]:
    licences: dict[str, Any] = {}
    for name in (ACCOUNTS_MODEL_DIR, COMMENTS_MODEL_DIR):
        if name not in paths.model_components(root):
            licences[name] = "not in this model set"
            continue
        manifest = open_verified(root / name)
        for key in ("licenses", "licences", "datasets", "training_data"):
            if key in manifest:
                licences[name] = manifest[key]
                break
    return licences


def _check_commercial_components(root: Path) -> None:
    """Refuse ``--commercial-only`` unless every component model present is cleared."""
    for name in paths.model_components(root, (ACCOUNTS_MODEL_DIR, COMMENTS_MODEL_DIR)):
        if open_verified(root / name).get("commercial_use_ok") is not True:
            raise SystemExit(f"--commercial-only: {root / name} is not cleared for commercial use")


def recipe_differs(
    manifest: Mapping[str, Any],
    seed: int,
    data_sha256: str,
    generators: Mapping[str, Any] | None = None,
) -> str | None:
    """How the model of ``manifest`` was not fitted by this recipe (:data:`PARAMS`,
    :data:`NUM_ROUNDS`, :data:`CREATOR_FEATURES` with their monotone directions) with ``seed``
    on the data of ``data_sha256`` and the other generators' creators of ``generators`` (their
    :func:`training.generators.recipe`; None: not checked); None when it was (its booster is
    then the one this recipe fits, up to the CPU's last digits)."""
    params = json.loads(json.dumps({**PARAMS, "num_boost_round": NUM_ROUNDS, "seed": seed}))
    training_data = manifest.get("training_data", {})
    trained_on = training_data.get("simulated_creators", {}).get("sha256")
    if trained_on != data_sha256:
        return f"fitted on data {str(trained_on)[:8]}, not {data_sha256[:8]}"
    if generators is not None and training_data.get("other_generators", {}) != dict(generators):
        return "fitted with other generators' creators than training.generators makes now"
    if manifest.get("params") != params:
        return f"fitted with other parameters or seed ({manifest.get('params')})"
    if list(manifest.get("feature_names", ())) != list(CREATOR_FEATURES) or manifest.get(
        "monotone_constraints"
    ) != dict(CREATOR_FEATURES):
        return "fitted on other features or monotone directions"
    return None


def features_differ(manifest: Mapping[str, Any], digest: str) -> str | None:
    """How the features the model of ``manifest`` was fitted on differ from today's
    (``digest``: :func:`training.creator_data.features_sha256` of the same creators now);
    None when they are the same, so ``make train`` would fit this very booster again."""
    recorded = manifest.get("training_data", {}).get("features_sha256")
    if recorded is None:
        return "its manifest records no digest of the features it was fitted on"
    if recorded != digest:
        return (
            f"it was fitted on features ({recorded[:12]}) other than today's code makes of the"
            f" same creators ({digest[:12]}): the feature code changed after it was trained, and"
            " make train would fit another booster"
        )
    return None


def _kept_booster(
    directory: Path, seed: int, data_sha256: str, generators: Mapping[str, Any] | None = None
) -> CreatorModel:
    """The model in ``directory``, whose booster ``--recalibrate`` keeps: this recipe must
    have fitted it with ``seed`` on the same data (else the calibration split could hold
    rows the booster learned from)."""
    model = CreatorModel.load(directory)
    differs = recipe_differs(model.manifest, seed, data_sha256, generators)
    if differs is not None:
        raise SystemExit(f"--recalibrate: {directory} was {differs}; retrain instead")
    return model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Train the creator model (make train).")
    parser.add_argument("--data", type=Path, default=DEFAULT_CREATORS)
    parser.add_argument("--out", type=Path, default=None, help="default: models/creator")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--commercial-only",
        action="store_true",
        help="say commercial_use_ok: the creators were simulated with --commercial-only and"
        " every component model of the set ($FRAUD_MODELS) is cleared (checked)",
    )
    parser.add_argument(
        "--recalibrate",
        action="store_true",
        help="keep the booster of the model in --out as it is and refit only its calibration"
        " and thresholds (after a change to the verdict rule; the data must be the booster's)",
    )
    args = parser.parse_args(argv)
    root = models_dir()
    if args.commercial_only:
        _check_commercial_components(root)
    out = args.out or root / CREATOR_MODEL_DIR

    data = load_labelled_features(args.data)
    frames, generators = training_generators.load()
    extra = list(frames.values())
    now = datetime.now(UTC)
    version = f"{now:%Y%m%d}-{data.source_sha256[:8]}"
    kept = (
        _kept_booster(out, args.seed, data.source_sha256, generators) if args.recalibrate else None
    )
    origin: dict[str, Any] = {}
    if kept is not None:
        # where the booster was fitted (carried over a recalibration of a recalibration)
        origin = kept.manifest.get("booster_kept_from") or {
            "version": kept.version,
            "created_at": kept.manifest.get("created_at"),
        }
        # a distinct version: the store keys scores by it, and these thresholds are new
        version = f"{origin['version']}.cal{now:%Y%m%d%H%M}"
    fitted = fit_on_splits(
        data, args.seed, extra=extra, booster=None if kept is None else kept.booster
    )
    model, parts, frame = fitted.model, fitted.parts, data.frame
    test_frame = frame.iloc[fitted.test]
    regimes = by_regime(test_frame, fitted.test_probabilities, fitted.test_verdicts)
    n_creators = int(frame["creator"].nunique())
    manifest = model.save(
        out,
        name="creator-fraud",
        version=version,
        model_type="LightGBM binary classifier on every data regime, Platt-calibrated per regime",
        params={**PARAMS, "num_boost_round": NUM_ROUNDS, "seed": args.seed},
        monotone_constraints=CREATOR_FEATURES,
        regimes={
            "given": {k: list(v) for k, v in SOURCE_REGIMES.items()},
            "scored_as": list(REGIMES),
            "rule": "the regime is set by the checks that ran (fraud.model.data_regime)",
        },
        training_data={
            "simulated_creators": {
                "path": str(args.data.relative_to(args.data.parents[2]))
                if len(args.data.parents) > 2
                else str(args.data),
                "sha256": data.source_sha256,
                "n": n_creators,
                "n_rows": len(frame),
                "by_archetype": frame.drop_duplicates("creator")["archetype"]
                .value_counts()
                .sort_index()
                .to_dict(),
                "generator": "training/simulate.py, each creator under every source regime",
            },
            # their creators join the train split only (training/generators)
            "other_generators": generators,
            # what the feature code made of both (training.creator_data.features_sha256)
            "features_sha256": features_sha256([frame, *(e.frame for e in extra)]),
            "component_models": _licences(root),
        },
        splits={k: int(frame.iloc[v]["creator"].nunique()) for k, v in parts.items()},
        prior_fraud_rate=round(float(frame.drop_duplicates("creator")["label"].mean()), 4),
        metrics={"test_by_regime": regimes},
        commercial_use_ok=bool(args.commercial_only),
        **(
            {}
            if kept is None
            else {
                "booster_kept_from": {
                    **origin,
                    "note": "booster kept as it was (--recalibrate): calibration and"
                    " thresholds refit on this code's verdict rule",
                }
            }
        ),
    )
    print(
        json.dumps({"version": manifest["version"], "thresholds": manifest["thresholds"]}, indent=1)
    )
    for name, row in regimes.items():
        print(name, row)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
