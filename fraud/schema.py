"""Pydantic models of the contract (data/contract/*.schema.json).

Input models validate and normalise one creator: platform aliases are mapped to the
contract's names, naive timestamps are read as UTC, the follower history is sorted and
de-duplicated by date, posts are sorted by time. Every list and string carries the
contract's bound; input beyond a bound is refused, never truncated.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from functools import cache
from itertools import count
from operator import attrgetter
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictBool,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic.json_schema import SkipJsonSchema
from pydantic_core import InitErrorDetails, PydanticCustomError

from fraud.platforms import PLATFORM_ALIASES, Platform, canonical_name

__all__ = [
    "MAX_COUNT",
    "PLATFORM_ALIASES",
    "PLATFORM_NAMES",
    "Account",
    "BatchRequest",
    "BatchResponse",
    "Comment",
    "CommentInput",
    "CreatorRecord",
    "FollowerSnapshot",
    "Platform",
    "Post",
    "Profile",
    "Reason",
    "ScoreResult",
    "Severity",
    "Verdict",
    "dedupe_comments",
    "latest_timestamp",
    "sort_history",
    "sort_posts",
    "without_repeated_comments",
]


#: How each platform is named in a sentence.
PLATFORM_NAMES: dict[str, str] = {
    Platform.DOUYIN: "Douyin",
    Platform.KUAISHOU: "Kuaishou",
    Platform.REDNOTE: "RedNote",
    Platform.WEIBO: "Weibo",
    Platform.BILIBILI: "Bilibili",
    Platform.WECHAT_CHANNELS: "WeChat Channels",
    Platform.INSTAGRAM: "Instagram",
    Platform.TIKTOK: "TikTok",
    Platform.YOUTUBE: "YouTube",
    Platform.TWITTER: "Twitter",
    Platform.OTHER: "other",
}


def _normalise_platform(value: Any) -> Any:
    """The contract's name of a platform given by another name (``xhs``, ``小红书``, ``B站``,
    :func:`fraud.platforms.canonical_name`); anything else as it is, for the enum to refuse."""
    found = canonical_name(value)
    return value if found is None else found


_ZERO = timedelta(0)
# Counts are stored as 64-bit integers (Parquet, numpy): anything larger is refused.
MAX_COUNT = 2**63 - 1


def _as_utc(value: datetime) -> datetime:
    """Naive timestamps are read as UTC; aware ones are converted to UTC."""
    offset = value.utcoffset()
    if offset is None:
        return value.replace(tzinfo=UTC)
    if offset == _ZERO:  # already UTC ("Z"): the common case, and astimezone is slow
        return value
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise PydanticCustomError(
            "datetime_utc_range", "Input should be a time within years 1 to 9999 in UTC"
        ) from None


def _count(value: Any) -> Any:
    """Counts are JSON numbers: a string or a boolean is refused, not coerced."""
    if isinstance(value, bool):
        raise PydanticCustomError("int_type", "Input should be a valid integer, not a boolean")
    if isinstance(value, str | bytes):
        raise PydanticCustomError("int_type", "Input should be a valid integer, not a string")
    if isinstance(value, int | float) and value > MAX_COUNT:
        # Without this, a float from a huge JSON integer gets a message about strings.
        raise PydanticCustomError(
            "less_than_equal", "Input should be less than or equal to {le}", {"le": MAX_COUNT}
        )
    return value


def _not_a_number(kind: str) -> Any:
    def check(value: Any) -> Any:
        if isinstance(value, bool | int | float):
            raise PydanticCustomError(
                f"{kind}_type", f"Input should be a valid {kind} string (ISO 8601), not a number"
            )
        if kind == "datetime" and isinstance(value, str):
            return _round_fraction(value)
        return value

    return BeforeValidator(check)


_LONG_FRACTION = re.compile(r"(\d\d:\d\d:\d\d)\.(\d{6})(\d+)")


def _round_fraction(value: str) -> Any:
    """Digits past the microsecond are rounded half up (as msgspec does), not cut off."""
    if len(value) <= 26 or (found := _LONG_FRACTION.search(value)) is None:
        return value
    head, micro, rest = found.groups()
    text = value[: found.start()] + f"{head}.{micro}" + value[found.end() :]
    if rest[0] < "5":
        return text
    parsed = _datetime_adapter().validate_python(text)
    try:
        return parsed + timedelta(microseconds=1)
    except OverflowError:
        return parsed


@cache
def _datetime_adapter() -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(datetime)


# Field before the validator, so that the JSON schema (OpenAPI) says minimum/maximum.
Count = Annotated[int, Field(ge=0, le=MAX_COUNT), BeforeValidator(_count)]
#: In the OpenAPI document a timestamp also leaves out the first and the last day of years
#: 1-9999: an offset can move a time of those days out of the range (refused, ``_as_utc``), and
#: no JSON Schema format can say so; a schema fuzzer would count the refusal as a valid request
#: rejected. Validation itself refuses only the times that leave the range.
_IN_UTC_RANGE = {"pattern": "^(?!0001-01-01|9999-12-31)"}
UtcDatetime = Annotated[
    datetime,
    _not_a_number("datetime"),
    AfterValidator(_as_utc),
    Field(json_schema_extra=_IN_UTC_RANGE),
]
Date = Annotated[date, _not_a_number("date")]


def _aliases_in_words() -> str:
    by_platform: dict[Platform, list[str]] = {}
    for alias, platform in PLATFORM_ALIASES.items():
        by_platform.setdefault(platform, []).append(alias)
    return "; ".join(f"{', '.join(names)} for {p.value}" for p, names in by_platform.items())


#: The platform field's description in the JSON schema (/openapi.json), which lists the
#: contract's names only: the other names it takes.
_PLATFORM_DESCRIPTION = (
    "The contract's name of the platform. Other names are taken and mapped to it (the"
    " result, reports and the store give the contract's name), in any case, with '-' or"
    " spaces for '_', in full-width forms too: " + _aliases_in_words() + "."
)
PlatformField = Annotated[
    Platform, BeforeValidator(_normalise_platform), Field(description=_PLATFORM_DESCRIPTION)
]


def _text(max_length: int) -> Any:
    return Field(default=None, max_length=max_length)


class _Input(BaseModel):
    # Unknown fields are ignored (the contract lets callers add to records). Types are not
    # coerced: a count given as a string or a boolean, a boolean given as 1 or "yes", a date
    # given as a number are reported rather than guessed at (integral floats such as 1000.0
    # are JSON integers and stay accepted).
    model_config = ConfigDict(extra="ignore", strict=False, frozen=False)


class Profile(_Input):
    """The creator's profile counts and details."""

    followers: Count
    following: Count | None = None
    posts: Count | None = None
    verified: StrictBool | None = None
    created_at: Date | None = None
    bio: str | None = _text(5000)
    category: str | None = _text(100)
    country: str | None = _text(100)
    # The date the follower count was observed, when before the record's as_of: an importer
    # that completes the count from an older snapshot (a store's, a --history row) says so,
    # and the store records it at that date, never again under as_of. Never after as_of.
    # Left out of the service's OpenAPI document (the contract's creator.schema.json has it):
    # no JSON Schema can say "not after as_of", so a schema fuzzer would count the refusal
    # of a later date as a valid request rejected.
    observed_at: SkipJsonSchema[Date | None] = None
    # Set by an importer (never read from input, never written out): the posts count was
    # crawled with the follower count, at observed_at (not completed from an older snapshot).
    _posts_at_observed: bool = PrivateAttr(default=False)


