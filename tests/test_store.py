"""The creator store: history built from repeated imports, idempotence, concurrent writers,
migrations that keep data, ``fraud history``, ``fraud score --store`` and the service route.

Daily exports are MediaCrawler's older xhs schema (fields of ``store/xhs/__init__.py`` in
NanmiCoder/MediaCrawler: ``update_xhs_note`` contents and ``save_creator`` creators, JSONL).
"""

from __future__ import annotations

import json
import multiprocessing
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from fraud.cli import main
from fraud.importers import run_import
from fraud.schema import CreatorRecord
from fraud.store import CreatorStore, default_store_location, parse_creator_ref, store_url
from tests.conftest import STORE_HEAD

START = datetime(2025, 10, 1, 9, 0, tzinfo=UTC)


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _daily_export(root: Path, day: int, followers: int) -> Path:
    """One day's crawl: the same ten notes and the creator's current profile, nothing else."""
    crawled = START + timedelta(days=day)
    folder = root / f"day{day:02d}" / "xhs" / "jsonl"
    folder.mkdir(parents=True)
    stamp = crawled.date().isoformat()
    notes = [
        {
            "note_id": f"n{i}",
            "type": "normal",
            "user_id": "koc1",
            "nickname": "小林",
            "time": _ms(START - timedelta(days=3 * i)),
            "liked_count": str(400 + 7 * i),
            "collected_count": "40",
            "comment_count": "25",
            "share_count": "6",
            "last_modify_ts": _ms(crawled),
        }
        for i in range(10)
    ]
    (folder / f"creator_contents_{stamp}.jsonl").write_text(
        "".join(json.dumps(n) + "\n" for n in notes)
    )
    creator = {
        "user_id": "koc1",
        "nickname": "小林",
        "fans": str(followers),
        "follows": "150",
        "last_modify_ts": _ms(crawled),
    }
    (folder / f"creator_creators_{stamp}.jsonl").write_text(json.dumps(creator) + "\n")
    return folder.parent


def _import_day(tmp_path: Path, store: CreatorStore, day: int, followers: int) -> CreatorRecord:
    out = tmp_path / f"day{day:02d}.jsonl"
    run_import(
        "mediacrawler", [_daily_export(tmp_path / "crawls", day, followers)], out, store=store
    )
    (line,) = out.read_text().splitlines()
    record = CreatorRecord.model_validate_json(line)
    assert len(record.follower_history) == 1  # OUT holds the export's own count only ...
    return store.complete_history(record)  # ... and scoring with the store completes it


def test_daily_imports_build_history_until_growth_is_checked_and_a_burst_shows(
    tmp_path: Path, scorer: Any
) -> None:
    store = CreatorStore.open(tmp_path / "store.sqlite")
    organic = [20000 + 35 * day for day in range(15)]
    results = {}
    for day, followers in enumerate(organic):
        record = _import_day(tmp_path, store, day, followers)
        assert len(record.follower_history) == day + 1  # completed from the store
        results[day] = scorer.score(record)
    assert "growth" not in results[13].checks_run  # 14 snapshots over 13 days: not yet
    assert "growth" in results[14].checks_run  # 15 over 14 days: checked
    assert "FOLLOWER_SPIKE" not in {r.code for r in results[14].reasons}
    # A purchase burst: +6,000 followers in a day with flat engagement, then flat.
    bought = organic[-1] + 6000
    for day in (15, 16, 17):
        record = _import_day(tmp_path, store, day, bought + 10 * (day - 15))
    result = scorer.score(record)
    assert "growth" in result.checks_run
    assert "FOLLOWER_SPIKE" in {r.code for r in result.reasons}
    spike = next(r for r in result.reasons if r.code == "FOLLOWER_SPIKE")
    assert "6," in spike.message  # the message names the burst's size
    store.close()


def test_growth_needs_eight_snapshots_over_fourteen_days(tmp_path: Path, scorer: Any) -> None:
    store = CreatorStore.open(tmp_path / "store.sqlite")
    days = [0, 2, 4, 6, 8, 10, 12]  # 7 snapshots over 12 days: not enough
    for day in days:
        record = _import_day(tmp_path, store, day, 20000 + 50 * day)
    assert "growth" not in scorer.score(record).checks_run
    record = _import_day(tmp_path, store, 14, 20000 + 50 * 14)  # 8 over 14 days
    assert len(record.follower_history) == 8
    assert "growth" in scorer.score(record).checks_run
    store.close()


