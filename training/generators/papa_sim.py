#!/usr/bin/env python3
"""papa_sim: an independent simulator of genuine and fraudulent social-media creators.

Written for a fraud-detection test bed (KOL/KOC vetting on Douyin, RedNote, Weibo, Bilibili,
Kuaishou, WeChat Channels, Instagram, TikTok, YouTube).  Standard library + numpy only.

    generate(n, seed) -> Iterator[dict]   record i depends only on (seed, i)
    main(["--n", "2000", "--seed", "1", "--out", "creators.jsonl"])

Each record follows creator.schema.json plus ``label`` (1 fraud, 0 genuine) and
``archetype`` (combined frauds are ``combo:a+b[+c]``).

Archetypes (share of records)
-----------------------------
Genuine (50%):
  ordinary 18.5          creators of every size (nano .. mega), growing, stable or fading
  tiny_koc 4             100-3000 followers, 10-16 posts, small integer counts, a note may pop
  viral_hit 4            one post 30-300x the usual; follower surge on that day, ER dilutes after
  giveaway 3             lottery post: huge low-effort comments (@friends, 抽我), follow spike
                         then unfollows after the draw; lottery-hunter accounts among followers
  shoutout 2.5           follower jump on a day with no post of their own (a bigger account's mention)
  platform_purge 2.5     single-day follower drop (platform removed bots); engagement unchanged
  celebrity 2.5          millions of followers, very low like/follower rate, fan slogans repeated
                         (控评), many zombie/inactive followers
  paid_promotion 3       legitimate Dou+/薯条/粉条/起飞/Boost/Promote on some posts: views up with
                         coherent (lower) like/comment rates, small follower bumps
  keyword_cta 1          "comment GUIDE and I'll DM you" / "扣1": one keyword repeated by real people
  saves_heavy 1.2        tutorials: saves > likes, few comments
  hidden_likes 1         Instagram creator hid like counts (likes_unknown)
  controversy 1          comments >> likes on debated posts
  live_seller 1.2        live-commerce seller: weak short videos, live entries with tap-likes,
                         follower jumps on live days with no post
  dormant_return 1.2     months-long hiatus; followers flat/declining; comeback posts weak
  old_audience 1.3       big stale audience: very low ER, inactive followers, slow decline
  spam_magnet 1.3        third-party lure spam and bots in comments / followers (not the creator's doing)
  brand_account 0.8      official (蓝V) account: verified, low ER, customer-service comments
Fraud (50%), each with an intensity in (0,1) drawn Beta(1.25,1.7) (mostly cautious):
  followers_burst 5      bought followers delivered in 1-6 bursts (1-7 days each, 30% just before a
                         brand pitch), partial drop-off; 20% bought before the history window
                         (history clean; low ER and the follower sample still show it)
  followers_drip 3.5     bought followers drip-fed at a steady daily rate, uncorrelated with posts
  followers_premium 3.5  "real-looking" bought accounts (avatar, posts, bios from a reused pool,
                         batch-created, warm-up posts clustered) delivered in slow ramps
  bought_likes 5         like packages (round sizes, 0-12% drop) on all posts / a random subset /
                         the posts before a brand pitch / the sponsored posts; cautious buyers also
                         buy views/saves to keep ratios; instant delivery (young posts already full)
                         or drip delivery
  bought_views 2.5       play-count packages: likes/views, coins, danmaku, comments per view collapse
  bot_comments 4         comment-farm text from a small pool, bot authors reused across posts,
                         delivered in bursts minutes after posting or in a nightly batch
  engagement_pod 4       fixed pod / 互助群 members like+comment within the first hour on most posts
  ai_praise 4            machine-written, polished, on-topic praise; near-uniform length; few likes
  follow_churn 4         follow/unfollow cycles: saw-tooth following count, follow-back audience
  lure_spam 3            引流 account: disguised contact in bio, planted "求资源/dd" comments and
                         "已私/看主页" creator replies, often bought likes/followers too
  (all frauds keep an organic base; 12% also use legitimate promotion, 8% see a platform purge,
   25% of bought-follower accounts top up likes a little)
  combos 11.5            combo:followers_burst+bought_likes 3, combo:followers_drip+bot_comments 1.5,
                         combo:bought_likes+ai_praise 1.5,
                         combo:followers_premium+bought_likes+ai_praise 1.5,
                         combo:follow_churn+engagement_pod 1.2,
                         combo:bought_likes+bought_views+bot_comments 1.3,
                         combo:followers_burst+lure_spam 1.5

Main assumptions (post metrics are the focus)
---------------------------------------------
* Reach of a post = (platform recommendation floor pool + reach rate * active followers^0.88 *
  10k^0.12) times a per-post lognormal strength (sigma 0.5 Instagram .. 1.1 RedNote/TikTok), hit
  (3-9% of posts, 4-90x) and flop (10%, 0.1-0.4x) draws, format (reels 2.5x plays, Weibo text
  0.7x, Bilibili dynamics 0.25x), posting hour, weekday/weekend by vertical, creator life stage
  (growing / stable / fading), sponsorship (0.75x reach, 0.8x like rate) and legitimate paid
  promotion (2-15x reach with a lower like rate from non-followers).
* Shown counts per platform: Douyin likes/comments/shares/saves (plays only from some data
  sources), Kuaishou plays/likes/comments/shares, RedNote likes/collects/comments (shares from
  some sources), Weibo reposts/comments/likes (+ autoplay-inflated plays on videos, 3-8x),
  Bilibili plays/likes/coins/favourites/shares/danmaku/comments, Channels likes/shares/comments
  (saves from some sources), Instagram likes/comments (+ reel plays, shares from some sources),
  TikTok everything, YouTube views/likes/comments.  Hidden reach still drives the counts.
* likes = reach * like rate (platform medians: Douyin 4%, Kuaishou 3.5%, RedNote 3.5%, Weibo 4%
  of reads, Bilibili 5%, Channels 3%, Instagram 10% of reach / 4.5% of reel plays, TikTok 8%,
  YouTube 3.5%), with a creator lognormal (sigma .35) and per-post jitter; comments, shares,
  saves, coins are per-creator ratios to likes with per-post jitter (comments/likes: Weibo .25,
  RedNote .09, Channels .08, Kuaishou .07, Bilibili .07, YouTube .05, Douyin .035, Instagram
  .02, TikTok .015; saves/likes: RedNote .45, Bilibili .35, x0.4-2.5 by vertical; shares/likes:
  Channels .6, Weibo .3), drawn Poisson so small accounts get honest small integers and zeros.
* Counts accumulate after posting (tau ~0.3 d Weibo .. 3 d RedNote/YouTube, with a long tail),
  so posts younger than a day are incomplete; bought likes delivered instantly are not (drip
  delivery imitates the curve).  Bot likes register a play; careful buyers also buy plays,
  collects (RedNote 赞藏) and coins at natural rates, so only comments/shares stay behind.
* Some Chinese sources give display-rounded counts (1.2万 -> 12000; Channels 10万+ -> 100000).
  Kuaishou exports sometimes lack the comment count (comments_unknown, lower bound).
* Follower history = real followers (growth from post reach: conversion 0.05-1.2% of views,
  hits bring jumps, viral posts convert 2-6x better, unfollow drift by life stage) + bought
  followers (+ drop-off) + follow-back followers; following count kept (saw-tooth for churn).
  Included for ~80% of creators (a fifth as sparse snapshots, 0-4% missing days); follower
  sample (50-200, never more than the followers) for ~70%.  Account ids follow registration
  order (Weibo/Bilibili uids, RedNote ObjectId timestamps), so batch-registered fakes cluster.
* Genuine comment text is compositional (vertical-specific questions and experiences, frames,
  particles, platform emoticons such as [捂脸] / [doge] / [笑哭R], light human noise), so exact
  repeats are rare except short reactions, fan slogans (控评), giveaway entries and CTA keywords;
  genuine sections also hold third-party bots and lure spam.  Times follow the audience's
  daily rhythm; the creator replies more when small.  ~5-25% of real Chinese commenters keep a
  default name (用户123..., 小红薯..., bili_...), so default names are not a bot tell by themselves.
* Fraud text: farm pools repeated verbatim (cautious farms: larger pools, decorations, or copied
  real-looking comments), pod / 互助 phrases, LLM-style templates with synonyms, obfuscated
  contact lures (薇/v❤/🐧, full-width or circled digits).  Farm comments arrive in bursts minutes
  after posting or in a nightly batch; pod comments in the first hour; AI praise at a steady pace.
* Record i depends only on (seed, i) through numpy SeedSequence([seed, i]).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np

# ---------------------------------------------------------------------------------------------
# Archetypes
# ---------------------------------------------------------------------------------------------

GENUINE = [
    ("ordinary", 18.5),
    ("tiny_koc", 4.0),
    ("viral_hit", 4.0),
    ("giveaway", 3.0),
    ("shoutout", 2.5),
    ("platform_purge", 2.5),
    ("celebrity", 2.5),
    ("paid_promotion", 3.0),
    ("keyword_cta", 1.0),
    ("saves_heavy", 1.2),
    ("hidden_likes", 1.0),
    ("controversy", 1.0),
    ("live_seller", 1.2),
    ("dormant_return", 1.2),
    ("old_audience", 1.3),
    ("spam_magnet", 1.3),
    ("brand_account", 0.8),
]
FRAUD = [
    ("followers_burst", 5.0),
    ("followers_drip", 3.5),
    ("followers_premium", 3.5),
    ("bought_likes", 5.0),
    ("bought_views", 2.5),
    ("bot_comments", 4.0),
    ("engagement_pod", 4.0),
    ("ai_praise", 4.0),
    ("follow_churn", 4.0),
    ("lure_spam", 3.0),
    ("combo:followers_burst+bought_likes", 3.0),
    ("combo:followers_drip+bot_comments", 1.5),
    ("combo:bought_likes+ai_praise", 1.5),
    ("combo:followers_premium+bought_likes+ai_praise", 1.5),
    ("combo:follow_churn+engagement_pod", 1.2),
    ("combo:bought_likes+bought_views+bot_comments", 1.3),
    ("combo:followers_burst+lure_spam", 1.5),
]
ARCHETYPES = [(a, 0, w) for a, w in GENUINE] + [(a, 1, w) for a, w in FRAUD]
_ARCH_W = np.array([w for _, _, w in ARCHETYPES], dtype=float)
_ARCH_CUM = np.cumsum(_ARCH_W / _ARCH_W.sum())

# ---------------------------------------------------------------------------------------------
# Platforms
# ---------------------------------------------------------------------------------------------

CN_PLATFORMS = ("douyin", "rednote", "weibo", "bilibili", "kuaishou", "wechat_channels")
PLATFORM_W = {
    "douyin": 14,
    "rednote": 14,
    "weibo": 10,
    "bilibili": 8,
    "kuaishou": 8,
    "wechat_channels": 6,
    "instagram": 16,
    "tiktok": 14,
    "youtube": 10,
}
VIEWS_PLATFORMS = ("kuaishou", "bilibili", "tiktok", "youtube", "douyin", "weibo", "instagram")

# pool: recommendation floor (impressions a post gets regardless of followers)
# reach: impressions per active follower at 10k followers; sig: per-post lognormal sigma
# lr: likes per impression; cr: comments/likes; sr: shares/likes; svr: saves/likes
# tau: days for engagement to mostly accumulate; launch: year the platform opened
P = {
    "douyin": dict(
        pool=300,
        reach=0.55,
        sig=1.0,
        lr=0.040,
        cr=0.035,
        sr=0.12,
        svr=0.08,
        tau=0.8,
        launch=2016.7,
        hit=0.06,
        fmts=(("video", 0.9), ("image", 0.1)),
    ),
    "kuaishou": dict(
        pool=200,
        reach=0.45,
        sig=0.9,
        lr=0.035,
        cr=0.07,
        sr=0.06,
        svr=0.0,
        tau=0.8,
        launch=2013.0,
        hit=0.05,
        fmts=(("video", 0.96), ("image", 0.04)),
    ),
    "rednote": dict(
        pool=200,
        reach=0.6,
        sig=1.1,
        lr=0.035,
        cr=0.09,
        sr=0.08,
        svr=0.45,
        tau=3.0,
        launch=2013.5,
        hit=0.07,
        fmts=(("image", 0.68), ("video", 0.32)),
    ),
    "weibo": dict(
        pool=0,
        reach=0.06,
        sig=0.7,
        lr=0.04,
        cr=0.25,
        sr=0.30,
        svr=0.0,
        tau=0.3,
        launch=2009.7,
        hit=0.04,
        fmts=(("text", 0.3), ("image", 0.45), ("video", 0.25)),
    ),
    "bilibili": dict(
        pool=100,
        reach=0.30,
        sig=0.8,
        lr=0.05,
        cr=0.07,
        sr=0.12,
        svr=0.35,
        tau=1.5,
        launch=2009.5,
        hit=0.05,
        fmts=(("video", 0.93), ("text", 0.07)),
    ),
    "wechat_channels": dict(
        pool=50,
        reach=0.30,
        sig=0.8,
        lr=0.03,
        cr=0.08,
        sr=0.6,
        svr=0.15,
        tau=0.7,
        launch=2020.1,
        hit=0.04,
        fmts=(("video", 0.9), ("image", 0.1)),
    ),
    "instagram": dict(
        pool=30,
        reach=0.30,
        sig=0.5,
        lr=0.10,
        cr=0.02,
        sr=0.15,
        svr=0.0,
        tau=0.4,
        launch=2010.8,
        hit=0.03,
        fmts=(("image", 0.45), ("video", 0.55)),
    ),
    "tiktok": dict(
        pool=300,
        reach=0.8,
        sig=1.1,
        lr=0.08,
        cr=0.015,
        sr=0.05,
        svr=0.09,
        tau=1.0,
        launch=2017.8,
        hit=0.07,
        fmts=(("video", 0.93), ("image", 0.07)),
    ),
    "youtube": dict(
        pool=20,
        reach=0.15,
        sig=0.7,
        lr=0.035,
        cr=0.05,
        sr=0.0,
        svr=0.0,
        tau=3.0,
        launch=2005.5,
        hit=0.04,
        fmts=(("video", 1.0),),
    ),
}

HOUR_W = (
    0.28,
    0.16,
    0.09,
    0.05,
    0.04,
    0.05,
    0.12,
    0.30,
    0.48,
    0.58,
    0.62,
    0.70,
    0.90,
    0.85,
    0.68,
    0.63,
    0.68,
    0.78,
    0.92,
    1.0,
    1.0,
    1.0,
    0.86,
    0.55,
)

CN_COUNTRIES = (("CN", 0.93), ("TW", 0.02), ("HK", 0.02), ("MY", 0.015), ("SG", 0.015))
INTL_COUNTRIES = (
    ("US", 0.38),
    ("GB", 0.1),
    ("CA", 0.06),
    ("AU", 0.06),
    ("IN", 0.08),
    ("PH", 0.05),
    ("ID", 0.04),
    ("SG", 0.03),
    ("MY", 0.03),
    ("NG", 0.03),
    ("DE", 0.03),
    ("FR", 0.03),
    ("BR", 0.04),
    ("MX", 0.04),
)
TZ = {
    "CN": 8,
    "TW": 8,
    "HK": 8,
    "MY": 8,
    "SG": 8,
    "US": -5,
    "GB": 0,
    "CA": -5,
    "AU": 10,
    "IN": 5.5,
    "PH": 8,
    "ID": 7,
    "NG": 1,
    "DE": 1,
    "FR": 1,
    "BR": -3,
    "MX": -6,
}

# ---------------------------------------------------------------------------------------------
# Vocabulary per content category: zh nouns | zh adjectives | en nouns | en adjectives
# ---------------------------------------------------------------------------------------------

_CAT_RAW = {
    "beauty": (
        "粉底液|口红|眼影盘|腮红|遮瑕|底妆|眉笔|卸妆油|防晒|精华|面霜|唇釉|散粉|睫毛膏|高光|妆前乳",
        "显白|自然|服帖|持妆|不卡粉|好上手|温柔|高级|清透|不拔干|伪素颜",
        "foundation|lipstick|palette|blush|concealer|mascara|sunscreen|serum|moisturizer|lip gloss|highlighter|setting powder|brow gel",
        "flawless|natural|glowy|long-lasting|buildable|gorgeous|soft|dewy|matte",
    ),
    "fashion": (
        "穿搭|外套|牛仔裤|连衣裙|针织衫|包包|小白鞋|配色|大衣|卫衣|半身裙|西装|阔腿裤|风衣",
        "显瘦|高级|温柔|减龄|百搭|有质感|复古|日系|松弛感|显高",
        "outfit|jacket|jeans|dress|sweater|bag|sneakers|coat|blazer|skirt|boots|cardigan",
        "cozy|chic|vintage|oversized|minimal|cute|classy|effortless",
    ),
    "food": (
        "红烧肉|蛋糕|火锅|面条|早餐|减脂餐|炸鸡|奶茶|这家店|饺子|烤肉|甜品|空气炸锅|咖啡|螺蛳粉|酸菜鱼",
        "好吃|香|下饭|绝|嫩|酥脆|正宗|性价比高|上头|鲜",
        "recipe|pasta|cake|ramen|breakfast|dumplings|coffee|bread|tacos|curry|air fryer|salad|banana bread",
        "delicious|crispy|easy|cozy|spicy|healthy|perfect|fluffy",
    ),
    "travel": (
        "大理|成都|重庆|西藏|新疆|三亚|厦门|日本|泰国|民宿|攻略|路线|露营|自驾|洱海|川西",
        "出片|绝美|小众|治愈|人少|值得|震撼|松弛",
        "Bali|Tokyo|Paris|Iceland|road trip|hostel|itinerary|hike|beach|hotel|Lisbon|Seoul|Kyoto",
        "stunning|hidden|budget|breathtaking|underrated|dreamy",
    ),
    "fitness": (
        "减脂|增肌|跑步|瑜伽|帕梅拉|腹肌|深蹲|体态|拉伸|饮食|普拉提|跳绳|臀腿",
        "有效|坚持|暴汗|科学|瘦|燃|专业",
        "workout|squats|abs|running|yoga|pilates|protein|cardio|stretching|glutes|deadlift|mobility",
        "effective|brutal|beginner-friendly|consistent|intense|solid",
    ),
    "parenting": (
        "宝宝|辅食|早教|绘本|哄睡|奶粉|二胎|幼儿园|带娃|育儿|辅食机|纸尿裤",
        "省心|实用|靠谱|有用|真实|温柔",
        "baby|toddler|sleep schedule|bedtime|daycare|snacks|mom life|postpartum|nursery|potty training",
        "practical|helpful|real|honest|sweet",
    ),
    "pets": (
        "猫咪|狗狗|布偶|柯基|金毛|猫粮|铲屎官|橘猫|小狗|仓鼠|猫砂|狗粮",
        "可爱|乖|治愈|憨|萌|通人性|调皮",
        "cat|dog|puppy|kitten|golden retriever|corgi|vet visit|cat food|hamster|zoomies",
        "adorable|goofy|sweet|chonky|precious|derpy",
    ),
    "tech": (
        "手机|耳机|笔记本|平板|相机|iPhone|显卡|键盘|充电宝|系统|华为|小米|折叠屏",
        "流畅|续航强|性价比高|好用|拍照好|稳",
        "phone|laptop|headphones|camera|GPU|keyboard|iPhone|Pixel|tablet|desk setup|battery|monitor",
        "fast|solid|overpriced|snappy|premium|clean",
    ),
    "gaming": (
        "原神|王者|吃鸡|英雄联盟|黑神话|操作|皮肤|上分|版本|这关|boss|抽卡",
        "帅|秀|离谱|丝滑|强|细|燃",
        "Minecraft|Fortnite|Valorant|Elden Ring|Zelda|speedrun|build|patch|loadout|boss fight|ranked",
        "insane|clutch|cracked|wild|clean|sweaty",
    ),
    "education": (
        "考研|英语|雅思|四六级|学习方法|笔记|时间管理|考公|背单词|数学|论文|复习计划",
        "有用|干货|清晰|实用|系统|透彻",
        "study tips|exam prep|notes|calculus|productivity|IELTS|coding|Python|essay|flashcards|note-taking",
        "useful|clear|helpful|underrated|practical",
    ),
    "finance": (
        "基金|理财|存钱|股票|副业|记账|保险|房贷|存款|定投|公积金|信用卡",
        "靠谱|清醒|实在|有用|透彻",
        "budget|savings|index funds|investing|credit score|side hustle|taxes|401k|stocks|mortgage|emergency fund",
        "practical|smart|solid|eye-opening|realistic",
    ),
    "home": (
        "装修|收纳|出租屋改造|家具|厨房|卧室|软装|灯|窗帘|好物|沙发|地毯",
        "温馨|高级|实用|治愈|显大|干净",
        "apartment|decor|kitchen|bedroom|organization|plants|IKEA haul|rug|lighting|closet|sofa",
        "cozy|aesthetic|clean|stunning|warm",
    ),
    "music": (
        "翻唱|吉他|钢琴|编曲|原创|嗓音|高音|这首歌|旋律|和声|副歌",
        "好听|温柔|绝|上头|有感觉|干净",
        "cover|guitar|piano|vocals|song|harmony|beat|chorus|melody|bridge|falsetto",
        "beautiful|haunting|catchy|smooth|angelic",
    ),
    "comedy": (
        "段子|剧情|反转|演技|台词|表情|结尾|配音|这个梗|老板",
        "好笑|离谱|真实|绝|上头",
        "skit|ending|punchline|acting|bit|face|timing|voice|plot twist|boss",
        "hilarious|unhinged|relatable|perfect|chaotic",
    ),
    "auto": (
        "新能源|试驾|油耗|续航|特斯拉|比亚迪|内饰|保养|二手车|SUV|智驾",
        "稳|舒服|划算|靠谱|安静",
        "EV|test drive|mileage|Tesla|interior|engine|truck|detailing|used car|road test",
        "clean|smooth|reliable|sick|quiet",
    ),
    "lifestyle": (
        "日常|vlog|独居|早起|周末|通勤|租房|打工|小家|自律|晚饭|下班",
        "真实|治愈|舒服|松弛|温暖",
        "day in my life|morning routine|vlog|weekend|apartment|self care|routine|night routine|grocery haul",
        "cozy|calming|real|aesthetic|wholesome",
    ),
    "dance": (
        "翻跳|舞蹈|编舞|卡点|街舞|爵士|韩舞|动作|走位",
        "帅|飒|丝滑|有力量|干净",
        "choreo|dance|routine|moves|trend|footwork|freestyle|formation",
        "clean|sharp|smooth|fire|effortless",
    ),
    "anime": (
        "番剧|cos|手办|二次元|动画|漫画|配音|同人|角色|新番",
        "还原|神|帅|可爱|燃",
        "anime|cosplay|figure|manga|character|episode|fan art|opening",
        "accurate|amazing|peak|cute|insane",
    ),
}
CATS = {k: tuple(tuple(s.split("|")) for s in v) for k, v in _CAT_RAW.items()}
CAT_ZH = {
    "beauty": "美妆",
    "fashion": "穿搭",
    "food": "美食",
    "travel": "旅行",
    "fitness": "健身",
    "parenting": "母婴",
    "pets": "萌宠",
    "tech": "数码",
    "gaming": "游戏",
    "education": "学习",
    "finance": "理财",
    "home": "家居",
    "music": "音乐",
    "comedy": "搞笑",
    "auto": "汽车",
    "lifestyle": "生活",
    "dance": "舞蹈",
    "anime": "二次元",
}
CAT_W = {
    "douyin": "beauty 8 fashion 7 food 10 travel 6 fitness 5 parenting 5 pets 6 tech 5 gaming 5 "
    "education 5 finance 3 home 4 music 5 comedy 10 auto 4 lifestyle 8 dance 5 anime 2",
    "kuaishou": "food 10 comedy 12 lifestyle 12 auto 6 pets 5 music 7 fashion 4 beauty 4 "
    "parenting 5 gaming 6 tech 3 fitness 3 dance 5 home 3 travel 3 education 3",
    "rednote": "beauty 14 fashion 14 food 10 travel 10 fitness 6 parenting 6 pets 4 tech 3 "
    "education 7 finance 4 home 8 lifestyle 10 music 1 anime 2",
    "weibo": "comedy 8 lifestyle 10 music 6 tech 6 gaming 5 fashion 6 beauty 6 food 6 travel 5 "
    "finance 6 auto 5 education 4 anime 4 pets 5",
    "bilibili": "gaming 16 anime 12 tech 10 music 8 education 10 comedy 8 food 6 dance 6 "
    "lifestyle 8 auto 4 fitness 3 finance 3 travel 3 pets 3",
    "wechat_channels": "lifestyle 12 food 10 finance 8 education 8 parenting 8 music 6 "
    "travel 6 auto 5 home 5 comedy 8 tech 4 fitness 4",
    "instagram": "fashion 12 beauty 12 food 10 travel 12 fitness 10 lifestyle 12 pets 6 "
    "home 6 music 5 parenting 4 dance 3 tech 3 comedy 4",
    "tiktok": "comedy 12 dance 8 beauty 8 food 9 fashion 7 lifestyle 10 pets 7 gaming 6 "
    "fitness 6 education 5 finance 4 tech 4 music 6 travel 4 parenting 3",
    "youtube": "gaming 14 tech 12 education 10 comedy 8 music 8 food 7 fitness 6 finance 7 "
    "auto 6 travel 6 lifestyle 8 beauty 5 home 3",
}


def _parse_cw(s):
    parts = s.split()
    names = parts[0::2]
    w = np.array([float(x) for x in parts[1::2]])
    return names, np.cumsum(w / w.sum())


CAT_WP = {k: _parse_cw(v) for k, v in CAT_W.items()}

# ---------------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------------

PINYIN = [
    "xiao",
    "lin",
    "mei",
    "yu",
    "chen",
    "wang",
    "li",
    "zhang",
    "jia",
    "qi",
    "yun",
    "xin",
    "le",
    "tian",
    "ming",
    "hao",
    "an",
    "bei",
    "cheng",
    "fei",
    "guo",
    "han",
    "jing",
    "kai",
    "lan",
    "lu",
    "nan",
    "qing",
    "rui",
    "shan",
    "tang",
    "wei",
    "xi",
    "yang",
    "zhi",
    "zhou",
    "ai",
    "bo",
    "dan",
    "ding",
    "fang",
    "hui",
    "jun",
    "kang",
    "lei",
    "man",
    "ning",
    "ping",
    "shu",
    "ting",
    "wen",
    "xue",
    "yan",
    "ying",
    "zi",
    "momo",
    "coco",
    "lulu",
    "niuniu",
    "dudu",
    "tuan",
    "mao",
    "tu",
]
ZH_PREFIX = [
    "小",
    "阿",
    "大",
    "老",
    "是",
    "一只",
    "超级",
    "爱吃的",
    "不吃香菜的",
    "今天也",
    "努力的",
    "快乐",
    "想睡觉的",
    "会飞的",
    "佛系",
    "懒懒的",
    "人间",
    "北方的",
    "南方的",
    "隔壁",
    "",
]
ZH_CORE = [
    "橘子",
    "柠檬",
    "汽水",
    "兔子",
    "猫猫",
    "小鹿",
    "星星",
    "月亮",
    "奶茶",
    "芒果",
    "西瓜",
    "土豆",
    "饼干",
    "团子",
    "布丁",
    "糯米",
    "可乐",
    "桃子",
    "栗子",
    "小熊",
    "鲸鱼",
    "海盐",
    "芝士",
    "奶糖",
    "晴天",
    "南风",
    "北北",
    "阿May",
    "Lily",
    "Coco",
    "Momo",
    "Tina",
    "Kiki",
    "打工人",
    "干饭人",
    "咸鱼",
    "锦鲤",
    "螃蟹",
    "企鹅",
    "山竹",
    "椰子",
    "薄荷",
    "雪糕",
    "豆包",
    "年糕",
    "小满",
    "向日葵",
    "蒲公英",
    "橙子",
    "青柠",
    "麻薯",
    "酸奶",
    "鱼丸",
    "松鼠",
    "刺猬",
    "柴犬",
    "喵酱",
    "大白",
    "小葵",
    "阿珍",
    "阿强",
]
ZH_SUFFIX = [
    "",
    "酱",
    "呀",
    "ya",
    "同学",
    "本人",
    "的日常",
    "不加班",
    "在上海",
    "在成都",
    "吖",
    "_",
    ".",
    "～",
    "🍊",
    "🌙",
    "✨",
    "🐾",
    "y",
    "不吃辣",
    "爱旅行",
    "今天吃什么",
]
ZH_SURNAME = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
ZH_GIVEN = [
    "雪",
    "婷",
    "伟",
    "强",
    "敏",
    "静",
    "丽",
    "磊",
    "洋",
    "艳",
    "勇",
    "军",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀英",
    "桂英",
    "晓",
    "萌",
    "欣",
    "怡",
    "浩",
    "宇",
    "轩",
    "梓涵",
    "子轩",
    "一诺",
    "思远",
    "佳怡",
    "欣然",
    "文",
    "华",
    "建国",
    "凤",
    "兰",
    "霞",
    "鑫",
    "博",
    "晨",
    "悦",
]
EN_FIRST = [
    "emma",
    "olivia",
    "ava",
    "mia",
    "sophia",
    "isabella",
    "amelia",
    "harper",
    "evelyn",
    "abby",
    "chloe",
    "grace",
    "lily",
    "zoe",
    "nora",
    "hannah",
    "jess",
    "kate",
    "sarah",
    "megan",
    "emily",
    "rachel",
    "lauren",
    "nicole",
    "ashley",
    "brittany",
    "liam",
    "noah",
    "james",
    "ben",
    "lucas",
    "mason",
    "ethan",
    "logan",
    "jack",
    "ryan",
    "tyler",
    "josh",
    "matt",
    "chris",
    "mike",
    "dan",
    "alex",
    "sam",
    "jordan",
    "taylor",
    "casey",
    "riley",
    "jay",
    "kev",
    "tony",
    "marco",
    "diego",
    "luis",
    "raj",
    "priya",
    "arjun",
    "ana",
    "maria",
    "sofia",
    "juan",
    "carlos",
    "ade",
    "tunde",
    "chi",
    "kim",
    "minh",
    "linh",
    "wei",
    "jun",
]
EN_LAST = [
    "smith",
    "johnson",
    "lee",
    "brown",
    "garcia",
    "miller",
    "davis",
    "wilson",
    "moore",
    "taylor",
    "clark",
    "lewis",
    "walker",
    "young",
    "allen",
    "king",
    "wright",
    "scott",
    "green",
    "baker",
    "adams",
    "nelson",
    "hill",
    "campbell",
    "rivera",
    "nguyen",
    "patel",
    "kumar",
    "singh",
    "santos",
    "reyes",
    "cruz",
    "lopez",
    "kim",
    "park",
    "chen",
    "wong",
    "tan",
]
EN_WORDS = [
    "eats",
    "travels",
    "fit",
    "style",
    "art",
    "life",
    "daily",
    "vibes",
    "photo",
    "makes",
    "cooks",
    "codes",
    "reads",
    "plays",
    "runs",
    "lifts",
    "mom",
    "dad",
    "films",
    "beauty",
    "looks",
    "glow",
    "home",
    "studio",
    "creates",
    "official",
    "tv",
    "world",
    "journal",
    "kitchen",
    "garden",
    "music",
    "beats",
    "dance",
]


def zh_nick(r: random.Random) -> str:
    x = r.random()
    if x < 0.55:
        s = r.choice(ZH_PREFIX) + r.choice(ZH_CORE) + r.choice(ZH_SUFFIX)
        if r.random() < 0.2:
            s += str(r.randint(1, 9999))
        return s or "小橘子"
    if x < 0.78:
        s = r.choice(ZH_SURNAME) + r.choice(ZH_GIVEN)
        if r.random() < 0.5:
            s += r.choice(
                ("", "", "_", "Lucky", "2019", "的小窝", "爱生活", str(r.randint(1, 999)))
            )
        return s
    if x < 0.9:
        return (
            r.choice(EN_FIRST).capitalize()
            + r.choice(("", "_", "在", "的", ""))
            + r.choice(ZH_CORE)
        )
    return (
        r.choice(PINYIN) + r.choice(PINYIN) + (str(r.randint(1, 99999)) if r.random() < 0.6 else "")
    )


def zh_default_name(r: random.Random, platform: str) -> str:
    if platform == "rednote":
        return "小红薯" + f"{r.getrandbits(32):08X}"
    if platform == "bilibili":
        return "bili_" + str(r.randint(10**10, 10**11 - 1))
    if platform == "wechat_channels":
        return "微信用户" + str(r.randint(1000, 99999))
    if platform == "kuaishou":
        return (
            "用户" + str(r.randint(10**9, 10**10 - 1))
            if r.random() < 0.5
            else "快手用户" + str(r.randint(10**9, 10**10 - 1))
        )
    if platform == "weibo":
        return "用户" + str(r.randint(5 * 10**9, 8 * 10**9 - 1))
    return "用户" + str(r.randint(10**10, 10**11 - 1))


def en_handle(r: random.Random) -> str:
    f = r.choice(EN_FIRST)
    x = r.random()
    if x < 0.35:
        s = f + r.choice((".", "_", "")) + r.choice(EN_LAST)
    elif x < 0.6:
        s = f + r.choice((".", "_", "")) + r.choice(EN_WORDS)
    elif x < 0.75:
        s = r.choice(("the", "its", "just", "hey", "real", "not")) + f
    else:
        s = f + r.choice(EN_LAST)[: r.randint(1, 4)]
    if r.random() < 0.55:
        s += str(r.choice((r.randint(1, 99), r.randint(1985, 2008), r.randint(100, 9999))))
    if r.random() < 0.12:
        s = s + "_" if r.random() < 0.5 else "_" + s
    return s


def en_default_name(r: random.Random, platform: str) -> str:
    if platform == "tiktok":
        return "user" + str(r.randint(10**9, 10**13))
    if platform == "youtube":
        return "@user-" + "".join(
            r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(8)
        )
    return r.choice(EN_FIRST) + r.choice(EN_LAST) + str(r.randint(1000, 999999))


def zh_handle(r: random.Random) -> str:
    s = r.choice(PINYIN) + r.choice(("", "_", ".", "")) + r.choice(PINYIN)
    if r.random() < 0.5:
        s += r.choice(EN_WORDS[:12]) if r.random() < 0.3 else str(r.randint(1, 9999))
    return s


# ---------------------------------------------------------------------------------------------
# Comment text banks
# ---------------------------------------------------------------------------------------------

ZH_EMOTICON: dict[str, Any] = {
    "douyin": "[赞] [捂脸] [呲牙] [偷笑] [流泪] [比心] [玫瑰] [送心] [666] [大笑] [微笑] [泣不成声] [看] [憨笑] [爱心]",
    "kuaishou": "[赞] [666] [捂脸] [玫瑰] [笑哭] [抱拳] [鼓掌] [爱心] [大哭] [奸笑]",
    "rednote": "[笑哭R] [哭惹R] [赞R] [派对R] [害羞R] [买爆R] [doge] [飞吻R] [萌萌哒R] [石化R] [偷笑R] [汗颜R]",
    "weibo": "[允悲] [doge] [二哈] [笑cry] [心] [赞] [苦涩] [吃瓜] [泪] [哈哈] [good] [并不简单] [费解]",
    "bilibili": "[doge] [笑哭] [妙啊] [喜欢] [tv_doge] [吃瓜] [OK] [辣眼睛] [打call] [歪嘴] [藏狐] [星星眼]",
    "wechat_channels": "[强] [捂脸] [微笑] [玫瑰] [呲牙] [破涕为笑] [Party] [抱拳] [爱心] [旺柴]",
}
ZH_EMOTICON = {k: v.split() for k, v in ZH_EMOTICON.items()}
UNI_EMOJI = [
    "😂",
    "🤣",
    "😭",
    "😍",
    "🥰",
    "😘",
    "❤️",
    "💕",
    "👍",
    "👏",
    "🔥",
    "✨",
    "🙏",
    "😆",
    "🥺",
    "😅",
    "😋",
    "🤤",
    "🥹",
    "💯",
    "🙌",
    "😮",
    "🤔",
    "😊",
    "😳",
    "💀",
    "🤍",
    "🌸",
    "⭐",
    "🎉",
    "😎",
    "🤩",
    "😌",
    "💪",
    "🐶",
    "🐱",
    "🍜",
]
ZH_PART = ("", "", "", "", "！", "！！", "～", "...", "。", "哈哈", "!", "😂", "hh", "啊啊")
ZH_SHORT = [
    "好好看",
    "绝绝子",
    "爱了爱了",
    "救命",
    "太可了",
    "好家伙",
    "笑死我了",
    "牛啊",
    "真的会谢",
    "破防了",
    "泪目",
    "顶",
    "路过",
    "来了",
    "蹲后续",
    "码住",
    "学到了",
    "已收藏",
    "好有道理",
    "真实",
    "我先笑为敬",
    "妈呀",
    "好美",
    "好喜欢",
    "太强了",
    "羡慕",
    "哇塞",
    "好治愈",
    "有被笑到",
    "懂了",
    "太真实了",
    "绝了",
    "离谱",
    "可以可以",
    "好厉害",
    "哭死",
    "酸了",
    "同款",
    "冲",
    "好香",
    "这也太",
    "啊这",
    "确实",
    "不愧是你",
    "期待",
    "哇",
    "呜呜呜",
    "奈斯",
    "好绝",
    "我悟了",
    "心动了",
    "好温柔",
]
ZH_Q = [
    "新手可以试试吗",
    "BGM叫什么",
    "怎么做到的",
    "求教程",
    "这是在哪里拍的",
    "这个难吗",
    "博主是哪里人",
    "用的什么滤镜",
    "有合集吗",
    "多久更新一次",
    "用什么剪辑的",
    "这是什么时候拍的",
]
ZH_EXP = [
    "原来不止我一个人这样",
    "上周末刚试过，确实{a}",
    "已经关注很久了，每期都看",
    "看了你的推荐去试了，没失望",
    "我朋友也推荐过{n}",
    "之前也刷到过类似的",
    "收藏了好多期了",
    "按你说的试了，真的有用",
]
_ZQ = {
    "beauty": "请问{n}是什么色号|黄皮能用吗|干皮适合吗|{n}会卡粉吗|敏感肌可以用吗|求{n}链接|{n}是哪家的",
    "fashion": "小个子能穿吗|{n}在哪买的|身高体重多少呀|{n}是什么码|微胖能穿吗|求{n}链接|梨形身材能穿吗",
    "food": "这家店在哪里|{n}怎么做的|人均多少|需要排队吗|空气炸锅几度几分钟|求{n}做法|糖可以换成代糖吗",
    "travel": "几月去最合适|住哪里方便|人多吗|求{n}攻略|大概花了多少钱|自驾好走吗|需要提前预约吗",
    "fitness": "每天练多久|{n}膝盖疼怎么办|新手能跟练吗|多久能看到效果|{n}要空腹吗|饮食怎么安排",
    "parenting": "多大的宝宝可以|{n}是哪个牌子|宝宝不爱吃怎么办|夜醒怎么办|{n}怎么选|几个月开始",
    "pets": "这是什么品种|{n}是哪个牌子|几个月了|会掉毛吗|好养吗|平时吃什么",
    "tech": "{n}续航怎么样|发热严重吗|{n}值得入吗|和上一代比怎么样|多少钱入的|{n}拍照怎么样",
    "gaming": "这是什么版本|这里怎么打|这套怎么配|求{n}攻略|什么段位|用的什么设置",
    "education": "{n}用的什么书|每天学几个小时|零基础可以吗|{n}怎么安排|求{n}资料|二战还来得及吗",
    "finance": "{n}怎么选|新手从哪开始|{n}风险大吗|每月存多少合适|现在入场晚吗|工资五千怎么存",
    "home": "{n}是哪家的|多少钱|好打理吗|小户型适合吗|求{n}链接|租房能弄吗",
    "music": "求谱|这首歌叫什么|{n}怎么练的|用的什么麦|能出个教程吗|原唱是谁",
    "comedy": "这是第几集|是原创吗|BGM叫什么|演员是谁|还有后续吗|结局呢",
    "auto": "{n}落地多少钱|冬天续航怎么样|油耗多少|保养贵吗|{n}值得买吗|试驾在哪约",
    "lifestyle": "这是哪个城市|怎么坚持的|房租多少|BGM叫什么|几点起床|杯子在哪买的",
    "dance": "求分解|这是哪首歌|练了多久|{n}难吗|衣服在哪买的|能出镜面吗",
    "anime": "这是哪部番|这是谁|cos服在哪买的|求出处|第几集|假毛哪家的",
}
_ZE = {
    "beauty": "我也买了{n}，{a}是真的|用了一个月{n}，感觉还行|之前踩过{n}的雷，这个看着不错|昨天刚入了{n}，{a}到哭|{n}已经回购第三次了",
    "fashion": "同款{n}，真的{a}|我也有这件，{a}|买过{n}，洗了两次就起球了|穿上跟图片不一样哈哈|去年买的{n}今年还在穿",
    "food": "上周刚去吃过，确实{a}|跟着做了{n}，家里人都说{a}|我们公司楼下也有|小时候最喜欢{n}了|排了一个小时，值得",
    "travel": "去年去过{n}，确实{a}|上个月刚去，人有点多|我也住过这家|被{n}惊艳到了|下个月就要去了",
    "fitness": "跟练第三天 腿已经不是自己的了|坚持三个月瘦了十斤|我也是这么练的|{n}真的{a}|练完第二天爬不起来",
    "parenting": "我家宝宝也这样|二宝妈表示太真实了|{n}我家也在用|试了一下真的管用|当妈之后才懂",
    "pets": "我家猫也这样|我家狗狗也爱这样|养了三年了|一模一样哈哈哈|{n}我家也在吃",
    "tech": "用了半年{n}，{a}|刚换了{n}，不后悔|我的{n}也是这个问题|等降价再入|上一代用着还行",
    "gaming": "我也卡在这里了|{n}我打了好久|这个版本确实{a}|昨天刚抽到|练了一晚上还是不会",
    "education": "去年上岸，确实{a}|按这个方法背了一个月|{n}我也在用|二战路过|打印出来贴墙上了",
    "finance": "我也是这么存钱的|{n}亏了好多|坚持记账两年了|{n}我也在定投|刚开始学着理财",
    "home": "我家也是这个{n}|出租屋也改了一下|{n}买了不后悔|收纳完心情好多了|装修踩过这个坑",
    "music": "单曲循环了|听哭了|我也在练这首|{n}好难练|副歌一出来就起鸡皮疙瘩",
    "comedy": "我们公司也有这种人|笑到邻居敲门|太真实了 我妈就这样|看了三遍|结尾没想到",
    "auto": "我也提了{n}，{a}|开了两年了还行|试驾过 确实{a}|{n}保养确实便宜|冬天续航打七折",
    "lifestyle": "我也是一个人住|看完也想早起了|同款生活|下班路上看的|周末也是这么过的",
    "dance": "我也在学这支|跟跳了一晚上|{n}太难了|扒了好久|镜面跟跳了",
    "anime": "我也超爱这部|{n}我的本命|这部番补了三遍|cos得好还原|手办同款",
}
ZH_QC = {k: tuple(v.split("|")) + tuple(ZH_Q) for k, v in _ZQ.items()}
ZH_EC = {k: tuple(v.split("|")) + tuple(ZH_EXP) for k, v in _ZE.items()}
ZH_PRAISE = [
    "{n}也太{a}了吧",
    "这个{n}真的{a}",
    "这期{n}好用心",
    "{a}到我了",
    "博主的{n}每次都很{a}",
    "今天的{n}好{a}",
    "{n}绝了，{a}",
    "太会选{n}了",
    "这个{n}配色好{a}",
    "拍得好{a}",
    "讲得好清楚",
    "终于有人把{n}讲明白了",
    "剪辑好舒服",
    "这个角度绝了",
    "结尾{a}",
    "声音好好听",
    "每次看都很解压",
]
ZH_TO = ["博主", "姐妹", "宝子", "姐", "哥", "老师", "老板", "家人们", "集美", "宝", "亲"]
ZH_TO_P = {
    "bilibili": ("up主", "up", "阿婆主"),
    "kuaishou": ("老铁", "大哥", "主播"),
    "weibo": ("博主", "老师"),
    "douyin": ("博主", "主播"),
    "rednote": ("博主", "宝子", "姐妹"),
    "wechat_channels": ("老师", "博主"),
}
ZH_BANTER = [
    "{to}你也太{a}了",
    "{to}更新好快",
    "{to}什么时候出{n}",
    "{to}好久没直播了",
    "{to}今天状态好好",
    "{to}衣服在哪买的",
    "{to}上班了吗",
    "{to}下期能讲讲{n}吗",
    "{to}我来了",
    "{to}我又来了",
    "{to}这个我先收藏了",
    "{to}你家猫好胖",
    "{to}发型好好看",
    "{to}眼镜哪里买的",
    "{to}我跟了你三年了",
    "{to}的{n}好{a}",
    "第一次这么早",
    "终于更新了",
    "等好久了",
    "前排",
    "沙发",
]
ZH_CRIT = [
    "感觉{n}一般，有点{neg}",
    "不太同意，{n}其实{neg}",
    "说实话这个{n}有点{neg}",
    "上次买的{n}就{neg}",
    "这期节奏有点慢",
    "字幕有错别字",
    "声音有点小",
    "滤镜有点重",
    "价格有点劝退",
    "广告有点多哈哈",
    "我觉得还是上一期好看",
    "有点标题党了",
    "{n}不太适合我",
    "这个说法有待商榷",
]
ZH_NEG = ["贵", "踩雷", "假", "刻意", "难用", "夸张", "不值", "闷", "油", "干", "硬"]
ZH_SUGG = [
    "建议出一期{n}",
    "下期讲讲{n}吧",
    "想看{n}合集",
    "可以出个{n}教程吗",
    "求更{n}",
    "能不能测一下{n}",
    "出个{n}避雷吧",
    "想看你拍{n}",
    "下次可以试试{n}",
    "能做一期{n}吗",
]
ZH_TIME = [
    "凌晨三点刷到",
    "午休刷到",
    "下班路上看的",
    "上课偷偷看",
    "睡前必看",
    "地铁上笑出声",
    "加班的时候看到的",
    "蹲坑刷到",
    "周末终于有空看了",
    "早起第一件事就是看你",
]
ZH_SLANG = {
    "kuaishou": [
        "老铁666",
        "双击666",
        "支持老铁",
        "家人们谁懂啊",
        "接地气",
        "关注了老铁",
        "老铁没毛病",
        "说得对老铁",
        "真实老铁",
        "给力",
    ],
    "bilibili": [
        "前排",
        "三连了",
        "下次一定",
        "awsl",
        "泪目",
        "爷青回",
        "来了来了 热乎的",
        "弹幕护体",
        "up主辛苦了",
        "催更",
        "已投币",
        "这期质量好高",
        "{ts} 这里笑死",
        "{ts} 名场面",
        "{ts} 这里好燃",
    ],
    "weibo": [
        "转发微博",
        "哈哈哈哈哈我笑死",
        "说得好",
        "支持",
        "热搜见",
        "博主说的对",
        "这个真的",
        "吃瓜",
        "围观",
        "已转",
    ],
    "douyin": [
        "来了来了",
        "评论区都是人才",
        "我是第几个刷到的",
        "收藏等于学会",
        "这个BGM绝了",
        "看了好几遍",
        "点赞了",
        "已关注",
        "刷到就是缘分",
        "求更",
    ],
    "rednote": [
        "姐妹冲",
        "码住了",
        "好出片",
        "已收藏",
        "蹲一个",
        "求原图",
        "谢谢姐妹",
        "链接在哪",
        "博主好会",
        "太有用了叭",
    ],
    "wechat_channels": [
        "说得太好了",
        "转发了",
        "支持",
        "讲得实在",
        "很有道理",
        "已转给家人",
        "好视频",
        "点赞",
        "受教了",
        "赞同",
    ],
}
ZH_TAGS = [
    "快看",
    "我们下次去",
    "这不就是你",
    "你要的",
    "你看看人家",
    "学着点",
    "周末走起",
    "给你安排",
    "笑死像不像你",
    "一起冲",
]

EN_SHORT = [
    "lmao",
    "omg",
    "this is so good",
    "obsessed",
    "stop 😭",
    "wait what",
    "need",
    "yesss",
    "love this",
    "so cute",
    "real",
    "the ending 😂",
    "iconic",
    "no way",
    "bro 💀",
    "lol",
    "crying",
    "saved",
    "so pretty",
    "this is gold",
    "dead 💀",
    "the way i screamed",
    "ate",
    "not me doing this rn",
    "underrated",
    "chef's kiss",
    "why is this so true",
    "adorable",
    "too good",
    "mood",
    "literally me",
    "sooo good",
    "legend",
    "this made my day",
]
EN_Q = [
    "where is the {n} from?",
    "what {n} is this?",
    "link to the {n}?",
    "how much was the {n}?",
    "does it work on oily skin?",
    "is this beginner friendly?",
    "what camera do you use?",
    "song name?",
    "how long did this take?",
    "would this work for {n} too?",
    "is the {n} worth it?",
    "where was this filmed?",
    "what size are you wearing?",
    "any dupes for the {n}?",
    "how do you stay so consistent?",
    "part 2??",
    "recipe pls",
]
EN_EXP = [
    "i tried the {n} last week and it's so {a}",
    "my {n} looks exactly like this lol",
    "been using this {n} for a month, can confirm",
    "went to {n} last year, totally agree",
    "made this {n} for my family and they loved it",
    "my mom has the same {n}",
    "tried this and it actually worked??",
    "i need to try the {n} asap",
    "i did this exact thing yesterday haha",
    "this {n} changed my life honestly",
    "as someone who works in this field, this is accurate",
]
EN_PRAISE = [
    "the {n} is so {a}",
    "this {n} looks {a}",
    "you always pick the best {n}",
    "this is so {a}",
    "the editing on this is {a}",
    "your {n} content is my favorite",
    "the lighting!!",
    "finally someone explains {n} properly",
    "this is such a {a} {n}",
    "love the {n} so much",
]
EN_BANTER = [
    "first!",
    "who's here in {y}?",
    "your voice is so calming",
    "the cat in the background lol",
    "been here since 2k followers",
    "you never miss",
    "can you do a {n} video next?",
    "why am i watching this at 3am",
    "the algorithm finally blessed me",
    "happy to see you post again",
    "your energy is everything",
    "the outfit tho",
]
EN_CRIT = [
    "not gonna lie the {n} looks kinda {neg}",
    "hmm i don't agree about the {n}",
    "audio is a bit low",
    "too many ads lately tbh",
    "the old videos were better",
    "this didn't work for me",
    "clickbait title lol",
    "the {n} is way overpriced",
]
EN_NEG = ["mid", "overrated", "fake", "pricey", "rushed", "off"]
EN_SUGG = [
    "do a {n} video next pls",
    "we need a {n} tutorial",
    "can you review the {n}?",
    "part 2 with the {n}!",
    "try the {n} next time",
]
EN_TAGS = [
    "we need to go here",
    "this is so you",
    "look at this",
    "we have to try this",
    "literally us",
    "for our trip",
    "told you",
    "omg",
]

# --- fraud / third-party text ---
BOT_ZH = [
    "好看",
    "支持",
    "赞",
    "太棒了",
    "不错",
    "666",
    "👍",
    "👍👍👍",
    "好",
    "加油",
    "很好",
    "真不错",
    "厉害",
    "[赞][赞][赞]",
    "已关注",
    "支持支持",
    "优秀",
    "太好了",
    "棒棒的",
    "喜欢",
    "真好看",
    "👏👏👏",
    "❤️❤️❤️",
    "[玫瑰][玫瑰]",
    "顶",
    "好作品",
    "支持一下",
    "点赞",
    "不错不错",
    "好视频",
    "真棒",
    "漂亮",
    "太美了",
    "很棒",
    "必须支持",
    "学习了",
    "好内容",
    "高手",
    "👍👍",
    "给力",
]
BOT_EN = [
    "Nice",
    "Great post",
    "Amazing",
    "Love it",
    "🔥🔥🔥",
    "Awesome!",
    "Cool",
    "Beautiful",
    "❤️❤️",
    "Wow",
    "Great content",
    "Nice pic",
    "👏👏👏",
    "So good",
    "Perfect",
    "Love this",
    "Great job",
    "Super",
    "😍😍😍",
    "Nice one 👍",
    "Keep it up",
    "Fantastic",
    "Wonderful",
    "Awesome content",
    "Very nice",
    "Good",
    "Excellent",
    "👍👍",
    "Nice post",
    "Brilliant",
]
POD_EN = [
    "This is everything 🙌",
    "Obsessed with this look!",
    "Such a vibe ✨✨",
    "Love this so much! 😍",
    "Yes yes yes 🔥",
    "Absolutely stunning 💕",
    "This is goals!!",
    "Loving this content 👏",
    "Such great tips, thanks for sharing!",
    "Wow this is beautiful 😍",
    "Can't get enough of this!",
    "Saving this for later 📌",
    "You never disappoint 🙌",
    "This made my day ☀️",
    "Gorgeous as always 💖",
    "So inspiring, keep going!",
    "Okay this is amazing 😍",
    "Love the colors here 🎨",
    "Major inspo right here ✨",
    "Need this in my life 😍",
    "Killing it as always 🔥",
    "Such a great shot 📸",
    "Obsessed!! 😍😍",
    "Wow wow wow 👏",
]
POD_ZH = [
    "来啦宝子",
    "已赞已藏 互助",
    "宝，来支持啦",
    "已三连，求回访",
    "互助互助",
    "来了来了",
    "打卡支持",
    "冲鸭",
    "宝子笔记好棒，已关注",
    "来自互助群",
    "回访来啦",
    "支持支持 互关",
    "已赞藏评 宝宝看看我",
    "好看！已关注，求回关",
    "姐妹写得真好，互相支持",
    "来给宝宝助力啦",
    "已点赞收藏～",
    "每天打卡",
    "宝子加油，已赞",
    "来啦来啦 已互",
    "助力助力",
    "互关互赞",
    "宝，你的笔记好好看，也来看看我的呀",
    "一起加油呀",
]
AI_ZH_OPEN = [
    "这篇关于{t}的分享真的太用心了！",
    "看完博主对{t}的讲解，真的收获满满！",
    "太喜欢这种{t}的内容了，",
    "不得不说，这期{t}做得非常专业，",
    "作为一个{persona}，这条{t}简直说到我心坎里了！",
    "终于刷到这么高质量的{t}分享了！",
    "博主这期{t}的内容真的非常有价值，",
    "每次看博主分享{t}都有新的收获，",
    "这条关于{t}的内容整理得太清晰了！",
]
AI_ZH_MID = [
    "尤其是关于{n}的部分，讲得特别清晰易懂，",
    "{n}的细节处理得非常到位，",
    "每一个关于{n}的小技巧都很实用，",
    "从{n}到整体效果都能看出博主的用心，",
    "特别是{n}这一点，之前从来没有注意到，",
    "对{n}的分析既专业又接地气，",
    "关于{n}的建议真的很中肯，",
    "",
]
AI_ZH_CLOSE = [
    "已经收藏慢慢学习啦～期待博主更多优质内容！✨",
    "必须点赞支持！希望博主继续分享更多干货💪",
    "真的受益匪浅，感谢博主的无私分享🙏",
    "已收藏，准备照着试一试，期待下一期！",
    "这样的宝藏博主怎么才发现！已关注～🌟",
    "内容干货满满，值得反复观看！👍",
    "强烈推荐给身边的朋友们！💖",
    "希望博主一直保持这份热爱，加油！🌈",
    "看完心情都变好了，感谢分享～😊",
]
AI_PERSONA = ["新手小白", "上班族", "宝妈", "学生党", "打工人", "资深爱好者", "过来人", "小白"]
AI_EN_SHORT = [
    "Such a thoughtful breakdown — the tip about {n} is gold ✨",
    "Love how clearly you explained {n}, super helpful!",
    "This is genuinely one of the best {t} posts I've seen. Saved! 📌",
    "Incredible attention to detail on {n}! 👏",
    "Really appreciate the honest take on {n}. Keep it up! 🙌",
]
AI_ZH_SHORT = [
    "{n}这部分讲得太清楚了，收藏了！✨",
    "真诚分享，{n}的细节很加分👍",
    "内容很用心，关于{n}的建议很实用～",
    "这期{t}质量真高，期待更新！🌟",
    "讲解清晰有条理，{n}终于搞懂了🙏",
]
AI_EN_OPEN = [
    "What a fantastic breakdown of {t}!",
    "This is such an insightful take on {t}.",
    "Absolutely love how you approached {t} here!",
    "Your content on {t} never disappoints!",
    "Such a refreshing perspective on {t}!",
    "This {t} post is pure gold!",
    "I really appreciate the effort you put into this {t} content.",
]
AI_EN_MID = [
    "The part about {n} really resonated with me.",
    "I especially appreciated the tips on {n}.",
    "Your attention to detail with {n} is truly inspiring.",
    "The way you explained {n} made it so easy to follow.",
    "Your insights on {n} are incredibly valuable.",
    "",
]
AI_EN_CLOSE = [
    "Thank you for sharing such valuable content! 🙌",
    "Can't wait to see what you create next! ✨",
    "Keep up the amazing work! 💯",
    "Definitely saving this for later! 📌",
    "This is exactly what I needed today. 🙏",
    "Looking forward to more content like this! 🌟",
    "You've earned a new loyal follower! 💖",
]
LURE_ZH = [
    "主页有惊喜🎁",
    "看我主页置顶",
    "点我头像 有你想要的",
    "私我领资料",
    "有需要的宝子dd我",
    "想要的扣1",
    "兼职日结 看我简介",
    "同城交友 主页见",
    "我用这个方法一个月瘦了二十斤，主页有分享",
    "资源🔗在我收藏夹",
    "副业月入过万，方法在主页",
    "需要的看我名字",
    "懂的都懂 看我关注",
    "戳我头像领福利",
    "免费资料在我主页",
    "刷到的都是有缘人 看我主页",
]
LURE_ZH_CONTACT = [
    "加{v}：{id}",
    "{v}❤ {id}",
    "➕{v} {id} 备注{w}",
    "有意{v}:{id}",
    "🐧：{qq}",
    "扣扣{qq}",
    "{v}·{id}（去掉点）",
    "私{v}：{id}",
]
LURE_V = ["v", "V", "薇", "威", "vx", "wei", "卫星", "🛰", "微"]
LURE_EN = [
    "DM me for details 💰",
    "Check my bio 🔥",
    "Send it to @{promo} on IG 🚀",
    "I'm giving away $500 to my followers, check my page",
    "Wanna earn from home? Check my profile",
    "Hey, loved your content! Let's collab, DM @{promo}",
    "💞 lonely? my page 💞",
    "Crypto signals 📈 check bio",
    "Promote this on @{promo} 🔥",
    "I made $3k this week thanks to @{promo}",
    "t . me / {id}",
    "Free followers ➡️ my bio",
    "Wh@tsApp +1 {qq}",
]
PLANT_ZH = [
    "求资源",
    "求求了想要",
    "已关注，求发",
    "怎么领呀",
    "dd",
    "蹲",
    "已私信",
    "想要+1",
    "求带",
    "已关注 私信了",
    "真的有用吗？已私",
    "滴滴",
    "同求",
    "求资料 已三连",
    "姐妹求分享",
    "宝怎么联系你",
    "主页看了，已加",
    "想要想要",
    "求一份",
    "扣1",
    "1",
    "已关注求分享",
    "有用吗",
    "在哪领",
    "怎么加你",
]
PLANT_EN = [
    "Need this!",
    "How do I get it?",
    "DM'd you",
    "Interested 🙋",
    "Sent you a message",
    "Can I get the link?",
    "Me please!",
    "Info please",
    "How do I join?",
    "Sent a DM 🙏",
    "Where do I sign up?",
]
LURE_REPLY_ZH = [
    "已私～",
    "私你了宝",
    "看主页置顶哦",
    "关注后私信发你",
    "发你了注意查收",
    "看简介",
    "已发",
    "私信看一下",
    "主页有",
]
LURE_REPLY_EN = [
    "Check your DMs 💌",
    "Sent! ✅",
    "Link in bio!",
    "DM me 'INFO'",
    "Just sent it 💌",
    "Check your inbox",
]
REPLY_ZH = [
    "谢谢宝子～",
    "哈哈哈是的",
    "链接在橱窗哦",
    "下期安排！",
    "抱抱",
    "感谢支持🙏",
    "是的呢",
    "好的好的",
    "可以的～",
    "哈哈哈被你发现了",
    "谢谢喜欢",
    "在主页合集里",
    "记下了",
    "{n}是自己买的哈",
    "会的会的",
    "爱你",
    "哈哈哈哈哈",
    "对的",
    "有的有的",
    "下次注意",
    "晚点回复你",
    "看置顶",
    "谢谢提醒",
]
REPLY_EN = [
    "Thank you!!",
    "haha yes",
    "link in bio 💕",
    "ty ❤️",
    "omg thank you",
    "Coming soon!",
    "Yesss",
    "you're the best",
    "noted!",
    "haha exactly",
    "it's from {n}!",
    "appreciate you 🙏",
    "lol right",
    "part 2 is coming",
    "thanks for watching!",
]
FAN_ZH = [
    "{star}我永远爱你",
    "{star}好帅",
    "来了来了",
    "打卡打卡",
    "{star}要好好吃饭",
    "等你回来",
    "{star}最棒了",
    "姐姐好美",
    "哥哥辛苦了",
    "{star}生日快乐",
    "爱你爱你",
    "又是爱{star}的一天",
    "{star}的新造型绝了",
    "宝贝注意休息",
    "第一",
    "沙发给{star}",
    "今天的{star}也好可爱",
    "期待新作品",
    "冲冲冲",
]
KONGPING_ZH = [
    "{star}新剧《{work}》热播中，演技在线，期待更多好作品！",
    "{star}新歌《{work}》全网上线，快去听！",
    "《{work}》正在热映，{star}的表现太惊艳了！",
    "恭喜{star}获得年度最受欢迎艺人，实至名归！",
]
FAN_EN = [
    "Queen 👑",
    "I love you so much {star}",
    "Mother!!!",
    "Slay",
    "We love you {star}",
    "Legend",
    "{star} never misses",
    "ICON",
    "the best artist ever",
    "{star} come to my country pls",
    "Stream {work}!!",
    "crying at this",
    "so proud of you",
]
GIVE_ZH = [
    "抽我抽我",
    "许愿",
    "参与一下",
    "好运来",
    "想要！",
    "转发了 求中",
    "中中中",
    "求好运",
    "锦鲤附体",
    "参加",
    "分母",
    "已关注已转发",
    "冲",
    "蹭蹭好运",
    "求中一次",
]
GIVE_EN = [
    "Entered! 🤞",
    "Done ✅",
    "Pick me!",
    "I'd love to win this",
    "Following & shared!",
    "Fingers crossed 🤞",
    "Would love this!",
    "Entered!!",
]
VIRAL_ZH = [
    "被推荐过来的",
    "大数据把我带来了",
    "刷到好几次了",
    "这是我今天刷到最好笑的",
    "来自首页推荐",
    "怎么火的",
    "评论区好多人",
    "第N次刷到",
    "怎么这么多赞",
    "我是新来的",
]
VIRAL_EN = [
    "the algorithm brought me here",
    "this is on my fyp for the 5th time",
    "how does this have so many views lol",
    "new follower here!",
    "this blew up and i see why",
    "who else got this recommended",
]
SHOUT_ZH = ["从{big}那里过来的", "{big}推荐来的", "看了{big}的视频来的", "{big}带我来的"]
SHOUT_EN = [
    "came from @{big}'s story",
    "@{big} sent me",
    "found you through @{big}",
    "here from @{big}!",
]
DORMANT_ZH = [
    "好久不见！",
    "终于更新了",
    "以为你不做了",
    "回来了！！",
    "还记得你",
    "欢迎回来",
    "老粉报道",
]
DORMANT_EN = [
    "You're back!!",
    "missed your videos",
    "omg welcome back",
    "thought you quit",
    "finally!!",
]
SPONS_ZH = [
    "恰饭了哈哈",
    "广告也看完了",
    "打折吗",
    "有优惠码吗",
    "在哪买",
    "支持恰饭",
    "这个广告我看完了",
    "这个牌子靠谱吗",
    "真的好用吗还是广告",
    "有链接吗",
]
SPONS_EN = [
    "is this sponsored?",
    "code still working?",
    "ad but i'll allow it",
    "get that bag 💰",
    "is it actually good tho?",
    "link?",
]
LIVE_ZH = [
    "已拍",
    "主播讲得好",
    "福袋",
    "上链接",
    "怎么拍",
    "已下单",
    "还有吗",
    "几号发货",
    "买了",
    "主播太会了",
    "拍了两件",
    "返场吗",
]
BRAND_ZH = [
    "客服不回",
    "发货太慢了",
    "什么时候上新",
    "门店在哪",
    "买了，很好用",
    "售后怎么联系",
    "有活动吗",
    "质量越来越差了",
    "这个还有货吗",
    "好用回购",
]
BRAND_EN = [
    "customer service won't reply",
    "when is the restock?",
    "shipping took forever",
    "love this brand",
    "is it back in stock?",
    "my order never arrived",
]
CONTRO_ZH = [
    "不认同",
    "说得对，但是",
    "楼上说的对",
    "这都能吵起来",
    "理性讨论",
    "你根本不懂",
    "评论区吵起来了",
    "支持博主",
    "反对",
    "真的假的",
]
CONTRO_EN = [
    "hard disagree",
    "this is so wrong",
    "finally someone said it",
    "comments are wild",
    "respectfully no",
    "facts",
    "ratio",
    "this is misinformation",
]
CTA_ZH = ["1", "扣1", "要", "想要", "求", "滴滴"]
CTA_EN = ["GUIDE", "LINK", "RECIPE", "SEND", "INFO", "PLAN"]
BOT3P_ZH = ["互关", "来看看我的作品", "互粉互赞", "关注我 回关", "求关注", "看看我", "回关必回"]
BOT3P_EN = [
    "follow for follow?",
    "check out my page!",
    "f4f",
    "follow back",
    "nice! check my last post",
    "👀 my profile",
]
BIO_ZH = [
    "{cat}博主 | 分享日常 ✨",
    "📮商务合作：{mail}",
    "坐标{city} | {age}后 | 热爱生活",
    "不定期更新 {cat}",
    "一个爱{cat}的普通人",
    "合作请私信",
    "全网同名",
    "V：{id}（备注来意）",
    "记录生活 · 分享{cat}",
    "{city}｜{cat}｜真实测评不恰烂饭",
    "谢谢你的关注🌟",
    "在读研究生 | {cat}爱好者",
]
BIO_EN = [
    "{cat} | {city} | ✨",
    "📩 {mail}",
    "just sharing what I love",
    "{cat} creator • collabs: {mail}",
    "living my best life 🌿",
    "new videos every week",
    "{city} based {cat} lover",
    "she/her • {cat}",
    "dad, {cat} nerd, coffee addict",
]
BIO_LURE_ZH = [
    "主页置顶有福利🎁",
    "资源看置顶",
    "➕{v} 领取资料",
    "免费领取 {cat}资料",
    "副业交流 看简介",
    "{v}：{id}",
    "每天分享，需要的dd",
    "🍑私",
]
BIO_LURE_EN = [
    "💰 Earn from home ⬇️",
    "DM 'START' for free guide",
    "Free resources ⬇️ link in bio",
    "📈 signals in my tg",
    "collab? DM",
    "🔗 free gift below",
]
CITIES_ZH = [
    "上海",
    "北京",
    "成都",
    "杭州",
    "广州",
    "深圳",
    "重庆",
    "武汉",
    "西安",
    "南京",
    "长沙",
    "厦门",
    "苏州",
    "青岛",
    "大连",
]
CITIES_EN = [
    "NYC",
    "LA",
    "London",
    "Toronto",
    "Sydney",
    "Chicago",
    "Austin",
    "Manila",
    "Mumbai",
    "Berlin",
    "Paris",
    "Miami",
    "Seattle",
]
ZH_BRANDS = [
    "完美日记",
    "花西子",
    "雅诗兰黛",
    "兰蔻",
    "安踏",
    "李宁",
    "小米",
    "华为",
    "元气森林",
    "瑞幸",
    "蕉下",
    "珀莱雅",
    "三只松鼠",
    "vivo",
    "OPPO",
    "理想",
    "名创优品",
    "泡泡玛特",
]
EN_BRANDS = [
    "Sephora",
    "Nike",
    "Adidas",
    "Samsung",
    "Glossier",
    "HelloFresh",
    "Skillshare",
    "NordVPN",
    "Gymshark",
    "Squarespace",
    "Audible",
    "Fenty",
    "Dyson",
    "Temu",
]
STARS_ZH = ["星星", "小宇", "阿晨", "一一", "然然", "子墨", "思思", "北北"]
WORKS_ZH = ["长风", "星河", "向阳", "云端", "十年", "花期", "夜航", "逐光"]

# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------

CAT_LR = {
    "pets": 1.3,
    "comedy": 1.2,
    "dance": 1.2,
    "education": 0.8,
    "finance": 0.7,
    "auto": 0.8,
    "tech": 0.85,
    "anime": 1.1,
    "music": 1.1,
}
CAT_CR = {
    "comedy": 1.2,
    "gaming": 1.3,
    "finance": 1.2,
    "parenting": 1.3,
    "anime": 1.3,
    "music": 0.8,
    "travel": 0.8,
    "dance": 0.8,
    "beauty": 1.1,
    "auto": 1.2,
}
CAT_SR = {"comedy": 1.6, "education": 1.2, "finance": 1.3, "pets": 1.2, "dance": 0.8, "beauty": 0.8}
CAT_SV = {
    "education": 2.5,
    "finance": 2.0,
    "food": 1.8,
    "beauty": 1.5,
    "home": 1.8,
    "fitness": 1.8,
    "travel": 1.6,
    "tech": 1.2,
    "comedy": 0.4,
    "pets": 0.5,
    "dance": 0.5,
    "music": 0.6,
    "gaming": 0.6,
    "anime": 0.8,
    "fashion": 1.3,
    "parenting": 1.5,
}
PACKS = np.array(
    [
        50,
        100,
        200,
        300,
        500,
        800,
        1000,
        1500,
        2000,
        3000,
        5000,
        8000,
        10000,
        20000,
        30000,
        50000,
        100000,
        200000,
        500000,
        1000000,
    ],
    dtype=float,
)
KERNEL = (0.45, 0.3, 0.13, 0.07, 0.05)
FULLW = str.maketrans(
    "0123456789abcdefghijklmnopqrstuvwxyz",
    "０１２３４５６７８９ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ",
)
ZH_DIGIT = str.maketrans("0123456789", "零一二三四五六七八九")
CIRC_DIGIT = str.maketrans("0123456789", "⓪①②③④⑤⑥⑦⑧⑨")


def _pick(r, pairs):
    tot = 0.0
    for _, w in pairs:
        tot += w
    x = r.random() * tot
    for it, w in pairs:
        x -= w
        if x <= 0:
            return it
    return pairs[-1][0]


def _ln(r, med, sig):
    return med * math.exp(r.gauss(0.0, sig))


def _pois(rng, lam):
    if lam <= 0:
        return 0
    if lam > 1e8:
        return int(round(lam))  # noqa: RUF046
    return int(rng.poisson(lam))


def _package(r, x):
    """Round a purchase to a seller's package size most of the time."""
    if x <= 0:
        return 0.0
    if r.random() < 0.6:
        i = int(np.searchsorted(PACKS, x))
        cands = PACKS[max(0, i - 1) : i + 1]
        return float(cands[np.argmin(np.abs(np.log(cands / x)))])
    return x * r.uniform(0.9, 1.1)


