"""Counts and their nouns (fraud.wording): one count, one noun in the singular, everywhere a
message says how many. Found in session 56: "1 posts given", "1 regulars comment across
posts" (26 of 400 simulated creators' LOYAL_COMMUNITY), "1 of the 6 posts have a comment
count", "rejected 1 rows", "+1 points over the norm"."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from fraud.importers._assemble import ImportSummary
from fraud.plain_values import plain_text
from fraud.schema import CreatorRecord
from fraud.wording import counted, is_one, one_or_many, plural

from .conftest import load_sample
from .test_reason_truth import _message
from .test_unknown_counts import _both_paths, _posts, _record

ROOT = Path(__file__).resolve().parents[1]


def test_counted_takes_the_singular_for_one_as_shown() -> None:
    assert counted(1, "post") == "1 post"
    assert counted(0, "post") == "0 posts"
    assert counted(2, "reply", "replies") == "2 replies"
    assert counted(1, "reply", "replies") == "1 reply"
    assert counted(1200, "follower", spec=",") == "1,200 followers"
    # what decides is the number as it reads
    assert counted(0.6, "day", spec=".0f") == "1 day"
    assert counted(1.0, "day", spec=".1f") == "1.0 days"
    assert counted(1, "point", spec="+.0f") == "+1 point"
    assert counted("1", "like") == "1 like" and counted("1.5", "like") == "1.5 likes"
    assert plural(3, "file") == "files" and plural(1, "file") == "file"
    assert one_or_many(1, "asks", "ask") == "asks" and one_or_many(2, "asks", "ask") == "ask"
    assert is_one(-1) and is_one("+1") and not is_one(11) and not is_one("1.0")


def test_the_wording_module_loads_nothing_heavy() -> None:
    # the importers and the service's error text import it: no numpy, pandas, scoring stack
    code = (
        "import sys, fraud.wording; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "{'numpy', 'pandas', 'lightgbm', 'pydantic', 'scipy'} or m.startswith('fraud.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    assert out.strip() == "['fraud.wording']", out


def test_the_import_summary_counts_one_row_in_the_singular() -> None:
    summary = ImportSummary(read=1, imported=0, rejected=1, unmatched=1, creators_rejected=1)
    line = summary.line()
    assert "rejected 1 row," in line, line
    assert "1 --profiles/--history row matched no creator" in line, line
    assert "0 creators written (0 posts, 0 comments), 1 creator rejected" in line, line
    stopped = summary.stopped_line("none kept")
    assert stopped.startswith("import stopped after reading 1 row (1 rejected);"), stopped


def test_the_engagement_notes_count_one_post_in_the_singular() -> None:
    for block in _both_paths(_record(_posts(1))):
        assert block.note == "1 post given; the engagement checks need 3"
    partly = _record(_posts(1) + _posts(5, start_day=1, comments=10, comments_unknown=True))
    for block in _both_paths(partly):
        assert block.note is not None
        assert "1 of the 6 posts has a comment count" in block.note, block.note


def test_the_skipped_checks_count_one_comment_and_one_follower_in_the_singular(
    scorer: Any,
) -> None:
    raw = load_sample("genuine_koc_rednote")
    audience = [c for c in raw["comments"] if not c.get("from_creator")]
    raw.update(comments=audience[:1], follower_sample=raw["follower_sample"][:1])
    result = scorer.score(CreatorRecord.model_validate(raw))
    said = " | ".join(r.message for r in result.reasons)
    assert "1 audience comment given; the comment checks need" in said, said
    assert "1 sampled follower given; the audience checks need" in said, said


def test_reasons_count_one_in_the_singular() -> None:
    loyal = {"recurring_commenter_share": 0.3, "recurring_substantive_share": 0.8}
    one = _message("LOYAL_COMMUNITY", loyal, "comments", n_regular_commenters=1)
    assert one.startswith("1 regular comments across posts"), one
    many = _message("LOYAL_COMMUNITY", loyal, "comments", n_regular_commenters=14)
    assert many.startswith("14 regulars comment across posts"), many
    pod = {"pod_comment_share": 0.3}
    pod_one = _message(
        "COMMENT_POD", pod, "comments", n_regular_commenters=1, n_posts_with_comments=1
    )
    assert pod_one.startswith("1 account comments on at least half of 1 post;"), pod_one
    burst = {"early_comment_share": 0.8, "early_low_effort_excess": 0.01}
    assert "within the hour 1 point more often" in _message("COMMENT_BURST", burst, "comments")
    spike = {"n_follower_spike_episodes": 1, "spike_engagement_lift": 0.0}
    losing = _message("FOLLOWER_SPIKE", spike, "growth", normal_day_followers=-1)
    assert "on an account that loses 1 follower on a normal day" in losing, losing


@pytest.mark.parametrize(
    ("name", "value", "said"),
    [
        ("follower_history_days", 1.0, "1 day of follower history"),
        ("n_follower_spike_episodes", 1.0, "1 separate follower spike"),
        ("posts_per_week", 1.0, "1 post a week"),
        ("followers_log10", math.log10(2.0), "1 follower"),
        (
            "low_effort_comment_vs_norm",
            0.01,
            "low-effort comments +1 point over the norm for the size",
        ),
    ],
)
def test_plain_values_count_one_in_the_singular(name: str, value: float, said: str) -> None:
    assert plain_text(name, value) == f"{said} ({name})"