def test_importing_the_same_export_twice_adds_nothing(tmp_path: Path) -> None:
    store = CreatorStore.open(tmp_path / "store.sqlite")
    crawl = _daily_export(tmp_path / "crawls", 0, 20000)
    for _ in range(2):
        run_import("mediacrawler", [crawl], tmp_path / "out.jsonl", store=store)
    history = store.history("xhs", "koc1")
    assert history["snapshots"] == [{"date": "2025-10-01", "followers": 20000, "following": 150}]
    with sqlite3.connect(tmp_path / "store.sqlite") as db:
        assert db.execute("SELECT COUNT(*) FROM snapshots").fetchone()[0] == 1
    store.close()


def test_store_supplies_the_follower_count_the_newer_schema_lacks(tmp_path: Path) -> None:
    store = CreatorStore.open(tmp_path / "store.sqlite")
    seen = CreatorRecord.model_validate(
        {
            "creator_id": "rednote:6aef7bda3e7786b3",
            "platform": "rednote",
            "profile": {"followers": 80500},
            "as_of": "2025-11-20T10:00:00Z",
        }
    )
    store.record_snapshots([seen])
    exports = Path(__file__).parent / "fixtures" / "exports" / "mediacrawler_new" / "xhs"
    summary = run_import("mediacrawler", [exports], tmp_path / "out.jsonl", store=store)
    (line,) = (tmp_path / "out.jsonl").read_text().splitlines()
    record = json.loads(line)
    assert record["profile"]["followers"] == 80500
    # The stored count completes the profile, dated by its own date, but is not recorded
    # again under the export's date (2025-11-22): nothing observed it then. Nor is it in the
    # record's history: OUT holds what the export showed, not the store's snapshots.
    assert record["profile"]["observed_at"] == "2025-11-20"
    assert record["follower_history"] == []
    assert store.history("rednote", "6aef7bda3e7786b3")["snapshots"] == [
        {"date": "2025-11-20", "followers": 80500}
    ]
    assert any("from the store (2025-11-20), not observed again" in n for n in summary.notes)
    assert summary.creators_rejected == 1  # the other creator was never seen: still rejected
    store.close()


def _write_snapshots(location: str, worker: int, n: int, start_at: float) -> None:
    time.sleep(max(start_at - time.time(), 0.0))  # both processes start together...
    store = CreatorStore.open(location)  # ...so they also create the schema at the same time
    for i in range(n):
        record = CreatorRecord.model_validate(
            {
                "creator_id": f"w{worker}-{i}",
                "platform": "weibo",
                "profile": {"followers": i},
                "as_of": "2025-11-01T00:00:00Z",
            }
        )
        store.record_snapshots([record])  # one transaction each: many chances to collide
        store.record_snapshots([record.model_copy(update={"creator_id": "shared"})])
    store.close()


def write_in_two_processes_at_once(location: str, timeout: float = 120) -> None:
    """Two processes write 60 creators each and one they share into the store at
    ``location``, starting together; both must end well."""
    context = multiprocessing.get_context("spawn")
    start_at = time.time() + 3.0  # past both processes' start-up
    workers = [
        context.Process(target=_write_snapshots, args=(location, w, 60, start_at)) for w in range(2)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout)
        assert worker.exitcode == 0


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    location = str(tmp_path / "store.sqlite")
    write_in_two_processes_at_once(location)
    with sqlite3.connect(location) as db:
        assert db.execute("SELECT COUNT(*) FROM snapshots").fetchone()[0] == 121  # 2 x 60 + shared