def _disp_round(v, platform):
    """Counts as Chinese apps display them (1.2万, 10万+)."""
    if platform == "wechat_channels" and v >= 100000:
        return 100000
    if v >= 100000000:
        return int(round(v / 1e7) * 1e7)
    if v >= 10000:
        return int(round(v / 1000.0) * 1000)
    return v


def _obf_id(r):
    s = "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(2, 5)))
    s += str(r.randint(100, 99999999))
    x = r.random()
    if x < 0.25:
        s = s.translate(FULLW)
    elif x < 0.4:
        s = " ".join(s)
    elif x < 0.5:
        s = s.translate(CIRC_DIGIT)
    return s


def _obf_qq(r):
    q = str(r.randint(10**7, 4 * 10**9))
    x = r.random()
    if x < 0.35:
        return q.translate(ZH_DIGIT)
    if x < 0.6:
        return q.translate(CIRC_DIGIT)
    if x < 0.75:
        return "-".join(q[i : i + 3] for i in range(0, len(q), 3))
    return q


class Cr:
    """Mutable bag of everything decided about one creator."""

    pass


# ---------------------------------------------------------------------------------------------
# Setup: archetype, platform, language, size, latent rates
# ---------------------------------------------------------------------------------------------

ARCH_PLAT = {
    "hidden_likes": (("instagram", 1),),
    "celebrity": (
        ("weibo", 35),
        ("douyin", 20),
        ("instagram", 20),
        ("youtube", 10),
        ("tiktok", 10),
        ("bilibili", 5),
    ),
    "live_seller": (("douyin", 45), ("kuaishou", 40), ("wechat_channels", 15)),
    "keyword_cta": (
        ("instagram", 35),
        ("tiktok", 20),
        ("youtube", 5),
        ("rednote", 25),
        ("douyin", 15),
    ),
    "saves_heavy": (
        ("rednote", 40),
        ("douyin", 20),
        ("tiktok", 15),
        ("bilibili", 15),
        ("wechat_channels", 10),
    ),
    "giveaway": (
        ("weibo", 30),
        ("instagram", 20),
        ("rednote", 15),
        ("douyin", 12),
        ("bilibili", 10),
        ("tiktok", 8),
        ("youtube", 5),
    ),
    "engagement_pod": (
        ("instagram", 30),
        ("rednote", 22),
        ("tiktok", 13),
        ("douyin", 10),
        ("weibo", 6),
        ("bilibili", 6),
        ("youtube", 5),
        ("kuaishou", 4),
        ("wechat_channels", 4),
    ),
    "lure_spam": (
        ("douyin", 22),
        ("rednote", 22),
        ("weibo", 12),
        ("kuaishou", 12),
        ("instagram", 12),
        ("tiktok", 12),
        ("wechat_channels", 8),
    ),
    "brand_account": (
        ("weibo", 25),
        ("douyin", 20),
        ("rednote", 15),
        ("instagram", 15),
        ("wechat_channels", 10),
        ("bilibili", 5),
        ("tiktok", 5),
        ("youtube", 5),
    ),
    "controversy": (
        ("weibo", 30),
        ("douyin", 15),
        ("bilibili", 15),
        ("youtube", 15),
        ("tiktok", 10),
        ("rednote", 10),
        ("instagram", 5),
    ),
}
TIERS = ((1e3, 1e4), (1e4, 1e5), (1e5, 5e5), (5e5, 3e6), (3e6, 3e7))


