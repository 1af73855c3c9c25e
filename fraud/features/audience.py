"""Audience: the creator's sampled followers, judged one by one, summed up with an interval.

Each sampled follower gets a calibrated fake probability from
:class:`fraud.audience.FollowerModel`; their mean estimates the creator's fake-follower
share. Its 95% interval is a Wilson score interval on the sample size, so 20 sampled
followers give a wide interval and 500 a narrow one.

The evidence also sorts the sample into the audience types users know from audit tools, each
follower into exactly one (first match wins), each share with its 95% Wilson interval:

* ``suspicious``: P(fake) >= 0.5 (bots, bought or farmed accounts);
* ``mass_follower``: follows more than 1,500 accounts (sees little of any one feed);
* ``influencer``: more than 2,000 followers of its own;
* ``real``: everyone else.

and the active share (活跃粉丝占比): of the followers whose last post date is known, the share
that posted in the 90 days before ``as_of``; reported only when at least 10 dates are known.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date

import numpy as np

from fraud.audience import FollowerModel, chosen_name
from fraud.features.base import NAN, FeatureBlock, FeatureContext, Segments
from fraud.norms import size_tier
from fraud.schema import Account, CreatorRecord
from fraud.wording import counted

__all__ = [
    "AUDIENCE_TYPES",
    "KNOWS_PLATFORM",
    "NAMES",
    "audience_types",
    "extract",
    "extract_many",
    "wilson_interval",
]

CHECK = "audience"
NAMES = (
    "fake_follower_share",
    "fake_follower_vs_norm",
    "likely_fake_follower_share",
    "mass_follower_share",
    "empty_account_share",
    "young_account_share",
    "digit_heavy_username_share",
    # 1 when the follower model learned from labelled accounts of the creator's platform (it
    # has that platform's calibration), else 0: a fake share measured on a platform it never
    # saw is a lead, not proof (fraud.reasons caps FAKE_FOLLOWERS there). Not a model input.
    "follower_model_knows_platform",
)
KNOWS_PLATFORM = NAMES[-1]
MIN_SAMPLE = 10  # fewer sampled followers than this: the audience check does not run
MASS_FOLLOWING = 1500  # following more than this: a "mass follower" who sees little of any feed
INFLUENCER_FOLLOWERS = 2000  # more followers than this: an "influencer" follower
SUSPICIOUS_PROBABILITY = 0.5  # P(fake) at or above this: a "suspicious" follower
ACTIVE_DAYS = 90  # posted within this many days: an active follower
YOUNG_DAYS = 90
AUDIENCE_TYPES = ("real", "suspicious", "mass_follower", "influencer")
_DIGITS = re.compile(r"\d")


def wilson_interval(share: float, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval for a share measured on ``n`` items."""
    if n <= 0:
        return 0.0, 1.0
    denominator = 1 + z * z / n
    centre = (share + z * z / (2 * n)) / denominator
    half = z * math.sqrt(share * (1 - share) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


def _share_evidence(key: str, hits: int, n: int) -> dict[str, object]:
    share = hits / n if n else 0.0
    low, high = wilson_interval(share, n)
    return {f"{key}_share": round(share, 3), f"{key}_ci95": [round(low, 3), round(high, 3)]}


def _knows_platform(model: FollowerModel, platform: str) -> float:
    """``follower_model_knows_platform``: whether ``model`` has a calibration of its own for
    ``platform`` (it does for every platform it has labelled accounts from)."""
    return float(model.calibration_family(platform) is not None)


def _summary_evidence(
    n: int,
    share: float,
    norm: float,
    values: dict[str, float],
    record: CreatorRecord,
    model: FollowerModel,
) -> dict[str, object]:
    """The audience block's headline evidence, the same for the per-creator and chunk paths
    (from the block's ``values``: the mass-follower share and whether the model knows the
    platform)."""
    low, high = wilson_interval(share, n)
    mass_share, followers = values["mass_follower_share"], record.profile.followers
    return {
        KNOWS_PLATFORM: bool(values[KNOWS_PLATFORM]),
        "follower_model_platforms": list(model.platforms),
        "n_sampled": n,
        "fake_follower_share": round(share, 3),
        "fake_follower_ci95": [round(low, 3), round(high, 3)],
        "norm_fake_follower_share": norm,
        "mass_follower_share": round(mass_share, 3),
        "reachable_share": round(1.0 - mass_share, 3),
        "authentic_followers_estimate": round(followers * (1.0 - share)),
    }


def audience_types(
    sample: Sequence[Account], fake_probability: np.ndarray, as_of: date
) -> dict[str, object]:
    """Audience-type shares of one follower sample, each with its 95% Wilson interval.

    Parameters
    ----------
    sample : sequence of Account
        The sampled followers.
    fake_probability : numpy.ndarray
        P(fake) per follower, same order.
    as_of : date
        Reference date for the active share.

    Returns
    -------
    dict
        ``audience_<type>_share`` and ``audience_<type>_ci95`` for each of
        :data:`AUDIENCE_TYPES` (the shares add up to 1), and, when at least ``MIN_SAMPLE``
        followers have a known last post date, ``active_follower_share``,
        ``active_follower_ci95`` and ``n_active_known``.
    """
    n = len(sample)
    following = np.fromiter((a.following for a in sample), dtype=np.float64, count=n)
    followers = np.fromiter((a.followers for a in sample), dtype=np.float64, count=n)
    suspicious = fake_probability >= SUSPICIOUS_PROBABILITY
    mass = ~suspicious & (following > MASS_FOLLOWING)
    influencer = ~suspicious & ~mass & (followers > INFLUENCER_FOLLOWERS)
    real = ~suspicious & ~mass & ~influencer
    evidence: dict[str, object] = {}
    for name, members in zip(AUDIENCE_TYPES, (real, suspicious, mass, influencer), strict=True):
        evidence.update(_share_evidence(f"audience_{name}", int(members.sum()), n))
    last_posts = [a.last_post_at for a in sample if a.last_post_at is not None]
    if len(last_posts) >= MIN_SAMPLE:
        active = sum((as_of - day).days <= ACTIVE_DAYS for day in last_posts)
        evidence.update(_share_evidence("active_follower", active, len(last_posts)))
        evidence["n_active_known"] = len(last_posts)
    return evidence


def extract(record: CreatorRecord, ctx: FeatureContext) -> FeatureBlock:
    """Audience features of one creator; skipped with fewer than 10 sampled followers."""
    sample = record.follower_sample or []
    if len(sample) < MIN_SAMPLE or ctx.follower_model is None:
        note = (
            "this model set has no follower model (none is trained on data cleared for"
            " commercial use), so sampled followers cannot be judged"
            if ctx.follower_model is None
            else f"{counted(len(sample), 'sampled follower')} given; the audience checks need"
            f" {MIN_SAMPLE}"
        )
        return FeatureBlock.skipped(CHECK, NAMES, note)
    n = len(sample)
    as_of = ctx.as_of.date()
    fake = ctx.fake_probabilities
    if fake is None or len(fake) != n:
        fake = ctx.follower_model.predict_proba(sample, as_of=as_of, platform=record.platform)
    share = float(fake.mean())
    norm = ctx.norms.audience_for(size_tier(record.profile.followers)).fake_follower_share
    following = np.array([a.following for a in sample])
    empty = [a.posts == 0 and not a.bio and a.has_avatar is not True for a in sample]
    ages = [(as_of - a.created_at).days for a in sample if a.created_at is not None]
    names = [name for a in sample if (name := chosen_name(a.username, a.display_name)[0])]
    values = dict.fromkeys(NAMES, NAN)
    values["fake_follower_share"] = share
    values["fake_follower_vs_norm"] = share - norm
    values[KNOWS_PLATFORM] = _knows_platform(ctx.follower_model, record.platform)
    values["likely_fake_follower_share"] = float((fake >= 0.5).mean())
    values["mass_follower_share"] = float((following > MASS_FOLLOWING).mean())
    values["empty_account_share"] = float(np.mean(empty))
    if len(ages) >= MIN_SAMPLE:
        values["young_account_share"] = float(np.mean(np.array(ages) < YOUNG_DAYS))
    if len(names) >= MIN_SAMPLE:
        values["digit_heavy_username_share"] = float(
            np.mean([len(_DIGITS.findall(name)) >= 4 for name in names])
        )
    evidence = {
        **_summary_evidence(n, share, norm, values, record, ctx.follower_model),
        **audience_types(sample, fake, as_of),
    }
    return FeatureBlock(CHECK, values, evidence)


_NO_DAY = -(10**9)  # fraud.audience's ordinal for an unknown date


def _skip_note(record: CreatorRecord, ctx: FeatureContext) -> str | None:
    sample = record.follower_sample or []
    if len(sample) < MIN_SAMPLE or ctx.follower_model is None:
        return (
            "this model set has no follower model (none is trained on data cleared for"
            " commercial use), so sampled followers cannot be judged"
            if ctx.follower_model is None
            else f"{counted(len(sample), 'sampled follower')} given; the audience checks need"
            f" {MIN_SAMPLE}"
        )
    return None


def _mean_rows(matrix: np.ndarray) -> np.ndarray:
    return matrix.mean(axis=1)


def extract_many(
    records: Sequence[CreatorRecord], contexts: Sequence[FeatureContext]
) -> list[FeatureBlock]:
    """:func:`extract` for a chunk, read from the account columns the follower model's
    features were built from (``ctx.accounts``; built here when a context has none): the
    shares are counts per creator, the mean P(fake) a row reduction (equal values)."""
    from fraud.audience import account_columns

    blocks: list[FeatureBlock | None] = [None] * len(records)
    todo: list[int] = []
    for index, (record, ctx) in enumerate(zip(records, contexts, strict=True)):
        note = _skip_note(record, ctx)
        if note is not None:
            blocks[index] = FeatureBlock.skipped(CHECK, NAMES, note)
        else:
            todo.append(index)
    if not todo:
        return blocks  # type: ignore[return-value]
    samples = [records[i].follower_sample or [] for i in todo]
    fakes = []
    for i, sample in zip(todo, samples, strict=True):
        ctx, fake = contexts[i], contexts[i].fake_probabilities
        if fake is None or len(fake) != len(sample):
            assert ctx.follower_model is not None  # checked by _skip_note
            fake = ctx.follower_model.predict_proba(
                sample, as_of=ctx.as_of.date(), platform=records[i].platform
            )
        fakes.append(fake)
    fake_all = np.concatenate(fakes)
    segments = Segments([len(sample) for sample in samples])
    rows = [contexts[i].accounts for i in todo]
    first = rows[0]
    if first is not None and all(
        row is not None and row.columns is first.columns and row.stop - row.start == len(sample)
        for row, sample in zip(rows, samples, strict=True)
    ):
        columns = first.columns
        picked = np.concatenate([np.arange(r.start, r.stop) for r in rows if r is not None])
    else:
        columns = account_columns(
            [(s, contexts[i].as_of.date()) for i, s in zip(todo, samples, strict=True)]
        )
        picked = np.arange(len(columns))
    numbers = columns.numbers[picked]
    following, followers = numbers[:, 1], numbers[:, 0]
    created = columns.dates[picked, 0]
    last_post = columns.dates[picked, 1]
    as_of_days = np.repeat(
        np.array([contexts[i].as_of.date().toordinal() for i in todo], dtype=np.int64),
        segments.lengths,
    )
    empty = (numbers[:, 2] == 0) & (numbers[:, 3] != 1.0) & columns.bio_empty[picked]
    suspicious = fake_all >= SUSPICIOUS_PROBABILITY
    mass = following > MASS_FOLLOWING
    shares = segments.apply(fake_all, _mean_rows)
    marks = {
        "likely_fake": fake_all >= 0.5,
        "mass": mass,
        "empty": empty,
        "aged": created != _NO_DAY,
        "young": (created != _NO_DAY) & (as_of_days - created < YOUNG_DAYS),
        "named": columns.has_username[picked],
        "digit_heavy": columns.digit_heavy[picked],
        "active_known": last_post != _NO_DAY,
        "active": (last_post != _NO_DAY) & (as_of_days - last_post <= ACTIVE_DAYS),
        "suspicious": suspicious,
        "mass_type": ~suspicious & mass,
        "influencer": ~suspicious & ~mass & (followers > INFLUENCER_FOLLOWERS),
    }
    counts = dict(zip(marks, segments.count_each(list(marks.values())), strict=True))
    counts["real"] = segments.lengths - (
        counts["suspicious"] + counts["mass_type"] + counts["influencer"]
    )
    table = {key: value.tolist() for key, value in counts.items()}
    share_list = shares.tolist()
    for k, creator in enumerate(todo):
        record, ctx = records[creator], contexts[creator]
        n = len(samples[k])
        c = {key: value[k] for key, value in table.items()}
        share = share_list[k]
        norm = ctx.norms.audience_for(size_tier(record.profile.followers)).fake_follower_share
        values = dict.fromkeys(NAMES, NAN)
        values["fake_follower_share"] = share
        values["fake_follower_vs_norm"] = share - norm
        assert ctx.follower_model is not None  # checked by _skip_note
        values[KNOWS_PLATFORM] = _knows_platform(ctx.follower_model, record.platform)
        values["likely_fake_follower_share"] = c["likely_fake"] / n
        values["mass_follower_share"] = c["mass"] / n
        values["empty_account_share"] = c["empty"] / n
        if c["aged"] >= MIN_SAMPLE:
            values["young_account_share"] = c["young"] / c["aged"]
        if c["named"] >= MIN_SAMPLE:
            values["digit_heavy_username_share"] = c["digit_heavy"] / c["named"]
        evidence = _summary_evidence(n, share, norm, values, record, ctx.follower_model)
        for name, key in zip(
            AUDIENCE_TYPES, ("real", "suspicious", "mass_type", "influencer"), strict=True
        ):
            evidence.update(_share_evidence(f"audience_{name}", c[key], n))
        if c["active_known"] >= MIN_SAMPLE:
            evidence.update(_share_evidence("active_follower", c["active"], c["active_known"]))
            evidence["n_active_known"] = c["active_known"]
        blocks[creator] = FeatureBlock(CHECK, values, evidence)
    return blocks  # type: ignore[return-value]