def test_the_tests_know_the_newest_revision() -> None:
    """STORE_HEAD (what the store tests expect an opened store at) is Alembic's head: a new
    migration is named there once, not in every test."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", "fraud.store:migrations")  # as the store names it
    assert ScriptDirectory.from_config(config).get_current_head() == STORE_HEAD


def test_migrations_upgrade_an_old_store_and_keep_its_data(tmp_path: Path) -> None:
    location = tmp_path / "store.sqlite"
    old = CreatorStore.open(location, upgrade=False)
    old.upgrade("0001")
    assert old.revision() == "0001"
    old.close()
    with sqlite3.connect(location) as db:
        db.execute(
            "INSERT INTO snapshots(platform, creator_id, date, followers, following, recorded_at)"
            " VALUES ('douyin', 'old1', '2025-01-02', 1234, 56, '2025-01-02 00:00:00')"
        )
        assert "scores" not in {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    store = CreatorStore.open(location)  # upgrades to the latest revision
    assert store.revision() == STORE_HEAD
    assert store.history("douyin", "old1")["snapshots"] == [
        {"date": "2025-01-02", "followers": 1234, "following": 56}
    ]
    record = CreatorRecord.model_validate(
        {
            "creator_id": "old1",
            "platform": "douyin",
            "profile": {"followers": 1300, "posts": 9},
            "as_of": "2025-01-03T00:00:00Z",
        }
    )
    store.record_snapshots([record])
    assert store.snapshots("douyin", "old1")[-1].posts == 9  # the column 0002 added
    store.close()


def test_score_with_store_records_and_history_prints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    location = str(tmp_path / "store.sqlite")
    exports = Path(__file__).parent / "fixtures" / "exports"
    imported = tmp_path / "imported.jsonl"
    assert (
        main(["import", "ytdlp", str(exports / "ytdlp"), "-o", str(imported), "--store", location])
        == 0
    )
    scored = tmp_path / "scored.jsonl"
    assert (
        main(["score", str(imported), "-o", str(scored), "--store", location, "--jobs", "1"]) == 0
    )
    verdict = json.loads(scored.read_text())["verdict"]
    capsys.readouterr()
    assert main(["history", "youtube:UCabc123", "--store", location, "--json"]) == 0
    history = json.loads(capsys.readouterr().out)
    assert history["snapshots"] == [{"date": "2025-11-21", "followers": 152000}]
    assert [s["verdict"] for s in history["scores"]] == [verdict]
    assert history["scores"][0]["model_version"] and history["scores"][0]["top_reasons"]
    assert main(["history", "yt:UCabc123", "--store", location]) == 0
    table = capsys.readouterr().out
    assert "152,000" in table and verdict in table
    assert main(["history", "nonsense", "--store", location]) == 1
    assert "PLATFORM:ID" in capsys.readouterr().err


def test_store_location_from_option_environment_or_user_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FRAUD_STORE", raising=False)
    assert default_store_location().name == "store.sqlite"
    assert "creator-fraud" in str(default_store_location())
    monkeypatch.setenv("FRAUD_STORE", str(tmp_path / "team.sqlite"))
    assert store_url().render_as_string() == f"sqlite:///{tmp_path / 'team.sqlite'}"
    assert store_url("postgresql://db/fraud").render_as_string() == "postgresql://db/fraud"
    assert parse_creator_ref("xhs:abc:def") == ("rednote", "abc:def")
    with pytest.raises(ValueError, match="unknown platform"):
        parse_creator_ref("myspace:abc")


def test_service_records_scores_and_answers_creator_history(tmp_path: Path, scorer: Any) -> None:
    from service.main import create_app
    from service.settings import ServiceSettings
    from tests.conftest import load_sample
    from tests.test_service import local_client

    store = CreatorStore.open(tmp_path / "store.sqlite")
    sample = load_sample("bought_followers_weibo")
    settings = ServiceSettings(store_observed_days=36500)  # (the sample is dated in 2026)
    with local_client(create_app(settings, scorer_factory=lambda: scorer, store=store)) as client:
        for _ in range(100):
            if client.get("/readyz").status_code == 200:
                break
        verdict = client.post("/v1/score", json=sample).json()["verdict"]
        record = CreatorRecord.model_validate(sample)
        platform, creator_id = record.platform.value, record.creator_id.split(":")[-1]
        answer = client.get(f"/v1/creators/{platform}/{creator_id}")
        assert answer.status_code == 200
        body = answer.json()
        assert [s["verdict"] for s in body["scores"]] == [verdict]
        assert len(body["snapshots"]) == 1  # its profile's count: a client's history is not stored
        assert client.get(f"/v1/creators/{platform}/nobody").status_code == 404
        assert client.get("/v1/creators/myspace/x").status_code == 404
    with local_client(create_app(scorer_factory=lambda: scorer)) as client:
        assert client.get(f"/v1/creators/{platform}/{creator_id}").status_code == 404
    store.close()


def test_score_with_store_and_worker_processes_records_every_creator(tmp_path: Path) -> None:
    from tests.conftest import SAMPLES

    location = str(tmp_path / "store.sqlite")
    scored = tmp_path / "scored.jsonl"
    args = ["score", str(SAMPLES / "creators.jsonl"), "-o", str(scored), "--store", location]
    assert main([*args, "--jobs", "2", "--chunk-size", "1", "--no-progress"]) == 0
    results = [json.loads(line) for line in scored.read_text().splitlines()]
    records = [
        CreatorRecord.model_validate_json(line)
        for line in (SAMPLES / "creators.jsonl").read_text().splitlines()
    ]
    with CreatorStore.open(location) as store:
        for record, result in zip(records, results, strict=True):
            creator_id = record.creator_id.removeprefix(f"{record.platform.value}:")
            history = store.history(record.platform.value, creator_id)
            assert [s["verdict"] for s in history["scores"]] == [result["verdict"]]
            assert len(history["snapshots"]) >= max(len(record.follower_history), 1)
