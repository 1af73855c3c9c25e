"""Evaluate the creator model like a sceptic: ``python -m training.evaluate`` (``make evaluate``).

Writes ``reports/creator.md`` and ``reports/creator.json`` with

* test-split ROC-AUC, PR-AUC, Brier score and a reliability table (calibration);
* the share of genuine creators wrongly flagged, overall, per archetype and per platform;
* **leave-one-archetype-out**: for each fraud archetype, a model trained without it is asked
  to catch it (fraud we never saw); for each genuine archetype, a model trained without it is
  asked not to flag it (honest behaviour we never saw);
* the verdicts of the bundled example creators under the shipped model.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import lightgbm as lgb
import numpy as np
import orjson
from sklearn.metrics import roc_auc_score

from fraud.model import CreatorModel
from fraud.paths import CREATOR_MODEL_DIR, DATA_DIR, PROJECT_ROOT, models_dir
from fraud.reasons import listed
from fraud.schema import CreatorRecord
from fraud.scoring import Scorer
from training import generators as training_generators
from training.creator_data import DEFAULT_CREATORS, features_sha256, load_labelled_features
from training.simulate import (
    COMPONENTS,
    FRAUD_ARCHETYPES,
    GENUINE_ARCHETYPES,
    SOURCE_REGIMES,
    as_regime,
)
from training.stats import bracketed
from training.train import (
    FOLLOWER_FREE_FRAUD,
    by_archetype,
    by_regime,
    features_differ,
    fit_creator_model,
    fit_on_splits,
    frame_verdicts,
    recipe_differs,
    with_genuine_growth,
)

REPORTS = PROJECT_ROOT / "reports"


def reliability(
    probabilities: np.ndarray, labels: np.ndarray, bins: int = 10
) -> list[dict[str, Any]]:
    """Observed fraud rate per predicted-probability bin."""
    edges = np.linspace(0, 1, bins + 1)
    rows = []
    for low, high in itertools.pairwise(edges):
        inside = (probabilities >= low) & ((probabilities < high) | (high == 1.0))
        if inside.any():
            rows.append(
                {
                    "bin": f"{low:.1f}-{high:.1f}",
                    "n": int(inside.sum()),
                    "mean_predicted": round(float(probabilities[inside].mean()), 3),
                    "observed_fraud_rate": round(float(labels[inside].mean()), 3),
                }
            )
    return rows


def sharing_components(held_out: str) -> set[str]:
    """The archetypes a model must not see for ``held_out`` to be unseen: it and every
    archetype doing any of the same things (bought likes are also in "bought followers and
    likes"; a model that trained on that combination has seen bought likes).

    >>> sorted(sharing_components("bought_likes"))
    ['bought_followers_and_likes', 'bought_likes']
    """
    parts = COMPONENTS[held_out]
    return {name for name, components in COMPONENTS.items() if components & parts}


def leave_one_archetype_out(
    data: Any, parts: dict[str, np.ndarray], seed: int, genuine_growth: bool = False
) -> list[dict[str, Any]]:
    """For each archetype, a model trained and calibrated without it, judged on it (test
    split). Without it means without every archetype sharing one of its components
    (:func:`sharing_components`): combinations teach their parts. Trained on the simulator's
    creators only, without :mod:`training.generators`' (they hold every kind of fraud under
    names of their own, so none would be unseen): a measure of the features, not of the
    shipped model."""
    # Trained on the rows of the regimes it reports (a third of the rows): the same recipe,
    # three times faster, so make evaluate stays within minutes.
    frame = data.frame
    keep = np.flatnonzero(frame["source_regime"].isin(LOAO_REGIMES).to_numpy())
    parts = {k: np.intersect1d(v, keep) for k, v in parts.items()}
    archetype = frame["archetype"].to_numpy()
    test_frame = frame.iloc[parts["test"]]
    test_frame = test_frame[test_frame["sufficient"].to_numpy(dtype=bool)]
    rows = []
    for held_out in [*FRAUD_ARCHETYPES, *GENUINE_ARCHETYPES]:
        unseen = list(sharing_components(held_out))
        train = parts["train"][~np.isin(archetype[parts["train"]], unseen)]
        cal = parts["calibration"][~np.isin(archetype[parts["calibration"]], unseen)]
        model = fit_creator_model(
            frame.iloc[train], frame.iloc[cal], seed, genuine_growth=genuine_growth
        )
        p, verdicts = frame_verdicts(model, test_frame)
        row: dict[str, Any] = {
            "archetype": held_out,
            "kind": "fraud" if held_out in FRAUD_ARCHETYPES else "genuine",
        }
        for regime in LOAO_REGIMES:
            in_regime = test_frame["source_regime"].to_numpy() == regime
            is_held = in_regime & (test_frame["archetype"].to_numpy() == held_out)
            cell: dict[str, Any] = {"n": int(is_held.sum())}
            if held_out in FRAUD_ARCHETYPES:
                scored = is_held | (in_regime & (test_frame["label"].to_numpy() == 0))
                labels = test_frame["label"].to_numpy()[scored]
                cell["roc_auc_vs_genuine"] = round(float(roc_auc_score(labels, p[scored])), 3)
                cell["authentic"] = round(float((verdicts[is_held] == "authentic").mean()), 3)
            cell["likely_fraudulent"] = round(
                float((verdicts[is_held] == "likely_fraudulent").mean()), 3
            )
            row[regime] = cell
        rows.append(row)
        print(f"  left out {held_out}: {row}")
    return rows


LOAO_REGIMES = ("everything", "scraper")


# Creator generators written blind by other engineers from the issue text (or the product
# description) and the contract, without reading training/simulate.py or the feature code:
# "creators generated apart from this project". blind and holdout were then used to diagnose
# the model (so they are no longer unbiased); final was kept for the end and consulted sixteen
# times (README, Evaluation; the fifth for the extra-trees model of issue 8, the sixth for the
# simulator's vendor stocks and default names, chosen among three variants on blind and
# holdout, where final agreed; the seventh for the transfer matrix and the candidates of
# 3 December; the eighth for the next round's: cn, global and subtle as training data, and
# the comment-timing feature; the ninth for the niche factor of the simulator's third-party
# spam, where it scored both candidates alike; the tenth printed it for the model that reads
# platform ids as ids, and chose nothing; the eleventh printed it for the follower history's
# evidence floor, chosen on the other five; the twelfth for the FAKE_FOLLOWERS cap, chosen on
# cn; the thirteenth for the bought-views candidate, not kept, where it agreed with the rest;
# the fourteenth to sixteenth printed it again with the 95% intervals, seeds 7 and 8 and the
# commercial set, and chose nothing; the seventeenth for the session-34 generators as training
# data, not kept; the eighteenth to twentieth printed it beside those generators as judges,
# seeds 7 and 8 and the commercial set, and chose nothing; the twenty-first for the
# thirty-fifth session's training generators, training.generators, kept, where it agreed with
# alpha, bravo and charlie with everything given and not in the scraper regime; the
# twenty-second and twenty-third printed it for seed 8 and the commercial set, and chose
# nothing; the twenty-fourth to thirty-second printed it beside nine throwaway refits of the
# thirty-sixth session (three more training generators, alone and together, and two booster
# settings), which chose on alpha, bravo and charlie alone; the thirty-third to thirty-fifth
# printed it for seeds 7 and 8 and the commercial set, and chose nothing; the thirty-sixth and
# thirty-seventh in two replays of the shipped model under a verdict what-if, not kept; the
# thirty-eighth to fifty-fourth in the thirty-seventh session, beside fifteen throwaway refits
# for bought views (views features, the views-per-like direction, a simulator with bought views;
# reports/creator-candidates.md, "session 37"), one diagnosis of its genuine creators and one
# evaluation stopped part-way, where it chose: its cost kept the two views features out of the
# model; the fifty-fifth to fifty-seventh printed it for seeds 7 and 8 and the commercial
# set, and chose nothing; the fifty-eighth to seventy-first in the thirty-eighth session,
# beside fourteen throwaway refits (the comment features the model does not learn from, a
# weight on our simulator's train rows, the profile's two counts; reports/creator-candidates.md,
# "session 38"), where it chose with global: their costs kept the comment features out; the
# seventy-second to seventy-fourth printed it for seeds 7 and 8 and the commercial set; the
# seventy-fifth to seventy-eighth in the thirty-ninth session, beside four throwaway refits
# (four more training generators at seeds 7 and 8, with and without five follower-block
# features; reports/creator-candidates.md, "session 39"), where it chose nothing: the four
# generators were kept on a measure that looks at no judge (training.generator_transfer) and
# on alpha, bravo and charlie, against final's scraper regime; the seventy-ninth to
# eighty-first printed it for seeds 7 and 8 and the commercial set; the eighty-second in the
# forty-first session, beside one throwaway refit with four more training generators, kept on
# training.generator_transfer and alpha, bravo and charlie, where it chose nothing; the
# eighty-third to eighty-fifth printed it for seeds 7 and 8 and the commercial set; the
# eighty-sixth in the forty-second session, beside one throwaway refit with four more training
# generators, where it chose nothing; the eighty-seventh and eighty-eighth printed it for
# seeds 7 and 8 in that model's evaluation, stopped when two of the bundled examples were
# found to change verdict with it, so it was not kept; the forty-third to forty-sixth sessions'
# prints were not counted here; the eighty-ninth and ninetieth in the forty-seventh session,
# seed 7 and the commercial set of a refit to corrected features, choosing nothing; the
# ninety-first to ninety-fourth in the forty-eighth: a run stopped when its model, one with the
# comment model retrained, was set aside for two bundled examples and a comment test; seed 7 of
# the next refit, replaced after a review's fixes; then seed 7 and the commercial set of the
# model kept, choosing nothing; the ninety-fifth and ninety-sixth in the fifty-first: the share
# of its creators the engagement doubt (fraud.reasons.engagement_doubt, decided before) takes
# `authentic` from, none, and a throwaway refit with engagement_rate_z split in two monotone
# parts, not shipped; the ninety-seventh and ninety-eighth, seed 7 and the commercial set of
# the shipped model with that rule, choosing nothing; the ninety-ninth and hundredth, the same
# two runs again on that session's final code, choosing nothing; the hundred-and-first to
# hundred-and-third in the fifty-second: seed 7 of the model refitted with the engagement
# directions of training/train.py's CREATOR_FEATURES (chosen on the other eight generators
# with `final` left out), again after a review's fix to FOLLOWING_RATIO_HIGH's weight, and the
# commercial set refitted the same way, choosing nothing; the hundred-and-fourth in the
# fifty-third: a refit at seed 7 after that session's comment-rule mends (Chinese money talk,
# spaced domains) on that machine's `make data`, which gave other data than the shipped
# model's (reports/creator-refit-s53.md), choosing nothing; the hundred-and-fifth and
# hundred-and-sixth in the fifty-fourth: seed 7 and the commercial set of the three models
# retrained in turn as `make train` does (accounts, comments, simulate, creator) on data a fresh
# clone rebuilds (the simulator's comment pools read from the comment model's stored filing),
# with that session's recruitment-lure rules, choosing nothing; the hundred-and-seventh in
# the fifty-fifth: seed 7 refitted, recipe and data unchanged, on the features the code after
# that session's video-moment rule makes (final 0.9335 / 0.8088 / 0.7156 against the shipped
# 0.9331 / 0.8098 / 0.7182); not shipped because it called the Weibo example suspicious (P
# 0.838 under its cut 0.8604), not for final's figures; choosing nothing). cn, global and
# subtle were written later, each with a focus (Chinese platforms and an agent-style
# audience; global platforms and aggregate processes; cautious fraud and messy genuine
# creators); they showed that the first-hour share of comments made 16-22% of cn's genuine
# creators likely_fraudulent, and so chose the comment-timing feature
# (fraud.features.comments: early_low_effort_excess).
FINAL_CONSULTATIONS = 107  # every counted print of final, each told in the comment above

# What alpha, bravo and charlie (never trained on) chose, session by session: the reports'
# sentence is written from it, and tests/test_outside_generators.py holds the README's to it.
# Beside what is named here: the thirty-seventh session also kept the free views-per-like
# direction; the thirty-eighth and thirty-ninth tried candidates they turned down (more comment
# features and training weights; five follower-block features: reports/creator-candidates.md).
JUDGE_CHOICES: tuple[tuple[str, str], ...] = (
    ("thirty-fifth", "training generators"),
    ("thirty-sixth", "training generators"),
    ("thirty-seventh", "the simulator with bought views"),
    ("thirty-eighth", "the profile's two counts"),
    ("thirty-ninth", "training generators"),
    ("forty-first", "training generators"),
    # the following count for the following ratio, the raw engagement rate left out, the rate
    # against the norm only ever counted against a creator (training/train.py)
    ("fifty-second", "the engagement directions"),
)

# The judges: each module and the seed its 2,000 creators are drawn with. alpha, bravo and
# charlie were written in the thirty-fourth session from evaluation/BRIEF.md and are never
# trained on (tried as training data that session and not kept: reports/creator-candidates.md).
INDEPENDENT_GENERATORS: dict[str, tuple[str, int]] = {
    "blind": ("evaluation.blind_sim", 11),
    "holdout": ("evaluation.holdout_sim", 23),
    "final": ("evaluation.final_sim", 31),
    "cn": ("evaluation.cn_sim", 41),
    "global": ("evaluation.global_sim", 43),
    "subtle": ("evaluation.subtle_sim", 47),
    "alpha": ("evaluation.alpha_sim", 101),
    "bravo": ("evaluation.bravo_sim", 202),
    "charlie": ("evaluation.charlie_sim", 303),
}

# fmt: off
_ONES = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
)
# fmt: on
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def number_word(n: int) -> str:
    """``85`` -> ``"eighty-five"`` (0-99; larger numbers as digits)."""
    if not 0 <= n < 100:
        return f"{n:,}"
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens - 2] + (f"-{_ONES[ones]}" if ones else "")


def judges_chose() -> str:
    """How often, and what, the judges never trained on chose (from :data:`JUDGE_CHOICES`):
    "chose six times (the thirty-fifth, ... sessions kept training generators on their
    evidence, the thirty-seventh the simulator with bought views, ...)"."""
    groups: dict[str, list[str]] = {}
    for session, what in JUDGE_CHOICES:
        groups.setdefault(what, []).append(session)
    parts = []
    for i, (what, sessions) in enumerate(groups.items()):
        if i == 0:
            plural = len(sessions) > 1
            parts.append(
                f"the {listed(sessions)} session{'s' if plural else ''} kept {what} on "
                f"{'their' if plural else 'its'} evidence"
            )
        else:
            parts.append(f"the {listed(sessions)} {what}")
    return f"chose {number_word(len(JUDGE_CHOICES))} times ({', '.join(parts)})"