def _tier(r, probs):
    i = _pick(r, tuple(zip(range(5), probs, strict=False)))
    lo, hi = TIERS[i]
    return math.exp(r.uniform(math.log(lo), math.log(hi)))


def _size(r, C):
    a, comps = C.arch, C.comps
    if a == "tiny_koc":
        return math.exp(r.uniform(math.log(100), math.log(3000)))
    if a == "celebrity":
        return math.exp(r.uniform(math.log(3e6), math.log(8e7)))
    if a == "brand_account":
        return math.exp(r.uniform(math.log(2e4), math.log(3e6)))
    if a == "spam_magnet":
        return _tier(r, (0.0, 0.45, 0.35, 0.15, 0.05))
    if a in ("keyword_cta", "saves_heavy", "controversy", "live_seller"):
        return _tier(r, (0.2, 0.4, 0.25, 0.12, 0.03))
    if a in ("viral_hit", "giveaway", "shoutout"):
        return _tier(r, (0.4, 0.4, 0.14, 0.06, 0.0))
    if a == "old_audience":
        return _tier(r, (0.15, 0.35, 0.3, 0.15, 0.05))
    if "engagement_pod" in comps or "follow_churn" in comps:
        return math.exp(r.uniform(math.log(1200), math.log(8e4)))
    if comps & {"followers_burst", "followers_drip", "followers_premium"}:
        return _tier(r, (0.3, 0.42, 0.2, 0.08, 0.0))
    if C.label:
        return _tier(r, (0.3, 0.4, 0.2, 0.08, 0.02))
    return _tier(r, (0.35, 0.35, 0.16, 0.10, 0.04))


