"""Follower growth: spikes, staircases, drips, drops after spikes, and whether engagement rose.

The follower history is first cleaned of failed observations (a scrape that returned 0
followers, or a fall of more than half that is back within a week: no real audience moves
so), which the block's ``note`` names; it is then turned into a daily series (a gap's
change is spread evenly over the missing days). Each day's change is compared with a robust baseline of the 28 days
before it (median and MAD), so a creator's own normal growth sets the scale. A genuine viral
post or giveaway brings followers *and* engagement; bought followers bring none, and
platforms later purge many of them.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from operator import attrgetter
from typing import cast

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from fraud.features.base import (
    _ENGAGEMENT_FIELDS,
    NAN,
    FamilyEvidence,
    FeatureBlock,
    FeatureContext,
    Segments,
    post_engagement,
)
from fraud.schema import CreatorRecord, FollowerSnapshot
from fraud.wording import counted, one_or_many

__all__ = [
    "NAMES",
    "FailedObservations",
    "FollowerJump",
    "FollowerJumps",
    "GrowthEvidence",
    "JumpKind",
    "extract",
    "extract_many",
    "failed_observations",
    "follower_jumps",
    "observed_history",
]

CHECK = "growth"
NAMES = (
    "follower_history_days",
    "follower_growth_30d",
    "follower_spike_z",
    "follower_spike_share",
    "follower_spike_ratio",
    "n_follower_spike_days",
    "n_follower_spike_episodes",
    "follower_spike_growth_share",
    "follower_spike_tail_ratio",
    "follower_drop_after_spike",
    "follower_max_drop_share",
    "follower_elevated_window_ratio",
    "follower_steady_window_ratio",
    "following_jump_share",
    "following_churn_30d",
    "following_repeat_share",
    "spike_engagement_lift",
    "spike_er_change",
    "engagement_follower_elasticity",
)

MIN_SNAPSHOTS = 8
MIN_SPAN_DAYS = 14
BASELINE_DAYS = 28
# Drip-fed followers are read from 14-day windows: on a history whose first and last
# snapshots are at least this many days apart (this many daily changes, two windows).
DRIP_MIN_DAYS = 28
SPIKE_Z = 6.0  # robust z above which a day is a spike...
SPIKE_MIN_SHARE = 0.002  # ...if it also adds at least 0.2% of the followers
SPIKE_MIN_FOLLOWERS = 20
EPISODE_GAP_DAYS = 2  # spike days this close belong to one episode
LIFT_WINDOW_DAYS = 3  # posts this many days before a spike may have caused it
# A post at more than this multiple of the median post around a spike explains it (the line
# the reasons and the report draw; fraud.reasons re-exports it).
SPIKE_EXPLAINED_LIFT = 3.0
AFTER_SPIKE_DAYS = 60
# The daily series spans at most this many days (the contract's 3,660 snapshots: ten years
# of daily counts), so its cost follows the number of snapshots, not how far apart the
# first and last are: an older snapshot is left out (0001-01-01 to 9999-12-31 would be
# 3.65 million days).
MAX_HISTORY_DAYS = 3660
# Failed observations, dropped before any growth feature (a real drop that stays is kept):
ZERO_GLITCH_MIN_FOLLOWERS = 100  # a 0 between counts of at least this is a failed scrape
DIP_SHARE = 0.5  # a count below half the one before it...
DIP_RETURN_TOLERANCE = 0.1  # ...with the next back within 10% of the count before the dip...
# ...at most this many days later: a half-scraped day (or a purge and rebuy that a history
# cannot tell from one: read as neither, and said so), not a lasting fall
DIP_RETURN_DAYS = 7
# A lone first snapshot at 0 is kept as real when the account was created this many days
# before it or fewer (a new account starts at 0); other leading zeros are always kept.
NEW_ACCOUNT_DAYS = 30
# A following count is dropped as a failed scrape only when it reads 0 between real counts,
# and only when such zeros are rare: at most this many occurrences, or this share of the
# following counts. A dip to a non-zero count, or a 0 that recurs, is kept: daily
# follow/unfollow automation gives a low count again and again.
FOLLOWING_FAILED_MAX = 2
FOLLOWING_FAILED_SHARE = 0.05
# A round trip of the following count smaller than this many accounts is day-to-day noise
# (a count of 12 that moves by 2 is not churn), whatever its share of a small count.
REPEAT_MIN_ACCOUNTS = 20
# Display-rounded follower counts (a page that shows 5.6万 gives 56000 until it shows 5.7万):
# a history whose every count is a multiple of a round unit of at least this, with most
# counts unchanged from the snapshot before, is read as rounded to that unit.
ROUNDED_MIN_UNIT = 100
ROUNDED_MIN_UNCHANGED = 0.5  # share of snapshot-to-snapshot moves that are 0


# The following count's features: largest move, churn, repeat share (of the mean count), and
# the largest move's date and size (None: too few following counts).
_Following = tuple[float, float, float, tuple[str, int, str | None] | None]


@dataclass(slots=True)
class GrowthEvidence(FamilyEvidence):
    """What the growth reasons say: the largest spike, its aftermath, the following count."""

    n_history_days: int
    following_jump_date: str | None = None  # ISO date of the largest following-count move
    # the count before it, when taken more than a day earlier (the move is then the one seen
    # between the two counts, not an interpolated day's)
    following_jump_since: str | None = None
    following_jump: int | None = None  # its size (signed)
    spike_date: str | None = None  # ISO date of the largest spike's peak day
    spike_start: str | None = None
    spike_end: str | None = None
    spike_followers: int | None = None  # followers gained on the peak day
    spike_episode_followers: int | None = None
    # the followers the episode added beyond the normal days (what a drop after it is a share of)
    spike_excess_followers: int | None = None
    normal_day_followers: int | None = None
    spike_x_normal: float | None = None
    spike_share_of_followers: float | None = None
    n_spike_episodes: int | None = None
    drop_after_spike_followers: int | None = None
    spike_engagement_x_median: float | None = None  # best post near the spike / median post
    n_posts_near_spike: int | None = None
    # posts with hidden likes around the spike (the lift is then not judged)
    n_hidden_likes_near_spike: int | None = None
    er_before_spike: float | None = None
    er_after_spike: float | None = None
    failed_snapshot_dates: list[str] | None = None  # snapshots dropped as failed observations
    spike_growth_share: float | None = None  # the episode's whole gain, of the followers before
    # dates whose following count was dropped as a failed observation (the follower count kept)
    failed_following_dates: list[str] | None = None
    follower_count_unit: int | None = None  # the unit the follower counts are rounded to
    # Set when no count was taken on the spike's peak day: the two snapshots around it (ISO
    # dates, more than a day apart) and the followers gained between them. The peak day's
    # gain is then the gap's gain spread over its days, not a count seen on that day.
    spike_gap_start: str | None = None
    spike_gap_end: str | None = None
    spike_gap_followers: int | None = None
    spike_gap_growth_share: float | None = None  # that gain, of the followers at its start


def _daily_series(
    ordinals: np.ndarray, values: np.ndarray, unit: int | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The daily series of counts taken on ``ordinals`` (a gap's change spread evenly over
    its days). ``unit``: the unit display-rounded counts are rounded to (:func:`_history`
    finds it, :func:`_rounding_unit`): then their small steps are spread
    (:func:`_spread_steps`)."""
    days = np.arange(ordinals[0], ordinals[-1] + 1)
    if unit is not None:
        ordinals, values = _spread_steps(ordinals, values, unit)
    return days, np.interp(days, ordinals, values)