def _generated(name: str) -> Path:
    module, seed = INDEPENDENT_GENERATORS[name]
    return training_generators.write_once(
        module, 2000, seed, DATA_DIR / "generated" / f"{name}.jsonl"
    )


def outside_generators() -> dict[str, Any]:
    """Labelled features of the creators from every outside generator (generated on first use)."""
    return {name: load_labelled_features(_generated(name)) for name in INDEPENDENT_GENERATORS}


def judge_outside(
    model: Any, frame: Any
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, float]]]:
    """One outside generator's creators under ``model``: verdict metrics per source regime
    (:func:`training.train.by_regime`; insufficient_data counts against coverage) and
    :func:`fraud_archetype_auc`, both from one prediction of every row."""
    p, verdicts = frame_verdicts(model, frame)
    return by_regime(frame, p, verdicts), fraud_archetype_auc(frame, p)


#: The regimes of the per-archetype ROC-AUC table: what a scraper gives, each follower block
#: added on its own, and everything (which block helps or costs each kind of fraud).
ARCHETYPE_AUC_REGIMES = ("scraper", "sample_and_comments", "history_and_comments", "everything")
#: The regimes of the genuine-growth stress test (those with a follower history).
STRESS_REGIMES = ("history_and_comments", "everything")


def fraud_archetype_auc(frame: Any, probabilities: np.ndarray) -> dict[str, dict[str, float]]:
    """ROC-AUC of each fraud archetype against all genuine creators of ``frame`` (one
    generator; ``probabilities``: the model's, one per row), per source regime of
    :data:`ARCHETYPE_AUC_REGIMES`: which kinds of fraud a regime can tell from genuine
    creators. An archetype's variant suffix (``name:variant``) is dropped."""
    out: dict[str, dict[str, float]] = {}
    for regime in ARCHETYPE_AUC_REGIMES:
        inside_regime = frame["source_regime"].to_numpy() == regime
        rows = frame[inside_regime]
        if not len(rows):
            continue
        p = probabilities[inside_regime]
        labels = rows["label"].to_numpy()
        archetypes = rows["archetype"].astype(str).str.split(":").str[0].to_numpy()
        for name in sorted(set(archetypes[labels == 1].tolist())):
            inside = (archetypes == name) | (labels == 0)
            auc = roc_auc_score(labels[inside], p[inside])
            out.setdefault(name, {})[regime] = round(float(auc), 3)
    return out