def setup(seed, i):
    ss = np.random.SeedSequence([seed & 0xFFFFFFFF, (seed >> 32) & 0xFFFFFFFF, i, 0x5A5A])
    rng = np.random.default_rng(ss)
    r = random.Random(int(rng.integers(0, 2**62)))
    C: Any = Cr()
    C.rng, C.r, C.seed, C.i = rng, r, seed, i
    k = int(np.searchsorted(_ARCH_CUM, r.random()))
    k = min(k, len(ARCHETYPES) - 1)
    C.arch, C.label, _ = ARCHETYPES[k]
    C.comps = set(C.arch[6:].split("+")) if C.arch.startswith("combo:") else {C.arch}
    C.s = float(rng.beta(1.25, 1.7)) if C.label else 0.0
    # platform
    if C.arch in ARCH_PLAT:
        plat = _pick(r, ARCH_PLAT[C.arch])
    else:
        cand = dict(PLATFORM_W)
        if "bought_views" in C.comps:
            cand = {p: w for p, w in cand.items() if p in VIEWS_PLATFORMS}
        if "follow_churn" in C.comps:
            cand.pop("youtube", None)
            cand.pop("wechat_channels", None)
        if "lure_spam" in C.comps:
            cand.pop("youtube", None)
            cand.pop("bilibili", None)
        plat = _pick(r, tuple(cand.items()))
    C.platform = plat
    C.pp = P[plat]
    C.cn = plat in CN_PLATFORMS
    C.lang = "zh" if C.cn or r.random() < 0.1 else "en"
    if C.cn:
        C.country = _pick(r, CN_COUNTRIES)
    elif C.lang == "zh":
        C.country = _pick(
            r, (("TW", 3), ("HK", 2), ("SG", 2), ("MY", 2), ("US", 2), ("CA", 1), ("AU", 1))
        )
    else:
        C.country = _pick(r, INTL_COUNTRIES)
    C.tz = TZ[C.country]
    # category
    if "lure_spam" in C.comps:
        C.cat = r.choice(("finance", "education", "lifestyle", "fitness", "beauty"))
    elif C.arch == "saves_heavy":
        C.cat = r.choice(("education", "food", "beauty", "home", "fitness", "finance"))
    elif C.arch == "live_seller":
        C.cat = r.choice(("fashion", "food", "beauty", "home"))
    elif C.arch == "brand_account":
        C.cat = r.choice(("beauty", "food", "tech", "fashion", "auto"))
    elif C.arch == "celebrity":
        C.cat = r.choice(("music", "lifestyle", "fashion", "comedy"))
    else:
        names, cum = CAT_WP[plat]
        C.cat = names[min(int(np.searchsorted(cum, r.random())), len(names) - 1)]
    C.catv = CATS[C.cat]
    # size
    C.F = max(20, int(_size(r, C)))
    if plat == "wechat_channels" and C.arch != "celebrity":
        C.F = max(50, int(C.F * r.uniform(0.3, 1.0)))
    # time
    base = datetime(2024, 5, 1) + timedelta(days=r.randint(0, 560))
    C.asof_local = base + timedelta(seconds=r.randint(6 * 3600, 24 * 3600 - 1))
    C.sec_in_day = C.asof_local.hour * 3600 + C.asof_local.minute * 60 + C.asof_local.second
    C.asof_date = C.asof_local.date()
    C.handle = zh_handle(r) if C.lang == "zh" and (C.cn or r.random() < 0.5) else en_handle(r)
    if plat == "youtube":
        C.handle = "@" + C.handle
    return C


