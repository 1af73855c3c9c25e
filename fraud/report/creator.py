"""What the report shows for one creator: headline, reasons, chart data, skipped checks.

Pure functions of the CreatorRecord, its ScoreResult and its FeatureRow (plus the follower
model's per-account probabilities for the audience split). Feature evidence is read
defensively: a key that is missing or of an unexpected type leaves its chart out with a
note saying why, it never breaks the report.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from fraud.features import FeatureRow
from fraud.features import audience as audience_features
from fraud.features import comments as comment_features
from fraud.features import engagement as engagement_features
from fraud.features import growth as growth_features
from fraud.features.base import post_engagement
from fraud.features.growth import JumpKind
from fraud.norms import EngagementNorm, load_norms
from fraud.reasons import RED_FLAG_SEVERITIES
from fraud.report.i18n import Translator
from fraud.report.table import bounded, safe_text
from fraud.schema import CreatorRecord, Post, Reason, ScoreResult, Verdict

__all__ = [
    "BEHAVIOURAL_CHECKS",
    "CHART_CHECK",
    "REASON_CHART",
    "ChartView",
    "CreatorView",
    "PanelView",
    "ReasonView",
    "build_creator_view",
    "chart_for_code",
]

BEHAVIOURAL_CHECKS = ("growth", "engagement", "comments", "audience")
# Which chart shows the evidence of each reason code; codes not listed have no chart.
REASON_CHART: dict[str, str | None] = {
    "FOLLOWER_SPIKE": "growth",
    "FOLLOWER_SPIKE_EXPLAINED": "growth",
    "FOLLOWER_STAIRCASE": "growth",
    "FOLLOWER_DRIP": "growth",
    "FOLLOWER_DROP_AFTER_SPIKE": "growth",
    "FOLLOWING_CHURN": "growth",
    "ENGAGEMENT_NOT_GROWING": "engagement",
    "ENGAGEMENT_LOW_FOR_SIZE": "engagement",
    "ENGAGEMENT_NORMAL": "engagement",
    "LIKES_COMMENTS_IMBALANCE": "likes_comments",
    "LIKES_OUTLIER_POSTS": "likes_comments",
    "VIEWS_LIKES_IMBALANCE": "views_likes",
    "VIEWS_SPREAD": "views_likes",
    "COMMENTS_LOW_EFFORT": "comments",
    "COMMENTS_DUPLICATED": "comments",
    "COMMENT_POD": "comments",
    "COMMENT_BURST": "comments",
    "COMMENT_SPAM": "comments",
    "CREATOR_REPLIES": "comments",
    "LOYAL_COMMUNITY": "comments",
    "FAKE_FOLLOWERS": "fake_share",
    "AUDIENCE_LOOKS_GENUINE": "fake_share",
    "MASS_FOLLOWERS": "audience_split",
    "COMMENTS_TEMPLATED": "comments",
    "MUTUAL_BOOST_GROUP": "comments",
    "FOLLOWING_RATIO_HIGH": None,  # a profile fact: no chart
}
# Codes added later find their chart by prefix.
_CHART_BY_PREFIX = (
    ("FOLLOWER_", "growth"),
    ("ENGAGEMENT_", "engagement"),
    ("LIKES_", "likes_comments"),
    ("VIEWS_", "views_likes"),
    ("COMMENT", "comments"),
    ("AUDIENCE_", "fake_share"),
    ("FAKE_", "fake_share"),
)


def chart_for_code(code: str) -> str | None:
    """The kind of chart that shows the evidence of reason ``code`` (``None``: no chart)."""
    if code in REASON_CHART:
        return REASON_CHART[code]
    return next((kind for prefix, kind in _CHART_BY_PREFIX if code.startswith(prefix)), None)


# The check whose data each chart draws, in the order the panels appear.
CHART_CHECK: dict[str, str] = {
    "growth": "growth",
    "engagement": "engagement",
    "likes_comments": "engagement",
    "views_likes": "engagement",
    "comments": "comments",
    "audience_split": "audience",
    "fake_share": "audience",
}
# Reasons about data that was not sent: they link to the section on checks that could not run.
_MISSING_DATA_CODES = frozenset(
    {
        "INSUFFICIENT_DATA",
        "GROWTH_NOT_CHECKED",
        "ENGAGEMENT_NOT_CHECKED",
        "COMMENTS_NOT_CHECKED",
        "AUDIENCE_NOT_CHECKED",
    }
)
COMMENT_CATEGORIES = ("substantive", "generic", "emoji_only", "mention_only", "spam")
_MIN_POINTS = 3
_EXAMPLES_SHOWN = 5


class _Omitted(Exception):
    """A chart that cannot be drawn; the message (translated) says why."""


@dataclass(slots=True)
class ReasonView:
    """One reason as shown: translated severity, message, evidence, link to its chart."""

    code: str
    severity: str
    severity_label: str
    message: str
    evidence: list[tuple[str, str]]
    chart: str | None = None  # anchor of the chart (or section) that shows it
    link_label: str = ""


@dataclass(slots=True)
class ChartView:
    """One chart: its data for the page's script, or why it was left out."""

    kind: str
    anchor: str
    title: str
    hint: str = ""
    data: dict[str, Any] | None = None
    omitted: str | None = None