def genuine_growth_stress(
    model: Any, frame: Any, seed: int, draws: int = 5
) -> dict[str, dict[str, Any]]:
    """Per fraud archetype of ``frame`` (our test split) that touches no follower: its ROC-AUC
    against the genuine creators per regime of :data:`STRESS_REGIMES`, as simulated and with
    each such creator given a genuine creator's follower history
    (:func:`training.train.with_genuine_growth`; the mean over ``draws`` draws of donors).
    Our simulator gives genuine events (viral posts, shout-outs, purges) to genuine creators
    only; a fall here is follower evidence cancelling comment or like evidence, measured on
    our own data."""
    names = list(model.feature_names)

    def aucs(rows: Any) -> dict[str, dict[str, float]]:
        regimes = [None if r == "none" else r for r in rows["regime"]]
        return fraud_archetype_auc(rows, model.predict_proba(rows[names].to_numpy(), regimes))

    simulated = aucs(frame)
    stressed = [aucs(with_genuine_growth(frame, seed + i)) for i in range(draws)]
    out: dict[str, dict[str, Any]] = {}
    for name in sorted(FOLLOWER_FREE_FRAUD & set(simulated)):
        for regime in STRESS_REGIMES:
            if regime in simulated[name]:
                out.setdefault(name, {})[regime] = {
                    "as_simulated": simulated[name][regime],
                    "genuine_growth": round(float(np.mean([s[name][regime] for s in stressed])), 3),
                }
    return out