def latent(C):
    r, pp, a = C.r, C.pp, C.arch
    cat = C.cat
    C.lr = pp["lr"] * _ln(r, 1, 0.35) * CAT_LR.get(cat, 1.0)
    C.cr = pp["cr"] * _ln(r, 1, 0.5) * CAT_CR.get(cat, 1.0)
    C.sr = pp["sr"] * _ln(r, 1, 0.6) * CAT_SR.get(cat, 1.0)
    C.svr = pp["svr"] * _ln(r, 1, 0.5) * CAT_SV.get(cat, 1.0)
    C.coin = 0.3 * _ln(r, 1, 0.4)
    C.dm = 0.006 * _ln(r, 1, 0.6)
    C.reach = pp["reach"] * _ln(r, 1, 0.45)
    C.pool = pp["pool"] * _ln(r, 1, 0.4)
    C.sig = pp["sig"] * r.uniform(0.8, 1.2)
    C.hit_p = pp["hit"] * r.uniform(0.5, 1.5)
    C.tau = pp["tau"] * r.uniform(0.7, 1.4)
    # Weibo counts feed autoplay as plays; Kuaishou/Douyin count plays generously too
    C.autoplay = {
        "weibo": r.uniform(3, 8),
        "kuaishou": r.uniform(1.0, 1.5),
        "douyin": r.uniform(1.0, 1.4),
    }.get(C.platform, 1.0)
    C.active = r.uniform(0.2, 0.6) if C.platform == "weibo" else r.uniform(0.45, 0.9)
    C.stage = _pick(r, (("growing", 0.3), ("stable", 0.45), ("declining", 0.25)))
    F = C.F
    C.sponsor_p = (
        0.02 if F < 3000 else 0.05 if F < 1e4 else 0.12 if F < 1e5 else 0.2 if F < 5e5 else 0.24
    )
    C.reply_rate = (0.25 if F < 1e4 else 0.12 if F < 1e5 else 0.05 if F < 1e6 else 0.01) * _ln(
        r, 1, 0.7
    )
    C.spam_rate = r.uniform(0.0, 0.02) + (0.01 if F > 1e5 else 0.0)
    C.bot_share = r.uniform(0.01, 0.08) + (r.uniform(0.03, 0.2) if C.platform == "weibo" else 0.0)
    C.shown_views = C.platform in (
        "kuaishou",
        "bilibili",
        "tiktok",
        "youtube",
        "weibo",
        "instagram",
    ) or (C.platform == "douyin" and r.random() < 0.35)
    C.shown_shares = (
        C.platform in ("douyin", "kuaishou", "weibo", "bilibili", "wechat_channels", "tiktok")
        or (C.platform == "rednote" and r.random() < 0.5)
        or (C.platform == "instagram" and r.random() < 0.3)
    )
    C.shown_saves = C.platform in ("douyin", "rednote", "bilibili", "tiktok") or (
        C.platform == "wechat_channels" and r.random() < 0.5
    )
    C.rounded = (
        C.platform in ("douyin", "kuaishou", "rednote", "weibo", "wechat_channels")
        and r.random() < 0.35
    )
    C.ks_nocount = C.platform == "kuaishou" and r.random() < 0.4
    C.hide_likes_p = 0.0
    if C.platform == "instagram" and r.random() < 0.04:
        C.hide_likes_p = r.uniform(0.1, 0.5)
    # archetype-specific latent tweaks
    if a == "celebrity":
        C.active = r.uniform(0.04, 0.25)
        C.lr *= r.uniform(0.8, 2.5)
        C.sr *= r.uniform(1.0, 4.0) if C.platform == "weibo" else 1.0
        C.reply_rate = 0.0
        C.bot_share += r.uniform(0.1, 0.3)
        C.sponsor_p = 0.15
    elif a == "brand_account":
        C.lr *= r.uniform(0.25, 0.5)
        C.cr *= r.uniform(0.6, 1.0)
        C.reach *= r.uniform(0.3, 0.7)
        C.sponsor_p = 0.0
        C.reply_rate = r.uniform(0.02, 0.1)
    elif a == "old_audience":
        C.active = r.uniform(0.06, 0.2)
        C.stage = "declining"
        C.bot_share += r.uniform(0.02, 0.08)
    elif a == "saves_heavy":
        C.svr = max(C.svr, pp["svr"], 0.2) * r.uniform(2.5, 5.0)
        C.cr *= 0.7
        C.shown_saves = True
    elif a == "spam_magnet":
        C.spam_rate = r.uniform(0.08, 0.3)
        C.bot_share += r.uniform(0.08, 0.2)
    elif a == "tiny_koc":
        C.sponsor_p = 0.02
        C.stage = _pick(r, (("growing", 0.6), ("stable", 0.4)))
        C.reply_rate = r.uniform(0.2, 0.7)
    elif a == "hidden_likes":
        C.hide_likes_p = r.uniform(0.7, 1.0)
    elif a == "viral_hit":
        C.stage = "stable" if r.random() < 0.6 else "declining"
    if "follow_churn" in C.comps or "engagement_pod" in C.comps:
        C.stage = "growing" if r.random() < 0.5 else C.stage
    if "bought_views" in C.comps:
        C.shown_views = True


# ---------------------------------------------------------------------------------------------
# Posting schedule
# ---------------------------------------------------------------------------------------------


def schedule(C):
    r, a = C.r, C.arch
    n = r.randint(10, 16) if a == "tiny_koc" else int(10 + 50 * C.rng.beta(1.3, 1.5))
    if a == "celebrity":
        m = r.uniform(1.5, 6)
    elif a == "brand_account":
        m = r.uniform(0.8, 3)
    elif a == "tiny_koc":
        m = r.uniform(2, 20)
    elif a == "live_seller":
        m = r.uniform(0.8, 2.5)
    else:
        m = _pick(
            r,
            (
                (r.uniform(0.6, 1.5), 0.22),
                (r.uniform(1.5, 4), 0.38),
                (r.uniform(4, 10), 0.28),
                (r.uniform(10, 25), 0.12),
            ),
        )
    C.m = m
    kshape = r.uniform(1.2, 4.0)
    iv = C.rng.gamma(kshape, m / kshape, size=n)
    iv = np.maximum(iv, 0.02)
    hi = C.rng.random(n) < 0.02
    iv[hi] += C.rng.uniform(10, 60, size=int(hi.sum()))
    C.gap_index = None
    if a == "dormant_return":
        k_ret = r.randint(2, min(8, n - 4))
        iv[k_ret] += r.uniform(60, 300)
        C.gap_index = k_ret  # posts [0, k_ret) are the comeback posts
    a0 = r.expovariate(1.0 / max(0.3, min(m, 7) * 0.5))
    ages = a0 + np.concatenate(([0.0], np.cumsum(iv[1:])))  # days, most recent first
    # hours
    if C.cn or C.lang == "zh":
        hpref = [r.choice((7, 8, 11, 12, 12, 17, 18, 18, 19, 20, 20, 21, 21, 22))]
    else:
        hpref = [r.choice((7, 9, 11, 12, 15, 17, 18, 19, 20, 21))]
    if r.random() < 0.5:
        hpref.append(r.choice((12, 18, 19, 20, 21, 22, 9)))
    sched = r.random() < 0.15
    weekday_only = a == "brand_account" and r.random() < 0.6
    ts = []
    for ag in ages:
        day = math.floor((C.sec_in_day - ag * 86400.0) / 86400.0)  # <= 0
        if r.random() < 0.8:
            h = r.choice(hpref) + r.gauss(0, 0.8 if not sched else 0.0)
        else:
            h = _pick(r, tuple(zip(range(24), HOUR_W, strict=False))) + r.random()
        h = min(max(h, 0.0), 23.99)
        if sched:
            sec = int(h) * 3600 + r.choice((0, 0, 0, 1800))
        else:
            sec = int(h * 3600) + r.randint(0, 59)
        if weekday_only:
            wd = (C.asof_date + timedelta(days=day)).weekday()
            if wd >= 5:
                day -= wd - 4
        t = day * 86400 + sec - C.sec_in_day
        if t > -900:
            t = -r.uniform(900, 6 * 3600)
        ts.append(float(t))
    ts.sort(reverse=True)
    C.n = n
    C.t = np.array(ts)  # seconds relative to as_of (local), most recent first
    C.age = -C.t / 86400.0
    C.span = float(C.age.max())
    C.hour = np.array([((C.sec_in_day + t) % 86400) / 3600.0 for t in ts])
    # formats
    fm = C.pp["fmts"]
    C.fmt = [_pick(r, fm) for _ in range(n)]
    if a == "live_seller":
        for j in range(n):
            if r.random() < r.uniform(0.15, 0.3):
                C.fmt[j] = "live"
    topics = []
    for _j in range(n):
        noun = r.choice(C.catv[0] if C.lang == "zh" else C.catv[2])
        topics.append(noun)
    C.noun = topics


# ---------------------------------------------------------------------------------------------
# Post strength (relative reach) and genuine per-post events
# ---------------------------------------------------------------------------------------------

FMT_REACH = {
    ("instagram", "video"): 2.5,
    ("weibo", "text"): 0.7,
    ("weibo", "video"): 1.3,
    ("bilibili", "text"): 0.25,
    ("tiktok", "image"): 0.7,
    ("douyin", "image"): 0.8,
    ("rednote", "video"): 0.9,
}
FMT_LR = {
    ("instagram", "video"): 0.45,
    ("rednote", "video"): 0.85,
    ("douyin", "image"): 0.8,
    ("bilibili", "text"): 1.3,
    ("weibo", "text"): 0.8,
}
FMT_SV = {
    ("rednote", "video"): 0.7,
    ("douyin", "image"): 1.6,
    ("tiktok", "image"): 1.3,
    ("bilibili", "text"): 0.6,
}


def strengths(C):
    r, rng, n, a = C.r, C.rng, C.n, C.arch
    s = np.exp(rng.normal(0.0, C.sig, n))
    hits = rng.random(n) < C.hit_p
    s[hits] *= np.exp(rng.uniform(1.4, 4.5, int(hits.sum())))
    flops = (~hits) & (rng.random(n) < 0.1)
    s[flops] *= rng.uniform(0.1, 0.4, int(flops.sum()))
    C.viral_idx = -1
    C.give_idx = -1
    if a == "viral_hit" or (a == "tiny_koc" and r.random() < 0.3):
        cand = [j for j in range(n) if 2.5 < C.age[j] < 200] or list(range(n))
        j = r.choice(cand)
        s[j] = float(np.median(s)) * (r.uniform(30, 300) if a == "viral_hit" else r.uniform(8, 50))
        C.viral_idx = j
        if a == "viral_hit" and r.random() < 0.4:
            j2 = r.randrange(n)
            if j2 != j:
                s[j2] *= r.uniform(3, 10)
    if a == "giveaway":
        cand = (
            [j for j in range(n) if 15 < C.age[j] < 200]
            or [j for j in range(n) if C.age[j] > 3]
            or [n - 1]
        )
        C.give_idx = r.choice(cand)
        s[C.give_idx] *= r.uniform(2, 5)
    x = C.age / max(C.span, 1.0)
    if C.stage == "growing":
        trend = np.exp(-r.uniform(0.3, 1.2) * x)
    elif C.stage == "declining":
        trend = np.exp(r.uniform(0.3, 1.0) * x)
    else:
        trend = np.exp(r.uniform(-0.2, 0.2) * x)
    if C.gap_index is not None:
        trend[: C.gap_index] *= r.uniform(0.25, 0.6)
    fr = np.array([FMT_REACH.get((C.platform, f), 1.0) for f in C.fmt])
    hf = np.array([0.78 + 0.3 * HOUR_W[(int(h) + 1) % 24] for h in C.hour])
    wk = (
        1.12
        if C.cat in ("food", "travel", "lifestyle", "comedy", "pets", "gaming")
        else (0.9 if C.cat in ("education", "finance", "tech", "auto") else 1.0)
    )
    for j in range(n):
        dd = math.floor((C.sec_in_day + C.t[j]) / 86400.0)
        if (C.asof_date + timedelta(days=dd)).weekday() >= 5:
            hf[j] *= wk
    spons = rng.random(n) < C.sponsor_p
    for j in (C.viral_idx, C.give_idx):
        if j >= 0:
            spons[j] = False
    C.spons = spons
    C.strength = s
    # hidden sub-formats: YouTube Shorts (more plays, fewer comments), Douyin/Kuaishou long videos
    C.lrm = np.ones(n)
    C.crm = np.ones(n)
    sub = np.ones(n)
    if C.platform == "youtube":
        sh = rng.random(n) < r.uniform(0.0, 0.7)
        sub[sh] = rng.uniform(1.5, 4.0, int(sh.sum()))
        C.lrm[sh] = 0.9
        C.crm[sh] = 0.35
    elif C.platform in ("douyin", "kuaishou", "bilibili") and C.cat in (
        "education",
        "tech",
        "finance",
        "auto",
    ):
        lg = rng.random(n) < 0.3  # long explainers: fewer plays, more comments and saves per like
        sub[lg] = 0.6
        C.crm[lg] = 1.4
    C.rel = s * fr * hf * trend * sub * np.where(spons, 0.75, 1.0)
    # legitimate paid promotion (Dou+, 薯条, 粉条, 起飞, Boost, Promote)
    C.promo = np.ones(n)
    use_promo = (
        a == "paid_promotion"
        or (not C.label and a == "ordinary" and r.random() < 0.15)
        or (C.label and r.random() < 0.12)
    )
    if use_promo:
        share = r.uniform(0.15, 0.45) if a == "paid_promotion" else r.uniform(0.05, 0.15)
        pick = rng.random(n) < share
        pick |= spons & (rng.random(n) < (0.5 if a == "paid_promotion" else 0.3))
        if a == "paid_promotion" and not pick.any():
            pick[r.randrange(n)] = True
        C.promo[pick] = rng.uniform(2.0, 15.0 if a == "paid_promotion" else 6.0, int(pick.sum()))
    C.contro = np.zeros(n, bool)
    if a == "controversy":
        C.contro = rng.random(n) < r.uniform(0.25, 0.5)
        C.contro[r.randrange(n)] = True
    C.cta = np.zeros(n, bool)
    if a == "keyword_cta":
        C.cta = rng.random(n) < r.uniform(0.3, 0.7)
        C.cta[r.randrange(n)] = True
        if C.lang == "zh":
            C.cta_word = r.choice(CTA_ZH)
        else:
            C.cta_word = {
                "food": "RECIPE",
                "fitness": "PLAN",
                "finance": "GUIDE",
                "education": "GUIDE",
                "travel": "ITINERARY",
            }.get(C.cat, r.choice(("LINK", "INFO", "SEND", "GUIDE")))
        C.cta_share = r.uniform(0.35, 0.8)


# ---------------------------------------------------------------------------------------------
# Follower paths (real, bought, follow-back) and following count
# ---------------------------------------------------------------------------------------------


def _launch_days(C):
    y = C.pp["launch"]
    launch = date(int(y), 1, 1) + timedelta(days=int((y % 1) * 365))
    return (C.asof_date - launch).days


def followers(C):
    r, rng, a, s = C.r, C.rng, C.arch, C.s
    comps = C.comps
    hist_len = r.randint(90, 365)
    D = int(min(max(hist_len, math.ceil(C.span) + 15), 1300))
    launch_days = _launch_days(C)
    if a == "tiny_koc" or (C.F < 3000 and r.random() < 0.5):
        acc_age = int(C.span + r.uniform(10, 400))
    else:
        acc_age = int(C.span + r.uniform(60, 2500))
    acc_age = max(min(acc_age, launch_days - 5), int(C.span) + 3)
    C.acc_age = acc_age
    jc = D - 1 - acc_age  # creation day index (may be negative)
    C.D = D
    C.hist_start = max(D - hist_len, jc + 3, 0)
    C.jp = np.array([D - 1 + math.floor((C.sec_in_day + t) / 86400.0) for t in C.t], dtype=int)
    F = C.F
    # bought / follow-back shares of the displayed count at as_of
    has_b = bool(comps & {"followers_burst", "followers_drip", "followers_premium"})
    has_c = "follow_churn" in comps
    fake_frac = float(np.clip(0.06 + 0.72 * s + r.gauss(0, 0.05), 0.04, 0.93)) if has_b else 0.0
    if "lure_spam" in comps and not has_b and r.random() < 0.5:
        has_b = True
        fake_frac = float(np.clip(0.05 + 0.4 * s, 0.04, 0.6))
        C.b_kind = "followers_burst"
    c_frac = float(np.clip(0.1 + 0.5 * s + r.gauss(0, 0.04), 0.06, 0.75)) if has_c else 0.0
    if fake_frac + c_frac > 0.95:
        c_frac = 0.95 - fake_frac
    B_end = F * fake_frac
    Cc_end = F * c_frac
    Fr_end = max(10.0, F - B_end - Cc_end)
    C.has_b, C.has_c = has_b, has_c
    # ---- real followers: growth driven by posts ----
    size_f = float(np.clip((Fr_end / 1e4) ** -0.25, 0.12, 2.5))
    m = C.m
    relf = C.rel * (1 + (C.promo - 1) * 0.25)
    if C.stage == "growing":
        conv = r.uniform(0.003, 0.012)
        delta = -r.uniform(0.0005, 0.003) * min(1.5, size_f)
    elif C.stage == "stable":
        conv = r.uniform(0.0015, 0.006)
        delta = r.uniform(-0.0003, 0.0002)
    else:
        conv = r.uniform(0.0005, 0.003)
        delta = r.uniform(0.0001, 0.0008)
    base_reach = C.pool + C.reach * (Fr_end * C.active) ** 0.88 * 10000**0.12
    cap = 2.5 if a == "viral_hit" else 1.2
    gains = conv * base_reach * relf / Fr_end
    if C.viral_idx >= 0:
        gains[C.viral_idx] *= r.uniform(2, 6)
    gains = np.minimum(gains, cap)
    gp = conv * base_reach / Fr_end
    u = float(np.median(gains)) / m + delta
    rr = np.full(D, -u) + rng.normal(0, 0.0004, D)
    for j in range(C.n):
        g = gains[j]
        d0 = C.jp[j]
        for k, w in enumerate(KERNEL):
            if 0 <= d0 + k < D:
                rr[d0 + k] += g * w
    lo = C.hist_start + 5
    hi = D - 3
    C.event_day = None
    if a == "shoutout":
        post_days = set(int(x) for x in C.jp)
        cands = [d for d in range(lo, hi) if d not in post_days] or list(range(lo, hi))
        d = r.choice(cands)
        J = r.uniform(0.08, 0.8) * min(1.5, size_f)
        rr[d] += J * 0.6
        rr[min(d + 1, D - 1)] += J * 0.3
        rr[min(d + 2, D - 1)] += J * 0.1
        C.event_day = d
        C.big = zh_nick(r) if C.lang == "zh" else en_handle(r)
    if a == "giveaway" and C.give_idx >= 0:
        d = int(C.jp[C.give_idx])
        J = r.uniform(0.05, 0.6) * min(1.5, size_f)
        for k, w in enumerate((0.5, 0.3, 0.12, 0.08)):
            if 0 <= d + k < D:
                rr[d + k] += J * w
        dd = d + r.randint(5, 14)
        loss = J * r.uniform(0.2, 0.5)
        for k in range(10):
            if 0 <= dd + k < D:
                rr[dd + k] -= loss / 10
        C.giveaway_gain = J
    if (
        a == "platform_purge"
        or (not C.label and r.random() < 0.05)
        or (C.label and r.random() < 0.08)
    ):
        d = r.randint(lo, hi) if hi > lo else D - 5
        frac = (
            r.uniform(0.03, 0.3 if C.platform == "weibo" else 0.18)
            if a == "platform_purge"
            else r.uniform(0.01, 0.06)
        )
        rr[d] += math.log(1 - frac)
        C.purge_day, C.purge_frac = d, frac
    else:
        C.purge_day = None
    if a == "live_seller":
        for d in range(max(0, D - int(C.span) - 5), D):
            if r.random() < 0.35:
                rr[d] += r.uniform(0.002, 0.025) * min(2.0, size_f)
    if C.gap_index is not None:
        g_lo = int(C.jp[C.gap_index]) + 1
        g_hi = int(C.jp[C.gap_index - 1]) if C.gap_index > 0 else D
        rr[max(0, g_lo) : max(0, g_hi)] -= r.uniform(0.0002, 0.001)
    S = np.concatenate((np.cumsum(rr[::-1])[::-1][1:], [0.0]))
    Fr = Fr_end * np.exp(-S)
    sd = np.sqrt(Fr * (gp / m + abs(u)) * 0.6 + 1.0)
    e = rng.normal(0, 1, D) * sd
    walk = np.concatenate((np.cumsum(e[::-1])[::-1][1:], [0.0]))
    Fr = np.maximum(Fr - walk, 0.0)
    if jc >= 0:
        Fr[: jc + 1] = 0.0
    C.Fr = Fr
    # ---- bought followers ----
    B = np.zeros(D)
    C.buy_days = []
    if has_b:
        kinds = [
            k for k in ("followers_burst", "followers_drip", "followers_premium") if k in comps
        ]
        kind = kinds[0] if kinds else getattr(C, "b_kind", "followers_burst")
        C.b_kind = kind
        inc = np.zeros(D)
        hs = C.hist_start
        b0 = 0.0
        if kind == "followers_burst":
            legacy = r.random() < 0.2
            pitch = r.random() < 0.3
            nb = r.randint(1, 2 + int(5 * s))
            for _ in range(nb):
                if legacy:
                    b0 += r.uniform(0.5, 1.5)
                    continue
                d = r.randint(max(hs, D - 45), D - 2) if pitch else r.randint(hs, D - 2)
                amt = r.uniform(0.5, 1.5)
                mdays = r.choice((1, 1, 2, 3, 5, 7))
                for k in range(mdays):
                    if d + k < D:
                        inc[d + k] += amt / mdays
                C.buy_days.append(d)
                delta = r.uniform(0.0, 0.3)
                tau = r.uniform(10, 40)
                for k in range(mdays, min(D - d, 120)):
                    inc[d + k] -= (
                        amt
                        * delta
                        * (math.exp(-(k - mdays) / tau) - math.exp(-(k - mdays + 1) / tau))
                    )
            if legacy:
                inc -= b0 * r.uniform(0, 0.0008)
        elif kind == "followers_drip":
            start = r.randint(max(0, hs - 120), max(hs + 1, D - 40))
            end = D if r.random() < 0.7 else r.randint(min(start + 30, D - 1), D)
            cv = r.uniform(0.05, 0.35)
            base = 1.0
            for d in range(start, end):
                inc[d] = max(0.0, base * (1 + r.gauss(0, cv)))
                if r.random() < 0.01:
                    base *= r.uniform(0.6, 1.6)
            if start < hs:
                b0 = 0.0
            C.buy_days = [start]
        else:  # premium: slow ramps
            for _ in range(r.randint(1, 3 + int(2 * s))):
                d = r.randint(max(0, hs - 30), D - 3)
                L = r.randint(5, 20)
                amt = r.uniform(0.5, 1.5)
                for k in range(L):
                    if d + k < D:
                        inc[d + k] += amt / L * r.uniform(0.6, 1.4)
                C.buy_days.append(d)
        Bp = b0 + np.cumsum(inc)
        if r.random() < 0.15 and hs < D - 10:
            d = r.randint(hs, D - 5)
            Bp[d:] -= Bp[d] * r.uniform(0.2, 0.6)
            C.purge_day = d
        Bp = np.maximum(Bp, 0.0)
        if Bp[-1] <= 1e-9:
            Bp[-1] = 1.0
        B = Bp * (B_end / Bp[-1])
    C.B = B
    # ---- following count and follow-back followers ----
    fo_end = _ln(r, 180 if C.platform != "weibo" else 500, 0.8) if C.cn else _ln(r, 450, 0.8)
    if a == "celebrity":
        fo_end = _ln(r, 150, 0.7)
    elif a == "brand_account":
        fo_end = _ln(r, 40, 0.9)
    fo_end = int(min(fo_end, 4900))
    steps = np.where(rng.random(D) < 0.08, rng.integers(1, 6, D), 0) - np.where(
        rng.random(D) < 0.02, 1, 0
    )
    Fo = fo_end - np.concatenate((np.cumsum(steps[::-1])[::-1][1:], [0]))
    Fo = np.maximum(Fo, 0).astype(float)
    Cc = np.zeros(D)
    if has_c:
        capf = (
            7500
            if C.platform == "instagram"
            else 10000
            if C.platform == "tiktok"
            else (3000 if C.platform == "weibo" else 5000)
        )
        base_fo = min(_ln(r, 400, 0.6), capf * 0.4)
        amp = min(200 + 6000 * s**1.2 * r.uniform(0.6, 1.3), capf - base_fo)
        start = 0 if s > 0.5 else r.randint(0, max(1, D - 80))
        fb = r.uniform(0.08, 0.25)
        loss = r.uniform(0.3, 0.7)
        inc = np.zeros(D)
        Fo[:start] = np.minimum(Fo[:start], base_fo)
        j = start
        level = base_fo
        while j < D:
            Pd = r.randint(6, 25)
            k_un = r.randint(1, 3)
            fd = amp / max(1, Pd - k_un)
            got = 0.0
            for d in range(Pd - k_un):
                if j + d >= D:
                    break
                f = fd * r.uniform(0.6, 1.4)
                level += f
                Fo[j + d] = level
                if j + d + 1 < D:
                    inc[j + d + 1] += f * fb
                got += f * fb
            keep = r.uniform(0.02, 0.12) * amp
            target = base_fo + keep
            for d in range(Pd - k_un, Pd):
                if j + d >= D:
                    break
                level = level - (level - target) / max(1, Pd - d)
                Fo[j + d] = level
            base_fo = min(target, capf * 0.5)
            level = base_fo
            for k in range(7):
                if j + Pd + k < D:
                    inc[j + Pd + k] -= got * loss / 7
            j += Pd
        Cp = np.maximum(np.cumsum(inc), 0.0)
        if Cp[-1] <= 1e-9:
            Cp[-1] = 1.0
        Cc = Cp * (Cc_end / Cp[-1])
    C.Cc = Cc
    C.Fo = np.maximum(Fo, 0)
    C.Disp = np.round(C.Fr + C.B + C.Cc).astype(np.int64)
    C.Disp[C.Disp < 0] = 0
    C.F_end = int(C.Disp[-1])
    C.B_end, C.C_end = float(C.B[-1]), float(C.Cc[-1])


