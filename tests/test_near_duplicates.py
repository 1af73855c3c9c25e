from __future__ import annotations

import subprocess
import sys

from fraud.comment_quality import normalise_comment
from fraud.features.near_duplicates import near_duplicate_mask


def _mask(texts: list[str], authors: list[str]) -> list[bool]:
    return near_duplicate_mask([normalise_comment(t) for t in texts], authors).tolist()


def test_reworded_copy_from_another_account_is_a_near_duplicate() -> None:
    texts = [
        "Love this so much, keep it up!",
        "love this so much keep it up girl 🔥🔥",
        "Where is the jacket from?",
    ]
    assert _mask(texts, ["bot1", "bot2", "fan"]) == [True, True, False]


def test_exact_repeats_are_left_to_exact_matching() -> None:
    texts = ["Love this so much, keep it up!", "love this so much keep it up 🔥🔥"]
    assert _mask(texts, ["bot1", "bot2"]) == [False, False]


def test_same_author_repeating_itself_is_not_a_campaign() -> None:
    texts = ["Love this so much, keep it up!", "love this so much keep it up girl 🔥🔥"]
    assert _mask(texts, ["fan", "fan"]) == [False, False]


def test_short_texts_are_left_to_exact_matching() -> None:
    assert _mask(["Nice!", "nice"], ["a", "b"]) == [False, False]


def test_different_questions_on_one_template_are_not_copies() -> None:
    texts = ["终于等到更新了！上次说的精华测评呢", "终于等到更新了！上次说的眼霜测评呢"]
    assert _mask(texts, ["a", "b"]) == [False, False]


def test_result_does_not_depend_on_the_process_hash_seed() -> None:
    code = (
        "from fraud.features.near_duplicates import _signature; "
        "print(_signature('lovethisomuchkepitup').hex())"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={"PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1