class FollowerSnapshot(_Input):
    """The follower (and following) count on one date."""

    date: Date
    followers: Count
    following: Count | None = None


class Post(_Input):
    """One post and its interaction counts."""

    post_id: str | None = _text(200)
    posted_at: UtcDatetime
    format: Literal["video", "image", "text", "live", "other"] | None = None
    likes: Count
    comments: Count
    shares: Count | None = None
    saves: Count | None = None
    views: Count | None = None
    coins: Count | None = None
    danmaku: Count | None = None
    sponsored: StrictBool | None = None
    # The count the export could not show: ``likes`` (the creator hid them; Instaloader's -1)
    # or ``comments`` (Kuaishou exports have no comment count: ``comments`` is then the
    # comments the export holds, a lower bound, 0 when none were read) is then no count, and
    # the checks built on it leave the post out.
    likes_unknown: StrictBool | None = None
    comments_unknown: StrictBool | None = None


class Comment(_Input):
    """One comment under a post (``from_creator`` for the creator's own replies)."""

    post_id: str | None = _text(200)
    author: str | None = _text(200)
    text: str = Field(max_length=5000)
    posted_at: UtcDatetime | None = None
    likes: Count | None = None
    from_creator: StrictBool | None = None


class Account(_Input):
    """One account: a sampled follower, or a row for ``fraud accounts``."""

    id: str | None = _text(200)
    username: str | None = _text(200)
    display_name: str | None = _text(200)
    followers: Count
    following: Count
    posts: Count
    has_avatar: StrictBool | None = None
    is_private: StrictBool | None = None
    verified: StrictBool | None = None
    bio: str | None = _text(5000)
    has_url: StrictBool | None = None
    created_at: Date | None = None
    last_post_at: Date | None = None
    # Weibo's own profile fields (Weibo's scales; leave empty on other platforms): user level
    # 等级 (0-48), membership level 会员等级, sunshine credit 阳光信用 (0 较低 ... 4 极好).
    platform_level: Count | None = None
    membership_level: Count | None = None
    credit_rating: Annotated[int, Field(ge=0, le=4), BeforeValidator(_count)] | None = None


