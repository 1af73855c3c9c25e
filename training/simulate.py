"""Labelled semi-synthetic creators for training and evaluating the creator model.

No public labelled data exists for follower time series or creator-level fraud, so creators
are simulated; every parameter is listed in ``training/ASSUMPTIONS.md`` with its source or
marked as an assumption. What can be real is real:

* follower samples are drawn from real labelled profiles (cresci-2015, InstaFake, Kaggle;
  :func:`training.datasets.load_labelled_accounts`), genuine accounts for genuine followers
  and bought fake accounts for bought followers;
* comment texts are drawn from real comment sets and the team's labelled set
  (``data/comments/labelled.csv``), by category and language;
* engagement rates are drawn around the platform x tier norms in ``fraud/data``.

The central mechanism: bought followers add to the follower count but never engage, so a
creator's engagement is driven by its *genuine* followers only. Bought likes, bot comments and
pods add interactions without followers. Genuine hard cases (viral posts, giveaways,
shout-outs, purges, celebrities, KOCs) produce the same surface signals for honest reasons.

Organic events and the label. A creator who buys followers, likes or comments can also have a
post go viral, get a shout-out, run a giveaway or lose accounts in a platform purge. By default
(the data the shipped model was trained on) only genuine creators get these events, so an event
says "genuine": the model learned that a follower spike its own post explains rules out every
fraud, comment and like fraud included. ``--label-neutral-events`` (``label_neutral_events``)
makes them carry no label information: each fraud creator draws one organic event from
:data:`ORGANIC_EVENT_SHARES` (viral 0.16, giveaway 0.10, shout-out 0.10, purge 0.10, none 0.54:
the shares of the genuine archetypes that are those events) on top of its fraud scheme, and
every creator of either label not already purged is purged with :data:`BACKGROUND_PURGE`
(0.08), so P(event kind | fraud) = P(event kind | genuine) for every kind (viral 0.16, giveaway
0.10, shout-out 0.10, purge 0.172); each record then lists its ``organic_events``. Genuine
creators come out identical either way. It is the principled simulator but not (yet) the
default: a model trained on it lost 0.016-0.024 ROC-AUC on the outside generators without a
follower history (mean of split seeds 7 and 8) (training/ASSUMPTIONS.md, section 13). Ordinary good days (a 2-5x growth day
now and then) and quietly declining accounts are given to every creator in both modes.

Run ``python -m training.simulate --n 10000 --seed 7 --out data/generated/creators.jsonl``
(``make data``). Each output line is a CreatorRecord plus ``label`` (1 = fraud) and
``archetype``. Deterministic for a seed.
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import orjson
import pandas as pd

from fraud.batch import atomic_output
from fraud.norms import load_norms, size_tier
from fraud.paths import DATA_DIR
from fraud.schema import CreatorRecord, Platform
from training.comment_pools import load_comment_pools
from training.sim_comment_sections import (
    lure_campaign_comments,
    machine_praise_comments,
    mutual_boost_comments,
    organic_spam_comments,
    organic_spam_share,
)

__all__ = [
    "BACKGROUND_PURGE",
    "FRAUD_ARCHETYPES",
    "GENUINE_ARCHETYPES",
    "ORGANIC_EVENTS",
    "ORGANIC_EVENT_SHARES",
    "SOURCE_REGIMES",
    "Pools",
    "as_regime",
    "load_pools",
    "simulate_creator",
    "simulate_creators",
]

GENUINE_ARCHETYPES: dict[str, float] = {
    "steady": 0.20,
    "viral": 0.16,
    "giveaway": 0.10,
    "shoutout": 0.10,
    "purge": 0.10,
    "celebrity": 0.12,
    "koc": 0.14,
    "loyal_community": 0.08,
}
FRAUD_ARCHETYPES: dict[str, float] = {
    "bought_burst": 0.18,
    "bought_drip": 0.15,
    "bought_likes": 0.13,
    "bot_comments": 0.13,
    "pod": 0.13,
    "follow_churn": 0.06,
    "bought_followers_and_likes": 0.10,
    "drip_and_bot_comments": 0.06,
    "burst_and_pod": 0.06,
    # Comment sections as they are on Chinese platforms (training/sim_comment_sections.py):
    "lure_campaign": 0.06,  # bot accounts paste disguised lures under every post
    "mutual_boost": 0.07,  # a mutual-boost group (互赞 / 互关) trades comments
    "machine_comments": 0.07,  # template-written praise bought per post
    # View packages (刷播放量) for some videos: their views jump, their likes hardly move.
    "bought_views": 0.07,
}
# What each archetype does; combinations simply do several things. With label-neutral events a
# fraud creator adds one organic event to its scheme (ORGANIC_EVENT_SHARES); the archetype
# stays the scheme's.
COMPONENTS: dict[str, frozenset[str]] = {
    **{name: frozenset({name}) for name in GENUINE_ARCHETYPES},
    "bought_burst": frozenset({"burst"}),
    "bought_drip": frozenset({"drip"}),
    "bought_likes": frozenset({"likes"}),
    "bot_comments": frozenset({"bot_comments"}),
    "pod": frozenset({"pod"}),
    "follow_churn": frozenset({"follow_churn"}),
    "bought_followers_and_likes": frozenset({"burst", "likes"}),
    "drip_and_bot_comments": frozenset({"drip", "bot_comments"}),
    "burst_and_pod": frozenset({"burst", "pod"}),
    "lure_campaign": frozenset({"lure_campaign"}),
    "mutual_boost": frozenset({"mutual_boost"}),
    "machine_comments": frozenset({"machine_comments"}),
    "bought_views": frozenset({"views"}),
}
FRAUD_SHARE = 0.45
#: The genuine archetypes that are events a creator of either label can have.
ORGANIC_EVENTS: tuple[str, ...] = ("viral", "giveaway", "shoutout", "purge")
#: With label-neutral events, one organic event per fraud creator (or ``"none"``), drawn with
#: the genuine population's shares, so that P(event | fraud) = P(event | genuine): derived from
#: GENUINE_ARCHETYPES so the two cannot drift apart.
ORGANIC_EVENT_SHARES: dict[str, float] = {
    **{
        kind: GENUINE_ARCHETYPES[kind] / sum(GENUINE_ARCHETYPES.values()) for kind in ORGANIC_EVENTS
    },
    "none": 1
    - sum(GENUINE_ARCHETYPES[kind] for kind in ORGANIC_EVENTS) / sum(GENUINE_ARCHETYPES.values()),
}
#: Every genuine creator not already purged (with label-neutral events, every creator) loses
#: accounts in a platform purge with this probability (a purge sweeps every account).
BACKGROUND_PURGE = 0.08
CHINESE_PLATFORMS = {
    Platform.DOUYIN,
    Platform.KUAISHOU,
    Platform.REDNOTE,
    Platform.WEIBO,
    Platform.BILIBILI,
    Platform.WECHAT_CHANNELS,
}
VIEW_PLATFORMS = {
    Platform.DOUYIN,
    Platform.KUAISHOU,
    Platform.BILIBILI,
    Platform.TIKTOK,
    Platform.YOUTUBE,
    Platform.WECHAT_CHANNELS,
    Platform.TWITTER,
}
_PLATFORM_WEIGHTS = {p: (0.3 if p is Platform.OTHER else 1.0) for p in Platform}
_SYLLABLES = (
    "an",
    "li",
    "mei",
    "xiao",
    "chen",
    "wang",
    "lin",
    "yu",
    "jia",
    "hao",
    "sky",
    "moon",
    "lily",
    "tom",
    "anna",
    "leo",
    "mia",
    "kate",
    "max",
    "zoe",
    "sam",
    "rui",
    "yoyo",
    "momo",
    "bella",
    "nina",
    "alex",
    "juan",
    "sofia",
    "marco",
    "luca",
    "emma",
    "kai",
    "ivy",
    "neo",
    "coco",
)
_REPLIES = {
    "zh": (
        "谢谢喜欢～",
        "回复：可以的",
        "下期安排！",
        "链接在主页置顶了",
        "哈哈谢谢支持",
        "是的，敏感肌也能用",
    ),
    "en": (
        "Thank you so much!",
        "Link is in my bio",
        "Glad it helped!",
        "Yes, it runs true to size",
        "Haha thanks!",
        "Next week, stay tuned",
    ),
}


@dataclass(frozen=True)
class Pools:
    """Real material the simulator draws from."""

    genuine_accounts: list[dict[str, Any]]
    fake_accounts: list[dict[str, Any]]
    comments: dict[tuple[str, str], list[str]]  # (language, category) -> texts
    # The fake accounts by the stock they came from (a dataset's sub-group): one purchase is
    # delivered from one vendor's stock, so its accounts share that stock's look.
    fake_vendors: dict[str, list[int]] = field(default_factory=dict)


def _account_dicts(frame: pd.DataFrame) -> list[dict[str, Any]]:
    columns = [
        "username",
        "display_name",
        "followers",
        "following",
        "posts",
        "has_avatar",
        "is_private",
        "verified",
        "bio",
        "has_url",
        "created_at",
        "last_post_at",
        "as_of",
    ]
    rows = []
    for record in frame[[c for c in columns if c in frame.columns]].to_dict("records"):
        rows.append({str(k): v for k, v in record.items() if v is not None and not _is_nan(v)})
    return rows


def _is_nan(value: Any) -> bool:
    return isinstance(value, float) and math.isnan(value)


def load_pools(include_instafake: bool = True, *, commercial_only: bool = False) -> Pools:
    """Load the real follower profiles and comment texts the simulator draws from.

    ``commercial_only``: no follower profiles (no labelled follower data is cleared for
    commercial use, so creators get no follower sample) and only commercially usable texts.
    """
    from training.datasets import load_labelled_accounts

    if commercial_only:
        return Pools([], [], load_comment_pools(commercial_only=True))
    accounts = load_labelled_accounts(include_instafake=include_instafake)
    genuine = _account_dicts(accounts[accounts["is_fake"] == 0])
    fakes = accounts[accounts["is_fake"] == 1].reset_index(drop=True)
    fake = _account_dicts(fakes)
    return Pools(genuine, fake, load_comment_pools(), _vendor_stocks(fakes))


def _vendor_stocks(fakes: pd.DataFrame) -> dict[str, list[int]]:
    """Row numbers of the fake accounts per stock: a dataset's sub-group (its train and test
    files are one stock), so that one purchase can be delivered from one vendor's accounts."""
    groups: dict[str, list[int]] = {}
    for index, (dataset, group) in enumerate(
        zip(fakes["dataset"], fakes["source_group"], strict=True)
    ):
        key = str(dataset) if dataset == "kaggle_instagram" else f"{dataset}:{group}"
        groups.setdefault(key, []).append(index)
    return groups


