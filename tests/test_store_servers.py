"""The creator store on every database it names: SQLite, and PostgreSQL and MariaDB servers.

Each test runs once per store URL in ``FRAUD_TEST_STORE_URLS`` (comma-separated; ``sqlite``
is a new SQLite file), each time in a new empty database: a file, or a database created on
the server for that test and dropped after it. Without the variable they are skipped (the
SQLite store is tested by ``tests/test_store*.py``, and the suite stays as fast);
``make store-servers`` (``python -m tests.servers``) starts a throwaway PostgreSQL and
MariaDB and runs them on all three. What they hold the servers to is what SQLite does: the
migrations from an empty database through every revision (and down and up again), upserts
keyed by creator and date, completed histories, scores as given (every digit of a
probability, the time of an observation to the microsecond), case-sensitive ids kept apart
(revision 0007), concurrent writers, Chinese and emoji text, and the service's store route.
"""

from __future__ import annotations

import itertools
import os
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import make_url

from fraud.importers import run_import
from fraud.schema import CreatorRecord
from fraud.store import CreatorStore, is_locked, scores_table, snapshots_table
from tests.servers import URLS_ENV
from tests.test_store import _daily_export, _import_day, write_in_two_processes_at_once

_URLS = [u.strip() for u in os.environ.get(URLS_ENV, "").split(",") if u.strip()]
_DATABASES = itertools.count()
if not _URLS:  # (SQLite alone is tested by tests/test_store*.py: the suite stays as fast)
    pytest.skip(
        f"no store URLs to test: run make store-servers, or set {URLS_ENV} "
        "(sqlite and SQLAlchemy URLs, comma-separated)",
        allow_module_level=True,
    )


def _name(url: str) -> str:
    return "sqlite" if url == "sqlite" else make_url(url).get_backend_name()


@pytest.fixture(params=_URLS, ids=[_name(u) for u in _URLS])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A new empty store location on each database under test."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.sqlite")
        return
    server = make_url(request.param)
    name = f"fraud_t{os.getpid()}_{next(_DATABASES)}"
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"CREATE DATABASE {name}")
        yield server.set(database=name).render_as_string(hide_password=False)
        force = " WITH (FORCE)" if admin.dialect.name == "postgresql" else ""
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE {name}{force}")
    finally:
        admin.dispose()


