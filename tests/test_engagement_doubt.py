"""Engagement far under the norm for the size holds back ``authentic`` without a follower sample
(session 51). The model then learned such a rate as a sign of a genuine creator: the generators
make genuine creators whose followers never interact (giveaways, shout-outs, an audience gone
quiet) and hardly any bought-follower creators that far down. So the same posts scored more
authentic the more followers the profile claimed: the RedNote example with a thousand times
its followers (3.2 million, 320 likes a post) was ``authentic`` at 83.5. Since session 52 the
model may not count a rate under the norm in the creator's favour (tests/test_claimed_followers.py)
and none of the examples is held back; the doubt still holds back a creator whose quiet
audience the model calls genuine on its other signs (``tests/fixtures``: a simulated genuine
YouTube creator after a giveaway, about 0.02% of its 140,000 followers engaging a post; line
3,799 of session 54's ``make data``, chosen again for that session's retrained model, which
put the earlier one, 0.06%, between the cuts on its probability alone)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from fraud.model import Thresholds, verdict_for
from fraud.reasons import LOW_ENGAGEMENT_MEDIUM_Z, engagement_doubt
from fraud.schema import CreatorRecord, Verdict
from fraud.scoring import Scorer
from training.creator_data import load_labelled_features
from training.reason_rates import _replay
from training.simulate import as_regime
from training.train import frame_verdicts

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples" / "creators.jsonl"
QUIET = Path(__file__).resolve().parent / "fixtures" / "giveaway_quiet_audience.json"
CUTS = Thresholds(suspicious=0.3, likely_fraudulent=0.8, authentic_below=0.2)
WITHOUT_SAMPLE = {"growth", "engagement", "comments", "profile"}


def _examples() -> list[dict]:
    return [json.loads(line) for line in SAMPLES.read_text().splitlines() if line.strip()]


def _quiet() -> dict:
    return json.loads(QUIET.read_text(encoding="utf-8"))


def _inflated(raw: dict, times: int) -> dict:
    """``raw`` with ``times`` its followers and the same posts (its engagement rate 1/times)."""
    out = {**raw, "profile": {**raw["profile"], "followers": raw["profile"]["followers"] * times}}
    out["creator_id"] = f"{raw['creator_id']}x{times}"
    return out


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer.load()


@pytest.mark.parametrize(
    ("z", "ran", "held"),
    [
        (LOW_ENGAGEMENT_MEDIUM_Z, WITHOUT_SAMPLE, True),
        (-9.0, {"engagement"}, True),
        (math.nextafter(LOW_ENGAGEMENT_MEDIUM_Z, 0.0), WITHOUT_SAMPLE, False),
        (-9.0, WITHOUT_SAMPLE | {"audience"}, False),  # the followers themselves were checked
        (math.nan, WITHOUT_SAMPLE, False),  # no engagement rate measured
    ],
)
def test_the_doubt_needs_a_rate_past_the_medium_cut_and_no_sample(
    z: float, ran: set[str], held: bool
) -> None:
    assert engagement_doubt({"engagement_rate_z": z}, ran) is held


def test_the_doubt_only_takes_authentic_away() -> None:
    def verdict(probability: float, red_flag: bool = False, doubt: bool = False) -> Verdict:
        return verdict_for(probability, CUTS, True, red_flag, doubt)

    assert verdict(0.1) is Verdict.AUTHENTIC
    assert verdict(0.1, doubt=True) is Verdict.INSUFFICIENT_DATA
    assert verdict(0.1, red_flag=True, doubt=True) is Verdict.SUSPICIOUS
    assert verdict(0.9, red_flag=True, doubt=True) is Verdict.LIKELY_FRAUDULENT
    assert verdict(0.9, doubt=True) is Verdict.SUSPICIOUS
    assert verdict_for(0.1, CUTS, False, doubt=True) is Verdict.INSUFFICIENT_DATA


def test_a_thousand_times_the_followers_is_never_authentic_without_a_sample(
    scorer: Scorer,
) -> None:
    for raw in [*_examples(), _quiet()]:
        if not raw.get("posts"):
            continue
        record = as_regime(CreatorRecord.model_validate(_inflated(raw, 1000)), "scraper")
        [result] = scorer.score_many([record])
        assert result.verdict is not Verdict.AUTHENTIC, raw["creator_id"]
        first = result.reasons[0]
        if first.message.startswith("Not called authentic"):
            assert "times under" in first.message and "a follower sample can" in first.message


def test_the_held_back_message_reads_a_tiny_rate_unrounded(scorer: Scorer) -> None:
    # the evidence keeps 5 decimals: 0.0000072 was printed "0.00% a post, is 50 times under"
    record = as_regime(CreatorRecord.model_validate(_inflated(_quiet(), 30)), "scraper")
    [result] = scorer.score_many([record])
    message = result.reasons[0].message
    assert message.startswith("Not called authentic: the median engagement rate, 0.00")
    assert "0.00% a post" not in message


def test_a_quiet_audience_is_held_back_not_accused(scorer: Scorer) -> None:
    record = as_regime(CreatorRecord.model_validate(_quiet()), "scraper")
    [result] = scorer.score_many([record])
    assert result.verdict is Verdict.INSUFFICIENT_DATA
    assert result.reasons[0].message.startswith("Not called authentic")
    assert not any(r.code == "NO_RED_FLAGS" for r in result.reasons)


def test_the_evaluation_replays_the_scorers_verdicts(scorer: Scorer, tmp_path: Path) -> None:
    # training.train.frame_verdicts (every judge figure of make evaluate) gives the verdict
    # the scorer gives, the doubt included, under every data regime
    rows = []
    for raw in [*_examples(), _quiet()]:
        for times in (1, 30, 1000):
            rows.append({**_inflated(raw, times), "label": 0, "archetype": "example"})
    source = tmp_path / "creators.jsonl"
    source.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    regimes = ("everything", "scraper", "profile_posts")
    frame = load_labelled_features(source, cache=False, regimes=regimes).frame
    _, replayed = frame_verdicts(scorer.creator_model, frame)
    records = [
        CreatorRecord.model_validate(
            {k: v for k, v in row.items() if k not in ("label", "archetype")}
        )
        for row in rows
    ]
    scored = scorer.score_many([as_regime(r, regime) for r in records for regime in regimes])
    assert [r.verdict.value for r in scored] == list(replayed)
    # make reason-rates' replay: the doubt moves rows here, only authentic -> insufficient_data
    rates = _replay(scorer.creator_model, frame)
    assert list(rates["verdict"]) == list(replayed)
    held = rates[rates["verdict"] != rates["undoubted_verdict"]]
    assert len(held) > 0
    assert set(held["verdict"]) == {"insufficient_data"}
    assert set(held["undoubted_verdict"]) == {"authentic"}


def test_a_replay_reads_the_median_posts_interactions_not_the_rate_times_todays_followers() -> None:
    # a giveaway creator: 2 interactions a post, followers grown 30 times since, so the median
    # rate (by the followers when each post went up) times today's followers reads about 96
    from fraud.reasons import RATIO_MIN_INTERACTIONS, _ratio_readable

    values = {
        "interactions_log10": math.log10(3.0),
        "engagement_rate_median": 0.00097,
        "followers_log10": 5.0,
    }
    assert RATIO_MIN_INTERACTIONS > 2
    assert not _ratio_readable(values)
    assert _ratio_readable({**values, "interactions_log10": math.nan})  # older rows: the estimate
