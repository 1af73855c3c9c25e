"""How observations become follower_history snapshots and store rows (review 19, findings 2,
3, 6 and 8): a count completed from the store or an older dated row is never recorded again
under a later date; every dated profile row of one import is a snapshot; of duplicate posts
and comments the newest observation is kept; side-table rows of no creator are not counted
as imported. Fixtures are built here, shaped like a reviewer's real MediaCrawler exports."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from fraud.importers import run_import
from fraud.schema import CreatorRecord
from fraud.store import CreatorStore, observed_dates, profile_observation

DAY0 = datetime(2025, 11, 1, 4, 0, tzinfo=UTC)
HASH = "6aef7bda3e7786b3"


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


def _note(note_id: str, crawled: datetime, likes: int = 2300, **key: str) -> dict[str, Any]:
    return {
        "note_id": note_id,
        "type": "normal",
        "time": _ms(crawled - timedelta(hours=8)),
        **(key or {"user_id": "5f00aa"}),
        "nickname": "林",
        "liked_count": str(likes),
        "collected_count": "45",
        "comment_count": "2",
        "share_count": "3",
        "last_modify_ts": _ms(crawled),
    }


def _masked_crawl(root: Path, day: int) -> Path:
    """A newer-schema search crawl: posts keyed by creator_hash, no creator profile."""
    crawled = DAY0 + timedelta(days=day)
    notes = [_note(f"n{day}_{i}", crawled, creator_hash=HASH) for i in range(3)]
    folder = root / f"d{day:02d}" / "xhs" / "jsonl"
    _jsonl(folder / f"search_contents_{crawled.date()}.jsonl", notes)
    return folder.parent


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def test_a_count_from_the_store_is_never_recorded_again_under_a_laterdate(
    tmp_path: Path, scorer: Any
) -> None:
    store = CreatorStore.open(tmp_path / "s.sqlite")
    profiles = tmp_path / "profiles.csv"
    profiles.write_text(f"platform,creator_id,followers\nxhs,{HASH},80000\n")
    run_import(
        "mediacrawler",
        [_masked_crawl(tmp_path, 0)],
        tmp_path / "o00.jsonl",
        profiles=[profiles],
        store=store,
    )
    for day in range(2, 16, 2):  # seven more crawls over two weeks, none seeing the count
        out = tmp_path / f"o{day:02d}.jsonl"
        summary = run_import("mediacrawler", [_masked_crawl(tmp_path, day)], out, store=store)
        assert summary.creators == 1
        assert any("from the store (2025-11-01), not observed again" in n for n in summary.notes)
    (row,) = _lines(out)
    assert row["profile"]["followers"] == 80000  # the profile is completed ...
    assert row["profile"]["observed_at"] == "2025-11-01"
    assert row["follower_history"] == []  # ... its history is the export's (none)
    assert [s.date for s in store.snapshots("rednote", HASH)] == [date(2025, 11, 1)]
    # Scoring it (with the store, as `fraud score --store` does) invents no points either.
    given = CreatorRecord.model_validate(row)
    record = store.complete_history(given)
    store.record_snapshots([given])
    assert len(record.follower_history) == 1 and len(store.snapshots("rednote", HASH)) == 1
    result = scorer.score(record)
    assert "growth" not in result.checks_run
    assert "bought followers (bursts)" in result.metrics["patterns_not_checked"]
    store.close()


def test_a_later_stored_count_never_completes_an_earlier_export(tmp_path: Path) -> None:
    store = CreatorStore.open(tmp_path / "s.sqlite")
    later = {"creator_id": f"rednote:{HASH}", "platform": "rednote", "profile": {"followers": 9}}
    store.record_snapshots([CreatorRecord.model_validate({**later, "as_of": "2025-11-10T08:00Z"})])
    assert store.latest_snapshot("rednote", HASH, date(2025, 11, 9)) is None
    assert store.latest_snapshot("rednote", HASH, date(2025, 11, 10)) is not None
    summary = run_import(
        "mediacrawler", [_masked_crawl(tmp_path, 4)], tmp_path / "o.jsonl", store=store
    )
    assert summary.creators == 0 and summary.creators_rejected == 1
    assert [s.date for s in store.snapshots("rednote", HASH)] == [date(2025, 11, 10)]
    store.close()


def test_an_older_history_row_completes_the_profile_but_is_not_recorded_again(
    tmp_path: Path,
) -> None:
    store = CreatorStore.open(tmp_path / "s.sqlite")
    history = tmp_path / "history.csv"
    history.write_text(
        f"platform,creator_id,date,followers\nxhs,{HASH},2025-10-20,70000\n"
        f"xhs,{HASH},2025-10-25,71000\nxhs,{HASH},2025-11-30,99000\n"  # after the crawl
    )
    out = tmp_path / "o.jsonl"
    summary = run_import(
        "mediacrawler", [_masked_crawl(tmp_path, 4)], out, histories=[history], store=store
    )
    (row,) = _lines(out)
    assert row["profile"]["followers"] == 71000  # the latest count on or before 2025-11-05
    assert row["profile"]["observed_at"] == "2025-10-25"  # ... and says when it was seen
    assert any("latest dated count (2025-10-25)" in n for n in summary.notes)
    stored = {s.date.isoformat(): s.followers for s in store.snapshots("rednote", HASH)}
    assert "2025-11-05" not in stored and stored["2025-10-25"] == 71000
    store.close()


def test_profile_observation_is_dated_by_provenance_not_by_comparing_values() -> None:
    def record(followers: int, history: list[Any], **profile: Any) -> CreatorRecord:
        return CreatorRecord.model_validate(
            {
                "creator_id": "rednote:a",
                "platform": "rednote",
                "as_of": "2025-11-15T10:00:00Z",
                "profile": {"followers": followers, "following": 5, "posts": 9, **profile},
                "follower_history": history,
            }
        )

    day1 = {"date": "2025-11-01", "followers": 80000, "following": 5}
    # The same count as the last dated one, observed again: a new snapshot at as_of.
    again = profile_observation(record(80000, [day1]))
    assert (again.date, again.followers, again.following) == (date(2025, 11, 15), 80000, 5)
    # A count completed from the Nov 1 snapshot: recorded at Nov 1, its follower count only.
    completed = profile_observation(record(80000, [day1], observed_at="2025-11-01"))
    assert (completed.date, completed.followers, completed.following) == (
        date(2025, 11, 1),
        80000,
        None,
    )
    same_day = profile_observation(record(80000, [], observed_at="2025-11-15"))
    assert (same_day.date, same_day.following) == (date(2025, 11, 15), 5)


def test_a_profile_observed_after_as_of_is_refused_on_both_validation_paths() -> None:
    from fraud.validation import parse_creator

    body = {
        "creator_id": "rednote:a",
        "platform": "rednote",
        "as_of": "2025-11-15T23:00:00-08:00",  # Nov 16 in UTC
        "profile": {"followers": 1, "observed_at": "2025-11-17"},
    }
    reason = parse_creator(json.dumps(body).encode())
    assert reason == (
        "profile.observed_at: the profile's counts cannot be observed after the record's"
        " as_of (2025-11-16)"
    )
    body["profile"]["observed_at"] = "2025-11-16"  # type: ignore[index]
    accepted = parse_creator(json.dumps(body).encode())
    assert isinstance(accepted, CreatorRecord)
    assert accepted.profile.observed_at == date(2025, 11, 16)


def test_an_unchanged_daily_count_is_observed_every_day_beside_older_history_rows(
    tmp_path: Path,
) -> None:
    # Review 19b finding 3: --history rows of Nov 1-7 at 50000, then daily crawls Nov 8-15
    # with a --profiles count of 50000 (unchanged): each day is a real observation.
    history = tmp_path / "h.csv"
    history.write_text(
        "platform,creator_id,date,followers\n"
        + "".join(f"xhs,{HASH},2025-11-0{d},50000\n" for d in range(1, 8))
    )
    profiles = tmp_path / "p.csv"
    profiles.write_text(f"platform,creator_id,followers\nxhs,{HASH},50000\n")
    store = CreatorStore.open(tmp_path / "s.sqlite")
    for day in range(7, 15):
        run_import(
            "mediacrawler",
            [_masked_crawl(tmp_path, day)],
            tmp_path / f"o{day}.jsonl",
            profiles=[profiles],
            histories=[history],
            store=store,
        )
    stored = [s.date.day for s in store.snapshots("rednote", HASH)]
    assert stored == list(range(1, 16))
    store.close()


def _creators_row(crawled: datetime, fans: int) -> dict[str, Any]:
    return {
        "user_id": "5f00aa",
        "nickname": "林",
        "follows": "120",
        "fans": str(fans),
        "last_modify_ts": _ms(crawled),
    }


def test_every_dated_profile_row_of_one_import_is_its_own_snapshot(tmp_path: Path) -> None:
    folder = tmp_path / "multi" / "xhs" / "json"
    folder.mkdir(parents=True)
    for day in range(15):
        crawled = DAY0 + timedelta(days=day)
        fans = 50000 if day < 9 else 90000  # a jump of 40,000 on Nov 10
        (folder / f"creator_creators_{crawled.date()}.json").write_text(
            json.dumps([_creators_row(crawled, fans)])
        )
        (folder / f"creator_contents_{crawled.date()}.json").write_text(
            json.dumps([_note(f"n{day}", crawled)])
        )
    # Two observations of Nov 3: the newer (evening) one is in the file read first.
    evening = DAY0 + timedelta(days=2, hours=12)
    (folder / "creator_creators_2025-11-03.json").write_text(
        json.dumps([_creators_row(evening, 50500)])
    )
    (folder / "creator_creators_2025-11-03_retry.json").write_text(
        json.dumps([_creators_row(DAY0 + timedelta(days=2), 50000)])
    )
    store = CreatorStore.open(tmp_path / "s.sqlite")
    out = tmp_path / "o.jsonl"
    summary = run_import("mediacrawler", [folder.parent], out, store=store)
    assert summary.rejected == 0
    (row,) = _lines(out)
    history = {h["date"]: h["followers"] for h in row["follower_history"]}
    assert len(history) == 15
    assert history["2025-11-09"] == 50000 and history["2025-11-10"] == 90000
    assert history["2025-11-03"] == 50500  # the day's newest observation, not the last read
    assert row["profile"]["followers"] == 90000
    stored = {s.date.isoformat(): s.followers for s in store.snapshots("rednote", "5f00aa")}
    assert stored == history
    store.close()


def test_duplicate_posts_and_comments_keep_the_newest_observation(tmp_path: Path) -> None:
    folder = tmp_path / "dup" / "xhs" / "json"
    folder.mkdir(parents=True)
    new, old = datetime(2025, 11, 22, tzinfo=UTC), datetime(2025, 11, 20, tzinfo=UTC)

    def comment(crawled: datetime, likes: int) -> dict[str, Any]:
        return {
            "comment_id": "c1",
            "note_id": "n1",
            "content": "好看",
            "create_time": _ms(new - timedelta(days=5)),
            "like_count": str(likes),
            "user_id": "fan1",
            "last_modify_ts": _ms(crawled),
        }

    # Path order reads the older crawl (search_*) after the newer one (creator_*).
    (folder / "creator_contents_2025-11-22.json").write_text(
        json.dumps([_note("n1", new, likes=500, user_id="u1")])
    )
    (folder / "creator_comments_2025-11-22.json").write_text(json.dumps([comment(new, 40)]))
    (folder / "creator_creators_2025-11-22.json").write_text(
        json.dumps([{"user_id": "u1", "fans": "9000", "last_modify_ts": _ms(new)}])
    )
    (folder / "search_contents_2025-11-20.json").write_text(
        json.dumps([_note("n1", old, likes=100, user_id="u1")])
    )
    (folder / "search_comments_2025-11-20.json").write_text(json.dumps([comment(old, 4)]))
    # A tie (the same crawl time in two files): the row read last wins.
    (folder / "search_contents_2025-11-22.json").write_text(
        json.dumps([_note("n1", new, likes=510, user_id="u1")])
    )
    out = tmp_path / "o.jsonl"
    summary = run_import("mediacrawler", [folder.parent], out)
    (row,) = _lines(out)
    assert [p["likes"] for p in row["posts"]] == [510]
    assert [c["likes"] for c in row["comments"]] == [40]
    assert row["as_of"].startswith("2025-11-22")
    assert summary.read == summary.imported == 6 and summary.posts == 1


def test_side_table_rows_of_no_creator_are_not_counted_as_imported(tmp_path: Path) -> None:
    profiles = tmp_path / "profiles.csv"
    profiles.write_text(
        "platform,creator_id,followers\nxhs,nobody1,5000\nxhs,nobody2,6000\n"
        f"xhs,typo_{HASH},80000\nxhs,{HASH},80000\n"
    )
    out = tmp_path / "o.jsonl"
    summary = run_import("mediacrawler", [_masked_crawl(tmp_path, 0)], out, profiles=[profiles])
    assert (summary.read, summary.imported, summary.rejected, summary.unmatched) == (7, 4, 0, 3)
    assert summary.creators == 1
    assert "3 --profiles/--history rows matched no creator" in summary.line()
    (note,) = [n for n in summary.notes if "matched no creator" in n]
    assert "rednote:nobody1 (" in note and f"rednote:typo_{HASH}" in note


def test_a_dated_duplicate_beats_an_undated_one_whichever_is_read_last(tmp_path: Path) -> None:
    folder = tmp_path / "xhs" / "json"
    folder.mkdir(parents=True)
    crawled = datetime(2025, 11, 22, tzinfo=UTC)
    undated = _note("n1", crawled, likes=100, user_id="u1")
    del undated["last_modify_ts"]
    # No date in these file names: the undated row has no crawl time at all.
    (folder / "a_contents.json").write_text(json.dumps([_note("n1", crawled, 500, user_id="u1")]))
    (folder / "b_contents.json").write_text(json.dumps([undated]))
    (folder / "c_creators.json").write_text(
        json.dumps([{"user_id": "u1", "fans": "9000", "last_modify_ts": _ms(crawled)}])
    )
    out = tmp_path / "o.jsonl"
    run_import("mediacrawler", [folder.parent], out)
    (row,) = _lines(out)
    assert [p["likes"] for p in row["posts"]] == [500]


def test_author_counts_on_douyin_post_rows_are_dated_observations_too(tmp_path: Path) -> None:
    folder = tmp_path / "douyin" / "jsonl"
    rows = []
    for day, fans in ((0, 1000), (1, 1100), (1, 1150)):  # the later one of day 1 wins
        crawled = DAY0 + timedelta(days=day, hours=len(rows))
        rows.append(
            {
                "aweme_id": f"v{len(rows)}",
                "aweme_type": "0",
                "create_time": int(crawled.timestamp()) - 3600,
                "user_id": "dy1",
                "nickname": "抖",
                "liked_count": "10",
                "comment_count": "1",
                "share_count": "1",
                "collected_count": "1",
                "followers_count": str(fans),
                "last_modify_ts": _ms(crawled),
            }
        )
    _jsonl(folder / "creator_contents_2025-11-02.jsonl", rows)
    out = tmp_path / "o.jsonl"
    run_import("mediacrawler", [folder.parent], out)
    (row,) = _lines(out)
    assert row["follower_history"] == [
        {"date": "2025-11-01", "followers": 1000},
        {"date": "2025-11-02", "followers": 1150},
    ]
    assert row["profile"]["followers"] == 1150


def _douyin_post(post_id: str, crawled: datetime, **author: str) -> dict[str, Any]:
    return {
        "aweme_id": post_id,
        "aweme_type": "0",
        "create_time": int(crawled.timestamp()) - 86400,
        "user_id": "111",
        "sec_uid": "MS4wA",
        "liked_count": "5",
        "comment_count": "1",
        "share_count": "1",
        "collected_count": "1",
        **author,
        "last_modify_ts": _ms(crawled),
    }


def _douyin_creators_row_of_nov21(tmp_path: Path) -> tuple[Path, datetime, datetime]:
    """A Douyin export folder holding one creators row crawled on Nov 21 (1000 fans)."""
    folder = tmp_path / "dy" / "douyin" / "jsonl"
    nov21, nov23 = datetime(2025, 11, 21, tzinfo=UTC), datetime(2025, 11, 23, tzinfo=UTC)
    creators = {"user_id": "MS4wA", "nickname": "c", "follows": 5, "fans": 1000}
    _jsonl(
        folder / "creator_creators_2025-11-21.jsonl", [{**creators, "last_modify_ts": _ms(nov21)}]
    )
    return folder, nov21, nov23


def test_a_newer_post_row_count_beats_an_older_creators_row_in_profile_and_store(
    tmp_path: Path,
) -> None:
    # Review 19b finding 2: a creators row of Nov 21 (1000 fans), a post row of Nov 23 whose
    # author counts say 1500. The profile is the newest observation and the store agrees
    # with the JSONL's history on every date.
    folder, nov21, nov23 = _douyin_creators_row_of_nov21(tmp_path)
    _jsonl(folder / "creator_contents_2025-11-21.jsonl", [_douyin_post("a1", nov21)])
    newer = _douyin_post("a2", nov23, followers_count="1500", following_count="5")
    _jsonl(folder / "search_contents_2025-11-23.jsonl", [newer])
    store = CreatorStore.open(tmp_path / "s.sqlite")
    out = tmp_path / "o.jsonl"
    run_import("mediacrawler", [folder.parent], out, store=store)
    (row,) = _lines(out)
    assert row["profile"]["followers"] == 1500
    history = {h["date"]: h["followers"] for h in row["follower_history"]}
    assert history == {"2025-11-21": 1000, "2025-11-23": 1500}
    platform, key = row["creator_id"].split(":", 1)
    stored = {s.date.isoformat(): s.followers for s in store.snapshots(platform, key)}
    assert stored == history
    store.close()


def test_the_records_own_dated_count_wins_its_as_of_date_in_the_store(tmp_path: Path) -> None:
    store = CreatorStore.open(tmp_path / "s.sqlite")
    record = CreatorRecord.model_validate(
        {
            "creator_id": "douyin:1",
            "platform": "douyin",
            "as_of": "2025-11-23T10:00:00Z",
            "profile": {"followers": 1000, "posts": 7},
            "follower_history": [{"date": "2025-11-23", "followers": 1500}],
        }
    )
    store.record_snapshots([record])
    (snapshot,) = store.snapshots("douyin", "1")
    assert (snapshot.followers, snapshot.posts) == (1500, 7)
    completed = store.complete_history(record)
    assert [(s.date, s.followers) for s in completed.follower_history] == [
        (date(2025, 11, 23), 1500)
    ]
    store.close()


def test_history_rows_are_named_by_the_id_given_and_rejected_with_their_creator(
    tmp_path: Path,
) -> None:
    # Review 19b finding 8: "zz" matches nothing and is named as given (not by its hash);
    # "ha"'s creator is rejected (no follower count on or before its date), so its
    # --history row is rejected with it, not counted as imported.
    folder = tmp_path / "cnt" / "xhs" / "jsonl"
    crawled = datetime(2025, 11, 21, tzinfo=UTC)
    _jsonl(
        folder / "search_contents_2025-11-21.jsonl",
        [_note("a1", crawled, creator_hash="ha"), _note("b1", crawled, user_id="ub")],
    )
    _jsonl(
        folder / "search_creators_2025-11-21.jsonl",
        [_creators_row(crawled, 100) | {"user_id": "ub"}],
    )
    history = tmp_path / "hist.csv"
    history.write_text(
        "platform,creator_id,date,followers\nxhs,ha,2025-11-30,500\nxhs,ub,2025-11-10,90\n"
        "xhs,zz,2025-11-10,5\n"
    )
    out = tmp_path / "o.jsonl"
    summary = run_import("mediacrawler", [folder.parent], out, histories=[history])
    assert (summary.creators, summary.creators_rejected) == (1, 1)
    (note,) = [n for n in summary.notes if "matched no creator" in n]
    assert "rednote:zz (hist.csv:4)" in note.replace(str(tmp_path) + "/", "")
    assert summary.unmatched == 1
    # read 6: 2 posts, 1 creators row, 3 history rows. ub's 3 rows are imported; ha's post
    # and its history row are rejected; zz's row is unmatched.
    assert (summary.read, summary.imported, summary.rejected) == (6, 3, 2)
    rejects = _lines(tmp_path / "o.jsonl.rejects.jsonl")
    assert any(
        r["line"] == 2 and "creator rednote:ha, which was rejected" in r["error"] for r in rejects
    )


def test_a_profile_crawled_days_before_the_posts_is_recorded_on_its_own_day(
    tmp_path: Path,
) -> None:
    # A creators row of Nov 21 (1000 fans) beside posts crawled Nov 23 without author counts:
    # the record is as of Nov 23, but 1000 was seen on Nov 21, and only there is it stored.
    folder, _, nov23 = _douyin_creators_row_of_nov21(tmp_path)
    _jsonl(folder / "search_contents_2025-11-23.jsonl", [_douyin_post("a2", nov23)])
    store = CreatorStore.open(tmp_path / "s.sqlite")
    out = tmp_path / "o.jsonl"
    run_import("mediacrawler", [folder.parent], out, store=store)
    (row,) = _lines(out)
    assert row["as_of"].startswith("2025-11-23")
    assert row["profile"]["observed_at"] == "2025-11-21"
    platform, key = row["creator_id"].split(":", 1)
    assert [(s.date, s.followers) for s in store.snapshots(platform, key)] == [
        (date(2025, 11, 21), 1000)
    ]
    store.close()


def test_record_observed_stores_only_rows_dated_within_the_dates_given(tmp_path: Path) -> None:
    def record(as_of: str, observed_at: str | None = None) -> CreatorRecord:
        profile: dict[str, object] = {"followers": 100}
        if observed_at:
            profile["observed_at"] = observed_at
        return CreatorRecord.model_validate(
            {"creator_id": "w1", "platform": "weibo", "as_of": as_of, "profile": profile}
        )

    inside = record("2026-06-10T00:00:00Z")
    back_dated = record("2026-06-10T00:00:00Z", "2026-05-01")
    too_old = record("2026-06-01T00:00:00Z")
    assert observed_dates(back_dated) == (date(2026, 5, 1), date(2026, 6, 10))
    result = {
        "model_version": "m",
        "verdict": "authentic",
        "fraud_probability": 0.1,
        "authenticity": 90.0,
        "reasons": [],
    }
    with CreatorStore.open(tmp_path / "s.sqlite") as store:
        window = (date(2026, 6, 7), date(2026, 6, 10))
        added = store.record_observed(
            [(back_dated, result), (too_old, result), (inside, result)], dates=window
        )
        history = store.history("weibo", "w1")
    assert added == 1
    assert [s["date"] for s in history["snapshots"]] == ["2026-06-10"]
    assert [s["date"] for s in history["scores"]] == ["2026-06-10"]
