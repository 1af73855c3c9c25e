"""Behavioural tests of the follower-level fake classifier (fraud.audience)."""

from __future__ import annotations

import json
import math
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from fraud.artifacts import ArtifactError
from fraud.audience import (
    ACCOUNT_FEATURE_NAMES,
    MODEL_FILE,
    FollowerModel,
    account_features,
    has_random_tail,
    is_default_username,
    username_features,
)
from fraud.features.audience import AUDIENCE_TYPES, audience_types, wilson_interval
from fraud.paths import ACCOUNTS_MODEL_DIR, MODELS_DIR
from fraud.schema import Account, CreatorRecord
from training import train_accounts
from training.datasets import accounts_from_frame, load_labelled_accounts

from .conftest import load_sample

AS_OF = date(2025, 1, 1)

SUSPICIOUS = Account(
    username="jessica83920174",
    followers=2,
    following=3000,
    posts=0,
    has_avatar=False,
    bio="",
)
ESTABLISHED = Account(
    username="anna.lindqvist",
    display_name="Anna Lindqvist",
    followers=500,
    following=300,
    posts=300,
    has_avatar=True,
    bio="Architect in Malmö. Coffee, bikes and old houses.",
    created_at=date(2016, 5, 1),
)


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A model trained by the real command into a temporary directory."""
    directory = tmp_path_factory.mktemp("accounts_model")
    assert train_accounts.main(["--out", str(directory), "--seed", "1"]) == 0
    return directory


@pytest.fixture(scope="module")
def model(model_dir: Path) -> FollowerModel:
    return FollowerModel.load(model_dir)


# --- features ------------------------------------------------------------------------------


def test_feature_columns_are_the_public_names() -> None:
    frame = account_features([ESTABLISHED, SUSPICIOUS], as_of=AS_OF)
    assert tuple(frame.columns) == ACCOUNT_FEATURE_NAMES
    assert frame.shape == (2, len(ACCOUNT_FEATURE_NAMES))
    assert account_features([], as_of=AS_OF).shape == (0, len(ACCOUNT_FEATURE_NAMES))


def test_cjk_usernames_count_characters_not_bytes() -> None:
    n_characters, digit_share, n_trailing, entropy, default, tail = username_features(
        "小鱼儿爱吃鱼"
    )
    assert n_characters == 6
    assert digit_share == 0.0 and n_trailing == 0.0 and default == 0.0 and tail == 0.0
    # 5 distinct characters, 鱼 twice: entropy over characters of any script.
    assert entropy == pytest.approx(-(4 * (1 / 6) * math.log2(1 / 6) + (2 / 6) * math.log2(2 / 6)))
    assert username_features("用户123456789")[:3] == (11.0, 9 / 11, 9.0)
    # Full-width digits are digits too.
    assert username_features("ｌｉｎ１２３")[1] == pytest.approx(0.5)


@pytest.mark.parametrize(
    "name",
    [
        "用户123456789",
        "用户7364920183",
        "手机用户5520319",
        "user8273645",
        "bili_19283746",
        "小红薯63A4B2C1",
    ],
)
def test_platform_default_names_are_flagged(name: str) -> None:
    assert is_default_username(name)
    assert username_features(name)[4] == 1.0


@pytest.mark.parametrize(
    "name", ["小鱼儿爱吃鱼", "anna_wang80", "用户", "userfriendly", "李明2020"]
)
def test_chosen_names_are_not_flagged(name: str) -> None:
    assert not is_default_username(name)


@pytest.mark.parametrize(
    "name", ["等待坤哥2tz847", "坤爱音乐6IL769", "神隐小坤9VJ573", "Ozy291的号b2c9"]
)
def test_word_plus_random_tail_is_flagged(name: str) -> None:
    assert has_random_tail(name)
    assert username_features(name)[5] == 1.0


@pytest.mark.parametrize(
    "name",
    ["anna_wang80", "dom92style", "蓝梦0802", "星溪头113", "布丁茶lcsxyk", "AKL06", "小jess"],
)
def test_people_adding_numbers_is_not_a_random_tail(name: str) -> None:
    assert not has_random_tail(name)


def test_missing_fields_give_nan_not_zero() -> None:
    bare = Account(followers=10, following=20, posts=0)
    row = account_features([bare], as_of=AS_OF).iloc[0]
    for name in ACCOUNT_FEATURE_NAMES:
        if name.startswith("log_") and name != "log_posts_per_day":
            assert not math.isnan(row[name]), name
        else:
            assert math.isnan(row[name]), name
    # Known-empty is not unknown: an empty bio has length 0, a False flag is 0.
    known = Account(followers=1, following=1, posts=1, bio="", has_avatar=False)
    row = account_features([known], as_of=AS_OF).iloc[0]
    assert row["bio_length"] == 0.0 and row["has_avatar"] == 0.0


def test_dates_are_measured_from_as_of() -> None:
    account = Account(
        followers=1,
        following=1,
        posts=10,
        created_at=date(2024, 12, 22),
        last_post_at=date(2024, 12, 30),
    )
    row = account_features([account], as_of=AS_OF).iloc[0]
    assert row["account_age_days"] == 10
    assert row["days_since_last_post"] == 2
    assert row["log_posts_per_day"] == pytest.approx(math.log1p(1.0))
    future = account.model_copy(update={"created_at": date(2026, 1, 1)})
    assert account_features([future], as_of=AS_OF).iloc[0]["account_age_days"] == 0


def test_display_name_similarity() -> None:
    same = ESTABLISHED.model_copy(update={"display_name": "anna.lindqvist"})
    other = ESTABLISHED.model_copy(update={"display_name": "张伟"})
    rows = account_features([same, other], as_of=AS_OF)["display_name_similarity"]
    assert rows.iloc[0] == 1.0
    assert rows.iloc[1] == 0.0


# --- datasets ------------------------------------------------------------------------------


def test_labelled_rows_are_valid_accounts_and_instafake_can_be_left_out() -> None:
    frame = load_labelled_accounts()
    accounts = accounts_from_frame(frame)
    assert len(accounts) == len(frame)
    assert set(frame["dataset"]) == {"cresci2015", "instafake", "kaggle_instagram", "weibo_cxk"}
    assert set(frame["is_fake"]) == {0, 1}
    without = load_labelled_accounts(include_instafake=False)
    assert "instafake" not in set(without["dataset"])
    # Placeholder usernames keep InstaFake's recorded length and digit count.
    insta = frame[frame["dataset"] == "instafake"]
    first = json.loads(
        (
            Path(__file__).resolve().parents[1] / "data/raw/instafake/fakeAccountData.json"
        ).read_text()
    )[0]
    username = insta.iloc[0]["username"]
    assert len(username) == first["usernameLength"]
    assert sum(ch.isdigit() for ch in username) == first["usernameDigitCount"]


def test_training_blanks_made_up_username_features() -> None:
    frame = load_labelled_accounts()
    features = train_accounts.training_features(frame)
    column = {name: i for i, name in enumerate(ACCOUNT_FEATURE_NAMES)}
    synthetic = (frame["username_source"] != "real").to_numpy()
    assert np.isnan(features[synthetic, column["username_letter_entropy"]]).all()
    assert np.isnan(features[synthetic, column["username_trailing_digits"]]).all()
    assert not np.isnan(features[~synthetic, column["username_letter_entropy"]]).any()


# --- model ---------------------------------------------------------------------------------


def test_obvious_fake_scores_above_established_account(model: FollowerModel) -> None:
    fake_probability = model.predict_proba([SUSPICIOUS, ESTABLISHED], as_of=AS_OF)
    assert fake_probability[0] > 0.8
    assert fake_probability[1] < 0.2
    assert fake_probability[0] > fake_probability[1]


def test_chinese_default_name_follower_scores_above_genuine_chinese_user(
    model: FollowerModel,
) -> None:
    bot = Account(username="用户7364920183", followers=3, following=1200, posts=0, has_avatar=False)
    person = Account(
        username="小鱼儿爱吃鱼",
        followers=420,
        following=260,
        posts=180,
        has_avatar=True,
        bio="设计师",
    )
    fake_probability = model.predict_proba([bot, person], as_of=AS_OF)
    assert fake_probability[0] > fake_probability[1]


def test_predictions_are_probabilities_in_input_order(model: FollowerModel) -> None:
    accounts = accounts_from_frame(
        load_labelled_accounts(include_instafake=False).sample(50, random_state=0)
    )
    fake_probability = model.predict_proba(accounts, as_of=AS_OF)
    assert fake_probability.shape == (50,)
    assert ((fake_probability >= 0) & (fake_probability <= 1)).all()
    reversed_probability = model.predict_proba(accounts[::-1], as_of=AS_OF)
    np.testing.assert_allclose(reversed_probability[::-1], fake_probability)
    assert model.predict_proba([], as_of=AS_OF).shape == (0,)


def test_manifest_records_features_data_and_licences(model: FollowerModel) -> None:
    manifest = model.manifest
    assert tuple(manifest["feature_names"]) == ACCOUNT_FEATURE_NAMES
    assert manifest["seed"] == 1
    assert set(manifest["training_data"]) == {
        "cresci2015",
        "instafake",
        "kaggle_instagram",
        "weibo_cxk",
    }
    assert manifest["commercial_use_ok"] is False
    assert all(not d["commercial_use"] for d in manifest["training_data"].values())
    assert "NonCommercial" in manifest["training_data"]["instafake"]["licence"] or (
        "non-commercial" in manifest["training_data"]["instafake"]["licence"]
    )
    assert all(len(h) == 64 for h in manifest["training_data_sha256"].values())


def test_load_refuses_a_tampered_model(model_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "tampered"
    shutil.copytree(model_dir, copy)
    with (copy / MODEL_FILE).open("a", encoding="utf-8") as handle:
        handle.write("\n")
    with pytest.raises(ArtifactError, match="does not match"):
        FollowerModel.load(copy)


def test_load_refuses_a_directory_without_manifest(tmp_path: Path) -> None:
    with pytest.raises(ArtifactError):
        FollowerModel.load(tmp_path)


def test_batched_prediction_equals_one_sample_at_a_time(model: FollowerModel) -> None:
    first = [
        SUSPICIOUS.model_copy(update={"username": f"follower{i}x", "followers": i})
        for i in range(30)
    ]
    second = [SUSPICIOUS.model_copy(update={"posts": i}) for i in range(7)]
    batched = model.predict_proba_many([(first, AS_OF), (second, None)])
    assert np.allclose(batched[0], model.predict_proba(first, as_of=AS_OF))
    assert np.allclose(batched[1], model.predict_proba(second))


@pytest.mark.skipif(
    not (MODELS_DIR / ACCOUNTS_MODEL_DIR / "manifest.json").is_file(),
    reason="no committed model (python -m training.train_accounts)",
)
def test_committed_model_loads_and_ranks() -> None:
    committed = FollowerModel.load(MODELS_DIR / ACCOUNTS_MODEL_DIR)
    fake_probability = committed.predict_proba([SUSPICIOUS, ESTABLISHED], as_of=AS_OF)
    assert fake_probability[0] > fake_probability[1]


# --- Weibo data, platform fields, calibration families -----------------------------------


def test_weibo_rows_keep_labels_counts_and_weibo_fields() -> None:
    weibo = load_labelled_accounts()
    weibo = weibo[weibo["dataset"] == "weibo_cxk"]
    # 376 normal + 1,856 fake; the single undocumented label-1 row is dropped.
    assert (weibo["is_fake"] == 0).sum() == 376 and (weibo["is_fake"] == 1).sum() == 1856
    first = weibo[weibo["id"] == "weibo_cxk:6941098054"].iloc[0]
    assert first["username"] == "等待坤哥2tz847" and first["is_fake"] == 1
    assert (first["followers"], first["following"], first["posts"]) == (1, 0, 32)
    assert first["created_at"] == date(2019, 1, 15)
    assert (first["platform_level"], first["membership_level"], first["credit_rating"]) == (3, 0, 0)
    assert first["bio"] == "" and first["has_avatar"] is None
    # Credit is empty where the crawler did not read it: None, not "low".
    assert weibo["credit_rating"].isna().sum() == 1496
    other = load_labelled_accounts()
    assert other[other["dataset"] != "weibo_cxk"]["platform_level"].isna().all()


def test_commercial_only_leaves_nothing_and_refuses_to_train(tmp_path: Path) -> None:
    assert load_labelled_accounts(commercial_only=True).empty
    assert train_accounts.main(["--commercial-only", "--out", str(tmp_path / "m")]) == 2
    assert not (tmp_path / "m").exists()


def test_weibo_fields_are_optional(model: FollowerModel) -> None:
    bot = Account(username="等待坤哥2tz847", followers=1, following=0, posts=32, bio="")
    person = Account(
        username="你的粉儿", followers=9074, following=258, posts=6633, bio="那些未曾谋面"
    )
    without = model.predict_proba([bot, person], as_of=AS_OF, platform="weibo")
    assert without[0] > 0.5 > without[1]
    with_fields = model.predict_proba(
        [
            bot.model_copy(update={"platform_level": 3, "credit_rating": 0}),
            person.model_copy(update={"platform_level": 42, "membership_level": 6}),
        ],
        as_of=AS_OF,
        platform="weibo",
    )
    assert with_fields[0] > 0.5 > with_fields[1]
    row = account_features([bot], as_of=AS_OF).iloc[0]
    assert math.isnan(row["platform_level"]) and math.isnan(row["credit_rating"])


def test_calibration_family_changes_probabilities_not_ranking(model: FollowerModel) -> None:
    accounts = [SUSPICIOUS, ESTABLISHED, SUSPICIOUS.model_copy(update={"posts": 40})]
    pooled = model.predict_proba(accounts, as_of=AS_OF)
    weibo = model.predict_proba(accounts, as_of=AS_OF, platform="weibo")
    assert model.calibration_family("weibo") == "weibo"
    assert model.calibration_family("douyin") is None
    assert model.calibration_family("other") is None
    assert not np.allclose(pooled, weibo)
    assert (np.argsort(pooled) == np.argsort(weibo)).all()
    batched = model.predict_proba_many([(accounts, AS_OF, "weibo"), (accounts, AS_OF)])
    np.testing.assert_allclose(batched[0], weibo)
    np.testing.assert_allclose(batched[1], pooled)


# --- audience types ------------------------------------------------------------------------


def test_audience_types_are_exclusive_with_intervals() -> None:
    sample = (
        [Account(followers=5, following=100, posts=3)] * 4  # suspicious (by probability)
        + [Account(followers=5000, following=2000, posts=30)] * 3  # mass follower first
        + [Account(followers=5000, following=100, posts=30)] * 2  # influencer
        + [Account(followers=50, following=100, posts=30)] * 11  # real
    )
    fake = np.array([0.9] * 4 + [0.1] * 16)
    types = audience_types(sample, fake, AS_OF)
    shares = [types[f"audience_{t}_share"] for t in AUDIENCE_TYPES]
    assert shares == [0.55, 0.2, 0.15, 0.1]
    assert sum(shares) == pytest.approx(1.0)
    low, high = types["audience_suspicious_ci95"]
    assert (low, high) == pytest.approx(wilson_interval(0.2, 20), abs=1e-3)
    assert "active_follower_share" not in types  # no last-post dates known


def test_active_share_counts_only_known_last_posts() -> None:
    recent = Account(followers=50, following=100, posts=30, last_post_at=date(2024, 12, 1))
    stale = recent.model_copy(update={"last_post_at": date(2024, 1, 1)})
    unknown = recent.model_copy(update={"last_post_at": None})
    sample = [recent] * 6 + [stale] * 4 + [unknown] * 30
    types = audience_types(sample, np.zeros(len(sample)), AS_OF)
    assert types["n_active_known"] == 10
    assert types["active_follower_share"] == 0.6
    low, high = types["active_follower_ci95"]
    assert low < 0.6 < high and high - low > 0.4  # ten dates: a wide interval


def test_scored_creator_reports_audience_types_in_metrics_and_reason(scorer: Any) -> None:
    record = CreatorRecord.model_validate(load_sample("bought_followers_weibo"))
    result = scorer.score(record)
    shares = [result.metrics[f"audience_{t}_share"] for t in AUDIENCE_TYPES]
    assert sum(shares) == pytest.approx(1.0, abs=0.003)
    low, high = result.metrics["audience_suspicious_ci95"]
    assert low <= result.metrics["audience_suspicious_share"] <= high
    audience = [r for r in result.reasons if r.code in ("FAKE_FOLLOWERS", "AUDIENCE_LOOKS_GENUINE")]
    assert audience and "Audience types (each follower counted once" in audience[0].message
    assert "suspicious" in audience[0].message