def _spread_steps(
    ordinals: np.ndarray, values: np.ndarray, unit: int
) -> tuple[np.ndarray, np.ndarray]:
    """Anchor points of a count rounded to ``unit``: a step no larger than the unit is the
    true count crossing a rounding boundary somewhere between two runs of equal counts, so
    each such run is taken to hold its value at its middle day, and the count moves evenly
    from one middle to the next (and, at the ends, goes on at that pace by at most half a
    unit). A larger step is a jump and stays on the day it was seen."""
    change = np.flatnonzero(np.diff(values)) + 1
    starts = np.concatenate([[0], change])
    ends = np.concatenate([change - 1, [len(values) - 1]])
    run_values = values[starts]
    small = np.abs(np.diff(run_values)) <= unit  # the step after each run but the last
    xs: list[float] = []
    ys: list[float] = []
    n_runs = len(starts)
    for r in range(n_runs):
        first, last = float(ordinals[starts[r]]), float(ordinals[ends[r]])
        value = float(run_values[r])
        small_before = r > 0 and bool(small[r - 1])
        small_after = r < n_runs - 1 and bool(small[r])
        if not small_before:
            xs.append(first)
            ys.append(value)
        if small_before or small_after:
            xs.append((first + last) / 2.0)
            ys.append(value)
        if not small_after:
            xs.append(last)
            ys.append(value)
    # The first run, when a small step follows it, and the last, when one comes before it,
    # go on at the pace to the next middle instead of standing still until their middles.
    middles = (ordinals[starts] + ordinals[ends]) / 2.0
    half = unit / 2.0
    if n_runs > 1 and small[0] and ends[0] > starts[0]:
        pace = (run_values[1] - run_values[0]) / (middles[1] - middles[0])
        ys[0] -= float(np.clip(pace * (middles[0] - ordinals[0]), -half, half))
    if n_runs > 1 and small[-1] and ends[-1] > starts[-1]:
        pace = (run_values[-1] - run_values[-2]) / (middles[-1] - middles[-2])
        ys[-1] += float(np.clip(pace * (ordinals[-1] - middles[-1]), -half, half))
    x, y = np.array(xs), np.array(ys)
    keep = np.concatenate([[True], np.diff(x) > 0])  # a one-snapshot run: one anchor
    return x[keep], y[keep]


def _np_median(values: np.ndarray) -> float:
    return float(np.median(values))


