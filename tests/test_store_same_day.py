"""Of two observations of one creator on one day, the newest stays (review s47, finding 4):
the row was upserted by creator and date, so re-running a morning's file after the evening's
replaced the evening's count (and verdict). Each row now keeps the ``as_of`` of the record
it came from (Alembic revision 0004) and is replaced only by one at least as recent; rows of
older stores (no ``as_of``) are kept and may be replaced by any observation, as before."""

from __future__ import annotations

from pathlib import Path

from fraud.schema import CreatorRecord
from fraud.store import CreatorStore
from tests.conftest import STORE_HEAD
from tests.test_cli import StubScorer
from tests.test_store_partitions import store_at


def _seen(as_of: str, followers: int, posts: int | None = None) -> CreatorRecord:
    profile = {"followers": followers, **({"posts": posts} if posts is not None else {})}
    return CreatorRecord.model_validate(
        {"creator_id": "c1", "platform": "weibo", "as_of": as_of, "profile": profile}
    )


MORNING = _seen("2026-01-10T08:00:00Z", 1000, posts=10)
EVENING = _seen("2026-01-10T20:00:00Z", 1100, posts=11)


def _counts(store: CreatorStore) -> list[tuple[str, int, int | None]]:
    return [(s.date.isoformat(), s.followers, s.posts) for s in store.snapshots("weibo", "c1")]


def test_rerunning_a_morning_file_after_the_evenings_keeps_the_evening(tmp_path: Path) -> None:
    scorer = StubScorer()
    with CreatorStore.open(tmp_path / "s.sqlite") as store:
        store.record([(MORNING, scorer.score(MORNING)), (EVENING, scorer.score(EVENING))])
        evening_score = store.scores("weibo", "c1")
        store.record([(MORNING, scorer.score(MORNING))])  # the morning's file, re-run
        assert _counts(store) == [("2026-01-10", 1100, 11)]
        assert store.scores("weibo", "c1") == evening_score
        # ... and in a history entry: a record as of the morning does not replace it either
        dated = {
            **MORNING.model_dump(mode="json"),
            "follower_history": [{"date": "2026-01-10", "followers": 5}],
        }
        store.record_snapshots([CreatorRecord.model_validate(dated)])
        assert _counts(store) == [("2026-01-10", 1100, 11)]
        later = _seen("2026-01-10T23:00:00Z", 1200)  # a newer observation replaces it
        store.record_snapshots([later])
        assert _counts(store) == [("2026-01-10", 1200, 11)]
        store.record_snapshots([_seen("2026-01-10T23:00:00Z", 1250)])  # as recent: the last
        assert _counts(store) == [("2026-01-10", 1250, 11)]


def test_an_older_stores_rows_are_kept_and_may_be_replaced(tmp_path: Path) -> None:
    location = tmp_path / "old.sqlite"
    store_at(location, "0003", "2026-01-10")
    with CreatorStore.open(location) as store:  # upgraded in place
        assert store.revision() == STORE_HEAD
        assert _counts(store) == [("2026-01-10", 1234, 7)]
        store.record_snapshots([MORNING])  # a row of unknown time: any observation replaces it
        store.record_snapshots([_seen("2026-01-10T06:00:00Z", 900)])  # an earlier one: not
        assert _counts(store) == [("2026-01-10", 1000, 10)]
