"""Instaloader profile directories: profile, post and comment files.

Formats follow instaloader/instaloader: ``save_structure_to_file`` (instaloader/structures.py)
writes ``{"node": structure._asdict(), "instaloader": {"version": ..., "node_type": "Post" |
"Profile" | ...}}`` to ``.json`` or, with ``--compress-json`` default, ``.json.xz`` files; the
node is Instagram's GraphQL node (``shortcode``, ``taken_at_timestamp``,
``edge_media_preview_like.count``, ``edge_media_to_comment.count``, ``owner``; a profile's
``edge_followed_by.count``, ``edge_follow.count``, ``edge_owner_to_timeline_media.count``).
``Instaloader.update_comments`` (instaloader/instaloader.py) writes ``<post file>_comments.json``
as a plain list of ``{"id", "created_at", "text", "owner", "likes_count", "answers": [...]}``.

Posts Instaloader built from the iPhone API's media (``Post.from_iphone_struct``, since 4.9; the
posts of a logged-in ``Profile.get_posts`` since instaloader PR #2330 of August 2024, which reads
the ``xdt_api__v1__feed__user_timeline_graphql_connection``, media of that shape) are saved as a node with ``date`` for ``taken_at_timestamp``,
``edge_media_preview_like`` and the API's media under ``iphone_struct`` (``taken_at``,
``like_count``, ``comment_count``, ``view_count``, ``user.username``, ``is_paid_partnership``),
and no ``edge_media_to_comment`` unless the comments were fetched: each value is read from the
GraphQL name first, then from these (``Post.date_utc`` reads ``date`` first, ``Post.comments``
the edges, as here).

The profile's counts are dated by when they were crawled. Instaloader records no download time:
the wrapper holds only ``{"version", "node_type"}`` and a Profile node has no time field, so the
profile file's modification time (Instaloader rewrites ``<profile>_<id>.json[.xz]`` on every
run) dates the observation. Copy exports with their times kept (``cp -p``, ``rsync -t``). An
mtime that cannot be the save time (0, more than a day in the future, or before the newest
post or comment of the export) does not date the counts: they are dated at that newest post or
comment instead (undated when there is none), with a note.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fraud.importers._items import (
    CommentItem,
    Item,
    Note,
    PostItem,
    ProfileItem,
    ReadItem,
    Reject,
    Where,
    file_time,
    post_fields,
    read_json_or_reject,
    reject_row,
)
from fraud.importers._values import parse_count, parse_time

__all__ = ["read_instaloader", "reads_file"]

PLATFORM = "instagram"
_COMMENTS_SUFFIXES = ("_comments.json", "_comments.json.xz")


def reads_file(path: Path) -> bool:
    """Whether a profile directory given as input has ``path`` read (its JSON files)."""
    return path.name.endswith((".json", ".json.xz"))


def _files(inputs: Iterable[Path]) -> Iterator[Path]:
    for path in inputs:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and reads_file(p))
        else:
            yield path


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (*_COMMENTS_SUFFIXES, ".json.xz", ".json"):
        if name.endswith(suffix):
            return str(path.parent / name[: -len(suffix)])
    return str(path)


#: What Instaloader writes for a count the creator hid (a post's like count, and a video's
#: view count, when ``like_and_view_count_disabled``; instaloader issues #1314, #968).
HIDDEN = -1


def _count(node: dict[str, Any], *edges: str, hidden: bool = False) -> int | None:
    """The count of the first of ``edges`` the node has; with ``hidden``, :data:`HIDDEN`
    when Instagram hid it (refused otherwise, as any negative count)."""
    for edge in edges:
        value = node.get(edge)
        if isinstance(value, dict) and "count" in value:
            if hidden and _is_hidden(value["count"]):
                return HIDDEN
            return parse_count(value["count"], f"{edge}.count")
    return None


def _is_hidden(value: Any) -> bool:
    return not isinstance(value, bool) and isinstance(value, int | float) and value == HIDDEN


def read_instaloader(inputs: Iterable[Path], platform: str | None = None) -> Iterator[ReadItem]:
    """Yield the items of Instaloader profile directories or files (posts, then comments, then
    profiles: a profile file's time is checked against its newest post or comment)."""
    files = list(_files(inputs))
    shortcodes: dict[str, tuple[str, str]] = {}  # post file stem -> (shortcode, owner)
    profiles: list[ProfileItem] = []
    newest: dict[str, datetime] = {}  # owner -> the newest post or comment time seen

    def seen(owner: str, moment: datetime | None) -> None:
        if moment is not None and (owner not in newest or moment > newest[owner]):
            newest[owner] = moment

    comment_files = [p for p in files if p.name.endswith(_COMMENTS_SUFFIXES)]
    skip = set(comment_files)  # a set: membership per file must not scan every comment file
    rejected: dict[str, str] = {}  # file stem -> why its (post) file was rejected
    for path in files:
        if path in skip:
            continue
        for read in _read_node_file(path, profiles):
            if isinstance(read, Reject):
                rejected[_stem(path)] = f"{path.name}: {read.reason}"
            elif isinstance(read, PostItem):
                shortcodes[_stem(path)] = (read.post_id, read.key)
                seen(read.key, datetime.fromisoformat(read.post["posted_at"]))
            yield read
    for path in comment_files:
        post = shortcodes.get(_stem(path))
        where = Where(str(path), 0)  # the whole file (line 1 would name element 1)
        comments = read_json_or_reject(path, where, list, "a list of comments")
        if isinstance(comments, Reject):
            yield comments
            continue
        if post is None:
            # Every comment (and reply) is a row read, and rejected: the reason names the
            # post file's own reject when there was one.
            why = rejected.get(_stem(path))
            reason = (
                f"the post of these comments was rejected ({why})"
                if why is not None
                else f"{path.name}: no post file for these comments in the export"
            )
            for number, comment in enumerate(comments, start=1):
                for row in _comment_rows(comment):
                    yield reject_row(Where(str(path), number), reason, row)
            continue
        # Rejects carry the element number: run_import places them at the element's line
        # (of the decompressed text for a .json.xz, what `xzcat` shows).
        for number, comment in enumerate(comments, start=1):
            for read in _comment_tree(comment, post[0], post[1], Where(str(path), number), None):
                if isinstance(read, CommentItem):
                    seen(post[1], read.posted_at)
                yield read
    for profile in profiles:
        note = _check_file_time(profile, newest.get(profile.key))
        if note is not None:
            yield Note(note)
        yield profile


def _read_node_file(path: Path, profiles: list[ProfileItem]) -> Iterator[Item]:
    """The post of one Instaloader post or profile file (a profile is added to
    ``profiles``, yielded after the comments), or its reject."""
    where = Where(str(path), 1)
    expected = 'Instaloader\'s {"node": ..., "instaloader": ...}'
    document = read_json_or_reject(path, where, dict, expected)
    if isinstance(document, Reject):
        yield document
        return
    if not isinstance(document.get("node"), dict):
        yield reject_row(where, f"expected {expected}", document)
        return
    node_type = str((document.get("instaloader") or {}).get("node_type", ""))
    node = document["node"]
    try:
        if node_type == "Profile":
            profiles.append(_profile(node, where, file_time(path)))
        elif node_type == "Post":
            yield _post(node, where)
        else:
            yield reject_row(where, f"node_type {node_type!r} is not a Post or Profile", document)
    except ValueError as error:
        yield reject_row(where, str(error), node)


def _comment_rows(comment: Any) -> Iterator[Any]:
    """A comment and each of its replies (``answers``), each one row, as the importer counts
    them; a reply's row is shown without its own replies."""
    if not isinstance(comment, dict):
        yield comment
        return
    yield {k: v for k, v in comment.items() if k != "answers"}
    answers = comment.get("answers") or []
    if isinstance(answers, list):
        for answer in answers:
            yield from _comment_rows(answer)


def _check_file_time(profile: ProfileItem, newest: datetime | None) -> str | None:
    """Date ``profile`` at ``newest`` (its newest post or comment) when its file's mtime
    cannot be when it was saved: 0 (the epoch), more than a day in the future, or before a
    post or comment the same export holds (a copy that did not keep times). Returns a note
    saying so, or ``None`` when the mtime stands."""
    mtime = profile.as_of
    if mtime is None:
        return None
    if mtime.timestamp() < 1:
        problem = "is 0 (the Unix epoch)"
    elif mtime > datetime.now(UTC) + timedelta(days=1):
        problem = "is in the future"
    elif newest is not None and mtime < newest:
        problem = f"is before its newest post or comment ({newest.isoformat()})"
    else:
        return None
    profile.as_of = newest
    dated = (
        f"dated at its newest post or comment, {newest.isoformat()}, instead"
        if newest is not None
        else "left undated"
    )
    return (
        f"{profile.where.file}: the file's modification time {mtime.isoformat()} {problem};"
        f" {PLATFORM}:{profile.key}'s counts {dated} (copy exports with cp -p)"
    )


def _profile(node: dict[str, Any], where: Where, crawled: datetime | None) -> ProfileItem:
    username = node.get("username")
    if not isinstance(username, str) or not username:
        raise ValueError("profile username is missing")
    bio = node.get("biography")
    return ProfileItem(
        platform=PLATFORM,
        key=username,
        where=where,
        handle=username,
        followers=_count(node, "edge_followed_by"),
        following=_count(node, "edge_follow"),
        posts=_count(node, "edge_owner_to_timeline_media"),
        verified=bool(node["is_verified"]) if "is_verified" in node else None,
        bio=bio if isinstance(bio, str) else None,
        as_of=crawled,
    )


def _iphone(node: dict[str, Any]) -> dict[str, Any]:
    """The iPhone API's media a node saved by ``Post.from_iphone_struct`` holds, else {}."""
    media = node.get("iphone_struct")
    return media if isinstance(media, dict) else {}


def _iphone_count(media: dict[str, Any], name: str, label: str | None = None) -> int | None:
    """A count of the iPhone API's media (:data:`HIDDEN` kept as hidden), named in errors
    as ``label`` (by default ``iphone_struct.NAME``: where the count is in the file)."""
    value = media.get(name)
    return HIDDEN if _is_hidden(value) else parse_count(value, label or f"iphone_struct.{name}")


def _posted_at(node: dict[str, Any], media: dict[str, Any]) -> datetime | None:
    """When the post was made: ``taken_at_timestamp`` (GraphQL), ``date`` (a node built from
    the iPhone API), or the iPhone media's ``taken_at``."""
    for name, value in (
        ("taken_at_timestamp", node.get("taken_at_timestamp")),
        ("date", node.get("date")),
        ("iphone_struct.taken_at", media.get("taken_at")),
    ):
        if value is not None:
            return parse_time(value, name)
    return None


def _post(node: dict[str, Any], where: Where) -> PostItem:
    shortcode = node.get("shortcode") or node.get("code")
    media = _iphone(node)
    owner = node.get("owner") or media.get("user") or {}
    username = owner.get("username") if isinstance(owner, dict) else None
    if not isinstance(shortcode, str) or not shortcode:
        raise ValueError("post shortcode is missing")
    if not isinstance(username, str) or not username:
        raise ValueError("post owner.username is missing")
    posted_at = _posted_at(node, media)
    if posted_at is None:
        raise ValueError("taken_at_timestamp (or date) is missing")
    likes = _count(node, "edge_media_preview_like", "edge_liked_by", hidden=True)
    if likes is None:
        likes = _iphone_count(media, "like_count")
    comments = _count(node, "edge_media_to_comment", "edge_media_to_parent_comment", hidden=True)
    if comments is None and not isinstance(node.get("comments"), dict | list):
        # a plain count some Instaloader versions put on the iPhone-built node
        comments = _iphone_count(node, "comments", label="comments")
    if comments is None:
        comments = _iphone_count(media, "comment_count")
    if likes is None or comments is None:
        raise ValueError(
            "like or comment count (edge_media_preview_like, edge_media_to_comment) is missing"
        )
    fmt = "video" if node.get("is_video") else "image"
    views_count = node.get("video_view_count")
    if views_count is None:
        views_count = media.get("view_count")
    views = None if _is_hidden(views_count) else parse_count(views_count, "video_view_count")
    # A hidden count is kept as unknown (the post and its comments stay; the checks built on
    # the count leave the post out), never as a count of 0.
    post = post_fields(shortcode, posted_at, max(likes, 0), max(comments, 0), fmt, views)
    if likes == HIDDEN:
        post["likes_unknown"] = True
    if comments == HIDDEN:
        # No count: the assembler puts the comments the export holds for the post (its
        # _comments.json, a lower bound) with comments_unknown, as for Kuaishou and yt-dlp.
        post["comments"] = None
    sponsors = node.get("edge_media_to_sponsor_user")
    if (
        node.get("is_paid_partnership")
        or media.get("is_paid_partnership")
        or (isinstance(sponsors, dict) and sponsors.get("edges"))
    ):
        # Instaloader's Post.is_sponsored: edge_media_to_sponsor_user's edges
        post["sponsored"] = True
    return PostItem(PLATFORM, username, shortcode, post, where, handle=username)


def _comment_tree(
    comment: Any, post_id: str, creator: str, where: Where, parent: str | None
) -> Iterator[Item]:
    if not isinstance(comment, dict):
        yield reject_row(where, "a comment must be a JSON object", comment)
        return
    text = comment.get("text")
    owner = comment.get("owner") or {}
    author = owner.get("username") if isinstance(owner, dict) else None
    comment_id = str(comment["id"]) if comment.get("id") is not None else None
    try:
        if not isinstance(text, str):
            raise ValueError("comment text is missing or not text")
        yield CommentItem(
            platform=PLATFORM,
            post_id=post_id,
            text=text,
            where=where,
            comment_id=comment_id,
            author=author if isinstance(author, str) else None,
            parent_id=parent,
            posted_at=parse_time(comment.get("created_at"), "created_at"),
            likes=parse_count(comment.get("likes_count"), "likes_count"),
            from_creator=author == creator if isinstance(author, str) else None,
        )
    except ValueError as error:
        yield reject_row(where, str(error), {k: v for k, v in comment.items() if k != "answers"})
    answers = comment.get("answers") or []
    if isinstance(answers, list):
        for answer in answers:
            yield from _comment_tree(answer, post_id, creator, where, comment_id)
