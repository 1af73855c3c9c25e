"""The HTML vetting report: one self-contained page for one creator or a batch.

The page carries everything inline: the vendored chart library (Chart.js, MIT, see
``assets/SOURCE.md``), the page's own script and style, and the data as one JSON block. It
loads nothing from the network, so it can be mailed, archived and opened offline.

Everything that comes from input (creator ids, handles, comment texts, reason messages) is
HTML-escaped by Jinja2's autoescaping; the JSON block escapes ``<``, ``>`` and ``&`` so that no
string in it can close the script element.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from fraud.features import FeatureRow
from fraud.report.creator import CreatorView, build_creator_view
from fraud.report.i18n import Translator
from fraud.report.inputs import RejectedRecord
from fraud.schema import CreatorRecord, ScoreResult, Verdict

__all__ = [
    "JS_STRING_KEYS",
    "Report",
    "ReportScorer",
    "build_report",
    "embed_json",
    "render_report",
    "render_views",
    "score_for_report",
    "script_hash_source",
]

VERDICT_ORDER = tuple(verdict.value for verdict in Verdict)
# Strings the page's script needs (chart legends, axes, tooltips), handed over as JSON.
JS_STRING_KEYS = (
    "series_followers",
    "series_following",
    "spike_unexplained",
    "spike_explained",
    "spike_label",
    "spike_lift",
    "spike_no_post",
    "spike_likes_hidden",
    "spike_not_judged",
    "spike_unknown",
    "series_rate",
    "series_norm_median",
    "series_norm_p10",
    "series_norm_band",
    "series_posts",
    "series_norm_ratio",
    "axis_likes",
    "axis_comments",
    "axis_views",
    "axis_date",
    "axis_share",
    "axis_count",
    "cat_substantive",
    "cat_generic",
    "cat_emoji_only",
    "cat_mention_only",
    "cat_spam",
    "split_real",
    "split_mass",
    "split_fake",
    "split_influencer",
    "series_this_creator",
    "series_interval",
    "series_norm",
)


class ReportScorer(Protocol):
    """What the report needs from :class:`fraud.scoring.Scorer`. A scorer that also has
    ``score_many_with_rows`` (:class:`fraud.scoring.Scorer` and its subclasses) is scored
    through it instead of ``score_many``, and its rows are drawn from instead of
    ``features``: a wrapper that changes the answers must wrap ``score_many`` alone (as the
    tests' wrappers do), or both."""

    @property
    def manifest(self) -> dict[str, Any]:
        """The creator model's manifest."""
        ...

    def score_many(self, records: Sequence[CreatorRecord]) -> list[ScoreResult]: ...

    def features(self, record: CreatorRecord) -> FeatureRow: ...


@dataclass(frozen=True, slots=True)
class ScoredCreator:
    """One creator with everything the page draws from."""

    number: int
    record: CreatorRecord
    result: ScoreResult
    row: FeatureRow
    fake_probabilities: np.ndarray | None


def _fake_probabilities(scorer: Any, record: CreatorRecord, row: FeatureRow) -> np.ndarray | None:
    """Per-follower fake probabilities, for the audience split when the evidence has none."""
    block = row.blocks.get("audience")
    evidence = getattr(block, "evidence", None)
    if not getattr(block, "ran", False) or (
        isinstance(evidence, Mapping) and "audience_real_share" in evidence
    ):
        return None
    model = getattr(getattr(scorer, "extractor", None), "follower_model", None)
    sample = record.follower_sample or []
    if model is None or not sample:
        return None
    as_of = record.as_of or datetime.now(UTC)  # as the feature extractor does
    try:
        return np.asarray(model.predict_proba(sample, as_of=as_of.date()), dtype=float)
    except Exception:  # a component that changed shape costs one chart, never the report
        return None


def score_for_report(
    scorer: ReportScorer, records: Sequence[tuple[int, CreatorRecord]]
) -> tuple[list[ScoredCreator], list[RejectedRecord]]:
    """Score numbered records and collect what their charts need.

    A record the scorer fails on is set aside with the error (the others are scored one at a
    time then), so one strange record never costs the rest of the report.
    """
    # the rows the scores came from, when the scorer gives them (fraud.scoring.Scorer does)
    rows: list[FeatureRow | None] = [None] * len(records)
    try:
        batch = [r for _, r in records]
        results: list[ScoreResult | str]
        if hasattr(scorer, "score_many_with_rows"):
            scored_results, scored_rows = scorer.score_many_with_rows(batch)
            results, rows = list(scored_results), list(scored_rows)
        else:
            results = list(scorer.score_many(batch))
        if len(results) != len(records) or len(rows) != len(records):
            raise RuntimeError("the scorer returned a different number of results")
    except Exception:
        rows = [None] * len(records)
        results = []
        for _, record in records:
            try:
                results.append(scorer.score_many([record])[0])
            except Exception as error:
                results.append(f"scoring failed: {type(error).__name__}: {error}")
    scored: list[ScoredCreator] = []
    failed: list[RejectedRecord] = []
    for (number, record), result, given in zip(records, results, rows, strict=True):
        if isinstance(result, str):
            failed.append(RejectedRecord(number, result))
            continue
        try:
            row = given if given is not None else scorer.features(record)
        except Exception as error:
            failed.append(
                RejectedRecord(number, f"features failed: {type(error).__name__}: {error}")
            )
            continue
        probabilities = _fake_probabilities(scorer, record, row)
        scored.append(ScoredCreator(number, record, result, row, probabilities))
    return scored, failed


# --------------------------------------------------------------------------- rendering


def _clean(value: Any) -> Any:
    """JSON-ready: NaN and infinities become null, tuples lists, numpy scalars Python ones."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, np.generic):
        return _clean(value.item())
    if isinstance(value, Mapping):
        return {str(key): _clean(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(item) for item in value]
    return value


def embed_json(value: Any) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` are written as ``\\u`` escapes (so ``</script>`` in a comment text
    cannot end the element), as are U+2028 and U+2029.
    """
    text = json.dumps(_clean(value), ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


@cache
def _asset(name: str) -> str:
    return resources.files("fraud.report").joinpath("assets", name).read_text(encoding="utf-8")


@cache
def _chart_library() -> str:
    """The vendored Chart.js, without its source-map comment (the map is not shipped)."""
    lines = _asset("chart.umd.min.js").splitlines()
    code = "\n".join(line for line in lines if not line.startswith("//# sourceMappingURL="))
    if "</script" in code.lower():  # would end the inline element early
        raise ValueError("the vendored chart library contains '</script'")
    return code


@cache
def _environment() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("fraud.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def script_hash_source(code: str) -> str:
    """The Content-Security-Policy source that lets the inline script ``code`` run, and no
    other: ``'sha256-...'`` of its UTF-8 text (CSP level 2)."""
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _licence_notice(models_root: Path | None, t: Translator | None = None) -> str | None:
    """The one licence rule (:func:`fraud.artifacts.licence_notice`: shown when a component
    of the set is not cleared for commercial use), as the CLI and service use, said in the
    page's language.

    Both languages say the same thing, and neither names a path on the machine that wrote the
    page (a page served by ``/v1/report`` must not show the server's directories): the notice
    points to the models' ``NOTICE.md`` by name. ``models_root`` is the set the scorer was
    loaded from; ``None`` is the selected set (``$FRAUD_MODELS`` or the default), which is
    what a scorer loaded without a directory uses.
    """
    from fraud.artifacts import licence_gaps, licence_notice
    from fraud.paths import MODELS_DIR, models_dir

    root = models_root or models_dir()
    if licence_notice(root) is None:
        return None
    t = t or Translator("en")
    refused, unstated = licence_gaps(root)

    def named(components: list[str]) -> str:
        return t("list_separator").join(
            t(f"model_{c}") if t.has(f"model_{c}") else c for c in components
        )

    why = []
    if refused:
        why.append(t("licence_refused", components=named(refused)))
    if unstated:
        why.append(t("licence_unstated", components=named(unstated)))
    label = t("licence_default_set") if root == MODELS_DIR else t("licence_set", name=root.name)
    see = t("licence_see_notice") if (MODELS_DIR / "NOTICE.md").is_file() else t("licence_see")
    return t("licence_detail", set=label, why=t("clause_separator").join(why), see=see)


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("creator-fraud")
    except metadata.PackageNotFoundError:
        return "unknown"


def render_views(
    views: Sequence[CreatorView],
    t: Translator,
    *,
    rejected: Sequence[RejectedRecord] = (),
    model_version: str = "",
    licence: str | None = None,
    generated_at: datetime | None = None,
) -> str:
    """The page for already built creator views."""
    charts = {
        chart.anchor: {"kind": chart.kind, "data": chart.data}
        for view in views
        for chart in view.charts
        if chart.data is not None
    }
    payload = {"strings": t.bundle(JS_STRING_KEYS), "charts": charts, "lang": t.lang}
    counts = Counter(view.verdict for view in views)
    verdict_counts = [
        (verdict, t(f"verdict_{verdict}"), counts[verdict])
        for verdict in VERDICT_ORDER
        if counts[verdict]
    ]
    when = (generated_at or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    title = t("page_title_one", creator=views[0].creator_id) if len(views) == 1 else t("page_title")
    library, script = _chart_library(), _asset("report.js")
    # Only these two scripts may run: an injected one would have no matching hash.
    script_hashes = " ".join(script_hash_source(code) for code in (library, script))
    template = _environment().get_template("report.html")
    html: str = template.render(
        t=t,
        lang=t.lang,
        title=title,
        views=views,
        batch=len(views) != 1,
        verdict_counts=verdict_counts,
        rejected=rejected,
        generated=t("generated", when=when, version=_version(), model=model_version or "?"),
        licence=t("licence_warning", detail=licence) if licence else None,
        style=_asset("report.css"),
        chart_library=library,
        script=script,
        script_hashes=script_hashes,
        data_json=embed_json(payload),
    )
    return html


@dataclass(frozen=True, slots=True)
class Report:
    """A rendered page and what went into it."""

    html: str
    n_reported: int
    rejected: list[RejectedRecord]


def build_report(
    scorer: ReportScorer,
    records: Sequence[tuple[int, CreatorRecord]],
    *,
    lang: str = "en",
    rejected: Sequence[RejectedRecord] = (),
    generated_at: datetime | None = None,
    models_root: Path | None = None,
) -> Report:
    """Score ``records`` (numbered as in their input) and render the whole page.

    ``rejected`` lists input records that could not be read or validated; records the scorer
    fails on join them. The page names them all, so that nothing is silently lost.
    ``models_root`` is the model set the scorer was loaded from (``None``: the selected set),
    whose licence the page states.
    """
    t = Translator(lang)
    scored, failed = score_for_report(scorer, records)
    views = []
    for item in scored:
        try:
            views.append(
                build_creator_view(
                    item.number,
                    item.record,
                    item.result,
                    item.row,
                    t,
                    fake_probabilities=item.fake_probabilities,
                )
            )
        except Exception as error:  # defensive: one creator's page never costs the others
            failed.append(
                RejectedRecord(item.number, f"report failed: {type(error).__name__}: {error}")
            )
    all_rejected = sorted([*rejected, *failed], key=lambda item: item.number)
    manifest = scorer.manifest if isinstance(scorer.manifest, Mapping) else {}
    html = render_views(
        views,
        t,
        rejected=all_rejected,
        model_version=str(manifest.get("version", "")),
        licence=_licence_notice(models_root, t),
        generated_at=generated_at,
    )
    return Report(html, len(views), all_rejected)


def render_report(
    scorer: ReportScorer,
    records: Sequence[tuple[int, CreatorRecord]],
    *,
    lang: str = "en",
    rejected: Sequence[RejectedRecord] = (),
    generated_at: datetime | None = None,
    models_root: Path | None = None,
) -> str:
    """The HTML page of :func:`build_report`."""
    return build_report(
        scorer,
        records,
        lang=lang,
        rejected=rejected,
        generated_at=generated_at,
        models_root=models_root,
    ).html
