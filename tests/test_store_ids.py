"""One creator, one key (review s47, finding 5): creator ids were stored as given, so an
Instagram account sent as ``"NatGeo "`` and as ``natgeo`` had two split histories (handles
ignore case; whitespace is never part of an id). The store now strips ids and case-folds
the handles of platforms whose handles ignore case, keeping case-sensitive ids (YouTube
channel ids, TikTok sec_uids, the Chinese platforms' ids) as they are; older stores' rows are
moved under the normalised key when opened (Alembic revision 0005)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from fraud.schema import CreatorRecord
from fraud.store import CreatorStore, normalise_creator_id
from tests.conftest import STORE_HEAD


def _seen(platform: str, creator_id: str, as_of: str, followers: int) -> CreatorRecord:
    return CreatorRecord.model_validate(
        {
            "creator_id": creator_id,
            "platform": platform,
            "as_of": as_of,
            "profile": {"followers": followers},
        }
    )


@pytest.mark.parametrize(
    ("platform", "given", "key"),
    [
        ("instagram", " NatGeo ", "natgeo"),
        ("instagram", "173560420", "173560420"),
        ("instagram", "@@1abc", "1abc"),
        ("instagram", " @ NatGeo", "natgeo"),
        ("twitter", "@@NASA", "nasa"),
        ("youtube", "@@MrBeast", "@@mrbeast"),
        ("tiktok", "Charli.DAmelio", "charli.damelio"),
        ("tiktok", "MS4wLjABAAAAv7iSuuXDJGDvJkmH", "MS4wLjABAAAAv7iSuuXDJGDvJkmH"),
        ("tiktok", "@MS4wLjABAAAAv7iSuuXDJGDvJkmH", "MS4wLjABAAAAv7iSuuXDJGDvJkmH"),
        ("tiktok", " @ MS4wLjABAAAAv7iS", "MS4wLjABAAAAv7iS"),
        ("tiktok", "@ms4wljabaaaav7is", "ms4wljabaaaav7is"),  # a key the old rule stored
        ("twitter", "NASA", "nasa"),
        ("youtube", "@MrBeast", "@mrbeast"),
        ("youtube", "UCX6OQ3DkcsbYNE6H8uQQuVA", "UCX6OQ3DkcsbYNE6H8uQQuVA"),
        ("douyin", "MS4wLjABAAAAabC ", "MS4wLjABAAAAabC"),
        ("rednote", "5f00AA", "5f00AA"),
        ("weibo", "Lu", "Lu"),
    ],
)
def test_creator_ids_are_normalised_only_where_the_platform_ignores_case(
    platform: str, given: str, key: str
) -> None:
    assert normalise_creator_id(platform, given) == key


def test_one_account_spelt_two_ways_has_one_history(tmp_path: Path) -> None:
    with CreatorStore.open(tmp_path / "s.sqlite") as store:
        store.record_snapshots([_seen("instagram", "NatGeo ", "2026-01-01T00:00:00Z", 100)])
        store.record_snapshots(
            [_seen("instagram", "instagram:natgeo", "2026-01-02T00:00:00Z", 110)]
        )
        store.record_snapshots([_seen("youtube", "UCabc", "2026-01-01T00:00:00Z", 5)])
        store.record_snapshots([_seen("youtube", "UCABC", "2026-01-01T00:00:00Z", 6)])
        history = store.history("instagram", "NATGEO")
        assert history["creator_id"] == "natgeo"
        assert [s["followers"] for s in history["snapshots"]] == [100, 110]
        completed = store.complete_history(_seen("instagram", "NatGeo", "2026-01-03T00:00:00Z", 1))
        assert len(completed.follower_history) == 3
        assert [s.followers for s in store.snapshots("youtube", "UCabc")] == [5]  # two channels


def test_an_older_stores_split_keys_are_merged_when_it_is_opened(tmp_path: Path) -> None:
    location = tmp_path / "old.sqlite"
    old = CreatorStore.open(location, upgrade=False)
    old.upgrade("0004")
    old.close()
    rows = [  # (id, date, followers, as_of)
        ("NatGeo", "2026-01-01", 100, "2026-01-01 09:00:00.000000"),
        ("natgeo ", "2026-01-01", 101, "2026-01-01 21:00:00.000000"),  # newer: stays
        ("natgeo", "2026-01-01", 99, None),  # stored before as_of was kept: oldest
        ("NatGeo", "2026-01-02", 110, "2026-01-02 09:00:00.000000"),
        ("Lu", "2026-01-02", 7, None),  # weibo: case kept
    ]
    with sqlite3.connect(location) as db:
        for creator_id, day, followers, as_of in rows:
            platform = "weibo" if creator_id == "Lu" else "instagram"
            db.execute(
                "INSERT INTO snapshots(namespace, platform, creator_id, date, followers,"
                " recorded_at, as_of) VALUES ('', ?, ?, ?, ?, '2026-01-03 00:00:00.000000', ?)",
                (platform, creator_id, day, followers, as_of),
            )
    with CreatorStore.open(location) as store:
        assert store.revision() == STORE_HEAD
        snapshots = store.history("instagram", "natgeo")["snapshots"]
        assert [(s["date"], s["followers"]) for s in snapshots] == [
            ("2026-01-01", 101),
            ("2026-01-02", 110),
        ]
        assert [s.followers for s in store.snapshots("weibo", "Lu")] == [7]
    with sqlite3.connect(location) as db:
        ids = {r[0] for r in db.execute("SELECT creator_id FROM snapshots")}
    assert ids == {"natgeo", "Lu"}
