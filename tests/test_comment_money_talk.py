"""English money talk is not a scam (review s48): the investment-testimonial cue took any
"make / made / earn / return" with an amount within 80 characters as spam, so "I make $15 an
hour", "I made this for $5" and "we made $2k at the bake sale" were scam comments, and a
money rate with any number ("I make 2 videos a week") a money offer. A money claim is now a
lure when something beside it recruits or points: an account, a link, a contact ("DM me",
WhatsApp), trading or investment words, "from home" / "online"; the lures still are.

Review s51: "make money" alone was an offer ("you can't make money on youtube anymore" was
spam); it now is one when pitched to the reader ("how to", "you can", "start", "online",
"fast"), and the model's spam call on money talk with nothing beside it is undone as for an
amount. A money claim beside a link to a YouTube video or to Wikipedia was judged without the
link that made it a lure (generic); an investment testimonial naming the amount before what
it yielded ("$35,000 from my investment. Thank you Mrs Tina") was left to the model."""

from __future__ import annotations

from typing import Any

import pytest

from fraud.comment_quality import (
    CommentCategory,
    RuleDecision,
    apply_rules,
    apply_rules_many,
    prepare_text,
)
from tests.conftest import decided_on_both_paths

GENUINE = [
    "I make $15 an hour",
    "paid $40 for this and it broke",
    "worth every $",
    "saved $200 with this tip",
    "my rent is $1,500",
    "I make $500 a week at my job and still can't afford this",
    "we made $2k at the bake sale for the school",
    "I made $300 selling my old clothes thanks to this video",
    "I earn $18 an hour as a nurse and this is so relatable",
    "made $40 at my garage sale lol",
    "I make 2 videos a week too, it's exhausting",
    "I made 3 loaves every week with this recipe",
    "you can make this for under $10",
    "I made this for $5 and it tastes amazing",
    "made the cake yesterday, cost me $20 total",
    "I earned 50 dollars babysitting this weekend",
    "the returns policy is 30 days, I returned mine for $45 back",
    "I'm making $22/hr now after the raise, thank you for the interview tips",
    "teachers make $40k a year, it's insane",
    "it made $1 billion at the box office",
    "I made $15 tips tonight lol",
    "made it for 4 people and it cost $12",
    "gano 1200 al mes y no me alcanza para nada",
]

LURES = [
    "I made $5,000 a week from home, DM me",
    "invest with @xyz and earn $$$",
    "message me on whatsapp +1 555 123 4567",
    "I earned $300 last month thanks to @fx_trader_mike",
    "made $20k with @cryptoqueen",
    "i made $23k with the help of mrs_slivia_whitney ❤️❤️",
    "never depend on single pay-check, make $8,500 a week, ask me how?",
    "I make $500 a day working from home, message me for details",
    "earn $3000 weekly from your phone, link in bio",
    "I made $12,000 in 2 weeks trading bitcoin with mrs_anna_fx",
    "made $4k this week with my mentor, text me to learn how",
    "I earn $200 daily online, contact me on telegram",
    "want to make $1000 a day? dm me",
    "thanks to @expert_trader I now make $10k a month",
    "my profit was $25k after investing $2k with @bitcoin_pro",
    "i invested $1,000 for a start and got a return of $9500 after one week",
    "so much joy in my heart just received my profits $32500 thank you @earn_with_rebecca__1",
    "I make $300 a day from home, ask me how",
    "gano 500 dolares al dia desde casa, escribeme",
    # investment testimonials naming their benefactor, and job lures (review s48, second
    # reading: the first narrowing let them through)
    "Thanks to Mrs Evelyn Vera, I now earn $20,000 monthly",
    "I made $7500 last week, God bless Mr Martin Steve",
    "I made $20k in a month, look up Mrs Jennifer Ann",
    "she's on ig: anna.fx.trades, I made $9k with her",
    "Earning $900 a day from my phone, reply yes",
    "I made $300 today, I'll drop the link below",
    "I made $8000 last month thanks to Elon's giveaway",
]


