"""Platform ids are no names (fraud.audience.is_platform_id).

Chinese platforms number their accounts and show the nickname; exports (MediaCrawler, and our
importer after it) name commenters by that number or by a hash of it, and follower lists give
the number as the username. Read as names, ids are all digits or digit-heavy random strings,
which the follower model and the digit-heavy shares take for bot names. A creator must score
the same whichever way its export names the accounts.
"""

from __future__ import annotations

import hashlib
import math
from datetime import date
from typing import Any

import numpy as np
import pytest

from fraud.audience import (
    _feature_matrix,
    _feature_matrix_many,
    chosen_name,
    is_platform_id,
    platform_id_mask,
)
from fraud.features.comments import MIN_NAMED_COMMENTERS
from fraud.schema import Account, CreatorRecord

from .conftest import load_sample

AS_OF = date(2025, 11, 1)


@pytest.mark.parametrize(
    "name",
    [
        "7396953754",  # a Weibo uid
        "600002",
        "3546812200781312",  # a Bilibili mid
        "fe5f1130672f42fa",  # MediaCrawler's hashed id (anonymize_user_id's form)
        "0123456789abcdef0123456789abcdef",
        "MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM",  # a Douyin sec_uid
        "UCX6OQ3DkcsbYNE6H8uQQuVA",  # a YouTube channel id (yt-dlp's author_id)
    ],
)
def test_ids_are_recognised(name: str) -> None:
    assert is_platform_id(name)


@pytest.mark.parametrize(
    "name",
    [
        "用户7396953754",  # a default nickname: a name the owner kept, and evidence of its own
        "bili_25812177215",
        "小红薯689BC061",
        "anna1998",
        "jessica83920174",
        "1234",  # too short to be an id
        "deadbeefcafebabe",  # hex letters only: a word game, not a hash
        "efa739888078",  # a bot name: hex letters, then digits
        "abcdef1234567890",
        "tom.leo",
        "UCberkeley_alumni_club_x",  # a handle that starts like a channel id
        "等待坤哥2tz847",
        "",
    ],
)
def test_names_are_not_ids(name: str) -> None:
    assert not is_platform_id(name)


def test_the_mask_agrees_with_the_check_name_by_name() -> None:
    names = ["7396953754", "tom.leo", "fe5f1130672f42fa", "a\n12345678", "1234567\n", "x", "555555"]
    assert platform_id_mask(names).tolist() == [is_platform_id(n) for n in names]
    assert platform_id_mask(names[:1] + names[5:]).tolist() == [True, False, True]
    assert platform_id_mask([]).tolist() == []


def test_the_mask_skips_only_names_that_cannot_be_ids() -> None:
    """The mask searches only names of digits alone or of 16 characters or more: on random
    names around those bounds (ids of every form one character short and long, other
    scripts' digits, superscripts, newlines, empty names) it agrees with the check, and so
    do the chosen names of accounts."""
    import random

    from fraud.audience import _chosen_names

    rng = random.Random(5)
    forms = [
        lambda k: "".join(rng.choices("0123456789", k=k)),
        lambda k: "".join(rng.choices("0123456789abcdef", k=k)),
        lambda k: "MS4wLjAB" + "".join(rng.choices("AbZ09_-", k=k)),
        lambda k: "UC" + "".join(rng.choices("aZ9_-", k=k)),
        lambda k: "".join(rng.choices("٠١٢٣٤٥٦٧٨٩²0123", k=k)),
        lambda k: "".join(rng.choices("abcXYZ019._\n用户", k=k)),
    ]
    names = [rng.choice(forms)(rng.randint(0, 30)) for _ in range(3000)]
    assert platform_id_mask(names).tolist() == [is_platform_id(n) for n in names]
    assert 20 < sum(map(is_platform_id, names)) < len(names) // 2
    usernames: list[str | None] = [None if rng.random() < 0.1 else n for n in names]
    shown: list[str | None] = [rng.choice([None, "Anna", "晚风"]) for _ in names]
    chosen = _chosen_names(usernames, shown)
    expected = [chosen_name(u, d) for u, d in zip(usernames, shown, strict=True)]
    assert list(zip(*chosen, strict=True)) == expected


def test_the_display_name_stands_in_for_an_id() -> None:
    assert chosen_name("7396953754", "会飞的团子") == ("会飞的团子", None)
    assert chosen_name("fe5f1130672f42fa", None) == (None, None)
    assert chosen_name("anna.l", "Anna L") == ("anna.l", "Anna L")
    assert chosen_name(None, "Anna L") == (None, "Anna L")