def score_examples() -> list[dict[str, Any]]:
    """The bundled example creators under every source regime, with the shipped models."""
    scorer = Scorer.load()
    rows = []
    with (DATA_DIR / "samples" / "creators.jsonl").open("rb") as handle:
        records = [
            CreatorRecord.model_validate(orjson.loads(line)) for line in handle if line.strip()
        ]
    for record in records:
        for regime in SOURCE_REGIMES:
            result = scorer.score(as_regime(record, regime))
            # named patterns only: MODEL_SIGNAL (the model alone, medium beside `suspicious`
            # past the likely_fraudulent cut) is no red flag
            flags = [
                r.code
                for r in result.reasons
                if r.severity in ("medium", "high") and r.code != "MODEL_SIGNAL"
            ]
            rows.append(
                {
                    "creator_id": result.creator_id,
                    "regime": regime,
                    "verdict": result.verdict.value,
                    "authenticity": result.authenticity,
                    "red_flags": flags,
                    "top_reason": next(
                        (r.code for r in result.reasons if r.severity != "info"),
                        result.reasons[0].code if result.reasons else None,
                    ),
                }
            )
    return rows


def _regime_table(rows: list[tuple[str, str, dict[str, Any]]]) -> list[str]:
    lines = [
        "| creators from | data given | n | ROC-AUC | Brier | genuine `likely_fraudulent` | "
        "fraud `authentic` | coverage |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for source, regime, m in rows:
        lines.append(
            f"| {source} | {regime} | {m['n']} | {m['roc_auc']}{bracketed(m.get('roc_auc_95'))} | "
            f"{m['brier']} | {100 * m['genuine_likely_fraudulent']:.1f}%"
            f"{bracketed(m.get('genuine_likely_fraudulent_95'), 100, 1)} | "
            f"{100 * m['fraud_authentic']:.1f}%{bracketed(m.get('fraud_authentic_95'), 100, 1)} | "
            f"{100 * m['coverage']:.0f}% |"
        )
    return lines


def _other_generators_note() -> str:
    """What the train split holds besides the simulator's creators (the recipe's
    :mod:`training.generators`; a report describes a model of this recipe)."""
    recipe = training_generators.TRAINING_GENERATORS
    if not recipe:
        return "The train split holds the simulator's creators only."
    names = ", ".join(f"`{name}` ({g.n:,}, seed {g.seed})" for name, g in recipe.items())
    return (
        f"The booster's train split also holds {sum(g.n for g in recipe.values()):,} creators "
        f"of {len(recipe)} generators written blind by other engineers (`training/generators`: "
        f"{names}), none of which judges here; calibration, cut-offs and the test split are "
        "the simulator's alone. Leave-one-archetype-out trains on the simulator's creators "
        "only."
    )


def _markdown(report: dict[str, Any]) -> str:
    lines = [
        "# Creator model evaluation",
        "",
        f"Made by `{report.get('command', 'python -m training.evaluate')}`; it describes "
        f"{report.get('describes', 'the shipped model')}"
        + (
            f" (note: {report['shipped_features_differ']})"
            if report.get("shipped_features_differ")
            else ""
        )
        + "; on "
        f"{report['n_creators']} simulated creators (`{report['data']}`, sha256 "
        f"`{report['data_sha256'][:12]}`), split 50/25/25 train/calibration/test by creator and "
        "archetype; every creator is scored under every data regime (the data a real source "
        "gives). Rows: all creators of the split or generator under that regime; a creator "
        "given too little data for any check counts as not covered. ROC-AUC and Brier are "
        "over every row (the probability of an `insufficient_data` row is the regime's "
        "calibrated one). In brackets, 95% intervals (ROC-AUC: DeLong's; rates: Wilson's): "
        "the spread another draw of as many creators from the same source would give. They "
        "say nothing of the larger uncertainty, which source the real world resembles: the "
        "sources differ from each other by more than these intervals.",
        "",
        _other_generators_note(),
        "",
        "Regimes: " + "; ".join(f"`{k}` = {', '.join(v)}" for k, v in SOURCE_REGIMES.items()) + ".",
        "",
        "## Per data regime",
        "",
    ]
    rows = [("our simulator (test split)", r, m) for r, m in report["test_by_regime"].items()]
    for name, by in report["outside_by_regime"].items():
        rows += [(f"{name} generator", r, m) for r, m in by.items()]
    lines += _regime_table(rows)
    lines += [
        "",
        "Outside generators: written blind by other engineers from the issue text (or the "
        "product description, or `evaluation/BRIEF.md`) and the contract only "
        "(`evaluation/*_sim.py`, 2,000 creators each); frozen, used to judge and never to "
        "train. `blind`, `holdout`, `cn`, `global` and `subtle` were used to diagnose the "
        "model, so their figures are optimistic; `final` was kept for the end but consulted "
        f"{number_word(FINAL_CONSULTATIONS)} times; `alpha`, `bravo` and `charlie` (written "
        "later from the brief, with cautious fraud in mind) are never trained on and "
        f"{judges_chose()}: the least biased. `cn`: Chinese platforms first, an agent-style "
        "audience; `global`: global platforms first, aggregate processes; `subtle`: cautious "
        "fraud and messy genuine creators.",
        "",
        "## Thresholds per scored regime",
        "",
        "| scored as | authentic below | suspicious from | likely_fraudulent from | "
        "uncertain band |",
        "|---|---|---|---|---|",
    ]
    for regime, t in report["thresholds"].items():
        band = (
            f"{t['authentic_below']:.3f}-{t['suspicious']:.3f} insufficient_data"
            if t["authentic_below"] < t["suspicious"]
            else "none"
        )
        lines.append(
            f"| {regime} | {t['authentic_below']:.3f} | {t['suspicious']:.3f} | "
            f"{t['likely_fraudulent']:.3f} | {band} |"
        )
    lines += ["", f"Rule: {report['threshold_rule']}.", ""]
    for regime in ("everything", "scraper"):
        lines += [
            f"## Verdicts per archetype (test split, {regime})",
            "",
            "| archetype | kind | n | authentic | suspicious | likely_fraudulent | "
            "insufficient_data |",
            "|---|---|---|---|---|---|---|",
        ]
        for name, row in report["test_by_archetype"][regime].items():
            kind = "fraud" if name in FRAUD_ARCHETYPES else "genuine"
            lines.append(
                f"| {name} | {kind} | {row['n']} | {row['authentic']} | {row['suspicious']} | "
                f"{row['likely_fraudulent']} | {row['insufficient_data']} |"
            )
        lines.append("")
    lines += [
        "## Calibration (test split, every regime)",
        "",
        "| predicted | n | mean predicted | observed fraud rate |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {r['bin']} | {r['n']} | {r['mean_predicted']} | {r['observed_fraud_rate']} |"
        for r in report["calibration"]
    ]
    if report["leave_one_archetype_out"]:
        lines += [
            "",
            "## Leave one archetype out",
            "",
            "Each row: a model trained and calibrated without that archetype and without every "
            "archetype sharing one of its components (a combination such as "
            "bought_followers_and_likes teaches both its parts), scored on the test split. For "
            "fraud: ROC-AUC against genuine test creators and the share still called "
            "`authentic`; for genuine: the share called `likely_fraudulent`.",
            "",
            "| left out | kind | "
            + " | ".join(
                f"{r}: ROC-AUC | {r}: authentic | {r}: likely_fraudulent" for r in LOAO_REGIMES
            )
            + " |",
            "|---|---|" + "---|---|---|" * len(LOAO_REGIMES),
        ]
        for row in report["leave_one_archetype_out"]:
            cells = []
            for regime in LOAO_REGIMES:
                c = row[regime]
                cells += [
                    str(c.get("roc_auc_vs_genuine", "")),
                    str(c.get("authentic", "")),
                    str(c["likely_fraudulent"]),
                ]
            lines.append(f"| {row['archetype']} | {row['kind']} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "## Outside generators: each kind of fraud against the genuine creators",
        "",
        "ROC-AUC of each fraud archetype's creators against all genuine creators of the same "
        "generator (what the model can tell apart, kind by kind).",
        "",
        "| generator | fraud archetype | "
        + " | ".join(f"{r}: ROC-AUC" for r in ARCHETYPE_AUC_REGIMES)
        + " |",
        "|---|---|" + "---|" * len(ARCHETYPE_AUC_REGIMES),
    ]
    for name, table in report.get("outside_fraud_archetypes", {}).items():
        for archetype, aucs in table.items():
            row_cells = " | ".join(str(aucs.get(r, "")) for r in ARCHETYPE_AUC_REGIMES)
            lines.append(f"| {name} | {archetype} | {row_cells} |")
    if report.get("test_genuine_growth"):
        lines += [
            "",
            "## Comment and like fraud with a genuine follower history (test split)",
            "",
            "Our simulator gives viral posts, shout-outs, giveaways and purges to genuine "
            "creators only. Here each fraud creator whose scheme touches no follower gets the "
            "follower history (growth features) of a genuine test creator of the same regime: "
            "ROC-AUC against the genuine creators, as simulated → with that history (mean of "
            "five draws). A fall is follower evidence cancelling comment or like evidence.",
            "",
            "| fraud archetype | " + " | ".join(STRESS_REGIMES) + " |",
            "|---|" + "---|" * len(STRESS_REGIMES),
        ]
        for archetype, by in report["test_genuine_growth"].items():
            cells = [
                f"{by[r]['as_simulated']} → {by[r]['genuine_growth']}" if r in by else ""
                for r in STRESS_REGIMES
            ]
            lines.append(f"| {archetype} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "## Bundled examples under every regime (shipped model)",
        "",
        "| creator | data given | verdict | authenticity | medium/high red flags | top reason |",
        "|---|---|---|---|---|---|",
    ]
    lines += [
        f"| {r['creator_id']} | {r['regime']} | {r['verdict']} | {r['authenticity']} | "
        f"{', '.join(r['red_flags']) or '-'} | {r['top_reason']} |"
        for r in report["examples"]
    ]
    return "\n".join(lines) + "\n"


def shipped_booster(
    seed: int,
    data_sha256: str,
    directory: Path | None = None,
    generators: Mapping[str, Any] | None = None,
    shipped: CreatorModel | None = None,
) -> lgb.Booster | None:
    """The shipped creator model's booster when it was fitted with ``seed`` on this data (and
    the other generators' creators of ``generators``, :func:`training.generators.recipe`) over
    the recipe's features (the evaluation then calibrates it and checks its cut-offs against
    the shipped ones, :func:`check_shipped`, instead of refitting it: a refit on another CPU
    drifts in the last digits of the features, and the report describes the model in use);
    None otherwise (the evaluation refits: an experiment). ``shipped``: the model of
    ``directory`` when the caller has it loaded already."""
    if shipped is None:
        shipped = CreatorModel.load(directory or models_dir() / CREATOR_MODEL_DIR)
    differs = recipe_differs(shipped.manifest, seed, data_sha256, generators)
    return shipped.booster if differs is None else None


def check_shipped(
    refit: CreatorModel,
    directory: Path | None = None,
    *,
    seed: int | None = None,
    data_sha256: str | None = None,
    shipped: CreatorModel | None = None,
) -> str | None:
    """Stop unless the shipped creator model of the selected set is the one this evaluation
    refits (same recipe, data and features: the same cut-offs), so a report never describes
    a model other than the one in use. A stale shipped model is the usual cause: the feature
    code or the data changed after it was trained. An evaluation asked for with another
    ``seed`` or other data than the shipped model's only says that its report describes the
    refit (an experiment), and goes on; returns that note (None: the report describes the
    shipped model). ``shipped``: the model of ``directory``, when loaded already."""
    directory = directory or models_dir() / CREATOR_MODEL_DIR
    if shipped is None:
        shipped = CreatorModel.load(directory)
    trained_seed = shipped.manifest.get("params", {}).get("seed")
    trained_data = (
        shipped.manifest.get("training_data", {}).get("simulated_creators", {}).get("sha256")
    )
    if (seed is not None and seed != trained_seed) or (
        data_sha256 is not None and data_sha256 != trained_data
    ):
        shown = (
            directory.relative_to(PROJECT_ROOT)
            if directory.is_relative_to(PROJECT_ROOT)
            else directory
        )
        note = (
            f"a model refit with seed {seed} on data {str(data_sha256)[:12]}, not the shipped "
            f"one ({shown}: seed {trained_seed}, data {str(trained_data)[:12]})"
        )
        print(f"note: this report describes {note}")
        return note
    mine = {k: t.as_dict() for k, t in refit.thresholds.items()}
    theirs = {k: t.as_dict() for k, t in shipped.thresholds.items()}
    if mine != theirs or list(shipped.feature_names) != list(refit.feature_names):
        changed = sorted(k for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k))
        raise SystemExit(
            f"the shipped creator model ({directory}) is not the model this evaluation fits "
            f"(cut-offs differ in {', '.join(changed) or 'none'}; features "
            f"{'same' if list(shipped.feature_names) == list(refit.feature_names) else 'differ'}):"
            " retrain it first (make train, or make train-commercial for that set)"
        )
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Evaluate the creator model (make evaluate).")
    parser.add_argument("--data", type=Path, default=DEFAULT_CREATORS)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-loao", action="store_true", help="skip leave-one-archetype-out")
    parser.add_argument(
        "--genuine-growth",
        action="store_true",
        help="evaluate the candidate that trains comment and like fraud with genuine follower"
        " histories (training.train.with_genuine_growth): a refit, not the shipped model",
    )
    parser.add_argument(
        "--report",
        default="creator",
        help="report name: reports/NAME.{md,json} (e.g. creator-commercial for that model set)",
    )
    args = parser.parse_args(argv)
    data = load_labelled_features(args.data)
    frames, generators = training_generators.load()
    extra = list(frames.values())
    shipped = CreatorModel.load(models_dir() / CREATOR_MODEL_DIR)  # once: read by three checks
    kept = (
        None
        if args.genuine_growth
        else shipped_booster(args.seed, data.source_sha256, generators=generators, shipped=shipped)
    )
    fitted = fit_on_splits(
        data, args.seed, extra=extra, genuine_growth=args.genuine_growth, booster=kept
    )
    model, parts = fitted.model, fitted.parts
    refit_note: str | None
    if args.genuine_growth:
        refit_note = (
            f"a candidate refit with seed {args.seed} trained with genuine follower histories for"
            " comment and like fraud (--genuine-growth), not the shipped model"
        )
    else:
        refit_note = check_shipped(
            model, seed=args.seed, data_sha256=data.source_sha256, shipped=shipped
        )
    features_note = (
        None
        if refit_note is not None or args.genuine_growth
        else features_differ(
            shipped.manifest,
            features_sha256([data.frame, *(e.frame for e in extra)]),
        )
    )
    if features_note is not None:
        print(f"note: the shipped model: {features_note}")
    selected = os.environ.get("FRAUD_MODELS", "").strip()
    given = sys.argv[1:] if argv is None else argv
    prefix = [f"FRAUD_MODELS={selected}"] if selected else []
    command = " ".join([*prefix, "python -m training.evaluate", *given])
    test_frame = data.frame.iloc[fitted.test]
    p, verdicts = fitted.test_probabilities, fitted.test_verdicts
    source = test_frame["source_regime"].to_numpy()
    outside, outside_archetypes = {}, {}
    for name, features in outside_generators().items():
        outside[name], outside_archetypes[name] = judge_outside(model, features.frame)
        print(f"  {name}: {outside[name]}")
    report: dict[str, Any] = {
        "command": command,
        "describes": refit_note
        or "the shipped model (its booster as shipped, calibrated here to the shipped cut-offs)",
        # None: the shipped booster is the one make train fits on today's features
        "shipped_features_differ": features_note,
        "seed": args.seed,
        "data": str(args.data.relative_to(PROJECT_ROOT))
        if args.data.is_relative_to(PROJECT_ROOT)
        else str(args.data),
        "data_sha256": data.source_sha256,
        "n_creators": int(data.frame["creator"].nunique()),
        "thresholds": {k: t.as_dict() for k, t in model.thresholds.items()},
        "threshold_rule": model.manifest["threshold_rule"],
        "test_by_regime": by_regime(test_frame, p, verdicts),
        "test_by_scored_regime": by_regime(test_frame, p, verdicts, column="regime"),
        "test_by_archetype": {
            regime: by_archetype(test_frame[source == regime], verdicts[source == regime])
            for regime in SOURCE_REGIMES
        },
        "calibration": reliability(p, test_frame["label"].to_numpy()),
        "test_genuine_growth": genuine_growth_stress(model, test_frame, args.seed),
        "outside_by_regime": outside,
        "outside_fraud_archetypes": outside_archetypes,
        "leave_one_archetype_out": []
        if args.skip_loao
        else leave_one_archetype_out(data, parts, args.seed, args.genuine_growth),
        "examples": score_examples(),
    }
    REPORTS.mkdir(exist_ok=True)
    (REPORTS / f"{args.report}.json").write_text(
        json.dumps(report, indent=2) + "\n", encoding="utf-8"
    )
    (REPORTS / f"{args.report}.md").write_text(_markdown(report), encoding="utf-8")
    print(_markdown(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