# ---------------------------------------------------------------------------------------------
# Post metrics: organic, legitimate promotion, then bought / coordinated additions
# ---------------------------------------------------------------------------------------------


def _sat(age, tau):
    return 0.85 * (1 - math.exp(-age / tau)) + 0.15 * (1 - math.exp(-age / (8 * tau)))


def _exp_likes(C, F):
    pp = C.pp
    return (pp["pool"] + pp["reach"] * (0.7 * F) ** 0.88 * 10000**0.12) * pp["lr"]


def metrics(C):
    r, rng, n, pf = C.r, C.rng, C.n, C.platform
    E = {
        k: np.zeros(n)
        for k in ("views", "likes", "comments", "shares", "saves", "coins", "danmaku")
    }
    for j in range(n):
        jp = C.jp[j]
        fr = C.Fr[jp] if jp >= 0 else C.Fr[0]
        cc = C.Cc[jp] if jp >= 0 else 0.0
        fact = fr * C.active + cc * 0.03
        age = C.age[j]
        fmt = C.fmt[j]
        if fmt == "live":
            v = (C.pool + fact * r.uniform(0.03, 0.4)) * r.uniform(0.5, 2.0)
            E["views"][j] = v
            E["likes"][j] = v * r.uniform(3, 40)
            E["comments"][j] = v * r.uniform(0.05, 0.4)
            E["shares"][j] = v * r.uniform(0.002, 0.02)
            continue
        reach = (C.pool * r.uniform(0.6, 1.4) + C.reach * fact**0.88 * 10000**0.12) * C.rel[j]
        sat = _sat(age, C.tau)
        v = reach * sat
        lrp = (
            C.lr
            * FMT_LR.get((pf, fmt), 1.0)
            * math.exp(r.gauss(0, 0.2))
            * C.strength[j] ** 0.08
            * C.lrm[j]
        )
        if C.spons[j]:
            lrp *= 0.8
        lk = v * lrp
        crm = math.exp(r.gauss(0, 0.45)) * (1.15 if C.spons[j] else 1.0) * C.crm[j]
        srm = math.exp(r.gauss(0, 0.7)) * (0.6 if C.spons[j] else 1.0)
        if j == C.give_idx:
            crm *= r.uniform(8, 40)
            srm *= r.uniform(3, 15)
            lk *= 1.5
        if C.contro[j]:
            crm *= r.uniform(3, 10)
            srm *= r.uniform(1.5, 3)
            lk *= r.uniform(0.6, 1.0)
        if C.cta[j]:
            crm *= r.uniform(2, 6)
        cm = lk * C.cr * crm
        sh = lk * C.sr * srm
        sv = lk * C.svr * math.exp(r.gauss(0, 0.4)) * FMT_SV.get((pf, fmt), 1.0)
        if C.promo[j] > 1:
            pv = reach * (C.promo[j] - 1) * _sat(age, 1.0)
            pl = pv * lrp * r.uniform(0.4, 0.75)
            v += pv
            lk += pl
            cm += pl * C.cr * crm * 0.5
            sh += pl * C.sr * srm * 0.5
            sv += pl * C.svr * 0.7
        E["views"][j] = v * (C.autoplay if fmt == "video" else 1.0)
        E["likes"][j] = lk
        E["comments"][j] = cm
        E["shares"][j] = sh
        E["saves"][j] = sv
        if pf == "bilibili":
            E["coins"][j] = (
                lk * C.coin * math.exp(r.gauss(0, 0.35)) * (0.5 if fmt == "text" else 1.0)
            )
            E["danmaku"][j] = 0.0 if fmt == "text" else v * C.dm * math.exp(r.gauss(0, 0.6))
    C.E = E
    # organic draws
    Org = {k: np.array([_pois(rng, x) for x in E[k]], dtype=float) for k in E}
    C.O = Org
    # additions
    A = {k: np.zeros(n) for k in ("views", "likes", "shares", "saves", "coins")}
    K = {
        k: np.zeros(n, dtype=int)
        for k in ("bot", "pod", "ai", "plant", "lreply", "fb", "spam", "bot3p")
    }
    C.A, C.K = A, K
    nonlive = [j for j in range(n) if C.fmt[j] != "live"] or list(range(n))
    C.med_likes = max(1.0, float(np.median(Org["likes"][nonlive])))
    C.med_com = max(1.0, float(np.median(Org["comments"][nonlive])))
    C.med_views = max(10.0, float(np.median(Org["views"][nonlive])))
    comps = C.comps
    if "bought_likes" in comps:
        fx_likes(C, 1.0)
    elif "lure_spam" in comps and r.random() < 0.5:
        fx_likes(C, 0.5)
    elif C.has_b and r.random() < 0.25:
        fx_likes(C, 0.4)  # bought-follower accounts often top up likes a little
    if "bought_views" in comps:
        fx_views(C)
    if "bot_comments" in comps:
        fx_bot(C)
    if "engagement_pod" in comps:
        fx_pod(C)
    if "ai_praise" in comps:
        fx_ai(C)
    if "lure_spam" in comps:
        fx_lure(C)
    if "follow_churn" in comps:
        for j in range(n):
            K["fb"][j] = _pois(rng, C.med_com * r.uniform(0.03, 0.2) + 0.3)
    # third-party spam and stray bots for everybody
    for j in range(n):
        oc = Org["comments"][j]
        pop = 1.0 + min(3.0, math.log10(1 + Org["likes"][j]) / 2)
        K["spam"][j] = _pois(rng, oc * C.spam_rate * pop * 0.5)
        K["bot3p"][j] = _pois(rng, oc * C.bot_share * 0.15)


def _targets(C, base_share):
    r, n, s = C.r, C.n, C.s
    mode = _pick(
        r,
        (
            ("all", 0.15 + 0.25 * s),
            ("subset", 0.35),
            ("pitch", 0.3),
            ("sponsored", 0.15 if C.spons.any() else 0.0),
        ),
    )
    if mode == "all":
        t = np.ones(n, bool)
        if s < 0.5:
            t &= C.rng.random(n) > 0.1
    elif mode == "subset":
        t = C.rng.random(n) < r.uniform(0.25, 0.7) * base_share
    elif mode == "pitch":
        t = C.age <= r.uniform(10, 45)
        if t.sum() < 3:
            t[: r.randint(3, min(8, n))] = True
    else:
        t = C.spons | (C.rng.random(n) < 0.2)
    if not t.any():
        t[r.randrange(n)] = True
    return t, mode


def fx_likes(C, scale):
    r, s = C.r, C.s * scale
    t, mode = _targets(C, 1.0)
    C.likes_mode = mode
    plaus = _exp_likes(C, C.F) * r.uniform(0.6, 1.5)
    A = C.med_likes * (0.3 + 5 * s**1.3)
    if C.has_b:
        A = max(A, (plaus - C.med_likes) * r.uniform(0.5, 1.1))
    A = max(A, r.uniform(30, 150))
    instant = r.random() < 0.45 + 0.45 * s
    drip = r.uniform(1, 5)
    buy_v = r.random() < 0.15 + 0.6 * (1 - s)
    buy_sv = r.random() < (0.85 if C.platform == "rednote" else 0.6) * (1 - s)
    buy_sh = r.random() < 0.3 * (1 - s)
    for j in np.nonzero(t)[0]:
        if C.fmt[j] == "live":
            continue
        pk = _package(r, A * math.exp(r.gauss(0, 0.15))) * (1 - r.uniform(0, 0.12))
        if not instant:
            pk *= min(1.0, C.age[j] / drip)
        C.A["likes"][j] += pk
        # bots that like usually register a play; careful buyers add plays at a normal rate
        if buy_v:
            C.A["views"][j] += pk / (
                C.lr * FMT_LR.get((C.platform, C.fmt[j]), 1.0) * r.uniform(0.8, 1.6)
            )
        else:
            C.A["views"][j] += pk * r.uniform(1.0, 1.5)
        if buy_sv and C.svr > 0:
            C.A["saves"][j] += pk * C.svr * r.uniform(0.4, 1.0)
            if C.platform == "bilibili":
                C.A["coins"][j] += pk * C.coin * r.uniform(0.4, 1.0)
        if buy_sh and C.sr > 0:
            C.A["shares"][j] += pk * C.sr * r.uniform(0.3, 0.8)


def fx_views(C):
    r, s, n = C.r, C.s, C.n
    elig = np.array(
        [
            C.fmt[j] in ("video", "live")
            or C.platform in ("tiktok", "kuaishou", "bilibili", "youtube")
            for j in range(n)
        ]
    )
    if not elig.any():
        for jv in range(0, n, 2):
            C.fmt[jv] = "video"
        elig = np.array([f == "video" for f in C.fmt])
    t, _mode = _targets(C, 1.0)
    t &= elig
    if not t.any():
        t[int(np.nonzero(elig)[0][0])] = True
    V = C.med_views * (1 + 15 * s**1.2)
    top = r.random() < 0.4
    for j in np.nonzero(t)[0]:
        pk = _package(r, V * math.exp(r.gauss(0, 0.2))) * (1 - r.uniform(0, 0.08))
        C.A["views"][j] += pk
        if top:
            C.A["likes"][j] += pk * r.uniform(0.002, 0.01)


def fx_bot(C):
    r, s = C.r, C.s
    t, _ = _targets(C, 1.3)
    instant = r.random() < 0.5 + 0.4 * s
    for j in np.nonzero(t)[0]:
        k = C.med_com * (0.4 + 6 * s) * math.exp(r.gauss(0, 0.4)) + r.uniform(3, 10 + 60 * s)
        if not instant:
            k *= min(1.0, C.age[j] / 2.0)
        C.K["bot"][j] += int(k)
        if r.random() < 0.3:
            C.A["likes"][j] += k * r.uniform(1, 5)
    pool_zh, pool_en = BOT_ZH, BOT_EN
    pool = pool_zh if C.lang == "zh" else pool_en
    npool = r.randint(6, 14) if s > 0.55 else r.randint(18, len(pool))
    C.bot_texts = r.sample(pool, min(npool, len(pool)))
    C.bot_decor = s < 0.55
    C.bot_copy = s < 0.4 and r.random() < 0.6
    nauth = r.randint(12, 60) if s > 0.5 else r.randint(80, 400)
    C.bot_authors = [_bot_name(C, cheap=r.random() < 0.4 + 0.5 * s) for _ in range(nauth)]
    C.bot_timing = _pick(r, (("instant", 0.5), ("batch", 0.25), ("spread", 0.25 + 0.3 * (1 - s))))
    C.bot_batch_hour = r.choice((1, 2, 3, 4, 5, 14, 15))


def fx_pod(C):
    r, s, n, rng = C.r, C.s, C.n, C.rng
    zh = C.lang == "zh"
    M = r.randint(15, 80) if zh and r.random() < 0.5 else r.randint(8, 40)
    part = r.uniform(0.3, 0.8) * (0.7 + 0.3 * s) * (0.6 if M > 40 else 1.0)
    join_age = r.uniform(min(30, C.span), C.span + 1)
    C.pod = [zh_nick(r) if zh else en_handle(r) for _ in range(M)]
    for j in range(n):
        if C.age[j] > join_age:
            continue
        k = int(rng.binomial(M, part))
        if r.random() < 0.15:
            k += int(k * 0.3)
        C.K["pod"][j] += k
        C.A["likes"][j] += k + int(rng.binomial(M, 0.3))
        if C.svr > 0 or C.platform == "instagram":
            C.A["saves"][j] += k * r.uniform(0.3, 0.9)


def fx_ai(C):
    r, s = C.r, C.s
    t, _ = _targets(C, 1.3)
    top = r.random() < 0.5
    for j in np.nonzero(t)[0]:
        k = C.med_com * (0.3 + 3 * s) * math.exp(r.gauss(0, 0.4)) + r.uniform(2, 6 + 30 * s)
        C.K["ai"][j] += int(k)
        if top:
            C.A["likes"][j] += k * r.uniform(2, 10)
    nauth = r.randint(20, 200)
    C.ai_authors = [_bot_name(C, cheap=r.random() < 0.3) for _ in range(nauth)]


def fx_lure(C):
    r, s, n = C.r, C.s, C.n
    for j in range(n):
        k = C.med_com * (0.5 + 5 * s) * math.exp(r.gauss(0, 0.4)) + r.uniform(2, 20)
        C.K["plant"][j] += int(k)
        C.K["lreply"][j] += int(k * r.uniform(0.3, 0.8))
    C.plant_authors = [_bot_name(C, cheap=r.random() < 0.5) for _ in range(r.randint(20, 100))]


def _bot_name(C, cheap):
    r = C.r
    if C.lang == "zh":
        if cheap:
            return (
                zh_default_name(r, C.platform)
                if r.random() < 0.7
                else (r.choice(ZH_SURNAME) + r.choice(ZH_GIVEN) + r.choice(ZH_GIVEN))
            )
        return zh_nick(r)
    if cheap:
        return (
            en_default_name(r, C.platform)
            if r.random() < 0.5
            else (r.choice(EN_FIRST) + "_" + r.choice(EN_LAST) + str(r.randint(1000, 99999)))
        )
    return en_handle(r)


def finalize_posts(C):
    """Integer counts, display rounding, visibility flags."""
    r, n = C.r, C.n
    Org, A, K = C.O, C.A, C.K
    C.likes = Org["likes"] + np.round(A["likes"])
    C.views = Org["views"] + np.round(A["views"])
    C.shares = Org["shares"] + np.round(A["shares"])
    C.saves = Org["saves"] + np.round(A["saves"])
    C.coins = Org["coins"] + np.round(A["coins"])
    C.danmaku = Org["danmaku"]
    # organic comment total includes the creator's own replies
    C.org_aud = np.zeros(n, dtype=int)
    C.org_rep = np.zeros(n, dtype=int)
    for j in range(n):
        oc = int(Org["comments"][j])
        rep = round(oc * C.reply_rate / (1 + C.reply_rate) * r.uniform(0.5, 1.5))
        rep = min(rep, oc)
        C.org_rep[j] = rep
        C.org_aud[j] = oc - rep
    fake = sum(K[k] for k in K)
    C.com_total = C.org_aud + C.org_rep + fake


# ---------------------------------------------------------------------------------------------
# Comment texts
# ---------------------------------------------------------------------------------------------


def _zh_emo(r, C, k):
    emo = ZH_EMOTICON.get(C.platform)
    out = []
    for _ in range(k):
        if emo and r.random() < 0.6:
            out.append(r.choice(emo))
        else:
            out.append(r.choice(UNI_EMOJI))
    return "".join(out)


def _fill(r, tpl, C, j, zh=True):
    cv = C.catv
    n = C.noun[j] if r.random() < 0.5 else r.choice(cv[0] if zh else cv[2])
    a = r.choice(cv[1] if zh else cv[3])
    out = tpl
    if "{n}" in out:
        out = out.replace("{n}", n)
    if "{a}" in out:
        out = out.replace("{a}", a, 1)
    if "{a}" in out or "{a2}" in out:
        out = out.replace("{a2}", r.choice(cv[1] if zh else cv[3])).replace("{a}", a)
    if "{neg}" in out:
        out = out.replace("{neg}", r.choice(ZH_NEG if zh else EN_NEG))
    if "{to}" in out:
        out = out.replace(
            "{to}",
            r.choice(ZH_TO) if r.random() < 0.6 else r.choice(ZH_TO_P.get(C.platform, ZH_TO)),
        )
    if "{ts}" in out:
        out = out.replace("{ts}", f"{r.randint(0, 14):02d}:{r.randint(0, 59):02d}")
    if "{y}" in out:
        out = out.replace("{y}", str(C.asof_date.year))
    return out


def zh_base(r, C, j):
    x = r.random()
    if x < 0.2:
        y = r.random()
        if y < 0.3:
            t = "哈" * r.randint(3, 14)
        elif y < 0.4:
            t = "啊" * r.randint(2, 8) + r.choice(("好看", "好可爱", "好帅", "好美", ""))
        else:
            t = r.choice(ZH_SHORT)
    elif x < 0.33:
        t = _fill(r, r.choice(ZH_QC[C.cat]), C, j)
    elif x < 0.45:
        t = _fill(r, r.choice(ZH_EC[C.cat]), C, j)
    elif x < 0.56:
        t = _fill(r, r.choice(ZH_PRAISE), C, j)
    elif x < 0.64:
        t = _fill(r, r.choice(ZH_BANTER), C, j)
    elif x < 0.68:
        t = "@" + zh_nick(r) + " " + r.choice(ZH_TAGS)
    elif x < 0.76:
        return _zh_emo(r, C, r.randint(1, 4))
    elif x < 0.81:
        t = _fill(r, r.choice(ZH_CRIT), C, j)
    elif x < 0.85:
        t = _fill(r, r.choice(ZH_SUGG), C, j)
    elif x < 0.88:
        t = r.choice(ZH_TIME) + r.choice(("", "，", " ")) + r.choice(ZH_SHORT)
    elif x < 0.95:
        t = _fill(r, r.choice(ZH_SLANG.get(C.platform, ZH_SLANG["douyin"])), C, j)
    else:
        t = (
            _fill(r, r.choice(ZH_PRAISE), C, j)
            + "，"
            + _fill(r, r.choice(ZH_QC[C.cat] + ZH_EC[C.cat]), C, j)
        )
    y = r.random()
    if y < 0.4 and t[-1] not in "？?吗呀啊了！!":
        t += r.choice(ZH_PART)
    elif y < 0.62:
        t += _zh_emo(r, C, r.randint(1, 3))
    return t