def _choice(rng: np.random.Generator, weights: dict[str, float]) -> str:
    names = list(weights)
    p = np.array([weights[n] for n in names])
    return str(names[rng.choice(len(names), p=p / p.sum())])


_LETTERS = np.array(list("abcdefghijklmnopqrstuvwxyz"))
_DIGIT_CHARS = np.array(list("0123456789"))
_SYLLABLE_ARRAY = np.array(_SYLLABLES)


def _handles(rng: np.random.Generator, n: int, bot: bool, chinese: bool) -> list[str]:
    """``n`` usernames: people's handles, or bots' (random letters and long digit runs)."""
    if n == 0:
        return []
    first = _SYLLABLE_ARRAY[rng.integers(0, len(_SYLLABLES), n)]
    second = _SYLLABLE_ARRAY[rng.integers(0, len(_SYLLABLES), n)]
    numbers = rng.integers(0, 10**10, n)
    if not bot:
        separators = np.array(["", ".", "_"])[rng.integers(0, 3, n)]
        # People add numbers to taken names: often one or two digits, often a birth year.
        suffix_kind = rng.choice(3, n, p=[0.6, 0.25, 0.15])
        years = rng.integers(1965, 2010, n)
        suffixes = [
            "" if kind == 0 else str(num % 99 + 1) if kind == 1 else str(year)
            for kind, num, year in zip(suffix_kind, numbers, years, strict=True)
        ]
        return [
            f"{a}{sep}{b}{suffix}"
            for a, sep, b, suffix in zip(first, separators, second, suffixes, strict=True)
        ]
    letters = _LETTERS[rng.integers(0, 26, (n, 8))]
    lengths = rng.integers(5, 9, n)
    styles = rng.integers(0, 3, n)
    names = []
    for i in range(n):
        if styles[i] == 0:
            names.append("".join(letters[i, : lengths[i]]) + str(numbers[i])[: lengths[i]])
        elif styles[i] == 1 and chinese:
            names.append(f"用户{numbers[i]:010d}")
        else:
            names.append(f"{first[i]}{second[i]}{numbers[i] % 999999 + 1000}")
    return names