class CommentInput(_Input):
    """One row for ``fraud comments``: the only field it needs is the text."""

    text: str = Field(max_length=5000)


class CreatorRecord(_Input):
    """Everything known about one creator at scoring time."""

    creator_id: str = Field(min_length=1, max_length=200)
    platform: PlatformField
    handle: str | None = _text(200)
    as_of: UtcDatetime | None = None
    profile: Profile
    follower_history: list[FollowerSnapshot] = Field(default_factory=list, max_length=3660)
    posts: list[Post] = Field(default_factory=list, max_length=1000)
    comments: list[Comment] = Field(default_factory=list, max_length=20000)
    follower_sample: list[Account] | None = Field(default=None, max_length=5000)

    @field_validator("follower_history")
    @classmethod
    def _sort_and_dedupe_history(cls, snapshots: list[FollowerSnapshot]) -> list[FollowerSnapshot]:
        return sort_history(snapshots)

    @field_validator("posts")
    @classmethod
    def _sort_and_dedupe_posts(cls, posts: list[Post]) -> list[Post]:
        return sort_posts(posts)

    @model_validator(mode="after")
    def _default_as_of(self) -> CreatorRecord:
        if self.as_of is None:
            self.as_of = self.latest_timestamp()
        check_observed_at(self.profile.observed_at, self.as_of)
        return self

    def latest_timestamp(self) -> datetime | None:
        """The latest timestamp anywhere in the record, as an aware UTC datetime."""
        return latest_timestamp(self)


def check_observed_at(observed_at: date | None, as_of: datetime | None) -> None:
    """Refuse a profile ``observed_at`` after the record's ``as_of`` date (UTC)."""
    if observed_at is None or as_of is None or observed_at <= as_of.astimezone(UTC).date():
        return
    raise ValidationError.from_exception_data(
        "CreatorRecord",
        [
            InitErrorDetails(
                type=PydanticCustomError(
                    "observed_after_as_of",
                    "the profile's counts cannot be observed after the record's as_of ({as_of})",
                    {"as_of": as_of.astimezone(UTC).date().isoformat()},
                ),
                loc=("profile", "observed_at"),
                input=observed_at.isoformat(),
            )
        ],
    )


def sort_history(snapshots: list[FollowerSnapshot]) -> list[FollowerSnapshot]:
    """Snapshots sorted by date, one per date: the last one given wins (a re-crawl corrects)."""
    by_date = {snapshot.date: snapshot for snapshot in snapshots}
    return [by_date[d] for d in sorted(by_date)]


def _post_order(post: Post) -> tuple[Any, ...]:
    """Time first; posts given at the same time in one order whatever the input's (by id,
    then their counts), so that no feature reads the input's order."""
    return (
        post.posted_at,
        post.post_id or "",
        post.likes,
        post.comments,
        post.views if post.views is not None else -1,
        post.shares if post.shares is not None else -1,
    )


def sort_posts(posts: list[Post]) -> list[Post]:
    """Posts sorted by time (ties: :func:`_post_order`); of posts with the same ``post_id``
    the last one given wins."""
    seen: dict[str, Post] = {}
    unnamed: list[Post] = []
    for post in posts:
        if post.post_id is None:
            unnamed.append(post)
        else:
            seen[post.post_id] = post
    return sorted([*seen.values(), *unnamed], key=_post_order)


