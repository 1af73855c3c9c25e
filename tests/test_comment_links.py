"""A link to a YouTube video or to Wikipedia is not spam by itself (review s48): every link
was spam whatever its domain, and a timestamp link's ``v=abc123`` was a WeChat handle. Such a
link is now taken out and the rest of the comment judged; a comment that is only such links is
substantive. Links to a channel, shortened links, links to a messaging app and other domains
are spam as before: in the real sets (the YouTube spam collection and the Instagram comments)
links to other domains are spam in about 98 of 100 comments that hold one, so a brand's or a
recipe site's link stays spam (README, comment classifier)."""

from __future__ import annotations

from typing import Any

import pytest

from fraud.comment_quality import apply_rules, apply_rules_many, prepare_text
from tests.conftest import decided_on_both_paths

GENUINE = [
    "watch from 2:31 https://www.youtube.com/watch?v=abc123&t=151s",
    "the best part is at https://youtu.be/dQw4w9WgXcQ?t=42 lol",
    "Katy Perry - Roar (Official): http://youtu.be/CevxZvSJLk8",
    "what do you think about cyber homes?! https://youtu.be/yuzjxlkedcc",
    "you should react to this one youtube.com/watch?v=TQ046FuAu00",
    "the original interview https://m.youtube.com/watch?v=abc&feature=share",
    "https://www.youtube.com/shorts/aBcD123xyz",
    "sourdough history: https://en.wikipedia.org/wiki/Sourdough",
    "https://en.wikipedia.org/wiki/Maillard_reaction",
    "he's right, see https://de.m.wikipedia.org/wiki/Berlin",
    "@amy https://youtu.be/dQw4w9WgXcQ",
    "这个视频讲得更清楚 https://www.youtube.com/watch?v=x1y2z3",
]

SPAM = [
    "check this https://bit.ly/3xYz",
    "t.co/AbC123 free followers",
    "https://wa.me/15551234567",
    "join https://t.me/cryptosignals",
    "earn money fast https://easycash-now.xyz",
    "get free followers at www.boostfollowers.net",
    "check out my channel https://www.youtube.com/channel/UC123abc",
    "subscribe https://www.youtube.com/@mychannel",
    "please check out my song youtube.com/watch?v=2ASFn9ShgHk looking for supporters",
    "Check out youtube.com/user/36loseweight",
    "https://youtube.com.freegifts.xyz/watch?v=1",
    "https://youtube.com@freegifts.xyz/watch?v=1",
    "https://www.youtube.com/redirect?q=https://bit.ly/3xYz",
    "https://youtu.be/abc?x=www.freegifts.xyz",
    "https://en.wikipedia.org/wiki/X 加我微信 abc12345",
    "资源私我 https://youtu.be/abc123",
    "message me on whatsapp https://youtu.be/abc123",
    "discord.gg/freenitro",
]


def test_links_to_a_video_or_an_encyclopedia_are_not_spam(classifier: Any) -> None:
    called = decided_on_both_paths(classifier, GENUINE)
    assert [text for text in GENUINE if called[text] == "spam"] == []


def test_other_links_and_lures_beside_a_reference_link_are_spam(classifier: Any) -> None:
    called = decided_on_both_paths(classifier, SPAM)
    assert [text for text in SPAM if called[text] != "spam"] == []


@pytest.mark.parametrize(
    "text", ["https://youtu.be/dQw4w9WgXcQ", "😂😂 https://en.wikipedia.org/wiki/Sourdough"]
)
def test_a_comment_of_reference_links_alone_is_substantive(classifier: Any, text: str) -> None:
    assert decided_on_both_paths(classifier, [text])[text] == "substantive"


# a domain spelled out with a space beside its dot, www spaced out, the dot written in Chinese
# or bracketed: links spelled to slip past filters (review s51, s53)
SPACED_DOMAINS = [
    "marketglory . com/strategygame/andrijamatf earn real money from game",
    "do vote daily for her: tv.  mtvema. com/vote (delete spaces)",
    "bit . ly/xyz",
    "bit. ly/3xYz",
    "go to abc . com now",
    "w w w . abc . com",
    "www . freegifts . net",
    "加我 abc点com",
    "网址 abc 点 cn",
    "free followers at abc (dot) com",
]

# a sentence ending with a period, then a word: no link (review s53 found the first a link)
SENTENCE_ENDS = [
    "I went to mtv. com/ once",
    "we saw it on mtv. com/ tv, same thing",
    "the dot com bubble was crazy",
]


def _rule_lure(text: str) -> str | None:
    """The rules' lure type of a text (the chunk path and the per-text reference agree)."""
    prepared = prepare_text(text)
    decision = apply_rules(prepared)
    assert apply_rules_many([prepared]) == [decision]
    return decision.lure_type


def test_spaced_out_domains_are_links() -> None:
    assert [text for text in SPACED_DOMAINS if _rule_lure(text) != "link"] == []


def test_a_sentence_ending_before_a_word_is_no_link() -> None:
    assert [text for text in SENTENCE_ENDS if _rule_lure(text) == "link"] == []


def test_a_moment_of_the_video_is_not_spam(classifier: Any) -> None:
    # the retrained model of session 54 heard "watch from" as "watch my video"; a cited moment
    # of the video says someone watched it. A time of day, or a pitch beside the moment, is
    # judged as before.
    called = decided_on_both_paths(
        classifier,
        ["watch from 2:31", "the part at 1:57 lol", "3:46 so cute!", "skip to 0:42"],
    )
    assert [t for t, category in called.items() if category == "spam"] == []
    pitched = decided_on_both_paths(
        classifier, ["subscribe to my channel 2:31", "call me 1:00 pm 185 2231 6623"]
    )
    assert set(pitched.values()) == {"spam"}
