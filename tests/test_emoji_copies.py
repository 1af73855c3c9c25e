"""One emoji string pasted by many accounts (``emoji_copy_share``, ``COMMENTS_EMOJI_COPIED``):
counted where it reads as a bought package, not where fans post their own short emoji; the
chunk path and the per-creator path agree."""

from __future__ import annotations

import copy
import random
from datetime import datetime, timedelta
from typing import Any

import pytest

from fraud.features import comments
from fraud.features.comments import (
    EMOJI_COPY_MIN_ACCOUNTS,
    EMOJI_COPY_MIN_EMOJI,
    EMOJI_COPY_MIN_RUN,
    counts_as_emoji_copy,
    emoji_copy_key,
    emoji_kinds,
)
from fraud.schema import CreatorRecord, Severity
from tests.conftest import load_sample
from tests.test_columnar import assert_family_paths_equal

CODE = "COMMENTS_EMOJI_COPIED"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("😍😍😍🔥🔥🔥", True),  # the reviewer's string
        ("😍🔥👏💯😍🔥👏💯", True),
        ("💚👌💚😍😍😍😍", True),
        ("[赞]🔥👏", True),  # sticker codes are emoji too
        ("🔥" * EMOJI_COPY_MIN_RUN, True),  # a run no fan types
        ("🔥" * (EMOJI_COPY_MIN_RUN - 1), False),  # fans do (🔥x7 from 2 real comments)
        ("❤️", False),
        ("😍😍😍", False),
        ("👍", False),
        ("👍🏻👍🏽👍", False),  # skin tones are one kind
        ("❤️🔥", False),  # two emoji: fans coincide
        ("👨‍👩‍👧‍👦", True),  # a joiner joins nothing (see the glued string below): four people
        ("😍😍😍🔥🔥🔥!", True),  # punctuation, spaces and invisible characters cannot hide it
        ("😍😍😍🔥🔥🔥~。！♡", True),
        ("😍😍😍🔥🔥🔥\u200b", True),
        ("😍😍😍🔥🔥🔥\u00ad", True),
        ("😍\u200d😍\u200d😍\u200d🔥\u200d🔥\u200d🔥", True),  # glued with joiners
        ("[😍😍😍🔥🔥🔥]", True),  # brackets around emoji are not a sticker
        ("[.][,][.]", False),  # nor around punctuation
        ("😍 nice 🔥🔥", False),  # words: not an emoji string
        ("(๑•̀ㅂ•́)و✧", False),  # kaomoji
        ("...", False),
        ("😍🔥" * 200, True),  # longer than the cached texts: read the same way
        ("😍🔥" * 200 + "a", False),
    ],
)
def test_what_counts_as_a_pasted_emoji_string(text: str, counts: bool) -> None:
    assert counts_as_emoji_copy(text) is counts


def test_variants_of_one_package_are_one_package() -> None:
    plain = emoji_copy_key("😍😍😍🔥🔥🔥")
    for variant in ("😍😍😍🔥🔥🔥!!!", "😍 😍 😍 🔥 🔥 🔥", "😍😍😍🔥️🔥️🔥️", "😍😍😍\u200b🔥🔥🔥"):
        assert emoji_copy_key(variant) == plain, variant
    assert emoji_copy_key("👍🏻" * 9) == emoji_copy_key("👍🏿" * 9)
    # runs past EMOJI_COPY_MIN_RUN are one package, shorter ones are not cut
    assert emoji_copy_key("🔥" * 20) == emoji_copy_key("🔥" * 84) == ("🔥",) * EMOJI_COPY_MIN_RUN
    assert emoji_copy_key("😍🔥🔥🔥") != emoji_copy_key("😍🔥🔥")


def test_emoji_kinds_reads_emoji_as_seen() -> None:
    assert emoji_kinds("👍🏻👍🏽") == ("👍", "👍")
    assert emoji_kinds("🇨🇳🇺🇸") == ("🇨🇳", "🇺🇸")
    assert emoji_kinds("👨🏽‍💻 ❤️") == ("👨", "💻", "❤")
    assert emoji_kinds("#️⃣#️⃣") is None  # keycaps of punctuation: no emoji
    assert emoji_kinds("hi 🔥") is None
    assert emoji_kinds("   ") is None
    assert len(emoji_kinds("😍😍😍🔥🔥🔥") or ()) >= EMOJI_COPY_MIN_EMOJI


def _with(base: dict[str, Any], texts: list[str], accounts: list[str | None]) -> CreatorRecord:
    """The creator ``base`` with more audience comments on its last ten posts."""
    raw = copy.deepcopy(base)
    posts = raw["posts"][-10:]
    for i, (text, account) in enumerate(zip(texts, accounts, strict=True)):
        post = posts[i % len(posts)]
        at = datetime.fromisoformat(post["posted_at"].replace("Z", "+00:00"))
        comment = {
            "post_id": post["post_id"],
            "text": text,
            "posted_at": (at + timedelta(hours=1 + i % 20)).isoformat().replace("+00:00", "Z"),
        }
        if account is not None:
            comment["author"] = account
        raw["comments"].append(comment)
    return CreatorRecord.model_validate(raw)


