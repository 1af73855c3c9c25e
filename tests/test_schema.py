from __future__ import annotations

from datetime import UTC, date

import pytest
from pydantic import ValidationError

from fraud.schema import CreatorRecord, Platform

from .conftest import load_sample


def _minimal(**overrides: object) -> dict[str, object]:
    return {"creator_id": "x:1", "platform": "weibo", "profile": {"followers": 10}, **overrides}


@pytest.mark.parametrize(
    ("alias", "platform"),
    [
        ("xiaohongshu", Platform.REDNOTE),
        ("red", Platform.REDNOTE),
        ("RED", Platform.REDNOTE),
        ("x", Platform.TWITTER),
        ("Douyin", Platform.DOUYIN),
    ],
)
def test_platform_aliases_map_to_contract_names(alias: str, platform: Platform) -> None:
    assert CreatorRecord.model_validate(_minimal(platform=alias)).platform is platform


def test_unknown_platform_is_refused_with_its_location() -> None:
    with pytest.raises(ValidationError) as error:
        CreatorRecord.model_validate(_minimal(platform="myspace"))
    assert error.value.errors()[0]["loc"] == ("platform",)


def test_naive_timestamps_are_read_as_utc_and_aware_ones_converted() -> None:
    record = CreatorRecord.model_validate(
        _minimal(
            posts=[
                {"posted_at": "2026-01-01T08:00:00", "likes": 1, "comments": 0},
                {"posted_at": "2026-01-01T08:00:00+08:00", "likes": 1, "comments": 0},
            ]
        )
    )
    stamps = sorted(p.posted_at for p in record.posts)
    assert all(s.tzinfo is UTC for s in stamps)
    assert stamps[0].hour == 0 and stamps[1].hour == 8


def test_history_is_sorted_and_deduplicated_by_date_last_wins() -> None:
    record = CreatorRecord.model_validate(
        _minimal(
            follower_history=[
                {"date": "2026-01-03", "followers": 30},
                {"date": "2026-01-01", "followers": 10},
                {"date": "2026-01-03", "followers": 33},
            ]
        )
    )
    assert [(s.date, s.followers) for s in record.follower_history] == [
        (date(2026, 1, 1), 10),
        (date(2026, 1, 3), 33),
    ]


def test_as_of_defaults_to_latest_timestamp_in_record() -> None:
    record = CreatorRecord.model_validate(load_sample("genuine_koc_rednote") | {"as_of": None})
    assert record.as_of is not None
    assert record.as_of >= max(p.posted_at for p in record.posts)


@pytest.mark.parametrize(
    ("patch", "location"),
    [
        ({"profile": {"followers": -1}}, ("profile", "followers")),
        ({"profile": {"followers": "many"}}, ("profile", "followers")),
        (
            {"follower_history": [{"date": "2026-02-30", "followers": 1}]},
            ("follower_history", 0, "date"),
        ),
        ({"posts": [{"posted_at": "2026-01-01T00:00:00Z", "likes": 1}]}, ("posts", 0, "comments")),
        ({"creator_id": ""}, ("creator_id",)),
        (
            {"posts": [{"posted_at": "2026-01-01T00:00:00Z", "likes": 1, "comments": 0}] * 1001},
            ("posts",),
        ),
        ({"comments": [{"text": "x" * 5001}]}, ("comments", 0, "text")),
    ],
)
def test_bad_input_is_refused_naming_the_field(patch: dict[str, object], location: tuple) -> None:
    with pytest.raises(ValidationError) as error:
        CreatorRecord.model_validate(_minimal(**patch))
    assert error.value.errors()[0]["loc"] == location


def test_unknown_fields_are_ignored() -> None:
    record = CreatorRecord.model_validate(_minimal(extra_field=1, label=1))
    assert record.creator_id == "x:1"


@pytest.mark.parametrize(
    ("profile", "message"),
    [
        ({"followers": "1000"}, "Input should be a valid integer, not a string"),
        ({"followers": True}, "Input should be a valid integer, not a boolean"),
        ({"followers": 2**64}, "Input should be less than or equal to 9223372036854775807"),
        ({"followers": float(2**70)}, "Input should be less than or equal to 9223372036854775807"),
        ({"followers": 1, "verified": 1}, "Input should be a valid boolean"),
        ({"followers": 1, "created_at": 20200101}, "valid date string (ISO 8601), not a number"),
    ],
)
def test_types_are_not_coerced(profile: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError) as error:
        CreatorRecord.model_validate(_minimal(profile=profile))
    assert message in error.value.errors()[0]["msg"]


def test_integral_float_counts_stay_accepted() -> None:
    assert (
        CreatorRecord.model_validate(_minimal(profile={"followers": 1000.0})).profile.followers
        == 1000
    )


@pytest.mark.parametrize("where", ["as_of", "posts", "comments"])
def test_timestamps_leaving_years_1_to_9999_in_utc_are_refused(where: str) -> None:
    stamp = "0001-01-01T00:00:00+14:00"
    fields: dict[str, object] = {
        "as_of": {"as_of": stamp},
        "posts": {"posts": [{"posted_at": stamp, "likes": 1, "comments": 0}]},
        "comments": {"comments": [{"text": "hi", "posted_at": stamp}]},
    }[where]
    with pytest.raises(ValidationError) as error:
        CreatorRecord.model_validate(_minimal(**fields))
    assert "within years 1 to 9999 in UTC" in error.value.errors()[0]["msg"]


def test_digits_past_the_microsecond_are_rounded() -> None:
    post = {"posted_at": "2026-01-01T10:00:00.1234567Z", "likes": 1, "comments": 0}
    record = CreatorRecord.model_validate(_minimal(posts=[post]))
    assert record.posts[0].posted_at.microsecond == 123457
