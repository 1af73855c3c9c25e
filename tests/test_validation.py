"""The fast validation path (msgspec) agrees with the pydantic models on good and bad records."""

from __future__ import annotations

import json
import random
from typing import Any

import orjson
import pytest
from pydantic import ValidationError

from fraud.io import RawRecord, RecordError, format_validation_error, parse_record
from fraud.schema import CreatorRecord, Platform
from fraud.validation import parse_creator, validate_creator_json
from tests.conftest import SAMPLES, load_sample

NAMES = [p.stem for p in sorted(SAMPLES.glob("*.json"))]
POST = {"posted_at": "2026-01-01T10:00:00Z", "likes": 1, "comments": 0}


def _pydantic(data: bytes) -> CreatorRecord | str:
    """Today's path, the reference: orjson, then the pydantic models."""
    parsed = parse_record(RawRecord(0, data))
    if isinstance(parsed, RecordError):
        return parsed.message
    try:
        return CreatorRecord.model_validate(parsed)
    except ValidationError as error:
        return format_validation_error(error)


def _assert_same(data: bytes) -> CreatorRecord | str:
    expected = _pydantic(data)
    got = parse_creator(data)
    if isinstance(expected, str):
        assert got == expected
    else:
        assert isinstance(got, CreatorRecord)
        assert got.model_dump() == expected.model_dump()
        assert [p.posted_at.utcoffset() for p in got.posts] == [
            p.posted_at.utcoffset() for p in expected.posts
        ]
    return expected


def _minimal(**extra: Any) -> dict[str, Any]:
    return {"creator_id": "c", "platform": "tiktok", "profile": {"followers": 10}, **extra}


GOOD = [
    _minimal(),
    _minimal(platform="xiaohongshu", handle=None, as_of=None),
    _minimal(platform="Douyin"),
    _minimal(profile={"followers": 1000.0, "verified": False, "created_at": "2020-02-29"}),
    _minimal(posts=[{**POST, "posted_at": "2026-01-01T08:00:00+08:00"}, POST]),
    _minimal(posts=[{**POST, "posted_at": "2026-01-01T08:00:00"}]),
    _minimal(posts=[{**POST, "posted_at": "2026-01-01"}]),
    _minimal(posts=[{**POST, "posted_at": "2026-01-01 10:00:00"}]),
    _minimal(posts=[{**POST, "posted_at": "2026-01-01T10:00:00.1234565Z"}]),
    _minimal(posts=[{**POST, "posted_at": "2026-12-31T23:59:59.99999951-01:00"}]),
    _minimal(posts=[{**POST, "post_id": "a", "likes": 1}, {**POST, "post_id": "a", "likes": 2}]),
    _minimal(
        follower_history=[
            {"date": "2026-01-03", "followers": 3},
            {"date": "2026-01-01", "followers": 1},
            {"date": "2026-01-03", "followers": 4},
        ]
    ),
    _minimal(comments=[{"text": "好" * 5000, "posted_at": None, "unknown": [1, 2]}]),
    _minimal(creator_id="x" * 200, extra_field={"a": 1}),
    _minimal(follower_sample=None),
    _minimal(follower_sample=[{"followers": 1, "following": 2, "posts": 0, "id": "a"}]),
    _minimal(profile={"followers": 2**63 - 1}),
    _minimal(posts=[{**POST, "format": "video", "sponsored": True}]),
    # Counts the source could not show (hidden likes, a Kuaishou export's comments).
    _minimal(posts=[{**POST, "likes": 0, "likes_unknown": True}]),
    _minimal(posts=[{**POST, "comments_unknown": True, "likes_unknown": False}]),
    _minimal(posts=[{**POST, "comments_unknown": None}]),
    _minimal(as_of="0001-01-01T00:00:00-00:00"),
    # A profile observed before (or on) the record's as_of date (UTC), or with no as_of.
    _minimal(as_of="2026-01-05T10:00:00Z", profile={"followers": 1, "observed_at": "2026-01-01"}),
    _minimal(
        as_of="2026-01-05T23:00:00-08:00", profile={"followers": 1, "observed_at": "2026-01-06"}
    ),
    _minimal(posts=[POST], profile={"followers": 1, "observed_at": "2026-01-01"}),
    _minimal(profile={"followers": 1, "observed_at": "2026-01-01"}),
    _minimal(profile={"followers": 1, "observed_at": None}),
    # A platform's other names, as fraud import takes them (fraud.platforms): the contract's
    # name on both paths
    *(
        _minimal(platform=name)
        for name in ("小红书", "xhs", "抖音", "B站", "Ｂ站", "微博", " bili ")
    ),
]

