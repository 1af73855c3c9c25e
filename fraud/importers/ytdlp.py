"""yt-dlp ``.info.json`` files written with ``--write-info-json --write-comments``.

Fields follow yt-dlp's info dict (README "OUTPUT TEMPLATE" field list and
``yt_dlp/extractor/common.py`` docstring): ``id``, ``channel_id``, ``uploader_id``,
``channel``, ``channel_follower_count``, ``channel_is_verified`` (README: "Whether the channel
is verified on the platform", the profile's ``verified``), ``timestamp`` / ``upload_date``,
``like_count``, ``comment_count``, ``view_count``, ``epoch`` (when the info was extracted), and
``comments``, each ``{"id", "text", "timestamp", "like_count", "author", "author_id",
"author_is_uploader", "parent"}`` with ``parent`` ``"root"`` for a top-level comment.

Each file's ``channel_follower_count`` is dated by that file's ``epoch`` (else the file's
mtime), so a count read from an older file keeps its own day; counts may be display strings
(``"1.2千"``, ``"3.4万"``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from fraud.importers._items import (
    CommentItem,
    Item,
    PostItem,
    ProfileItem,
    Reject,
    Where,
    file_time,
    post_fields,
    read_json_or_reject,
    reject_row,
)
from fraud.importers._values import parse_count, parse_date, parse_time

__all__ = ["read_ytdlp", "reads_file"]

PLATFORM = "youtube"


def reads_file(path: Path) -> bool:
    """Whether a directory given as input has ``path`` read (its ``.info.json`` files)."""
    return path.name.endswith(".info.json")


def _files(inputs: Iterable[Path]) -> Iterator[Path]:
    for path in inputs:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and reads_file(p))
        else:
            yield path


def read_ytdlp(inputs: Iterable[Path], platform: str | None = None) -> Iterator[Item]:
    """Yield the channel profile, the video and its comments from each ``.info.json``."""
    for path in _files(inputs):
        where = Where(str(path), 1)
        info = read_json_or_reject(path, where, dict, "a yt-dlp info object")
        if isinstance(info, Reject):
            yield info
            continue
        try:
            yield from _video(info, path, where)
        except ValueError as error:
            yield reject_row(where, str(error), {k: v for k, v in info.items() if k != "comments"})


def _video(info: dict[str, Any], path: Path, where: Where) -> Iterator[Item]:
    channel = info.get("channel_id") or info.get("uploader_id")
    if not isinstance(channel, str) or not channel:
        raise ValueError("channel_id (and uploader_id) is missing")
    handle = info.get("uploader_id") or info.get("channel")
    handle = handle if isinstance(handle, str) else None
    crawled = parse_time(info.get("epoch"), "epoch")
    followers = parse_count(info.get("channel_follower_count"), "channel_follower_count")
    verified = info.get("channel_is_verified")
    if followers is not None:
        # Dated by this file's own crawl (its epoch, else its mtime), not by another file's.
        seen = crawled or file_time(path)
        yield ProfileItem(
            PLATFORM,
            channel,
            where,
            handle=handle,
            followers=followers,
            verified=verified if isinstance(verified, bool) else None,
            as_of=seen,
        )
    if info.get("_type") == "playlist":
        return
    video_id = info.get("id")
    if not isinstance(video_id, str) or not video_id:
        raise ValueError("id is missing")
    posted_at = parse_time(info.get("timestamp"), "timestamp")
    if posted_at is None and info.get("upload_date"):
        day = parse_date(info["upload_date"], "upload_date")
        posted_at = parse_time(f"{day.isoformat()}T00:00:00", "upload_date")
    if posted_at is None:
        raise ValueError("timestamp and upload_date are missing")
    likes = parse_count(info.get("like_count"), "like_count")
    comments = parse_count(info.get("comment_count"), "comment_count")
    raw_comments = info.get("comments") or []
    fmt = "live" if info.get("was_live") else "video"
    views = parse_count(info.get("view_count"), "view_count")
    # A count yt-dlp could not read (likes the uploader hid, comments turned off) is unknown,
    # not 0, and the video and its comments are kept: the checks built on it leave it out.
    known_comments = len(raw_comments) if isinstance(raw_comments, list) else 0
    post = post_fields(
        video_id,
        posted_at,
        0 if likes is None else likes,
        known_comments if comments is None else comments,
        fmt,
        views,
    )
    if likes is None:
        post["likes_unknown"] = True
    if comments is None:
        post["comments_unknown"] = True
    yield PostItem(PLATFORM, channel, video_id, post, where, handle=handle, as_of=crawled)
    if not isinstance(raw_comments, list):
        yield reject_row(where, "comments must be a list", raw_comments)
        return
    for number, comment in enumerate(raw_comments, start=1):
        at = Where(str(path), 1, element=number)  # yt-dlp writes the document on one line
        if not isinstance(comment, dict):
            yield reject_row(at, "a comment must be a JSON object", comment)
            continue
        try:
            text = comment.get("text")
            if not isinstance(text, str):
                raise ValueError("comment text is missing or not text")
            parent = comment.get("parent")
            uploader = comment.get("author_is_uploader")
            author = comment.get("author_id") or comment.get("author")
            yield CommentItem(
                platform=PLATFORM,
                post_id=video_id,
                text=text,
                where=at,
                comment_id=str(comment["id"]) if comment.get("id") is not None else None,
                author=str(author) if author is not None else None,
                parent_id=None if parent in (None, "root") else str(parent),
                posted_at=parse_time(comment.get("timestamp"), "timestamp"),
                likes=parse_count(comment.get("like_count"), "like_count"),
                from_creator=bool(uploader) if isinstance(uploader, bool) else None,
                as_of=crawled,
            )
        except ValueError as error:
            yield reject_row(at, str(error), comment)
