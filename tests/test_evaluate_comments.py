"""The "unseen" held-out texts of ``training.evaluate_comments``: near-copies of a training
text and lexicon lines are left out, and the counts of what was left out add up."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from training.evaluate_comments import SeenTexts, lexicon_lines, seen_key


def test_seen_key_folds_case_width_space_and_punctuation() -> None:
    assert seen_key("Nice  VIDEO!!") == seen_key("nice video") == "nicevideo"
    assert seen_key("哈哈哈，太好看了！") == seen_key("哈哈哈 太好看了") == "哈哈哈太好看了"
    assert seen_key("ＬＯＶＥ it") == "loveit"  # full-width letters fold under NFKC
    assert seen_key("🔥🔥") == "🔥🔥"  # emoji are symbols, not punctuation: they stay
    assert seen_key("!!!") != seen_key("?")  # punctuation only keeps its punctuation
    assert seen_key("love it") != seen_key("love it 🔥")


def test_unseen_leaves_out_near_copies_and_lexicon_lines(tmp_path: Path) -> None:
    (tmp_path / "generic_en.txt").write_text(
        "# a comment line is not an entry\nso good\n绝绝子\n", encoding="utf-8"
    )
    (tmp_path / "notes.tsv").write_text("check out my channel\n", encoding="utf-8")
    lines = lexicon_lines(tmp_path)
    assert lines == ["so good", "绝绝子"]  # comments and non-.txt files are not lexicon lines
    seen = SeenTexts.build(["Check out my channel!!", "so good"], lines)
    frame = pd.DataFrame(
        {
            "text": [
                "check out my  channel",  # near-copy of a training text
                "So good!",  # training text and lexicon line
                "绝绝子！",  # lexicon line
                "check out my channel please",  # new text
                "I bought the blue one, it fades",  # new text
            ]
        }
    )
    keep, counts = seen.unseen(frame["text"])
    assert keep == [False, False, False, True, True]
    assert frame[keep]["text"].tolist() == [
        "check out my channel please",
        "I bought the blue one, it fades",
    ]
    assert counts == {
        "n": 5,
        "near_copy_of_training": 2,
        "lexicon_line": 2,
        "both": 1,
        "removed": 3,
        "unseen": 2,
    }
    assert counts["removed"] + counts["unseen"] == counts["n"]
    assert (
        counts["near_copy_of_training"] + counts["lexicon_line"] - counts["both"]
        == (counts["removed"])
    )


def test_nothing_seen_keeps_everything() -> None:
    keep, counts = SeenTexts.build([], []).unseen(["a", "b"])
    assert keep == [True, True] and counts["removed"] == 0 and counts["unseen"] == 2