def _sorted_median_of(values: np.ndarray) -> float:
    """``float(np.median(values))`` of finite values, from a sort (cheaper on short arrays):
    the middle value, or the mean of the two middle ones, as numpy computes it."""
    ordered = np.sort(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return float(ordered[middle])
    return float((ordered[middle - 1] + ordered[middle]) / 2.0)


def _robust_baseline(deltas: np.ndarray, levels: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Median and scale of the ``BASELINE_DAYS`` before each day (global for the first days)."""
    n = len(deltas)
    median = np.full(n, float(np.median(deltas)))
    mad = np.full(n, float(np.median(np.abs(deltas - median[0]))))
    if n > BASELINE_DAYS:
        windows = sliding_window_view(deltas[:-1], BASELINE_DAYS)
        window_median = np.median(windows, axis=1)
        window_mad = np.median(np.abs(windows - window_median[:, None]), axis=1)
        median[BASELINE_DAYS:] = window_median
        mad[BASELINE_DAYS:] = window_mad
    # A floor keeps a creator with very even growth from turning noise into spikes.
    scale = np.maximum.reduce(
        [1.4826 * mad, 0.5 * np.abs(median), 0.0003 * levels, np.full(n, 2.0)]
    )
    return median, scale


def _episodes(spike_days: np.ndarray) -> list[tuple[int, int]]:
    """Group spike day indices into (first, last) episodes."""
    episodes: list[tuple[int, int]] = []
    for index in spike_days.tolist():
        if episodes and index - episodes[-1][1] <= EPISODE_GAP_DAYS:
            episodes[-1] = (episodes[-1][0], index)
        else:
            episodes.append((index, index))
    return episodes


def _recent(history: list[FollowerSnapshot]) -> list[FollowerSnapshot]:
    """The snapshots of the last MAX_HISTORY_DAYS days of the (date-sorted) history."""
    if not history or (history[-1].date - history[0].date).days < MAX_HISTORY_DAYS:
        return history
    first = history[-1].date.toordinal() - MAX_HISTORY_DAYS + 1
    return [s for s in history if s.date.toordinal() >= first]


def _failed_observations(
    history: list[FollowerSnapshot], current: int | None = None, created: date | None = None
) -> tuple[list[int], list[int]]:
    """Indexes of the snapshots of a (date-sorted) history that are failed observations of
    the follower count (following counts have their own rule, :func:`_failed_following`).

    Zeros: a run of counts at 0 with at least :data:`ZERO_GLITCH_MIN_FOLLOWERS` on both
    sides (an audience does not vanish and come back). After the last snapshot, the
    profile's ``current`` count is the next observation: trailing zeros it confirms (0) are
    kept, as a purge to 0 is real. Leading zeros are a new account starting at 0 and are
    kept, except one lone first snapshot at 0 before at least the minimum when the account
    is not known to be new (``created`` within :data:`NEW_ACCOUNT_DAYS` before it). Dips: a
    single count below :data:`DIP_SHARE` of the one before it whose next snapshot, at most
    :data:`DIP_RETURN_DAYS` later, is back within :data:`DIP_RETURN_TOLERANCE` of it (a
    tracker that skipped the day after a failed scrape is as common as one that did not; a
    purge bought back within days cannot be told from it, and is not read as a jump either).
    A fall that stays (a purge) is neither.
    """
    followers = [s.followers for s in history]
    # Most histories hold neither (no 0, no fall to under half between neighbours): say so
    # in one pass, without the searches below (every creator with a history pays them).
    if len(followers) > 32:
        counts = np.array(followers)
        if counts.min() > 0 and bool(np.all(counts[1:] >= DIP_SHARE * counts[:-1])):
            return [], []
    elif 0 not in followers and all(
        later >= DIP_SHARE * earlier for earlier, later in itertools.pairwise(followers)
    ):
        return [], []
    dates = [s.date for s in history]
    zeros: list[int] = []
    n = len(followers)
    start = 0
    while start < n:
        if followers[start] > 0:
            start += 1
            continue
        end = start
        while end + 1 < n and followers[end + 1] == 0:
            end += 1
        after = followers[end + 1] if end + 1 < n else current
        if after is not None and after >= ZERO_GLITCH_MIN_FOLLOWERS:
            if start > 0:
                failed = followers[start - 1] >= ZERO_GLITCH_MIN_FOLLOWERS
            else:
                new_account = created is not None and (dates[0] - created).days <= NEW_ACCOUNT_DAYS
                failed = end == 0 and end + 1 < n and not new_account
            if failed:
                zeros.extend(range(start, end + 1))
        start = end + 1
    dropped = set(zeros)
    dips: list[int] = []
    previous: int | None = None
    for i in range(n - 1):
        if i in dropped:
            continue
        count = followers[i]
        following = next((j for j in range(i + 1, n) if j not in dropped), None)
        if (
            previous is not None
            and following is not None
            and previous > 0
            and count < DIP_SHARE * previous
            and abs(followers[following] - previous) <= DIP_RETURN_TOLERANCE * previous
            and (dates[following] - dates[i]).days <= DIP_RETURN_DAYS
        ):
            dips.append(i)
            continue
        previous = count
    return zeros, dips


def lift_shown(lift: float) -> float:
    """A spike's lift rounded for a reader: one decimal, or as many (up to 3) as it takes not
    to read as the :data:`SPIKE_EXPLAINED_LIFT` line when it is not on it (2.955 is shown as
    2.96, not as 3.0, the multiple that would explain the jump)."""
    digits = 1
    while digits < 3 and round(lift, digits) == SPIKE_EXPLAINED_LIFT != lift:
        digits += 1
    return round(lift, digits)


@dataclass(frozen=True, slots=True, eq=False)
class FailedObservations:
    """The snapshots of a follower history that are failed observations of the follower
    count (:func:`failed_observations`), by their index in ``history``: counts of 0
    (``zeros``) and falls of more than half back within a week (``dips``)."""

    history: list[FollowerSnapshot]  # the history judged (this list: its checks reuse it)
    zeros: list[int]
    dips: list[int]

    def kept(self) -> list[FollowerSnapshot]:
        """``history`` without them (the list itself when there are none)."""
        if not self.zeros and not self.dips:
            return self.history
        dropped = {*self.zeros, *self.dips}
        return [s for i, s in enumerate(self.history) if i not in dropped]


def failed_observations(record: CreatorRecord) -> FailedObservations:
    """The failed observations of the record's follower history (:func:`_failed_observations`,
    against the profile's follower count and creation date), judged once for the checks that
    read the history: the feature pipeline passes them to the growth and engagement checks in
    :attr:`FeatureContext.failed_observations <fraud.features.base.FeatureContext>`."""
    return _judged(record.follower_history, record, None)


def _judged(
    history: list[FollowerSnapshot], record: CreatorRecord, given: FailedObservations | None
) -> FailedObservations:
    """The failed observations of ``history`` (the record's, or its recent part): ``given``
    when it was judged on this very list, else judged now."""
    if given is not None and given.history is history:
        return given
    profile = record.profile
    zeros, dips = _failed_observations(history, profile.followers, profile.created_at)
    return FailedObservations(history, zeros, dips)


def observed_history(
    record: CreatorRecord, failed: FailedObservations | None = None
) -> list[FollowerSnapshot]:
    """The record's follower history without the counts the growth check drops as failed
    observations (:func:`_failed_observations`): what the engagement checks read the
    followers on a post's day from, so that a scrape that gave 0 does not divide a post's
    interactions by next to nothing. The history itself when none is dropped. ``failed``:
    :func:`failed_observations` of the record, when already judged."""
    return _judged(record.follower_history, record, failed).kept()


@dataclass(frozen=True, slots=True)
class _DataNote:
    """What cleaning the history found: the note a reader gets, the dates of the snapshots
    dropped, of the following counts dropped, and the unit the counts are rounded to."""

    text: str
    dates: list[str]
    following_dates: list[str] = field(default_factory=list)
    unit: int | None = None


def _dropped_text(
    history: list[FollowerSnapshot], zeros: list[int], dips: list[int], what: str
) -> str:
    """The note on the ``zeros`` and ``dips`` of ``history`` dropped: ``what`` is the count
    ("follower snapshot", "following count")."""
    parts = []
    dropped = set(zeros) | set(dips)
    back_in = {i: _days_to_next_kept(history, i, dropped) for i in dips}
    kinds = (
        ("a count of 0", zeros),
        (
            "a one-day fall of more than half, back the next day,",
            [i for i in dips if back_in[i] <= 1],
        ),
        (
            "a fall of more than half, back within a week (a failed scrape, or a purge bought"
            " back that the history cannot tell from one: read as neither),",
            [i for i in dips if back_in[i] > 1],
        ),
    )
    for kind, indexes in kinds:
        if indexes:
            days = [history[i].date.isoformat() for i in indexes]
            more = f" and {len(days) - 3} more" if len(days) > 3 else ""
            parts.append(f"{kind} on {', '.join(days[:3])}{more}")
    n = len(set(zeros) | set(dips))
    return (
        f"{counted(n, what)} dropped as "
        f"{one_or_many(n, 'a failed observation', 'failed observations')} "
        f"({'; '.join(parts)}): a scrape that failed, "
    )


def _days_to_next_kept(history: list[FollowerSnapshot], index: int, dropped: set[int]) -> int:
    """Days from snapshot ``index`` to the next one not ``dropped`` (0: none after it)."""
    later = next((j for j in range(index + 1, len(history)) if j not in dropped), None)
    return 0 if later is None else (history[later].date - history[index].date).days


def _sentences(*texts: str | None) -> str | None:
    """The ``texts`` given as one note: sentences, each but the first capitalised."""
    given = [t for t in texts if t]
    if not given:
        return None
    return ". ".join([given[0], *(t[0].upper() + t[1:] for t in given[1:])])


def _cleaned(
    failed: FailedObservations, current_following: int | None = None
) -> tuple[list[FollowerSnapshot], _DataNote | None]:
    """The history ``failed`` judged without its failed observations, and a note naming them
    (None: none); ``current_following`` is the profile's following count.

    A failed following count (:func:`_failed_following`: a single 0 between real counts,
    when such zeros are rare) is left out of the following series only: its snapshot's
    follower count is kept. A dip
    that is not 0 is kept (the followers' dip rule is not applied): a scrape that fails
    gives no count or 0, while a low count that comes back is what follow/unfollow churn
    looks like.
    """
    history, zeros, dips = failed.history, failed.zeros, failed.dips
    dropped = set(zeros) | set(dips)
    follower_text = (
        _dropped_text(history, zeros, dips, "follower snapshot") + "not a real change in followers"
        if dropped
        else None
    )
    kept = failed.kept()
    followings = [s.following for s in kept]
    if None in followings:
        known = [i for i, count in enumerate(followings) if count is not None]
        counts = [followings[i] or 0 for i in known]
    else:
        known, counts = list(range(len(kept))), cast(list[int], followings)
    failed_following = [known[j] for j in _failed_following(counts, current_following)]
    following_text = None
    if failed_following:
        following_text = (
            _dropped_text(kept, failed_following, [], "following count")
            + "not a real change in the accounts followed (the follower counts are kept)"
        )
        bad = set(failed_following)
        kept = [_without_following(s) if i in bad else s for i, s in enumerate(kept)]
    text = _sentences(follower_text, following_text)
    if text is None:
        return history, None
    note = _DataNote(
        text,
        [history[i].date.isoformat() for i in sorted(dropped)],
        [kept[i].date.isoformat() for i in failed_following],
    )
    return kept, note


def _failed_following(counts: list[int], current: int | None) -> list[int]:
    """The positions of ``counts`` (following counts, in date order) that a failed scrape
    gave: a single 0 between two real counts (the next one may be the profile's ``current``
    count), when the count reads 0 at most :data:`FOLLOWING_FAILED_MAX` times or on
    :data:`FOLLOWING_FAILED_SHARE` of the snapshots. A run of zeros, or zeros that recur, are
    kept: unfollowing everyone and following back is the churn pattern itself. Unlike the
    followers' rule there is no minimum count (accounts follow a few dozen)."""
    zeros = [j for j, count in enumerate(counts) if count == 0]
    if len(zeros) > max(FOLLOWING_FAILED_MAX, FOLLOWING_FAILED_SHARE * len(counts)):
        return []
    failed = []
    for j in zeros:
        before = counts[j - 1] if j > 0 else 0
        after = counts[j + 1] if j + 1 < len(counts) else current
        if before > 0 and after is not None and after > 0:
            failed.append(j)
    return failed


def _without_following(snapshot: FollowerSnapshot) -> FollowerSnapshot:
    """``snapshot`` with its following count unknown (the validated records' snapshots are
    of either schema type; the growth checks read the three fields only)."""
    return FollowerSnapshot.model_construct(
        date=snapshot.date, followers=snapshot.followers, following=None
    )


def _rounding_unit(followers: np.ndarray) -> int | None:
    """The unit display-rounded follower counts are rounded to (None: read as exact).

    Rounded: at least :data:`MIN_SNAPSHOTS` counts, all multiples of a power of ten of at
    least :data:`ROUNDED_MIN_UNIT` (taken no coarser than a tenth of the smallest count's
    leading digit: a page shows at least two digits, 1.0万 is 10,000 to the thousand), with
    more than one value and at least :data:`ROUNDED_MIN_UNCHANGED` of the moves between
    neighbouring snapshots 0. Exact counts of a growing account are all multiples of 100
    about once in 100 ** 8 histories.
    """
    if len(followers) < MIN_SNAPSHOTS or followers[0] % ROUNDED_MIN_UNIT:
        return None  # the first count says it of nearly every exact history
    if followers.min() <= 0 or np.any(followers % ROUNDED_MIN_UNIT):
        return None
    moves = np.diff(followers)
    if not moves.any() or float(np.mean(moves == 0)) < ROUNDED_MIN_UNCHANGED:
        return None
    ceiling = 10 ** max(int(math.log10(float(followers.min()))) - 1, 0)
    unit = ROUNDED_MIN_UNIT
    while unit * 10 <= ceiling and not np.any(followers % (unit * 10)):
        unit *= 10
    return unit if unit <= ceiling else None


def _rounding_text(unit: int) -> str:
    return (
        f"every follower count is a multiple of {unit:,} and most are unchanged from the "
        f"snapshot before: counts rounded for display (as a page showing {_shown(unit)} "
        f"does); steps of up to {unit:,} are spread over the days between them, not read as "
        "follower jumps, and a jump of that size or smaller cannot be seen"
    )


def _shown(unit: int) -> str:
    """An example display string for counts rounded to ``unit``."""
    if unit >= 10_000_000:
        return "1.2亿"
    if unit >= 1_000:
        return "5.6万"
    return "5.6k"


def _history(
    record: CreatorRecord, failed: FailedObservations | None = None
) -> tuple[list[FollowerSnapshot], _DataNote | None, str | None]:
    """The history the growth checks read (both paths): its recent part cleaned of failed
    observations, the data note on what was dropped or how the counts are rounded, and the
    skip note (None: it runs). ``failed``: the failed observations when already judged (of
    the whole history, which is its recent part unless it spans :data:`MAX_HISTORY_DAYS`)."""
    _, history, data_note, skip = _read(record, failed)
    return history, data_note, skip


def _read(
    record: CreatorRecord, failed: FailedObservations | None
) -> tuple[FailedObservations, list[FollowerSnapshot], _DataNote | None, str | None]:
    """:func:`_history`, after the failed observations of the recent part it cleaned."""
    recent = _recent(record.follower_history)
    judged = _judged(recent, record, failed)
    history, data_note = _cleaned(judged, record.profile.following)
    skip = _skip_note(record, recent, history)
    if skip is not None and data_note is not None:
        skip = f"{skip} ({data_note.text})"
    if skip is None and not history[0].followers % ROUNDED_MIN_UNIT:
        unit = _rounding_unit(np.array([s.followers for s in history], dtype=float))
        if unit is not None:
            data_note = _DataNote(
                _sentences(data_note.text if data_note else None, _rounding_text(unit)) or "",
                data_note.dates if data_note else [],
                data_note.following_dates if data_note else [],
                unit,
            )
    return judged, history, data_note, skip


def _following_features(
    history: list[FollowerSnapshot],
) -> _Following:
    known = [(s.date.toordinal(), s.following) for s in history if s.following is not None]
    if len(known) < MIN_SNAPSHOTS:
        return NAN, NAN, NAN, None
    ordinals = np.array([k[0] for k in known], dtype=float)
    values = np.array([k[1] for k in known], dtype=float)
    return _following_of_series(ordinals.astype(int), values)


def _following_from_columns(ordinals: np.ndarray, history: list[FollowerSnapshot]) -> _Following:
    """:func:`_following_features` from the snapshots' ordinals already in an array."""
    followings = list(map(_SNAPSHOT_FOLLOWING, history))
    if None in followings:
        known = np.fromiter((f is not None for f in followings), bool, len(followings))
        ordinals = ordinals[known]
        followings = [f for f in followings if f is not None]
    if len(followings) < MIN_SNAPSHOTS:
        return NAN, NAN, NAN, None
    return _following_of_series(ordinals, np.array(followings, dtype=float))


def _following_of_series(
    ordinals: np.ndarray, values: np.ndarray
) -> tuple[float, float, float, tuple[str, int, str | None]]:
    days, level = _daily_series(ordinals, values)
    moves = np.abs(np.diff(level))
    mean_level = max(float(level.mean()), 10.0)
    jump_index = int(np.argmax(moves))
    jump_share = float(moves[jump_index]) / mean_level
    churn = float(moves.sum()) / mean_level / max(len(moves) / 30.0, 1.0)
    day = int(days[jump_index + 1])
    after = _count_after_gap(ordinals, day)
    jump: tuple[str, int, str | None]
    if after is not None:  # no count on the day before: the move seen between the two counts
        jump = (
            date.fromordinal(int(ordinals[after])).isoformat(),
            round(float(values[after] - values[after - 1])),
            date.fromordinal(int(ordinals[after - 1])).isoformat(),
        )
    else:
        jump = (
            date.fromordinal(day).isoformat(),
            round(float(level[jump_index + 1] - level[jump_index])),
            None,
        )
    return jump_share, churn, _repeat_share(np.diff(level)) / mean_level, jump


def _repeat_share(moves: np.ndarray) -> float:
    """How far the count went and came back, twice: the daily ``moves`` taken as swings (runs
    of moves one way, days without a move not breaking them), each pair of neighbouring
    swings as a round trip of the smaller of the two, and the second-largest round trip
    (0 with fewer than two), round trips of fewer than :data:`REPEAT_MIN_ACCOUNTS` accounts
    counting 0. One clean-up or one batch of follows is one swing (0); follow then unfollow
    once is one round trip (0); follow, unfollow, follow again is two."""
    moving = moves[moves != 0]
    if len(moving) < 3:
        return 0.0
    turns = np.flatnonzero(np.diff(np.sign(moving))) + 1
    swings = np.abs(np.add.reduceat(moving, np.concatenate([[0], turns])))
    if len(swings) < 3:
        return 0.0
    trips = np.minimum(swings[:-1], swings[1:])
    trips[trips < REPEAT_MIN_ACCOUNTS] = 0.0
    return float(np.sort(trips)[-2])


def _skip_note(
    record: CreatorRecord, recent: list[FollowerSnapshot], history: list[FollowerSnapshot]
) -> str | None:
    """Why the growth checks cannot run on ``history`` (the ``recent`` part of the record's,
    cleaned) (None when they can)."""
    if len(history) < MIN_SNAPSHOTS or (history[-1].date - history[0].date).days < MIN_SPAN_DAYS:
        within = (
            "" if recent is record.follower_history else f" in its last {MAX_HISTORY_DAYS} days"
        )
        n = len(history)
        span = (history[-1].date - history[0].date).days if n > 1 else None
        over = f" over {counted(span, 'day')}" if span is not None and span < MIN_SPAN_DAYS else ""
        return (
            f"follower history has {counted(n, 'snapshot')}{over}{within}; "
            f"the growth checks need {MIN_SNAPSHOTS} over {MIN_SPAN_DAYS}+ days"
        )
    return None


def extract(record: CreatorRecord, ctx: FeatureContext) -> FeatureBlock:
    """Growth features of one creator; skipped with fewer than 8 snapshots over 14 days."""
    history, data_note, note = _history(record, ctx.failed_observations)
    if note is not None:
        return FeatureBlock.skipped(CHECK, NAMES, note)
    _, days, level, deltas, median, scale = _series(history, data_note)
    post_days, engagement, hidden_days = _posts_read(record)
    block = _block(
        history, days, level, deltas, median, scale, post_days, engagement, hidden_days=hidden_days
    )
    return _noted(block, data_note)


def _series(
    history: list[FollowerSnapshot], data_note: _DataNote | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The counts' days (ordinals) of the history the check read, its daily series (days and
    level), the daily changes and their robust baseline (median and scale): the per-creator
    path's (:func:`extract_many` takes the baselines of a chunk at once)."""
    ordinals = np.array([s.date.toordinal() for s in history])
    unit = data_note.unit if data_note is not None else None
    followers = np.array([s.followers for s in history], dtype=float)
    days, level = _daily_series(ordinals, followers, unit)
    deltas = np.diff(level)
    median, scale = _robust_baseline(deltas, level[:-1])
    return ordinals, days, level, deltas, median, scale


def _posts_read(record: CreatorRecord) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The days and engagement of the posts whose likes are known, and the days of those
    whose likes are hidden: such a post has no engagement count, it is left out, its day
    kept (it may be the post that brought a spike)."""
    known = [p for p in record.posts if not p.likes_unknown]
    post_days = np.array([p.posted_at.date().toordinal() for p in known])
    engagement = np.array([post_engagement(p, record.platform) for p in known], dtype=float)
    hidden_days = np.array(
        [p.posted_at.date().toordinal() for p in record.posts if p.likes_unknown], np.int64
    )
    return post_days, engagement, hidden_days


def _noted(block: FeatureBlock, data_note: _DataNote | None) -> FeatureBlock:
    """``block`` with the data note on failed observations (a ran block's ``note``, which
    the reasons turn into a ``DATA_QUALITY`` reason) and their dates in the evidence."""
    if data_note is not None:
        block.note = data_note.text
        block.evidence.failed_snapshot_dates = data_note.dates or None
        block.evidence.failed_following_dates = data_note.following_dates or None
        block.evidence.follower_count_unit = data_note.unit
    return block


#: ``follower_spike_growth_share`` at most (spikes that made more than the net growth: followers
#: fell outside them)
SPIKE_GROWTH_SHARE_CAP = 2.0


def _block(
    history: list[FollowerSnapshot],
    days: np.ndarray,
    level: np.ndarray,
    deltas: np.ndarray,
    median: np.ndarray,
    scale: np.ndarray,
    post_days: np.ndarray,
    engagement: np.ndarray,
    median_of: Callable[[np.ndarray], float] = _np_median,
    following: _Following | None = None,
    hidden_days: np.ndarray | None = None,
    paces: tuple[np.ndarray, np.ndarray] | None = None,
) -> FeatureBlock:
    """The growth block from the daily series, its baseline and the posts.

    ``post_days`` and ``engagement`` are the posts whose likes are known; ``hidden_days`` the
    days of the posts whose likes are hidden (``likes_unknown``), which may hold the post that
    brought the spike. ``median_of`` takes the median of a 1-D array (``np.median`` in the
    reference path); ``following`` is :func:`_following_features` of the history when already
    computed, ``paces`` :func:`_window_paces` of ``deltas`` (:func:`_chunk_window_paces`).
    """
    before = level[:-1]
    excess, z, is_spike = _spike_days(deltas, median, scale, before)
    episodes = _episodes(np.flatnonzero(is_spike))
    values = dict.fromkeys(NAMES, NAN)
    evidence = GrowthEvidence(n_history_days=len(days))
    values["follower_history_days"] = float(len(days))

    look_back = min(30, len(level) - 1)
    values["follower_growth_30d"] = (level[-1] - level[-1 - look_back]) / max(
        level[-1 - look_back], 1.0
    )
    peak = int(np.argmax(excess))
    normal_day = max(float(median[peak]), 1.0)
    values["follower_spike_z"] = math.log1p(max(float(z[peak]), 0.0))
    values["follower_spike_share"] = max(float(excess[peak]), 0.0) / max(float(before[peak]), 1.0)
    values["follower_spike_ratio"] = math.log(max(float(deltas[peak]), 1.0) / normal_day)
    values["n_follower_spike_days"] = float(is_spike.sum())
    values["n_follower_spike_episodes"] = float(len(episodes))
    net_growth = float(level[-1] - level[0])
    spike_excess = float(excess[is_spike].sum())
    values["follower_spike_growth_share"] = (
        min(spike_excess / net_growth, SPIKE_GROWTH_SHARE_CAP)
        if net_growth > 0
        else float(spike_excess > 0)
    )

    week = min(7, len(level) - 1)
    drops = (level[:-week] - level[week:]) / np.maximum(level[:-week], 1.0)
    values["follower_max_drop_share"] = max(float(drops.max()), 0.0)
    if len(deltas) >= DRIP_MIN_DAYS:
        window_means, window_medians = paces if paces is not None else _window_paces(deltas)
        typical = max(median_of(window_means), 1.0, 0.0002 * float(level.mean()))
        values["follower_elevated_window_ratio"] = math.log(
            max(float(window_means.max()), 1.0) / typical
        )
        # The same with each window's pace its median day, so that the two weeks grew fast
        # day after day: one spike day (or a burst of a few) lifts a window's mean, not its
        # median. What FOLLOWER_DRIP reads (the model learns from the mean's ratio).
        values["follower_steady_window_ratio"] = math.log(
            max(float(window_medians.max()), 1.0) / typical
        )

    jump_share, churn, repeat_share, jump = following or _following_features(history)
    values["following_jump_share"] = jump_share
    values["following_churn_30d"] = churn
    values["following_repeat_share"] = repeat_share
    if jump is not None:
        (
            evidence.following_jump_date,
            evidence.following_jump,
            evidence.following_jump_since,
        ) = jump

    if episodes:
        first, last = _largest_episode(episodes, excess)
        episode_excess = float(excess[first : last + 1].sum())
        peak_in_episode = _peak(first, last, excess)
        tail = excess[peak_in_episode + 1 : peak_in_episode + 4].clip(min=0).sum()
        values["follower_spike_tail_ratio"] = float(tail) / max(float(excess[peak_in_episode]), 1.0)
        after = level[last + 1 : last + 1 + AFTER_SPIKE_DAYS + 1]
        # Largest fall from a running peak in the 60 days after the spike (a purge), beyond
        # the creator's own decline when it was losing followers before the spike (its normal
        # day's change, when negative, carried on: a creator losing 30 a day has not been
        # purged by losing 30 a day after a jump).
        decline = min(float(median[peak_in_episode]), 0.0)
        if decline < 0.0 and len(after) > 1:
            after = after - decline * np.arange(len(after))
        lost = float((np.maximum.accumulate(after) - after).max()) if len(after) > 1 else NAN
        values["follower_drop_after_spike"] = lost / episode_excess if len(after) > 1 else NAN
        start_day = int(days[first + 1])
        end_day = int(days[last + 1])
        evidence.spike_date = date.fromordinal(int(days[peak_in_episode + 1])).isoformat()
        evidence.spike_start = date.fromordinal(start_day).isoformat()
        evidence.spike_end = date.fromordinal(end_day).isoformat()
        evidence.spike_followers = round(float(deltas[peak_in_episode]))
        evidence.spike_episode_followers = round(float(deltas[first : last + 1].sum()))
        evidence.spike_excess_followers = round(episode_excess)
        evidence.normal_day_followers = round(float(median[peak_in_episode]))
        evidence.spike_x_normal = round(
            float(deltas[peak_in_episode]) / max(float(median[peak_in_episode]), 1.0), 1
        )
        evidence.spike_share_of_followers = round(
            episode_excess / max(float(before[first]), 1.0), 4
        )
        evidence.spike_growth_share = round(
            float(deltas[first : last + 1].sum()) / max(float(before[first]), 1.0), 4
        )
        evidence.n_spike_episodes = len(episodes)
        _observed_gap(evidence, history, int(days[peak_in_episode + 1]))
        evidence.drop_after_spike_followers = None if math.isnan(lost) else round(max(lost, 0.0))
        _coupling(
            values,
            evidence,
            post_days,
            engagement,
            level,
            days,
            start_day,
            end_day,
            median_of,
            hidden_days,
        )

    if len(engagement) >= 6:
        values["engagement_follower_elasticity"] = _elasticity(
            post_days, engagement, days, level, median_of
        )
    return FeatureBlock(CHECK, values, evidence)


def _window_paces(deltas: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The mean and the median daily change of every 14-day window of ``deltas``."""
    windows = sliding_window_view(deltas, 14)
    middle = np.sort(windows, axis=1)  # the 14 days in order: the two middle ones
    return windows.mean(axis=1), (middle[:, 6] + middle[:, 7]) / 2.0


def _chunk_window_paces(
    deltas: np.ndarray, segments: Segments
) -> list[tuple[np.ndarray, np.ndarray] | None]:
    """:func:`_window_paces` of each creator's segment of the chunk's ``deltas`` that has
    :data:`DRIP_MIN_DAYS` or more (None: fewer), the windows of all creators in one pass.

    The means are those of one sliding view over the whole chunk, a row per window as the
    creator's own view sums it; the middle values from each window sorted, as the creator's
    own (a partition, 4x slower here, may put ``-0.0`` and ``0.0`` the other way round:
    review s49)."""
    paces: list[tuple[np.ndarray, np.ndarray] | None] = [None] * len(segments)
    chosen = np.flatnonzero(segments.lengths >= DRIP_MIN_DAYS)
    if not len(chosen):
        return paces
    n_windows = segments.lengths[chosen] - 13
    ends = np.cumsum(n_windows)
    first = np.repeat(segments.starts[chosen] - (ends - n_windows), n_windows) + np.arange(
        int(ends[-1])
    )  # each window's first day in ``deltas``
    windows = sliding_window_view(deltas, 14)
    middle = np.sort(windows[first], axis=1)
    means = np.split(windows.mean(axis=1)[first], ends[:-1])
    medians = np.split((middle[:, 6] + middle[:, 7]) / 2.0, ends[:-1])
    for c, mean, median in zip(chosen.tolist(), means, medians, strict=True):
        paces[c] = (mean, median)
    return paces


def _spike_days(
    deltas: np.ndarray, median: np.ndarray, scale: np.ndarray, before: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each day's change beyond its normal day's (``excess``), its robust z, and whether the
    day is a spike: z above :data:`SPIKE_Z`, adding at least :data:`SPIKE_MIN_SHARE` of the
    followers the day before (``before``) and :data:`SPIKE_MIN_FOLLOWERS`."""
    excess = deltas - median
    z = excess / scale
    is_spike = (
        (z > SPIKE_Z)
        & (excess > SPIKE_MIN_SHARE * np.maximum(before, 1.0))
        & (excess >= SPIKE_MIN_FOLLOWERS)
    )
    return excess, z, is_spike


def _largest_episode(episodes: list[tuple[int, int]], excess: np.ndarray) -> tuple[int, int]:
    """The episode that added the most followers beyond its normal days: the one the
    evidence and the reasons speak of."""
    return max(episodes, key=lambda e: float(excess[e[0] : e[1] + 1].sum()))


def _peak(first: int, last: int, excess: np.ndarray) -> int:
    """The day of the episode ``first``..``last`` (daily change indexes) furthest beyond its
    normal day's change."""
    return first + int(np.argmax(excess[first : last + 1]))


@dataclass(frozen=True, slots=True)
class _Lift:
    """Whether engagement rose with a spike: the posts with hidden likes near it (the lift
    is then not judged), else the best post near it over the median post (1.0: no post near
    it, nothing rose with it) and how many posts are near."""

    n_hidden_near: int
    lift: float = NAN
    n_near: int = 0


def _spike_lift(
    post_days: np.ndarray,
    engagement: np.ndarray,
    start_day: int,
    end_day: int,
    median_of: Callable[[np.ndarray], float],
    hidden_days: np.ndarray | None = None,
) -> _Lift | None:
    """Did engagement rise with the spike from ``start_day`` to ``end_day`` (ordinals)? None:
    not judged (fewer than 3 posts with known likes, or none around the spike).

    ``post_days`` / ``engagement`` are the posts with known likes; a post whose likes are
    hidden (``hidden_days``) inside the lift window may be the one that brought the spike, so
    the lift is then not judged (no "no rise in likes" from a count never shown).
    """
    if len(engagement) < 3:
        return None
    if post_days.min() > end_day or post_days.max() < start_day - LIFT_WINDOW_DAYS - 14:
        return None  # the posts we have do not cover the spike
    n_hidden_near = (
        0
        if hidden_days is None
        else int(((hidden_days >= start_day - LIFT_WINDOW_DAYS) & (hidden_days <= end_day)).sum())
    )
    if n_hidden_near:
        return _Lift(n_hidden_near)
    typical = max(median_of(engagement), 1.0)
    near = (post_days >= start_day - LIFT_WINDOW_DAYS) & (post_days <= end_day)
    # No post near the spike: nothing rose with it (lift 1x), as for bought followers.
    lift = max(float(engagement[near].max()), 1.0) / typical if near.any() else 1.0
    return _Lift(0, lift, int(near.sum()))


def _explains(lift: float) -> bool:
    """Whether a spike's ``lift`` explains it: above :data:`SPIKE_EXPLAINED_LIFT`, compared
    as the reasons compare ``spike_engagement_lift`` (its log)."""
    return math.log(lift) > math.log(SPIKE_EXPLAINED_LIFT)


def _count_after_gap(ordinals: Sequence[int] | np.ndarray, day: int) -> int | None:
    """The position of the first count (``ordinals``: the counts' days, sorted) on or after
    ``day`` when the count before it is more than a day earlier: the day's change was then
    not seen, only the change between those two counts. None when it was (or no count lies
    on both sides)."""
    after = int(np.searchsorted(ordinals, day))
    if 0 < after < len(ordinals) and ordinals[after] - ordinals[after - 1] > 1:
        return after
    return None


def _observed_gap(evidence: GrowthEvidence, history: list[FollowerSnapshot], peak_day: int) -> None:
    """Name the snapshots around ``peak_day`` (an ordinal) when none was taken on it or the
    day before, so that the spike's day is not stated as seen (``GrowthEvidence.spike_gap_*``)."""
    gap = _gap_around(history, [s.date.toordinal() for s in history], peak_day)
    if gap is None:
        return
    start, end = gap
    evidence.spike_gap_start = start.date.isoformat()
    evidence.spike_gap_end = end.date.isoformat()
    evidence.spike_gap_followers = end.followers - start.followers
    evidence.spike_gap_growth_share = round(
        evidence.spike_gap_followers / max(start.followers, 1), 4
    )


def _gap_around(
    history: list[FollowerSnapshot], ordinals: Sequence[int] | np.ndarray, peak_day: int
) -> tuple[FollowerSnapshot, FollowerSnapshot] | None:
    """The two snapshots of ``history`` (its counts' days: ``ordinals``) around ``peak_day``
    when no count was taken on it or the day before (:func:`_count_after_gap`), else None."""
    after = _count_after_gap(ordinals, peak_day)
    return None if after is None else (history[after - 1], history[after])


class JumpKind(StrEnum):
    """How the growth check reads a jump of a follower history (:func:`follower_jumps`)."""

    # A spike (days far beyond the creator's normal day: SPIKE_Z) that no post explains:
    # none near it, or none above SPIKE_EXPLAINED_LIFT x the median post (bought followers).
    UNEXPLAINED_SPIKE = "unexplained_spike"
    EXPLAINED_SPIKE = "explained_spike"  # a post above that line came with it (a viral post)
    # a post whose likes are hidden is near it: the post that would tell cannot be read
    SPIKE_LIKES_HIDDEN = "spike_likes_hidden"
    SPIKE_NOT_JUDGED = "spike_not_judged"  # fewer than 3 posts with likes, or none around it
    # Failed observations, dropped before any growth feature (:func:`failed_observations`):
    FAILED_ZERO = "failed_zero"  # a count of 0 between real counts (a scrape that failed)
    FAILED_DIP = "failed_dip"  # a fall of more than half, back within a week


@dataclass(frozen=True, slots=True)
class FollowerJump:
    """One jump of a follower history and the growth check's judgement of it (``kind``).

    A spike is an episode of spike days (changes far beyond the normal day's, at most
    :data:`EPISODE_GAP_DAYS` apart) from ``start`` to ``end``, furthest beyond on ``peak``;
    its followers are read off the counts the check kept (between two counts, on the line
    between them, as a chart of those counts draws it). A failed observation is the day of
    the snapshot dropped: ``followers_after`` is the count it read, ``followers_before`` the
    kept count it is judged against (the one before it; after it, for a first snapshot).
    """

    kind: JumpKind
    start: date
    end: date
    peak: date
    followers_before: float  # on the day before ``start``
    followers_after: float  # on ``end``
    # The best post near a spike over the median post (None: no post near it, nothing rose
    # with it; or its lift is not judged).
    lift: float | None = None
    # When no count was taken on the peak day or the day before: the dates of the two counts
    # around it (the jump was seen only between them).
    gap_start: date | None = None
    gap_end: date | None = None
    largest: bool = False  # the spike that added the most: the one the growth evidence names

    @property
    def is_spike(self) -> bool:
        """Whether this is a spike (else a failed observation)."""
        return self.kind not in (JumpKind.FAILED_ZERO, JumpKind.FAILED_DIP)

    @property
    def gain(self) -> float:
        """The followers it added (a fall: negative)."""
        return self.followers_after - self.followers_before


@dataclass(frozen=True, slots=True)
class FollowerJumps:
    """A creator's follower history as the growth check read it, and the jumps it judged."""

    # The snapshots read: those of the last MAX_HISTORY_DAYS days, the failed observations
    # dropped, a failed following count unknown.
    history: list[FollowerSnapshot]
    # By date: the failed observations, and the spikes (none when the check cannot run:
    # fewer than MIN_SNAPSHOTS over MIN_SPAN_DAYS days).
    jumps: tuple[FollowerJump, ...]

    @property
    def spikes(self) -> tuple[FollowerJump, ...]:
        """The jumps that are spikes, by date."""
        return tuple(jump for jump in self.jumps if jump.is_spike)


def follower_jumps(
    record: CreatorRecord, failed: FailedObservations | None = None
) -> FollowerJumps:
    """Every jump of the record's follower history with the growth check's judgement of it:
    the spikes (explained by a post or not, or not judged) and the failed observations
    dropped, from the check's own code (the history it reads, its daily series, baseline,
    spike and lift rules), so that what a chart marks is what the scorer saw. The largest
    spike is the one the growth evidence and the reasons speak of. ``failed``:
    :func:`failed_observations` of the record, when already judged.
    """
    judged, history, data_note, skip = _read(record, failed)
    jumps = _failed_jumps(judged)
    if skip is None:
        jumps += _spike_jumps(record, history, data_note)
    return FollowerJumps(history, tuple(sorted(jumps, key=attrgetter("start"))))


def _failed_jumps(judged: FailedObservations) -> list[FollowerJump]:
    """The failed observations ``judged`` as jumps (one a dropped snapshot)."""
    history = judged.history
    zeros = set(judged.zeros)
    dropped = zeros | set(judged.dips)
    jumps: list[FollowerJump] = []
    if not dropped:
        return jumps
    # The kept snapshot each is measured against: the last one before it, found in one pass
    # (a search back from each, through a run of thousands of zeros, was quadratic in it);
    # before the first kept one, the first kept one (or itself when none is kept).
    before: list[int | None] = []
    last: int | None = None
    for i in range(len(history)):
        before.append(last)
        if i not in dropped:
            last = i
    first_kept = next((j for j in range(len(history)) if j not in dropped), None)
    for index in sorted(dropped):
        kept = before[index]
        if kept is None:  # a first snapshot: the count after it
            kept = index if first_kept is None else first_kept
        snapshot, against = history[index], history[kept]
        jumps.append(
            FollowerJump(
                JumpKind.FAILED_ZERO if index in zeros else JumpKind.FAILED_DIP,
                snapshot.date,
                snapshot.date,
                snapshot.date,
                float(against.followers),
                float(snapshot.followers),
            )
        )
    return jumps


def _spike_jumps(
    record: CreatorRecord, history: list[FollowerSnapshot], data_note: _DataNote | None
) -> list[FollowerJump]:
    """The spikes of ``history`` (what the growth check read of the record's) as jumps, by
    the per-creator path (the chunk path is held equal to it)."""
    ordinals, days, level, deltas, median, scale = _series(history, data_note)
    excess, _, is_spike = _spike_days(deltas, median, scale, level[:-1])
    episodes = _episodes(np.flatnonzero(is_spike))
    if not episodes:
        return []
    largest = _largest_episode(episodes, excess)
    post_days, engagement, hidden_days = _posts_read(record)
    counts = np.array([s.followers for s in history], dtype=float)
    jumps = []
    for first, last in episodes:
        # Index i is the change from day i to day i + 1: the jump shows on day i + 1.
        start_day, end_day = int(days[first + 1]), int(days[last + 1])
        peak_day = int(days[_peak(first, last, excess) + 1])
        judged = _spike_lift(post_days, engagement, start_day, end_day, _np_median, hidden_days)
        lift = None
        if judged is None:
            kind = JumpKind.SPIKE_NOT_JUDGED
        elif judged.n_hidden_near:
            kind = JumpKind.SPIKE_LIKES_HIDDEN
        else:
            explained = _explains(judged.lift)
            kind = JumpKind.EXPLAINED_SPIKE if explained else JumpKind.UNEXPLAINED_SPIKE
            lift = judged.lift if judged.n_near else None
        gap = _gap_around(history, ordinals, peak_day)
        jumps.append(
            FollowerJump(
                kind,
                date.fromordinal(start_day),
                date.fromordinal(end_day),
                date.fromordinal(peak_day),
                float(np.interp(start_day - 1, ordinals, counts)),
                float(np.interp(end_day, ordinals, counts)),
                lift,
                gap[0].date if gap else None,
                gap[1].date if gap else None,
                (first, last) == largest,
            )
        )
    return jumps


_SNAPSHOT_DATE = attrgetter("date")
_SNAPSHOT_FOLLOWERS = attrgetter("followers")
_SNAPSHOT_FOLLOWING = attrgetter("following")
_POSTED_AT = attrgetter("posted_at")
_LIKES_UNKNOWN = attrgetter("likes_unknown")
_ENGAGEMENT_GETTERS = {
    platform: attrgetter(*fields) for platform, fields in _ENGAGEMENT_FIELDS.items()
}


def _sorted_median(ordered: np.ndarray) -> np.ndarray:
    """Row medians of a row-sorted matrix, as ``np.median(axis=1)`` computes them (the middle
    value, or the mean of the two middle values)."""
    middle = ordered.shape[1] // 2
    if ordered.shape[1] % 2:
        return ordered[:, middle] / 1.0
    return (ordered[:, middle - 1] + ordered[:, middle]) / 2.0


def _row_median(matrix: np.ndarray) -> np.ndarray:
    return _sorted_median(np.sort(matrix, axis=1))


def _robust_baselines(
    deltas: np.ndarray, levels: np.ndarray, segments: Segments
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_robust_baseline` of every creator's concatenated daily changes at once.

    The medians are the same order statistics ``np.median`` picks, taken from sorted rows:
    the global ones per creator, and one matrix of every 28-day window of every creator.
    """
    first = segments.apply(deltas, _row_median)
    spread = np.abs(deltas - np.repeat(first, segments.lengths))
    median = np.repeat(first, segments.lengths)
    mad = np.repeat(segments.apply(spread, _row_median), segments.lengths)
    # Window i of a creator is its days i .. i+27 and sets the baseline of day i+28.
    windows = [
        (start + np.arange(length - BASELINE_DAYS))
        for start, length in zip(segments.starts.tolist(), segments.lengths.tolist(), strict=True)
        if length > BASELINE_DAYS
    ]
    if windows:
        window_starts = np.concatenate(windows)
        ordered = np.sort(deltas[window_starts[:, None] + np.arange(BASELINE_DAYS)], axis=1)
        window_median = _sorted_median(ordered)
        window_mad = _row_median(np.abs(ordered - window_median[:, None]))
        median[window_starts + BASELINE_DAYS] = window_median
        mad[window_starts + BASELINE_DAYS] = window_mad
    scale = np.maximum.reduce(
        [1.4826 * mad, 0.5 * np.abs(median), 0.0003 * levels, np.full(len(deltas), 2.0)]
    )
    return median, scale


def extract_many(
    records: Sequence[CreatorRecord], contexts: Sequence[FeatureContext]
) -> list[FeatureBlock]:
    """:func:`extract` for a chunk: the daily changes of every creator concatenated and their
    robust baselines (median and MAD of the 28 days before each day) taken at once."""
    blocks: list[FeatureBlock | None] = [None] * len(records)
    todo: list[tuple[int, list[FollowerSnapshot]]] = []
    data_notes: dict[int, _DataNote] = {}
    for index, record in enumerate(records):
        history, data_note, note = _history(record, contexts[index].failed_observations)
        if note is not None:
            blocks[index] = FeatureBlock.skipped(CHECK, NAMES, note)
        else:
            todo.append((index, history))
            if data_note is not None:
                data_notes[index] = data_note
    if not todo:
        return blocks  # type: ignore[return-value]
    series = []
    followings: list[_Following] = []
    for index, history in todo:
        ordinals = np.fromiter(
            map(date.toordinal, map(_SNAPSHOT_DATE, history)), np.int64, len(history)
        )
        followers = np.array(list(map(_SNAPSHOT_FOLLOWERS, history)), dtype=float)
        data_note = data_notes.get(index)
        days, level = _daily_series(ordinals, followers, data_note.unit if data_note else None)
        series.append((days, level))
        followings.append(_following_from_columns(ordinals, history))
    segments = Segments([len(days) - 1 for days, _ in series])
    deltas = np.concatenate([np.diff(level) for _, level in series])
    before = np.concatenate([level[:-1] for _, level in series])
    median, scale = _robust_baselines(deltas, before, segments)
    paces = _chunk_window_paces(deltas, segments)
    for k, ((index, history), (days, level)) in enumerate(zip(todo, series, strict=True)):
        record = records[index]
        posts = record.posts
        hidden_days = None
        if any(map(_LIKES_UNKNOWN, posts)):  # hidden likes: left out, their days kept
            hidden = [p for p in posts if p.likes_unknown]
            posts = [p for p in posts if not p.likes_unknown]
            hidden_days = np.fromiter(
                map(date.toordinal, map(datetime.date, map(_POSTED_AT, hidden))),
                np.int64,
                len(hidden),
            )
        post_days = np.fromiter(
            map(date.toordinal, map(datetime.date, map(_POSTED_AT, posts))), np.int64, len(posts)
        )
        getter = _ENGAGEMENT_GETTERS[record.platform]
        engagement = np.array([sum(filter(None, getter(p))) for p in posts], dtype=float)
        start, stop = int(segments.starts[k]), int(segments.starts[k] + segments.lengths[k])
        blocks[index] = _noted(
            _block(
                history,
                days,
                level,
                deltas[start:stop],
                median[start:stop],
                scale[start:stop],
                post_days,
                engagement,
                _sorted_median_of,
                followings[k],
                hidden_days,
                paces[k],
            ),
            data_notes.get(index),
        )
    return blocks  # type: ignore[return-value]


def _coupling(
    values: dict[str, float],
    evidence: GrowthEvidence,
    post_days: np.ndarray,
    engagement: np.ndarray,
    level: np.ndarray,
    days: np.ndarray,
    start_day: int,
    end_day: int,
    median_of: Callable[[np.ndarray], float],
    hidden_days: np.ndarray | None = None,
) -> None:
    """Did engagement rise with the largest follower spike (:func:`_spike_lift`), and did the
    engagement rate change across it?"""
    judged = _spike_lift(post_days, engagement, start_day, end_day, median_of, hidden_days)
    if judged is None:
        return  # too few posts, or they do not cover the spike: no judgement
    if judged.n_hidden_near:
        evidence.n_hidden_likes_near_spike = judged.n_hidden_near
    else:
        values["spike_engagement_lift"] = math.log(judged.lift)
        evidence.spike_engagement_x_median = lift_shown(judged.lift)
        evidence.n_posts_near_spike = judged.n_near

    followers_at_post = np.interp(post_days, days, level)
    rate = engagement / np.maximum(followers_at_post, 1.0)
    before = (post_days < start_day - LIFT_WINDOW_DAYS) & (
        post_days >= start_day - AFTER_SPIKE_DAYS
    )
    after = (post_days > end_day) & (post_days <= end_day + AFTER_SPIKE_DAYS)
    if before.sum() >= 2 and after.sum() >= 2:
        rate_before = median_of(rate[before])
        rate_after = median_of(rate[after])
        if rate_before > 0 and rate_after > 0:
            values["spike_er_change"] = math.log(rate_after / rate_before)
            evidence.er_before_spike = round(rate_before, 5)
            evidence.er_after_spike = round(rate_after, 5)


def _elasticity(
    post_days: np.ndarray,
    engagement: np.ndarray,
    days: np.ndarray,
    level: np.ndarray,
    median_of: Callable[[np.ndarray], float],
) -> float:
    """How engagement grew relative to followers: ~1 organic, ~0 when followers are bought."""
    inside = (post_days >= days[0]) & (post_days <= days[-1])
    if inside.sum() < 6:
        return NAN
    post_days, engagement = post_days[inside], engagement[inside]
    order = np.argsort(post_days, kind="stable")  # same-day posts in their time order
    third = max(len(order) // 3, 2)
    early, late = order[:third], order[-third:]
    followers_early = median_of(np.interp(post_days[early], days, level))
    followers_late = median_of(np.interp(post_days[late], days, level))
    if followers_early <= 0 or followers_late / followers_early < 1.15:
        return NAN
    engagement_ratio = max(median_of(engagement[late]), 1.0) / max(
        median_of(engagement[early]), 1.0
    )
    value = math.log(engagement_ratio) / math.log(followers_late / followers_early)
    return float(np.clip(value, -3.0, 3.0))