def en_base(r, C, j):
    x = r.random()
    if x < 0.22:
        t = r.choice(EN_SHORT)
        if r.random() < 0.2:
            t = t + t[-1] * r.randint(1, 4)
    elif x < 0.34:
        t = _fill(r, r.choice(EN_Q), C, j, False)
    elif x < 0.45:
        t = _fill(r, r.choice(EN_EXP), C, j, False)
    elif x < 0.56:
        t = _fill(r, r.choice(EN_PRAISE), C, j, False)
    elif x < 0.63:
        t = _fill(r, r.choice(EN_BANTER), C, j, False)
    elif x < 0.68:
        t = "@" + en_handle(r) + " " + r.choice(EN_TAGS)
    elif x < 0.77:
        return "".join(r.choice(UNI_EMOJI) for _ in range(r.randint(1, 4)))
    elif x < 0.82:
        t = _fill(r, r.choice(EN_CRIT), C, j, False)
    elif x < 0.86:
        t = _fill(r, r.choice(EN_SUGG), C, j, False)
    else:
        t = (
            _fill(r, r.choice(EN_PRAISE), C, j, False)
            + r.choice((". ", "!! ", " - ", ", "))
            + _fill(r, r.choice(EN_Q + EN_EXP), C, j, False)
        )
    y = r.random()
    if y < 0.25:
        t = t.capitalize()
    if r.random() < 0.3:
        t += r.choice(("", "!", "!!", " lol", " 😭", " 😍", " 🔥", "...", " haha", "?!"))
    if r.random() < 0.03 and len(t) > 6:
        k = r.randrange(1, len(t) - 1)
        t = t[:k] + t[k + 1 :]  # typo
    return t


ZH_PRE = (
    "真的",
    "感觉",
    "说实话",
    "哈哈哈",
    "emm",
    "天呐",
    "救命",
    "啊啊",
    "确实",
    "我觉得",
    "笑死",
    "姐妹们",
    "不是",
    "话说",
    "好家伙",
    "谁懂",
    "家人们",
    "呜呜",
    "哇",
    "嗯嗯",
    "害",
)
EN_PRE = (
    "honestly ",
    "omg ",
    "wait ",
    "ok but ",
    "lowkey ",
    "ngl ",
    "yo ",
    "bro ",
    "literally ",
    "not gonna lie ",
    "okay ",
    "girl ",
    "sis ",
    "yall ",
    "lmao ",
)


def _vary(r, t, zh):
    """Light human noise so whole sentences are rarely repeated verbatim."""
    x = r.random()
    if zh:
        if x < 0.3:
            p = r.choice(ZH_PRE)
            t = p + ("，" if r.random() < 0.5 and p[-1] not in "！" else "") + t
        y = r.random()
        if y < 0.2:
            t = t.replace("，", " ")
        elif y < 0.3:
            t = t.rstrip("。！!～") + r.choice(("", "！！！", "～～", "。。", "!!"))
        if r.random() < 0.25:
            t += r.choice(
                ("", "哈哈哈", "hhh", "😂", "[捂脸]" if "[" not in t else "🤣", "🥹", "👍", "!")
            )
        return t
    if x < 0.25:
        t = r.choice(EN_PRE) + (t[0].lower() + t[1:] if t else t)
    y = r.random()
    if y < 0.3:
        t = t.lower()
    elif y < 0.4:
        t = t.rstrip(".!?") + r.choice(("", "!!!", "??", "...", " lol"))
    if r.random() < 0.2:
        t += r.choice((" 😭", " 😂", " ❤️", " 🙌", " fr", " tbh", " 💀", " 🔥"))
    return t


def organic_text(r, C, j):
    zh = C.lang == "zh"
    a = C.arch
    x = r.random()
    if j == C.give_idx and x < 0.75:
        if r.random() < 0.3:
            return (
                "@"
                + (zh_nick(r) if zh else en_handle(r))
                + (" @" + (zh_nick(r) if zh else en_handle(r)) if r.random() < 0.5 else "")
            )
        t = r.choice(GIVE_ZH if zh else GIVE_EN)
        return t + (r.choice(ZH_PART) if zh else r.choice(("", "!", " 🙏", " 🤞")))
    if C.cta[j] and x < C.cta_share:
        w = C.cta_word
        y = r.random()
        if zh:
            return w if y < 0.6 else w + r.choice(("", "～", "！", " 谢谢", "，求", "[比心]"))
        return (
            w
            if y < 0.5
            else r.choice(
                (w.lower(), w + " please", w + " 🙏", w.capitalize(), w + "!", w + " pls")
            )
        )
    if j == C.viral_idx and x < 0.25:
        return _vary(r, r.choice(VIRAL_ZH if zh else VIRAL_EN), zh)
    if a == "celebrity":
        star = C.star
        if x < 0.55:
            t = r.choice(FAN_ZH if zh else FAN_EN).replace("{star}", star).replace("{work}", C.work)
            return t + (r.choice(ZH_PART) if zh else r.choice(("", "!!", " 😭", " ❤️")))
        if x < 0.55 + C.kong_share and C.kong_post[j]:
            return C.kong_text
    if C.spons[j] and x < 0.2:
        return _vary(r, r.choice(SPONS_ZH if zh else SPONS_EN), zh)
    if a == "shoutout" and C.event_day is not None and C.jp[j] >= C.event_day and x < 0.08:
        return _vary(r, r.choice(SHOUT_ZH if zh else SHOUT_EN).replace("{big}", C.big), zh)
    if C.gap_index is not None and j < C.gap_index and x < 0.3:
        return _vary(r, r.choice(DORMANT_ZH if zh else DORMANT_EN), zh)
    if C.contro[j] and x < 0.45:
        t = r.choice(CONTRO_ZH if zh else CONTRO_EN)
        if r.random() < 0.6:
            t += ("，" + zh_base(r, C, j)) if zh else (", " + en_base(r, C, j))
        return _vary(r, t, zh)
    if C.fmt[j] == "live" and x < 0.6:
        return _vary(r, r.choice(LIVE_ZH), True)
    if a == "brand_account" and x < 0.3:
        t = r.choice(BRAND_ZH if zh else BRAND_EN)
        if r.random() < 0.5:
            t += ("，" + zh_base(r, C, j)) if zh else (". " + en_base(r, C, j))
        return _vary(r, t, zh)
    t = zh_base(r, C, j) if zh else en_base(r, C, j)
    return _vary(r, t, zh) if r.random() < 0.75 else t


def ai_text(r, C, j):
    n = C.noun[j]
    other = r.choice(C.catv[0] if C.lang == "zh" else C.catv[2])
    if r.random() < 0.25:
        t = r.choice(AI_ZH_SHORT if C.lang == "zh" else AI_EN_SHORT)
        return t.replace("{n}", other).replace("{t}", n)
    if C.lang == "zh":
        topic = n if r.random() < 0.5 else CAT_ZH[C.cat] + r.choice(("", "内容", "干货", "分享"))
        t = r.choice(AI_ZH_OPEN).replace("{t}", topic).replace("{persona}", r.choice(AI_PERSONA))
        if r.random() < 0.85:
            t += r.choice(AI_ZH_MID).replace("{n}", other)
        t += r.choice(AI_ZH_CLOSE)
        return t
    topic = n if r.random() < 0.6 else C.cat
    t = r.choice(AI_EN_OPEN).replace("{t}", topic)
    if r.random() < 0.85:
        m = r.choice(AI_EN_MID).replace("{n}", other)
        if m:
            t += " " + m
    t += " " + r.choice(AI_EN_CLOSE)
    return t


def bot_text(r, C, j):
    if C.bot_copy and r.random() < 0.6:  # farms that paste real-looking comments copied elsewhere
        return zh_base(r, C, j) if C.lang == "zh" else en_base(r, C, j)
    t = r.choice(C.bot_texts)
    if C.bot_decor and r.random() < 0.5:
        t += r.choice(("", "!", "！", "👍", "❤️", "🔥", "~", "[赞]" if C.lang == "zh" else "!!"))
    return t


def spam_text(r, C):
    if C.lang == "zh":
        if r.random() < 0.55:
            return r.choice(LURE_ZH)
        t = r.choice(LURE_ZH_CONTACT)
        return (
            t.replace("{v}", r.choice(LURE_V))
            .replace("{id}", _obf_id(r))
            .replace("{qq}", _obf_qq(r))
            .replace("{w}", r.choice(("资料", "学习", "来意", "小红书", "dy")))
        )
    return (
        r.choice(LURE_EN)
        .replace(
            "{promo}",
            r.choice(EN_FIRST) + r.choice(("_promo", ".promo", "_ads", "growth", "_media")),
        )
        .replace("{id}", _obf_id(r))
        .replace("{qq}", str(r.randint(2000000, 9999999)))
    )


def spam_author(r, C):
    if C.lang == "zh":
        x = r.random()
        if x < 0.3:
            return (
                r.choice(("资源", "学姐", "副业", "小助手", "福利", "同城"))
                + r.choice(("分享", "小号", "君", "官", ""))
                + str(r.randint(1, 999))
            )
        if x < 0.6:
            return zh_default_name(r, C.platform)
        return zh_nick(r)
    if r.random() < 0.5:
        return (
            r.choice(EN_FIRST)
            + r.choice(("_promo", ".official", "_earns", "bitz", "_fx", "xx"))
            + str(r.randint(1, 999))
        )
    return en_handle(r)


def _reg_author(r, C):
    if C.lang == "zh":
        return zh_default_name(r, C.platform) if r.random() < C.default_share else zh_nick(r)
    return en_default_name(r, C.platform) if r.random() < C.default_share else en_handle(r)


# ---------------------------------------------------------------------------------------------
# Comment sample: who, when, how many likes
# ---------------------------------------------------------------------------------------------

KINDS = ("org", "reply", "bot", "pod", "ai", "plant", "lreply", "fb", "spam", "bot3p")
HOT_BIAS = {
    "org": 1.0,
    "reply": 1.2,
    "bot": 0.25,
    "pod": 0.7,
    "ai": 0.4,
    "plant": 0.8,
    "lreply": 1.0,
    "fb": 0.5,
    "spam": 0.4,
    "bot3p": 0.3,
}


