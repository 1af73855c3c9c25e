"""What a new user met walking through the README (session 55): each test failed before.

* A JSONL line saved by a Chinese Windows program (GBK) was "invalid JSON: str is not valid
  UTF-8: surrogates not allowed: line 1 column 1 (char 0)", the service said the same at
  ``body[0]``, and ``fraud table`` "not UTF-8 text (byte 1959)": none named the byte, where it
  is, or what to do.
* A one-record ``.json`` cut off mid-write was the decoder's "unexpected end of data"; one
  pretty-printed record on stdin or in a ``.jsonl`` (``jq .`` prints one so) was a reject per
  line; several records one after the other (``jq '.[]'``) "unexpected content after
  document".
* ``fraud report`` refused a one-record ``.json`` starting with a UTF-8 byte-order mark that
  ``fraud score`` reads.
* ``-o DIR`` was "cannot tell the output format of 'DIR' from its extension".
* ``fraud serve --log-level foo`` was a traceback (uvicorn's KeyError), and ``--port 99999``
  logged "Uvicorn running on http://127.0.0.1:99999".
* ``fraud import`` said "1 creators written (1 posts, 3 comments)".
* The report's licence banner said "not cleared for commercial use" twice in one sentence;
  "Every check ran." stood beside PATTERNS_NOT_CHECKED; "0 jump(s) detected"; the Chinese
  page said 不评分, 创作者 beside 达人 everywhere else, 常模 (a psychometric term) for the
  norm, 海量关注者 and 达人粉丝 (read as "fans of the creator") for mass followers and
  influencers, 小型 for the tier the trade calls 尾部, and put ASCII colons in Chinese text.
"""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from fraud import cli, runs
from fraud.io import read_records
from fraud.report.page import render_report
from fraud.schema import CreatorRecord
from service.main import create_app
from tests.test_cli import SAMPLES, StubScorer, _read_jsonl, _run
from tests.test_service import _wait_ready, local_client

GBK_HINT = "it reads as GBK, as Chinese Windows programs save text"


def _sample_line(name: str) -> str:
    return json.dumps(json.loads((SAMPLES / f"{name}.json").read_text("utf-8")), ensure_ascii=False)


def test_score_names_a_gbk_line_its_byte_and_the_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    koc = _sample_line("genuine_koc_rednote")
    first_not_ascii = next(i for i, c in enumerate(koc) if ord(c) > 127)
    source = tmp_path / "creators.jsonl"
    source.write_bytes(
        b"\n".join(
            [
                koc.encode("gbk", "replace"),  # a line saved as GBK
                _sample_line("thin_data_tiktok").encode(),
                b'{"creator_id": "caf\xe9", "platform": "x"}',  # Windows-1252, not GBK
            ]
        )
        + b"\n"
    )
    out = tmp_path / "scores.jsonl"
    assert _run(["score", str(source), "-o", str(out), "--jobs", "1"], monkeypatch) == 2
    err = capsys.readouterr().err
    byte = koc[first_not_ascii].encode("gbk")[0]
    assert (
        f"line 1: not UTF-8 text (byte 0x{byte:02X} at column {first_not_ascii + 1}); {GBK_HINT}:"
        " save the file as UTF-8 and run again" in err
    ), err
    assert "line 3: not UTF-8 text (byte 0xE9 at column 20); save the file as UTF-8" in err
    assert "GBK" not in err.split("line 3:")[1] and "surrogates" not in err
    assert "read 3, scored 1, rejected 2" in err and len(_read_jsonl(out)) == 1


def test_table_names_a_gbk_file_its_place_and_the_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scores = tmp_path / "scores.jsonl"
    row = {"creator_id": "ok", "verdict": "authentic", "authenticity": 90.0}
    scores.write_bytes(
        (
            json.dumps(row)
            + "\n"
            + json.dumps({**row, "creator_id": "达人小红"}, ensure_ascii=False)
        ).encode("gbk")
    )
    assert cli.main(["table", str(scores)]) == 1
    err = capsys.readouterr().err
    assert "not UTF-8 text (byte 0xB4 at line 2, column 17)" in err and GBK_HINT in err, err