BAD = [
    _minimal(profile={"followers": "1000"}),
    _minimal(profile={"followers": True}),
    _minimal(profile={"followers": 10.5}),
    _minimal(profile={"followers": -1}),
    _minimal(profile={"followers": 2**63}),
    _minimal(profile={"followers": None}),
    _minimal(profile={"followers": 1, "verified": 1}),
    _minimal(profile={"followers": 1, "verified": "yes"}),
    _minimal(profile={"followers": 1, "created_at": 1700000000}),
    _minimal(profile={"followers": 1, "created_at": "2026-02-30"}),
    # A profile observed after the record's as_of (given, or the latest timestamp).
    _minimal(as_of="2026-01-05T10:00:00Z", profile={"followers": 1, "observed_at": "2026-01-06"}),
    _minimal(
        as_of="2026-01-05T02:00:00+08:00", profile={"followers": 1, "observed_at": "2026-01-05"}
    ),
    _minimal(posts=[POST], profile={"followers": 1, "observed_at": "2026-01-02"}),
    _minimal(profile={"followers": 1, "observed_at": "2026-02-30"}),
    _minimal(profile={"followers": 1, "observed_at": 1700000000}),
    _minimal(as_of=1700000000),
    _minimal(as_of="0001-01-01T00:00:00+14:00"),
    _minimal(as_of="9999-12-31T23:00:00-05:00"),
    _minimal(posts=[{**POST, "posted_at": "0001-01-01T00:00:00+14:00"}]),
    _minimal(comments=[{"text": "x", "posted_at": "0001-01-01T00:00:00+14:00"}]),
    _minimal(posts=[{**POST, "format": "reel"}]),
    _minimal(posts=[{**POST, "likes": None}]),
    _minimal(posts=[{**POST, "likes": None, "likes_unknown": True}]),  # the count stays required
    _minimal(posts=[{**POST, "likes_unknown": 1}]),
    _minimal(posts=[{**POST, "comments_unknown": "true"}]),
    _minimal(posts=None),
    _minimal(posts=[POST] * 1001),
    _minimal(comments=[{"text": "好" * 5001}]),
    _minimal(comments=[{"text": 5}]),
    _minimal(follower_history=[{"date": 20260101, "followers": 1}]),
    _minimal(follower_sample=[{"followers": 1, "following": 2}]),
    _minimal(platform="myspace"),
    _minimal(platform="小红薯"),
    _minimal(platform=5),
    _minimal(creator_id=""),
    _minimal(creator_id="x" * 201),
    {"creator_id": "c", "platform": "tiktok"},
    [1, 2, 3],
    "just a string",
]

RAW_BAD = [
    b'{"creator_id": "a", "platform": "tiktok", "profile": {',
    b'{"creator_id": "a", "platform": "tiktok", "profile": {"followers": NaN}}',
    b'{"creator_id": "a", "platform": "tiktok", "profile": {"followers": 18446744073709551616}}',
    b'\xef\xbb\xbf{"creator_id": "a", "platform": "tiktok", "profile": {"followers": 1}}',
    b'{"creator_id": "a", "platform": "tiktok", "profile": {"followers": 1}} trailing',
    b'{"creator_id": "\xff", "platform": "tiktok", "profile": {"followers": 1}}',
    b"",
    b"null",
]


@pytest.mark.parametrize("name", NAMES)
def test_samples_take_the_fast_path_with_equal_values(name: str) -> None:
    data = orjson.dumps(load_sample(name))
    assert validate_creator_json(data) is not None
    assert isinstance(_assert_same(data), CreatorRecord)