def _spam(classifier: Any, texts: list[str]) -> list[str]:
    """The texts called spam (on both paths)."""
    called = decided_on_both_paths(classifier, texts)
    return [text for text in texts if called[text] == "spam"]


def _not_spam(classifier: Any, texts: list[str]) -> list[str]:
    """The texts not called spam (on both paths)."""
    spam = set(_spam(classifier, texts))
    return [text for text in texts if text not in spam]


def test_everyday_money_talk_is_not_spam(classifier: Any) -> None:
    assert _spam(classifier, GENUINE) == []


def test_money_lures_are_still_spam(classifier: Any) -> None:
    assert _not_spam(classifier, LURES) == []


# talk about making money: complaints, wishes, questions, what others do (review s51)
MONEY_MAKING_TALK = [
    "you can't make money on youtube anymore",
    "nobody makes money from blogging these days",
    "I wish I could make money like you",
    "how do you even make money on tiktok?",
    "they don't make money from shorts at all",
    "it's hard to make money as a small artist, respect",
    "the pharma industry tries to make money on everything",
    "big studios can always make money back from merch",
    "don't pick a job just because it makes a lot of money",
    "scammers stealing people's hard earn money, report them",
    "I don't care about making money, I just love filming",
    # the speaker's own start or means (the review of s51 found these offers)
    "we can make some money selling these at the market",
    "my mom started making extra income sewing masks",
]

# making money offered to the reader (a way, a start, "you can", online / fast / from home)
MONEY_MAKING_PITCHED = [
    "make money from home, dm me",
    "I make $500 a day with this app, ask me how",
    "how to make a lot of money fast",
    "start making money today with this simple trick",
    "learn how to make money online in 10 minutes a day",
    "best app to earn money fast",
    "you can earn money for gift cards with this app",
    "wanna earn extra income? no experience needed",
    "i've started off making income with no risk from bonus deals",
    "earn real money from game marketglory . com/strategygame/ref123",
]


def test_talk_about_making_money_is_not_an_offer(classifier: Any) -> None:
    assert _spam(classifier, MONEY_MAKING_TALK) == []


def test_making_money_pitched_to_the_reader_is_spam(classifier: Any) -> None:
    assert _not_spam(classifier, MONEY_MAKING_PITCHED) == []


# a money claim beside a reference link: the link is what makes it a lure (review s51)
CLAIMS_BESIDE_REFERENCE_LINKS = [
    "great video https://youtu.be/dQw4w9WgXcQ i earn $500 per day",
    "https://youtu.be/dQw4w9WgXcQ i just made $3,000 this week with this method",
    "see https://en.wikipedia.org/wiki/Bitcoin I earned $8,000 last month",
    "i got $35,000 from my investment youtube.com/watch?v=TQ046FuAu00",
]

# a reference link beside money that is no claim, or beside a claim's words without one
REFERENCE_LINKS_BESIDE_MONEY_TALK = [
    "https://www.youtube.com/watch?v=abc I paid $40 for this and it broke",
    "https://youtu.be/abc123 this costs $15 at target",
    "the making of https://en.wikipedia.org/wiki/Maillard_reaction",
    "loved this part https://youtu.be/dQw4w9WgXcQ?t=42 so funny",
    "https://youtu.be/abc123 i wish i could make money like you",
    # someone else's money, a price, news, a warning (the review of s51 found these scams)
    "At 3:45 https://youtu.be/dQw4w9WgXcQ?t=225 he says he made $10k in his first month",
    "This documentary https://www.youtube.com/watch?v=abcdefgh explains how Madoff made $65 billion",
    "I made the recipe from https://youtu.be/abcdefgh for about $10, turned out great",
    "https://youtu.be/abcdefgh the company reported $5 billion in profits",
    "see https://en.wikipedia.org/wiki/Ponzi_scheme - they promise you can earn $500 a week, scam",
]