def _count(store: CreatorStore, table: sa.Table) -> int:
    with store.engine.connect() as connection:
        return int(connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", "fraud.store:migrations")
    return config


def _revisions() -> list[str]:
    """Every revision, oldest first."""
    return [
        r.revision for r in reversed(list(ScriptDirectory.from_config(_config()).walk_revisions()))
    ]


def _downgrade(store: CreatorStore, revision: str) -> None:
    config = _config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def _record(
    platform: str, creator_id: str, followers: int, as_of: datetime, **profile: Any
) -> CreatorRecord:
    return CreatorRecord.model_validate(
        {
            "creator_id": creator_id,
            "platform": platform,
            "profile": {"followers": followers, **profile},
            "as_of": as_of.isoformat(),
        }
    )


def _score(probability: float, *, version: str = "m1", message: str = "stand-in") -> dict[str, Any]:
    """A score in its JSON form, as the batch engine's outcomes carry it."""
    return {
        "model_version": version,
        "verdict": "suspicious",
        "fraud_probability": probability,
        "authenticity": 100 * (1 - probability),
        "reasons": [{"code": "FOLLOWER_SPIKE", "severity": "high", "message": message}],
    }


_D1, _D2 = date(2025, 3, 1), date(2025, 3, 2)
_MORNING = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
_EVENING = datetime(2025, 3, 1, 20, 0, 0, 700000, tzinfo=UTC)
# the tables as revision 0004 left them (sa.table: no metadata of the current schema)
_OLD_SNAPSHOTS = sa.table(
    "snapshots",
    *(sa.column(n, sa.String) for n in ("namespace", "platform", "creator_id")),
    sa.column("date", sa.Date),
    *(sa.column(n, sa.BigInteger) for n in ("followers", "following", "posts")),
    sa.column("recorded_at", sa.DateTime(timezone=True)),
    sa.column("as_of", sa.DateTime(timezone=True)),
)


def _old_snapshot(
    creator_id: str,
    day: date,
    followers: int,
    as_of: datetime | None,
    *,
    platform: str = "instagram",
    **counts: int,
) -> dict[str, Any]:
    return {
        "namespace": "",
        "platform": platform,
        "creator_id": creator_id,
        "date": day,
        "followers": followers,
        "following": counts.get("following"),
        "posts": counts.get("posts"),
        "recorded_at": as_of or _MORNING,
        "as_of": as_of,
    }


def test_an_empty_database_goes_through_every_revision_keeping_and_moving_rows(
    location: str,
) -> None:
    revisions = _revisions()
    assert revisions[0] == "0001" and len(revisions) >= 7
    store = CreatorStore.open(location, upgrade=False)
    assert store.revision() is None
    old_rows = sa.table(
        "snapshots",
        sa.column("platform", sa.String),
        sa.column("creator_id", sa.String),
        sa.column("date", sa.Date),
        sa.column("followers", sa.BigInteger),
        sa.column("following", sa.BigInteger),
        sa.column("recorded_at", sa.DateTime(timezone=True)),
    )
    for revision in revisions:
        store.upgrade(revision)
        assert store.revision() == revision
        if revision == "0001":  # a row of the first schema: no posts, no namespace, no as_of
            with store.engine.begin() as connection:
                connection.execute(
                    old_rows.insert().values(
                        platform="douyin",
                        creator_id="old1",
                        date=date(2025, 1, 2),
                        followers=1234,
                        following=56,
                        recorded_at=datetime(2025, 1, 2, tzinfo=UTC),
                    )
                )
        if revision == "0004":  # older spellings of one Instagram handle, for 0005 and 0006
            with store.engine.begin() as connection:
                connection.execute(
                    _OLD_SNAPSHOTS.insert(),
                    [
                        _old_snapshot("@NatGeo", _D1, 100, _EVENING, following=10),
                        _old_snapshot("natgeo", _D1, 90, _MORNING, posts=5),
                        _old_snapshot("NatGeo ", _D2, 120, None),
                        _old_snapshot("@@1abc", _D1, 7, _MORNING),
                    ],
                )
    store.close()
    with CreatorStore.open(location) as store:
        assert store.revision() == revisions[-1]
        assert store.history("douyin", "old1")["snapshots"] == [
            {"date": "2025-01-02", "followers": 1234, "following": 56}
        ]
        # the evening's row stays at its date, taking the posts count it lacked from the other
        assert store.history("instagram", "natgeo")["snapshots"] == [
            {"date": "2025-03-01", "followers": 100, "following": 10, "posts": 5},
            {"date": "2025-03-02", "followers": 120},
        ]
        assert [s.followers for s in store.snapshots("instagram", "1abc")] == [7]
        assert _count(store, snapshots_table) == 4


def test_downgrading_and_upgrading_again_keeps_the_shared_rows(location: str) -> None:
    with CreatorStore.open(location) as store:
        store.record_snapshots([_record("weibo", "kept", 10, _MORNING, posts=3)])
        store.partition("team").record_snapshots([_record("weibo", "partitioned", 20, _MORNING)])
        _downgrade(store, "0002")  # 0003 down: the partitions have no place in that schema
        assert store.revision() == "0002"
        store.upgrade()
        assert store.revision() == _revisions()[-1]
        assert store.history("weibo", "kept")["snapshots"] == [
            {"date": "2025-03-01", "followers": 10, "posts": 3}
        ]
        assert store.partition("team").snapshots("weibo", "partitioned") == []
        _downgrade(store, "base")
        assert store.revision() is None
        store.upgrade()
        assert store.history("weibo", "kept")["snapshots"] == []
        store.record_snapshots([_record("weibo", "kept", 11, _EVENING)])
        assert [s.followers for s in store.snapshots("weibo", "kept")] == [11]


def test_importing_the_same_export_twice_adds_nothing(location: str, tmp_path: Path) -> None:
    with CreatorStore.open(location) as store:
        crawl = _daily_export(tmp_path / "crawls", 0, 20000)
        for _ in range(2):
            run_import("mediacrawler", [crawl], tmp_path / "out.jsonl", store=store)
        assert store.history("xhs", "koc1")["snapshots"] == [
            {"date": "2025-10-01", "followers": 20000, "following": 150}
        ]
        assert _count(store, snapshots_table) == 1


def test_daily_imports_complete_the_history(location: str, tmp_path: Path) -> None:
    with CreatorStore.open(location) as store:
        for day in range(4):
            record = _import_day(tmp_path, store, day, 20000 + 35 * day)
            assert [s.followers for s in record.follower_history] == [
                20000 + 35 * d for d in range(day + 1)
            ]
        # a record as of day 1 is completed with nothing stored after it
        assert record.as_of is not None
        early = record.model_copy(
            update={"as_of": record.as_of - timedelta(days=2), "follower_history": []}
        )
        assert len(store.complete_history(early).follower_history) == 2


def test_scores_are_kept_as_given_and_the_newest_observation_stays(location: str) -> None:
    probability = 0.12345678901234566  # every digit of a double
    message = "粉丝在一天内增长了 6,000 🚀"
    creator = _record("douyin", "MS4wLjABAAAAscore", 500, _EVENING)
    with CreatorStore.open(location) as store:
        store.record_scores([(creator, _score(probability, message=message))])
        (stored,) = store.scores("douyin", "MS4wLjABAAAAscore")
        assert stored.fraud_probability == probability
        assert stored.authenticity == 100 * (1 - probability)
        assert stored.top_reasons == [
            {"code": "FOLLOWER_SPIKE", "severity": "high", "message": message}
        ]
        # the morning's score, written after the evening's, leaves the evening's
        morning = creator.model_copy(update={"as_of": _MORNING})
        store.record_scores([(morning, _score(0.9))])
        assert [s.fraud_probability for s in store.scores("douyin", "MS4wLjABAAAAscore")] == [
            probability
        ]
        # as recent (a correction) replaces it; a version of its own is a row of its own
        store.record_scores([(creator, _score(0.25)), (creator, _score(0.5, version="m2"))])
        assert [
            (s.model_version, s.fraud_probability)
            for s in store.scores("douyin", "MS4wLjABAAAAscore")
        ] == [("m1", 0.25), ("m2", 0.5)]
        assert _count(store, scores_table) == 2


def test_an_observation_is_timed_to_the_microsecond(location: str) -> None:
    """Of two observations in the same second, the later stays whichever is written last."""
    with CreatorStore.open(location) as store:
        store.record_snapshots([_record("weibo", "lu", 200, _EVENING)])
        earlier = _EVENING - timedelta(microseconds=400000)  # 20:00:00.3, the same second
        store.record_snapshots([_record("weibo", "lu", 190, earlier)])
        assert [s.followers for s in store.snapshots("weibo", "lu")] == [200]
        store.record_snapshots([_record("weibo", "lu", 210, _EVENING)])  # a correction
        assert [s.followers for s in store.snapshots("weibo", "lu")] == [210]
        creator = _record("weibo", "lu", 210, _EVENING)
        store.record_scores([(creator, _score(0.5))])
        store.record_scores([(creator.model_copy(update={"as_of": earlier}), _score(0.9))])
        store.record_scores([(creator, _score(0.25))])  # a correction of the score
        assert [s.fraud_probability for s in store.scores("weibo", "lu")] == [0.25]


def test_case_sensitive_ids_stay_apart_and_handles_do_not(location: str) -> None:
    pairs = [
        ("douyin", "MS4wLjABAAAAxYzAbC", "MS4wLjABAAAAXyZaBc"),  # Douyin sec_uids
        ("youtube", "UCabcDEF", "UCABCdef"),  # channel ids
        ("rednote", "café", "cafe"),  # an accent apart
        ("weibo", "Straße", "strasse"),
        ("douyin", "tail", "tail "),  # stripped: one creator, see below
    ]
    with CreatorStore.open(location) as store:
        for i, (platform, first, second) in enumerate(pairs):
            store.record_snapshots(
                [
                    _record(platform, first, 1000 + i, _MORNING),
                    _record(platform, second, 2000 + i, _MORNING),
                ]
            )
        for i, (platform, first, second) in enumerate(pairs[:-1]):
            assert [s.followers for s in store.snapshots(platform, first)] == [1000 + i]
            assert [s.followers for s in store.snapshots(platform, second)] == [2000 + i]
        assert [s.followers for s in store.snapshots("douyin", "tail")] == [2004]
        # handles that ignore case are one creator, by the store's normaliser
        store.record_snapshots([_record("instagram", "@NatGeo", 5, _MORNING)])
        store.record_snapshots([_record("instagram", "natgeo", 6, _EVENING)])
        assert [s.followers for s in store.snapshots("instagram", "NATGEO")] == [6]
        # namespaces a trailing space apart are two parts of the store
        store.partition("team").record_snapshots([_record("weibo", "x", 1, _MORNING)])
        store.partition("team ").record_snapshots([_record("weibo", "x", 2, _MORNING)])
        assert [s.followers for s in store.partition("team").snapshots("weibo", "x")] == [1]
        assert [s.followers for s in store.partition("team ").snapshots("weibo", "x")] == [2]
        assert store.snapshots("weibo", "x") == []
        assert _count(store, snapshots_table) == 2 * (len(pairs) - 1) + 1 + 1 + 2


def test_chinese_names_and_emoji_round_trip(location: str) -> None:
    names = ["小林的日常", "🌸花花🌸", "Zoë ✨ 𝓼𝓽𝔂𝓵𝓮"]
    namespace = "团队🚀"
    with CreatorStore.open(location) as store:
        part = store.partition(namespace)
        for i, name in enumerate(names):
            creator = _record("weibo", name, 100 + i, _MORNING)
            part.record([(creator, _score(0.5, message=f"{name} 的粉丝增长异常 📈"))])
        for i, name in enumerate(names):
            history = part.history("weibo", name)
            assert history["creator_id"] == name
            assert history["snapshots"] == [{"date": "2025-03-01", "followers": 100 + i}]
            assert history["scores"][0]["top_reasons"][0]["message"] == f"{name} 的粉丝增长异常 📈"
        assert store.history("weibo", names[0])["snapshots"] == []  # another namespace


def test_two_processes_writing_at_once_lose_nothing(location: str) -> None:
    write_in_two_processes_at_once(location, timeout=180)
    with CreatorStore.open(location) as store:
        assert _count(store, snapshots_table) == 121  # 2 x 60 + the one both wrote


def test_writers_of_the_same_creators_in_opposite_orders_lose_nothing(location: str) -> None:
    """Two threads upsert the same 40 creators, one in the other's reverse order, round after
    round (each round an observation later than the last): each creator ends with the last
    round's count, and no write fails."""
    rounds, creators = 12, 40
    failures: list[BaseException] = []
    with CreatorStore.open(location) as store:
        store.record_snapshots([_record("weibo", f"c{i}", 0, _MORNING) for i in range(creators)])

        def write(reverse: bool) -> None:
            try:
                for r in range(rounds):
                    seen = _MORNING + timedelta(minutes=r, seconds=1 if reverse else 0)
                    batch = [_record("weibo", f"c{i}", r, seen) for i in range(creators)]
                    store.record(
                        [(b, _score(r / rounds)) for b in (batch[::-1] if reverse else batch)]
                    )
            except BaseException as error:
                failures.append(error)

        threads = [threading.Thread(target=write, args=(reverse,)) for reverse in (False, True)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(300)
        assert not failures, failures
        for i in range(creators):
            assert [s.followers for s in store.snapshots("weibo", f"c{i}")] == [rounds - 1]
            (score,) = store.scores("weibo", f"c{i}")
            assert score.fraud_probability == (rounds - 1) / rounds


def test_racing_observations_of_one_creator_keep_the_newest(location: str) -> None:
    """Four threads write one creator's count of one day, each its own observation times in
    a shuffled order: the newest observation stays, however the writes interleave."""
    times = [_MORNING + timedelta(seconds=s) for s in range(80)]
    failures: list[BaseException] = []
    with CreatorStore.open(location) as store:

        def write(offset: int) -> None:
            try:
                for moment in times[offset::4][::-1] if offset % 2 else times[offset::4]:
                    followers = int((moment - _MORNING).total_seconds())
                    store.record_snapshots([_record("weibo", "race", followers, moment)])
            except BaseException as error:
                failures.append(error)

        threads = [threading.Thread(target=write, args=(offset,)) for offset in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(300)
        assert not failures, failures
        assert [s.followers for s in store.snapshots("weibo", "race")] == [79]


def test_an_older_observation_waiting_behind_a_newer_write_does_not_replace_it(
    location: str,
) -> None:
    """Another writer's transaction, not yet committed, holds the evening's count; the
    morning's, written meanwhile, waits for it and must then find it (not the count it read
    before it waited) and leave it."""
    key = sa.and_(snapshots_table.c.platform == "weibo", snapshots_table.c.creator_id == "lu")
    evening = _EVENING + timedelta(hours=1)
    with CreatorStore.open(location) as store:
        store.record_snapshots([_record("weibo", "lu", 100, _MORNING)])
        failures: list[BaseException] = []

        def write_morning() -> None:
            try:
                store.record_snapshots([_record("weibo", "lu", 200, _EVENING)])
            except BaseException as error:
                failures.append(error)

        with store.engine.connect() as other:
            other.begin()
            other.execute(snapshots_table.update().where(key).values(followers=300, as_of=evening))
            writer = threading.Thread(target=write_morning)
            writer.start()
            time.sleep(1.0)  # the write has read the row and waits for the other's lock
            other.commit()
        writer.join(60)
        assert not failures, failures
        assert [s.followers for s in store.snapshots("weibo", "lu")] == [300]


def test_a_deadlock_is_a_lock_that_passes(location: str) -> None:
    """Two transactions that each wait for the other's row: the server undoes one, and the
    store takes that for a lock to retry (:func:`fraud.store.is_locked`), not a broken store."""
    if location.endswith(".sqlite"):
        pytest.skip("SQLite locks the whole database: two writers never cross")
    with CreatorStore.open(location) as store:
        store.record_snapshots([_record("weibo", name, 1, _MORNING) for name in ("x", "y")])
        t = snapshots_table  # (the whole key: MySQL locks every row an update scans)
        row = {
            name: sa.and_(t.c.namespace == "", t.c.platform == "weibo", t.c.creator_id == name)
            for name in ("x", "y")
        }
        failures: list[BaseException] = []

        def update(connection: sa.Connection, name: str) -> None:
            try:
                connection.execute(snapshots_table.update().where(row[name]).values(followers=2))
            except sa.exc.OperationalError as error:
                failures.append(error)

        with store.engine.connect() as first, store.engine.connect() as second:
            first.begin()
            second.begin()
            update(first, "x")
            update(second, "y")
            crossing = threading.Thread(target=update, args=(first, "y"))
            crossing.start()
            time.sleep(0.5)
            update(second, "x")
            (second.rollback if failures else first.rollback)()
            crossing.join(60)
            first.rollback()
            second.rollback()
        (error,) = failures
        assert is_locked(error)


def test_the_service_records_and_answers_a_creator_from_the_store(
    location: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from service.main import create_app
    from service.settings import ServiceSettings
    from tests.conftest import load_sample
    from tests.test_cli import StubScorer
    from tests.test_service import local_client

    sample = load_sample("bought_followers_weibo")
    sample["creator_id"] = "weibo:小林🌸"
    monkeypatch.setenv("FRAUD_STORE", location)  # opened by the service, as deployed
    settings = ServiceSettings(store_observed_days=36500)  # (the sample is dated in 2026)
    app = create_app(settings, scorer=StubScorer())
    with local_client(app) as client:
        deadline = time.monotonic() + 60
        while client.get("/readyz").status_code != 200:
            assert time.monotonic() < deadline, "the store never opened"
            time.sleep(0.05)
        verdict = client.post("/v1/score", json=sample).json()["verdict"]
        answer = client.get("/v1/creators/weibo/小林🌸")
        assert answer.status_code == 200
        assert [s["verdict"] for s in answer.json()["scores"]] == [verdict]
        assert len(answer.json()["snapshots"]) == 1
        assert client.get("/v1/creators/weibo/小林").status_code == 404
    app.state.store.close()


def test_an_old_lower_cased_sec_uid_key_is_joined_and_bad_reasons_answered_around(
    location: str,
) -> None:
    # session 58's reads on every database: the rows an older release stored under a TikTok
    # sec_uid lower-cased join the sec_uid's own (lower() and the key range in SQL), and a
    # stored score whose reasons are not JSON is answered with the rest
    sec_uid = "MS4wLjABAAAAv7iSuuXDJGDvJkmH_vz1qkDZYo1apxgzaxdBSeIuPiM"
    when = datetime(2026, 1, 1, 12, tzinfo=UTC)
    old = {"namespace": "", "platform": "tiktok", "creator_id": sec_uid.lower()}
    with CreatorStore.open(location) as store:
        with store.engine.begin() as connection:
            connection.execute(
                sa.insert(snapshots_table),
                [old | {"date": date(2026, 1, 1), "followers": 100, "recorded_at": when}],
            )
            connection.execute(
                sa.insert(scores_table),
                [
                    old
                    | {"date": date(2026, 1, 1), "model_version": "old", "verdict": "authentic"}
                    | {"fraud_probability": 0.1, "authenticity": 90.0, "top_reasons": "[{"}
                    | {"recorded_at": when}
                ],
            )
        store.record_snapshots([_record("tiktok", sec_uid, 150, when + timedelta(days=1))])
        history = store.history("tiktok", sec_uid)
        completed = store.complete_history(_record("tiktok", sec_uid, 200, when + timedelta(2)))
    assert [(s["date"], s["followers"]) for s in history["snapshots"]] == [
        ("2026-01-01", 100),
        ("2026-01-02", 150),
    ]
    assert history["also_stored_as"] == [sec_uid.lower()]
    [score] = history["scores"]
    assert score["top_reasons"] == [] and "not JSON" in score["top_reasons_error"]
    assert [s.followers for s in completed.follower_history] == [100, 150, 200]
