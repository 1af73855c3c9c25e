"""Creator records validated at parse speed, with the pydantic models' rules and wording.

:func:`parse_creator` turns one JSON text into a :class:`~fraud.schema.CreatorRecord`, or the
reason it cannot be one. Two paths give the same answer:

* **fast path**: msgspec decodes and checks the JSON in one pass against structs that mirror
  the models of :mod:`fraud.schema` with the same bounds, but stricter where pydantic is
  lenient (integral floats such as ``1000.0``, dates written as datetimes, ``YYYY-MM-DD`` as
  a datetime are left to the slow path). A platform's other names (``xhs``, ``小红书``,
  ``B站``) are mapped to the contract's by :func:`fraud.platforms.canonical_name`, as the
  models map them. The record is then built from
  the checked values without validating them again, normalised by the same functions the
  models use (:func:`fraud.schema.sort_history`, :func:`fraud.schema.sort_posts`, ...).
* **slow path**: anything the fast path does not accept (a bad record, or a good record in a
  rarer form) is decoded with orjson and validated by pydantic, which decides and words the
  error (``posts[3].likes: Input should be greater than or equal to 0``).

So the fast path only ever *accepts*: a record it accepts is one pydantic accepts, with equal
values (``tests/test_validation.py`` checks this on a corpus of good and bad records), and
everything it refuses gets pydantic's verdict and wording (both round digits past the
microsecond half up).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta, Struct

from fraud.platforms import Platform, canonical_name
from fraud.schema import (
    MAX_COUNT,
    Account,
    Comment,
    CreatorRecord,
    FollowerSnapshot,
    Post,
    Profile,
    latest_timestamp,
    sort_history,
    sort_posts,
)

__all__ = ["parse_creator", "validate_creator_json", "validate_with_pydantic"]

_Count = Annotated[int, Meta(ge=0, le=MAX_COUNT)]


_Text100 = Annotated[str, Meta(max_length=100)]
_Text200 = Annotated[str, Meta(max_length=200)]
_Text5000 = Annotated[str, Meta(max_length=5000)]


# The structs of a record's items hold numbers, strings and dates only, so they can never
# be part of a reference cycle: ``gc=False`` keeps the cyclic collector from tracking them (a
# scored creator holds some 500; decoding is about 7% faster, and collections are cheaper).
class _Profile(Struct, gc=False):
    followers: _Count
    following: _Count | None = None
    posts: _Count | None = None
    verified: bool | None = None
    created_at: date | None = None
    bio: _Text5000 | None = None
    category: _Text100 | None = None
    country: _Text100 | None = None
    observed_at: date | None = None


class _Snapshot(Struct, gc=False):
    date: date
    followers: _Count
    following: _Count | None = None


class _Post(Struct, gc=False):
    posted_at: datetime
    likes: _Count
    comments: _Count
    post_id: _Text200 | None = None
    format: Literal["video", "image", "text", "live", "other"] | None = None
    shares: _Count | None = None
    saves: _Count | None = None
    views: _Count | None = None
    coins: _Count | None = None
    danmaku: _Count | None = None
    sponsored: bool | None = None
    likes_unknown: bool | None = None
    comments_unknown: bool | None = None


class _Comment(Struct, gc=False):
    text: _Text5000
    post_id: _Text200 | None = None
    author: _Text200 | None = None
    posted_at: datetime | None = None
    likes: _Count | None = None
    from_creator: bool | None = None


class _Account(Struct, gc=False):
    followers: _Count
    following: _Count
    posts: _Count
    id: _Text200 | None = None
    username: _Text200 | None = None
    display_name: _Text200 | None = None
    has_avatar: bool | None = None
    is_private: bool | None = None
    verified: bool | None = None
    bio: _Text5000 | None = None
    has_url: bool | None = None
    created_at: date | None = None
    last_post_at: date | None = None
    platform_level: _Count | None = None
    membership_level: _Count | None = None
    credit_rating: Annotated[int, Meta(ge=0, le=4)] | None = None


class _Creator(Struct):
    creator_id: Annotated[str, Meta(min_length=1, max_length=200)]
    platform: str
    profile: _Profile
    handle: _Text200 | None = None
    as_of: datetime | None = None
    follower_history: Annotated[list[_Snapshot], Meta(max_length=3660)] = []
    posts: Annotated[list[_Post], Meta(max_length=1000)] = []
    comments: Annotated[list[_Comment], Meta(max_length=20000)] = []
    follower_sample: Annotated[list[_Account], Meta(max_length=5000)] | None = None


_DECODER = msgspec.json.Decoder(_Creator)


class _SlowPath(Exception):
    """The fast path cannot decide this record: pydantic will."""


_new = object.__new__
_set = object.__setattr__
_asdict = msgspec.structs.asdict


def _model(cls: Any, values: dict[str, Any], fields_set: frozenset[str]) -> Any:
    """An instance of pydantic model ``cls`` holding already-checked ``values``.

    Every field is set. Each instance gets its own (mutable) copy of ``fields_set``, as
    pydantic's own models do: ``model_copy(update=...)`` adds to it.
    """
    instance = _new(cls)
    _set(instance, "__dict__", values)
    _set(instance, "__pydantic_fields_set__", set(fields_set))
    _set(instance, "__pydantic_extra__", None)
    _set(instance, "__pydantic_private__", None)
    if cls.__pydantic_post_init__:  # private attributes at their defaults (as model_construct)
        instance.model_post_init(None)
    return instance


def _all_fields(cls: Any) -> frozenset[str]:
    return frozenset(cls.model_fields)


_PROFILE_FIELDS = _all_fields(Profile)
_SNAPSHOT_FIELDS = _all_fields(FollowerSnapshot)
_POST_FIELDS = _all_fields(Post)
_COMMENT_FIELDS = _all_fields(Comment)
_ACCOUNT_FIELDS = _all_fields(Account)
_CREATOR_FIELDS = _all_fields(CreatorRecord)


def _utc(value: datetime) -> datetime:
    offset = value.utcoffset()
    if offset is None:
        return value.replace(tzinfo=UTC)
    if not offset:
        return value
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise _SlowPath from None  # pydantic words this reject


def _platform(value: str) -> Platform:
    found = canonical_name(value)
    if found is None:
        raise _SlowPath  # an unknown name: pydantic words the reject
    return found


def _build(creator: _Creator) -> CreatorRecord:
    history = [
        _model(FollowerSnapshot, _asdict(s), _SNAPSHOT_FIELDS) for s in creator.follower_history
    ]
    posts = []
    for post in creator.posts:
        values = _asdict(post)
        values["posted_at"] = _utc(post.posted_at)
        posts.append(_model(Post, values, _POST_FIELDS))
    comments = []
    for comment in creator.comments:
        values = _asdict(comment)
        stamp = comment.posted_at
        if stamp is not None and stamp.tzinfo is not UTC:
            values["posted_at"] = _utc(stamp)
        comments.append(_model(Comment, values, _COMMENT_FIELDS))
    sample = creator.follower_sample
    accounts = (
        None if sample is None else [_model(Account, _asdict(a), _ACCOUNT_FIELDS) for a in sample]
    )
    return _record(creator, history, posts, comments, accounts)


def _build_light(creator: _Creator) -> CreatorRecord:
    for post in creator.posts:
        post.posted_at = _utc(post.posted_at)
    for comment in creator.comments:
        stamp = comment.posted_at
        if stamp is not None and stamp.tzinfo is not UTC:
            comment.posted_at = _utc(stamp)
    return _record(
        creator,
        creator.follower_history,
        creator.posts,
        creator.comments,
        creator.follower_sample,
    )


def _record(
    creator: _Creator, history: list[Any], posts: list[Any], comments: list[Any], sample: Any
) -> CreatorRecord:
    values = {
        "creator_id": creator.creator_id,
        "platform": _platform(creator.platform),
        "handle": creator.handle,
        "as_of": _utc(creator.as_of) if creator.as_of is not None else None,
        "profile": _model(Profile, _asdict(creator.profile), _PROFILE_FIELDS),
        "follower_history": sort_history(history),
        "posts": sort_posts(posts),
        "comments": comments,
        "follower_sample": sample,
    }
    if values["as_of"] is None:
        values["as_of"] = latest_timestamp(_model(CreatorRecord, values, _CREATOR_FIELDS))
    seen, as_of = creator.profile.observed_at, values["as_of"]
    if seen is not None and as_of is not None and seen > as_of.date():
        raise _SlowPath  # pydantic words this reject (fraud.schema.check_observed_at)
    record: CreatorRecord = _model(CreatorRecord, values, _CREATOR_FIELDS)
    return record


def validate_creator_json(data: bytes, *, light: bool = False) -> CreatorRecord | None:
    """The fast path alone: the record, or None when pydantic must decide (see the module).

    ``light``: the items of the record's lists (posts, comments, snapshots, sampled
    followers) stay the decoded msgspec structs, with the same fields and values as the
    pydantic models, instead of being copied into them (about 4x faster). Such a record is
    for reading, e.g. by the scorer: pydantic cannot serialise it (``model_dump``).
    """
    try:
        decoded = _DECODER.decode(data)
        return _build_light(decoded) if light else _build(decoded)
    except (msgspec.DecodeError, _SlowPath):  # msgspec.ValidationError is a DecodeError
        return None
    except RecursionError:  # deeply nested JSON: the slow path refuses it with a clear reason
        return None


def parse_creator(data: bytes, *, light: bool = False) -> CreatorRecord | str:
    """One JSON text as a :class:`CreatorRecord`, or the reason it is refused (see the module).

    ``light``: see :func:`validate_creator_json` (the slow path always builds full models).
    """
    record = validate_creator_json(data, light=light)
    if record is not None:
        return record
    return validate_with_pydantic(data)


def validate_with_pydantic(payload: Any) -> CreatorRecord | str:
    """The slow path: a JSON text or an already decoded value (JSON array element, Parquet
    row, mapping) validated by pydantic, as a :class:`CreatorRecord` or the reject reason."""
    from fraud.io import RawRecord, RecordError, format_validation_error, parse_record

    parsed = parse_record(RawRecord(0, payload))
    if isinstance(parsed, RecordError):
        return parsed.message
    from pydantic import ValidationError

    try:
        return CreatorRecord.model_validate(parsed)
    except ValidationError as error:
        return format_validation_error(error)
    except (ValueError, TypeError, OverflowError, RecursionError) as error:
        return f"invalid record: {error}"  # defensive: one record never ends a run