def test_a_money_claim_beside_a_reference_link_is_a_scam(classifier: Any) -> None:
    assert _not_spam(classifier, CLAIMS_BESIDE_REFERENCE_LINKS) == []
    for text in CLAIMS_BESIDE_REFERENCE_LINKS:
        prepared = prepare_text(text)
        assert apply_rules(prepared) == apply_rules_many([prepared])[0]
        assert apply_rules(prepared).lure_type == "scam"


def test_a_reference_link_beside_money_talk_is_not_spam(classifier: Any) -> None:
    assert _spam(classifier, REFERENCE_LINKS_BESIDE_MONEY_TALK) == []


@pytest.mark.parametrize(
    "text",
    [
        # the amount first, then what it yielded, then the benefactor or the account
        "I got $35,000 from my investment. Thank you Mrs Tina",
        "received $12,000 profit in 5 days, thanks to @fx_anna",
        "$4,000 payout this week, god bless",
        "@mr_trade_pro 8k from my trading account in a month",
    ],
)
def test_an_investment_testimonial_naming_the_amount_first_is_a_rule_scam(text: str) -> None:
    # the rules decide it (before s51 only the model did, when it did)
    prepared = prepare_text(text)
    expected = RuleDecision(CommentCategory.SPAM, "spam_cue", "scam")
    assert apply_rules(prepared) == expected
    assert apply_rules_many([prepared]) == [expected]


def test_an_amount_beside_what_it_yielded_alone_is_not_a_rule_scam() -> None:
    for text in ("$20 return on my investment in a cookbook", "$6-9k net profits, not too bad"):
        assert apply_rules(prepare_text(text)).category is not CommentCategory.SPAM


# Chinese talk about making money: complaints, wishes, questions, what others do (review s53:
# a bare 赚钱 row of spam_cues.txt called every one of them a money offer)
CHINESE_MONEY_TALK = [
    "赚钱不容易啊",
    "博主怎么赚钱的？",
    "这个视频教会我省钱比赚钱重要",
    "赚钱养家的爸爸们辛苦了",
    "努力赚钱给妈妈买这个",
    "我也想赚钱买这个包",
    "赚钱的速度赶不上花钱的速度",
    "做博主真的赚钱吗",
    "打工人赚钱不易，省着点花",
    "这家店肯定很赚钱",
    "赚钱了第一件事就是买它",
    "哪有轻松赚钱的事",
    "没有轻松赚钱的工作",
    "网上赚钱的都是骗子",
    "你这么会赚钱，教教我",
    "好好学习将来赚大钱",
]

# Chinese making money pitched to the reader: a way in, taught or led, readers called, easily
# or from home, beside a contact
CHINESE_MONEY_OFFERS = [
    "带你赚钱",
    "在家轻松赚钱",
    "日赚500",
    "兼职赚钱加我",
    "手机赚钱，私我",
    "赚钱项目",
    "躺着赚钱",
    "想赚钱的来找我",
    "想赚钱的宝妈看过来",
    "想赚钱的朋友可以了解一下",
    "➕V：lucky_6688 带你赚钱",
    "轻松赚钱，每天只需一小时",
    "有没有想一起赚钱的",
    "足不出户也能赚钱",
    "跟着我一起赚钱吧",
    "教大家赚钱",
    "赚钱小项目，感兴趣的扣1",
    "赚钱群，进群领资料",
]


def test_chinese_talk_about_making_money_is_not_spam(classifier: Any) -> None:
    assert _spam(classifier, CHINESE_MONEY_TALK) == []


def test_chinese_making_money_pitched_to_the_reader_is_spam(classifier: Any) -> None:
    assert _not_spam(classifier, CHINESE_MONEY_OFFERS) == []
    for text in CHINESE_MONEY_OFFERS:  # the rules decide it, on both paths alike
        prepared = prepare_text(text)
        assert apply_rules(prepared) == apply_rules_many([prepared])[0]
        assert apply_rules(prepared).category is CommentCategory.SPAM