def test_service_names_a_gbk_body_at_its_byte() -> None:
    body = _sample_line("genuine_koc_rednote")
    offset = len(body[: next(i for i, c in enumerate(body) if ord(c) > 127)].encode())
    with local_client(create_app(scorer=StubScorer())) as client:
        _wait_ready(client)
        answer = client.post(
            "/v1/score",
            content=body.encode("gbk", "replace"),
            headers={"content-type": "application/json"},
        )
    assert answer.status_code == 422
    (problem,) = answer.json()["detail"]
    assert problem["loc"] == ["body", offset]
    assert f"at offset {offset}" in problem["msg"] and GBK_HINT in problem["msg"]
    assert "surrogates" not in problem["msg"]


def _read(path: Path) -> list[tuple[int, Any]]:
    return [(number, getattr(parsed, "message", parsed)) for number, parsed in read_records(path)]


def test_a_cut_off_record_and_several_records_in_a_json_file_say_so(tmp_path: Path) -> None:
    text = (SAMPLES / "thin_data_tiktok.json").read_text("utf-8")
    path = tmp_path / "one.json"
    path.write_text(text.rstrip()[:-1], "utf-8")  # its closing } lost
    ((number, message),) = _read(path)
    assert number == 1 and message.startswith("the JSON object ends early: the file stops at")
    assert "probably truncated" in message
    path.write_text(text.rstrip() + "\n" + text, "utf-8")  # two records, as jq '.[]' prints
    ((number, message),) = _read(path)
    lines = text.rstrip().count("\n") + 2
    assert message.startswith(f"more text follows the record, from line {lines}, column 1")
    assert "jq -c" in message


def test_one_pretty_printed_record_in_jsonl_or_on_stdin_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pretty = (SAMPLES / "thin_data_tiktok.json").read_bytes()
    path = tmp_path / "one.jsonl"
    path.write_bytes(b"\n" + pretty)
    ((number, record),) = _read(path)
    assert number == 1 and record["creator_id"] == "tiktok:thin_data"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbf" + pretty)))
    assert _run(["score", "-", "-o", "-", "--jobs", "1"], monkeypatch) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["creator_id"] == "tiktok:thin_data"
    assert "read 1, scored 1, rejected 0" in captured.err
    # JSON lines are read as before: a bad line costs that line alone
    path.write_text('{"a": 1}\n{\n{"b": 2}\n', "utf-8")
    assert [(n, type(r).__name__) for n, r in read_records(path)] == [
        (1, "dict"),
        (2, "RecordError"),
        (3, "dict"),
    ]


def test_report_reads_a_one_record_json_with_a_byte_order_mark(tmp_path: Path) -> None:
    from fraud.report.inputs import load_creators

    path = tmp_path / "creator.json"
    path.write_bytes(b"\xef\xbb\xbf" + (SAMPLES / "thin_data_tiktok.json").read_bytes())
    good, bad = load_creators(str(path))
    assert bad == [] and [(n, r.creator_id) for n, r in good] == [(1, "tiktok:thin_data")]


