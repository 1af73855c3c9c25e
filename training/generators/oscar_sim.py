#!/usr/bin/env python3
"""oscar_sim: an independent simulator of social-media creators, genuine and fraudulent.

Written as a test bed for a creator-authenticity detector.  Standard library + numpy only.

    generate(n, seed) -> Iterator[dict]   record i depends only on (seed, i)
    main(["--n", "2000", "--seed", "1", "--out", "x.jsonl"])

Every record follows creator.schema.json plus two keys: ``label`` (1 = fraudulent,
0 = genuine) and ``archetype`` (combined frauds are ``combo:a+b``).

Archetypes (approximate share of records)
-----------------------------------------
Genuine (label 0, ~50 %):
  organic_koc 6 %        ordinary 1k-10k creator (KOC), regular posting
  organic_micro 6 %      ordinary 10k-100k creator
  organic_mid 4 %        ordinary 100k-1M creator
  organic_macro 2.5 %    ordinary 1M-30M creator
  tiny_koc 3 %           100-2.5k followers, only 10-16 posts in total
  steady_grower 3.5 %    fast, smooth organic growth (the look-alike of drip buying)
  viral_post 3.5 %       one real viral post -> follower surge that decays, some unfollow later
  giveaway 3 %           a follow+comment+share giveaway: surge, repeated entry comments,
                         giveaway-hunter accounts (bot-like but real) in the audience, unfollows after the draw
  shoutout 3 %           a bigger account mentions the creator: surge without an own viral post
  platform_purge 3 %     the platform removes bots/inactive accounts: one sharp drop
  dormant_return 3 %     months without posts, followers leaked, audience full of abandoned accounts,
                         weak engagement on the first posts after returning
  celebrity_low_er 2 %   huge following, very low engagement rate, many zombie followers,
                         organised fan comments (repetitive but human)
  news_media 1.5 %       many posts a day, tiny engagement per follower, debate-style comments
  brand_official 1.5 %   brand account: low engagement, customer-service comments, own giveaways
  sponsored_campaign 2 % a real paid campaign: sponsored posts with weaker engagement, small lift
  quiet_audience 2.5 %   finance/education/tech creators whose followers save but rarely react
Fraud (label 1, ~50 %), each with an intensity in [0, 1] skewed to the cautious end:
  bought_followers_burst 3.5 %    cheap bots delivered in 1-3 days, leak/purge, seller refills
  bought_followers_drip 3.5 %     cheap/mid bots dripped over weeks to months, unrelated to posts
  bought_followers_premium 5 %    "premium" aged accounts (avatar, posts, bio, plausible counts)
                                  or paid real task-workers, small lots dripped over months
  bought_followers_aged 4.5 %     purchase 2 months-3 years before the data window: history
                                  looks clean, only low engagement + the audience remains
  bought_followers_masked 4 %     purchase hidden behind a real viral post, a real campaign
                                  or a real giveaway
  follow_unfollow_churn 4.5 %     follow/unfollow cycles (following saw-tooth, follow-backs that
                                  partly unfollow again, f4f accounts, a few "followed back!" comments)
  bought_likes 4 %                likes added (proportional, floor-to-target or selective),
                                  cautious buyers add views in proportion
  bought_views 2.5 %              plays added on video platforms
  bot_comments 3 %                generic/emoji comments from a reused bot pool, often in bursts
  engagement_pod 3.5 %            mutual-boost group: same niche creators comment within the hour
  ai_praise 3 %                   fluent, long, generic machine-written praise
  lure_spam 2.5 %                 a traffic-diversion account whose own network floods its
                                  comments with disguised contact/"resource" lures
  combo:... 6.5 %                 combinations of the above (e.g. bought_followers_drip+
                                  bought_likes+bot_comments, bought_followers_premium+ai_praise)

Main assumptions
----------------
* Platforms: ~60 % Chinese (douyin, rednote, weibo, bilibili, kuaishou, wechat_channels),
  the rest instagram, tiktok, youtube.  Chinese platforms carry Chinese text and +08:00
  timestamps; western platforms mostly English (some Chinese-diaspora creators), UTC.
* Engagement comes only from the organic audience; bought followers never engage.
  Reach per follower falls with size (~F^-0.2), varies by platform, creator and post
  (log-normal, occasional hits).  Fresh posts have not yet collected all their engagement;
  bought likes/comments arrive immediately (a subtle tell).
* Organic follower growth = background trend + follows triggered by each post's views +
  events (viral, shout-out, giveaway, purge) + Poisson follow/unfollow noise with a weekly
  rhythm.  Bought followers are separate lots with delivery shape, leak rate, platform purges
  and seller refills, so a scraper sees only their sum.
* Every audience has lurkers (many with default names and no posts), abandoned real
  accounts and some organic bots; big accounts attract many zombie followers.  Bought
  accounts differ only in aggregate (creation batches, stale last posts, high following,
  generic bios); premium ones are close to real.
* Comment samples are what a scraper returns: up to a few hundred, hot- or time-sorted,
  with creator replies.  Genuine texts are compositional and rarely repeat; genuine
  comment sections also contain emoji-only, @-mention-only and a little third-party lure
  spam.  Fraud comments are written as each fraud writes them.
* Which data blocks are present (history, sample, comments, count rounding, hidden likes,
  Kuaishou comment counts) is drawn independently of the label.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import numpy as np

TZ_CN = timezone(timedelta(hours=8))
TZ_UTC = UTC
DAY = 86400.0

# --------------------------------------------------------------------------------------
# archetypes
# --------------------------------------------------------------------------------------
GENUINE = [
    ("organic_koc", 6.0),
    ("organic_micro", 6.0),
    ("organic_mid", 4.0),
    ("organic_macro", 2.5),
    ("tiny_koc", 3.0),
    ("steady_grower", 3.5),
    ("viral_post", 3.5),
    ("giveaway", 3.0),
    ("shoutout", 3.0),
    ("platform_purge", 3.0),
    ("dormant_return", 3.0),
    ("celebrity_low_er", 2.0),
    ("news_media", 1.5),
    ("brand_official", 1.5),
    ("sponsored_campaign", 2.0),
    ("quiet_audience", 2.5),
]
FRAUD = [
    ("bought_followers_burst", 3.5),
    ("bought_followers_drip", 3.5),
    ("bought_followers_premium", 5.0),
    ("bought_followers_aged", 4.5),
    ("bought_followers_masked", 4.0),
    ("follow_unfollow_churn", 4.5),
    ("bought_likes", 4.0),
    ("bought_views", 2.5),
    ("bot_comments", 3.0),
    ("engagement_pod", 3.5),
    ("ai_praise", 3.0),
    ("lure_spam", 2.5),
]
COMBOS = [
    (("bought_followers_burst", "bought_likes"), 0.9),
    (("bought_followers_drip", "bought_likes", "bot_comments"), 0.8),
    (("bought_followers_premium", "ai_praise"), 0.8),
    (("bought_followers_premium", "bought_likes"), 0.6),
    (("bought_likes", "bot_comments"), 0.7),
    (("engagement_pod", "follow_unfollow_churn"), 0.6),
    (("bought_followers_aged", "bought_likes"), 0.5),
    (("bought_followers_masked", "bought_likes"), 0.4),
    (("bought_views", "bought_likes"), 0.4),
    (("lure_spam", "bought_followers_burst"), 0.4),
    (("follow_unfollow_churn", "ai_praise"), 0.4),
]
_ARCH_TABLE = (
    [(n, w, 0, (n,)) for n, w in GENUINE]
    + [(n, w, 1, (n,)) for n, w in FRAUD]
    + [("combo:" + "+".join(c), w, 1, c) for c, w in COMBOS]
)
_ARCH_W = np.array([a[1] for a in _ARCH_TABLE], dtype=float)
_ARCH_CUM = np.cumsum(_ARCH_W) / _ARCH_W.sum()

FOLLOWER_FRAUDS = {
    "bought_followers_burst",
    "bought_followers_drip",
    "bought_followers_premium",
    "bought_followers_aged",
    "bought_followers_masked",
}

# --------------------------------------------------------------------------------------
# platforms
# --------------------------------------------------------------------------------------
PLATFORMS = [
    "douyin",
    "rednote",
    "weibo",
    "bilibili",
    "kuaishou",
    "wechat_channels",
    "instagram",
    "tiktok",
    "youtube",
]
PLAT_W = {
    "douyin": 17,
    "rednote": 14,
    "weibo": 11,
    "bilibili": 7,
    "kuaishou": 6,
    "wechat_channels": 5,
    "instagram": 16,
    "tiktok": 14,
    "youtube": 10,
}
CN_PLATS = {"douyin", "rednote", "weibo", "bilibili", "kuaishou", "wechat_channels"}
ARCH_PLAT_MULT = {
    "celebrity_low_er": {
        "weibo": 3.0,
        "douyin": 1.5,
        "instagram": 1.2,
        "bilibili": 0.5,
        "kuaishou": 0.6,
    },
    "news_media": {
        "weibo": 4.0,
        "douyin": 1.2,
        "wechat_channels": 2.0,
        "rednote": 0.3,
        "tiktok": 0.5,
        "bilibili": 0.6,
    },
    "brand_official": {"weibo": 2.0, "rednote": 1.5, "instagram": 1.5, "wechat_channels": 1.5},
    "follow_unfollow_churn": {
        "instagram": 2.2,
        "tiktok": 1.3,
        "weibo": 1.2,
        "youtube": 0.15,
        "bilibili": 0.5,
        "wechat_channels": 0.4,
    },
    "engagement_pod": {
        "instagram": 2.5,
        "rednote": 1.6,
        "youtube": 0.4,
        "wechat_channels": 0.5,
        "kuaishou": 0.6,
        "bilibili": 0.7,
    },
    "lure_spam": {"douyin": 1.5, "rednote": 1.3, "weibo": 1.2, "youtube": 0.5, "bilibili": 0.6},
    "bought_views": {
        "rednote": 0.0,
        "weibo": 0.0,
        "wechat_channels": 0.0,
        "instagram": 0.4,
        "bilibili": 1.5,
        "kuaishou": 1.5,
        "youtube": 1.5,
    },
    "tiny_koc": {"rednote": 2.0, "instagram": 1.2, "weibo": 0.6, "youtube": 0.5},
    "quiet_audience": {"wechat_channels": 2.0, "bilibili": 1.5, "youtube": 1.5, "weibo": 1.2},
}
# vr: reach per follower at 10k followers; lr: likes/reach; cr: comments/likes;
# sr: shares/likes; svr: saves/likes; floor: algorithmic minimum reach; conv: follows/view
PCFG: dict[str, dict[str, Any]] = {
    "douyin": dict(
        vr=0.30,
        lr=0.040,
        cr=0.05,
        sr=0.06,
        svr=0.08,
        floor=350,
        conv=0.004,
        fmt=(("video", 0.9), ("image", 0.1)),
        views=0.45,
        shares=True,
        saves=True,
        cap=10000,
        urate=0.0008,
    ),
    "kuaishou": dict(
        vr=0.25,
        lr=0.035,
        cr=0.06,
        sr=0.03,
        svr=0.02,
        floor=250,
        conv=0.005,
        fmt=(("video", 0.95), ("live", 0.05)),
        views=1.0,
        shares=True,
        saves=False,
        cap=10000,
        urate=0.0008,
    ),
    "rednote": dict(
        vr=0.35,
        lr=0.07,
        cr=0.13,
        sr=0.08,
        svr=0.55,
        floor=180,
        conv=0.010,
        fmt=(("image", 0.72), ("video", 0.28)),
        views=0.0,
        shares=True,
        saves=True,
        cap=3000,
        urate=0.0006,
    ),
    "weibo": dict(
        vr=0.08,
        lr=0.05,
        cr=0.30,
        sr=0.25,
        svr=0.0,
        floor=40,
        conv=0.004,
        fmt=(("text", 0.35), ("image", 0.45), ("video", 0.2)),
        views=0.0,
        shares=True,
        saves=False,
        cap=2000,
        urate=0.0005,
    ),
    "bilibili": dict(
        vr=0.32,
        lr=0.055,
        cr=0.07,
        sr=0.05,
        svr=0.30,
        floor=150,
        conv=0.006,
        fmt=(("video", 0.93), ("text", 0.04), ("live", 0.03)),
        views=1.0,
        shares=True,
        saves=True,
        cap=2000,
        urate=0.0004,
    ),
    "wechat_channels": dict(
        vr=0.12,
        lr=0.035,
        cr=0.06,
        sr=0.20,
        svr=0.05,
        floor=120,
        conv=0.003,
        fmt=(("video", 0.9), ("image", 0.1)),
        views=0.0,
        shares=True,
        saves=False,
        cap=5000,
        urate=0.0004,
    ),
    "instagram": dict(
        vr=0.30,
        lr=0.085,
        cr=0.022,
        sr=0.02,
        svr=0.03,
        floor=80,
        conv=0.004,
        fmt=(("image", 0.52), ("video", 0.48)),
        views=0.0,
        shares=False,
        saves=False,
        cap=7500,
        urate=0.0007,
    ),
    "tiktok": dict(
        vr=0.45,
        lr=0.08,
        cr=0.015,
        sr=0.012,
        svr=0.02,
        floor=300,
        conv=0.003,
        fmt=(("video", 0.96), ("image", 0.04)),
        views=1.0,
        shares=True,
        saves=True,
        cap=10000,
        urate=0.0009,
    ),
    "youtube": dict(
        vr=0.15,
        lr=0.035,
        cr=0.04,
        sr=0.0,
        svr=0.0,
        floor=60,
        conv=0.004,
        fmt=(("video", 0.97), ("live", 0.03)),
        views=1.0,
        shares=False,
        saves=False,
        cap=100000,
        urate=0.0003,
    ),
}
LAUNCH = {
    "douyin": date(2016, 9, 20),
    "kuaishou": date(2013, 7, 1),
    "rednote": date(2013, 6, 6),
    "weibo": date(2009, 8, 14),
    "bilibili": date(2009, 6, 26),
    "wechat_channels": date(2020, 1, 22),
    "instagram": date(2010, 10, 6),
    "tiktok": date(2017, 5, 1),
    "youtube": date(2005, 4, 23),
}
CATS_BY_PLAT: dict[str, Any] = {
    "douyin": "food 3|comedy 3|beauty 2|fashion 2|travel 2|lifestyle 3|pets 2|cars 1|parenting 1|fitness 1|music 1",
    "kuaishou": "lifestyle 4|food 3|comedy 3|cars 1|pets 1|music 1|parenting 1|fitness 1",
    "rednote": "beauty 4|fashion 4|food 3|travel 3|home 2|parenting 2|fitness 2|lifestyle 3|education 1|pets 1",
    "weibo": "comedy 2|lifestyle 2|fashion 1|food 1|tech 2|finance 1|music 2|pets 1|travel 1|education 1",
    "bilibili": "gaming 4|tech 3|education 3|music 2|comedy 2|food 1|lifestyle 1|cars 1",
    "wechat_channels": "lifestyle 3|finance 3|education 2|food 2|parenting 2|travel 1|cars 1",
    "instagram": "fashion 3|beauty 3|travel 3|fitness 3|food 3|lifestyle 3|pets 1|home 1|music 1",
    "tiktok": "comedy 4|beauty 2|food 2|fitness 2|music 2|pets 2|lifestyle 2|gaming 1|fashion 1",
    "youtube": "tech 3|gaming 3|education 3|music 2|food 2|fitness 1|travel 1|cars 1|finance 1",
}


def _parse_w(s):
    items, ws = [], []
    for part in s.split("|"):
        k, w = part.rsplit(" ", 1)
        items.append(k)
        ws.append(float(w))
    return items, ws


CATS_BY_PLAT = {k: _parse_w(v) for k, v in CATS_BY_PLAT.items()}


def _L(s):
    return [x for x in s.split("|") if x]


# --------------------------------------------------------------------------------------
# vocabulary
# --------------------------------------------------------------------------------------
ZH_TOPICS = {
    "beauty": _L(
        "口红|粉底液|眼影盘|腮红|防晒|卸妆油|精华|面霜|睫毛膏|遮瑕|素颜霜|发型|唇釉|香水|美甲"
    ),
    "fashion": _L("穿搭|连衣裙|牛仔裤|卫衣|风衣|小白鞋|包包|西装|针织衫|半身裙|羽绒服|发夹|耳环"),
    "food": _L(
        "火锅|红烧肉|蛋糕|螺蛳粉|烧烤|奶茶|早餐|炸鸡|饺子|家常菜|探店|面包|酸菜鱼|凉皮|生煎"
    ),
    "travel": _L("大理|成都|新疆|三亚|重庆|西安|日本|泰国|露营|民宿|自驾|古镇|青海湖|厦门|长白山"),
    "fitness": _L("减脂|马甲线|跑步|瑜伽|深蹲|普拉提|帕梅拉|增肌|跳绳|体态|臀腿|拉伸"),
    "tech": _L("手机|耳机|笔记本|平板|相机|键盘|显示器|充电宝|智能手表|路由器|NAS|投影仪"),
    "gaming": _L("王者|原神|吃鸡|英雄联盟|黑神话|我的世界|上分|新皮肤|副本|抽卡|单机|主机"),
    "parenting": _L("辅食|绘本|早教|宝宝|奶粉|睡眠|幼儿园|二胎|亲子游|湿疹|午睡|玩具"),
    "pets": _L("猫咪|狗狗|布偶|柯基|金毛|猫粮|铲屎|绝育|驱虫|英短|猫砂|遛狗"),
    "home": _L("装修|收纳|厨房|客厅|软装|卫生间|租房改造|小户型|家电|阳台|床品|地板"),
    "finance": _L("基金|理财|存钱|股票|房贷|保险|记账|副业|黄金|定投|公积金|养老金"),
    "education": _L("考研|英语|雅思|考公|高考|数学|学习方法|笔记|四六级|论文|背单词|教资"),
    "comedy": _L("段子|日常|整活|反转|办公室|室友|相亲|方言|模仿|老板|亲戚|同事"),
    "music": _L("翻唱|吉他|钢琴|原创|现场|新歌|编曲|唱功|尤克里里|说唱|副歌|和声"),
    "cars": _L("新能源|试驾|油耗|SUV|续航|自驾|改装|提车|保养|二手车|充电桩|轮胎"),
    "lifestyle": _L("vlog|日常|独居|周末|好物|早起|读书|咖啡|手账|城市漫步|出租屋|下班后"),
}
EN_TOPICS = {
    "beauty": _L(
        "lipstick|foundation|eyeshadow|blush|sunscreen|skincare routine|serum|mascara|concealer|brows|nails|hair"
    ),
    "fashion": _L(
        "outfit|dress|jeans|hoodie|trench coat|sneakers|bag|blazer|knit|skirt|thrift haul|boots"
    ),
    "food": _L(
        "pasta|ramen|cake|tacos|bbq|coffee|breakfast|fried chicken|dumplings|sourdough|curry|brunch"
    ),
    "travel": _L(
        "Lisbon|Bali|Tokyo|Iceland|road trip|Paris|camping|hostel|Seoul|the Alps|Mexico City|NYC"
    ),
    "fitness": _L(
        "leg day|running|yoga|squats|pilates|cardio|glutes|mobility|deadlifts|HIIT|stretching"
    ),
    "tech": _L(
        "phone|headphones|laptop|tablet|camera|keyboard|monitor|smartwatch|desk setup|router|GPU"
    ),
    "gaming": _L(
        "ranked|boss fight|speedrun|build|new season|skin|patch|raid|controller|indie game"
    ),
    "parenting": _L(
        "toddler|bedtime|baby food|potty training|daycare|tantrums|nap schedule|books|newborn"
    ),
    "pets": _L("cat|puppy|golden|corgi|kitten|dog food|vet visit|litter box|walks|rescue"),
    "home": _L(
        "kitchen|living room|organizing|DIY|renovation|bathroom|small apartment|decor|plants|bedroom"
    ),
    "finance": _L(
        "budget|index funds|savings|stocks|mortgage|side hustle|taxes|401k|crypto|credit score"
    ),
    "education": _L(
        "study tips|exams|notes|languages|math|essay|college apps|SAT|productivity|flashcards"
    ),
    "comedy": _L(
        "skit|roommate|office|dating|family dinner|impression|storytime|prank|customer service"
    ),
    "music": _L("cover|guitar|piano|original song|live set|vocals|chorus|beat|ukulele|harmony"),
    "cars": _L("EV|test drive|mpg|SUV|range|road trip|mods|new car|detailing|used car|tires"),
    "lifestyle": _L(
        "vlog|morning routine|weekend|haul|reading|coffee|journaling|city walk|apartment|day in my life"
    ),
}
EMOJI_CODES = {
    "douyin": _L(
        "[赞]|[捂脸]|[呲牙]|[666]|[比心]|[玫瑰]|[流泪]|[笑哭]|[送心]|[鼓掌]|[强]|[偷笑]|[害羞]|[发呆]|[微笑]|[可怜]|[大笑]|[看]|[憨笑]|[机智]"
    ),
    "rednote": _L(
        "[哭惹R]|[赞R]|[派对R]|[笑哭R]|[害羞R]|[萌萌哒R]|[偷笑R]|[飞吻R]|[黄金薯R]|[石化R]|[生气R]|[色色R]|[买爆R]|[种草R]|[拔草R]|[doge]"
    ),
    "weibo": _L(
        "[doge]|[二哈]|[允悲]|[笑cry]|[赞]|[心]|[good]|[抱抱]|[费解]|[吃瓜]|[泪]|[哈哈]|[鼓掌]|[跪了]|[思考]|[微笑]|[awsl]"
    ),
    "bilibili": _L(
        "[doge]|[笑哭]|[妙啊]|[打call]|[OK]|[脱单doge]|[吃瓜]|[星星眼]|[tv_doge]|[藏狐]|[呲牙]|[滑稽]|[辣眼睛]|[喜欢]"
    ),
    "kuaishou": _L("[赞]|[捂脸]|[奸笑]|[老铁666]|[爱心]|[玫瑰]|[呲牙]|[鼓掌]|[大哭]|[抱拳]"),
    "wechat_channels": _L(
        "[强]|[玫瑰]|[微笑]|[呲牙]|[偷笑]|[鼓掌]|[愉快]|[捂脸]|[爱心]|[抱拳]|[合十]"
    ),
}
UNI_EMOJI = _L(
    "😂|🤣|😭|❤️|👍|🔥|😍|🥰|✨|💯|🙏|👏|😊|😅|🤔|😱|💕|🌹|🎉|😋|🥹|😮|🙌|💪|🤩|😳|👀|💀|🫶|😆"
)

ZH_SHORT = _L(
    "好看|太可爱了|绝了|爱了|好家伙|笑死|牛|真实|破防了|666|来了|蹲|码住|学到了|离谱|好耶|救命|"
    "羡慕|我也想要|前排|好听|太强了|有被笑到|狠狠心动|泪目|绷不住了|好治愈|可以可以|妙啊|顶|"
    "awsl|yyds|针不戳|好美|太香了|馋哭了|真的假的|求后续|好有氛围|太真实了|已关注|好戳我"
)
ZH_REACT = _L(
    "这个{t}也太好看了吧|第一次看到这么详细的{t}|{t}真的绝了|看完立马想去试试{t}|这期{t}我能看一百遍|"
    "被{t}狠狠种草了|{t}这块你是懂的|你家的{t}好精致|这{t}简直是我的梦中情{x}|{t}拍得好有质感|"
    "又是被{t}治愈的一天|我宣布这是最好看的{t}|{t}讲得太清楚了|看到{t}直接点进来了|一直在找这样的{t}|"
    "跟着你的{t}做了一次，真的可以|这个{t}我看了{n}遍|{t}这个思路好清奇|终于有人讲{t}了|{t}好戳我"
)
ZH_GENERIC = _L(
    "博主好真实|每次看你的视频都好治愈|评论区好热闹|终于等到更新了|这个配乐好好听|画质好清晰|"
    "博主声音好好听|这个滤镜是什么呀|好喜欢你的风格|看你的内容是一种享受|这条我要转给我妈|"
    "下班路上看到心情好了|说到心坎里了|又学到了新东西|宝藏博主被我挖到了|一看就是用心做的|"
    "今天也在认真追更|刷到就是缘分|这期节奏好舒服|关注你好久了一直很稳定|你瘦了好多|背景音乐求名字"
)
ZH_Q = _L(
    "{t}能说一下具体步骤吗|后续可以出个{t}教程吗|多久更新一次呀|这个是几月份拍的|第二个是什么呀|BGM叫什么|"
    "在哪里拍的呀|有没有完整版|这是哪个城市|还会出续集吗|用什么剪辑的|我这种情况适合{t}吗|能展开讲讲{t}吗|"
    "想问一下在哪个城市|这个怎么保存啊|能出个合集吗"
)
ZH_QP = _L(
    "{t}在哪里买的呀|{t}大概多少钱|求{t}链接|这个{t}适合新手吗|有没有平价替代|请问{t}是哪个牌子|{t}用了多久了|"
    "这个适合学生党吗|求个同款|{t}有没有踩雷的|能分享一下清单吗|{t}值得入手吗|和上一款比哪个好"
)
ZH_ANEC = _L(
    "我家那位也是这样|和我{rel}一模一样哈哈|我{rel}天天让我看你的视频|看完和{rel}说了，{op}|"
    "以前不懂{t}，看你才入门|在{city}也遇到过，{op}|我就是你说的那种人哈哈|跟着练了{n}天，{op}|我试了三次才成功"
)
ZH_ANECP = _L(
    "我也买了{t}，{op}|上周刚试了{t}，{op}|去年{t}踩过坑，{op}|用了{n}天{t}，{op}|种草{t}好久了，{op}"
)
ZH_OP = _L(
    "真的好用|确实不错|有点失望|还在观望|效果一般般|比想象中好|回购了|推荐给朋友了|感觉还行|差点翻车"
)
ZH_REL = _L("妈妈|老公|男朋友|室友|闺蜜|同事|女儿|儿子|老婆|奶奶|同桌|对象")
ZH_CITY = _L(
    "北京|上海|广州|深圳|杭州|成都|武汉|南京|长沙|西安|苏州|重庆|青岛|厦门|昆明|哈尔滨|天津|郑州"
)
ZH_CHAT = _L(
    "晚上好|第一|打卡第{n}天|又是深夜刷手机的一天|有没有{city}的姐妹|今天天气好好|失眠的人来报到|"
    "刚下班|看完去睡了|周末愉快|好久不见|还有人在吗|来自{city}的问候|又来了"
)
ZH_CRIT = _L(
    "感觉不如上一期|广告有点多了|这个价格有点贵|我觉得没那么好|恰饭了吗|滤镜太重了吧|"
    "上次说的没兑现啊|这期有点水|声音小了点|标题党了|字幕有错别字"
)
ZH_BILI = _L(
    "下次一定|三连了|up主辛苦了|前方高能|泪目|这就是专业吗|已投币|弹幕护体|来了来了|爷青回|"
    "第{n}遍打卡|从{n}万粉看到现在|up主好会剪"
)
ZH_PART = ["", "", "", "！", "!", "～", "~", "。", "啊", "呀", "吧", "！！", "哈哈", "…", "😂"]

EN_SHORT = _L(
    "obsessed|omg|wait this is genius|love this|no way|needed this today|so pretty|lmao|"
    "the way i gasped|saving this|you never miss|the vibes|ugh i love this|this is so satisfying|"
    "iconic|stunning|yesss|this slaps|crying|so cute|the ending tho|not me watching this 5 times|"
    "underrated|chef's kiss|im screaming|so good|this is art|respect|goals|bro what"
)
EN_REACT = _L(
    "this {t} is so good|the {t} looks amazing|finally someone talks about {t}|"
    "i tried this {t} last week and it worked|the {t} at the end got me|your {t} content is my comfort|"
    "never thought about {t} like that|this {t} is exactly what i needed|ok the {t} is actually insane|"
    "been looking for a {t} like this forever|you make {t} look so easy|watched this {n} times for the {t}|"
    "the {t} part is so real|this is the best {t} video on here|not the {t} hitting so hard"
)
EN_GENERIC = _L(
    "your editing keeps getting better|the lighting in this is perfect|this made my day|"
    "i always learn something from you|your voice is so calming|been here since {n}k, so proud|"
    "the music choice is perfect|i love how honest you are|this popped up at the right time|"
    "sending this to my sister|you deserve way more followers|comfort creator fr|"
    "the way you explain things is so clear|this is my favorite series on here"
)
EN_Q = _L(
    "does this work for beginners?|what camera do you use?|can you do a full {t} tutorial?|how long did this take?|"
    "what's the song?|part 2 please?|how often do you do this?|where was this filmed?|what app do you edit with?|"
    "how did you get into {t}?|any tips for someone just starting {t}?"
)
EN_QP = _L(
    "where is the {t} from?|how much was the {t}?|link to the {t}?|is this worth it?|where did you get that?|"
    "any cheaper alternatives?|would this work with {t}?|what's your go-to {t}?|does it come in other colors?"
)
EN_ANEC = _L(
    "my {rel} does the exact same thing|i did this with my {rel} and {op}|literally me every weekend|"
    "this happened to me in {city} lol|showed my {rel} and {op}|i used to hate {t} but this changed my mind|"
    "been doing this for {n} days and {op}"
)
EN_ANECP = _L(
    "tried the {t} and {op}|bought the {t} because of you and {op}|got the {t} last month and {op}"
)
PRODUCT_CATS = {
    "beauty",
    "fashion",
    "food",
    "tech",
    "home",
    "pets",
    "parenting",
    "cars",
    "fitness",
    "travel",
}
EN_OP = _L(
    "it actually worked|loved it|it was fine|kinda disappointed|10/10 would recommend|it's a game changer|"
    "not sure yet|i'm hooked|it was a disaster lol|no regrets"
)
EN_REL = _L(
    "mom|boyfriend|girlfriend|roommate|best friend|sister|brother|husband|wife|dad|coworker|kid"
)
EN_CITY = _L(
    "LA|London|Toronto|Chicago|Sydney|NYC|Austin|Manchester|Vancouver|Singapore|Dublin|Miami"
)
EN_CHAT = _L(
    "first|happy friday|who's here in {y}|anyone else watching at 3am|hi from {city}|"
    "early squad|day {n} of asking for a collab|good morning|here before this blows up"
)
EN_CRIT = _L(
    "not your best tbh|too many ads lately|this is overpriced|the audio is a bit low|clickbait title|"
    "i disagree with the second point|meh|you said you'd post part 2 weeks ago"
)

# bought/bot comments: blatant pools are small and repeat exactly
BOT_ZH = _L(
    "好看|支持|赞|真棒|666|厉害|不错|加油|太美了|喜欢|好好|优秀|好作品|支持一下|来了|真好看|漂亮|"
    "太赞了|关注了|必须点赞|好|棒|很好|精彩|不错不错|点赞|真不错|好厉害|大赞|顶一个"
)
BOT_EN = _L(
    "Nice|Great|Nice pic|Awesome|Cool|Love it|Wow|Amazing|Beautiful|Great job|Nice post|So cool|"
    "Perfect|Superb|Lovely|Keep it up|Fantastic|Great content|Nice one|Good|Awesome post|Very nice|"
    "Excellent|Wonderful|Great work|Gorgeous|Incredible|Best|Top|Super"
)
POD_ZH = _L(
    "来啦来啦～支持一下|宝子写得真好，已赞已藏|互赞互关，常来往呀|滴滴，来打卡啦|好用心的笔记！我也刚更新了，来看看呀|"
    "支持支持！回访一下哈|优质博主，必须点赞|姐妹这篇好有用！|赞赞赞，一起加油呀|来了来了，顺手点赞了|"
    "每篇都来支持！|好棒呀，已关注，求回关|打卡打卡，继续加油|干货满满，收藏了|宝藏博主，冲|"
    "笔记做得好精致|已三连，互相支持|一起变好呀|又来啦，越来越好|太有共鸣了"
)
POD_EN = _L(
    "Love this!!|This is so inspiring!|Great tips, thanks for sharing|Obsessed with this|"
    "Saving this for later!|Yesss|Such a vibe|Gorgeous shot!|This is everything|Great content as always!|"
    "Loving your feed!|You're killing it!|So beautiful|Absolutely love this|This made my day|"
    "Such great energy!|Stunning as always|Needed this reminder|Love your style!|So good!!"
)
POD_EN_EMO = _L("😍|🙌|💕|✨|🔥|💯|🙌✨|😍🔥|💖|👏|🤍|⭐")
AI_ZH_OPEN = _L(
    "这篇关于{t}的分享真的太有价值了！|看完这条{t}内容，收获满满！|不得不说，博主对{t}的理解非常到位。|"
    "非常用心的一期{t}分享，|作为一个{t}爱好者，这条内容真的说到我心里了。|内容质量很高！|"
    "每次看博主分享的{t}都有新的收获，|这条{t}内容兼具实用性与美感，|真心觉得这是我看过最用心的{t}内容之一，"
)
AI_ZH_BODY = _L(
    "从细节到整体都讲解得非常清晰，|画面精美，节奏把控得恰到好处，|不仅实用而且很有启发性，|"
    "每一个细节都能看出博主的专业与热爱，|逻辑清晰、干货满满，|真诚又专业的分享让人倍感温暖，|"
    "无论是内容还是呈现方式都无可挑剔，|语言生动又不失专业，|既有温度又有深度，"
)
AI_ZH_CLOSE = _L(
    "期待博主带来更多优质内容！|已收藏，慢慢学习～|感谢分享，支持博主！|希望博主继续保持这份热爱，加油！|"
    "受益匪浅，点赞支持！|已经推荐给身边的朋友了～|真的很值得反复观看！|期待下一期的精彩分享！"
)
AI_EN_OPEN = _L(
    "What a fantastic post about {t}!|This is such an insightful take on {t}.|"
    "Absolutely love the way you approached {t}!|Your {t} content never fails to inspire!|"
    "Such a refreshing perspective on {t}!|This {t} post is pure gold!|"
    "I really appreciate how thoughtfully you present {t}.|Wow, this {t} content is next level!"
)
AI_EN_BODY = _L(
    "The attention to detail really shines through,|It's clear how much passion and effort you put into this,|"
    "Your creativity and authenticity are truly inspiring,|Every detail here is thoughtfully crafted,|"
    "The way you break things down makes it so easy to follow,|Your unique perspective adds so much value,|"
    "This is both informative and beautifully presented,"
)
AI_EN_CLOSE = _L(
    "and I can't wait to see what you share next!|keep up the amazing work!|"
    "thank you for sharing such valuable content!|truly appreciate your hard work!|"
    "you've definitely earned a new fan!|looking forward to more content like this!|"
    "this deserves so much more recognition!"
)
AI_EN_Q = _L(
    "Do you have any tips for beginners who want to try {t}?|What inspired you to create this {t} content?|"
    "How do you stay so consistent with your {t} journey?"
)
AI_ZH_Q = _L(
    "请问博主有什么适合新手的{t}建议吗？|想问问博主是如何坚持做{t}内容的？|博主最初是因为什么喜欢上{t}的呢？"
)
LURE_ZH = _L(
    "想要原图/全套资源的私我|评论区有人要教程吗，我主页有|+V领取：{c}|看我头像有惊喜|同城交友点我头像|"
    "兼职日结，手机就能做，感兴趣滴滴|扣扣群：{cn}|网盘资源已分享，看我名字|需要的姐妹戳我|🍑主页见|"
    "薇❤：{c}|全套{t}资料免费送，主页领|我在某鱼买的才{n}块，同款看我主页|宝子们别买贵了，滴滴我给你渠道|"
    "懂的来，头像有{c}|咨询{t}加威 {c}|学生党日入{n}+，看我简介|有一样情况的可以来交流群{cn}|"
    "私信回复“{t}”领取|三天瘦{n}斤，方法在主页"
)
LURE_EN = _L(
    "DM @{h} to get featured|Send pic to @{h} to collab|I made ${n}k last month, ask me how|"
    "check my bio for a free gift|wanna chat? add me on sn@p {h}|Promote it on @{h}|"
    "earn from home, link in b!o|free {t} guide in my profile|lonely tonight? see my pic|"
    "thanks to @{h} i paid off my debt|my st0ry has the secret|dm me 'INFO' for the method"
)
GIVE_ZH = _L(
    "许愿中奖|好运来好运来|想要！求抽中|已关注已转发，求好运|锦鲤附体|万一呢|从来没中过，这次给我吧|坐等开奖|"
    "参与一下|求中求中|想要想要|抽我抽我|冲冲冲|中奖绝缘体来试试|接好运|希望是我|蹲开奖|转发了"
)
GIVE_EN = _L(
    "Entered!|Would love to win this!|Done, fingers crossed|pick me pls|entering!|this would be a dream|"
    "I never win but here goes|followed and shared|yes please|amazing giveaway|hope it's me|good luck everyone"
)
FAN_ZH = _L(
    "{s}新作品期待住了|永远支持{s}|{s}辛苦啦，注意身体|好看到循环一百遍|{s}最棒|宝贝要开心呀|{s}冲鸭|"
    "陪你走过每一个春夏秋冬|今天也是爱{s}的一天|{s}的笑容太治愈了|#{s}新作#期待|家人们冲数据"
)
NEWS_ZH = _L(
    "关注后续|希望严查|太让人心痛了|终于等到这个消息|这个政策好|有没有人说说具体怎么执行|转发扩散|"
    "点赞正能量|又涨价了？|大家注意安全|官方能不能说清楚点|支持|心疼|为他们点赞|坐等官方通报|"
    "评论区的都冷静点|我们这边也是|什么时候落地|早该这样了|希望越来越好|{t}这事得关注后续|"
    "{t}的问题早该解决了|我们{city}的{t}也是这样|希望{t}能越来越好|{t}这块到底谁负责|"
    "看完{t}的报道心情复杂|{city}也需要这样的{t}政策|{t}什么时候能惠及普通人|说句公道话，{t}确实有进步|"
    "{rel}刚好在{city}，说情况还好|第{n}次看到类似的{t}新闻了"
)
ZH_LONG = _L(
    "说实话一开始没抱太大希望|我之前在{city}的时候也遇到过类似的情况|评论区有没有人和我一样|"
    "看到一半笑出声|我妈看到这个也说想试试|希望博主以后多更这种内容|上次那期我也看了|"
    "这个价格在我们那边算贵的|不过还是很感谢分享|我觉得{t}还是看个人情况|之前踩过好几次坑|"
    "看完立刻转给了{rel}|现在{t}的水太深了|有一说一讲得比很多大博主清楚|我是从{t}那期开始关注的|"
    "本来刷到想划走的结果看完了|第二点我不太同意|坚持了{n}天终于有点效果|每次心情不好就来看你的视频|"
    "我们{city}这边根本买不到|建议大家量力而行"
)
EN_LONG = _L(
    "honestly i was skeptical at first|my {rel} saw this and now wants to try it|"
    "i've been following since the {t} series|the part at the end had me dying|"
    "not sure it works for everyone though|anyway thanks for making this|idk if anyone else noticed but|"
    "i tried something similar in {city} last year|this is way more detailed than most {t} videos|"
    "i disagree with one thing but overall great|been struggling with {t} for months|"
    "you explained it better than my teacher did|it took me {n} tries to get it right|"
    "the comments here are so wholesome|i wish i found this sooner"
)
NEWS_EN = _L(
    "This is awful news|Finally!|Any updates?|Stay safe everyone|Source?|Who approved this|"
    "About time|This is why we can't have nice things|Praying for everyone affected|Unbelievable|"
    "Good reporting|Can you cover the other side too?|Wow|This is huge|the {t} situation keeps getting worse|"
    "what does this mean for {t} in {city}?|{t} coverage has been great lately|my {rel} lives there, stay safe|"
    "how is nobody talking about the {t} part|this is the {n}th {t} story this month"
)
BRAND_ZH = _L(
    "什么时候补货呀|客服一直不回消息|用了三年了一直回购|有学生优惠吗|新品什么时候上|618有活动吗|"
    "质量越来越差了|抽我抽我|包装好好看|物流太慢了|这款还会出吗|已下单|线下哪里有|求联名"
)
BRAND_EN = _L(
    "When is the restock?|customer service never replied to me|love your products|Is this vegan?|"
    "Ship to Canada?|my order is late|need this in every color|bring back the old formula|"
    "best purchase this year|is there a discount code?"
)
F4F_ZH = _L("回关了|已回粉|互关吗|关注你了，回关一下|互粉互粉|已关求回|来互关呀|关注了，求回关～")
F4F_EN = _L(
    "followed back!|f4f?|just followed you, follow back pls|love your page! followed|followed ✨|"
    "great page, followed you|follow for follow?|check out my page too"
)
REPLY_ZH = _L(
    "谢谢宝子～|哈哈哈是的|链接放主页啦|下期安排！|宝子可以试试|收到！|哈哈哈哈|爱你|是的呀|"
    "{t}哦|这个看个人哈|谢谢支持|会的会的|感谢喜欢|确实|已回复私信|抱抱"
)
REPLY_EN = _L(
    "thank you!!|haha right?|link in bio!|will do a video on that soon|so glad it helped|"
    "yes!!|love you guys|it's the {t}|exactly|thanks for watching|omg thank you"
)
REPLY_LURE_ZH = _L("已私|看我主页|私信你了|滴滴我|主页有")
REPLY_LURE_EN = _L("check your DMs|link in bio|sent!|dm me")
REPLY_POD_EN = _L(
    "thank you love!|thanks babe!|appreciate you!|you're the best!|thank you so much!"
)
REPLY_POD_ZH = _L("谢谢宝子，已回访～|互相支持|谢谢姐妹|已回赞|一起加油呀")

# names
ZH_ADJ = _L(
    "小|大|爱吃|不吃|快乐的|会飞的|努力的|想睡觉的|温柔|可爱|奶油|暴躁|佛系|元气|迷糊|安静的|"
    "认真|早睡|熬夜|贪吃|晒太阳的|路过的|追光的|慢吞吞|软软|酷酷|今天也要|一只|阿|老"
)
ZH_NOUN = _L(
    "鱼|猫|兔子|小熊|橘子|柠檬|芒果|奶茶|桃子|星星|月亮|少女|阿姨|大叔|饭团|布丁|仙女|酱|君|"
    "土豆|西瓜|草莓|小狗|团子|蘑菇|树|风|云朵|可乐|番茄|汤圆|饺子|青蛙|企鹅|考拉|咸鱼|面包|雪糕"
)
ZH_SUR = _L(
    "王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭|何|林|罗|高|郑|梁|谢|宋|唐|许|韩|冯|邓|曹"
)
ZH_GIVEN = _L(
    "伟|芳|娜|敏|静|丽|强|磊|军|洋|勇|艳|杰|娟|涛|明|超|秀英|霞|平|刚|桂英|欣怡|子涵|梓萱|浩然|"
    "雨桐|一诺|思远|佳琪|晨|悦|婷|琳|昊|宇|萱|妍|博文|嘉怡"
)
PINYIN = _L(
    "xiao|mei|li|wang|zhang|chen|yu|lin|hao|jing|yang|tian|xin|yue|qing|ming|hui|fang|lei|ting|"
    "an|bo|chun|dan|fei|gang|hong|jun|kai|lan|na|ping|qi|rui|shan|tao|wei|xia|yan|zhi|meng|nuo"
)
EN_FIRST = _L(
    "emma|olivia|ava|mia|sophia|isabella|amelia|harper|ella|chloe|lily|grace|zoe|nora|lucy|maya|"
    "liam|noah|james|ethan|lucas|mason|logan|jack|leo|ryan|dylan|owen|caleb|nate|sam|alex|"
    "jess|kate|anna|sara|nina|tina|jay|mike|chris|dan|ben|tom|matt|josh|kevin|priya|aisha|mei|"
    "carlos|diego|lina|hana|yuki|omar|fatima|rosa|ivy|jade"
)
EN_LAST = _L(
    "smith|johnson|lee|brown|garcia|miller|davis|wilson|martin|clark|lewis|walker|young|king|"
    "wright|scott|green|baker|adams|nelson|hill|rivera|campbell|mitchell|roberts|chen|kim|patel|nguyen"
)
EN_WORD = _L(
    "sunny|daily|eats|makes|travels|fit|studio|vibes|life|style|cooks|runs|reads|art|beauty|plays|"
    "codes|lens|home|wild|cozy|little|golden|moon|coffee|blue|honey|peach|pixel|urban"
)
BIO_ZH = _L(
    "分享日常穿搭｜{h}cm|一个爱吃的{city}人|记录生活的小美好|合作请私信|📮商务：{c}@163.com|"
    "宝妈一枚，分享育儿经验|理性消费，只推荐自己用过的|{city}｜95后｜打工人|热爱生活，热爱{t}|"
    "每周更新，感谢关注|资深{t}玩家|不定期更新|商务V：{c}|学生党，记录学习|"
    "前{t}从业者，现全职博主|好好吃饭，好好生活"
)
BIO_EN = [
    "{t} | {city}",
    "just sharing what I love",
    "collabs: {c}@gmail.com",
    "mom of 2 | {t} lover",
    "{city} based creator",
    "new videos every week",
    "living my best life",
    "{t} & coffee ☕",
    "here for the {t}",
    "dm for collabs",
    "student | {t} | {city}",
    "{t} • {city} • she/her",
    "📍{city}",
    "making {t} less boring",
]
BIO_FOLLOWER_ZH = _L(
    "热爱生活|做自己|佛系|慢慢来|平平淡淡才是真|努力搬砖|一切都会好的|开心就好|"
    "{city}|00后|90后宝妈|学生|爱旅行|吃货一枚|摄影爱好者|喜欢猫|记录生活|简单快乐"
)
BIO_FOLLOWER_EN = _L(
    "living life|dog mom|coffee addict|{city}|student|just vibes|music lover|she/her|he/him|"
    "photographer|travel enthusiast|gym rat|foodie|gamer|nurse|teacher|mom of 3|be kind"
)
BIO_PREMIUM_ZH = _L(
    "热爱生活，热爱自己|生活明朗，万物可爱|愿你被这个世界温柔以待|做一个温暖的人|"
    "心若向阳，无畏悲伤|未来可期|人间值得|保持热爱，奔赴山海|知足常乐"
)
BIO_PREMIUM_EN = _L(
    "Live laugh love|Dream big|Good vibes only|Living my best life|Enjoy every moment|"
    "Be yourself|Stay positive|Life is beautiful|Follow your dreams|Happy soul"
)
BIO_LOTTERY_ZH = _L("专注抽奖|锦鲤附体|中奖绝缘体|转发抽奖专用|好运连连|希望中一次|抽奖号勿扰")
BIO_F4F_EN = _L(
    "f4f|follow for follow|follow back 100%|l4l f4f|🔥 follow me i follow back 🔥|"
    "growing together|dm for shoutouts"
)
BIO_F4F_ZH = _L("互粉必回|互关互赞|有关必回|互粉互赞秒回|回关|互助")
BIO_LURE_ZH = _L("主页有惊喜|头像有{c}|同城交友|资源分享看置顶|V：{c}|兼职日结")
BIO_LURE_EN = _L("🍑 link below|free gift in bio|dm me 💋|earn from home ⬇️|check my story")
BIO_POD_EN = [
    "{t} creator | {city}",
    "sharing my {t} journey",
    "{t} tips & inspo",
    "collab: {c}@gmail.com",
]
BIO_POD_ZH = _L("{t}博主|分享{t}日常|互关互赞|{t}干货|新人博主求关注")


# --------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------
def _clip(x, lo, hi):
    return lo if x < lo else hi if x > hi else x


def _lnv(r, med, sig):
    """log-normal value with median med."""
    return med * math.exp(r.gauss(0.0, sig))


def _digits(r, k):
    return str(r.randrange(10 ** (k - 1), 10**k))


def _alnum(r, k, alpha="abcdefghijkmnpqrstuvwxyz0123456789"):
    return "".join(r.choice(alpha) for _ in range(k))


def _fill(r, tmpl, ctx):
    if "{" not in tmpl:
        return tmpl
    out = tmpl
    if "{t}" in out:
        out = out.replace("{t}", r.choice(ctx["topics"]))
    if "{x}" in out:
        out = out.replace("{x}", r.choice(["人", "物", "款", "包", "车"]))
    if "{n}" in out:
        out = out.replace(
            "{n}", str(r.choice([2, 3, 3, 5, 7, 10, 12, 20, 21, 30, 50, 100, r.randint(2, 99)]))
        )
    if "{op}" in out:
        out = out.replace("{op}", r.choice(ZH_OP if ctx["zh"] else EN_OP))
    if "{rel}" in out:
        out = out.replace("{rel}", r.choice(ZH_REL if ctx["zh"] else EN_REL))
    if "{city}" in out:
        out = out.replace("{city}", r.choice(ZH_CITY if ctx["zh"] else EN_CITY))
    if "{y}" in out:
        out = out.replace("{y}", str(ctx.get("year", 2025)))
    if "{h}" in out:
        out = out.replace(
            "{h}", _en_handle(r) if not ctx["zh"] or r.random() < 0.5 else str(r.randint(155, 172))
        )
    if "{c}" in out:
        out = out.replace("{c}", _contact(r))
    if "{cn}" in out:
        out = out.replace("{cn}", _obf_num(r))
    if "{s}" in out:
        out = out.replace("{s}", ctx.get("star", "你"))
    return out


def _contact(r):
    base = r.choice(PINYIN) + r.choice(PINYIN) + _digits(r, r.randint(2, 4))
    k = r.random()
    if k < 0.3:
        return " ".join(base)
    if k < 0.5:
        return base.replace("a", "@").replace("o", "0")
    return base


_CN_NUM = "零幺二三四五六七八九"
_CN_NUM2 = "〇一二三四五六七八九"


def _obf_num(r):
    s = _digits(r, r.randint(6, 9))
    k = r.random()
    if k < 0.35:
        return "".join(_CN_NUM[int(c)] for c in s)
    if k < 0.6:
        return " ".join(s)
    if k < 0.8:
        return "".join(_CN_NUM2[int(c)] if i % 2 else c for i, c in enumerate(s))
    return s


def _zh_nick(r):
    k = r.random()
    if k < 0.30:
        s = r.choice(ZH_ADJ) + r.choice(ZH_NOUN)
    elif k < 0.42:
        s = r.choice(ZH_NOUN) + r.choice(["不吃", "爱", "和", "的", "想"]) + r.choice(ZH_NOUN)
    elif k < 0.55:
        s = r.choice(ZH_SUR) + r.choice(ZH_GIVEN) + r.choice(["", "", "", "呀", "酱", "_"])
    elif k < 0.66:
        s = r.choice(PINYIN) + r.choice(PINYIN) + r.choice(["", _digits(r, 2), _digits(r, 4)])
    elif k < 0.78:
        s = r.choice(ZH_ADJ) + r.choice(ZH_NOUN) + _digits(r, r.randint(2, 4))
    elif k < 0.88:
        s = (
            r.choice(ZH_NOUN)
            + r.choice(ZH_NOUN)
            + r.choice([*UNI_EMOJI[:12], "🍊", "🌙", "🐱", "🌸"])
        )
    else:
        s = (
            r.choice(EN_FIRST).capitalize()
            + r.choice(["_", "", "."])
            + _digits(r, r.choice([2, 4]))
        )
    return s


def _zh_default(r, plat):
    if plat == "douyin":
        return "用户" + _digits(r, 13)
    if plat == "kuaishou":
        return "快手用户" + _digits(r, 10)
    if plat == "rednote":
        return "小红薯" + _alnum(r, 8, "0123456789ABCDEF")
    if plat == "bilibili":
        return "bili_" + _digits(r, 11)
    if plat == "wechat_channels":
        return r.choice(["微信用户", "用户"]) + _digits(r, 6)
    return "用户" + _digits(r, 10)


def _en_handle(r):
    k = r.random()
    f = r.choice(EN_FIRST)
    if k < 0.22:
        return f + r.choice([".", "_", ""]) + r.choice(EN_LAST)
    if k < 0.40:
        return f + r.choice(EN_LAST) + _digits(r, r.choice([2, 2, 3, 4]))
    if k < 0.58:
        return f + r.choice([".", "_", ""]) + r.choice(EN_WORD)
    if k < 0.70:
        return r.choice(EN_WORD) + r.choice(["with", "by", "and", "."]) + f
    if k < 0.82:
        return f + _digits(r, 2) + r.choice(["", "_", "x"])
    if k < 0.92:
        return r.choice(["the.", "its", "not", "just", "hey"]) + f + r.choice(["", "_", "ie"])
    return r.choice(EN_WORD) + "_" + r.choice(EN_WORD) + r.choice(["", _digits(r, 2)])


def _en_default(r, plat):
    if plat == "tiktok":
        return "user" + _digits(r, r.choice([10, 11, 13]))
    if plat == "youtube":
        return "user-" + _alnum(r, 9)
    return r.choice(EN_FIRST) + r.choice(EN_LAST) + _digits(r, r.randint(3, 6))


def _bot_name(r, plat, zh):
    k = r.random()
    if zh:
        if k < 0.45:
            return _zh_default(r, plat)
        if k < 0.70:
            return r.choice(ZH_NOUN) + r.choice(ZH_NOUN) + _digits(r, r.randint(3, 5))
        if k < 0.85:
            return _alnum(r, r.randint(6, 10))
        return r.choice(ZH_SUR) + r.choice(ZH_GIVEN) + _digits(r, 4)
    if k < 0.40:
        return r.choice(EN_FIRST) + r.choice(EN_LAST) + _digits(r, r.randint(4, 8))
    if k < 0.60:
        return _en_default(r, plat)
    if k < 0.80:
        return _alnum(r, r.randint(7, 12), "abcdefghijklmnopqrstuvwxyz")
    return r.choice(EN_FIRST) + "_" + r.choice(EN_FIRST) + _digits(r, 4)


def _lure_name(r, zh):
    if zh:
        return r.choice(
            ["甜甜", "小鹿", "可可", "糖糖", "桃子", "思思", "心心", "宝儿", "依依", "萌萌"]
        ) + r.choice(
            [
                "在这里",
                "看头像",
                "主页见",
                "找我",
                "不睡觉",
                "在线",
                "_" + _digits(r, 3),
                "🍑",
                "💋",
                "",
            ]
        )
    return (
        r.choice(EN_FIRST)
        + r.choice(["_xoxo", ".babe", "_official", "x", ".fx", "_promo", "_collab", ".hub"])
        + r.choice(["", _digits(r, 2), _digits(r, 3)])
    )


def _nick(r, zh):
    return _zh_nick(r) if zh else _en_handle(r)


# --------------------------------------------------------------------------------------
# comment texts
# --------------------------------------------------------------------------------------
_ZH_PREFIX = [
    "",
    "",
    "",
    "",
    "",
    "",
    "啊啊啊",
    "天哪",
    "说真的，",
    "姐妹们",
    "家人们",
    "博主",
    "笑死",
    "真的，",
    "我宣布",
    "救命",
    "绝了，",
    "不是吧",
    "哇",
]
_EN_SUFFIX = [
    "",
    "",
    "",
    "",
    "!",
    "!!",
    " lol",
    " fr",
    " ngl",
    " 😭",
    " 😂",
    " ❤️",
    " 🔥",
    "...",
    " tbh",
    "?!",
]


def _emoji_run(r, ctx):
    codes = ctx["ecodes"]
    n = r.choice([1, 1, 2, 2, 3, 3, 4, 5])
    if codes and r.random() < 0.6:
        e = r.choice(codes)
        if r.random() < 0.6:
            return e * n
        return "".join(r.choice(codes) for _ in range(n))
    e = r.choice(UNI_EMOJI)
    if r.random() < 0.55:
        return e * n
    return "".join(r.choice(UNI_EMOJI) for _ in range(n))


def _haha(r):
    return "哈" * r.randint(3, 14)


def _zh_decorate(r, s, ctx):
    if r.random() < 0.12:
        s = r.choice(_ZH_PREFIX) + s
    s = s + r.choice(ZH_PART)
    k = r.random()
    if k < 0.18:
        s += r.choice(ctx["ecodes"] or UNI_EMOJI)
    elif k < 0.30:
        s += r.choice(UNI_EMOJI)
    elif k < 0.36:
        s += _haha(r)
    return s


def _en_decorate(r, s, ctx):
    k = r.random()
    if k < 0.25:
        s = s.capitalize()
    elif k < 0.30:
        s = s.upper()
    s += r.choice(_EN_SUFFIX)
    if r.random() < 0.22:
        s += " " + r.choice(UNI_EMOJI) * r.choice([1, 1, 2, 3])
    if r.random() < 0.08:
        # elongation: "soooo"
        for a, b in (("so ", "sooo "), ("omg", "omggg"), ("love", "loveee"), ("yes", "yesss")):
            if a in s:
                s = s.replace(a, b, 1)
                break
    return s


def _organic_text(r, ctx):
    """A genuine audience comment.  ctx: zh, topics, ecodes, plat, mix (cumulative weights), ..."""
    zh = ctx["zh"]
    u = r.random()
    kinds = ctx["mix"]
    kind = kinds[-1][1]
    for c, k in kinds:
        if u < c:
            kind = k
            break
    if kind == "emoji":
        return _emoji_run(r, ctx)
    if kind == "mention":
        n = 1 if r.random() < 0.7 else 2
        s = " ".join("@" + _nick(r, zh) for _ in range(n))
        if r.random() < 0.45:
            s += " " + (
                r.choice(
                    ["快看", "这不就是你", "我们下次去", "学起来", "像不像你", "冲", "哈哈哈哈"]
                )
                if zh
                else r.choice(
                    ["look", "this is us", "we need to go", "literally you", "omg", "lol"]
                )
            )
        return s
    if kind == "long":
        k = r.randint(2, 4)
        if zh:
            bits = [
                _fill(r, r.choice(ZH_LONG + ZH_ANEC + (ZH_QP if ctx["prod"] else ZH_Q)), ctx)
                for _ in range(k)
            ]
            s = (
                "".join(b + r.choice(["，", "，", "。", " ", "！", "…"]) for b in bits[:-1])
                + bits[-1]
            )
            return _zh_decorate(r, s, ctx)
        bits = [
            _fill(r, r.choice(EN_LONG + EN_ANEC + (EN_QP if ctx["prod"] else EN_Q)), ctx)
            for _ in range(k)
        ]
        s = "".join(b + r.choice([", ", ". ", " ", "... ", " - "]) for b in bits[:-1]) + bits[-1]
        return _en_decorate(r, s, ctx)
    if zh:
        if kind == "short":
            s = r.choice(ZH_SHORT)
            if r.random() < 0.2:
                s = s + s
            return _zh_decorate(r, s, ctx)
        if kind == "react":
            s = _fill(r, r.choice(ZH_REACT), ctx)
            if r.random() < 0.35:
                s += "，" + _fill(r, r.choice(ZH_GENERIC + ZH_SHORT), ctx)
            return _zh_decorate(r, s, ctx)
        if kind == "generic":
            s = _fill(r, r.choice(ZH_GENERIC), ctx)
            if r.random() < 0.25:
                s = _fill(r, r.choice(ZH_SHORT), ctx) + "，" + s
            return _zh_decorate(r, s, ctx)
        if kind == "question":
            s = _fill(r, r.choice(ZH_Q + ZH_QP if ctx["prod"] else ZH_Q), ctx)
            if r.random() < 0.3:
                s = (
                    r.choice(
                        [
                            "请问",
                            "博主",
                            "姐妹",
                            "想问下",
                            "求问",
                            "up主" if ctx["plat"] == "bilibili" else "宝子",
                        ]
                    )
                    + s
                )
            return s + r.choice(["", "？", "?", "？？", "呀", "~"])
        if kind == "anec":
            return _zh_decorate(
                r, _fill(r, r.choice(ZH_ANEC + ZH_ANECP if ctx["prod"] else ZH_ANEC), ctx), ctx
            )
        if kind == "chat":
            return _zh_decorate(r, _fill(r, r.choice(ZH_CHAT), ctx), ctx)
        if kind == "crit":
            return _fill(r, r.choice(ZH_CRIT), ctx) + r.choice(["", "。", "…", "[捂脸]", "[允悲]"])
        if kind == "bili":
            return _zh_decorate(r, _fill(r, r.choice(ZH_BILI), ctx), ctx)
        if kind == "news":
            s = _fill(r, r.choice(NEWS_ZH), ctx)
            if r.random() < 0.3:
                s += "，" + _fill(r, r.choice(NEWS_ZH + ZH_GENERIC), ctx)
            return s + r.choice(["", "", "。", "！", "[吃瓜]", "[费解]"])
        if kind == "brand":
            return _zh_decorate(r, _fill(r, r.choice(BRAND_ZH), ctx), ctx)
        if kind == "fan":
            return _zh_decorate(r, _fill(r, r.choice(FAN_ZH), ctx), ctx)
        return _zh_decorate(r, r.choice(ZH_SHORT), ctx)
    # english
    if kind == "short":
        return _en_decorate(r, r.choice(EN_SHORT), ctx)
    if kind == "react":
        s = _fill(r, r.choice(EN_REACT), ctx)
        if r.random() < 0.3:
            s += ", " + _fill(r, r.choice(EN_GENERIC + EN_SHORT), ctx)
        return _en_decorate(r, s, ctx)
    if kind == "generic":
        return _en_decorate(r, _fill(r, r.choice(EN_GENERIC), ctx), ctx)
    if kind == "question":
        s = _fill(r, r.choice(EN_Q + EN_QP if ctx["prod"] else EN_Q), ctx)
        if r.random() < 0.3:
            s = (
                r.choice(
                    [
                        "wait ",
                        "omg ",
                        "hi! ",
                        "quick question, ",
                        "sorry if someone asked already but ",
                    ]
                )
                + s
            )
        return s
    if kind == "anec":
        return _en_decorate(
            r, _fill(r, r.choice(EN_ANEC + EN_ANECP if ctx["prod"] else EN_ANEC), ctx), ctx
        )
    if kind == "chat":
        return _en_decorate(r, _fill(r, r.choice(EN_CHAT), ctx), ctx)
    if kind == "crit":
        return _fill(r, r.choice(EN_CRIT), ctx)
    if kind == "news":
        return _fill(r, r.choice(NEWS_EN), ctx) + r.choice(["", "", ".", "!", "?"])
    if kind == "brand":
        return _en_decorate(r, _fill(r, r.choice(BRAND_EN), ctx), ctx)
    return _en_decorate(r, r.choice(EN_SHORT), ctx)


def _bot_text(r, ctx, pool):
    """pool: list of texts this farm uses (small = blatant, exact repeats)."""
    s = r.choice(pool)
    if ctx["bot_vary"] and r.random() < ctx["bot_vary"]:
        k = r.random()
        if k < 0.3:
            s = s + s if len(s) <= 3 else s
        elif k < 0.6:
            s = s + r.choice(UNI_EMOJI[:12])
        else:
            s = s + r.choice(["!", "！", "~", "!!", "👍", "❤️"])
    return s


def _pod_text(r, ctx):
    if ctx["zh"]:
        s = r.choice(POD_ZH)
        if r.random() < 0.4:
            s += r.choice(
                ["", "～", "！", "💕", "✨", "[赞R]" if ctx["plat"] == "rednote" else "👍"]
            )
        if r.random() < 0.15:
            s = _fill(r, "{t}", ctx) + "好棒，" + s
        return s
    s = r.choice(POD_EN)
    if r.random() < 0.75:
        s += " " + r.choice(POD_EN_EMO)
    if r.random() < 0.15:
        s = r.choice(["Girl, ", "Babe ", "Omg ", "Yes! "]) + s[0].lower() + s[1:]
    return s


def _ai_text(r, ctx, strength):
    t = r.choice(ctx["topics"])
    if ctx["zh"]:
        parts = [r.choice(AI_ZH_OPEN).replace("{t}", t)]
        if strength > 0.3 or r.random() < 0.5:
            parts.append(r.choice(AI_ZH_BODY))
        if r.random() < 0.12:
            parts.append(r.choice(AI_ZH_Q).replace("{t}", t))
        else:
            parts.append(r.choice(AI_ZH_CLOSE))
        s = "".join(parts)
        s = s.replace("，。", "。").replace("，！", "！")
        if r.random() < 0.35:
            s += r.choice(["✨", "👍", "💪", "🌟", "❤️"])
        return s
    parts = [r.choice(AI_EN_OPEN).replace("{t}", t)]
    if strength > 0.3 or r.random() < 0.5:
        parts.append(r.choice(AI_EN_BODY))
        parts.append(r.choice(AI_EN_CLOSE))
    elif r.random() < 0.3:
        parts.append(r.choice(AI_EN_Q).replace("{t}", t))
    s = " ".join(parts)
    if r.random() < 0.45:
        s += " " + r.choice(["✨", "🙌", "💯", "🌟", "👏", "💖"])
    return s


def _lure_text(r, ctx):
    if ctx["zh"]:
        s = _fill(r, r.choice(LURE_ZH), ctx)
        if r.random() < 0.25:
            s = r.choice(ZH_SHORT) + "，" + s
        return s
    return _fill(r, r.choice(LURE_EN), ctx)


def _give_text(r, ctx):
    zh = ctx["zh"]
    if r.random() < 0.4:
        n = r.choice([1, 2, 2, 3])
        s = " ".join("@" + _nick(r, zh) for _ in range(n))
        if r.random() < 0.5:
            s += " " + r.choice(GIVE_ZH if zh else GIVE_EN)
        return s
    s = r.choice(GIVE_ZH if zh else GIVE_EN)
    if r.random() < 0.4:
        s += r.choice(["🙏", "🤞", "❤️", "🍀", "[祈祷]" if zh else "✨", ""])
    return s


ZH_TOPICS["news"] = _L("政策|天气|交通|教育|民生|科技|体育|国际|医保|高铁|地铁|暴雨|消费|就业")
EN_TOPICS["news"] = _L(
    "policy|weather|traffic|schools|economy|sports|world news|health care|elections|housing"
)
ZH_TOPICS["entertainment"] = _L("新歌|新剧|演唱会|综艺|杂志|红毯|路透|花絮|电影|直播|巡演|代言")
EN_TOPICS["entertainment"] = _L(
    "new single|tour|movie|premiere|photoshoot|behind the scenes|album|red carpet|interview"
)

TIER_RANGE = {
    "tiny": (80, 2500),
    "nano": (1000, 10000),
    "micro": (10000, 100000),
    "mid": (100000, 1000000),
    "macro": (1000000, 10000000),
    "mega": (10000000, 80000000),
}
GEN_TIERS = (("nano", 0.30), ("micro", 0.38), ("mid", 0.22), ("macro", 0.08), ("mega", 0.02))
FRAUD_TIERS = (("tiny", 0.04), ("nano", 0.32), ("micro", 0.38), ("mid", 0.21), ("macro", 0.05))
KIND_TIERS = {
    "organic_koc": (("nano", 1.0),),
    "organic_micro": (("micro", 1.0),),
    "organic_mid": (("mid", 1.0),),
    "organic_macro": (("macro", 0.85), ("mega", 0.15)),
    "tiny_koc": (("tiny", 1.0),),
    "celebrity_low_er": (("mid", 0.1), ("macro", 0.5), ("mega", 0.4)),
    "news_media": (("mid", 0.3), ("macro", 0.5), ("mega", 0.2)),
    "brand_official": (("micro", 0.25), ("mid", 0.45), ("macro", 0.3)),
    "quiet_audience": (("nano", 0.15), ("micro", 0.45), ("mid", 0.35), ("macro", 0.05)),
    "steady_grower": (("nano", 0.35), ("micro", 0.4), ("mid", 0.2), ("macro", 0.05)),
}
THRESHOLDS = (1000, 5000, 10000, 50000, 100000, 500000, 1000000)
ACTIVE_SHARE = {
    "rednote": 0.40,
    "bilibili": 0.35,
    "instagram": 0.45,
    "tiktok": 0.30,
    "youtube": 0.25,
    "douyin": 0.25,
    "kuaishou": 0.25,
    "weibo": 0.30,
    "wechat_channels": 0.20,
}


def _wpick(r, pairs):
    u = r.random() * sum(w for _, w in pairs)
    acc = 0.0
    for k, w in pairs:
        acc += w
        if u < acc:
            return k
    return pairs[-1][0]


def _kernel_exp(tau, n):
    t = np.arange(n, dtype=float)
    w = np.exp(-t / max(tau, 0.05))
    return w / w.sum()


def _survive(deliv, delta):
    """R[k] = sum_{t<=k} deliv[t] * exp(-delta (k-t))."""
    if delta <= 0:
        return np.cumsum(deliv)
    n = len(deliv)
    K = n - 1
    idx = np.arange(n, dtype=float)
    a = np.exp(delta * (idx - K))
    c = np.cumsum(deliv * a)
    return c / a


class _Sim:
    def __init__(self, seed: int, i: int):
        self.seed, self.i = seed, i
        ss = np.random.SeedSequence([int(seed) % (2**63), int(i) % (2**63), 0x05CA9])
        self.g = np.random.default_rng(ss)
        self.r = random.Random(int(self.g.integers(0, 2**62)))

    # ------------------------------------------------------------------ pick & basics
    def run(self) -> dict:
        self._pick()
        self._basics()
        self._scenario()
        self._schedule()
        self._timeline()
        self._engagement()
        self._comments()
        self._sample()
        return self._assemble()

    def _pick(self):
        r = self.r
        k = int(np.searchsorted(_ARCH_CUM, r.random(), side="right"))
        k = min(k, len(_ARCH_TABLE) - 1)
        name, _, label, comps = _ARCH_TABLE[k]
        self.arch, self.label = name, label
        self.kind = name if label == 0 else None
        self.comps = set(comps) if label else set()
        # intensity skewed to the cautious end
        self.I = {c: r.betavariate(1.1, 1.7) for c in comps} if label else {}

    def _basics(self):
        r = self.r
        w = []
        keys = [self.kind] if self.kind else sorted(self.comps)
        for p in PLATFORMS:
            x = float(PLAT_W[p])
            for k in keys:
                x *= ARCH_PLAT_MULT.get(k, {}).get(p, 1.0)
            w.append((p, x))
        self.plat = _wpick(r, w)
        self.cfg = PCFG[self.plat]
        self.cn = self.plat in CN_PLATS
        self.zh = self.cn or r.random() < 0.12
        cats, cw = CATS_BY_PLAT[self.plat]
        cat = r.choices(cats, cw)[0]
        if self.kind == "news_media":
            cat = "news"
        elif self.kind == "celebrity_low_er":
            cat = "entertainment" if r.random() < 0.75 else cat
        elif self.kind == "quiet_audience":
            cat = r.choice(["finance", "education", "tech", "finance", "education", "cars"])
        elif self.kind == "brand_official":
            cat = r.choice(["beauty", "food", "tech", "fashion", "cars", "home", "pets", "fitness"])
        self.cat = cat
        self.topics = (ZH_TOPICS if self.zh else EN_TOPICS)[cat]
        # size
        if self.kind in KIND_TIERS:
            tier = _wpick(r, KIND_TIERS[self.kind])
        elif self.label:
            tier = _wpick(r, FRAUD_TIERS)
            if "lure_spam" in self.comps and tier in ("mid", "macro"):
                tier = "micro"
            if (
                "follow_unfollow_churn" in self.comps
                and tier in ("macro", "mid")
                and r.random() < 0.7
            ):
                tier = "micro"
        else:
            tier = _wpick(r, GEN_TIERS)
        self.tier = tier
        lo, hi = TIER_RANGE[tier]
        F = math.exp(r.uniform(math.log(lo), math.log(hi)))
        if self.comps & FOLLOWER_FRAUDS and r.random() < 0.3:
            cands = [t for t in THRESHOLDS if lo <= t * 1.1 <= hi * 1.2]
            if cands:
                F = r.choice(cands) * r.uniform(1.0, 1.22)
        self.F_target = F
        # time
        base = datetime(2024, 1, 10, tzinfo=TZ_UTC).timestamp()
        self.as_ts = base + r.uniform(0, 690) * DAY
        self.tz = TZ_CN if self.cn else TZ_UTC
        self.tzoff = 8 * 3600 if self.cn else 0
        self.as_day = int((self.as_ts + self.tzoff) // DAY)
        self.as_date = date(1970, 1, 1) + timedelta(days=self.as_day)
        self.H = r.randint(90, 365)
        # data blocks and source quirks: independent of the label
        self.has_hist = r.random() < 0.62
        self.hist_sparse = r.random() < 0.2
        self.hist_following = r.random() < 0.7
        self.hist_miss = r.choice([0.0, 0.0, 0.0, 0.01, 0.03, 0.06])
        self.hist_outage = r.random() < 0.2
        self.has_sample = r.random() < 0.58
        self.has_comments = r.random() < 0.93
        self.observed = r.random() < 0.04
        self.rounding = r.random() < (0.22 if self.cn else 0.12)
        self.hot_mode = r.random() < 0.6
        self.page_cap = r.choice([10, 20, 20, 30, 50, 100, 1000])
        self.ks_unknown = self.plat == "kuaishou" and r.random() < 0.5
        self.hidden_likes = self.plat == "instagram" and r.random() < 0.06
        self.show_views = r.random() < self.cfg["views"]
        self.show_sponsored = r.random() < 0.7
        self.show_shares = self.cfg["shares"] and r.random() < 0.9
        self.show_saves = self.cfg["saves"] and r.random() < 0.85
        self.show_created = r.random() < {"weibo": 0.9, "youtube": 0.7, "bilibili": 0.3}.get(
            self.plat, 0.2
        )
        self.show_last_post = r.random() < 0.85
        self.show_acc_bio = r.random() < 0.9
        self.comment_target = r.randint(100, 300) if r.random() < 0.93 else r.randint(300, 400)
        self.year = self.as_date.year

    # ------------------------------------------------------------------ scenario
    def _scenario(self):
        r = self.r
        kind, comps, tier = self.kind, self.comps, self.tier
        med_g = {"tiny": 0.6, "nano": 0.5, "micro": 0.3, "mid": 0.18, "macro": 0.08, "mega": 0.04}[
            tier
        ]
        g = _lnv(r, med_g, 0.7)
        if r.random() < 0.15:
            g = -r.uniform(0.03, 0.3)
        if kind == "steady_grower":
            g = r.uniform(1.2, 6.0) if tier in ("nano", "micro") else r.uniform(0.6, 2.5)
        if kind in ("celebrity_low_er", "news_media", "brand_official"):
            g = r.uniform(-0.08, 0.15)
        self.g_year = g
        # creator-level engagement parameters
        self.q = _lnv(r, 1.0, 0.55)
        self.lr_c = self.cfg["lr"] * _lnv(r, 1.0, 0.3)
        self.cr_c = self.cfg["cr"] * _lnv(r, 1.0, 0.45)
        self.sr_c = self.cfg["sr"] * _lnv(r, 1.0, 0.55)
        self.svr_c = self.cfg["svr"] * _lnv(r, 1.0, 0.45)
        self.sig_post = r.uniform(0.4, 1.0)
        self.p_hit = r.uniform(0.02, 0.1)
        self.tau_h = r.uniform(6, 36) * (2.5 if self.plat == "rednote" else 1.0)
        self.reach_mult, self.like_mult = 1.0, 1.0
        if self.F_target < 5000:
            self.cr_c *= 1.5
        if kind == "celebrity_low_er":
            self.reach_mult = r.uniform(0.08, 0.45)
            self.like_mult = r.uniform(1.0, 1.8)
        elif kind == "news_media":
            self.reach_mult = r.uniform(0.02, 0.12)
            self.cr_c *= 1.6
        elif kind == "brand_official":
            self.reach_mult = r.uniform(0.04, 0.3)
        elif kind == "quiet_audience":
            self.reach_mult = r.uniform(0.2, 0.5)
            self.like_mult = r.uniform(0.6, 0.9)
            self.svr_c *= 2.0
        elif kind == "tiny_koc":
            self.reach_mult = r.uniform(0.8, 2.0)
        # audience composition (organic)
        ob_rng = {
            "tiny": (0.01, 0.05),
            "nano": (0.01, 0.06),
            "micro": (0.02, 0.08),
            "mid": (0.03, 0.12),
            "macro": (0.06, 0.2),
            "mega": (0.08, 0.25),
        }[tier]
        self.ob = r.uniform(*ob_rng)
        if kind == "celebrity_low_er":
            self.ob = r.uniform(0.12, 0.35)
        elif kind in ("news_media", "brand_official"):
            self.ob = r.uniform(0.08, 0.25)
        self.aband = r.uniform(0.04, 0.15)
        self.active = ACTIVE_SHARE[self.plat] * r.uniform(0.7, 1.3)
        if kind in ("celebrity_low_er", "news_media", "brand_official", "quiet_audience"):
            self.active *= r.uniform(0.4, 0.7)
        self.lottery = 0.0
        self.superfan_p = (
            r.uniform(0.03, 0.25) if tier in ("tiny", "nano", "micro") else r.uniform(0.0, 0.08)
        )
        reply_rng = {
            "tiny": (0.15, 0.5),
            "nano": (0.1, 0.4),
            "micro": (0.04, 0.2),
            "mid": (0.01, 0.08),
            "macro": (0.0, 0.03),
            "mega": (0.0, 0.01),
        }[tier]
        self.reply_rate = r.uniform(*reply_rng)
        if kind == "news_media":
            self.reply_rate = 0.0
        elif kind == "brand_official":
            self.reply_rate = r.uniform(0.05, 0.3)
        # organic noise in comment sections: third-party lure spam and generic bot comments
        big = tier in ("mid", "macro", "mega")
        self.noise_lure = r.uniform(0.0, 0.05 if big else 0.02)
        self.noise_bot = r.uniform(0.01, 0.06)
        # comment kind mix
        mix = {
            "emoji": 0.07,
            "mention": 0.05,
            "short": 0.14,
            "react": 0.21,
            "generic": 0.11,
            "question": 0.17,
            "anec": 0.10,
            "chat": 0.05,
            "crit": 0.04,
            "long": 0.05,
        }
        if self.plat in ("bilibili", "youtube", "weibo"):
            mix["long"] += 0.05
        if self.plat in ("douyin", "tiktok", "instagram", "kuaishou"):
            mix["mention"] += 0.05
            mix["emoji"] += 0.04
        if self.plat == "bilibili":
            mix["bili"] = 0.1
        if kind == "news_media":
            mix = {
                "news": 0.5,
                "crit": 0.1,
                "short": 0.1,
                "emoji": 0.05,
                "question": 0.1,
                "chat": 0.05,
                "mention": 0.05,
                "long": 0.05,
            }
        elif kind == "brand_official":
            mix.update({"brand": 0.45, "question": 0.15})
        elif kind == "celebrity_low_er":
            mix.update({"fan": r.uniform(0.15, 0.45), "short": 0.2, "emoji": 0.12})
        for k in mix:
            mix[k] *= _lnv(r, 1.0, 0.3)
        tot = sum(mix.values())
        acc, cm = 0.0, []
        for k, v in mix.items():
            acc += v / tot
            cm.append((acc, k))
        self.mix = cm
        # events (genuine or cover)
        self.events: list[dict[str, Any]] = []  # dicts: type, frac / day / post index placeholder
        if kind == "viral_post":
            self.events.append(
                dict(
                    type="viral",
                    frac=math.exp(
                        r.uniform(
                            math.log(0.08), math.log(6.0 if tier in ("tiny", "nano") else 2.0)
                        )
                    ),
                )
            )
        elif kind == "giveaway":
            self.events.append(
                dict(type="giveaway", frac=math.exp(r.uniform(math.log(0.05), math.log(1.5))))
            )
        elif kind == "shoutout":
            self.events.append(
                dict(type="shoutout", frac=math.exp(r.uniform(math.log(0.04), math.log(1.2))))
            )
        elif kind == "platform_purge":
            p = r.uniform(0.02, 0.2)
            if tier in ("macro", "mega"):
                p = r.uniform(0.05, 0.25)
            self.events.append(dict(type="purge", frac=p))
            self.ob *= r.uniform(0.2, 0.5)  # what remains after the purge
        elif kind == "sponsored_campaign":
            self.events.append(dict(type="campaign", frac=r.uniform(0.0, 0.08)))
        elif kind == "brand_official" and r.random() < 0.45:
            self.events.append(dict(type="giveaway", frac=r.uniform(0.01, 0.15)))
        # background events for everyone (same rates for genuine and fraud)
        if r.random() < 0.15:
            self.events.append(dict(type="viral", frac=r.uniform(0.01, 0.15), mini=True))
        if r.random() < 0.05:
            self.events.append(dict(type="shoutout", frac=r.uniform(0.01, 0.1)))
        if r.random() < 0.05:
            self.events.append(dict(type="purge", frac=r.uniform(0.003, 0.02)))
        if r.random() < 0.04 and kind != "giveaway":
            self.events.append(dict(type="giveaway", frac=r.uniform(0.01, 0.1)))
        # dormant
        self.dormant: dict[str, Any] | None = None
        if kind == "dormant_return":
            self.dormant = dict(gap=r.uniform(100, 450), decline=r.uniform(0.05, 0.3))
            self.aband = r.uniform(0.22, 0.45)
            self.active *= r.uniform(0.4, 0.7)
        # fraud set-up --------------------------------------------------------
        self.beta = 0.0
        self.lot_specs: list[dict[str, Any]] = []  # bought follower lots (shape only, scaled later)
        self.masked: dict[str, Any] | None = None
        self.churn: dict[str, Any] | None = None
        self.likes_fraud: dict[str, Any] | None = None
        self.views_fraud: dict[str, Any] | None = None
        self.botc: dict[str, Any] | None = None
        self.pod: dict[str, Any] | None = None
        self.ai: dict[str, Any] | None = None
        self.lure: dict[str, Any] | None = None
        for c in sorted(comps):
            getattr(self, "_setup_" + c)(self.I[c])

    # -- follower frauds ---------------------------------------------------
    def _setup_bought_followers_burst(self, intensity):
        r = self.r
        self.beta = min(0.88, 0.04 + 0.8 * intensity**1.25)
        n = 1 if r.random() < 0.6 else r.randint(2, 3)
        for _ in range(n):
            start = (
                -r.randint(2, self.H - 5) if r.random() < 0.85 else -(self.H + r.randint(5, 200))
            )
            cheap = r.random() < 0.7
            spec = dict(
                start=start,
                shape="burst",
                dur=r.randint(1, 3),
                klass="bot_cheap" if cheap else "bot_mid",
                delta=r.uniform(0.001, 0.006) if cheap else r.uniform(0.0003, 0.002),
                w=r.uniform(0.5, 1.5),
            )
            if r.random() < 0.25:
                spec["purge"] = (
                    start + r.randint(7, 120),
                    r.uniform(0.15, 0.6) if cheap else r.uniform(0.05, 0.25),
                )
                spec["refill"] = r.random() < 0.6
            self.lot_specs.append(spec)

    def _setup_bought_followers_drip(self, intensity):
        r = self.r
        self.beta = min(0.85, 0.04 + 0.78 * intensity**1.25)
        n = 1 if r.random() < 0.65 else 2
        for _ in range(n):
            dur = r.randint(14, 120)
            start = -r.randint(dur // 3 + 1, self.H + 30)
            cheap = r.random() < 0.5
            spec = dict(
                start=start,
                shape="drip",
                dur=dur,
                klass="bot_cheap" if cheap else "bot_mid",
                delta=r.uniform(0.0008, 0.005) if cheap else r.uniform(0.0002, 0.0015),
                w=r.uniform(0.5, 1.5),
                jitter=r.uniform(0.15, 0.5),
                ramp=r.uniform(-0.5, 0.5),
            )
            if r.random() < 0.2:
                spec["purge"] = (
                    start + r.randint(10, 150),
                    r.uniform(0.1, 0.5) if cheap else r.uniform(0.03, 0.15),
                )
                spec["refill"] = r.random() < 0.5
            self.lot_specs.append(spec)

    def _setup_bought_followers_premium(self, intensity):
        r = self.r
        self.beta = min(0.6, 0.03 + 0.5 * intensity**1.3)
        task = r.random() < 0.3
        n = r.randint(2, 8)
        span = max(self.H, 180) + r.randint(0, 200)
        for _ in range(n):
            dur = r.randint(5, 40)
            start = -r.randint(dur // 2 + 1, span)
            if task:
                x = r.uniform(0.6, 0.85)
                self.lot_specs.append(
                    dict(
                        start=start,
                        shape="drip",
                        dur=dur,
                        klass="task",
                        delta=r.uniform(0.0002, 0.001),
                        w=x,
                        jitter=r.uniform(0.1, 0.4),
                        ramp=0.0,
                    )
                )
                self.lot_specs.append(
                    dict(
                        start=start,
                        shape="drip",
                        dur=dur,
                        klass="task",
                        delta=r.uniform(0.03, 0.08),
                        w=1 - x,
                        jitter=r.uniform(0.1, 0.4),
                        ramp=0.0,
                    )
                )
            else:
                self.lot_specs.append(
                    dict(
                        start=start,
                        shape="drip",
                        dur=dur,
                        klass="premium",
                        delta=r.uniform(0.0001, 0.0006),
                        w=r.uniform(0.5, 1.5),
                        jitter=r.uniform(0.1, 0.35),
                        ramp=0.0,
                    )
                )

    def _setup_bought_followers_aged(self, intensity):
        r = self.r
        self.beta = min(0.85, 0.05 + 0.75 * intensity**1.2)
        n = 1 if r.random() < 0.6 else r.randint(2, 3)
        klass = _wpick(r, (("bot_cheap", 0.45), ("bot_mid", 0.3), ("premium", 0.25)))
        first = self.H + r.randint(60, 1100)
        for k in range(n):
            start = -(first + k * r.randint(10, 200))
            delta = {
                "bot_cheap": r.uniform(0.0005, 0.003),
                "bot_mid": r.uniform(0.0002, 0.001),
                "premium": r.uniform(0.00005, 0.0003),
            }[klass]
            burst = r.random() < 0.5
            spec = dict(
                start=start,
                shape="burst" if burst else "drip",
                dur=r.randint(1, 3) if burst else r.randint(7, 60),
                klass=klass,
                delta=delta,
                w=r.uniform(0.5, 1.5),
                jitter=0.3,
                ramp=0.0,
            )
            self.lot_specs.append(spec)
        if r.random() < 0.3:
            # a platform clean-up inside the window takes part of the old bots
            pday = -r.randint(5, self.H - 3)
            f = {
                "bot_cheap": r.uniform(0.1, 0.5),
                "bot_mid": r.uniform(0.05, 0.3),
                "premium": r.uniform(0.01, 0.08),
            }[klass]
            for s in self.lot_specs:
                if s["klass"] == klass:
                    s["purge"] = (pday, f)
                    s["refill"] = False

    def _setup_bought_followers_masked(self, intensity):
        r = self.r
        cover = _wpick(r, (("viral", 0.5), ("campaign", 0.3), ("giveaway", 0.2)))
        rho = 0.15 + 2.5 * intensity**1.3
        klass = _wpick(r, (("premium", 0.4), ("bot_mid", 0.35), ("bot_cheap", 0.25)))
        cautious = r.random() < 0.75 - 0.4 * intensity
        if cover == "viral":
            self.events.append(
                dict(
                    type="viral",
                    frac=math.exp(r.uniform(math.log(0.06), math.log(1.2))),
                    cover=True,
                )
            )
        elif cover == "giveaway":
            self.events.append(
                dict(
                    type="giveaway",
                    frac=math.exp(r.uniform(math.log(0.05), math.log(0.8))),
                    cover=True,
                )
            )
        else:
            self.events.append(dict(type="campaign", frac=r.uniform(0.01, 0.1), cover=True))
        self.masked = dict(
            cover=cover,
            rho=rho,
            klass=klass,
            cautious=cautious,
            delta={"premium": 0.0003, "bot_mid": 0.001, "bot_cheap": 0.003}[klass]
            * r.uniform(0.5, 1.5),
            lag=r.choice([0, 0, 1, 1, 2]) if cautious else r.choice([0, 1, 2, 3]),
        )

    def _setup_follow_unfollow_churn(self, intensity):
        r = self.r
        size = _clip((self.F_target / 5000.0) ** 0.35, 0.5, 3.0)
        self.churn = dict(
            rate=15.0 * 50.0**intensity * size,
            fb=r.uniform(0.04, 0.2),
            ub=r.uniform(0.2, 0.6),
            follow_days=(2, 7),
            hold=(3, 14),
            pause=(0, 10 if intensity > 0.5 else 25),
            active=0.5 + 0.5 * intensity,
            keep=r.uniform(0.0, 0.08),
            since=self.H + r.randint(-40, 400),
        )

    # -- engagement frauds -------------------------------------------------
    def _setup_bought_likes(self, intensity):
        r = self.r
        strat = _wpick(r, (("proportional", 0.4), ("floor", 0.3), ("selective", 0.3)))
        self.likes_fraud = dict(
            strat=strat,
            k=0.2 + 6.0 * intensity**1.5,
            frac=0.35 + 0.65 * intensity,
            with_views=r.random() < 0.75 - 0.5 * intensity,
            drip=r.random() < 0.4 - 0.3 * intensity,
            since=r.random() < 0.3,
        )

    def _setup_bought_views(self, intensity):
        r = self.r
        self.views_fraud = dict(
            k=0.4 + 15.0 * intensity**1.5,
            frac=0.4 + 0.6 * intensity,
            with_likes=r.random() < 0.5,
            lk=r.uniform(0.15, 0.5),
        )

    def _setup_bot_comments(self, intensity):
        r = self.r
        blatant = intensity > 0.55
        pool = (self.zh and BOT_ZH) or BOT_EN
        texts = (
            r.sample(pool, r.randint(5, 12))
            if blatant
            else list(pool) + r.sample(ZH_SHORT if self.zh else EN_SHORT, 10)
        )
        self.botc = dict(
            k=0.25 + 6.0 * intensity**1.3,
            frac=0.5 + 0.5 * intensity,
            pool=r.randint(10, 60) if blatant else r.randint(60, 400),
            texts=texts,
            vary=0.0 if blatant else 0.5,
            burst=r.random() < 0.35 + 0.5 * intensity,
            emoji=r.uniform(0.05, 0.3),
        )

    def _setup_engagement_pod(self, intensity):
        r = self.r
        size = int(8 + 50 * intensity + r.randint(0, 6))
        self.pod = dict(
            size=size,
            part=r.uniform(0.45, 0.9),
            likers=int(size * r.uniform(1.0, 4.0)),
            join=r.uniform(0.5, 1.0),
            reply=r.uniform(0.2, 0.7),
        )

    def _setup_ai_praise(self, intensity):
        r = self.r
        self.ai = dict(
            k=0.15 + 3.0 * intensity**1.3,
            frac=0.4 + 0.6 * intensity,
            pool=r.randint(20, 200),
            strength=intensity,
            reply=r.uniform(0.0, 0.2),
        )

    def _setup_lure_spam(self, intensity):
        r = self.r
        self.lure = dict(
            k=0.1 + 2.5 * intensity**1.2,
            net=int(5 + 40 * intensity),
            reply=r.uniform(0.1, 0.4),
            bio=r.random() < 0.5 + 0.5 * intensity,
        )
        if not (self.comps & FOLLOWER_FRAUDS):
            self.beta = r.uniform(0.03, 0.12 + 0.3 * intensity)
            self.lot_specs.append(
                dict(
                    start=-r.randint(5, self.H + 200),
                    shape="drip",
                    dur=r.randint(10, 60),
                    klass="lure_acct",
                    delta=r.uniform(0.001, 0.004),
                    w=0.4,
                    jitter=0.4,
                    ramp=0.0,
                )
            )
            self.lot_specs.append(
                dict(
                    start=-r.randint(5, self.H + 200),
                    shape="burst",
                    dur=r.randint(1, 3),
                    klass="bot_cheap",
                    delta=r.uniform(0.001, 0.005),
                    w=0.6,
                )
            )

    # ------------------------------------------------------------------ posts schedule
    def _post_id(self):
        r, p = self.r, self.plat
        if p in ("douyin", "tiktok"):
            return "7" + _digits(r, 18)
        if p == "kuaishou":
            return "3x" + _alnum(r, 13)
        if p == "rednote":
            return _alnum(r, 24, "0123456789abcdef")
        if p == "weibo":
            return "5" + _digits(r, 15)
        if p == "bilibili":
            return "BV1" + _alnum(
                r, 9, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
            )
        if p == "wechat_channels":
            return "export/" + _alnum(
                r, 22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
            )
        return _alnum(r, 11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")

    def _schedule(self):
        r, kind = self.r, self.kind
        N = r.randint(10, 16) if kind == "tiny_koc" else int(10 + 50 * r.betavariate(1.3, 1.6))
        if kind == "news_media":
            m = r.uniform(0.04, 0.4)
        elif kind == "brand_official":
            m = _lnv(r, 1.5, 0.5)
        elif kind == "celebrity_low_er":
            m = _lnv(r, 4.0, 0.6)
        elif kind == "tiny_koc":
            m = r.uniform(7, 40)
        elif self.tier in ("tiny", "nano"):
            m = _lnv(r, 4.0, 0.7)
        else:
            m = _lnv(r, 2.5, 0.7)
        m = _clip(m, 0.03, 45.0)
        self.cadence = m
        max_age = (self.as_date - LAUNCH[self.plat]).days - 20
        shape = r.uniform(1.0, 3.0)
        ret_n = None
        if self.dormant:
            ret_n = r.randint(3, max(3, min(12, N - 5)))
            self.dormant["gap"] = min(self.dormant["gap"], max_age * 0.4)
        vac_j = r.randint(1, N - 1) if r.random() < 0.12 else None
        gaps = [r.uniform(0.03, min(m, 4.0))]
        for j in range(1, N):
            gap = max(0.01, r.gammavariate(shape, m / shape))
            if ret_n is not None and j == ret_n:
                assert self.dormant is not None
                gap += self.dormant["gap"]
            if vac_j is not None and j == vac_j:
                gap += r.uniform(15, 60)
            gaps.append(gap)
        tot = sum(gaps)
        if tot > max_age * 0.8:
            f = max_age * 0.8 / tot
            gaps = [x * f for x in gaps]
        ts, t = [], self.as_ts
        for gp in gaps:
            t -= gp * DAY
            ts.append(t)
        out = []
        for t in ts:
            day0 = math.floor((t + self.tzoff) / DAY) * DAY
            u = r.random()
            if kind in ("news_media", "brand_official"):
                h = r.uniform(7, 23.5)
            elif u < 0.5:
                h = _clip(r.gauss(20.3, 1.6), 0, 23.99)
            elif u < 0.75:
                h = _clip(r.gauss(12.3, 1.0), 0, 23.99)
            else:
                h = r.uniform(6.5, 23.99)
            tt = day0 + h * 3600 + r.uniform(0, 59) - self.tzoff
            if tt > self.as_ts - 300:
                tt = self.as_ts - r.uniform(300, 4 * 3600)
            out.append(tt)
        out.sort(reverse=True)
        fmts, fw = zip(*self.cfg["fmt"], strict=False)
        spons_rate = {
            "tiny": 0.02,
            "nano": 0.05,
            "micro": 0.12,
            "mid": 0.18,
            "macro": 0.15,
            "mega": 0.1,
        }[self.tier]
        if kind in ("news_media", "brand_official"):
            spons_rate = 0.0
        posts = []
        for _j, t in enumerate(out):
            d = int((t + self.tzoff) // DAY) - self.as_day
            topic = r.choice(self.topics)
            posts.append(
                dict(
                    ts=t,
                    d=d,
                    fmt=r.choices(fmts, fw)[0],
                    spons=r.random() < spons_rate,
                    topic=topic,
                    id=self._post_id(),
                    viral=1.0,
                    give=0,
                    ret=1.0,
                )
            )
        if ret_n is not None:
            for j in range(ret_n):
                # oldest returned post is the weakest; recovers towards the newest
                posts[j]["ret"] = r.uniform(0.25, 0.5) + (ret_n - 1 - j) / max(
                    1, ret_n - 1
                ) * r.uniform(0.2, 0.45)
        self.posts = posts
        self.N = N
        self.ret_n = ret_n
        self.span = -posts[-1]["d"]
        self.max_age = max_age

    # ------------------------------------------------------------------ follower timeline
    def _timeline(self):
        r, g = self.r, self.g
        posts, H = self.posts, self.H
        # place events
        win = [j for j, p in enumerate(posts) if -H + 3 <= p["d"] <= -1] or list(
            range(1, len(posts))
        )
        used = set()
        for ev in self.events:
            t = ev["type"]
            if t in ("viral", "giveaway"):
                pool = [j for j in win if j not in used] or win
                if ev.get("mini"):
                    pool = [j for j in range(len(posts)) if j not in used] or pool
                j = r.choice(pool)
                used.add(j)
                ev["post"] = j
                ev["day"] = posts[j]["d"]
            elif t == "campaign":
                bl = r.randint(3, 8)
                j0 = r.choice(win)
                js = list(range(max(0, j0 - bl + 1), j0 + 1))
                for j in js:
                    posts[j]["spons"] = True
                ev["day"] = posts[js[-1]]["d"]
                ev["dur"] = max(3, posts[js[0]]["d"] - posts[js[-1]]["d"] + r.randint(2, 10))
            else:
                ev["day"] = -r.randint(2, max(3, H - 3))
        lim = self.max_age - 5
        for s in self.lot_specs:
            s["start"] = max(s["start"], -lim)
        earliest = min([p["d"] for p in posts] + [-H] + [s["start"] for s in self.lot_specs])
        if self.churn:
            self.churn["since"] = min(self.churn["since"], lim)
            earliest = min(earliest, -self.churn["since"])
        L = min(-earliest + 15, lim + 15)
        L = max(L, H + 5)
        n = L + 1
        self.L, self.n = L, n
        K = lambda d: max(0, min(n - 1, d + L))  # noqa: E731
        # trend
        mu0 = math.log(1 + self.g_year) / 365.0
        mu = np.full(n, mu0)
        if self.dormant and self.ret_n is not None:
            a = K(posts[self.ret_n]["d"])
            b = K(posts[self.ret_n - 1]["d"])
            if b > a:
                mu[a:b] = math.log(1 - self.dormant["decline"]) / (b - a)
        # organic end level
        F_org_end = self.F_target * (1 - self.beta) if self.beta > 0 else self.F_target
        F_org_end = max(F_org_end, 30.0)
        cum = np.cumsum(mu[::-1])[::-1]
        rel = np.exp(-(cum - mu))  # F0[k] / F0_end
        # events: nominal fractional net gains to find the pre-event end level
        losses = {}
        netfrac = 0.0
        for e_i, ev in enumerate(self.events):
            k = K(ev["day"])
            t = ev["type"]
            if t == "purge":
                netfrac -= ev["frac"] * rel[k]
                losses[e_i] = 0.0
            else:
                loss = {
                    "viral": r.uniform(0.03, 0.15),
                    "shoutout": r.uniform(0.04, 0.12),
                    "giveaway": r.uniform(0.2, 0.55),
                    "campaign": r.uniform(0.0, 0.1),
                }[t]
                losses[e_i] = loss
                netfrac += ev["frac"] * rel[k] * (1 - loss)
        F_end0 = F_org_end / max(0.2, 1 + netfrac)
        F0 = F_end0 * rel
        E = np.zeros(n)
        self.cover_gain = 0.0
        self.lottery_abs = 0.0
        for e_i, ev in enumerate(self.events):
            k = K(ev["day"])
            t = ev["type"]
            G = ev["frac"] * F0[k]
            ev["gain"] = G
            if t == "purge":
                nd = r.randint(1, 3)
                for q in range(nd):
                    if k + q < n:
                        E[k + q] -= G / nd
                continue
            if t == "giveaway":
                D = r.randint(3, 10)
                ev["dur"] = D
                ker = _kernel_exp(D / 2.5, D)
            elif t == "campaign":
                D = ev["dur"]
                ker = np.ones(D) / D
            else:
                D = 30
                ker = _kernel_exp(r.uniform(0.6, 3.0) if t == "viral" else r.uniform(0.5, 2.5), D)
            seg = ker[: max(0, n - k)]
            E[k : k + len(seg)] += G * seg
            loss = losses[e_i]
            if loss > 0:
                k2 = k + (D if t == "giveaway" else 3)
                ker2 = _kernel_exp(r.uniform(4, 12), 45)
                seg2 = ker2[: max(0, n - k2)]
                if k2 < n:
                    E[k2 : k2 + len(seg2)] -= G * loss * seg2
            if t == "giveaway":
                self.lottery_abs += G * (1 - loss) * r.uniform(0.4, 0.8)
                posts[ev["post"]]["give"] = G * r.uniform(0.5, 1.5)
            if ev.get("cover"):
                self.cover_gain += G * (1 - loss)
                self.cover_ev = ev
        Ecum = np.cumsum(E)
        Ecum = Ecum - Ecum[-1]  # relative to end: pre-event days lower
        Fapx = np.maximum(F0 + Ecum + (F_org_end - F0[-1]), 1.0)
        # organic reach per post (final, before maturity)
        conv = self.cfg["conv"] * _lnv(r, 1.0, 0.5)
        self.conv = conv
        sigp = self.sig_post
        for p in posts:
            m = math.exp(r.gauss(0, sigp))
            if r.random() < self.p_hit:
                m *= _lnv(r, math.e**1.3, 0.6)
            if p["spons"]:
                m *= r.uniform(0.45, 0.85)
            p["m"] = m * p["ret"]
            p["floor"] = self.cfg["floor"] * _lnv(r, 1.0, 0.5)
        P = np.zeros(n)
        ker4 = (0.55, 0.25, 0.12, 0.08)
        for p in posts:
            k = K(p["d"])
            reach = self._reach(Fapx[k]) * p["m"] + p["floor"]
            p["reach1"] = reach
            for q, w in enumerate(ker4):
                if k + q < n:
                    P[k + q] += reach * conv * w
        # viral multipliers from the follower gain they produced
        for ev in self.events:
            if ev["type"] == "viral":
                p = posts[ev["post"]]
                cv = conv * r.uniform(0.5, 2.0)
                extra = ev["gain"] / max(cv, 1e-5)
                p["viral"] = max(1.5, 1.0 + extra / max(p["reach1"], 1.0))
            elif ev["type"] == "giveaway":
                posts[ev["post"]]["viral"] = r.uniform(1.5, 4.0)
        # keep post spikes from overwhelming the trend
        tot_trend = abs(mu0) * F0.mean() * n + 0.02 * F_org_end
        if P.sum() > 2.5 * tot_trend:
            P *= 2.5 * tot_trend / P.sum()
        Ps = np.convolve(P, np.ones(31) / 31.0, mode="same")
        e = mu * F0 - Ps + P + E
        urate = self.cfg["urate"] * _lnv(r, 1.0, 0.4)
        lam_u = urate * Fapx
        dow = (np.arange(n) - L + self.as_day + 3) % 7
        wk = 1 + r.uniform(0, 0.15) * np.cos(2 * math.pi * (dow - r.randint(0, 6)) / 7.0)
        od = g.gamma(8.0, 1 / 8.0, n)
        od2 = g.gamma(8.0, 1 / 8.0, n)
        fol = g.poisson((np.maximum(e, 0) + lam_u) * wk * od)
        unf = g.poisson((np.maximum(-e, 0) + lam_u) * od2)
        net = (fol - unf).astype(float)
        net[0] = 0.0
        F_org = self._integrate(net, F_org_end)
        floor_min = max(3.0, 0.02 * F_org_end)
        if F_org.min() < floor_min:
            s = (F_org_end - floor_min) / max(1.0, F_org_end - F_org.min())
            net *= max(0.0, s)
            F_org = self._integrate(net, F_org_end)
        self.F_org = np.maximum(F_org, 0.0)
        # bought follower lots ------------------------------------------------
        lots: list[dict[str, Any]] = []
        if self.masked:
            mk = self.masked
            ev = self.cover_ev
            k0 = K(ev["day"]) + mk["lag"]
            spec = dict(klass=mk["klass"], delta=mk["delta"], w=1.0)
            if mk["cover"] == "campaign":
                spec.update(shape="drip", dur=ev["dur"] + r.randint(0, 10), jitter=0.3, ramp=-0.3)
            elif mk["cautious"]:
                spec.update(shape="decay", tau=r.uniform(0.8, 3.5), dur=25)
            else:
                spec.update(shape="flat", dur=r.randint(2, 7))
            spec["k0"] = k0
            self.lot_specs.append(spec)
        self.lots = lots
        unit_end = 0.0
        for s in self.lot_specs:
            k0 = s["k0"] if "k0" in s else K(s["start"])
            R, _deliv = self._lot_series(s, k0)
            lots.append(dict(spec=s, R=R, k0=k0))
            unit_end += R[-1]
        if self.masked:
            B_end = self.masked["rho"] * max(self.cover_gain, 0.02 * F_org_end)
        else:
            B_end = self.beta * self.F_target
        scale = B_end / unit_end if unit_end > 0 else 0.0
        Rsum = np.zeros(n)
        for lt in lots:
            lt["R"] = lt["R"] * scale
            Rsum += lt["R"]
        self.Rsum = Rsum
        # following and churn -----------------------------------------------------
        self._following()
        self.F_disp = np.maximum(np.rint(self.F_org + self.Rsum + self.Cf), 0).astype(np.int64)

    def _integrate(self, net, end):
        c = np.cumsum(net[::-1])[::-1]
        after = np.empty_like(c)
        after[:-1] = c[1:]
        after[-1] = 0.0
        return end - after

    def _reach(self, F):
        F = max(F, 1.0)
        return self.cfg["vr"] * self.q * self.reach_mult * (max(F, 100.0) / 1e4) ** -0.2 * F

    def _lot_series(self, s, k0):
        r, n = self.r, self.n
        deliv = np.zeros(n)
        shape, dur = s["shape"], max(1, int(s["dur"]))
        if shape == "burst":
            w = np.array([1.0] + [r.uniform(0.15, 1.0) for _ in range(dur - 1)])
        elif shape == "drip":
            base = 1 + s.get("ramp", 0.0) * np.linspace(-1, 1, dur)
            w = np.maximum(0.0, base * (1 + s.get("jitter", 0.3) * self.g.standard_normal(dur)))
            w[self.g.random(dur) < 0.08] = 0.0
            if w.sum() <= 0:
                w[:] = 1.0
        elif shape == "decay":
            w = _kernel_exp(s["tau"], dur)
        else:
            w = np.ones(dur) * (1 + 0.1 * self.g.standard_normal(dur))
            w = np.maximum(w, 0.05)
        w = w / w.sum() * s.get("w", 1.0)
        seg = w[: max(0, n - k0)]
        deliv[k0 : k0 + len(seg)] = seg
        s["deliv_k"] = k0
        delta = s["delta"]
        if "purge" in s:
            pk = max(k0 + 1, min(n - 1, s["purge"][0] + self.L))
            frac = s["purge"][1]
            idx = np.arange(n)
            pre = deliv * (idx < pk)
            post = deliv * (idx >= pk)
            Rb = _survive(pre, delta)
            if s.get("refill") and pk + 3 < n:
                lost = Rb[pk] * frac
                rk = min(n - 1, pk + r.randint(2, 12))
                post[rk] += lost * r.uniform(0.6, 1.0)
            Ra = _survive(post, delta)
            R = Rb * np.where(idx >= pk, 1 - frac, 1.0) + Ra
        else:
            R = _survive(deliv, delta)
        return R, deliv

    def _following(self):
        r, g, n, L = self.r, self.g, self.n, self.L
        kind, tier = self.kind, self.tier
        cap = self.cfg["cap"]
        if kind == "celebrity_low_er":
            fe = r.uniform(20, 400)
        elif kind == "news_media":
            fe = r.uniform(0, 80)
        elif kind == "brand_official":
            fe = r.uniform(5, 300)
        elif tier in ("macro", "mega"):
            fe = _lnv(r, 300, 0.8)
        elif tier == "tiny":
            fe = _lnv(r, 180, 0.9)
        else:
            fe = _lnv(r, 280, 0.9)
        fe = _clip(fe, 0, cap * 0.6)
        grow = (
            r.uniform(0.0, 0.6)
            if kind not in ("news_media", "brand_official")
            else r.uniform(0.0, 0.05)
        )
        lamf = max(fe, 20.0) * grow / max(L, 30) * (1.0 + 0.3 * r.random())
        d = g.poisson(lamf, n).astype(float)
        cl = g.random(n) < 0.004
        d[cl] -= g.uniform(0.02, 0.15, cl.sum()) * max(fe, 20.0)
        d[0] = 0
        base = self._integrate(d, fe)
        if base.min() < 0:
            base -= base.min()
        fol_c = np.zeros(n)
        self.Cf = np.zeros(n)
        self.churn_in = 0.0
        if self.churn:
            c = self.churn
            fin = np.zeros(n)
            fout = np.zeros(n)
            fbin = np.zeros(n)
            fbout = np.zeros(n)
            k = max(0, L - int(c["since"]))
            room = max(50.0, cap - base.max() - 10)
            while k < n:
                if r.random() < c["active"]:
                    fd = r.randint(*c["follow_days"])
                    rate = c["rate"] * _lnv(r, 1.0, 0.3)
                    A = 0.0
                    for t in range(fd):
                        a = min(rate * r.uniform(0.7, 1.3), room / fd)
                        if k + t < n:
                            fin[k + t] += a
                        A += a
                    hold = r.randint(*c["hold"])
                    ud = r.randint(1, 3)
                    ku = k + fd + hold
                    for t in range(ud):
                        if ku + t < n:
                            fout[ku + t] += A * (1 - c["keep"]) / ud
                    fbn = A * c["fb"]
                    for t in range(fd + 2):
                        if k + t < n:
                            fbin[k + t] += fbn / (fd + 2)
                    ker = _kernel_exp(r.uniform(3, 10), 25)
                    seg = ker[: max(0, n - ku)]
                    if ku < n:
                        fbout[ku : ku + len(seg)] += fbn * c["ub"] * seg
                    k += fd + hold + ud + r.randint(*c["pause"])
                else:
                    k += r.randint(5, 20)
            fol_c = np.cumsum(fin - fout)
            # noisy integers
            self.Cf = np.maximum(np.cumsum(g.poisson(fbin) - g.poisson(fbout)).astype(float), 0.0)
            self.churn_in = float(fbin.sum())
        following = np.rint(base + fol_c)
        following = np.clip(following, 0, cap)
        self.following = following.astype(np.int64)

    # ------------------------------------------------------------------ engagement
    def _cnt(self, x):
        if x <= 0:
            return 0
        if x < 60:
            return int(self.g.poisson(x))
        return int(round(x))  # noqa: RUF046

    def _engagement(self):
        r, L, n = self.r, self.L, self.n
        posts = self.posts
        coin_r = r.uniform(0.15, 0.6)
        dm_r = r.uniform(0.001, 0.008)
        for p in posts:
            k = max(0, min(n - 1, p["d"] + L))
            F = self.F_org[k]
            reach_full = (self._reach(F) * p["m"] + p["floor"]) * p["viral"]
            age_h = max(0.05, (self.as_ts - p["ts"]) / 3600.0)
            mat = 1 - math.exp(-age_h / self.tau_h)
            matc = 1 - math.exp(-age_h / (self.tau_h * 0.7))
            lr = self.lr_c * self.like_mult * _lnv(r, 1.0, 0.25)
            if self.plat == "instagram" and p["fmt"] == "video":
                lr *= 0.6
            likes_full = reach_full * lr
            com_full = likes_full * self.cr_c * _lnv(r, 1.0, 0.45)
            if p["give"]:
                likes_full *= r.uniform(1.5, 3.0)
                com_full += p["give"]
            p["views_full"] = reach_full
            p["likes_full"] = likes_full
            p["views_o"] = reach_full * mat
            p["likes_o"] = likes_full * mat
            p["com_o"] = com_full * matc
            p["matc"] = matc
            sh = likes_full * self.sr_c * _lnv(r, 1.0, 0.6)
            if p["give"]:
                sh += p["give"] * r.uniform(0.2, 1.0)
            p["shares_o"] = sh * mat
            p["saves_o"] = likes_full * self.svr_c * _lnv(r, 1.0, 0.4) * mat
            p["coins_o"] = likes_full * coin_r * _lnv(r, 1.0, 0.3) * mat
            p["danmaku_o"] = reach_full * dm_r * _lnv(r, 1.0, 0.5) * mat
            p.update(add_likes=0.0, add_views=0.0, bot=0, pod=0, ai=0, lure=0, f4f=0)
        # fraud boosts ------------------------------------------------------
        Np = len(posts)
        med_l = float(np.median([p["likes_full"] for p in posts]))
        med_c = max(3.0, float(np.median([p["com_o"] for p in posts])))
        lf = self.likes_fraud
        if lf:
            intensity = self.I["bought_likes"]
            cut = r.randint(Np // 4, Np) if lf["since"] else Np
            if lf["strat"] == "selective":
                nrec = max(1, int(Np * r.uniform(0.2, 0.5)))
            for j, p in enumerate(posts):
                if j >= cut:
                    continue
                add = 0.0
                if lf["strat"] == "proportional":
                    if r.random() < lf["frac"]:
                        add = p["likes_full"] * lf["k"] * _lnv(r, 1.0, 0.3)
                elif lf["strat"] == "floor":
                    T = med_l * (1.5 + 8 * intensity)
                    add = max(0.0, T * r.uniform(0.9, 1.15) - p["likes_full"])
                else:
                    if p["spons"] or j < nrec:
                        add = p["likes_full"] * (0.5 + 8 * intensity) * _lnv(r, 1.0, 0.3)
                if lf["drip"]:
                    age_h = max(0.05, (self.as_ts - p["ts"]) / 3600.0)
                    add *= 1 - math.exp(-age_h / 6.0)
                p["add_likes"] += add
                if lf["with_views"] and add > 0:
                    p["add_views"] += add / max(self.lr_c, 1e-3) * r.uniform(0.7, 1.3)
        vf = self.views_fraud
        if vf:
            for p in posts:
                if r.random() < vf["frac"]:
                    av = p["views_full"] * vf["k"] * _lnv(r, 1.0, 0.4)
                    p["add_views"] += av
                    if vf["with_likes"]:
                        p["add_likes"] += av * self.lr_c * vf["lk"]
        if self.botc:
            b = self.botc
            for p in posts:
                if r.random() < b["frac"]:
                    p["bot"] = max(2, self._cnt(med_c * b["k"] * _lnv(r, 1.0, 0.5)))
        if self.pod:
            pd = self.pod
            cutj = int(Np * pd["join"]) + 1
            for j, p in enumerate(posts):
                if j < cutj:
                    p["pod"] = int(self.g.binomial(pd["size"], pd["part"]))
                    p["add_likes"] += self.g.binomial(pd["likers"], pd["part"]) + p["pod"]
        if self.ai:
            a = self.ai
            for p in posts:
                if r.random() < a["frac"]:
                    p["ai"] = max(1, self._cnt(med_c * a["k"] * _lnv(r, 1.0, 0.5)))
        if self.churn:
            fI = self.I["follow_unfollow_churn"]
            for p in posts:
                if r.random() < 0.5:
                    p["f4f"] = int(self.g.poisson(0.2 + 2.5 * fI))
        if self.lure:
            lu = self.lure
            for p in posts:
                if r.random() < 0.85:
                    p["lure"] = max(1, self._cnt(med_c * lu["k"] * _lnv(r, 1.0, 0.6)))
        # integer displayed counts ---------------------------------------------
        for p in posts:
            p["likes"] = self._cnt(p["likes_o"] + p["add_likes"])
            p["views"] = max(p["likes"], self._cnt(p["views_o"] + p["add_views"]))
            p["org_c"] = self._cnt(p["com_o"])
            p["give_c"] = min(p["org_c"], int(p["give"] * p["matc"])) if p["give"] else 0
            p["comments"] = p["org_c"] + p["bot"] + p["pod"] + p["ai"] + p["lure"] + p["f4f"]
            p["shares"] = self._cnt(p["shares_o"])
            p["saves"] = self._cnt(p["saves_o"])
            p["coins"] = self._cnt(p["coins_o"])
            p["danmaku"] = self._cnt(p["danmaku_o"])

    # ------------------------------------------------------------------ comments
    def _iso(self, ts):
        s = datetime.fromtimestamp(ts, self.tz).isoformat(timespec="seconds")
        return s.replace("+00:00", "Z")

    def _alloc(self, T, caps, w):
        alloc = np.zeros(len(caps))
        for _ in range(6):
            room = caps - alloc
            act = room > 0
            rem = T - alloc.sum()
            if rem < 1 or not act.any():
                break
            ww = w * act
            share = ww / ww.sum() * rem
            add = np.minimum(np.floor(share + self.g.random(len(caps))), room)
            alloc += add
        return alloc.astype(int)

    def _ctx(self, topic):
        return {
            "zh": self.zh,
            "topics": [topic, topic, topic, *self.topics[:4]],
            "ecodes": EMOJI_CODES.get(self.plat, []),
            "plat": self.plat,
            "mix": self.mix,
            "year": self.year,
            "star": self.star,
            "bot_vary": 0.0,
            "prod": self.cat in PRODUCT_CATS,
        }

    def _comments(self):
        r = self.r
        posts = self.posts
        self.handle = self._make_handle()
        self.comments_out: list[dict[str, Any]] = []
        self.exported = [0] * len(posts)
        if not self.has_comments:
            return
        C = np.array([p["comments"] for p in posts], dtype=float)
        caps = np.minimum(C, self.page_cap)
        alloc = self._alloc(self.comment_target, caps, np.power(C + 1.0, 0.6))
        zh = self.zh
        superfans = [_nick(r, zh) for _ in range(r.randint(3, 25))]
        bot_pool = (
            [_bot_name(r, self.plat, zh) for _ in range(self.botc["pool"])] if self.botc else []
        )
        pod_pool = (
            [
                (
                    _nick(r, zh)
                    if r.random() < 0.6
                    else (
                        r.choice(EN_FIRST) + "." + r.choice(EN_WORD)
                        if not zh
                        else _zh_nick(r) + r.choice(["的日常", "笔记", "分享", "小屋", "酱"])
                    )
                )
                for _ in range(self.pod["size"])
            ]
            if self.pod
            else []
        )
        ai_pool = (
            [
                _nick(r, zh) + (_digits(r, 2) if r.random() < 0.3 else "")
                for _ in range(self.ai["pool"])
            ]
            if self.ai
            else []
        )
        lure_pool = [_lure_name(r, zh) for _ in range(self.lure["net"])] if self.lure else []
        hot = self.hot_mode
        vis = (
            {"org": 1.0, "give": 0.8, "bot": 0.35, "pod": 1.3, "ai": 0.6, "lure": 0.9, "f4f": 0.5}
            if hot
            else {
                "org": 1.0,
                "give": 1.0,
                "bot": 1.0,
                "pod": 1.0,
                "ai": 1.0,
                "lure": 1.0,
                "f4f": 1.0,
            }
        )
        rep_zh = zh
        out = self.comments_out
        for j, p in enumerate(posts):
            nj = int(alloc[j])
            if nj <= 0:
                continue
            counts = {
                "org": max(0, p["org_c"] - p["give_c"]),
                "give": p["give_c"],
                "bot": p["bot"],
                "pod": p["pod"],
                "ai": p["ai"],
                "lure": p["lure"],
                "f4f": p["f4f"],
            }
            take = self._split(nj, counts, vis)
            ctx = self._ctx(p["topic"])
            pts = p["ts"]
            age = self.as_ts - pts
            plikes = p["likes"]
            items = []
            burst0 = pts + r.uniform(300, 6 * 3600)
            burst_len = r.uniform(300, 5400)

            def tclip(t, pts=pts, age=age):
                if t >= self.as_ts - 5:
                    t = pts + age * r.uniform(0.05, 0.98)
                return max(t, pts + 5)

            for src, k in take.items():
                if k <= 0:
                    continue
                if src == "pod":
                    members = r.sample(pod_pool, min(k, len(pod_pool))) if pod_pool else []
                for q in range(k):
                    reply_p = 0.0
                    if src == "org":
                        u = r.random()
                        if u < self.noise_lure:
                            text, author = _lure_text(r, ctx), _lure_name(r, zh)
                            likes = r.randint(0, 3)
                        elif u < self.noise_lure + self.noise_bot:
                            text = r.choice(BOT_ZH if zh else BOT_EN)
                            author = _bot_name(r, self.plat, zh)
                            likes = 0
                        else:
                            text = _organic_text(r, ctx)
                            if r.random() < self.superfan_p:
                                author = r.choice(superfans)
                            elif r.random() < 0.08:
                                author = (
                                    _zh_default(r, self.plat) if zh else _en_default(r, self.plat)
                                )
                            else:
                                author = _nick(r, zh)
                            base = 1.0 + plikes * 0.002
                            likes = int(
                                math.exp(r.gauss(math.log(base), 1.4))
                                * (r.uniform(1, 3) if hot else 1.0)
                                - 1
                            )
                            reply_p = self.reply_rate
                        t = tclip(pts + math.exp(r.gauss(math.log(5 * 3600), 1.6)))
                    elif src == "give":
                        text = _give_text(r, ctx)
                        author = (
                            (
                                r.choice(["锦鲤", "好运", "中奖", "欧气", "抽奖"])
                                + r.choice(ZH_NOUN)
                                + _digits(r, r.randint(2, 4))
                            )
                            if zh and r.random() < 0.3
                            else _nick(r, zh)
                        )
                        likes = r.randint(0, 3)
                        t = tclip(pts + r.expovariate(1.0 / (DAY * 1.5)))
                        reply_p = self.reply_rate * 0.1
                    elif src == "bot":
                        b = self.botc
                        assert b is not None
                        if r.random() < b["emoji"]:
                            text = _emoji_run(r, ctx)
                        else:
                            ctx["bot_vary"] = b["vary"]
                            text = _bot_text(r, ctx, b["texts"])
                        author = r.choice(bot_pool)
                        likes = 0 if r.random() < 0.9 else r.randint(1, 3)
                        if b["burst"]:
                            t = tclip(burst0 + r.uniform(0, burst_len))
                        else:
                            t = tclip(pts + math.exp(r.gauss(math.log(3 * 3600), 1.0)))
                        reply_p = self.reply_rate * 0.03
                    elif src == "pod":
                        text = _pod_text(r, ctx)
                        author = members[q] if q < len(members) else r.choice(pod_pool)
                        likes = r.randint(0, 6)
                        t = tclip(pts + r.uniform(60, 90 * 60))
                        assert self.pod is not None
                        reply_p = self.pod["reply"]
                    elif src == "ai":
                        assert self.ai is not None
                        text = _ai_text(r, ctx, self.ai["strength"])
                        author = r.choice(ai_pool)
                        likes = r.randint(0, 2)
                        t = tclip(pts + math.exp(r.gauss(math.log(6 * 3600), 0.9)))
                        reply_p = self.ai["reply"]
                    elif src == "f4f":
                        text = r.choice(F4F_ZH if zh else F4F_EN)
                        if r.random() < 0.3:
                            text += r.choice(UNI_EMOJI[:14])
                        author = _nick(r, zh) + (_digits(r, 2) if r.random() < 0.3 else "")
                        likes = r.randint(0, 1)
                        t = tclip(pts + math.exp(r.gauss(math.log(8 * 3600), 1.2)))
                        reply_p = 0.0
                    else:  # lure network
                        text = _lure_text(r, ctx)
                        author = r.choice(lure_pool)
                        likes = r.randint(0, 15)
                        t = tclip(pts + math.exp(r.gauss(math.log(2 * 3600), 1.2)))
                        assert self.lure is not None
                        reply_p = self.lure["reply"]
                    c = {
                        "post_id": p["id"],
                        "author": author,
                        "text": text,
                        "ts": t,
                        "likes": max(0, likes),
                    }
                    rep = None
                    if reply_p > 0 and r.random() < reply_p:
                        if src == "lure":
                            rt = r.choice(REPLY_LURE_ZH if rep_zh else REPLY_LURE_EN)
                        elif src == "pod":
                            rt = r.choice(REPLY_POD_ZH if rep_zh else REPLY_POD_EN)
                        else:
                            rt = _fill(r, r.choice(REPLY_ZH if rep_zh else REPLY_EN), ctx)
                        if r.random() < 0.4:
                            rt = (
                                "@" + author + " " + rt
                                if not rep_zh
                                else "回复@" + author + "：" + rt
                            )
                        rt_ts = min(self.as_ts - 2, t + math.exp(r.gauss(math.log(2 * 3600), 1.2)))
                        rep = {
                            "post_id": p["id"],
                            "author": self.handle,
                            "text": rt,
                            "ts": max(rt_ts, t + 1),
                            "likes": int(math.exp(r.gauss(math.log(1 + plikes * 0.001), 1.2)) - 1),
                            "from_creator": True,
                        }
                    items.append((c, rep))
            if hot:
                items.sort(key=lambda x: -x[0]["likes"])
            else:
                items.sort(key=lambda x: -x[0]["ts"])
            cnt = 0
            for c, rep in items:
                out.append(c)
                cnt += 1
                if rep:
                    rep["likes"] = max(0, rep["likes"])
                    out.append(rep)
                    cnt += 1
            self.exported[j] = cnt
        for c in out:
            c["posted_at"] = self._iso(c.pop("ts"))

    def _split(self, nj, counts, vis):
        keys = [k for k in counts if counts[k] > 0]
        if not keys:
            return {}
        tot_avail = sum(counts[k] for k in keys)
        nj = min(nj, tot_avail)
        w = np.array([counts[k] * vis[k] for k in keys], dtype=float)
        take = self.g.multinomial(nj, w / w.sum())
        take = np.minimum(take, [counts[k] for k in keys])
        short = nj - int(take.sum())
        while short > 0:
            room = np.array([counts[k] for k in keys]) - take
            cand = np.nonzero(room > 0)[0]
            if len(cand) == 0:
                break
            c = cand[self.r.randrange(len(cand))]
            add = min(short, int(room[c]))
            take[c] += add
            short -= add
        return {k: int(v) for k, v in zip(keys, take, strict=False)}

    # ------------------------------------------------------------------ follower sample
    def _sample(self):
        r, g = self.r, self.g
        self.sample_out = []
        if not self.has_sample:
            return
        Fo = float(self.F_org[-1])
        lottery = min(self.lottery_abs, 0.6 * Fo)
        ob = self.ob * Fo
        ab = self.aband * Fo
        humans = max(0.0, Fo - ob - ab - lottery)
        act = _clip(self.active, 0.03, 0.8)
        parts: list[tuple[float, str, dict[str, Any] | None]] = [
            (humans * act, "real_active", None),
            (humans * (1 - act), "real_lurker", None),
            (ab, "abandoned", None),
            (ob, "organic_bot", None),
            (lottery, "lottery", None),
            (float(self.Cf[-1]), "f4f", None),
        ]
        for lt in self.lots:
            parts.append((float(lt["R"][-1]), lt["spec"]["klass"], lt))
        w = np.array([max(0.0, x[0]) for x in parts])
        if w.sum() <= 0:
            return
        ns = r.randint(50, 200)
        counts = g.multinomial(ns, w / w.sum())
        self.ob_batches = [r.uniform(60, 2200) for _ in range(3)]
        accs = []
        for (_wt, klass, lot), c in zip(parts, counts, strict=False):
            for _ in range(int(c)):
                accs.append(self._account(klass, lot))
        r.shuffle(accs)
        self.sample_out = accs

    def _lot_batch(self, lot):
        if "batch" in lot:
            return lot["batch"]
        r = self.r
        kl = lot["spec"]["klass"]
        deliv_ago = max(0, self.L - lot["k0"])
        if kl == "bot_cheap":
            b = dict(c=deliv_ago + r.uniform(10, 200), s=r.uniform(5, 60))
        elif kl == "bot_mid":
            b = dict(c=deliv_ago + r.uniform(200, 900), s=r.uniform(20, 120))
            b["lp"] = deliv_ago + r.uniform(-20, 150)
        elif kl == "premium":
            b = dict(c=deliv_ago + r.uniform(700, 2800), s=r.uniform(60, 400))
            b["alive"] = r.random() < 0.3
            b["fi"] = math.exp(r.uniform(math.log(450), math.log(2000)))
            b["lp"] = deliv_ago + r.uniform(30, 400)
        else:
            b = dict(c=deliv_ago + r.uniform(30, 700), s=r.uniform(30, 300))
        lot["batch"] = b
        return b

    def _account(self, klass, lot):
        r = self.r
        zh, plat = self.zh, self.plat
        cap = self.cfg["cap"]
        max_age = (self.as_date - LAUNCH[plat]).days - 1
        ln = _lnv
        name = "nick"
        private_p = {
            "real_active": 0.3,
            "real_lurker": 0.45,
            "abandoned": 0.3,
            "organic_bot": 0.1,
            "bot_cheap": 0.08,
            "bot_mid": 0.05,
            "premium": 0.08,
            "task": 0.2,
            "f4f": 0.03,
            "lottery": 0.05,
            "lure_acct": 0.0,
        }.get(klass, 0.1)
        verified = False
        url_p = 0.01
        bio_p = 0.0
        wb = None
        if klass == "real_active":
            fo = ln(r, 60 if plat in ("douyin", "kuaishou") else 120, 1.4)
            fi = ln(r, 260, 0.85)
            po = ln(r, 70, 1.2)
            av = 0.96
            verified = r.random() < 0.004
            bio_p, url_p = 0.55, 0.07
            created = ln(r, 4.5 * 365, 0.5)
            last = ln(r, 12, 1.2)
            wb = (
                r.randint(10, 38),
                0 if r.random() < 0.8 else r.randint(1, 7),
                r.choices([1, 2, 3, 4], [0.1, 0.35, 0.35, 0.2])[0],
            )
            if r.random() < 0.05:
                name = "default"
        elif klass == "real_lurker":
            fo = ln(r, 6, 1.3)
            fi = ln(r, 110, 1.0)
            po = 0 if r.random() < 0.55 else min(40, 1 + int(r.expovariate(1 / 5.0)))
            av = 0.62
            bio_p = 0.12
            created = ln(r, 3 * 365, 0.7)
            last = ln(r, 240, 1.0)
            wb = (
                r.randint(1, 20),
                0 if r.random() < 0.95 else r.randint(1, 3),
                r.choices([0, 1, 2, 3], [0.15, 0.45, 0.3, 0.1])[0],
            )
            if r.random() < 0.35:
                name = "default"
        elif klass == "abandoned":
            fo = ln(r, 40, 1.2)
            fi = ln(r, 180, 0.9)
            po = ln(r, 40, 1.1)
            av = 0.9
            bio_p = 0.35
            created = ln(r, 6 * 365, 0.35)
            last = r.uniform(365, max(400, min(created, 5 * 365)))
            wb = (
                r.randint(8, 30),
                0 if r.random() < 0.9 else r.randint(1, 4),
                r.choices([0, 1, 2, 3], [0.1, 0.4, 0.35, 0.15])[0],
            )
            if r.random() < 0.1:
                name = "default"
        elif klass == "organic_bot":
            fo = math.exp(r.gauss(math.log(3), 1.2))
            fi = ln(r, 900, 0.8)
            po = 0 if r.random() < 0.6 else ln(r, 15, 1.2)
            av = 0.45
            bio_p = 0.12
            created = r.choice(self.ob_batches) + r.uniform(-40, 40)
            last = created * r.uniform(0.3, 1.0)
            wb = (r.randint(0, 6), 0, r.choice([0, 0, 1]))
            name = "default" if r.random() < 0.5 else "bot"
        elif klass == "lottery":
            fo = ln(r, 60, 1.0)
            fi = ln(r, 1600, 0.5)
            po = ln(r, 1500, 1.0)
            av = 0.9
            bio_p = 0.5
            created = ln(r, 4 * 365, 0.5)
            last = r.uniform(0, 3)
            wb = (
                r.randint(15, 35),
                0 if r.random() < 0.7 else r.randint(1, 5),
                r.choices([1, 2, 3], [0.3, 0.5, 0.2])[0],
            )
            name = "lottery" if r.random() < 0.4 else "nick"
        elif klass == "f4f":
            fo = ln(r, 1500, 1.1)
            fi = fo * r.uniform(0.7, 1.6) + r.uniform(200, 1500)
            po = ln(r, 150, 1.0)
            av = 0.98
            bio_p, url_p = 0.8, 0.35
            created = ln(r, 3 * 365, 0.6)
            last = r.uniform(0, 20)
            wb = (
                r.randint(10, 30),
                0 if r.random() < 0.7 else r.randint(1, 5),
                r.choices([1, 2, 3], [0.3, 0.5, 0.2])[0],
            )
        elif klass == "bot_cheap":
            b = self._lot_batch(lot)
            fo = max(0.0, math.exp(r.gauss(math.log(1.5), 1.0)) - 1)
            fi = ln(r, 1100, 0.7)
            po = 0 if r.random() < 0.78 else r.randint(1, 6)
            av = 0.28
            bio_p = 0.04
            created = b["c"] + r.uniform(-b["s"], b["s"])
            last = created - r.uniform(0, 30)
            wb = (r.randint(0, 3), 0, 0 if r.random() < 0.7 else 1)
            name = "bot" if r.random() < 0.75 else "default"
        elif klass == "bot_mid":
            b = self._lot_batch(lot)
            fo = ln(r, 25, 0.9)
            fi = ln(r, 1400, 0.5)
            po = _clip(ln(r, 12, 0.8), 2, 200)
            av = 0.88
            bio_p = 0.25
            created = b["c"] + r.uniform(-b["s"], b["s"])
            last = b["lp"] + r.uniform(-30, 30)
            wb = (r.randint(3, 12), 0, r.choices([0, 1, 2], [0.3, 0.6, 0.1])[0])
            name = "nickdigits" if r.random() < 0.5 else "bot"
        elif klass == "premium":
            b = self._lot_batch(lot)
            fo = _clip(ln(r, 90, 0.9), 5, 3000)
            fi = ln(r, b["fi"], 0.55)
            po = _clip(ln(r, 45, 0.9), 3, 2000)
            av = 0.96
            bio_p, url_p = 0.65, 0.02
            created = b["c"] + r.uniform(-b["s"], b["s"])
            last = r.uniform(0, 60) if b["alive"] else b["lp"] + r.uniform(-60, 60)
            wb = (r.randint(6, 20), 0 if r.random() < 0.97 else 1, r.choice([1, 1, 2]))
            name = "nickdigits" if r.random() < 0.3 else "nick"
        elif klass == "task":
            fo = ln(r, 150, 1.0)
            fi = ln(r, 2600, 0.45)
            po = ln(r, 120, 1.0)
            av = 0.97
            bio_p = 0.45
            created = ln(r, 4 * 365, 0.5)
            last = math.exp(r.gauss(math.log(6), 1.0))
            wb = (
                r.randint(15, 32),
                0 if r.random() < 0.85 else r.randint(1, 3),
                r.choices([1, 2, 3], [0.2, 0.5, 0.3])[0],
            )
        elif klass == "lure_acct":
            fo = ln(r, 80, 1.2)
            fi = ln(r, 1500, 0.6)
            po = ln(r, 8, 1.0)
            av = 0.98
            bio_p, url_p = 0.8, 0.5
            created = r.uniform(30, 730)
            last = r.uniform(0, 20)
            wb = (r.randint(2, 12), 0, r.choice([0, 1]))
            name = "lure"
        else:
            fo, fi, po, av, created, last = (
                ln(r, 50, 1),
                ln(r, 300, 1),
                ln(r, 20, 1),
                0.8,
                1000,
                100,
            )
        created = int(_clip(created, 1, max_age))
        last = int(_clip(last, 0, created))
        fo, fi, po = int(max(0, fo)), int(_clip(fi, 0, cap)), int(max(0, po))
        # identity
        if name == "default":
            disp = _zh_default(r, plat) if zh else _en_default(r, plat)
            uname = _digits(r, r.randint(9, 11)) if zh else disp
        elif name == "bot":
            disp = _bot_name(r, plat, zh)
            uname = _alnum(r, r.randint(8, 12)) if zh else disp
        elif name == "lottery":
            disp = (
                r.choice(["锦鲤", "好运", "中奖", "欧气", "抽奖", "许愿"])
                + r.choice(ZH_NOUN)
                + _digits(r, r.randint(2, 4))
                if zh
                else r.choice(["lucky", "win", "giveaway", "prize"])
                + r.choice(EN_FIRST)
                + _digits(r, 2)
            )
            uname = _digits(r, 10) if zh else disp
        elif name == "lure":
            disp = _lure_name(r, zh)
            uname = _alnum(r, 9) if zh else disp
        else:
            if zh:
                disp = _zh_nick(r) + (_digits(r, r.randint(2, 4)) if name == "nickdigits" else "")
                uname = (
                    r.choice(PINYIN)
                    + r.choice(PINYIN)
                    + r.choice(["", _digits(r, 2), _digits(r, 4), "_"])
                    if r.random() < 0.6
                    else _digits(r, r.randint(9, 11))
                )
            else:
                uname = _en_handle(r) + (
                    _digits(r, r.randint(2, 4)) if name == "nickdigits" else ""
                )
                disp = (
                    (r.choice(EN_FIRST).capitalize() + " " + r.choice(EN_LAST).capitalize())
                    if r.random() < 0.6
                    else uname
                )
        a = {
            "id": _digits(r, r.randint(8, 11)),
            "username": uname,
            "display_name": disp,
            "followers": fo,
            "following": fi,
            "posts": po,
            "has_avatar": r.random() < av,
        }
        if plat in ("instagram", "tiktok"):
            a["is_private"] = r.random() < private_p * (1.0 if plat == "instagram" else 0.5)
        a["verified"] = verified
        if self.show_acc_bio and r.random() < bio_p:
            a["bio"] = self._acc_bio(klass)
        a["has_url"] = r.random() < url_p
        if self.show_created:
            a["created_at"] = (self.as_date - timedelta(days=created)).isoformat()
        if self.show_last_post and po > 0:
            a["last_post_at"] = (self.as_date - timedelta(days=last)).isoformat()
        if plat == "weibo" and wb:
            a["platform_level"], a["membership_level"], a["credit_rating"] = wb
        return a

    def _acc_bio(self, klass):
        r, zh = self.r, self.zh
        ctx = {"zh": zh, "topics": self.topics, "year": self.year}
        if klass in ("premium", "bot_mid"):
            return r.choice(BIO_PREMIUM_ZH if zh else BIO_PREMIUM_EN)
        if klass == "lottery":
            return r.choice(BIO_LOTTERY_ZH) if zh else "giveaway hunter 🍀"
        if klass == "f4f":
            return r.choice(BIO_F4F_ZH if zh else BIO_F4F_EN)
        if klass == "lure_acct" or (klass == "organic_bot" and r.random() < 0.5):
            return _fill(r, r.choice(BIO_LURE_ZH if zh else BIO_LURE_EN), ctx)
        return _fill(r, r.choice(BIO_FOLLOWER_ZH if zh else BIO_FOLLOWER_EN), ctx)

    # ------------------------------------------------------------------ record
    def _make_handle(self):
        r, zh, kind = self.r, self.zh, self.kind
        self.star = "你"
        if kind == "brand_official":
            if zh:
                h = r.choice(
                    ["花西", "元气", "小米", "森林", "橘朵", "暖暖", "山野", "轻氧", "云朵", "熊猫"]
                ) + r.choice(["官方旗舰店", "官方", "品牌号", "官方账号"])
            else:
                h = (
                    r.choice(EN_WORD)
                    + r.choice(EN_WORD)
                    + r.choice(["_official", "official", "", "hq"])
                )
        elif kind == "news_media":
            h = (
                (
                    r.choice(ZH_CITY)
                    + r.choice(["日报", "新闻", "晚报", "发布", "都市报", "广播电视台"])
                )
                if zh
                else (
                    r.choice(EN_CITY).lower()
                    + r.choice(["dailynews", "_news", "times", "post", "now"])
                )
            )
        elif kind == "celebrity_low_er":
            if zh:
                nm = r.choice(ZH_SUR) + r.choice(ZH_GIVEN) + r.choice(ZH_GIVEN)
                self.star = nm[-2:] if r.random() < 0.5 else nm
                h = nm
            else:
                fn = r.choice(EN_FIRST).capitalize()
                self.star = fn
                h = fn.lower() + r.choice(EN_LAST) + r.choice(["", "official", "music"])
        else:
            h = _zh_nick(r) if zh else _en_handle(r)
        return h

    def _disp(self, x):
        x = int(x)
        if not self.rounding or x < 10000:
            return x
        if self.cn:
            if x < 100000000:
                return round(x / 1000.0) * 1000
            return round(x / 1e7) * 10000000
        if x < 100000:
            return round(x / 100.0) * 100
        if x < 1000000:
            return round(x / 1000.0) * 1000
        return round(x / 1e5) * 100000

    def _creator_bio(self):
        r, zh = self.r, self.zh
        ctx = {"zh": zh, "topics": self.topics, "year": self.year}
        if self.kind == "brand_official":
            s = self.handle + (
                "｜官方账号｜售后请私信客服" if zh else " | official account | support: DM us"
            )
        elif self.kind == "news_media":
            s = (
                (self.handle + "官方账号，报道身边事")
                if zh
                else ("Official account of " + self.handle + ". News as it happens.")
            )
        else:
            lines = [
                _fill(r, r.choice(BIO_ZH if zh else BIO_EN), ctx) for _ in range(r.randint(1, 3))
            ]
            s = ("｜" if zh and r.random() < 0.5 else "\n").join(lines)
        if self.lure and self.lure["bio"]:
            s += ("\n" if r.random() < 0.5 else " ") + _fill(
                r, r.choice(BIO_LURE_ZH if zh else BIO_LURE_EN), ctx
            )
        return s

    def _assemble(self):
        r = self.r
        n, L, H = self.n, self.L, self.H
        Fd, fol = self.F_disp, self.following
        slug = (
            (r.choice(PINYIN) + r.choice(PINYIN) + _digits(r, 3))
            if self.zh
            else "".join(
                ch for ch in self.handle.lower() if ch.isascii() and (ch.isalnum() or ch in "._")
            )[:24]
        )
        rec = {
            "creator_id": f"{self.plat}:{slug or 'c'}-{self.seed:d}-{self.i:d}",
            "platform": self.plat,
            "handle": self.handle,
            "as_of": self._iso(self.as_ts),
        }
        obs = r.randint(3, 60) if self.observed else 0
        prof = {"followers": self._disp(Fd[n - 1 - obs])}
        if r.random() < 0.97:
            prof["following"] = int(fol[n - 1 - obs])
        age_days = min(self.max_age, L + int(r.uniform(30, 1500)))
        if self.kind == "tiny_koc":
            total_posts = self.N + r.randint(0, 3)
        else:
            total_posts = self.N + int(
                max(0, age_days - self.span) / max(self.cadence, 0.05) * r.uniform(0.3, 1.0)
            )
        if r.random() < 0.95:
            prof["posts"] = total_posts
        if r.random() < 0.9:
            vp = {"tiny": 0.0, "nano": 0.02, "micro": 0.1, "mid": 0.35, "macro": 0.7, "mega": 0.9}[
                self.tier
            ]
            if self.kind in ("brand_official", "news_media"):
                vp = 0.95
            elif self.kind == "celebrity_low_er":
                vp = 0.98
            prof["verified"] = r.random() < vp
        if r.random() < 0.55:
            prof["created_at"] = (self.as_date - timedelta(days=age_days)).isoformat()
        if r.random() < 0.9:
            prof["bio"] = self._creator_bio()
        if r.random() < 0.8:
            prof["category"] = self.cat
        if r.random() < 0.75:
            if self.cn:
                prof["country"] = "China"
            elif self.zh:
                prof["country"] = r.choice(
                    ["China", "Singapore", "Malaysia", "United States", "Canada", "Australia"]
                )
            else:
                prof["country"] = r.choices(
                    [
                        "United States",
                        "United Kingdom",
                        "Canada",
                        "Australia",
                        "India",
                        "Philippines",
                        "Singapore",
                        "Malaysia",
                        "Germany",
                        "Brazil",
                    ],
                    [45, 10, 6, 5, 6, 4, 4, 4, 3, 3],
                )[0]
        if obs:
            prof["observed_at"] = (self.as_date - timedelta(days=obs)).isoformat()
        rec["profile"] = prof
        # follower history
        if self.has_hist:
            ks = list(range(n - H, n))
            if self.hist_sparse:
                step = r.randint(3, 10)
                ks = [k for k in ks if (n - 1 - k) % step == 0 and (k == n - 1 or r.random() > 0.1)]
            else:
                if self.hist_miss > 0:
                    ks = [k for k in ks if k == n - 1 or r.random() > self.hist_miss]
                if self.hist_outage and len(ks) > 40:
                    a = r.randint(5, len(ks) - 20)
                    ks = ks[:a] + ks[a + r.randint(3, 15) :]
            hist = []
            for k in ks:
                e = {
                    "date": (self.as_date + timedelta(days=k - L)).isoformat(),
                    "followers": int(Fd[k]),
                }
                if self.hist_following:
                    e["following"] = int(fol[k])
                hist.append(e)
            rec["follower_history"] = hist
        # posts
        out = []
        plat = self.plat
        ig_views = plat == "instagram" and r.random() < 0.7
        for j, p in enumerate(self.posts):
            o = {"post_id": p["id"], "posted_at": self._iso(p["ts"]), "format": p["fmt"]}
            if self.hidden_likes:
                o["likes"] = 0
                o["likes_unknown"] = True
            else:
                o["likes"] = self._disp(p["likes"])
            if self.ks_unknown:
                o["comments"] = self.exported[j]
                o["comments_unknown"] = True
            else:
                o["comments"] = self._disp(p["comments"])
            if self.show_shares:
                o["shares"] = self._disp(p["shares"])
            if self.show_saves:
                o["saves"] = self._disp(p["saves"])
            if (
                (self.show_views and (plat != "weibo"))
                or (ig_views and p["fmt"] == "video")
                or (
                    plat == "weibo"
                    and p["fmt"] == "video"
                    and self.show_views is False
                    and r.random() < 0.0
                )
            ):
                o["views"] = self._disp(p["views"])
            if plat == "bilibili" and p["fmt"] == "video":
                o["coins"] = self._disp(p["coins"])
                o["danmaku"] = self._disp(p["danmaku"])
            if self.show_sponsored:
                o["sponsored"] = bool(p["spons"])
            out.append(o)
        rec["posts"] = out
        if self.has_comments:
            rec["comments"] = self.comments_out
        if self.has_sample and self.sample_out:
            rec["follower_sample"] = self.sample_out
        rec["label"] = int(self.label)
        rec["archetype"] = self.arch
        return rec


# --------------------------------------------------------------------------------------
# public API
# --------------------------------------------------------------------------------------
def make_creator(seed: int, i: int) -> dict:
    """Creator record i for this seed (deterministic)."""
    return _Sim(seed, i).run()


def generate(n: int, seed: int) -> Iterator[dict]:
    for i in range(int(n)):
        yield make_creator(seed, i)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(
        description="oscar creator simulator (genuine + fraudulent creators)"
    )
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="-", help="JSONL path ('-' = stdout)")
    a = ap.parse_args(argv)
    t0 = time.time()
    fh = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for rec in generate(a.n, a.seed):
            fh.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
            fh.write("\n")
    finally:
        if fh is not sys.stdout:
            fh.close()
    print(f"oscar_sim: {a.n:d} creators in {time.time() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
