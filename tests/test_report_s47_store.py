"""The report reads the creator store as ``fraud score --store`` and ``/v1/score`` do (review
s47, item 2).

A creator seen daily by a scraper (profile counts only), with a bought jump on day 12: its
last day's record alone has no history (``insufficient_data``); completed from the store it
is ``suspicious``. ``fraud report`` had no ``--store`` and ignored ``$FRAUD_STORE``, and
``/v1/report`` never completed the history, so the page said ``insufficient_data`` where the
score said ``suspicious``. The report only reads the store: it records nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest

from fraud import cli
from fraud.report.commands import run_report
from fraud.schema import CreatorRecord
from fraud.store import CreatorStore
from service.main import create_app
from service.settings import ServiceSettings
from tests.test_service import _wait_ready, local_client

FIRST = date(2026, 10, 1)


def _days() -> list[dict[str, Any]]:
    posts = [
        {"post_id": f"p{i}", "posted_at": f"2026-09-{10 + i:02d}T12:00:00Z", "likes": 300}
        for i in range(6)
    ]
    records, followers = [], 40_000
    for d in range(20):
        followers += 15_000 if d == 12 else 20
        records.append(
            {
                "creator_id": "weibo:storetest",
                "platform": "weibo",
                "as_of": f"{(FIRST + timedelta(days=d)).isoformat()}T12:00:00Z",
                "profile": {"followers": followers, "following": 300, "posts": 50},
                "posts": [dict(post, comments=20) for post in posts],
            }
        )
    return records


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CreatorStore]:
    opened = CreatorStore.open(tmp_path / "store.sqlite")
    opened.record_snapshots(CreatorRecord.model_validate(raw) for raw in _days()[:-1])
    yield opened
    opened.close()


@pytest.fixture
def last_day(tmp_path: Path) -> Path:
    path = tmp_path / "last.json"
    path.write_bytes(orjson.dumps(_days()[-1]))
    return path


def _verdict(html: str) -> str:
    found = re.search(r'<div class="verdict v-(\w+)">', html)
    assert found is not None
    return found.group(1)


def _stored(store: CreatorStore) -> list[tuple[str, int]]:
    return [(str(s.date), s.followers) for s in store.snapshots("weibo", "storetest")]


def test_report_completes_histories_from_the_store_and_records_nothing(
    scorer: Any, store: CreatorStore, last_day: Path, tmp_path: Path
) -> None:
    record = CreatorRecord.model_validate(_days()[-1])
    alone, completed = scorer.score_many([record, store.complete_history(record)])
    assert str(alone.verdict) == "insufficient_data"
    assert str(completed.verdict) == "suspicious"  # what fraud score --store says
    before = _stored(store)
    out = tmp_path / "report.html"
    code = run_report(str(last_day), str(out), scorer_factory=lambda: scorer, store=store)
    assert code == 0
    html = out.read_text("utf-8")
    assert _verdict(html) == "suspicious" and "<code>FOLLOWER_SPIKE</code>" in html
    assert _stored(store) == before  # read only


def test_a_creator_seen_daily_in_one_input_is_read_as_fraud_score_store_reads_it(
    scorer: Any, tmp_path: Path
) -> None:
    # Every day in one file, an empty store: the last day is completed with the days before
    # it, as `fraud score --store` completes it (and the empty store stays empty).
    source = tmp_path / "days.jsonl"
    source.write_bytes(b"\n".join(orjson.dumps(raw) for raw in _days()))
    out = tmp_path / "report.html"
    with CreatorStore.open(tmp_path / "empty.sqlite") as empty:
        assert run_report(str(source), str(out), scorer_factory=lambda: scorer, store=empty) == 0
        assert _stored(empty) == []
    html = out.read_text("utf-8")
    last = html[html.index('id="creator-20"') :]
    assert _verdict(last) == "suspicious"


def test_cli_report_takes_store_and_fraud_store(
    scorer: Any,
    store: CreatorStore,
    last_day: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("fraud.scoring.Scorer.load", lambda *_args, **_kwargs: scorer)
    location = str(tmp_path / "store.sqlite")
    out = tmp_path / "report.html"
    monkeypatch.delenv("FRAUD_STORE", raising=False)
    assert cli.main(["report", str(last_day), "-o", str(out)]) == 0
    assert _verdict(out.read_text("utf-8")) == "insufficient_data"  # no store: the record only
    assert cli.main(["report", str(last_day), "-o", str(out), "--store", location]) == 0
    assert _verdict(out.read_text("utf-8")) == "suspicious"
    monkeypatch.setenv("FRAUD_STORE", location)
    assert cli.main(["report", str(last_day), "-o", str(out)]) == 0
    assert _verdict(out.read_text("utf-8")) == "suspicious"
    assert len(_stored(store)) == 19  # the days stored by the fixture, nothing more


def test_service_report_says_what_the_score_says(
    scorer: Any, store: CreatorStore, last_day: Path
) -> None:
    body = last_day.read_bytes()
    headers = {"content-type": "application/json"}
    before = _stored(store)
    app = create_app(ServiceSettings(), scorer=scorer, store=store)
    with local_client(app) as client:
        _wait_ready(client)
        report = client.post("/v1/report", content=body, headers=headers)
        assert report.status_code == 200, report.text
        assert _stored(store) == before  # the report records nothing
        score = client.post("/v1/score", content=body, headers=headers)
        assert score.status_code == 200, score.text
    assert score.json()["verdict"] == _verdict(report.text) == "suspicious"