def _uid(name: str) -> str:
    return str(10**9 + int(hashlib.sha256(name.encode()).hexdigest()[:12], 16) % 10**9)


def _hashed(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()[:16]


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    return bool(np.array_equal(a, b, equal_nan=True))


def test_a_follower_numbered_by_its_platform_has_the_features_of_its_nickname() -> None:
    people = [
        Account(username="会飞的团子", followers=120, following=300, posts=40, has_avatar=True),
        Account(username="用户7364920183", followers=2, following=900, posts=0, bio=""),
        Account(username="wenhui4572", followers=15, following=80, posts=3),
    ]
    numbered = [
        a.model_copy(update={"username": _uid(a.username or ""), "display_name": a.username})
        for a in people
    ]
    hashed = [
        a.model_copy(update={"username": _hashed(a.username or ""), "display_name": a.username})
        for a in people
    ]
    unnamed = [a.model_copy(update={"username": _uid(a.username or "")}) for a in people]
    expected = _feature_matrix(people, AS_OF)
    for accounts in (numbered, hashed):
        assert _same(_feature_matrix(accounts, AS_OF), expected)
        assert _same(_feature_matrix_many([(accounts, AS_OF)]), expected)
    # an id and no display name: nothing is known of the name (NaN, as for no username)
    no_name = _feature_matrix([a.model_copy(update={"username": None}) for a in people], AS_OF)
    assert _same(_feature_matrix(unnamed, AS_OF), no_name)
    assert _same(_feature_matrix_many([(unnamed, AS_OF)]), no_name)


def _renamed(raw: dict[str, Any], rename: Any, *, followers: bool) -> CreatorRecord:
    raw = dict(raw)
    raw["comments"] = [
        {**c, "author": rename(c["author"])} if c.get("author") and not c.get("from_creator") else c
        for c in raw["comments"]
    ]
    if followers:
        raw["follower_sample"] = [
            {
                **f,
                "username": rename(f["username"]),
                "display_name": f.get("display_name") or f["username"],
            }
            for f in raw["follower_sample"]
        ]
    return CreatorRecord.model_validate(raw)


@pytest.mark.parametrize("rename", [_uid, _hashed])
def test_a_creator_scores_the_same_whichever_way_its_export_names_accounts(
    scorer: Any, rename: Any
) -> None:
    raw = load_sample("bought_followers_weibo")
    assert raw["comments"] and raw["follower_sample"]
    original = CreatorRecord.model_validate(raw)
    renamed = _renamed(raw, rename, followers=True)
    names = [c.author for c in renamed.comments if c.author and not c.from_creator]
    names += [f.username for f in renamed.follower_sample or [] if f.username]
    assert platform_id_mask(names).all()  # (0.07% of 16-character hashes read as names)
    for rows in (scorer.extractor.rows, scorer.extractor.rows_reference):
        before, after = (row.values for row in rows([original, renamed]))
        # every commenter is an id now: the digit-heavy share of chosen names is not known
        assert math.isnan(after.pop("digit_heavy_commenter_share"))
        before.pop("digit_heavy_commenter_share")
        assert before.keys() == after.keys()
        differing = [k for k in before if not _same(np.array(before[k]), np.array(after[k]))]
        assert differing == []
    first, second = scorer.score_many([original, renamed])
    assert second.verdict == first.verdict
    assert abs(second.fraud_probability - first.fraud_probability) < 0.01


def test_digit_heavy_commenters_are_counted_among_chosen_names_only(scorer: Any) -> None:
    raw = load_sample("genuine_koc_rednote")
    authors = sorted({c["author"] for c in raw["comments"] if not c.get("from_creator")})
    assert len(authors) >= 2 * MIN_NAMED_COMMENTERS
    half = set(authors[: len(authors) // 2])
    # half the commenters numbered by the platform, the others given bot-like chosen names
    record = _renamed(raw, lambda a: _uid(a) if a in half else f"fan{_uid(a)[:8]}", followers=False)
    # all but a few numbered: too few chosen names for a share
    few = set(authors[MIN_NAMED_COMMENTERS - 1 :])
    thin = _renamed(raw, lambda a: _uid(a) if a in few else f"fan{_uid(a)[:8]}", followers=False)
    for rows in (scorer.extractor.rows, scorer.extractor.rows_reference):
        named, unnamed = rows([record, thin])
        assert named.values["digit_heavy_commenter_share"] == 1.0
        assert math.isnan(unnamed.values["digit_heavy_commenter_share"])