@dataclass(slots=True)
class PanelView:
    """The charts of one check, with the reasons they illustrate."""

    check: str
    title: str
    charts: list[ChartView]
    reasons: list[ReasonView]
    stats: list[tuple[str, str]] = field(default_factory=list)
    examples: list[tuple[str, list[str]]] = field(default_factory=list)


@dataclass(slots=True)
class SkippedCheck:
    """A check that could not run, why, and what data would let it run."""

    check: str
    label: str
    note: str
    needs: str


@dataclass(slots=True)
class CreatorView:
    """Everything the page shows for one creator."""

    number: int
    anchor: str
    creator_id: str
    handle: str | None
    platform: str
    platform_label: str
    followers: int
    tier: str
    tier_label: str
    verdict: str
    verdict_label: str
    rated: bool
    authenticity: float
    fraud_probability: float
    confidence: str
    confidence_label: str
    n_checks_ran: int
    reasons: list[ReasonView]
    panels: list[PanelView]
    skipped: list[SkippedCheck]

    @property
    def charts(self) -> list[ChartView]:
        """Every chart of every panel, drawn or not."""
        return [chart for panel in self.panels for chart in panel.charts]

    @property
    def authenticity_text(self) -> str:
        """The authenticity as shown: one decimal, never "100.0" or "0.0" (">99.9", "<0.1")."""
        return bounded(self.authenticity, 1, 100.0)

    @property
    def probability_text(self) -> str:
        """The fraud probability as shown: a percentage with one decimal, never a certainty
        the model does not give (0.9997 is ">99.9%", not "100.0%"; "<0.1%" at the other end)."""
        return bounded(100.0 * self.fraud_probability, 1, 100.0) + "%"

    @property
    def top_reason(self) -> str:
        """The code of the first reason (the strongest signal), or empty."""
        return self.reasons[0].code if self.reasons else ""

    @property
    def top_reason_view(self) -> ReasonView | None:
        """The first reason, shown in the overview with its severity (a low fraud pattern
        beside an ``authentic`` verdict reads as the fact it is, not as an accusation)."""
        return self.reasons[0] if self.reasons else None


# --------------------------------------------------------------------------- helpers