def test_output_naming_a_directory_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["score", str(SAMPLES / "creators.jsonl"), "-o", str(tmp_path)]
    assert _run(argv, monkeypatch) == 1
    err = capsys.readouterr().err
    assert f"the output {tmp_path} is a directory: name a file in it" in err
    assert "extension" not in err


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--log-level", "foo"], "argument --log-level: invalid choice: 'foo'"),
        (["--port", "99999"], "argument --port: '99999' is not a port number (0-65535)"),
        (["--port", "-1"], "argument --port: '-1' is not a port number"),
    ],
)
def test_serve_refuses_a_bad_port_or_log_level(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    served: list[Any] = []
    monkeypatch.setattr(runs, "serve", lambda *args, **kwargs: served.append(args) or 0)
    assert cli.main(["serve", *argv]) == 1
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err and served == []
    assert cli.main(["serve", "--log-level", "DEBUG", "--port", "8001"]) == 0
    assert served == [("127.0.0.1", 8001)]


def test_import_summary_counts_one_in_the_singular(capsys: pytest.CaptureFixture[str]) -> None:
    exports = Path(__file__).parent / "fixtures" / "exports" / "ytdlp"
    assert cli.main(["import", "ytdlp", str(exports), "-o", "-"]) == 0
    err = capsys.readouterr().err
    assert "1 creator written (1 post, 3 comments), 0 creators rejected" in err, err


@pytest.fixture(scope="module")
def pages(scorer: Any) -> dict[str, str]:
    from fraud.paths import MODELS_DIR

    records = [
        (i, CreatorRecord.model_validate_json((SAMPLES / f"{name}.json").read_bytes()))
        for i, name in enumerate(("genuine_koc_rednote", "bought_followers_weibo"), 1)
    ]
    return {
        lang: render_report(scorer, records, lang=lang, models_root=MODELS_DIR)
        for lang in ("en", "zh")
    }


def _licence(html: str) -> str:
    start = html.index('<p class="licence">')
    return html[start : html.index("</p>", start)]


def test_the_licence_banner_says_it_once(pages: dict[str, str]) -> None:
    english, chinese = _licence(pages["en"]), _licence(pages["zh"])
    assert english.count("not cleared for commercial use") == 1, english
    assert "default set" in english and "NOTICE.md" in english
    assert chinese.count("未获准商业使用") == 1 and "默认模型集" in chinese, chinese


def test_the_checks_and_jumps_are_said_in_words(pages: dict[str, str]) -> None:
    english = pages["en"]
    assert "Every check ran" not in english and "All 4 behavioural checks ran." in english
    assert "jump(s)" not in english
    # the audience chart's title and axis say what it draws: the mean fake probability
    strings = json.loads(english.split('id="report-data">')[1].split("</script>")[0])["strings"]
    assert strings["axis_share"] == "mean fake probability of the sampled followers"
    assert "Mean fake probability against the norm" in english
    assert "No jump detected." in english and "2 jumps detected." in english
    assert "未检测到突增。" in pages["zh"] and "检测到 2 次突增。" in pages["zh"]


def test_the_chinese_page_speaks_the_trade_s_words(pages: dict[str, str], scorer: Any) -> None:
    chinese = pages["zh"]
    for old in ("常模", "海量关注者", "达人粉丝", "小型（", "创作者", "平台: ", "粉丝: "):
        assert old not in chinese, old
    assert "尾部（1万-10万）" in chinese and "平台：小红书" in chinese
    assert "高关注数账号" in chinese and "达人账号" in chinese and "基准" in chinese
    thin = CreatorRecord.model_validate_json((SAMPLES / "thin_data_tiktok.json").read_bytes())
    unrated = render_report(scorer, [(1, thin)], lang="zh")
    assert "未评分" in unrated and "不评分" not in unrated
    assert "现有数据无法判定该达人" in unrated


@pytest.mark.parametrize(
    ("source", "said"),
    [
        ("ytdlp", "no yt-dlp .info.json file in it"),
        ("instaloader", "no Instaloader profile, post or comments file in it"),
        ("history", "no CSV or JSONL file of dated counts in it"),
    ],
)
def test_import_of_a_folder_without_the_source_s_export_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], source: str, said: str
) -> None:
    folder = tmp_path / "downloads"
    folder.mkdir()
    (folder / "video.mp4").write_bytes(b"\0")
    assert cli.main(["import", source, str(folder), "-o", str(tmp_path / "out.jsonl")]) == 0
    err = capsys.readouterr().err
    assert f"note: {folder}: {said}" in err and "read 0, imported 0" in err
    exports = Path(__file__).parent / "fixtures" / "exports" / "ytdlp"
    assert cli.main(["import", "ytdlp", str(exports), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert "note:" not in capsys.readouterr().err


def test_rejects_of_output_to_a_device_go_to_stderr_not_beside_it(tmp_path: Path) -> None:
    from fraud.batch import default_rejects_path, resolve_rejects_path

    assert resolve_rejects_path(os.devnull, None) is None  # was /dev/null.rejects.jsonl
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert resolve_rejects_path(str(fifo), None) is None
    plain = tmp_path / "scores.jsonl"
    assert resolve_rejects_path(str(plain), None) == default_rejects_path(str(plain))
    plain.write_text("")
    assert resolve_rejects_path(str(plain), None) == default_rejects_path(str(plain))
    assert resolve_rejects_path(os.devnull, "bad.jsonl") == Path("bad.jsonl")


def test_a_quoted_example_comment_says_where_it_was_cut() -> None:
    from fraud.reasons import _low_effort_message

    message = _low_effort_message(
        {},
        {
            "low_effort_share": 0.5,
            "n_comments": 10,
            "norm_low_effort_share": 0.2,
            "examples_low_effort": ["This made my day, amazing content!!", "nice"],
        },
    )
    assert "“This made my day, amazing con…”, “nice”" in message
