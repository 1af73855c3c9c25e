"""Score results as flat, typed table rows: what CSV, Parquet and Excel outputs hold.

One column per headline field, each with one type (see :data:`SCORE_COLUMNS`); a value the
result does not have (no follower sample, no spike) is empty, never a placeholder. The full
nested answer (every reason with its evidence) stays in the JSONL output.

Examples
--------
>>> flat_score_row({"creator_id": "a", "verdict": "authentic", "metrics": {}})["verdict"]
'authentic'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["SCORE_COLUMNS", "TOP_REASONS", "flat_score_row", "score_arrow_schema"]

TOP_REASONS = 3
# (column, type, where it comes from): types are "string", "float", "int", "bool", "date".
SCORE_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("creator_id", "string", "creator_id"),
    ("platform", "string", "platform"),
    ("verdict", "string", "verdict"),
    (
        "rated",
        "bool",
        "false for insufficient_data: its authenticity and fraud_probability are the model's"
        " lean on too little data, not a rating (the report and `fraud table` print none)",
    ),
    ("authenticity", "float", "authenticity (0-100, higher is more authentic)"),
    ("fraud_probability", "float", "fraud_probability (0-1)"),
    ("confidence", "string", "confidence (low / medium / high)"),
    ("size_tier", "string", "size_tier"),
    ("fake_follower_share", "float", "metrics.fake_follower_share"),
    ("fake_follower_share_low", "float", "metrics.fake_follower_ci95[0] (95% interval)"),
    ("fake_follower_share_high", "float", "metrics.fake_follower_ci95[1] (95% interval)"),
    (
        "follower_model_knows_platform",
        "bool",
        "metrics.follower_model_knows_platform (false: the follower model has no labelled"
        " accounts from this platform, so the fake share is a lead, not proof)",
    ),
    ("n_followers_sampled", "int", "metrics.n_sampled"),
    ("engagement_rate", "float", "metrics.engagement_rate_median"),
    ("engagement_rate_norm", "float", "metrics.norm_engagement_rate (platform and size tier)"),
    ("authentic_engagement_rate", "float", "metrics.authentic_engagement_rate"),
    ("low_effort_comment_share", "float", "metrics.low_effort_share"),
    ("n_comments", "int", "metrics.n_comments"),
    ("largest_spike_followers", "int", "metrics.spike_followers"),
    ("largest_spike_date", "date", "metrics.spike_date"),
    ("largest_spike_x_normal", "float", "metrics.spike_x_normal"),
    *(
        column
        for n in range(1, TOP_REASONS + 1)
        for column in (
            (f"reason_{n}", "string", f"code of the {n}. most severe reason"),
            (
                f"reason_{n}_severity",
                "string",
                f"severity of reason_{n}: info / low / medium / high",
            ),
        )
    ),
    ("checks_run", "string", "checks_run, joined with ' '"),
    ("checks_skipped", "string", "checks_skipped, joined with ' '"),
    ("model_version", "string", "model_version"),
)

_FROM_METRICS = {
    "fake_follower_share": "fake_follower_share",
    "follower_model_knows_platform": "follower_model_knows_platform",
    "n_followers_sampled": "n_sampled",
    "engagement_rate": "engagement_rate_median",
    "engagement_rate_norm": "norm_engagement_rate",
    "authentic_engagement_rate": "authentic_engagement_rate",
    "low_effort_comment_share": "low_effort_share",
    "n_comments": "n_comments",
    "largest_spike_followers": "spike_followers",
    "largest_spike_date": "spike_date",
    "largest_spike_x_normal": "spike_x_normal",
}
_SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2, "info": 3}


def _typed(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "float":
        return float(value)
    if kind == "int":
        return int(value)
    if kind == "bool":
        return bool(value)
    if kind == "date":
        from datetime import date

        return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    return str(value)


def flat_score_row(result: Mapping[str, Any]) -> dict[str, Any]:
    """One ScoreResult (as a JSON dict) as a flat row with the columns of SCORE_COLUMNS."""
    metrics: Mapping[str, Any] = result.get("metrics") or {}
    interval = metrics.get("fake_follower_ci95") or (None, None)
    reasons = sorted(
        result.get("reasons") or [],
        key=lambda reason: _SEVERITY_ORDER.get(str(reason.get("severity")), 9),
    )  # stable: equal severities keep the scorer's order
    values: dict[str, Any] = {
        "fake_follower_share_low": interval[0] if len(interval) > 0 else None,
        "fake_follower_share_high": interval[1] if len(interval) > 1 else None,
        "checks_run": " ".join(result.get("checks_run") or ()),
        "checks_skipped": " ".join(result.get("checks_skipped") or ()),
    }
    for n in range(1, TOP_REASONS + 1):
        reason = reasons[n - 1] if len(reasons) >= n else {}
        values[f"reason_{n}"] = reason.get("code")
        values[f"reason_{n}_severity"] = reason.get("severity")
    values["rated"] = result.get("verdict") != "insufficient_data"
    for column, key in _FROM_METRICS.items():
        values[column] = metrics.get(key)
    row: dict[str, Any] = {}
    for column, kind, _ in SCORE_COLUMNS:
        value = values[column] if column in values else result.get(column)
        row[column] = _typed(value, kind)
    return row


def score_arrow_schema() -> Any:
    """The pyarrow schema of the flat score table (Parquet output)."""
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "float": pa.float64(),
        "int": pa.int64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
    }
    return pa.schema([pa.field(column, types[kind]) for column, kind, _ in SCORE_COLUMNS])