def _finite(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _pct(share: float) -> str:
    return f"{100 * share:.0f}%" if share >= 0.1 else f"{100 * share:.1f}%"


def _format_evidence(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4g}" if math.isfinite(value) else "-"
    if isinstance(value, list | tuple):
        return ", ".join(_format_evidence(item) for item in value)
    if isinstance(value, Mapping):
        return ", ".join(f"{key}: {_format_evidence(item)}" for key, item in value.items())
    return str(value)


def _evidence_of(row: FeatureRow, check: str) -> Mapping[str, Any]:
    """A check's evidence as a mapping: a dict as it is, a typed one (the growth check's
    dataclass, :class:`fraud.features.base.FamilyEvidence`) by its set fields."""
    block = row.blocks.get(check)
    evidence = getattr(block, "evidence", None)
    if isinstance(evidence, Mapping):
        return evidence
    as_dict = getattr(evidence, "as_dict", None)
    if callable(as_dict):
        fields = as_dict()
        if isinstance(fields, Mapping):
            return fields
    return {}


def _ran(row: FeatureRow, check: str) -> bool:
    block = row.blocks.get(check)
    return bool(block is not None and block.ran)


def _value(row: FeatureRow, check: str, name: str) -> float | None:
    block = row.blocks.get(check)
    return _finite(block.values.get(name)) if block is not None else None


def _iso(day: date) -> str:
    return day.isoformat()


# --------------------------------------------------------------------------- growth


def _growth_data(
    record: CreatorRecord, result: ScoreResult, failed: growth_features.FailedObservations
) -> dict[str, Any]:
    # The history the scorer read and the jumps it judged in it, by the growth check's own
    # code: a failed observation it dropped (a scrape at 0) is neither drawn nor marked (its
    # DATA_QUALITY reason names it), and a step of counts rounded for display ("5.6万") is
    # spread over its days as the scorer spreads it, not marked.
    read = growth_features.follower_jumps(record, failed)
    history = read.history
    codes = {reason.code for reason in result.reasons}
    spikes = []
    for jump in read.spikes:
        judgement: dict[str, Any] = {
            "lift": None if jump.lift is None else growth_features.lift_shown(jump.lift),
            "likes_hidden": jump.kind is JumpKind.SPIKE_LIKES_HIDDEN,
            "not_judged": jump.kind is JumpKind.SPIKE_NOT_JUDGED,
            "explained": _EXPLAINED.get(jump.kind),
        }
        if jump.largest and not judgement["likes_hidden"]:
            # The scorer's own judgement of its largest jump wins over the jump's lift.
            if "FOLLOWER_SPIKE_EXPLAINED" in codes:
                judgement["explained"] = True
            elif "FOLLOWER_SPIKE" in codes:
                judgement["explained"] = False
        spikes.append(
            {
                "start": _iso(jump.start),
                "end": _iso(jump.end),
                "date": _iso(jump.peak),
                "followers": round(jump.followers_after),
                "gain": round(jump.gain),
                **judgement,
            }
        )
    following = [s.following for s in history]
    return {
        "dates": [_iso(s.date) for s in history],
        "followers": [s.followers for s in history],
        "following": following if sum(f is not None for f in following) >= 2 else None,
        "spikes": spikes,
    }


# Whether a post explains a spike, by its kind (None: not judged, or the likes are hidden).
_EXPLAINED = {JumpKind.EXPLAINED_SPIKE: True, JumpKind.UNEXPLAINED_SPIKE: False}


# --------------------------------------------------------------------------- engagement


def _engagement_data(
    record: CreatorRecord, tier: str, failed: growth_features.FailedObservations
) -> dict[str, Any]:
    # A post whose likes are hidden has no engagement rate (the check leaves it out too).
    posts = [p for p in record.posts if not p.likes_unknown]
    days = np.array([p.posted_at.date().toordinal() for p in posts], dtype=float)
    engagement = np.array([post_engagement(p, record.platform) for p in posts], float)
    rates = engagement / engagement_features.followers_at(record, days, failed)
    norm = load_norms().engagement_for(record.platform, tier)
    return {
        "posts": [
            {"date": _iso(p.posted_at.date()), "id": p.post_id, "rate": round(float(r), 6)}
            for p, r in zip(posts, rates, strict=True)
        ],
        "median": round(float(np.median(rates)), 6),
        "norm": {"p10": norm.er_p10, "median": norm.er_median, "p90": norm.er_p90},
        "n_likes_hidden": len(record.posts) - len(posts),
    }


def _left_out(posts: Sequence[Post], *, comments: bool) -> list[tuple[str, int]]:
    """The string keys saying which posts a chart leaves out, with how many: hidden likes,
    and (when the chart reads comments) a comment count the export does not have."""
    hidden = sum(1 for p in posts if p.likes_unknown)
    unknown = sum(1 for p in posts if comments and p.comments_unknown and not p.likes_unknown)
    return [(key, n) for key, n in (("likes_hidden", hidden), ("comments_unknown", unknown)) if n]


def _ratio_data(
    pairs: Sequence[tuple[int, int, str | None]],
    norm: float | None,
    t: Translator,
    left_out: Sequence[tuple[str, int]] = (),
    why_few: str = "why_no_views",
) -> dict[str, Any]:
    """One dot per post of ``pairs``; ``left_out`` (from :func:`_left_out`) names the posts
    whose counts are unknown and were not drawn, ``why_few`` why fewer than 3 remain."""
    if len(pairs) < _MIN_POINTS:
        why = [t(f"why_{key}", n=n) for key, n in left_out]
        raise _Omitted("; ".join([*why, t(why_few)]))
    return {
        "points": [{"x": x, "y": y, "id": post_id} for x, y, post_id in pairs],
        "norm": norm,
        "left_out": [t(f"left_out_{key}", n=n) for key, n in left_out],
    }


def _with_left_out(hint: Callable[[dict[str, Any]], str]) -> Callable[[dict[str, Any]], str]:
    """``hint``, followed by what the chart leaves out."""
    return lambda data: " ".join([hint(data), *data.get("left_out", ())])


# --------------------------------------------------------------------------- comments


def _comment_data(row: FeatureRow, t: Translator) -> dict[str, Any]:
    evidence = _evidence_of(row, "comments")
    counts = evidence.get("category_counts")
    if not isinstance(counts, Mapping):
        raise _Omitted(t("why_no_evidence", what="category_counts"))
    values = [_finite(counts.get(name, 0)) or 0.0 for name in COMMENT_CATEGORIES]
    return {"categories": list(COMMENT_CATEGORIES), "counts": [int(v) for v in values]}


def _comment_stats(row: FeatureRow, t: Translator) -> list[tuple[str, str]]:
    evidence = _evidence_of(row, "comments")
    stats: list[tuple[str, str]] = []
    for key, label in (
        ("n_comments", "stat_comments"),
        ("n_duplicate_comments", "stat_duplicates"),
        ("n_near_duplicate_comments", "stat_near_duplicates"),
        ("n_regular_commenters", "stat_regulars"),
        ("n_creator_replies", "stat_replies"),
    ):
        number = _finite(evidence.get(key))
        if number is not None:
            stats.append((t(label), f"{number:,.0f}"))
    pod = _value(row, "comments", "pod_comment_share")
    if pod is not None:
        stats.append((t("stat_pod"), _pct(pod)))
    return stats


# --------------------------------------------------------------------------- audience


# The audience types the audience evidence may carry (``audience_<type>_share`` and
# ``_ci95``), in the order they are stacked, with the label of each.
SPLIT_TYPES = (
    ("real", "split_real"),
    ("influencer", "split_influencer"),
    ("mass_follower", "split_mass"),
    ("suspicious", "split_fake"),
)


def _split_from_evidence(evidence: Mapping[str, Any]) -> dict[str, Any] | None:
    """The scorer's own audience types, when its evidence has them."""
    shares, intervals, labels = [], [], []
    for name, label in SPLIT_TYPES:
        share = _finite(evidence.get(f"audience_{name}_share"))
        if share is None:
            continue
        interval = evidence.get(f"audience_{name}_ci95")
        pair = None
        if isinstance(interval, list | tuple) and len(interval) == 2:
            low, high = _finite(interval[0]), _finite(interval[1])
            pair = [low, high] if low is not None and high is not None else None
        shares.append(share)
        intervals.append(pair)
        labels.append(label)
    if len(shares) < 2 or not 0.98 <= sum(shares) <= 1.02:
        return None
    n = _finite(evidence.get("n_sampled"))
    return {"n": int(n) if n else None, "labels": labels, "shares": shares, "ci95": intervals}


def _split_data(
    record: CreatorRecord, row: FeatureRow, probabilities: np.ndarray | None, t: Translator
) -> dict[str, Any]:
    """Sampled followers as real / mass followers / fake-looking (from the evidence if there)."""
    from_evidence = _split_from_evidence(_evidence_of(row, "audience"))
    if from_evidence is not None:
        return from_evidence
    sample = record.follower_sample or []
    if probabilities is None or len(probabilities) != len(sample) or not sample:
        raise _Omitted(t("why_no_evidence", what="follower probabilities"))
    fake = np.asarray(probabilities) >= 0.5
    mass_limit = int(getattr(audience_features, "MASS_FOLLOWING", 1500))
    mass = np.array([a.following > mass_limit for a in sample]) & ~fake
    n = len(sample)
    real = n - int(fake.sum()) - int(mass.sum())
    return {
        "n": n,
        "labels": ["split_real", "split_mass", "split_fake"],
        "shares": [
            round(real / n, 4),
            round(int(mass.sum()) / n, 4),
            round(int(fake.sum()) / n, 4),
        ],
        "ci95": [None, None, None],
    }


def _fake_share_data(
    row: FeatureRow, tier: str, t: Translator, result: ScoreResult
) -> dict[str, Any]:
    evidence = _evidence_of(row, "audience")
    share = _finite(evidence.get("fake_follower_share"))
    interval = evidence.get("fake_follower_ci95")
    if share is None:
        raise _Omitted(t("why_no_evidence", what="fake_follower_share"))
    low = high = None
    if isinstance(interval, list | tuple) and len(interval) == 2:
        low, high = _finite(interval[0]), _finite(interval[1])
    norm = _finite(evidence.get("norm_fake_follower_share"))
    if norm is None:
        norm = load_norms().audience_for(tier).fake_follower_share
    return {
        "share": share,
        "low": low,
        "high": high,
        "norm": norm,
        "n": _finite(evidence.get("n_sampled")),
        "unchecked_platform": evidence.get(audience_features.KNOWS_PLATFORM) is False,
        # The bar is drawn red only when the scorer made the share a red flag (a fake-share
        # reason of medium or high severity), never beside AUDIENCE_LOOKS_GENUINE or a low one.
        "red_flag": any(
            chart_for_code(reason.code) == "fake_share" and reason.severity in RED_FLAG_SEVERITIES
            for reason in result.reasons
        ),
    }


# --------------------------------------------------------------------------- assembly


def _needs(check: str, t: Translator) -> str:
    key = f"needs_{check}"
    if not t.has(key):
        return ""
    if check == "growth":
        return t(
            key,
            n=getattr(growth_features, "MIN_SNAPSHOTS", 8),
            days=getattr(growth_features, "MIN_SPAN_DAYS", 14),
        )
    minimum = {
        "engagement": getattr(engagement_features, "MIN_POSTS", 3),
        "comments": getattr(comment_features, "MIN_COMMENTS", 10),
        "audience": getattr(audience_features, "MIN_SAMPLE", 10),
    }[check]
    return t(key, n=minimum)


def _reason_view(reason: Reason, t: Translator) -> ReasonView:
    severity = str(reason.severity)
    label_key = f"severity_{severity}"
    # Messages and evidence quote comment text: its bidi controls (U+202E...) are escaped, as
    # in ids, so that a commenter cannot reverse the report's own sentence around the quote.
    evidence = [
        (str(key), safe_text(_format_evidence(value)))
        for key, value in (reason.evidence or {}).items()
        if value is not None
    ]
    return ReasonView(
        code=reason.code,
        severity=severity,
        severity_label=t(label_key) if t.has(label_key) else severity,
        message=safe_text(reason.message),
        evidence=evidence,
    )


def _chart(
    kind: str,
    anchor: str,
    t: Translator,
    build: Callable[[], dict[str, Any]],
    ran: bool,
    hint: Callable[[dict[str, Any]], str] | None = None,
) -> ChartView:
    chart = ChartView(kind=kind, anchor=f"{anchor}-chart-{kind}", title=t(f"chart_{kind}"))
    if not ran:
        chart.omitted = t("why_not_run")
        return chart
    try:
        chart.data = build()
    except _Omitted as why:
        chart.omitted = str(why)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as error:
        # Evidence in a shape this page does not know: leave the chart out, say so.
        chart.omitted = t("why_no_evidence", what=f"usable data ({type(error).__name__})")
    if chart.data is not None and hint is not None:
        try:
            chart.hint = hint(chart.data)
        except (KeyError, TypeError, ValueError):
            chart.hint = ""
    return chart


def build_creator_view(
    number: int,
    record: CreatorRecord,
    result: ScoreResult,
    row: FeatureRow,
    t: Translator,
    *,
    fake_probabilities: np.ndarray | None = None,
) -> CreatorView:
    """The report's view of one scored creator (``number`` is its 1-based place in the run)."""
    anchor = f"creator-{number}"
    tier = result.size_tier
    try:
        norm: EngagementNorm | None = load_norms().engagement_for(record.platform, tier)
    except KeyError:  # a tier the norm table does not know: ratio charts lose their norm line
        norm = None
    posts = record.posts
    # The platform by its name in the page's language (小红书, not "rednote"); a platform the
    # table does not know yet shows as its code.
    platform_key = f"platform_{record.platform}"
    platform_label = t(platform_key) if t.has(platform_key) else str(record.platform)
    # The two charts that read the follower history read it as the checks did: the failed
    # observations the feature row was built with (judged here only for a row without them).
    failed = row.failed_observations or growth_features.failed_observations(record)

    def ratio_hint(key: str) -> Callable[[dict[str, Any]], str]:
        return lambda data: (
            t(key, norm=f"{data['norm']:g}") if data.get("norm") else t("ratio_hint_no_norm")
        )

    charts = [
        _chart(
            "growth",
            anchor,
            t,
            lambda: _growth_data(record, result, failed),
            _ran(row, "growth"),
            lambda data: t("chart_growth_hint") + " " + t("spikes_found", n=len(data["spikes"])),
        ),
        _chart(
            "engagement",
            anchor,
            t,
            lambda: _engagement_data(record, tier, failed),
            _ran(row, "engagement"),
            lambda data: " ".join(
                [t("chart_engagement_hint", platform=platform_label)]
                + ([t("left_out_likes_hidden", n=n)] if (n := data["n_likes_hidden"]) else [])
            ),
        ),
        _chart(
            "likes_comments",
            anchor,
            t,
            lambda: _ratio_data(
                [
                    (p.comments, p.likes, p.post_id)
                    for p in posts
                    if not (p.likes_unknown or p.comments_unknown)
                ],
                norm.likes_per_comment if norm else None,
                t,
                _left_out(posts, comments=True),
                "why_few_posts",
            ),
            _ran(row, "engagement"),
            _with_left_out(ratio_hint("chart_likes_comments_hint")),
        ),
        _chart(
            "views_likes",
            anchor,
            t,
            lambda: _ratio_data(
                [
                    (p.likes, p.views, p.post_id)
                    for p in posts
                    if p.views is not None and not p.likes_unknown
                ],
                norm.views_per_like if norm else None,
                t,
                _left_out(viewed := [p for p in posts if p.views is not None], comments=False),
                "why_few_views_likes" if any(p.likes_unknown for p in viewed) else "why_no_views",
            ),
            _ran(row, "engagement"),
            _with_left_out(ratio_hint("chart_views_likes_hint")),
        ),
        _chart(
            "comments",
            anchor,
            t,
            lambda: _comment_data(row, t),
            _ran(row, "comments"),
        ),
        _chart(
            "audience_split",
            anchor,
            t,
            lambda: _split_data(record, row, fake_probabilities, t),
            _ran(row, "audience"),
            lambda data: t("chart_audience_split_hint", n=data["n"] or "?"),
        ),
        _chart(
            "fake_share",
            anchor,
            t,
            lambda: _fake_share_data(row, tier, t, result),
            _ran(row, "audience"),
            lambda data: (
                t("chart_fake_share_hint", norm=_pct(data["norm"]))
                + (" " + t("chart_fake_share_unchecked") if data["unchecked_platform"] else "")
            ),
        ),
    ]
    comment_evidence = _evidence_of(row, "comments")
    for chart in charts:
        if chart.kind == "comments" and chart.data is not None:
            low = _finite(comment_evidence.get("low_effort_share"))
            low_norm = _finite(comment_evidence.get("norm_low_effort_share"))
            if low is not None and low_norm is not None:
                chart.hint = t("chart_comments_hint", share=_pct(low), norm=_pct(low_norm))
    drawn = {chart.kind: chart.anchor for chart in charts if chart.data is not None}

    reasons = [_reason_view(reason, t) for reason in result.reasons]
    for reason in reasons:
        kind = chart_for_code(reason.code)
        reason.chart = drawn.get(kind) if kind else None
        if reason.chart:
            reason.link_label = t("see_chart")
        elif reason.code in _MISSING_DATA_CODES:
            reason.chart, reason.link_label = f"{anchor}-skipped", t("see_missing")
    panels: list[PanelView] = []
    for check in BEHAVIOURAL_CHECKS:
        if not _ran(row, check):
            continue
        own = [chart for chart in charts if CHART_CHECK[chart.kind] == check]
        kinds = {chart.kind for chart in own}
        panel = PanelView(
            check=check,
            title=t(f"check_{check}"),
            charts=own,
            reasons=[r for r in reasons if chart_for_code(r.code) in kinds],
        )
        if check == "comments":
            panel.stats = _comment_stats(row, t)
            for key, label in (
                ("examples_low_effort", "examples_low_effort"),
                ("examples_spam", "examples_spam"),
            ):
                examples = comment_evidence.get(key)
                if isinstance(examples, list) and examples:
                    panel.examples.append((t(label), [str(e) for e in examples[:_EXAMPLES_SHOWN]]))
        panels.append(panel)

    skipped = []
    for check in result.checks_skipped:
        if check not in BEHAVIOURAL_CHECKS:
            continue
        block = row.blocks.get(check)
        skipped.append(
            SkippedCheck(
                check=check,
                label=t(f"check_{check}"),
                note=(block.note if block is not None and block.note else ""),
                needs=_needs(check, t),
            )
        )

    verdict = str(result.verdict)
    confidence = str(result.confidence)
    return CreatorView(
        number=number,
        anchor=anchor,
        # Shown as escapes, as `fraud table` does: a bidi override (U+202E) or a control
        # character in an id would reorder or hide the text around it (titles, headings).
        creator_id=safe_text(result.creator_id),
        handle=None if record.handle is None else safe_text(record.handle),
        platform=str(record.platform),
        platform_label=platform_label,
        followers=record.profile.followers,
        tier=tier,
        tier_label=t(f"tier_{tier}") if t.has(f"tier_{tier}") else tier,
        verdict=verdict,
        verdict_label=t(f"verdict_{verdict}"),  # an unknown verdict shows as its key
        rated=result.verdict is not Verdict.INSUFFICIENT_DATA,
        authenticity=result.authenticity,
        fraud_probability=result.fraud_probability,
        confidence=confidence,
        confidence_label=t(f"confidence_{confidence}"),
        n_checks_ran=sum(_ran(row, check) for check in BEHAVIOURAL_CHECKS),
        reasons=reasons,
        panels=panels,
        skipped=skipped,
    )