@pytest.mark.parametrize("record", GOOD, ids=range(len(GOOD)))
def test_good_records_agree(record: Any) -> None:
    assert isinstance(_assert_same(orjson.dumps(record)), CreatorRecord)


@pytest.mark.parametrize("record", BAD, ids=range(len(BAD)))
def test_bad_records_agree(record: Any) -> None:
    assert isinstance(_assert_same(orjson.dumps(record)), str)
    assert validate_creator_json(orjson.dumps(record)) is None


@pytest.mark.parametrize("name", ["小红书", "xhs", "抖音", "B站", "Ｂ站", "微博", "Douyin"])
def test_platform_aliases_take_the_fast_path_as_the_contract_name(name: str) -> None:
    data = orjson.dumps(_minimal(platform=name))
    fast = validate_creator_json(data)
    assert fast is not None and fast.platform == _assert_same(data).platform  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["myspace", "小红薯", "", 5])
def test_an_unknown_platform_lists_the_names_on_both_paths(name: Any) -> None:
    reason = _assert_same(orjson.dumps(_minimal(platform=name)))
    allowed = ", ".join(repr(p.value) for p in list(Platform)[:-1])
    assert reason == f"platform: Input should be {allowed} or 'other'"


@pytest.mark.parametrize("data", RAW_BAD, ids=range(len(RAW_BAD)))
def test_bad_json_agrees(data: bytes) -> None:
    assert isinstance(_assert_same(data), str)


def test_duplicate_keys_agree() -> None:
    data = (
        b'{"creator_id": "a", "creator_id": "b", "platform": "tiktok", "profile": {"followers": 1}}'
    )
    _assert_same(data)


_VALUES: list[Any] = [
    None, True, False, 0, -1, 1.5, 7.0, 2**63, "", "x", "1000", "2026-01-01",
    "2026-01-01T10:00:00+05:30", "0001-01-01T00:00:00+01:00", [], {}, [1], {"a": 1}, "tiktok",
]  # fmt: skip


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:3]):
            found += _paths(item, (*prefix, index))
    return found


def _mutate(record: Any, rng: random.Random) -> Any:
    record = json.loads(json.dumps(record))
    path = rng.choice(_paths(record))
    parent = record
    for key in path[:-1]:
        parent = parent[key]
    if rng.random() < 0.15 and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = rng.choice(_VALUES)
    return record


def test_random_mutations_of_the_samples_agree() -> None:
    rng = random.Random(20261201)
    samples = [load_sample(name) for name in NAMES]
    for sample in samples:  # keep the cases small: three items of each list
        for key in ("posts", "comments", "follower_history", "follower_sample"):
            if isinstance(sample.get(key), list):
                sample[key] = sample[key][:3]
    outcomes = {"accepted": 0, "refused": 0}
    for _ in range(400):
        mutated = _mutate(rng.choice(samples), rng)
        result = _assert_same(orjson.dumps(mutated))
        outcomes["accepted" if isinstance(result, CreatorRecord) else "refused"] += 1
    assert min(outcomes.values()) > 50, outcomes


def _fields_of(item: Any) -> dict[str, Any]:
    names = getattr(item, "__struct_fields__", None) or type(item).model_fields
    return {name: getattr(item, name) for name in names}


@pytest.mark.parametrize("name", NAMES)
def test_light_records_hold_the_same_values(name: str) -> None:
    data = orjson.dumps(load_sample(name))
    light, full = validate_creator_json(data, light=True), validate_creator_json(data)
    assert light is not None and full is not None
    for field in ("creator_id", "platform", "handle", "as_of"):
        assert getattr(light, field) == getattr(full, field)
    assert light.profile == full.profile
    for field in ("follower_history", "posts", "comments"):
        assert [_fields_of(x) for x in getattr(light, field)] == [
            _fields_of(x) for x in getattr(full, field)
        ]
    assert [_fields_of(a) for a in light.follower_sample or []] == [
        _fields_of(a) for a in full.follower_sample or []
    ]
