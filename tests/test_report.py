"""The HTML vetting report and the text table, without a browser (see test_report_browser.py)."""

from __future__ import annotations

import io
import json
import re
import string
from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from fraud import cli
from fraud.features import FeatureRow
from fraud.report import page as report_page
from fraud.report.commands import run_report
from fraud.report.creator import build_creator_view, chart_for_code
from fraud.report.i18n import LANGUAGES, Translator, load_strings
from fraud.report.inputs import load_creators
from fraud.report.page import JS_STRING_KEYS, embed_json, render_report
from fraud.report.table import display_width, fit, format_table, safe_text, wrap_cells
from fraud.schema import CreatorRecord, ScoreResult
from tests.conftest import SAMPLES, load_sample

REPORT_DIR = Path(report_page.__file__).parent
HOSTILE_ID = 'evil</script><script>alert("id")</script>&amp;'
HOSTILE_COMMENT = "</script><img src=x onerror=alert(1)>\u2028<!--"


class _Tags(HTMLParser):
    """Counts elements and collects attributes that could reach the network."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: dict[str, int] = {}
        self.ids: list[str] = []
        self.remote: list[str] = []
        self.handlers: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] = self.tags.get(tag, 0) + 1
        for name, value in attrs:
            if name == "id" and value:
                self.ids.append(value)
            if name in ("src", "href") and value and not value.startswith("#"):
                self.remote.append(value)
            if name.startswith("on"):
                self.handlers.append(name)


def _parse(html: str) -> _Tags:
    tags = _Tags()
    tags.feed(html)
    return tags


def _records(*names: str) -> list[tuple[int, CreatorRecord]]:
    return [(i, CreatorRecord.model_validate(load_sample(n))) for i, n in enumerate(names, 1)]


def _payload(html: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html)
    assert match is not None
    data: dict[str, Any] = json.loads(match.group(1))
    return data


@pytest.fixture(scope="module")
def samples_html(scorer: Any) -> str:
    names = [
        "genuine_koc_rednote",
        "bought_followers_weibo",
        "engagement_pod_instagram",
        "genuine_viral_douyin",
        "thin_data_tiktok",
    ]
    return render_report(scorer, _records(*names))


# --------------------------------------------------------------------------- translations


def test_every_string_has_every_language_with_the_same_placeholders() -> None:
    fields = string.Formatter()
    for key, entry in load_strings().items():
        assert set(entry) == set(LANGUAGES), key
        placeholders = {
            lang: {name for _, name, _, _ in fields.parse(entry[lang]) if name}
            for lang in LANGUAGES
        }
        for lang in LANGUAGES:
            assert entry[lang].strip(), f"{key} has no {lang} text"
            assert placeholders[lang] == placeholders["en"], key


def test_every_key_the_code_uses_is_in_the_table() -> None:
    sources = [*REPORT_DIR.glob("*.py"), REPORT_DIR / "templates" / "report.html"]
    used = set(JS_STRING_KEYS)
    for path in sources:
        used |= set(re.findall(r"""\bt\(\s*["']([a-z0-9_]+)["']""", path.read_text("utf-8")))
    script = (REPORT_DIR / "assets" / "report.js").read_text("utf-8")
    used |= set(re.findall(r"\bS\.([a-z0-9_]+)", script))
    assert len(used) > 60
    assert used - set(load_strings()) == set()
    assert set(re.findall(r"\bS\.([a-z0-9_]+)", script)) <= set(JS_STRING_KEYS)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown language"):
        Translator("fr")


# --------------------------------------------------------------------------- the page


def test_page_is_self_contained_and_draws_every_chart_it_has_data_for(samples_html: str) -> None:
    tags = _parse(samples_html)
    assert tags.remote == []  # no src/href leaving the page
    assert "<link" not in samples_html and "@import" not in samples_html
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", samples_html)
    assert tags.tags["script"] == 3  # data, Chart.js, the page's script
    assert len(tags.ids) == len(set(tags.ids)), "element ids must be unique"
    data = _payload(samples_html)
    assert samples_html.count('<canvas class="chart"') == len(data["charts"])
    kinds = {spec["kind"] for spec in data["charts"].values()}
    # Every chart the samples can feed: views only exist for the Douyin creator.
    assert kinds == {
        "growth",
        "engagement",
        "likes_comments",
        "views_likes",
        "comments",
        "audience_split",
        "fake_share",
    }
    assert "Chart.defaults" in samples_html and "sourceMappingURL" not in samples_html
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', samples_html)
    assert policy is not None and "default-src 'none'" in policy.group(1)
    scripts = re.search(r"script-src ([^;]+);", policy.group(1))
    assert scripts is not None and scripts.group(1).count("'sha256-") == 2
    assert "unsafe" not in scripts.group(1)  # only the two shipped scripts may run


def test_page_overview_counts_verdicts_and_links_every_creator(samples_html: str) -> None:
    assert 'class="overview sortable"' in samples_html
    for number in range(1, 6):
        assert f'href="#creator-{number}"' in samples_html
        assert f'id="creator-{number}"' in samples_html
    assert "Likely fraudulent: <b>2</b>" in samples_html
    # the two genuine examples are authentic or insufficient_data (the Douyin creator since the
    # forty-seventh session's refit), the thin one insufficient_data: three in all
    authentic = re.search(r"Authentic: <b>(\d)</b>", samples_html)
    unsure = re.search(r"Insufficient data: <b>(\d)</b>", samples_html)
    assert unsure is not None and int(unsure.group(1)) >= 1
    assert int(authentic.group(1) if authentic else 0) + int(unsure.group(1)) == 3


def test_growth_chart_marks_the_bought_jump_and_the_viral_one(samples_html: str) -> None:
    charts = _payload(samples_html)["charts"]
    weibo = charts["creator-2-chart-growth"]["data"]["spikes"]
    douyin = charts["creator-4-chart-growth"]["data"]["spikes"]
    assert any(s["start"] <= "2025-11-22" <= s["end"] and not s["explained"] for s in weibo)
    assert len(weibo) >= 2  # the staircase: both step-ups are marked
    assert any(s["start"] <= "2026-01-19" <= s["end"] and s["explained"] for s in douyin)
    assert charts["creator-1-chart-growth"]["data"]["spikes"] == []


def test_reasons_link_to_the_chart_that_shows_them(scorer: Any) -> None:
    ((number, record),) = _records("bought_followers_weibo")
    result = scorer.score(record)
    view = build_creator_view(number, record, result, scorer.features(record), Translator())
    by_code = {reason.code: reason for reason in view.reasons}
    assert by_code["FOLLOWER_SPIKE"].chart == "creator-1-chart-growth"
    assert by_code["FAKE_FOLLOWERS"].chart == "creator-1-chart-fake_share"
    drawn = {chart.anchor for chart in view.charts if chart.data is not None}
    for reason in view.reasons:
        if chart_for_code(reason.code):
            assert reason.chart in drawn
    assert chart_for_code("FOLLOWING_RATIO_HIGH") is None
    assert chart_for_code("COMMENT_SOMETHING_NEW") == "comments"
    audience = next(p for p in view.panels if p.check == "audience")
    assert "FAKE_FOLLOWERS" in {r.code for r in audience.reasons}


def test_audience_chart_has_the_interval_and_the_norm(samples_html: str) -> None:
    charts = _payload(samples_html)["charts"]
    fake = charts["creator-2-chart-fake_share"]["data"]
    assert fake["low"] < fake["share"] < fake["high"]
    assert fake["share"] > fake["norm"] + 0.3
    split = charts["creator-2-chart-audience_split"]["data"]
    assert split["n"] == 200 and sum(split["shares"]) == pytest.approx(1.0, abs=1e-3)
    # RedNote and Douyin: the follower model never saw their accounts, and the hint says so.
    caveat = "The follower model has no labelled accounts from this platform: read the share"
    assert fake["unchecked_platform"] is False
    for number in (1, 4):
        assert charts[f"creator-{number}-chart-fake_share"]["data"]["unchecked_platform"] is True
    assert samples_html.count(caveat) == 2


def test_audience_split_uses_the_scorers_audience_types_when_given(scorer: Any) -> None:
    ((number, record),) = _records("bought_followers_weibo")
    row: FeatureRow = scorer.features(record)
    types = {"real": 0.2, "suspicious": 0.7, "mass_follower": 0.06, "influencer": 0.04}
    for name, share in types.items():
        row.blocks["audience"].evidence[f"audience_{name}_share"] = share
        row.blocks["audience"].evidence[f"audience_{name}_ci95"] = [share - 0.01, share + 0.01]
    result = scorer.score(record)
    view = build_creator_view(number, record, result, row, Translator(), fake_probabilities=None)
    split = next(chart for chart in view.charts if chart.kind == "audience_split").data
    assert split is not None
    assert split["labels"] == ["split_real", "split_influencer", "split_mass", "split_fake"]
    assert split["shares"] == [0.2, 0.04, 0.06, 0.7]
    assert split["ci95"][3] == [0.69, 0.71] and split["n"] == 200


def test_insufficient_data_prints_no_authenticity(scorer: Any) -> None:
    records = _records("thin_data_tiktok")
    result = scorer.score(records[0][1])
    html = render_report(scorer, records)
    section = html[html.index('<article class="creator card"') : html.index("</article>")]
    assert result.verdict == "insufficient_data"
    assert f"{result.authenticity:.1f}" not in section
    assert f"{100 * result.fraud_probability:.1f}%" not in section
    assert "not rated" in section
    # Every check that could not run says what data would let it run.
    for needed in ("8+ snapshots", "3+ posts", "10+ audience comments", "10+ followers"):
        assert needed in section
    assert _payload(html)["charts"] == {}


def test_input_text_is_escaped_everywhere(scorer: Any) -> None:
    raw = load_sample("engagement_pod_instagram")
    raw["creator_id"] = HOSTILE_ID
    raw["handle"] = "<b>bold</b>"
    for comment in raw["comments"][:40]:
        comment["text"] = HOSTILE_COMMENT
    html = render_report(scorer, [(1, CreatorRecord.model_validate(raw))])
    tags = _parse(html)
    assert tags.tags["script"] == 3 and "img" not in tags.tags
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html
    assert tags.handlers == []
    assert "&lt;/script&gt;&lt;script&gt;alert(&#34;id&#34;)" in html
    assert "&amp;amp;" in html  # the literal "&amp;" in the id is shown as typed, not unescaped
    block = html[
        html.index('id="report-data">') : html.index("</script>", html.index("report-data"))
    ]
    assert "<" not in block.split(">", 1)[1] and "\u2028" not in block


def test_embed_json_cannot_close_its_script_and_drops_nan() -> None:
    text = embed_json({"a": "</script><!--", "b": float("nan"), "c": ("x", "\u2029")})
    assert "<" not in text and ">" not in text and "\u2029" not in text
    assert json.loads(text) == {"a": "</script><!--", "b": None, "c": ["x", "\u2029"]}


def test_missing_or_odd_evidence_leaves_charts_out_with_a_note(
    scorer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ((number, record),) = _records("bought_followers_weibo")
    row: FeatureRow = scorer.features(record)
    row.blocks["comments"].evidence = {"category_counts": "not a mapping"}
    row.blocks["audience"].evidence = {"fake_follower_ci95": "odd"}
    row.blocks["growth"].evidence = {"spike_date": "not a date"}
    results = scorer.score_many([record])
    monkeypatch.setattr(scorer, "score_many_with_rows", lambda _records: (results, [row]))
    html = render_report(scorer, [(number, record)])
    kinds = {spec["kind"] for spec in _payload(html)["charts"].values()}
    assert "comments" not in kinds and "fake_share" not in kinds
    assert {"growth", "engagement", "audience_split"} <= kinds
    assert "Comment mix: not drawn (the scorer gave no category_counts for it)" in html
    assert "Mean fake probability against the norm: not drawn" in html


def test_unknown_tier_and_missing_blocks_do_not_break_the_view(scorer: Any) -> None:
    ((number, record),) = _records("genuine_viral_douyin")
    result = scorer.score(record).model_copy(update={"size_tier": "giga"})
    row: FeatureRow = scorer.features(record)
    del row.blocks["comments"]
    row.blocks["audience"].evidence = None  # type: ignore[assignment]
    view = build_creator_view(number, record, result, row, Translator("zh"))
    drawn = {chart.kind for chart in view.charts if chart.data is not None}
    assert {"growth", "likes_comments", "views_likes"} <= drawn
    assert "comments" not in drawn and "fake_share" not in drawn
    assert view.tier_label == "giga"
    html = report_page.render_views([view], Translator("zh"))
    assert "douyin:genuine_viral" in html


def test_chinese_page_translates_headings_verdicts_and_chart_titles(scorer: Any) -> None:
    html = render_report(scorer, _records("bought_followers_weibo"), lang="zh")
    assert '<html lang="zh-CN">' in html
    for text in (
        "很可能造假",
        "判断依据",
        "粉丝变化",
        "每条作品的互动率",
        "评论构成",
        "未能运行的检查",
    ):
        assert text in html
    strings = _payload(html)["strings"]
    assert strings["split_fake"] == "看似虚假"
    assert "Follower history" not in html and "Why</h3>" not in html


def test_report_licence_notice_follows_the_cli_rule(scorer: Any) -> None:
    from fraud.artifacts import licence_notice
    from fraud.paths import MODELS_DIR

    records = _records("thin_data_tiktok")
    shipped = render_report(scorer, records, models_root=MODELS_DIR)
    notice = licence_notice(MODELS_DIR)
    assert notice is not None and 'class="licence"' in shipped
    assert "not cleared for commercial use" in shipped and "default set" in shipped
    # The commercial set (every component cleared, no follower model) shows no notice,
    # whatever the loaded scorer's manifests say.
    assert licence_notice(MODELS_DIR / "commercial") is None
    cleared = render_report(scorer, records, models_root=MODELS_DIR / "commercial")
    assert 'class="licence"' not in cleared


# --------------------------------------------------------------------------- inputs and CLI


def test_load_creators_reads_single_json_arrays_and_names_bad_records(tmp_path: Path) -> None:
    records, rejected = load_creators(str(SAMPLES / "genuine_koc_rednote.json"))
    assert [n for n, _ in records] == [1] and rejected == []
    good = load_sample("thin_data_tiktok")
    lines = [json.dumps(good), "{broken", json.dumps({**good, "platform": "myspace"}), ""]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    records, rejected = load_creators(str(path))
    assert [n for n, _ in records] == [1]
    assert [r.number for r in rejected] == [2, 3]
    assert "invalid JSON" in rejected[0].message and "platform" in rejected[1].message
    array = tmp_path / "two.json"
    array.write_text(json.dumps([good, {"creator_id": "x"}]), encoding="utf-8")
    records, rejected = load_creators(str(array))
    assert len(records) == 1 and rejected[0].number == 2 and "profile" in rejected[0].message


def test_cli_report_writes_the_page_and_lists_rejects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    lines = (SAMPLES / "creators.jsonl").read_text("utf-8").splitlines()[:2]
    source.write_text("\n".join([*lines, '{"creator_id": "no profile", "platform": "weibo"}']))
    out = tmp_path / "report.html"
    assert cli.main(["report", str(source), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "line 3: profile" in err and "read 3, reported 2, rejected 1" in err
    html = out.read_text("utf-8")
    assert "Records that could not be used" in html and "profile: Field required" in html


class _FailsOn:
    """The real scorer, except that it fails on one creator."""

    def __init__(self, scorer: Any, creator_id: str) -> None:
        self.scorer = scorer
        self.creator_id = creator_id
        self.manifest: dict[str, Any] = scorer.manifest

    def score_many(self, records: Sequence[CreatorRecord]) -> list[ScoreResult]:
        if any(record.creator_id == self.creator_id for record in records):
            raise RuntimeError("boom")
        results: list[ScoreResult] = self.scorer.score_many(records)
        return results

    def features(self, record: CreatorRecord) -> FeatureRow:
        row: FeatureRow = self.scorer.features(record)
        return row


def test_a_creator_the_scorer_fails_on_is_listed_and_the_rest_reported(
    scorer: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text((SAMPLES / "creators.jsonl").read_text("utf-8"), encoding="utf-8")
    out = tmp_path / "report.html"
    failing = _FailsOn(scorer, "weibo:bought_followers")
    code = run_report(str(source), str(out), scorer_factory=lambda: failing)
    assert code == 2
    assert "read 5, reported 4, rejected 1" in capsys.readouterr().err
    html = out.read_text("utf-8")
    assert "scoring failed: RuntimeError: boom" in html
    assert html.count('<article class="creator card"') == 4
    one = render_report(failing, _records("bought_followers_weibo", "thin_data_tiktok")[1:])
    assert "Records that could not be used" not in one  # nothing failed here


def test_cli_report_clean_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["report", str(tmp_path / "missing.jsonl"), "-o", "x.html"]) == 1
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n")
    assert cli.main(["report", str(bad), "-o", str(tmp_path / "x.html")]) == 1
    err = capsys.readouterr().err
    assert "no such file" in err and "no usable creator record" in err
    assert "Traceback" not in err and not (tmp_path / "x.html").exists()
    assert cli.main(["report", str(bad), "--lang", "fr"]) == 1


def test_service_report_route_answers_the_page(scorer: Any) -> None:
    from service.main import create_app
    from service.settings import ServiceSettings

    app = create_app(ServiceSettings(), scorer_factory=lambda: scorer)
    with TestClient(app, base_url="http://localhost") as client:
        for _ in range(200):
            if client.get("/readyz").status_code == 200:
                break
        response = client.post("/v1/report?lang=zh", json=load_sample("bought_followers_weibo"))
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/html")
        assert "weibo:bought_followers" in response.text and "很可能造假" in response.text
        assert client.post("/v1/report", json={"creator_id": "x"}).status_code == 422
        assert (
            client.post("/v1/report?lang=fr", json=load_sample("thin_data_tiktok")).status_code
            == 422
        )
        # a misspelt parameter is refused, not ignored (the page would be in the wrong language)
        misspelt = client.post("/v1/report?lnag=zh", json=load_sample("thin_data_tiktok"))
        assert misspelt.status_code == 422
        assert misspelt.json()["detail"] == [
            {
                "loc": ["query", "lnag"],
                "field": "query.lnag",
                "msg": "unknown query parameter (this route takes: lang)",
                "type": "extra_forbidden",
            }
        ]


def test_service_report_route_hides_scoring_errors(
    scorer: Any, caplog: pytest.LogCaptureFixture
) -> None:
    from service.main import create_app
    from service.settings import ServiceSettings

    failing = _FailsOn(scorer, "weibo:bought_followers")
    app = create_app(ServiceSettings(), scorer_factory=lambda: failing)
    with TestClient(app, base_url="http://localhost", raise_server_exceptions=False) as client:
        for _ in range(200):
            if client.get("/readyz").status_code == 200:
                break
        response = client.post("/v1/report", json=load_sample("bought_followers_weibo"))
        assert response.status_code == 500
        assert response.json() == {"detail": "internal error; it has been logged"}
        assert "boom" not in response.text and "RuntimeError" not in response.text
        assert "scoring failed: RuntimeError: boom" in caplog.text  # logged for the operator
        ok = client.post("/v1/report", json=load_sample("thin_data_tiktok"))
        assert ok.status_code == 200 and "Records that could not be used" not in ok.text


# --------------------------------------------------------------------------- text table


def test_display_width_counts_wide_characters_twice() -> None:
    assert display_width("abc") == 3
    assert display_width("中文") == 4
    assert display_width("e\u0301") == 1  # a combining accent takes no cell
    assert display_width(fit("测试创作者很长很长的名字", 9)) == 9
    assert display_width(fit("ab", 5, align="right")) == 5


def test_table_columns_stay_aligned_with_cjk_ids() -> None:
    results = [
        {"creator_id": cid, "verdict": "authentic", "authenticity": 91.25,
         "fraud_probability": 0.0875, "confidence": "high", "reasons": []}
        for cid in ("weibo:美妆博主小红", "ascii_creator", "很长" * 30)
    ]  # fmt: skip
    lines = [line for line in format_table(results).splitlines()[2:] if line]
    assert len(lines) == 3
    cut = [display_width(line[: line.index("authentic")]) for line in lines]
    assert cut == [35, 35, 35]
    assert len({display_width(line) for line in lines}) == 1


def test_table_prints_text_as_given_but_neutralises_terminal_controls() -> None:
    result = {
        "creator_id": "a&amp;b\x1b[2J\u202e",
        "verdict": "suspicious",
        "authenticity": 40.0,
        "fraud_probability": 0.6,
        "reasons": [{"severity": "high", "code": "X", "message": "&lt;3 \x07bell"}],
    }
    table = format_table([result])
    assert "a&amp;b\\x1b[2J\\u202e" in table and "&lt;3 \\x07bell" in table
    assert "\x1b" not in table and "\x07" not in table and "\u202e" not in table
    assert safe_text("line\nbreak") == "line break"


def test_table_insufficient_data_shows_no_authenticity() -> None:
    result = {"creator_id": "thin", "verdict": "insufficient_data", "authenticity": 55.7,
              "fraud_probability": 0.443, "confidence": "low", "reasons": []}  # fmt: skip
    table = format_table([result])
    assert "55.7" not in table and "0.443" not in table
    assert "insufficient_data" in format_table([result])
    assert "数据不足" in format_table([result], lang="zh")


def test_wrap_cells_breaks_cjk_text_by_width() -> None:
    lines = wrap_cells("中" * 50 + " tail words here", 30, indent="  ", subsequent="    ")
    assert all(display_width(line) <= 30 for line in lines)
    assert "".join(line.strip() for line in lines).replace(" ", "") == "中" * 50 + "tailwordshere"
    long_word = wrap_cells("x" * 70, 30)
    assert all(display_width(line) <= 30 for line in long_word)
    assert "".join(long_word) == "x" * 70


def test_cli_table_skips_bad_records_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = {"creator_id": "ok", "verdict": "authentic", "authenticity": 90.0,
            "fraud_probability": 0.1, "confidence": "high", "reasons": []}  # fmt: skip
    path = tmp_path / "scores.jsonl"
    lines = [json.dumps(good), "not json", json.dumps({**good, "authenticity": "high"}), "[]"]
    path.write_text("\n".join(lines), encoding="utf-8")
    assert cli.main(["table", str(path)]) == 2
    captured = capsys.readouterr()
    assert "ok " in captured.out
    assert "line 2: invalid JSON" in captured.err
    assert "line 3: authenticity: expected a number" in captured.err
    assert "line 4: expected a JSON object" in captured.err
    assert "Traceback" not in captured.err
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b"\x80\x81\x00garbage")
    assert cli.main(["table", str(binary)]) == 1
    assert cli.main(["table", str(tmp_path / "nope.jsonl")]) == 1
    err = capsys.readouterr().err
    assert "not UTF-8" in err and "no such file" in err and "Traceback" not in err
    binary.write_bytes("{}".encode("utf-16"))  # what Windows PowerShell 5 writes with >
    assert cli.main(["table", str(binary)]) == 1
    assert "UTF-16 text" in capsys.readouterr().err


def test_cli_table_reads_a_json_array_and_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    good = {"creator_id": "arr", "verdict": "authentic", "authenticity": 90.0,
            "fraud_probability": 0.1, "reasons": []}  # fmt: skip
    path = tmp_path / "scores.json"
    path.write_text(json.dumps([good, good], indent=1), encoding="utf-8")
    assert cli.main(["table", str(path)]) == 0
    assert capsys.readouterr().out.count("arr ") == 2
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(json.dumps(good).encode())))
    assert cli.main(["table", "-"]) == 0
    assert "arr " in capsys.readouterr().out


def test_registering_the_report_commands_imports_nothing_heavy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, argparse; from fraud.report import commands; "
        "p = argparse.ArgumentParser().add_subparsers(); "
        "commands.add_report_command(p); commands.add_table_command(p); "
        "print(sorted(m for m in ('pydantic', 'numpy', 'jinja2', 'fraud.scoring') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_report_models_takes_a_set_name_as_score_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from fraud.paths import MODELS_DIR
    from fraud.scoring import Scorer

    loaded: list[Path | None] = []

    def load(directory: Path | None = None) -> Any:
        loaded.append(directory)
        raise SystemExit(7)  # stop before scoring: only the resolved directory matters here

    monkeypatch.setattr(Scorer, "load", load)
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(load_sample("thin_data_tiktok")) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        cli.main(["report", str(source), "--models", "commercial", "-o", str(tmp_path / "x")])
    assert loaded == [MODELS_DIR / "commercial"]
    assert cli.main(["report", str(source), "--models", "no-such-set"]) == 1  # as fraud score
    assert "no model set 'no-such-set'" in capsys.readouterr().err
    assert len(loaded) == 1  # refused before loading anything


def test_cli_report_refuses_to_overwrite_its_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "creators.jsonl"
    text = (SAMPLES / "creators.jsonl").read_text("utf-8")
    source.write_text(text, encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(source)
    for output in (source, link):
        assert cli.main(["report", str(source), "-o", str(output)]) == 1
        assert "is the input file" in capsys.readouterr().err
    assert source.read_text("utf-8") == text
    assert cli.main(["report", str(source), "-o", str(tmp_path / "no" / "r.html")]) == 1
    assert "no such directory" in capsys.readouterr().err


def test_a_report_that_fails_while_written_leaves_the_old_page(
    scorer: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text((SAMPLES / "creators.jsonl").read_text("utf-8"), encoding="utf-8")
    out = tmp_path / "report.html"
    out.write_text("the old page", encoding="utf-8")
    write_text = Path.write_text

    def half_then_full_disk(self: Path, data: str, *args: Any, **kwargs: Any) -> int:
        write_text(self, data[: len(data) // 2], *args, **kwargs)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", half_then_full_disk)
    with pytest.raises(OSError, match="No space left"):
        run_report(str(source), str(out), scorer_factory=lambda: scorer)
    monkeypatch.undo()
    assert out.read_text("utf-8") == "the old page"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "report.html"]
    assert run_report(str(source), str(out), scorer_factory=lambda: scorer) == 0
    assert out.read_text("utf-8").startswith("<!DOCTYPE html>")
