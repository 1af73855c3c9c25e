"""The HTML report keeps long text inside the page and shows bidi controls in ids as escapes."""

from __future__ import annotations

import re
from typing import Any

from fraud.paths import PROJECT_ROOT
from fraud.report.page import render_report
from fraud.schema import CreatorRecord
from tests.conftest import load_sample

CSS = PROJECT_ROOT / "fraud" / "report" / "assets" / "report.css"


def _rules(css: str) -> dict[str, str]:
    """Each selector of the style sheet with the declarations it gets (joined)."""
    out: dict[str, str] = {}
    for selectors, body in re.findall(
        r"([^{}]+)\{([^}]*)\}", re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    ):
        for selector in selectors.split(","):
            key = " ".join(selector.split())
            out[key] = out.get(key, "") + body
    return out


def test_long_text_wraps_anywhere_in_the_headline_reasons_and_evidence() -> None:
    rules = _rules(CSS.read_text(encoding="utf-8"))
    for selector in (".who h2", ".who p", ".reason .msg", ".evidence dd", ".examples q"):
        assert "overflow-wrap: anywhere" in rules.get(selector, ""), selector
    # A flex item keeps its content's width unless allowed to shrink: the verdict stays in view.
    assert "min-width: 0" in rules[".who"]


def test_bidi_and_control_characters_in_ids_are_shown_as_escapes(scorer: Any) -> None:
    raw = load_sample("genuine_koc_rednote")
    raw["creator_id"] = "rednote:\u202eevil"
    raw["handle"] = "a\u2066b\x07"
    html = render_report(scorer, [(1, CreatorRecord.model_validate(raw))])
    visible = html.split('<script type="application/json"', 1)[0]
    assert "\u202e" not in visible and "\u2066" not in visible and "\x07" not in visible
    assert "rednote:\\u202eevil" in visible  # in the title and the heading
    assert re.search(r"<title>[^<]*rednote:\\u202eevil", visible)
    assert "a\\u2066b\\x07" in visible