_COMMENT_TEXT = attrgetter("post_id", "author", "text")


def dedupe_comments(comments: list[Any]) -> list[Any]:
    """``comments`` without the records given twice: a comment whose post, author, text and
    time are all those of an earlier one is the same comment (overlapping pages of a scrape
    list it twice), kept once, in its first place, as last given (its likes may be newer).
    Comments with no author or no time are all kept: two people may write the same words.
    ``comments`` itself when nothing repeats. The feature families read a record through
    :func:`without_repeated_comments`; the record itself keeps what was given."""
    # Most records repeat no post, author and text at all: said at C level, without hashing
    # the times (an aware datetime's hash costs more than the rest of the key's).
    texts = list(map(_COMMENT_TEXT, comments))
    if len(set(texts)) == len(texts):
        return comments
    first_of: dict[tuple[Any, ...], int] = {}
    places = list(map(first_of.setdefault, texts, count()))
    # Only the comments whose post, author and text come again can be copies: those alone,
    # in order, are keyed with their times.
    later = [i for i, place in enumerate(places) if place != i]
    kept, dropped = list(comments), set()
    first: dict[tuple[Any, ...], int] = {}
    for i in sorted({*later, *map(places.__getitem__, later)}):
        comment = comments[i]
        if comment.author is None or comment.posted_at is None:
            continue
        place = first.setdefault((texts[i], comment.posted_at), i)
        if place != i:
            kept[place] = comment
            dropped.add(i)
    return [c for i, c in enumerate(kept) if i not in dropped] if dropped else comments


def without_repeated_comments(record: CreatorRecord) -> CreatorRecord:
    """``record`` with its comments given twice counted once (:func:`dedupe_comments`): a copy
    when some repeat, else ``record`` itself."""
    comments = dedupe_comments(record.comments)
    if comments is record.comments:
        return record
    return record.model_copy(update={"comments": comments})


def latest_timestamp(record: CreatorRecord) -> datetime | None:
    """The latest timestamp anywhere in ``record``, as an aware UTC datetime."""
    stamps: list[datetime] = [p.posted_at for p in record.posts]
    stamps += [c.posted_at for c in record.comments if c.posted_at is not None]
    if record.follower_history:
        last = record.follower_history[-1].date
        stamps.append(datetime(last.year, last.month, last.day, 23, 59, tzinfo=UTC))
    return max(stamps) if stamps else None


class Severity(StrEnum):
    """How much a reason weighs: ``info`` for context, ``low`` to ``high`` for fraud signals."""

    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Verdict(StrEnum):
    """The answer in one word."""

    AUTHENTIC = "authentic"
    SUSPICIOUS = "suspicious"
    LIKELY_FRAUDULENT = "likely_fraudulent"
    INSUFFICIENT_DATA = "insufficient_data"


class Reason(BaseModel):
    """One worded reason, with a code from the README and its evidence."""

    code: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$")
    severity: Severity
    message: str = Field(min_length=1)
    # Left out of the output when absent: the contract wants an object or nothing.
    evidence: dict[str, Any] | None = Field(default=None, exclude_if=lambda value: value is None)


class ScoreResult(BaseModel):
    """The answer for one creator (data/contract/score.schema.json), plus context."""

    creator_id: str
    authenticity: float = Field(ge=0, le=100)
    fraud_probability: float = Field(ge=0, le=1)
    verdict: Verdict
    reasons: list[Reason]
    confidence: Literal["low", "medium", "high"] = Field(
        description="How much data the score rests on: which checks could run."
    )
    platform: Platform
    size_tier: str
    checks_run: list[str]
    checks_skipped: list[str]
    metrics: dict[str, Any] = Field(
        default_factory=dict,
        description="Headline measurements behind the score, e.g. fake_follower_share.",
    )
    model_version: str


class BatchRequest(BaseModel):
    """Body of ``POST /v1/score/batch``."""

    creators: list[CreatorRecord] = Field(max_length=1000)


class BatchResponse(BaseModel):
    """Answer of ``POST /v1/score/batch``, in request order."""

    results: list[ScoreResult]