class _Creator:
    """One simulated creator, built up day by day; all randomness from one generator."""

    def __init__(
        self,
        rng: np.random.Generator,
        pools: Pools,
        archetype: str,
        index: int,
        organic_event: str = "none",
        background_purge: bool = True,
    ):
        self.rng = rng
        self.pools = pools
        self.archetype = archetype
        # A fraud scheme plus, at most, one organic event (the genuine archetypes are theirs).
        self.parts = COMPONENTS[archetype] | (
            frozenset() if organic_event == "none" else frozenset({organic_event})
        )
        self.organic_events = set(self.parts & set(ORGANIC_EVENTS))
        self.background_purge = background_purge
        self.index = index
        self.norms = load_norms()
        self.platform = Platform(
            _choice(
                rng,
                {
                    p.value: w
                    for p, w in _PLATFORM_WEIGHTS.items()
                    # views are bought where a platform shows them
                    if "views" not in self.parts or p in VIEW_PLATFORMS
                },
            )
        )
        self.chinese = self.platform in CHINESE_PLATFORMS
        self.lang = "zh" if self.chinese else "en"
        self._topic_pools: dict[str, list[str]] = {}
        if rng.random() < 0.08:  # some audiences mix languages
            self.lang = "en" if self.chinese else "zh"

    # --- followers -------------------------------------------------------------------------
    def _final_size(self) -> float:
        rng = self.rng
        if self.archetype == "celebrity":
            return float(10 ** rng.uniform(6.0, 7.8))
        if self.archetype == "koc":
            return float(10 ** rng.uniform(2.8, 4.2))
        return float(10 ** rng.uniform(3.0, 7.3))

    def simulate_followers(self) -> None:
        rng = self.rng
        self.n_days = int(rng.choice([60, 90, 120, 180, 270, 365]))
        n = self.n_days
        target = self._final_size()
        tier = size_tier(int(target))
        daily = {"nano": 0.0025, "micro": 0.0015, "mid": 0.0010, "macro": 0.0006, "mega": 0.0004}[
            tier
        ]
        rate = daily * math.exp(rng.normal(0, 0.7))
        if rng.random() < 0.12:
            rate = -abs(rate) * 0.3  # a quietly declining account
        noise = np.exp(rng.normal(0, rng.uniform(0.2, 0.6), n))
        weekday = 1 + 0.25 * np.sin(2 * np.pi * (np.arange(n) + rng.integers(7)) / 7)
        growth_rate = rate * noise * weekday
        # Ordinary good days: a well-received post gives a 2-5x day now and then.
        for day in rng.choice(n, size=rng.poisson(n / 30), replace=True):
            growth_rate[day] *= rng.uniform(2, 5)
        start = target / math.exp(float(growth_rate.sum()))
        genuine = np.empty(n)
        bought = np.zeros(n)  # cumulative bought followers still on the account
        level = start
        self.engagement_boost = np.ones(n)  # extra engagement on a day (viral, giveaway)
        self.events: list[tuple[str, int]] = []
        # Followers won by an event (viral post, shout-out, giveaway) are real but less invested
        # than the core audience: they engage at a fraction of the core's rate.
        self.newcomers = np.zeros(n)
        self.newcomer_engagement = rng.uniform(0.2, 1.0)
        self.giveaway_day: int | None = None
        extra = np.zeros(n)  # genuine followers from events (viral, shout-out, giveaway)
        for day in range(n):
            level += level * growth_rate[day] + extra[day]
            genuine[day] = max(level, 10.0)

        if "viral" in self.parts:
            self._surge(genuine, share=rng.uniform(0.1, 1.2), tau=rng.uniform(0.7, 3.0), boost=12.0)
        if "shoutout" in self.parts:
            self._surge(
                genuine, share=rng.uniform(0.05, 0.6), tau=rng.uniform(0.4, 1.5), boost=None
            )
        if "giveaway" in self.parts:
            # A giveaway post gets tags more than likes: a modest engagement boost.
            self.giveaway_day = self._surge(
                genuine,
                share=rng.uniform(0.05, 0.4),
                tau=rng.uniform(1.0, 3.0),
                boost=3.5,
                churn=rng.uniform(0.15, 0.45),
            )
        if "purge" in self.parts or (self.background_purge and rng.random() < BACKGROUND_PURGE):
            day = int(rng.integers(n // 4, n))
            genuine[day:] *= 1 - rng.uniform(0.02, 0.12)
            self.events.append(("purge", day))
            self.organic_events.add("purge")

        bought_total_share = 0.0
        if self.parts & {"burst", "drip"}:
            if "burst" in self.parts:
                for _ in range(int(rng.choice([1, 1, 2, 3]))):
                    size = genuine[-1] * rng.uniform(0.08, 1.2)
                    day = int(rng.integers(n // 6, n - 5))
                    length = int(rng.choice([1, 1, 2, 3, 4]))
                    delivery = np.cumsum(
                        np.full(length, size / length) * rng.uniform(0.7, 1.3, length)
                    )
                    bought[day : day + length] += delivery[: len(bought[day : day + length])]
                    bought[day + length :] += delivery[-1]
                    self._purge_bought(bought, day + length, delivery[-1])
                    self.events.append(("burst", day))
            if "drip" in self.parts:
                for _ in range(int(rng.choice([1, 1, 2]))):
                    size = genuine[-1] * rng.uniform(0.15, 1.5)
                    length = int(rng.integers(10, min(60, n // 2)))
                    day = int(rng.integers(0, n - length))
                    per_day = size / length * rng.uniform(0.6, 1.4, length)
                    bought[day : day + length] += np.cumsum(per_day)
                    bought[day + length :] += per_day.sum()
                    self._purge_bought(bought, day + length, per_day.sum())
                    self.events.append(("drip", day))
            bought_total_share = float(bought[-1] / (bought[-1] + genuine[-1]))
        self.genuine = genuine
        self.bought = bought
        self.followers = genuine + bought
        self.bought_share = bought_total_share
        self.following = self._following()

    def _surge(
        self, genuine: np.ndarray, share: float, tau: float, boost: float | None, churn: float = 0.0
    ) -> int:
        """Add event followers decaying with ``tau`` days; ``boost``: engagement of the post."""
        rng = self.rng
        n = len(genuine)
        day = int(rng.integers(n // 5, n - 3))
        size = genuine[day] * share
        days = np.arange(n - day)
        shape = np.exp(-days / tau)
        added = np.cumsum(shape / shape.sum() * size)
        if churn:
            later = np.clip((days - 5) / rng.uniform(10, 30), 0, 1) * churn * size
            added = added - later
        genuine[day:] += added
        self.newcomers[day:] += added
        self.events.append(("surge_post" if boost else "surge_no_post", day))
        if boost:
            lift = math.exp(rng.normal(math.log(boost), 0.6))
            self.engagement_boost[day] = max(self.engagement_boost[day], lift)
        return day

    def _purge_bought(self, bought: np.ndarray, day: int, size: float) -> None:
        rng = self.rng
        if rng.random() < 0.55 and day < len(bought) - 3:
            purge_day = min(len(bought) - 1, day + int(rng.integers(3, 45)))
            lost = size * rng.uniform(0.05, 0.5)
            length = int(rng.integers(1, 5))
            bought[purge_day : purge_day + length] -= np.linspace(
                lost / length, lost, len(bought[purge_day : purge_day + length])
            )
            bought[purge_day + length :] -= lost

    def _following(self) -> np.ndarray:
        rng = self.rng
        n = self.n_days
        base = max(5.0, float(self.followers[-1]) * 10 ** rng.uniform(-3.5, -0.5))
        base = min(base, rng.uniform(200, 3000))
        following = base * np.exp(np.cumsum(rng.normal(0, 0.003, n)))
        if "follow_churn" in self.parts:
            period = int(rng.integers(5, 15))
            amplitude = rng.uniform(500, 4000)
            for start in range(int(rng.integers(0, period)), n, period):
                following[start : start + period // 2] += amplitude * rng.uniform(0.6, 1.2)
            # Follow-back gains: a trickle of real-looking but low-engagement followers.
            gained = np.cumsum(rng.uniform(0.002, 0.01, n) * amplitude)
            self.followers = self.followers + gained
            self.bought = self.bought + gained
            self.bought_share = float(self.bought[-1] / self.followers[-1])
        return following

    # --- posts -----------------------------------------------------------------------------
    def simulate_posts(self) -> None:
        rng = self.rng
        n = self.n_days
        tier = size_tier(int(self.followers[-1]))
        norm = self.norms.engagement_for(self.platform, tier)
        per_week = float(np.clip(math.exp(rng.normal(math.log(2.5), 0.7)), 0.3, 14))
        n_posts = int(np.clip(rng.poisson(per_week * n / 7), 3, 60))
        days = np.sort(rng.choice(n, size=min(n_posts, n), replace=False))
        for kind, day in self.events:  # surges start from a post
            if kind == "surge_post" and day not in days:
                days = np.sort(np.append(days, day))
        er_offset = rng.normal(0, 0.8)
        if self.archetype == "celebrity":
            er_offset = rng.normal(math.log(0.45), 0.35)
        elif self.archetype == "koc":
            er_offset = rng.normal(math.log(2.0), 0.35)
        # The norms are priors that published sources disagree on by 2-5x (fraud/data/NORMS.md):
        # genuine creators vary around them by that uncertainty too (sd 0.7 in log terms), so
        # the model cannot lean on a level that only our norm table calls normal.
        uncertainty = rng.normal(0, 0.7, 3)
        creator_rate = norm.er_median * math.exp(er_offset + uncertainty[0])
        likes_per_comment = (norm.likes_per_comment or 20) * math.exp(
            rng.normal(0, 0.6) + uncertainty[1]
        )
        views_per_like = (norm.views_per_like or 15) * math.exp(rng.normal(0, 0.7) + uncertainty[2])
        share_rate = math.exp(rng.normal(math.log(0.03), 0.6))
        save_rate = math.exp(rng.normal(math.log(0.25), 0.5))
        has_views = self.platform in VIEW_PLATFORMS and rng.random() < 0.85
        bought_likes = "likes" in self.parts
        like_multiplier = rng.uniform(1.8, 8.0) if bought_likes else 1.0
        like_post_share = rng.uniform(0.5, 1.0)
        sponsored_share = rng.uniform(0, 0.25)
        start = self.as_of_date - timedelta(days=n - 1)
        post_noise = rng.uniform(0.25, 0.8)  # how much one post differs from the next
        view_rng = self._own_stream(0x71E5)
        # Views per like differ from post to post: a post the platform pushes beyond the
        # followers reaches viewers who like less (reach_lift: views per like rise with how
        # well the post does), and each post draws its own audience (view_noise).
        view_noise = view_rng.uniform(0.15, 0.45)
        reach_lift = view_rng.uniform(0.0, 0.5)
        bought_views = "views" in self.parts
        view_post_share = view_rng.uniform(0.3, 1.0)
        view_multiplier = math.exp(view_rng.uniform(math.log(2.0), math.log(15.0)))
        # Likes that come with bought views, per bought view, against the creator's own rate:
        # none at all for most packages, some for careful buyers.
        view_like_share = view_rng.uniform(0.0, 0.3) if view_rng.random() < 0.4 else 0.0
        posts = []
        for i, day in enumerate(days.tolist()):
            engaging = self.genuine[day] - self.newcomers[day] * (1 - self.newcomer_engagement)
            lift = rng.normal(0, post_noise)
            engaged = engaging * creator_rate * math.exp(lift)
            engaged *= self.engagement_boost[day]
            likes = engaged * likes_per_comment / (1 + likes_per_comment)
            comments = engaged / (1 + likes_per_comment) * math.exp(rng.normal(0, 0.3))
            rng.normal(0, 0.25)  # (the draw views took before they had a stream of their own)
            views = (
                likes
                * views_per_like
                * math.exp(view_rng.normal(0, view_noise) + reach_lift * lift)
            )
            # Shares, saves and coins come from people, so from the genuine likes only.
            organic_likes = likes
            if bought_views and view_rng.random() < view_post_share:
                extra_views = views * (view_multiplier * math.exp(view_rng.normal(0, 0.25)) - 1)
                views += extra_views
                likes += extra_views / views_per_like * view_like_share
            if bought_likes and rng.random() < like_post_share:
                likes *= like_multiplier * math.exp(rng.normal(0, 0.2))
            at = datetime(start.year, start.month, start.day, tzinfo=UTC) + timedelta(
                days=day, minutes=int(rng.integers(7 * 60, 23 * 60))
            )
            post: dict[str, Any] = {
                "post_id": f"p{i}",
                "posted_at": at.isoformat().replace("+00:00", "Z"),
                "format": "video" if has_views else str(rng.choice(["image", "video", "text"])),
                "likes": int(likes),
                "comments": int(comments),
                "shares": int(organic_likes * share_rate * math.exp(rng.normal(0, 0.5))),
                "sponsored": bool(rng.random() < sponsored_share),
            }
            if self.platform is Platform.REDNOTE:
                post["saves"] = int(organic_likes * save_rate * math.exp(rng.normal(0, 0.3)))
            if has_views:
                post["views"] = int(views)
            if self.platform is Platform.BILIBILI:
                post["coins"] = int(organic_likes * rng.uniform(0.1, 0.5))
                post["danmaku"] = int(comments * rng.uniform(0.5, 3))
            posts.append(post)
        self.posts = posts
        self.post_days = days.tolist()

    # --- comments --------------------------------------------------------------------------
    def _texts(self, category: str, k: int) -> list[str]:
        """``k`` texts from this creator's own pool of the category.

        A creator's audience talks about the creator's topic, so each creator draws from a
        subset of the full pool (8-400 texts): people ask the same questions, and a small
        pool repeats itself, as real comment sections do.
        """
        pool = self._topic_pools.get(category)
        if pool is None:
            full = self._full_pool(category)
            size = int(np.clip(math.exp(self.rng.normal(math.log(50), 1.0)), 8, 400))
            if self.archetype in ("loyal_community", "koc") and category == "substantive":
                size = int(self.rng.integers(150, 400))  # regulars write varied comments
            picks = self.rng.choice(len(full), size=min(size, len(full)), replace=False)
            pool = [full[i] for i in picks]
            self._topic_pools[category] = pool
        return [pool[i] for i in self.rng.integers(0, len(pool), k)]

    def _full_pool(self, category: str) -> list[str]:
        """Every labelled text of the category in the creator's language (English when the
        language has none)."""
        return (
            self.pools.comments.get((self.lang, category)) or self.pools.comments[("en", category)]
        )

    def simulate_comments(self) -> None:
        rng = self.rng
        tier = size_tier(int(self.followers[-1]))
        norm_low = self.norms.audience_for(tier).low_effort_comment_share
        low_share = float(np.clip(norm_low * math.exp(rng.normal(0, 0.6)), 0.02, 0.85))
        if self.archetype == "celebrity":
            low_share = float(np.clip(rng.uniform(0.45, 0.8), 0, 0.9))
        elif self.archetype in ("koc", "loyal_community"):
            low_share = float(rng.uniform(0.05, 0.25))
        split = rng.dirichlet([3, 2, 0.7])  # generic, emoji_only, mention_only
        audience_size = int(rng.integers(40, 3000))
        handles = _handles(rng, audience_size, bot=False, chinese=self.chinese)
        zipf = 1.0 / np.arange(1, audience_size + 1) ** rng.uniform(0.3, 1.3)
        if self.archetype == "loyal_community":
            zipf[: int(rng.integers(5, 20))] *= 40  # regulars who come back
        zipf /= zipf.sum()
        reply_rate = rng.beta(0.6, 7) if self.archetype != "koc" else rng.uniform(0.05, 0.6)
        budget = int(rng.integers(60, 260))
        n_recent = int(rng.integers(8, 31))
        recent = self.posts[-n_recent:]
        recent_days = self.post_days[-n_recent:]
        weights = np.array([max(p["comments"], 1) for p in recent], dtype=float)
        per_post = rng.multinomial(budget, weights / weights.sum())
        pod = _handles(rng, int(rng.integers(8, 40)), bot=False, chinese=self.chinese)
        bots = _handles(rng, int(rng.integers(30, 400)), bot=True, chinese=self.chinese)
        bot_texts = (
            self._texts("generic", 15) + self._texts("emoji_only", 10) + self._texts("spam", 3)
        )
        comments: list[dict[str, Any]] = []
        for post, k, day in zip(recent, per_post.tolist(), recent_days, strict=True):
            posted = datetime.fromisoformat(post["posted_at"])
            n_low = rng.binomial(k, low_share)
            cats = ["substantive"] * (k - n_low) + list(
                rng.choice(["generic", "emoji_only", "mention_only"], n_low, p=split)
            )
            if day == self.giveaway_day:  # "tag two friends to enter"
                k_tags = int(k * rng.uniform(2, 6))
                cats += ["mention_only"] * k_tags
                post["comments"] += k_tags * int(rng.integers(5, 20))
            if rng.random() < 0.03:
                cats.append("spam")
            authors = rng.choice(audience_size, size=len(cats), p=zipf)
            delays = np.exp(rng.normal(math.log(180), 1.4, len(cats)))
            for category, author, delay in zip(cats, authors, delays, strict=True):
                text = self._texts(category, 1)[0]
                comments.append(self._comment(post, handles[author], text, posted, float(delay)))
            if "pod" in self.parts:
                members = [m for m in pod if rng.random() < rng.uniform(0.5, 0.95)]
                for member in members:
                    text = self._texts("generic", 1)[0]
                    comments.append(self._comment(post, member, text, posted, rng.uniform(1, 55)))
                post["comments"] += len(members)
                post["likes"] += int(len(members) * rng.uniform(1, 3))
            if "bot_comments" in self.parts:  # bot comments bought per post
                n_bot = int(k * rng.uniform(0.5, 3.0)) + int(rng.integers(3, 15))
                early = rng.random() < 0.6
                for _ in range(n_bot):
                    text = bot_texts[rng.integers(len(bot_texts))]
                    delay = (
                        rng.uniform(0, 45) if early else math.exp(rng.normal(math.log(120), 1.2))
                    )
                    comments.append(
                        self._comment(post, bots[rng.integers(len(bots))], text, posted, delay)
                    )
                post["comments"] += n_bot * int(rng.integers(2, 8))
            for _ in range(rng.binomial(k, reply_rate)):
                text = _REPLIES[self.lang][rng.integers(len(_REPLIES[self.lang]))]
                reply = self._comment(
                    post, "self", text, posted, math.exp(rng.normal(math.log(300), 1.0))
                )
                reply["from_creator"] = True
                comments.append(reply)
        comments += self._organic_spam(recent, per_post.tolist(), tier)
        comments += self._comment_section_fraud(recent)
        self.comments = comments

    def _own_stream(self, key: int) -> np.random.Generator:
        """A random stream of this creator's own for one part of it (``key``), so that every
        other draw of the creator stays what it was without that part."""
        seeds = self.rng.bit_generator.seed_seq
        return np.random.default_rng(
            np.random.SeedSequence(seeds.entropy, spawn_key=(*seeds.spawn_key, key))
            if isinstance(seeds, np.random.SeedSequence)
            else self.rng.integers(2**63)  # (a generator not made from a seed sequence)
        )

    def _organic_spam(
        self, recent: list[dict[str, Any]], audience_comments: list[int], tier: str
    ) -> list[dict[str, Any]]:
        """Third-party spam (:func:`training.sim_comment_sections.organic_spam_share`), for
        genuine and fraud creators alike, drawn from a stream of its own: every other draw of
        the creator stays what it was without it."""
        rng = self._own_stream(0x5BA4)
        share = organic_spam_share(rng, tier)
        added = organic_spam_comments(
            recent,
            audience_comments,
            share,
            rng,
            spam_pool=self._full_pool("spam"),
            chinese=self.lang == "zh",
        )
        _count_into_posts(recent, added)
        return added

    def _comment_section_fraud(self, recent: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Lure campaigns, mutual-boost groups and template-written praise on the recent posts.

        A few genuine creators get a light lure campaign too: spammers pick popular posts,
        whoever wrote them.
        """
        rng = self.rng
        added: list[dict[str, Any]] = []
        if "lure_campaign" in self.parts:
            added += lure_campaign_comments(recent, rng)
        elif self.archetype in GENUINE_ARCHETYPES and self.chinese and rng.random() < 0.05:
            added += lure_campaign_comments(
                recent, rng, n_accounts=int(rng.integers(2, 6)), per_post=(0, 1)
            )
        if "mutual_boost" in self.parts:
            added += mutual_boost_comments(recent, rng, chinese=self.lang == "zh")
        if "machine_comments" in self.parts:
            added += machine_praise_comments(recent, rng, lang=self.lang)
        _count_into_posts(recent, added)
        return added

    def _comment(
        self, post: dict[str, Any], author: str, text: str, posted: datetime, delay_minutes: float
    ) -> dict[str, Any]:
        at = posted + timedelta(minutes=float(delay_minutes))
        return {
            "post_id": post["post_id"],
            "author": author,
            "text": text,
            "posted_at": at.isoformat().replace("+00:00", "Z"),
            "likes": int(self.rng.poisson(2)),
        }

    # --- follower sample -------------------------------------------------------------------
    def simulate_follower_sample(self) -> list[dict[str, Any]]:
        if not self.pools.fake_accounts or not self.pools.genuine_accounts:
            return []  # no follower profiles to draw from (--commercial-only)
        rng = self.rng
        tier = size_tier(int(self.followers[-1]))
        baseline = self.norms.audience_for(tier).fake_follower_share
        # Genuine creators' audiences hold lurkers and unsolicited bots too: the share that
        # looks fake has sd ~0.6 x its tier mean (training/ASSUMPTIONS.md section 11).
        genuine_fake = float(np.clip(baseline * math.exp(rng.normal(-0.18, 0.6)), 0.0, 0.55))
        if "giveaway" in self.parts:  # entrants include accounts that only hunt prizes
            genuine_fake = min(genuine_fake + rng.uniform(0.03, 0.12), 0.6)
        # Some vendors sell "high-quality" fakes that pass as real: not every bought follower looks fake.
        looks_fake = rng.uniform(0.2, 1.0)
        bought_p = self.bought_share * looks_fake
        background_p = genuine_fake * (1 - self.bought_share)
        n = int(rng.integers(40, 201))
        n_fake = rng.binomial(n, min(bought_p + background_p, 0.98))
        n_bought = rng.binomial(n_fake, bought_p / (bought_p + background_p)) if n_fake else 0
        fakes = self.pools.fake_accounts
        stock, fresh_share = self._vendor_stock()
        bought_rows = (
            rng.choice(stock, n_bought) if stock else rng.integers(0, len(fakes), n_bought)
        )
        # Unsolicited fakes (spam bots, prize hunters) come from everywhere: the mixed pool.
        picks = [fakes[i] for i in bought_rows]
        picks += [fakes[i] for i in rng.integers(0, len(fakes), n_fake - n_bought)]
        fresh = [rng.random() < fresh_share for _ in range(n_bought)]  # the bought come first
        delivery = self._first_delivery() if any(fresh) else None
        genuine_rows = [
            self.pools.genuine_accounts[i]
            for i in rng.integers(0, len(self.pools.genuine_accounts), n - n_fake)
        ]
        # Most followers of any account rarely post (the "90-9-1" participation rule, Nielsen
        # 2006): turn a share of the real, active genuine profiles into lurkers.
        lurker_share = rng.uniform(0.05, 0.7)
        # Many of them never change the name the platform gave them (用户 + 10 digits on
        # Weibo and Douyin, user + digits elsewhere): default names are not a sign of fraud.
        default_share = rng.uniform(0.0, 0.5 if self.chinese else 0.25)
        picks += [
            _as_lurker(rng, row, self.chinese if rng.random() < default_share else None)
            if rng.random() < lurker_share
            else row
            for row in genuine_rows
        ]
        sample = []
        for j, row in enumerate(picks):
            account = dict(row)
            source_as_of = account.pop("as_of", None)
            for field_name in ("created_at", "last_post_at"):
                if field_name in account and source_as_of is not None:
                    age = _to_date(source_as_of) - _to_date(account[field_name])
                    account[field_name] = (self.as_of_date - age).isoformat()
            if delivery is not None and j < n_bought and fresh[j]:
                self._register_before_purchase(account, delivery)
            account["id"] = f"f{self.index}_{j}"
            sample.append(account)
        rng.shuffle(sample)
        return sample

    def _vendor_stock(self) -> tuple[list[int], float]:
        """The stock one purchase is delivered from, and the share of its accounts registered
        shortly before the sale (training/ASSUMPTIONS.md section 5: 60% on average).

        Only bought followers (bursts, drip-feeds) come from a vendor; follow-back gains of
        follow/unfollow churn are ordinary accounts and keep the mixed pool (empty stock).
        Chinese platforms' vendors sell Chinese accounts more often than others'.
        """
        rng = self.rng
        vendors = sorted(self.pools.fake_vendors)
        if not (self.parts & {"burst", "drip"}) or not vendors:
            return [], 0.0
        chinese_stock = [v for v in vendors if v.startswith("weibo")]
        weights = np.array(
            [
                (0.5 if self.chinese else 0.1) / len(chinese_stock)
                if v in chinese_stock
                else (0.5 if self.chinese else 0.9) / max(1, len(vendors) - len(chinese_stock))
                for v in vendors
            ]
        )
        vendor = vendors[int(rng.choice(len(vendors), p=weights / weights.sum()))]
        return self.pools.fake_vendors[vendor], float(rng.uniform(0.2, 1.0))

    def _first_delivery(self) -> date:
        """The day the first purchase (burst or drip-feed) began to arrive."""
        days = [day for kind, day in self.events if kind in ("burst", "drip")]
        start = self.as_of_date - timedelta(days=self.n_days - 1)
        return start + timedelta(days=min(days, default=0))

    def _register_before_purchase(self, account: dict[str, Any], delivery: date) -> None:
        """Date a bought account's creation to within 90 days before its ``delivery`` (and
        its last post, if any, after that)."""
        rng = self.rng
        created = delivery - timedelta(days=int(rng.integers(1, 91)))
        account["created_at"] = created.isoformat()
        if "last_post_at" in account:
            span = (self.as_of_date - created).days
            account["last_post_at"] = (
                created + timedelta(days=int(rng.integers(0, span + 1)))
            ).isoformat()

    # --- assembly --------------------------------------------------------------------------
    def build(self) -> dict[str, Any]:
        rng = self.rng
        self.as_of_date = date(2024, 1, 1) + timedelta(days=int(rng.integers(0, 1000)))
        self.simulate_followers()
        self.simulate_posts()
        self.simulate_comments()
        n = self.n_days
        start = self.as_of_date - timedelta(days=n - 1)
        keep = np.ones(n, dtype=bool)
        if rng.random() < 0.3:  # weekly or irregular snapshots
            keep = rng.random(n) < rng.uniform(0.15, 0.6)
            keep[[0, -1]] = True
        with_following = rng.random() < 0.35 or "follow_churn" in self.parts
        history = []
        for day in np.flatnonzero(keep).tolist():
            snapshot: dict[str, Any] = {
                "date": (start + timedelta(days=day)).isoformat(),
                "followers": int(self.followers[day]),
            }
            if with_following:
                snapshot["following"] = int(self.following[day])
            history.append(snapshot)
        followers_now = int(self.followers[-1])
        record: dict[str, Any] = {
            "creator_id": f"{self.platform.value}:sim{self.index:06d}",
            "platform": self.platform.value,
            "handle": f"sim{self.index:06d}",
            "as_of": f"{self.as_of_date.isoformat()}T23:00:00Z",
            "profile": {
                "followers": followers_now,
                "following": int(self.following[-1]),
                "posts": int(len(self.posts) * rng.uniform(2, 30)),
                "verified": bool(
                    (self.archetype == "celebrity" and rng.random() < 0.8)
                    or (followers_now > 1_000_000 and rng.random() < 0.4)
                ),
                "category": str(
                    rng.choice(
                        ["beauty", "food", "travel", "fitness", "tech", "parenting", "fashion"]
                    )
                ),
            },
            "follower_history": history,
            "posts": self.posts,
            "comments": self.comments,
            "follower_sample": self.simulate_follower_sample(),
        }
        if rng.random() < 0.5:
            record["profile"]["created_at"] = (
                self.as_of_date - timedelta(days=int(rng.integers(200, 4000)))
            ).isoformat()
        # Real data is patchy: each block is missing now and then, for both classes alike.
        for block, p in (("follower_history", 0.10), ("comments", 0.10), ("follower_sample", 0.18)):
            if rng.random() < p:
                del record[block]
        if rng.random() < 0.05:
            record["posts"] = (
                record["posts"][-int(rng.integers(0, 3)) :] if rng.random() < 0.5 else []
            )
            record.pop("comments", None)
        return record


def _as_lurker(
    rng: np.random.Generator, row: dict[str, Any], default_name: bool | None = None
) -> dict[str, Any]:
    """A genuine account that follows but hardly posts: few posts, often no bio or avatar.

    ``default_name``: None keeps the name; otherwise the lurker keeps the platform's default
    name, a Chinese platform's (True: 用户 + 10 digits) or another's (False: user + digits).
    """
    lurker = dict(row)
    if default_name is not None:
        digits = int(rng.integers(10**7, 10**10))
        lurker["username"] = f"用户{digits:010d}" if default_name else f"user{digits}"
        lurker.pop("display_name", None)
        # Whoever never changed the default name rarely set a bio or a picture either.
        if rng.random() < 0.9:
            lurker["bio"] = ""
        if rng.random() < 0.6:
            lurker["has_avatar"] = False
    lurker["posts"] = min(int(row.get("posts", 0)), int(rng.integers(0, 4)))
    lurker["followers"] = int(int(row.get("followers", 0)) * rng.uniform(0.01, 0.3))
    if rng.random() < 0.7:
        lurker["bio"] = ""
    if rng.random() < 0.3:
        lurker["has_avatar"] = False
    if rng.random() < 0.25:  # some real people follow thousands of accounts
        lurker["following"] = int(int(row.get("following", 0)) * rng.uniform(2, 15) + 500)
    lurker.pop("last_post_at", None)
    return lurker


def _to_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


# The data real sources deliver (README, "Data regimes"): a scraper gives the profile, posts and
# comments; a store adds a short daily history of its own snapshots (8-20 days); a follower-count
# tracker adds a long history; a follower export adds a sample; some give only profile + posts.
SOURCE_REGIMES: dict[str, tuple[str, ...]] = {
    "everything": ("posts", "comments", "follower_history", "follower_sample"),
    "history_and_comments": ("posts", "comments", "follower_history"),
    "sample_and_comments": ("posts", "comments", "follower_sample"),
    "snapshots": ("posts", "comments", "snapshots"),
    "scraper": ("posts", "comments"),
    "profile_posts": ("posts",),
}
SNAPSHOT_DAYS = (8, 20)


def as_regime(record: CreatorRecord, regime: str) -> CreatorRecord:
    """``record`` as the source of ``regime`` would deliver it: the other blocks left out.

    ``snapshots`` keeps the last 8-20 days of the follower history (the number of days fixed by
    the creator id, so the same creator always gets the same), as a store of one's own
    daily snapshots holds.
    """
    blocks = SOURCE_REGIMES[regime]
    update: dict[str, Any] = {}
    if "comments" not in blocks:
        update["comments"] = []
    if "follower_sample" not in blocks:
        update["follower_sample"] = None
    if "snapshots" in blocks and record.follower_history:
        low, high = SNAPSHOT_DAYS
        days = low + int.from_bytes(record.creator_id.encode()[-4:], "little") % (high - low + 1)
        last = record.follower_history[-1].date
        update["follower_history"] = [
            s for s in record.follower_history if (last - s.date).days < days
        ]
    elif "follower_history" not in blocks:
        update["follower_history"] = []
    return record.model_copy(update=update)


def _count_into_posts(posts: list[dict[str, Any]], added: list[dict[str, Any]]) -> None:
    """Add the ``added`` comments to their posts' comment counts."""
    by_post: dict[str, int] = {}
    for comment in added:
        by_post[comment["post_id"]] = by_post.get(comment["post_id"], 0) + 1
    for post in posts:
        post["comments"] += by_post.get(post["post_id"], 0)


def simulate_creator(
    rng: np.random.Generator,
    pools: Pools,
    index: int,
    archetype: str | None = None,
    organic_event: str | None = None,
    *,
    label_neutral_events: bool = False,
) -> dict[str, Any]:
    """One labelled creator record (CreatorRecord fields plus ``label`` and ``archetype``).

    ``label_neutral_events``: fraud creators get organic events at the genuine rates (module
    docstring), and the record lists its ``organic_events`` (sorted). ``organic_event``: for a
    fraud archetype, the organic event on top of its scheme (one of :data:`ORGANIC_EVENTS` or
    ``"none"``); default drawn from :data:`ORGANIC_EVENT_SHARES` with
    ``label_neutral_events``, else none. A genuine archetype's events are its own, so it
    takes none.
    """
    if archetype is None:
        fraud = rng.random() < FRAUD_SHARE
        archetype = _choice(rng, FRAUD_ARCHETYPES if fraud else GENUINE_ARCHETYPES)
    if archetype not in COMPONENTS:
        raise ValueError(f"archetype {archetype!r}: expected one of {sorted(COMPONENTS)}")
    if archetype in GENUINE_ARCHETYPES:
        if organic_event is not None:
            raise ValueError(
                f"organic_event {organic_event!r}: a genuine archetype ({archetype}) takes none"
            )
        organic_event = "none"
    elif organic_event is None:
        organic_event = _choice(rng, ORGANIC_EVENT_SHARES) if label_neutral_events else "none"
    elif organic_event not in ORGANIC_EVENT_SHARES:
        raise ValueError(
            f"organic_event {organic_event!r}: expected one of {sorted(ORGANIC_EVENT_SHARES)}"
        )
    background_purge = label_neutral_events or archetype in GENUINE_ARCHETYPES
    creator = _Creator(rng, pools, archetype, index, organic_event, background_purge)
    record = creator.build()
    record["label"] = int(archetype in FRAUD_ARCHETYPES)
    record["archetype"] = archetype
    if label_neutral_events:  # left out otherwise: the shipped model's data, byte for byte
        record["organic_events"] = sorted(creator.organic_events)
    return record


def simulate_creators(
    n: int, seed: int, pools: Pools | None = None, *, label_neutral_events: bool = False
) -> Iterator[dict[str, Any]]:
    """``n`` labelled creators, deterministic for ``seed`` (creator i uses its own stream);
    ``label_neutral_events``: see :func:`simulate_creator`."""
    pools = pools or load_pools()
    for index in range(n):
        yield simulate_creator(
            np.random.default_rng([seed, index]),
            pools,
            index,
            label_neutral_events=label_neutral_events,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, default=DATA_DIR / "generated" / "creators.jsonl")
    parser.add_argument(
        "--no-instafake", action="store_true", help="exclude CC BY-NC InstaFake profiles"
    )
    parser.add_argument(
        "--commercial-only",
        action="store_true",
        help="only data cleared for commercial use: no follower samples, no YouTube texts",
    )
    parser.add_argument(
        "--label-neutral-events",
        action="store_true",
        help="fraud creators get viral posts, shout-outs, giveaways and purges at the genuine"
        " rates (a candidate, not the shipped model's data; training/ASSUMPTIONS.md section 13)",
    )
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    pools = load_pools(
        include_instafake=not args.no_instafake, commercial_only=args.commercial_only
    )
    # Written under a temporary name and renamed when complete: an interrupted run leaves the
    # earlier data in place, never a half-written file that training would read as whole.
    with atomic_output(args.out) as handle:
        records = simulate_creators(
            args.n, args.seed, pools, label_neutral_events=args.label_neutral_events
        )
        for record in records:
            handle.write(orjson.dumps(record) + b"\n")
    print(f"wrote {args.n} creators to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