@pytest.fixture(scope="module")
def koc() -> dict[str, Any]:
    """The genuine RedNote KOC example (86 audience comments, none an emoji copy)."""
    return load_sample("genuine_koc_rednote")


def _cases(koc: dict[str, Any]) -> dict[str, CreatorRecord]:
    rng = random.Random(7)
    fan_emoji = ["❤️", "😍😍😍", "👍", "❤️❤️", "😍", "👍👍👍", "🔥🔥🔥🔥", "😂😂😂😂"]
    n_below = EMOJI_COPY_MIN_ACCOUNTS - 1
    return {
        "reviewer_77": _with(koc, ["😍😍😍🔥🔥🔥"] * 77, [f"fan{i}" for i in range(77)]),
        "celebrity_300_fans": _with(
            koc, [rng.choice(fan_emoji) for _ in range(300)], [f"fan{i}" for i in range(300)]
        ),
        "bots_20": _with(koc, ["😍🔥👏💯😍🔥👏💯"] * 20, [f"bot{i}" for i in range(20)]),
        "accounts_below": _with(koc, ["😍🔥👏💯"] * n_below, [f"bot{i}" for i in range(n_below)]),
        "one_account_20_times": _with(koc, ["😍🔥👏💯"] * 20, ["superfan"] * 20),
        # without an author, each comment counts as its own account (as for other copies)
        "bots_20_unnamed": _with(koc, ["😍 🔥 👏 💯"] * 20, [None] * 20),
        "bots_mixed_spacing": _with(
            koc, ["😍🔥👏💯", "😍 🔥👏💯", " 😍🔥👏💯 "] * 5, [f"bot{i}" for i in range(15)]
        ),
    }


def test_emoji_copies_fire_on_a_package_and_not_on_fans(scorer: Any, koc: dict[str, Any]) -> None:
    cases = _cases(koc)
    rows = dict(zip(cases, scorer.extractor.rows(list(cases.values())), strict=True))
    share = {name: row.values["emoji_copy_share"] for name, row in rows.items()}
    n = {name: row.blocks["comments"].evidence["n_comments"] for name, row in rows.items()}
    assert share["reviewer_77"] == 77 / n["reviewer_77"]
    assert share["bots_20"] == 20 / n["bots_20"]
    assert share["bots_20_unnamed"] == 20 / n["bots_20_unnamed"]
    assert share["bots_mixed_spacing"] == 15 / n["bots_mixed_spacing"]
    for name in ("celebrity_300_fans", "accounts_below", "one_account_20_times"):
        assert share[name] == 0.0, name
    evidence = rows["reviewer_77"].blocks["comments"].evidence
    assert evidence["emoji_copy_string"] == "😍😍😍🔥🔥🔥"
    assert evidence["n_emoji_copy_accounts"] == 77
    assert evidence["n_emoji_copy_strings"] == 1
    plain = scorer.extractor.rows([CreatorRecord.model_validate(koc)])[0]
    assert plain.values["emoji_copy_share"] == 0.0
    # Pasted emoji are copies: the duplicate share counts them (without them it fell from
    # 0.67 to 0.36 with 77 pasted comments, and the score rose); fans' emoji are not copies.
    n_plain = plain.blocks["comments"].evidence["n_comments"]
    copies_plain = plain.blocks["comments"].evidence["n_duplicate_comments"]
    for name, pasted in (("reviewer_77", 77), ("bots_20", 20), ("celebrity_300_fans", 0)):
        dup = rows[name].blocks["comments"].evidence["n_duplicate_comments"]
        assert dup == copies_plain + pasted, name
        assert rows[name].values["duplicate_comment_share"] == dup / n[name]
    assert n["reviewer_77"] == n_plain + 77

    results = dict(zip(cases, scorer.score_many(list(cases.values())), strict=True))

    def severity(name: str) -> Severity | None:
        return next((r.severity for r in results[name].reasons if r.code == CODE), None)

    # A fact, never a red flag on its own (fans copying one comment down a thread look the
    # same); the copies weigh through the duplicate share.
    assert severity("reviewer_77") is Severity.LOW
    assert severity("bots_20") is Severity.LOW
    for name in ("celebrity_300_fans", "accounts_below", "one_account_20_times"):
        assert severity(name) is None, name


def test_chunk_path_equals_the_per_creator_path(scorer: Any, koc: dict[str, Any]) -> None:
    records = list(_cases(koc).values())
    records = [*records, *reversed(records)]  # several creators in one chunk, in two orders
    fast = assert_family_paths_equal(comments, records, scorer)
    assert sum(block.values["emoji_copy_share"] > 0 for block in fast) == 8
    assert {b.evidence.get("emoji_copy_string") for b in fast} == {
        None,
        "😍😍😍🔥🔥🔥",
        "😍🔥👏💯😍🔥👏💯",
        "😍🔥👏💯",
    }
