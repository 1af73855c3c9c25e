"""English money talk is not a scam (review s48): the investment-testimonial cue took any
"make / made / earn / return" with an amount within 80 characters as spam, so "I make $15 an
hour", "I made this for $5" and "we made $2k at the bake sale" were scam comments, and a
money rate with any number ("I make 2 videos a week") a money offer. A money claim is now a
lure when something beside it recruits or points: an account, a link, a contact ("DM me",
WhatsApp), trading or investment words, "from home" / "online"; the lures still are."""

from __future__ import annotations

from typing import Any

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


def _spam(classifier: Any, texts: list[str]) -> dict[str, bool]:
    return {t: c == "spam" for t, c in decided_on_both_paths(classifier, texts).items()}


def test_everyday_money_talk_is_not_spam(classifier: Any) -> None:
    called = _spam(classifier, GENUINE)
    assert [text for text in GENUINE if called[text]] == []


def test_money_lures_are_still_spam(classifier: Any) -> None:
    called = _spam(classifier, LURES)
    assert [text for text in LURES if not called[text]] == []