def _local_hour(C, t):
    return int(((C.sec_in_day + t) % 86400) // 3600)


def _t_org(r, C, j):
    t0 = C.t[j]
    age_s = -t0
    tau_s = C.tau * 86400.0 * 0.6
    for _ in range(6):
        d = r.expovariate(1.0 / tau_s) if r.random() < 0.8 else r.random() * age_s
        if d >= age_s - 5:
            continue
        t = t0 + 20 + d
        if t >= 0:
            continue
        if r.random() < HOUR_W[_local_hour(C, t)]:
            return t
    return t0 + r.random() * (age_s - 10) + 5


def _alloc(r, totals, target, cap):
    n = len(totals)
    w = np.sqrt(np.asarray(totals, dtype=float))
    out = np.zeros(n, dtype=int)
    if w.sum() <= 0:
        return out
    want = target * w / w.sum()
    for j in range(n):
        out[j] = int(min(totals[j], cap, round(want[j])))
    left = target - int(out.sum())
    order = list(range(n))
    r.shuffle(order)
    for _ in range(3):
        if left <= 0:
            break
        for j in order:
            room = min(totals[j], cap) - out[j]
            if room > 0 and left > 0:
                add = min(room, max(1, left // max(1, n // 3)))
                out[j] += add
                left -= add
    return out


def comments(C):
    r, rng, n = C.r, C.rng, C.n
    zh = C.lang == "zh"
    C.default_share = r.uniform(0.05, 0.25) if zh else r.uniform(0.0, 0.08)
    if C.arch == "celebrity":
        C.star = r.choice(STARS_ZH) if zh else r.choice(EN_FIRST).capitalize()
        C.work = r.choice(WORKS_ZH) if zh else r.choice(("Midnight", "Golden", "Reverie", "Echoes"))
        C.kong_text = (
            r.choice(KONGPING_ZH if zh else FAN_EN)
            .replace("{star}", C.star)
            .replace("{work}", C.work)
        )
        C.kong_post = rng.random(n) < r.uniform(0.2, 0.6)
        C.kong_share = r.uniform(0.05, 0.25)
    mode = _pick(r, (("random", 0.5), ("hot", 0.35), ("latest", 0.15)))
    target = int(np.clip(r.gauss(200, 70), 60, 300)) if r.random() < 0.9 else r.randint(300, 400)
    cap = r.randint(20, 80)
    upto = r.randint(min(8, n), n) if r.random() < 0.45 else n
    K = C.K
    kc = [
        dict(org=int(C.org_aud[j]), reply=int(C.org_rep[j]), **{k: int(K[k][j]) for k in KINDS[2:]})
        for j in range(n)
    ]
    totals = [sum(kc[j].values()) if j < upto else 0 for j in range(n)]
    alloc = _alloc(r, totals, target, cap)
    regulars = [_reg_author(r, C) for _ in range(r.randint(5, 40))]
    reg_p = r.uniform(0.05, 0.25)
    out = []
    for j in range(n):
        m = int(alloc[j])
        if m <= 0:
            continue
        counts = kc[j]
        names = [k for k in KINDS if counts[k] > 0]
        w = np.array(
            [counts[k] * (HOT_BIAS[k] if mode == "hot" else 1.0) for k in names], dtype=float
        )
        draw = rng.multinomial(m, w / w.sum())
        take = {k: min(int(d), counts[k]) for k, d in zip(names, draw, strict=False)}
        left = m - sum(take.values())
        for k in names:
            if left <= 0:
                break
            room = counts[k] - take[k]
            if room > 0:
                add = min(room, left)
                take[k] += add
                left -= add
        out.extend(_make_comments(C, j, take, regulars, reg_p, mode))
    return out


def _make_comments(C, j, take, regulars, reg_p, mode):
    r = C.r
    zh = C.lang == "zh"
    pid = C.pids[j]
    t0 = C.t[j]
    L = max(1.0, float(C.likes[j]))
    if C.fmt[j] == "live":
        L = max(1.0, min(L, float(C.views[j]) * 0.05))
    res = []

    def add(text, author, t, likes, creator=False):
        if t >= 0 or t <= t0:
            return
        c = {
            "post_id": pid,
            "author": author,
            "text": text[:5000],
            "t": t,
            "likes": int(max(0, likes)),
        }
        if creator:
            c["from_creator"] = True
        res.append(c)

    def org_likes():
        v = L * 0.003 * math.exp(r.gauss(0, 1.6))
        if mode == "hot":
            v *= r.uniform(1.5, 4)
        return min(int(v), int(L * 0.6))

    org_times = []
    for _ in range(take.get("org", 0)):
        t = _t_org(r, C, j)
        org_times.append(t)
        au = r.choice(regulars) if r.random() < reg_p else _reg_author(r, C)
        add(organic_text(r, C, j), au, t, org_likes())
    for _ in range(take.get("reply", 0)):
        base = r.choice(org_times) if org_times else t0 + 600
        t = min(base + r.expovariate(1 / 20000.0) + 30, -1.0)
        txt = _fill(r, r.choice(REPLY_ZH if zh else REPLY_EN), C, j, zh)
        if C.cta[j] and r.random() < 0.7:
            txt = (
                r.choice(("已私你啦～", "发你了", "私信查收哦"))
                if zh
                else r.choice(("Sent! Check your DMs 💌", "Just sent it!", "Check your inbox ✨"))
            )
        add(txt, C.handle, t, org_likes() * 1.5)
    # comment-farm delivery
    nb = take.get("bot", 0)
    if nb:
        if C.bot_timing == "batch":
            hr = C.bot_batch_hour
            lt = (C.sec_in_day + t0) % 86400
            start = t0 + ((hr * 3600 - lt) % 86400) + r.uniform(0, 1200)
            gap = r.uniform(15, 120)
        elif C.bot_timing == "instant":
            start = t0 + r.uniform(60, 1800)
            gap = r.uniform(15, 240)
        else:
            start = t0 + r.uniform(300, 7200)
            gap = None
        t = start
        spike = r.random() < 0.1 * C.s + 0.02
        for q in range(nb):
            if gap is None:
                t += r.expovariate(1 / 2400.0)
            else:
                t += gap * r.uniform(0.75, 1.25)
            lk = 0 if r.random() < 0.9 else r.randint(1, 3)
            if spike and q == 0:
                lk = r.randint(50, 800)
            add(bot_text(r, C, j), r.choice(C.bot_authors), t, lk)
    npod = take.get("pod", 0)
    if npod:
        members = (
            r.sample(C.pod, min(npod, len(C.pod)))
            if npod <= len(C.pod)
            else [r.choice(C.pod) for _ in range(npod)]
        )
        for au in members:
            t = t0 + 60 * math.exp(r.gauss(math.log(15), 0.8))
            txt = r.choice(POD_ZH if zh else POD_EN)
            if C.s < 0.4 and r.random() < 0.5:
                txt = (
                    (zh_base(r, C, j) if zh else en_base(r, C, j))
                    if r.random() < 0.5
                    else txt + (r.choice(ZH_PART) if zh else r.choice(("", "!", " 💕", " ✨")))
                )
            add(txt, au, t, r.randint(1, 8))
    nai = take.get("ai", 0)
    if nai:
        t = t0 + r.uniform(300, 3600)
        gap = r.uniform(600, 5400)
        for _ in range(nai):
            t += gap * r.uniform(0.6, 1.4)
            add(ai_text(r, C, j), r.choice(C.ai_authors), t, r.randint(0, 4))
    npl = take.get("plant", 0)
    pl_times = []
    for _ in range(npl):
        t = t0 + r.uniform(120, 6 * 3600)
        pl_times.append(t)
        add(r.choice(PLANT_ZH if zh else PLANT_EN), r.choice(C.plant_authors), t, r.randint(0, 15))
    for _ in range(take.get("lreply", 0)):
        base = r.choice(pl_times) if pl_times else t0 + 3600
        add(
            r.choice(LURE_REPLY_ZH if zh else LURE_REPLY_EN),
            C.handle,
            base + r.uniform(60, 7200),
            r.randint(0, 10),
            True,
        )
    for _ in range(take.get("fb", 0)):
        txt = (
            r.choice(("回关了", "互关呀", "已回关", "关注你了 求回"))
            if zh
            else r.choice(
                ("thanks for the follow!", "followed back ✨", "f4f?", "love your page! followed")
            )
        )
        add(txt, _reg_author(r, C), _t_org(r, C, j), r.randint(0, 2))
    for _ in range(take.get("spam", 0)):
        lk = r.randint(0, 2) if r.random() < 0.9 else r.randint(20, 300)
        add(spam_text(r, C), spam_author(r, C), t0 + r.expovariate(1 / 7200.0) + 30, lk)
    for _ in range(take.get("bot3p", 0)):
        add(
            r.choice(BOT3P_ZH if zh else BOT3P_EN),
            zh_default_name(r, C.platform) if zh else en_default_name(r, C.platform),
            _t_org(r, C, j),
            0,
        )
    # fix creator replies flag (reply kind above)
    for c in res:
        if c["author"] == C.handle:
            c["from_creator"] = True
    res.sort(key=lambda c: c["t"])
    return res


# ---------------------------------------------------------------------------------------------
# Accounts (follower sample)
# ---------------------------------------------------------------------------------------------

PBIO_ZH = [
    "热爱生活",
    "一个普通人",
    "做自己",
    "吃好喝好",
    "摸鱼中",
    "日常分享",
    "INFP",
    "95后",
    "佛系青年",
    "努力搞钱",
    "爱笑的女孩运气不会太差",
    "学生党",
    "宝妈一枚",
    "不定期更新",
    "快乐就好",
    "记录生活",
    "想去看海",
    "一只社恐",
    "ENFP 快乐小狗",
    "干饭第一名",
    "考研人",
    "在逃公主",
    "保持热爱",
    "随便看看",
]
PBIO_EN = [
    "🌿 nature lover",
    "coffee ☕ | books 📚",
    "she/her",
    "just vibing",
    "dog mom 🐶",
    "living life",
    "🎓 student",
    "mom of 2",
    "gym • food • travel",
    "God first 🙏",
    "just here for the memes",
    "photographer 📷",
    "nurse 👩\u200d⚕️",
    "🇵🇭 | 24",
    "lover of sunsets",
    "he/him • gamer",
    "plant dad 🌱",
    "trying my best",
]
FBIO_ZH = [
    "享受生活❤️",
    "做最好的自己",
    "生活明朗 万物可爱",
    "人间值得",
    "Love life",
    "简单快乐",
    "心若向阳 无畏悲伤",
    "岁月静好",
]
FBIO_EN = [
    "Love life ❤️",
    "Be yourself ✨",
    "Living my best life",
    "Good vibes only",
    "Dream big 💫",
    "Enjoy every moment",
    "Stay positive 🌈",
]
BBIO_ZH = ["互粉互赞", "关注必回", "有求必应", "全网最低价", "看主页", "招代理"]
BBIO_EN = ["f4f", "💰 DM for promo", "follow me", "follow back 100%", "crypto 🚀", "link below ⬇️"]
LOTTO_BIO = ["锦鲤附体", "专注抽奖", "求中一次", "转发抽奖号", "好运连连"]
FB_BIO = ["互关必回", "f4f", "follow4follow", "follow back ✅", "互粉", "回关"]


def _date_str(C, days_ago):
    return (C.asof_date - timedelta(days=int(days_ago))).isoformat()


def _acct_id(C, r, days_ago):
    pf = C.platform
    L = max(30, C.launch_days)
    frac = min(1.0, max(0.0, 1 - days_ago / L))
    if pf == "weibo":
        return str(int(min(7.99e9, max(1.0e9, 1.0e9 + frac * 6.9e9 + r.uniform(-2e7, 2e7)))))
    if pf == "bilibili":
        if frac < 0.75:
            return str(int(frac / 0.75 * 7e8) + r.randint(1, 999))
        return str(int(3.0e15 + (frac - 0.75) / 0.25 * 4.9e14) + r.randint(0, 10**9))
    if pf == "rednote":
        ts = int((C.asof_date - EPOCH).days * 86400 - days_ago * 86400 + r.randint(0, 86399))
        return f"{max(ts, 0):08x}" + f"{r.getrandbits(64):016x}"
    if pf in ("douyin", "tiktok"):
        return str(int(6.5e18 + frac * 0.9e18) + r.randint(0, 10**15))
    if pf == "kuaishou":
        return str(int(1e8 + frac * 4e9) + r.randint(0, 10**6))
    if pf == "instagram":
        return str(
            int(math.exp(math.log(1e6) + frac * (math.log(7e10) - math.log(1e6))))
            + r.randint(0, 10**5)
        )
    if pf == "youtube":
        return "UC" + "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
            for _ in range(22)
        )
    return "v2_" + f"{r.getrandbits(128):032x}" + "@finder"


def _weibo_fields(r, kind, age_days):
    yrs = age_days / 365.0
    if kind in ("active", "lottery"):
        lvl = int(min(48, 8 + yrs * 3 + r.uniform(0, 10)))
        cred = _pick(r, ((2, 0.3), (3, 0.45), (4, 0.25)))
        mem = 0 if r.random() < 0.75 else r.randint(1, 7)
    elif kind in ("lurker", "inactive"):
        lvl = int(min(40, 2 + yrs * 1.5 + r.uniform(0, 6)))
        cred = _pick(r, ((1, 0.5), (2, 0.35), (3, 0.15)))
        mem = 0 if r.random() < 0.95 else r.randint(1, 3)
    elif kind == "followback":
        lvl = int(min(40, 6 + yrs * 2 + r.uniform(0, 8)))
        cred = _pick(r, ((1, 0.3), (2, 0.5), (3, 0.2)))
        mem = 0
    elif kind == "fake_premium":
        lvl = r.randint(6, 16)
        cred = _pick(r, ((1, 0.6), (2, 0.4)))
        mem = 0 if r.random() < 0.97 else 1
    else:  # bot, fake_cheap
        lvl = r.randint(0, 5)
        cred = _pick(r, ((0, 0.6), (1, 0.4)))
        mem = 0
    return {"platform_level": lvl, "membership_level": mem, "credit_rating": cred}


def make_account(C, kind, batch=None):
    r = C.r
    zh = C.lang == "zh"
    L = C.launch_days
    pf = C.platform
    if kind in ("fake_cheap", "fake_premium"):
        center, width, warm = batch
        age = int(min(L - 1, max(1, center + r.uniform(-width, width))))
    elif kind == "inactive":
        age = int(r.uniform(min(700, L - 2), L - 1))
    elif kind == "lottery":
        age = int(r.uniform(min(300, L - 2), L - 1))
    else:
        age = int(
            min(r.uniform(30, L - 1), r.uniform(30, L - 1))
            if r.random() < 0.5
            else r.uniform(30, L - 1)
        )
    age = max(age, 1)
    bio_p, av_p, url_p, priv_p, ver_p = 0.3, 0.9, 0.03, 0.0, 0.0
    if kind == "active":
        posts = int(_ln(r, 80, 1.2)) + 1
        fol = int(_ln(r, 120, 1.3))
        fog = int(_ln(r, 250, 0.8))
        bio_p, av_p, url_p, ver_p = 0.55, 0.96, 0.05, 0.01
        last: int | None = min(age, int(r.expovariate(1 / 20.0)))
        priv_p = 0.3
    elif kind == "lurker":
        posts = 0 if r.random() < 0.5 else r.randint(1, 8)
        fol = int(_ln(r, 8, 1.2))
        fog = int(_ln(r, 90, 0.9))
        bio_p, av_p = 0.12, (0.65 if zh else 0.8)
        last = int(r.uniform(10, age)) if posts else None
        priv_p = 0.4
    elif kind == "inactive":
        posts = int(_ln(r, 40, 1.2)) + 1
        fol = int(_ln(r, 60, 1.0))
        fog = int(_ln(r, 200, 0.7))
        bio_p, av_p = 0.4, 0.85
        last = int(r.uniform(min(365, age - 1), age))
        priv_p = 0.2
    elif kind == "bot":
        posts = r.randint(0, 5)
        fol = r.randint(0, 30)
        fog = int(_ln(r, 1500, 0.6))
        bio_p, av_p, url_p = 0.2, 0.4, 0.3
        last = int(r.uniform(0, age)) if posts else None
        priv_p = 0.05
    elif kind == "lottery":
        posts = int(_ln(r, 3000, 0.8))
        fol = int(_ln(r, 150, 1.0))
        fog = int(min(_ln(r, 1800, 0.4), 5000))
        bio_p, av_p = 0.3, 0.9
        last = r.randint(0, 2)
    elif kind == "followback":
        posts = int(_ln(r, 60, 1.0)) + 1
        fol = int(_ln(r, 1500, 0.9))
        fog = int(fol * r.uniform(0.8, 1.5))
        bio_p, av_p, url_p = 0.7, 0.95, 0.2
        last = min(age, int(r.expovariate(1 / 7.0)))
        priv_p = 0.05
    elif kind == "fake_cheap":
        posts = 0 if r.random() < 0.8 else r.randint(1, 3)
        fol = int(C.rng.geometric(0.4)) - 1
        fog = int(_ln(r, 600, 0.7))
        bio_p, av_p, url_p = 0.05, 0.25, 0.01
        last = max(0, age - r.randint(0, 5)) if posts else None
        priv_p = 0.05
    else:  # fake_premium
        posts = r.randint(5, 40)
        fol = int(_ln(r, 90, 0.7))
        fog = int(_ln(r, 450, 0.5))
        bio_p, av_p, url_p = 0.6, 0.95, 0.02
        wc, ww = warm
        last = int(min(age, max(0, wc + r.uniform(-ww, ww))))
        priv_p = 0.15
    fog = min(fog, 7500)
    # names
    if zh:
        if kind in ("fake_cheap", "bot") and r.random() < 0.7:
            disp = zh_default_name(r, pf)
        elif kind in ("fake_cheap",):
            disp = r.choice(ZH_SURNAME) + r.choice(ZH_GIVEN) + r.choice(ZH_GIVEN)
        elif kind == "lurker" and r.random() < 0.3:
            disp = zh_default_name(r, pf)
        else:
            disp = zh_nick(r)
        uname = zh_handle(r) if r.random() < 0.5 else None
    else:
        if kind in ("fake_cheap", "bot") and r.random() < 0.6:
            uname = en_default_name(r, pf)
            disp = ""
        else:
            uname = en_handle(r)
            disp = r.choice(EN_FIRST).capitalize() + (
                " " + r.choice(EN_LAST).capitalize() if r.random() < 0.6 else ""
            )
    acc = {"id": _acct_id(C, r, age)}
    if uname:
        acc["username"] = uname
    if disp:
        acc["display_name"] = disp
    acc["followers"] = max(0, fol)
    acc["following"] = max(0, fog)
    acc["posts"] = max(0, posts)
    acc["has_avatar"] = r.random() < av_p
    if pf in ("instagram", "tiktok"):
        acc["is_private"] = r.random() < (priv_p if pf == "instagram" else priv_p * 0.3)
    acc["verified"] = r.random() < ver_p
    if r.random() < bio_p:
        if kind == "fake_premium":
            acc["bio"] = r.choice(C.fake_bios)
        elif kind in ("bot",):
            acc["bio"] = r.choice(BBIO_ZH if zh else BBIO_EN)
        elif kind == "lottery":
            acc["bio"] = r.choice(LOTTO_BIO)
        elif kind == "followback":
            acc["bio"] = r.choice(FB_BIO) + (
                " | " + r.choice(PBIO_ZH if zh else PBIO_EN) if r.random() < 0.5 else ""
            )
        else:
            acc["bio"] = r.choice(PBIO_ZH if zh else PBIO_EN)
    acc["has_url"] = r.random() < url_p
    if C.sample_dates:
        acc["created_at"] = _date_str(C, age)
    if posts > 0 and last is not None:
        acc["last_post_at"] = _date_str(C, max(0, min(age, last)))
    if pf == "weibo":
        acc.update(_weibo_fields(r, kind, age))
    return acc


def follower_sample(C):
    r = C.r
    F = C.F_end
    ns = min(F, r.randint(50, 200))
    if ns <= 0:
        return []
    C.launch_days = _launch_days(C)
    C.sample_dates = not (
        C.platform in ("wechat_channels",)
        or (C.platform in ("douyin", "kuaishou") and r.random() < 0.3)
    )
    zh = C.lang == "zh"
    C.fake_bios = r.sample(FBIO_ZH if zh else FBIO_EN, 3)
    p_fake = C.B_end / max(1.0, F)
    p_fb = C.C_end / max(1.0, F)
    a = C.arch
    bot = C.bot_share
    lotto = (
        r.uniform(0.1, 0.35) * min(1.0, getattr(C, "giveaway_gain", 0.0) * 2)
        if a == "giveaway"
        else (0.01 if C.platform == "weibo" else 0.0)
    )
    inactive = r.uniform(0.08, 0.2)
    if a == "old_audience":
        inactive = r.uniform(0.4, 0.65)
    elif a == "celebrity" or a == "dormant_return":
        inactive = r.uniform(0.25, 0.4)
    if C.purge_day is not None and C.purge_day > C.D - 200:
        bot *= 0.4
    lurker = r.uniform(0.3, 0.5) if zh else r.uniform(0.2, 0.4)
    prem = 0.0
    batches = []
    if C.has_b:
        k = C.b_kind
        prem = (
            0.9 if k == "followers_premium" else (0.5 if k == "followers_drip" else 0.3 * (1 - C.s))
        )
        days = [C.D - 1 - d for d in C.buy_days] or [r.randint(400, 1100)]
        for _ in range(r.randint(1, 4)):
            buy = r.choice(days) if days else 300
            center = buy + r.uniform(20, 900)
            width = r.uniform(0.5, 20) if (prem < 0.5 or r.random() < 0.6) else r.uniform(100, 700)
            warm = (buy + r.uniform(5, 60), r.uniform(3, 30))
            batches.append((min(center, C.launch_days - 5), width, warm))
    out = []
    for _ in range(ns):
        x = r.random()
        if x < p_fake:
            kind = "fake_premium" if r.random() < prem else "fake_cheap"
            out.append(make_account(C, kind, r.choice(batches)))
            continue
        if x < p_fake + p_fb:
            out.append(make_account(C, "followback"))
            continue
        y = r.random()
        if y < bot:
            kind = "bot"
        elif y < bot + lotto:
            kind = "lottery"
        elif y < bot + lotto + inactive:
            kind = "inactive"
        elif y < bot + lotto + inactive + lurker:
            kind = "lurker"
        else:
            kind = "active"
        out.append(make_account(C, kind))
    return out


# ---------------------------------------------------------------------------------------------
# Output blocks
# ---------------------------------------------------------------------------------------------

EPOCH = date(1970, 1, 1)
B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _post_id(C, r, t):
    pf = C.platform
    if pf in ("douyin", "tiktok"):
        return str(7 * 10**18 + r.randint(0, 4 * 10**17))
    if pf == "rednote":
        return f"{int(C.epoch + t):08x}" + f"{r.getrandbits(64):016x}"
    if pf == "weibo":
        return "".join(r.choice(B62) for _ in range(9))
    if pf == "bilibili":
        return "BV1" + "".join(r.choice(B62) for _ in range(9))
    if pf == "kuaishou":
        return "3x" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(13))
    if pf == "instagram":
        return "".join(r.choice(B62 + "-_") for _ in range(11))
    if pf == "youtube":
        return "".join(r.choice(B62 + "-_") for _ in range(11))
    return "export/" + "".join(r.choice(B62) for _ in range(24))


def _ts(C, t):
    dt = C.asof_local + timedelta(seconds=float(t))
    if C.cn:
        return dt.isoformat(timespec="seconds") + "+08:00"
    return (dt - timedelta(hours=C.tz)).isoformat(timespec="seconds") + "Z"


def _bio(C):
    r = C.r
    zh = C.lang == "zh"
    fill = {
        "{cat}": CAT_ZH[C.cat] if zh else C.cat,
        "{city}": r.choice(CITIES_ZH if zh else CITIES_EN),
        "{age}": r.choice(("85", "90", "95", "00", "05")),
        "{mail}": (
            r.choice(PINYIN)
            + r.choice(PINYIN)
            + str(r.randint(1, 999))
            + r.choice(("@163.com", "@qq.com", "@126.com", "@gmail.com"))
        )
        if zh
        else (
            C.handle.strip("@").replace("_", ".")
            + r.choice(("@gmail.com", ".collabs@gmail.com", "@mgmt.co", "@outlook.com"))
        ),
        "{id}": r.choice(PINYIN) + r.choice(PINYIN) + str(r.randint(10, 9999)),
        "{v}": r.choice(LURE_V),
    }
    parts = []
    if "lure_spam" in C.comps:
        parts += r.sample(BIO_LURE_ZH if zh else BIO_LURE_EN, r.randint(1, 2))
    if C.arch == "celebrity":
        parts = [
            r.choice(
                (
                    "演员",
                    "歌手",
                    "演员 | 歌手",
                    "主持人",
                    "工作联系：" + fill["{mail}"],
                    "个人工作室",
                )
            )
            if zh
            else r.choice(
                (
                    "Artist",
                    "Actor",
                    "Singer / songwriter",
                    "Official account",
                    "mgmt: " + fill["{mail}"],
                )
            )
        ]
        if r.random() < 0.6:
            parts.append(
                r.choice(("新专辑《", "新剧《")) + r.choice(WORKS_ZH) + "》热播中"
                if zh
                else "new album out now 💿"
            )
        s = "\n".join(parts)
        return s
    if C.arch == "brand_account":
        parts.append(
            ("官方账号 | " if zh else "Official account | ")
            + r.choice(ZH_BRANDS if zh else EN_BRANDS)
        )
    if r.random() < 0.85 or not parts:
        parts += r.sample(BIO_ZH if zh else BIO_EN, r.randint(1, 3))
    s = "\n".join(parts)
    for k, v in fill.items():
        s = s.replace(k, v)
    return s


def history_out(C):
    r = C.r
    hs, D = C.hist_start, C.D
    days = list(range(hs, D))
    if len(days) < 30:
        return None
    if r.random() < 0.2:  # sparse stored snapshots
        keep, d = [], D - 1
        while d >= hs:
            keep.append(d)
            d -= r.randint(3, 21)
        days = sorted(keep)
    else:
        miss = r.uniform(0, 0.04)
        days = [d for d in days if d == D - 1 or r.random() > miss]
    with_fo = C.platform != "youtube" and r.random() < 0.7
    out = []
    for d in days:
        e = {
            "date": (C.asof_date - timedelta(days=D - 1 - d)).isoformat(),
            "followers": int(C.Disp[d]),
        }
        if with_fo:
            e["following"] = int(C.Fo[d])
        out.append(e)
    return out


def posts_out(C, com_by_post):
    r = C.r
    pf = C.platform
    out = []
    spons_known = r.random() < 0.7
    for j in range(C.n):
        fmt = C.fmt[j]
        likes = int(C.likes[j])
        com = int(C.com_total[j])
        p = {"post_id": C.pids[j], "posted_at": _ts(C, C.t[j]), "format": fmt}
        show_v = (
            fmt == "live"
            or (pf in ("kuaishou", "bilibili", "tiktok", "youtube"))
            or (pf == "douyin" and C.shown_views and fmt == "video")
            or (pf in ("weibo", "instagram") and fmt == "video")
        )
        views = int(max(C.views[j], likes if show_v and fmt != "live" else 0))
        if C.rounded:
            likes, com, views = _disp_round(likes, pf), _disp_round(com, pf), _disp_round(views, pf)
        p["likes"] = likes
        p["comments"] = com
        if C.shown_shares:
            sh = int(C.shares[j])
            p["shares"] = _disp_round(sh, pf) if C.rounded else sh
        if C.shown_saves and fmt != "live":
            sv = int(C.saves[j])
            p["saves"] = _disp_round(sv, pf) if C.rounded else sv
        if show_v:
            p["views"] = views
        if pf == "bilibili":
            p["coins"] = int(C.coins[j])
            p["danmaku"] = int(C.danmaku[j])
        if spons_known or C.spons[j]:
            p["sponsored"] = bool(C.spons[j])
        if C.hide_likes_p and r.random() < C.hide_likes_p:
            p["likes"] = 0
            p["likes_unknown"] = True
        if C.ks_nocount:
            p["comments"] = com_by_post.get(C.pids[j], 0)
            p["comments_unknown"] = True
        out.append(p)
    return out


def build(seed, i):
    C = setup(seed, i)
    latent(C)
    schedule(C)
    strengths(C)
    followers(C)
    metrics(C)
    finalize_posts(C)
    r = C.r
    C.launch_days = _launch_days(C)
    C.epoch = (C.asof_date - EPOCH).days * 86400 + C.sec_in_day - C.tz * 3600
    C.pids = [_post_id(C, r, t) for t in C.t]
    coms = comments(C)
    com_by_post: dict[str, int] = {}
    for c in coms:
        com_by_post[c["post_id"]] = com_by_post.get(c["post_id"], 0) + 1
    for c in coms:
        c["posted_at"] = _ts(C, c.pop("t"))
    # profile
    F_end = C.F_end
    vp = 0.03 if F_end < 1e4 else 0.12 if F_end < 1e5 else 0.4 if F_end < 1e6 else 0.85
    if C.arch in ("brand_account", "celebrity"):
        vp = 0.97
    prof = {"followers": F_end}
    if C.platform != "youtube":
        prof["following"] = int(C.Fo[-1])
    prof["posts"] = int(
        C.n + (r.randint(0, 5) if C.arch == "tiny_koc" else int(C.n * r.uniform(0, 15)))
    )
    prof["verified"] = r.random() < vp
    prof["created_at"] = _date_str(C, C.acc_age)
    prof["bio"] = _bio(C)
    if r.random() < 0.9:
        prof["category"] = C.cat
    prof["country"] = C.country
    if r.random() < 0.05:
        k = r.randint(1, min(60, C.D - 1))
        prof["followers"] = int(C.Disp[C.D - 1 - k])
        prof["observed_at"] = _date_str(C, k)
    rec = {
        "creator_id": f"{C.platform}:papa{C.seed:d}_{C.i:d}",
        "platform": C.platform,
        "handle": C.handle,
        "as_of": _ts(C, 0),
        "profile": prof,
    }
    if r.random() < (0.6 if C.arch == "tiny_koc" else 0.8):
        h = history_out(C)
        if h:
            rec["follower_history"] = h
    rec["posts"] = posts_out(C, com_by_post)
    rec["comments"] = coms
    if r.random() < 0.7:
        fs = follower_sample(C)
        if fs:
            rec["follower_sample"] = fs
    rec["label"] = int(C.label)
    rec["archetype"] = C.arch
    return rec


def generate(n: int, seed: int) -> Iterator[dict]:
    for i in range(n):
        yield build(seed, i)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="papa creator simulator")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default="-")
    a = ap.parse_args(argv)
    t0 = time.time()
    f = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for rec in generate(a.n, a.seed):
            f.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
    finally:
        if f is not sys.stdout:
            f.close()
    print(f"wrote {a.n:d} creators in {time.time() - t0:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
