"""Independent simulator of labelled social-media creators (genuine and fraudulent).

Author: juliet.  Focus: engagement against size, seen from the outside.

Every record is a ``CreatorRecord`` (see the contract's ``creator.schema.json``) plus
``label`` (1 = fraudulent, 0 = genuine) and ``archetype`` (combined frauds as ``combo:a+b``).
Record ``i`` depends only on ``(seed, i)``.

Genuine archetypes (about half of the records)
    organic_small, organic_mid, organic_large   ordinary creators of every size
    tiny_koc             a few hundred followers, few posts, friends in the comments
    viral_post           one post went viral and brought a follower surge
    giveaway             lotteries bring lottery hunters, entries and later unfollows
    shoutout             a bigger account's mention brings a one-day follower jump
    platform_purge       the platform deletes bots: a one-day follower drop, no refill
    celebrity            huge, passive following, many bots by themselves, fan clubs
                         that copy-paste slogans (Weibo "控评"), very low engagement rate
    brand_account        official account: giveaways, customer-service comments, low ER
    dormant_comeback     a long pause, then weak comeback posts from a drifted audience
    viral_aged_out       a viral moment years ago left an audience that no longer cares
    algorithm_change     reach cut by a platform change part-way through the posts
    niche_professional   doctors, lawyers, teachers: few likes, many saves, lurkers
    live_seller          live commerce: tap-likes far above followers, "已拍" chat
    spam_magnet          popular enough to attract lure spam and bots on its own
Fraud archetypes (about half; each with an intensity from subtle to blatant)
    bought_followers_burst    cheap bots in one to a few deliveries
    bought_followers_drip     a slow, steady daily drip that hides in the growth curve
    bought_followers_premium  aged, real-looking accounts that post and have followers
    bought_followers_refill   bursts, a platform purge, then the seller's refill
    bought_followers_old      a package bought years ago, now dormant accounts
    bought_likes              likes (RedNote likes+saves, Weibo likes+reposts)
    bought_views              plays/views (and live-room viewers) with few likes
    bot_comments              generic, emoji and copy-paste comments from bot accounts
    engagement_pod            pods / 互赞群 mutual-boost groups: likes and quick comments
    ai_praise                 fluent machine-written praise under the posts
    follow_unfollow_churn     mass follow then unfollow to harvest follow-backs
    lure_spam                 a traffic-diversion account: sock-puppet lure dialogues
                              with disguised contacts, plus bought followers and likes
    combo:a+b[+c]             realistic packages of the above

Main assumptions
* A creator's follower count is a sum of cohorts (core audience, viral wave, giveaway
  hunters, shout-out visitors, bots that followed by themselves, bought accounts, follow-
  backs, pod members).  Each cohort has its own daily gains, losses (unfollows, purges)
  and an engagement weight (how likely one of its members is to see and react to a post).
  Posts are reached through that weighted audience, not through the raw follower count, so
  bought followers of every kind lower likes/comments/views per follower by exactly the
  share they take, while genuine reasons (passive celebrity fans, aged-out viral audiences,
  lottery hunters, reach cuts, dormancy) lower it too.  Reach per real follower falls with
  size; distribution platforms (Douyin, TikTok, RedNote, Kuaishou, Bilibili, Channels) add
  non-follower views that do not depend on size, so small accounts there often have more
  likes per follower than their followers alone would give.
* Per-platform norms for views/follower, likes/view, comments/like, shares, saves, coins
  and danmaku, with a creator-level random effect (an order of magnitude between creators
  of the same size) and heavy-tailed post-to-post spread; video, image, text and live
  posts differ (live "likes" on Chinese platforms are repeated taps).  Metrics a scraper
  cannot see on a platform are left out (no views on Douyin/RedNote, no saves on Weibo).
* Bought followers never watch; "premium" ones rarely like.  Bought likes/views come in
  packages or proportional boosts, often only on sponsored posts or in a campaign window,
  and partly decay; RedNote likes come with saves, Weibo likes with reposts.
* Fraud intensity ~ Beta(1.3, 1.7), skewed to cautious buyers; a bought-follower fraud
  holds 5-90% of the final count (median about 30%), so a cautious one cannot be seen
  in engagement alone.  Large frauds often look like stars, some like brands or experts.
  Genuine and fraud creators alike may have natural bots (1-45% of followers), lure spam
  in their comments, a viral post, a giveaway, a shout-out, live posts or a purge.
* Comments: 100-300 sampled (up to 400; all of them for small creators) from each post's
  sources (real viewers, the creator's replies, lure spammers, natural bots, fan-club
  copy-paste, giveaway entries, "扣1" resource bait, and the frauds' bots, AI, pods and
  sock puppets).  Real texts vary and rarely repeat except short reactions; bought ones
  repeat, pods reuse the same members, bots come in bursts with no likes.
* Follower sample: 50-200 accounts drawn from the cohorts: active users, lurkers and
  abandoned accounts (many with no posts, as on every platform), peers, fan alts, lottery
  hunters, follow-back accounts, spam bots, bulk-registered bots (registration dates
  cluster unless the seller used aged stock), premium bots, old dormant bots.
* Data blocks are included independently of the label: a follower history in about 80%
  of records (daily, weekly, irregular or daily with gaps; 90-365 days), the following
  count in it 85% of the time, a follower sample in about 70%, comments in about 93%.
  30% of exports round large counts ("1.2万", "12.3K"); YouTube subscriber counts are
  rounded to three figures; 8% of Instagram creators hide likes; half the Kuaishou
  exports have no comment count (comments_unknown).
* Times are local (UTC+8) for Chinese platforms and UTC elsewhere; genuine comments follow
  a daily rhythm, bot deliveries come in bursts, pod comments come within the hour.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any, TextIO

import numpy as np

# ---------------------------------------------------------------------------------------
# Platforms
# ---------------------------------------------------------------------------------------


class Norm:
    """Typical organic behaviour of one platform (values for a 10k-follower creator)."""

    def __init__(
        self,
        share: float,
        zh: bool,
        view_rate: float,
        like_rate: float,
        comment_rate: float,
        share_rate: float,
        save_rate: float,
        beta: float,
        sigma: float,
        floor: float,
        post_rate: float,
        formats: dict[str, float],
        shows: str,
    ) -> None:
        self.share = share  # weight of the platform among records
        self.zh = zh  # Chinese platform
        self.view_rate = view_rate  # views per engaged follower
        self.like_rate = like_rate  # likes per view
        self.comment_rate = comment_rate  # comments per like
        self.share_rate = share_rate  # shares per like
        self.save_rate = save_rate  # saves per like
        self.beta = beta  # reach per follower falls as size ** -beta
        self.sigma = sigma  # post-to-post spread (log scale)
        self.floor = floor  # median non-follower views of a post
        self.post_rate = post_rate  # median posts per day
        self.formats = formats
        self.shows = frozenset(shows.split())


NORMS: dict[str, Norm] = {
    "douyin": Norm(
        0.14,
        True,
        0.60,
        0.040,
        0.05,
        0.12,
        0.10,
        0.15,
        1.00,
        400,
        0.40,
        {"video": 0.83, "image": 0.12, "live": 0.05},
        "likes shares saves",
    ),
    "kuaishou": Norm(
        0.08,
        True,
        0.50,
        0.030,
        0.09,
        0.05,
        0.04,
        0.15,
        0.90,
        300,
        0.60,
        {"video": 0.85, "live": 0.10, "image": 0.05},
        "views likes shares",
    ),
    "rednote": Norm(
        0.13,
        True,
        0.80,
        0.050,
        0.08,
        0.08,
        0.50,
        0.17,
        1.00,
        200,
        0.30,
        {"image": 0.65, "video": 0.35},
        "likes saves shares",
    ),
    "weibo": Norm(
        0.11,
        True,
        0.15,
        0.030,
        0.25,
        0.30,
        0.00,
        0.25,
        0.85,
        30,
        1.00,
        {"text": 0.35, "image": 0.45, "video": 0.20},
        "likes shares",
    ),
    "bilibili": Norm(
        0.08,
        True,
        0.30,
        0.050,
        0.08,
        0.08,
        0.35,
        0.12,
        0.80,
        250,
        0.12,
        {"video": 0.95, "text": 0.03, "live": 0.02},
        "views likes shares saves coins danmaku",
    ),
    "wechat_channels": Norm(
        0.06,
        True,
        1.00,
        0.020,
        0.10,
        0.80,
        0.00,
        0.15,
        0.90,
        200,
        0.40,
        {"video": 0.90, "live": 0.10},
        "likes shares",
    ),
    "instagram": Norm(
        0.16,
        False,
        0.25,
        0.100,
        0.03,
        0.00,
        0.00,
        0.18,
        0.45,
        30,
        0.30,
        {"image": 0.55, "video": 0.45},
        "likes",
    ),
    "tiktok": Norm(
        0.14,
        False,
        0.50,
        0.080,
        0.015,
        0.05,
        0.06,
        0.15,
        1.00,
        250,
        0.50,
        {"video": 0.93, "image": 0.05, "live": 0.02},
        "views likes shares saves",
    ),
    "youtube": Norm(
        0.10,
        False,
        0.15,
        0.035,
        0.06,
        0.00,
        0.00,
        0.12,
        0.70,
        50,
        0.12,
        {"video": 0.95, "live": 0.05},
        "views likes",
    ),
}
PLATFORMS = tuple(NORMS)
VIEW_PLATFORMS = frozenset({"kuaishou", "bilibili", "instagram", "tiktok", "youtube"})
LIVE_TAP = frozenset({"douyin", "kuaishou", "wechat_channels", "tiktok", "bilibili"})
LAUNCH_YEAR = {
    "douyin": 2016,
    "kuaishou": 2013,
    "rednote": 2013,
    "weibo": 2009,
    "bilibili": 2010,
    "wechat_channels": 2020,
    "instagram": 2010,
    "tiktok": 2017,
    "youtube": 2006,
}
# (format -> views multiplier, likes-per-view multiplier, saves multiplier)
FORMAT_EFFECT: dict[str, tuple[float, float, float]] = {
    "video": (1.0, 1.0, 1.0),
    "image": (0.75, 1.2, 1.4),
    "text": (0.6, 0.9, 0.6),
    "live": (0.25, 1.0, 0.0),
    "other": (0.8, 1.0, 1.0),
}
FORMAT_OVERRIDE: dict[tuple[str, str], tuple[float, float, float]] = {
    ("instagram", "image"): (1.0, 1.0, 1.0),
    ("instagram", "video"): (1.8, 0.6, 1.0),
    ("rednote", "image"): (1.0, 1.0, 1.0),
    ("rednote", "video"): (1.1, 0.9, 0.8),
    ("weibo", "image"): (1.0, 1.0, 1.0),
    ("weibo", "video"): (1.3, 0.9, 1.0),
    ("weibo", "text"): (0.8, 0.9, 1.0),
    ("bilibili", "text"): (0.15, 1.3, 1.2),
}

TIERS: dict[str, tuple[float, float]] = {
    "tiny": (150, 2_000),
    "nano": (2_000, 10_000),
    "micro": (10_000, 100_000),
    "mid": (100_000, 1_000_000),
    "macro": (1_000_000, 10_000_000),
    "mega": (10_000_000, 90_000_000),
}
BASE_TIERS = {"tiny": 0.08, "nano": 0.24, "micro": 0.32, "mid": 0.23, "macro": 0.10, "mega": 0.03}
VERIFIED_BY_TIER = {
    "tiny": 0.0,
    "nano": 0.02,
    "micro": 0.08,
    "mid": 0.3,
    "macro": 0.7,
    "mega": 0.95,
}

CATEGORY_WEIGHTS: dict[str, float] = {
    "beauty": 9,
    "fashion": 8,
    "food": 10,
    "travel": 7,
    "tech": 6,
    "fitness": 5,
    "parenting": 5,
    "finance": 4,
    "education": 5,
    "pets": 5,
    "gaming": 6,
    "lifestyle": 10,
    "comedy": 7,
    "music": 4,
    "health": 3,
    "auto": 3,
}
CATEGORY_BOOST: dict[str, dict[str, float]] = {
    "rednote": {"beauty": 2.0, "fashion": 2.0, "travel": 1.5, "parenting": 1.5},
    "bilibili": {"gaming": 3.0, "tech": 2.0, "education": 2.0, "music": 1.5},
    "kuaishou": {"food": 1.5, "comedy": 2.0, "auto": 2.0, "lifestyle": 1.5},
    "wechat_channels": {"finance": 2.5, "health": 3.0, "education": 1.5},
    "youtube": {"tech": 2.5, "gaming": 2.5, "education": 1.5, "music": 1.5},
    "weibo": {"comedy": 1.5, "lifestyle": 1.3},
}
# category -> (likes, comments, shares, saves) multipliers on the platform norm
CATEGORY_EFFECT: dict[str, tuple[float, float, float, float]] = {
    "beauty": (1.0, 1.3, 0.7, 1.2),
    "fashion": (1.1, 1.0, 0.7, 1.3),
    "food": (1.0, 1.0, 1.1, 1.5),
    "travel": (1.1, 0.9, 1.2, 1.7),
    "tech": (0.8, 1.4, 0.9, 1.2),
    "fitness": (1.0, 1.0, 1.0, 1.6),
    "parenting": (0.9, 1.3, 1.2, 1.3),
    "finance": (0.6, 1.4, 1.3, 1.8),
    "education": (0.7, 1.2, 1.3, 2.2),
    "pets": (1.4, 1.0, 1.2, 0.6),
    "gaming": (1.0, 1.3, 0.9, 0.8),
    "lifestyle": (1.0, 1.0, 1.0, 1.0),
    "comedy": (1.3, 0.9, 1.8, 0.5),
    "music": (1.1, 0.9, 1.0, 0.9),
    "health": (0.6, 1.3, 1.5, 1.9),
    "auto": (0.8, 1.3, 0.9, 1.0),
}

# ---------------------------------------------------------------------------------------
# Text pools.  Placeholders: {t} topic, {c} city, {n} number, {name} a friend's handle,
# {idol} the celebrity, {work} a work title, {b} a brand, {x} an aspect.
# ---------------------------------------------------------------------------------------


def _p(text: str) -> tuple[str, ...]:
    """Split a '|'-separated pool ('¦' inside an item stands for a literal '|')."""
    return tuple(t.replace("¦", "|") for t in text.split("|"))


# category -> (zh topics, en topics, zh questions, en questions, zh remarks, en remarks)
CAT_TEXT: dict[str, tuple[tuple[str, ...], ...]] = {
    "beauty": (
        _p("粉底液|口红|眼影盘|底妆|防晒|卸妆膏|腮红|眉笔|素颜霜|妆前乳|遮瑕|精华"),
        _p(
            "foundation|lip combo|eyeshadow palette|base|sunscreen|skincare routine|blush"
            "|brows|concealer|serum|lip oil|setting spray"
        ),
        _p(
            "这个色号叫什么呀|黄皮能用吗|油皮会不会斑驳|混油皮适合吗|敏感肌可以用吗|持妆多久呀"
            "|求{t}链接|多少钱入的|学生党有平替吗|干皮会卡粉吗"
        ),
        _p(
            "what shade is this?|does it work on oily skin?|is it ok for sensitive skin?"
            "|how long does it last?|link to the {t} pls|is there a dupe for this?"
            "|what primer are you using?|does it oxidize?"
        ),
        _p(
            "{t}真的绝了|今天就去试试这个{t}|我用的也是这个，确实好用|跟着画了一遍 手残党也能学会"
            "|这个{t}我回购三次了|黄黑皮表示很心动|上脸比试色好看|这个{t}我踩雷了 闷痘"
        ),
        _p(
            "this {t} is so pretty|just ordered it omg|been using this for months, holy grail"
            "|tried it today and it actually worked|the {t} looks amazing on you"
            "|your skin is glowing|this broke me out tho|need this {t} in my life"
        ),
    ),
    "fashion": (
        _p("这条裙子|外套|阔腿裤|小白鞋|针织衫|包包|风衣|牛仔裤|卫衣|穿搭"),
        _p("dress|jacket|trousers|sneakers|knit|bag|trench|jeans|hoodie|fit"),
        _p(
            "身高体重多少呀|{t}是哪家的|小个子能穿吗|梨形身材可以吗|求{t}链接|会起球吗|尺码偏大吗"
            "|微胖能驾驭吗|这个颜色还有别的吗"
        ),
        _p(
            "where is the {t} from?|what size are you wearing?|is it true to size?"
            "|does it come in other colors?|link to the {t}??|is the {t} see-through?"
            "|how tall are you?"
        ),
        _p(
            "这套{t}好显瘦|同款{t}已下单|这个配色好高级|被种草了|我也有这件 但穿不出这个效果"
            "|好有氛围感|秋冬就该这么穿|{t}好适合你"
        ),
        _p(
            "obsessed with this {t}|the {t} is everything|need this whole outfit"
            "|the colors go so well together|I have the same {t} lol|this fit is so clean"
        ),
    ),
    "food": (
        _p("红烧肉|火锅|螺蛳粉|蛋糕|烤鱼|小龙虾|糖醋排骨|牛肉面|奶茶|早餐|减脂餐|凉皮"),
        _p(
            "pasta|ramen|cake|tacos|sourdough|curry|dumplings|brunch|smash burger|pho"
            "|cookies|noodles"
        ),
        _p(
            "这家店在哪呀|人均多少|{c}的吗|做法能详细说说吗|空气炸锅可以做吗|要放糖吗|腌多久"
            "|排队久吗|这个酱料哪里买|可以外卖吗"
        ),
        _p(
            "where is this place?|recipe please!!|can I use an air fryer?|how long do you "
            "bake it?|is it spicy?|what oil do you use?|can I freeze it?|price?"
        ),
        _p(
            "看饿了|明天就去吃|这个{t}看着就好吃|我上周刚去过 确实好吃|照着做了 家人都说好吃"
            "|口水流下来了"
            "|深夜看这个太罪恶了|{c}人表示必须去|上次去踩雷了"
        ),
        _p(
            "this looks so good|making this tonight|I need this {t} right now|went there "
            "last week, so good|made it and my family loved it|my mouth is watering"
            "|why did I watch this hungry|tried it, way too salty for me"
        ),
    ),
    "travel": (
        _p("大理|洱海|川西|新疆|三亚|西湖|长白山|稻城亚丁|厦门|青海湖|重庆|日本"),
        _p("Bali|Iceland|Kyoto|Santorini|the Alps|Lisbon|Banff|Amalfi|Tokyo|Patagonia"),
        _p(
            "这是哪里呀|人多吗|门票多少|几月去最好|住的哪家民宿|自驾还是跟团|{t}现在冷吗"
            "|要提前预约吗"
            "|求攻略|拍照用的什么相机"
        ),
        _p(
            "where is this?|how crowded was it?|best time to go?|where did you stay?"
            "|is it expensive?|how many days do you need?|what camera do you use?"
        ),
        _p(
            "收藏了下次去|{t}真的美|去年去过 确实很出片|好想去{t}|这个滤镜好舒服|风景绝了"
            "|今年一定要去一次|求同款路线"
        ),
        _p(
            "adding this to my list|{t} is unreal|went last year, still dreaming about it"
            "|this view 😭|I need a vacation|saving this for later|the colors!!"
        ),
    ),
    "tech": (
        _p("手机|耳机|笔记本|平板|相机|充电宝|键盘|显示器|折叠屏|智能手表"),
        _p("phone|earbuds|laptop|tablet|camera|keyboard|monitor|smartwatch|charger|build"),
        _p(
            "续航怎么样|发热严重吗|和{t}比哪个好|多少钱入手的|值得升级吗|系统流畅吗|信号怎么样"
            "|有没有优惠|打游戏掉帧吗"
        ),
        _p(
            "how's the battery life?|does it overheat?|worth upgrading from last year's?"
            "|how much did you pay?|is it better than the {t}?|any issues with the screen?"
        ),
        _p(
            "等一个详细测评|刚入了 很满意|我的{t}用了三年还行|讲得很清楚|终于有人说实话了"
            "|这个价位确实能打|已经被种草|{t}这代提升不大"
        ),
        _p(
            "great review, very clear|just bought one, loving it|my {t} is 3 years old and "
            "still fine|finally an honest review|waiting for the long-term review"
        ),
    ),
    "fitness": (
        _p("帕梅拉|跑步|深蹲|瑜伽|减脂|增肌|普拉提|跳绳|马甲线|体态"),
        _p("workout|leg day|pilates|running|yoga|cardio|abs|glutes|mobility|deadlift"),
        _p("坚持多久了|膝盖不好能练吗|饮食怎么安排的|一周练几次|新手能跟吗|每天多久|会不会练粗腿"),
        _p(
            "how many times a week?|good for beginners?|what do you eat in a day?"
            "|does this hurt knees?|how long until results?|sets and reps?"
        ),
        _p("跟练第{n}天打卡|练完腿在抖|今天也坚持了|终于瘦了{n}斤|这个动作好有效|姿势学到了"),
        _p(
            "day {n} done 💪|my legs are shaking|this actually works|down {n} lbs so far"
            "|trying this tomorrow|form tips are so helpful"
        ),
    ),
    "parenting": (
        _p("辅食|绘本|早教|睡眠|断奶|幼儿园|湿疹|玩具|亲子游|作业"),
        _p(
            "toddler meals|bedtime routine|sleep training|baby food|potty training"
            "|school run|playroom|books for kids"
        ),
        _p("宝宝多大了|求推荐{t}|我家也这样怎么办|几个月可以吃|在哪买的|男宝适合吗"),
        _p(
            "how old is your little one?|where did you get that?|any tips for a 2 year "
            "old?|what age did you start?|which brand is this?"
        ),
        _p("我家娃也是这样|太真实了|当妈以后才懂|学到了 今晚试试|{t}这个方法有用|看哭了"),
        _p(
            "this is so my toddler|saving this for later|we tried this and it worked"
            "|motherhood is wild|crying at this 😭|needed this today"
        ),
    ),
    "finance": (
        _p("基金|定投|存钱|理财|房贷|保险|养老金|股票|存款利率|记账"),
        _p(
            "index funds|budget|savings|mortgage|401k|investing|credit score|side hustle"
            "|emergency fund|taxes"
        ),
        _p("现在还能上车吗|新手怎么开始|{t}怎么选|利率还会降吗|每月存多少合适|有风险吗"),
        _p(
            "how do I start?|is it too late to invest?|what app do you use?|what about "
            "taxes?|how much should I save?|is this good for beginners?"
        ),
        _p("讲得很清楚|终于搞懂了{t}|存钱第{n}个月打卡|收藏慢慢看|观点很理性|这期很实用"),
        _p(
            "clear explanation, thank you|finally understand {t}|month {n} of budgeting"
            "|this is so practical|wish I knew this at 20"
        ),
    ),
    "education": (
        _p("考研|英语|雅思|四六级|数学|公考|PPT|Excel|论文|单词"),
        _p(
            "study tips|SAT|IELTS|calculus|note taking|essay writing|Excel|coding"
            "|language learning|exam prep"
        ),
        _p("第{n}题没看懂|有配套资料吗|零基础能学吗|求{t}资料|多久能学会|老师讲的是哪本书"),
        _p(
            "do you have notes for this?|is this good for beginners?|what book is this "
            "from?|how long did it take you?|can you explain step {n}?"
        ),
        _p("考研党码住|老师讲得太清楚了|收藏了慢慢学|终于懂了|{t}救星|跟着学了一周 有进步"),
        _p(
            "this helped so much|finally makes sense|saving for exam season|better than my "
            "teacher lol|needed this before my exam"
        ),
    ),
    "pets": (
        _p("猫猫|狗狗|布偶|柯基|橘猫|金毛|仓鼠|柴犬|猫粮|驱虫"),
        _p("cat|pup|corgi|golden|kitten|puppy|bunny|hamster|cat food|vet visit"),
        _p("什么品种呀|几个月了|吃的什么粮|掉毛严重吗|在哪领养的|会不会拆家"),
        _p(
            "what breed?|how old is he?|what food do you use?|does he shed a lot?"
            "|where did you adopt?"
        ),
        _p("猫猫好可爱|想rua|我家狗子也这样|好乖啊|这眼神笑死|云吸猫|羡慕了"),
        _p(
            "I love him|so precious|my dog does the exact same thing|the little paws 😭"
            "|protect at all costs|that face lol"
        ),
    ),
    "gaming": (
        _p("王者|原神|LOL|吃鸡|黑神话|金铲铲|蛋仔|我的世界|崩铁|CS"),
        _p("Elden Ring|Valorant|Minecraft|Fortnite|Zelda|Apex|League|Genshin|CS2|Baldur's Gate"),
        _p("什么段位|求配装|版本更新后还能用吗|这个操作怎么练|键位怎么设置|几号位"),
        _p(
            "what rank are you?|build?|does this still work after the patch?|settings?"
            "|how long did that take?"
        ),
        _p("这操作太秀了|学到了|{t}玩家狂喜|笑死 最后那下|菜鸡表示看不懂|这波可以"),
        _p(
            "that play was insane|clean|the ending lol|how are you this good|this "
            "patch is so broken|nice clutch"
        ),
    ),
    "lifestyle": (
        _p("独居|租房改造|周末|早八|vlog|好物|收纳|日常|咖啡|读书"),
        _p(
            "morning routine|apartment|weekend|vlog|reset day|coffee|reading|home decor"
            "|routine|day in my life"
        ),
        _p("窗帘在哪买的|这个杯子求链接|房租多少|在哪个城市|几点起床|用的什么剪辑软件"),
        _p(
            "where is the lamp from?|what camera do you film with?|what city is this?"
            "|where's your mug from?|what's the song?"
        ),
        _p("好治愈|这才是生活|看完心情变好了|我也想过这样的日子|好温馨|{t}太有感觉了"),
        _p(
            "so calming|this is the vibe|I want this life|love your space|cozy"
            "|this made my day better"
        ),
    ),
    "comedy": (
        _p("段子|反转|打工人|情侣|室友|家长|老板|相亲|方言|模仿"),
        _p("skit|prank|roommate|work meeting|dating|parents|impression|POV|the boss|group chat"),
        _p("第二个是谁演的|背景音乐叫什么|还有续集吗|是真的吗"),
        _p("who plays the second guy?|what's the song?|part 2??|is this real?"),
        _p("笑死我了|最后那个眼神|太真实了|我笑到邻居敲门|这不就是我|反转绝了|循环十遍"),
        _p(
            "I'm crying 😂|the ending got me|this is literally me|why is this so accurate"
            "|watched it 10 times|the face at the end"
        ),
    ),
    "music": (
        _p("翻唱|原创|吉他|钢琴|live|新歌|伴奏|和声|现场|demo"),
        _p("cover|original|guitar|piano|live version|new song|harmony|acoustic|demo"),
        _p("求伴奏|歌名叫什么|什么时候出完整版|吉他是什么牌子|是原调吗"),
        _p(
            "what's the song called?|full version please|is this on spotify?"
            "|what guitar is that?|original key?"
        ),
        _p("单曲循环了|声音好好听|起鸡皮疙瘩了|这个{t}绝了|比原唱还好听|哭了"),
        _p(
            "on repeat|chills|your voice is unreal|better than the original|this {t} is "
            "beautiful|need the full version"
        ),
    ),
    "health": (
        _p("高血压|失眠|颈椎|胃病|体检|过敏|甲状腺|血糖|护肝|睡眠"),
        _p(
            "sleep|blood pressure|gut health|back pain|anxiety|nutrition|thyroid"
            "|checkups|migraines|vitamin D"
        ),
        _p("医生我想问一下{t}怎么办|这种情况要去医院吗|吃什么药好|多久复查一次|孕期可以吗"),
        _p(
            "is this normal?|should I see a doctor for this?|what about during pregnancy?"
            "|how often should I get checked?"
        ),
        _p("说得很专业|转给爸妈看了|涨知识了|原来是这样|我也有这个问题|感谢科普"),
        _p(
            "sending this to my mom|very informative|I had no idea|this explains a lot"
            "|thank you doctor"
        ),
    ),
    "auto": (
        _p("新能源|油耗|保养|试驾|二手车|SUV|轮胎|提车|充电桩|续航"),
        _p("EV|test drive|mpg|maintenance|used car|SUV|tires|charging|range|road trip"),
        _p("油耗多少|落地价多少|保养贵吗|冬天续航打几折|提车多久了|值不值得买"),
        _p(
            "what's the real range?|how much did you pay?|how's the maintenance?"
            "|worth it over the hybrid?"
        ),
        _p("讲得很实在|刚提了同款|{t}确实香|等等党继续等|这价格可以冲|开了三年没毛病"),
        _p(
            "honest review, thanks|just picked one up|mine has 50k miles no issues"
            "|waiting for the price to drop|that range is impressive"
        ),
    ),
}

ZH_REACT = _p(
    "笑死|救命|绝了|太好看了吧|好喜欢|爱了爱了|好绝|天呐|我哭死|破防了|太真实了|有被笑到"
    "|这也太可爱了|好家伙|666|牛|yyds|awsl|好好好|可以可以|真不错|学到了|码住|马住"
    "|收藏了"
    "|蹲|支持|好看|厉害了|太强了|羡慕|我也想要|好美|好治愈|好有氛围感|太会了|磕到了"
    "|上头了"
    "|离谱|真的假的|啊这|确实|有道理|我悟了|好耶|冲|狠狠心动了|谁懂啊|泪目|好酷|绝绝子"
)
EN_REACT = _p(
    "omg|love this|so good|yesss|obsessed|need|lol|facts|this is it|wow|stunning"
    "|so cute|amazing|iconic|slay|no way|literally me|so true|beautiful|yum|wait what"
    "|this is so cool|I'm screaming|big mood|perfect|chef's kiss|love love love|ok wow"
    "|ate|the vibes|so pretty|crying|real|same|goals|insane|clean"
)
ZH_BANTER = _p(
    "前排|来晚了|第一次刷到你|从{n}万粉就关注了|今天也在等更新|终于更新了|又来了"
    "|每天都来看"
    "|关注很久了|催更|刷到好几次了|看了三遍|睡不着来看看|上班摸鱼看|评论区好热闹"
    "|评论区人才好多"
    "|已转发给闺蜜|已分享给家人|推荐给室友了|这是我能免费看的吗|老粉来了"
    "|下一期什么时候"
)
EN_BANTER = _p(
    "early!|been here since {n}k|finally a new video|watching at 2am|who's here "
    "in 2025|this popped up on my fyp|the algorithm brought me here|sent this to "
    "my sister|watched this 3 times|comment for the algorithm|first time seeing "
    "you, instant follow|when's the next one?"
)
ZH_ANEC_WHO = _p("我妈|我爸|我家猫|我男朋友|我老公|我室友|我同事|我闺蜜|我们老板|我家娃|我奶奶")
ZH_ANEC = _p(
    "我之前也{v}过，{res}|{who}也是这样|{who}看了说想要|跟我{when}一模一样|{who}天天这样"
    "|前几天刚{v}，{res}|我在{c}也{v}过，{res}"
)
ZH_ANEC_V = _p("买|试|去|做|用|学|踩坑")
ZH_ANEC_RES = _p(
    "确实不错|后悔死了|还挺值的|一般般吧|真的绝|差点翻车|现在还在用|再也不想了|没想到挺好"
)
ZH_ANEC_WHEN = _p("上周|昨天|小时候|大学时|刚工作那会儿|去年")
EN_ANEC = _p(
    "my {who} does this every day|tried this last week and {res}|showed my {who} and "
    "they want one|this happened to me in {c}|literally me {when}|my {who} says hi lol"
)
EN_ANEC_WHO = _p("mom|dad|cat|boyfriend|husband|roommate|coworker|bestie|sister|kid")
EN_ANEC_RES = _p("loved it|it was a disaster|worth it|meh|it actually worked|never again")
EN_ANEC_WHEN = _p("yesterday|last summer|in college|every monday|at my old job")
ZH_MENTION = _p(
    "@{name} 快看|@{name} 这不就是你|@{name} 我们也去|@{name} 下次试试|@{name} 想要"
    "|@{name} 救命哈哈哈|@{name} 你要的|@{name} 周末安排"
)
EN_MENTION = _p(
    "@{name} look!!|@{name} this is us|@{name} we need to go|@{name} lol|@{name} "
    "omg|@{name} for you|@{name} next weekend?"
)
ZH_SPEC = _p("博主{f}好{a}|{f}也太{a}了吧|喜欢这期的{f}|这次的{f}好用心|{f}越来越{a}了")
ZH_SPEC_F = _p("剪辑|配乐|文案|滤镜|构图|声音|讲解|穿搭|表情|节奏")
ZH_SPEC_A = _p("舒服|绝|好看|高级|清楚|温柔|有趣|治愈|专业")
EN_SPEC = _p(
    "the {f} in this is {a}|love the {f}|your {f} keeps getting better|the {f} tho|{f} on point"
)
EN_SPEC_F = _p("editing|music|lighting|colors|voice|pacing|framing|transitions")
EN_SPEC_A = _p("so good|perfect|unreal|so clean|amazing")
ZH_LONG = _p(
    "我是做{job}的，{t}这块确实{s}，补充一点：{y}|请问{t}这种情况，{q}|"
    "看了好几期了，{t}讲得比很多付费课都清楚，想问下{q}|"
    "这个观点部分同意，不过实际操作中{t}{s}，{y}|"
    "之前一直搞不懂{t}，看完清楚多了，{y}"
)
ZH_LONG_JOB = _p("医生|律师|老师|会计|设计|程序员|销售|护士|HR|财务")
ZH_LONG_S = _p("容易被忽略|坑挺多的|因人而异|没那么简单|变化很快")
ZH_LONG_Y = _p(
    "还要看个人情况|建议先咨询专业的人|最好留好凭证|可以先小范围试试|别盲目跟风|记得定期复查"
)
ZH_LONG_Q = _p("需要准备什么材料|多久能看到效果|有没有推荐的书|新手从哪一步开始|费用大概多少")
EN_LONG = _p(
    "I work in {job} and {t} really is {s}. one thing to add: {y}|quick question "
    "about {t}: {q}|been following for a while, your {t} videos are clearer than "
    "paid courses. {q}|partly agree, but in practice {t} is {s}. {y}|never "
    "understood {t} until now. {y}"
)
EN_LONG_JOB = _p("healthcare|law|teaching|accounting|design|software|sales|nursing|HR")
EN_LONG_S = _p("often overlooked|full of traps|very case by case|not that simple|changing fast")
EN_LONG_Y = _p(
    "depends on the person though|talk to a professional first|keep your "
    "receipts|start small|don't just follow trends|get checked regularly"
)
EN_LONG_Q = _p(
    "what do I need to prepare?|how long until it works?|any book you "
    "recommend?|where should a beginner start?|roughly how much does it cost?"
)
ZH_CITY = _p(
    "成都|重庆|上海|北京|杭州|广州|深圳|长沙|西安|武汉|大理|厦门|南京|苏州|青岛|昆明"
    "|哈尔滨|三亚"
    "|天津|郑州|合肥|沈阳|济南|福州"
)
EN_CITY = _p(
    "NYC|LA|London|Toronto|Sydney|Tokyo|Paris|Bali|Chicago|Seattle|Austin|Miami"
    "|Berlin|Manila|Lagos|Dubai|Melbourne|Vancouver"
)

ZH_EMOJI_PLATFORM: dict[str, tuple[str, ...]] = {
    "douyin": _p("[捂脸]|[赞]|[比心]|[玫瑰]|[666]|[呲牙]|[流泪]|[笑哭]|[送心]|[灵机一动]"),
    "kuaishou": _p("[捂脸]|[奸笑]|[玫瑰]|[赞]|[666]|[鼓掌]|[爱心]|[抱抱]"),
    "rednote": _p("[笑哭R]|[哭惹R]|[赞R]|[派对R]|[萌萌哒R]|[害羞R]|[doge]|[飞吻R]|[偷笑R]"),
    "weibo": _p("[doge]|[允悲]|[二哈]|[心]|[good]|[笑cry]|[跪了]|[哆啦A梦害怕]|[抱一抱]"),
    "bilibili": _p("[doge]|[笑哭]|[妙啊]|[打call]|[支持]|[吃瓜]|[藏狐]|[星星眼]|[脱单doge]"),
    "wechat_channels": _p("[强]|[玫瑰]|[抱拳]|[微笑]|[偷笑]|[捂脸]|[愉快]|[爱心]|[鼓掌]"),
}
ZH_PREFIX = _p("啊啊|天哪|真的|姐妹们|宝子们|救命|我去|哇|诶|笑死|说真的|不是|家人们|啊啊啊|呜呜")
ZH_SUFFIX = _p("！|～|哈哈哈|呀|啊|吧|！！|。|诶|hh|嘿嘿|hhh|啦|嘛|呢|！！！|…")
EN_PREFIX = _p("omg|ok but|wait|honestly|ngl|lowkey|girl|bro|yo|aww|ok|not gonna lie,|literally")
EN_SUFFIX = _p("lol|haha|!!|🙏|tbh|fr|😭|...|!!!|lmao|ha|?!|, love it")
UNI_EMOJI = _p("😂|😭|👍|❤️|😍|🥺|🤣|😅|🙏|✨|🔥|💯|😆|🥰|👀|💕|🌹|🤩|😊|👏|💪|🙌|😳|🤔")

# Generic low-effort texts (used by genuine fans, natural bots and bought comments alike).
ZH_GENERIC = _p(
    "好看|支持|赞|太棒了|666|不错不错|真好|加油|漂亮|关注了|好作品|给力|顶|支持一下"
    "|优秀"
    "|好美啊|学习了|厉害|真棒|好好|美美哒|很棒|棒棒哒|点赞|不错|好|已关注|很好看"
)
EN_GENERIC = _p(
    "Nice|Great post|Awesome!|Love it|Amazing|Beautiful|Cool|Wow|Nice pic"
    "|Great content|Perfect|So nice|Good job|Lovely|Great|Nice one|Super"
    "|Gorgeous|Well done|Fantastic"
)
CHANNELS_GENERIC = _p(
    "早上好|说得对|受益匪浅|转发了|好|真好|有道理|学习了|点赞|感谢分享|支持"
    "|讲得好"
    "|收藏了|天天开心|问好|晚上好|平安喜乐"
)
KS_GENERIC = _p(
    "老铁666|双击|支持老铁|主播辛苦了|来了老铁|家人们|支持支持|必须支持|老铁没毛病|关注了老铁"
)
BILI_GENERIC = _p("前排|来了来了|三连了|下次一定|up主辛苦了|awsl|泪目|爷青回|已三连|催更|火钳刘明")

ZH_FAN = _p(
    "{idol}好帅|{idol}今天也好美|姐姐杀我|哥哥注意身体|永远支持{idol}|啊啊啊啊{idol}"
    "|期待新剧|什么时候来{c}开演唱会|这个造型绝了|好想见你一面|{idol}笑起来好甜|新歌已循环"
    "|《{work}》太好看了|粉了{n}年了|{idol}多吃点|今天也是爱{idol}的一天|神颜|宝宝辛苦了"
)
EN_FAN = _p(
    "{idol} you're the best|queen 👑|the visuals!!|can't wait for the tour|come to "
    "{c} pls|ily {idol}|legend|iconic|protect {idol} at all costs|{work} was so "
    "good|been a fan for {n} years|mother|the outfit!!|we love you"
)
ZH_CONTROL = _p(
    "{idol}《{work}》热播中，演技炸裂，期待更多好作品！"
    "|认真工作的{idol}最帅，《{work}》已追！"
    "|好演员{idol}，实力派，未来可期！|{idol}新歌《{work}》全网上线，好听到单曲循环～"
    "|支持{idol}，一起见证更好的{idol}！|{idol}工作辛苦了，注意休息，我们一直都在"
)
EN_CONTROL = _p(
    "Stream {work} by {idol} on all platforms!|{idol} deserves all the awards "
    "for {work}|Proud of {idol} always 💜|{work} out now, go support {idol}!"
)
IDOL_ZH = _p("小宇|一博|子涵|思思|景瑜|晓晴|嘉禾|星辰|雨桐|浩然|若曦|明远")
IDOL_EN = _p("Mia|Jay|Ava|Leo|Nova|Kai|Zoe|Eli|Rae|Max")
WORK_ZH = _p("星河|长夜|微光|山海|南风|人间烟火|晚星|归途|白夜|春日信")
WORK_EN = _p("Midnight|Golden Hour|Neon Skies|Echoes|Wildflower|Afterglow|Tides")

ZH_BRAND_Q = _p(
    "什么时候补货啊|客服一直不回消息|买了三次了 真的好用|有没有优惠券"
    "|上次买的漏了怎么办"
    "|新品什么时候上|价格能不能再美丽一点|直播间什么时候开|包装好好看|能不能出个小样"
    "|已下单 期待|质量越来越差了|期待联名|发货太慢了|这个和旧款有什么区别"
)
EN_BRAND_Q = _p(
    "when is this restocking?|customer service isn't answering my emails"
    "|bought this 3 times, love it|any discount codes?|my order hasn't arrived"
    "|please bring back the old formula|need this in more colors|ordered!"
    "|is this vegan?|ship to {c}?|what's the difference from the old one?"
)
ZH_BRAND_REPLY = _p(
    "亲亲，已私信您处理哦～|感谢支持！|宝子可以留意直播间哦|收到建议啦"
    "|已经反馈给相关同事啦"
    "|抱歉给您带来不好的体验，请私信我们|很快就会补货哦|爱你哟～"
)
EN_BRAND_REPLY = _p(
    "Hi! Please DM us your order number 💛|Thank you so much!|Restock "
    "coming soon 👀|So sorry, please reach out to our support team|Noted, "
    "thanks for the feedback!|Yes we ship there!"
)
ZH_LIVE = _p(
    "几号链接|已拍|拍了|还有货吗|主播身高体重|{n}号链接多少钱|能便宜点吗|上链接|1|想要"
    "|已下单"
    "|怎么没有优惠券|主播辛苦了|回放在哪|什么时候发货|这个颜色还有吗|拍了两件|求讲解{n}号"
    "|好看|来了"
)
EN_LIVE = _p(
    "link?|how much?|bought!|do you ship to {c}?|size?|restock pls|just ordered"
    "|is the {n} still available?|hi from {c}!|love this one"
)
ZH_LIVE_CHAT = _p(
    "来了来了|主播好|晚上好|哈哈哈哈|好听|[玫瑰][玫瑰]|今天播多久|从{c}来的"
    "|刚来 错过了什么"
    "|主播加油|点赞点赞|还记得我吗|第一次来|唱一首{work}|下播早点休息|666|回放有吗"
)
EN_LIVE_CHAT = _p(
    "hiii|hello from {c}!|just joined|❤️❤️|what did I miss|you're so funny"
    "|how long are you live?|first time here|love this|lol|🔥🔥|shoutout pls"
)
ZH_GIVEAWAY = _p(
    "抽我抽我|好运来|锦鲤附体|想要！！|许愿中奖|万一呢|@{name} @{name}|求中|冲冲冲"
    "|蹲一个好运|转发了 求中|许愿|一直没中过 这次一定|想要 @{name}"
)
EN_GIVEAWAY = _p(
    "@{name} @{name}|Entered! 🤞|would love to win 🙏|done ✅ @{name}"
    "|fingers crossed!!|amazing giveaway 😍 @{name}|pick me pls|entered, "
    "shared to story"
)
ZH_BAIT = _p("1|扣1|求|已关注 求资料|dd|求求了|已三连 求分享|想要|蹲|求发|已关注")
EN_BAIT = _p("1|me!|want|please send|GUIDE|yes please|interested|following, please send")

ZH_REPLY = _p(
    "谢谢宝子|哈哈哈是的|在{c}哦|下期安排|可以的|链接在橱窗|会的会的|嘿嘿|感谢支持|对的"
    "|是的呢|抱抱|{t}是自用的|我也觉得|哈哈哈哈哈|好哒|明天更"
)
EN_REPLY = _p(
    "thank you!!|haha yes|link in bio!|it's from {b}|next week!|🙏❤️|right??"
    "|glad it helped|thanks so much|lol yes|it took {n} hours|love you guys"
)

AI_ZH_OPEN = _p(
    "看完真的很有收获！|这条内容太用心了！|每次看博主的分享都很有启发，"
    "|真的很喜欢这种分享方式，"
    "|作为一个长期关注{t}的人，|内容质量一如既往地高！|非常实用的一期！"
)
AI_ZH_BODY = _p(
    "博主对{t}的讲解非常细致|把{t}讲得清晰又透彻|{t}这部分的思路很有启发"
    "|对{t}的理解很独到"
    "|把{t}的每个细节都考虑到了|{t}的分享既专业又接地气"
)
AI_ZH_DETAIL = _p(
    "，尤其是关于{x}的部分，|，特别是{x}这一点，|，其中提到的{x}让我印象深刻，"
    "|，{x}的建议非常实用，|，"
)
AI_ZH_CLOSE = _p(
    "期待更多优质内容！|已收藏，慢慢学习～|感谢分享，支持博主！"
    "|希望博主继续保持这样的高质量更新💪"
    "|受益匪浅，已关注！|真的帮了大忙，感谢✨|干货满满，值得反复观看！"
)
AI_ZH_X = _p("细节处理|实际操作|新手建议|避坑指南|前后对比|整体思路|个人体验|注意事项")
AI_EN_OPEN = _p(
    "What a fantastic post!|This is such a thoughtful take!|Absolutely love "
    "this content!|Wow, this is incredibly helpful!|Such a well-crafted post!"
    "|This really resonates with me!|Another amazing share!"
)
AI_EN_BODY = _p(
    " Your breakdown of {t} is so clear and insightful| The way you approach "
    "{t} is truly inspiring| I really appreciate how you explain {t}| Your "
    "perspective on {t} is so refreshing| You always make {t} feel so "
    "approachable"
)
AI_EN_DETAIL = _p(
    ", especially the part about {x}.|, particularly the {x}.|. The {x} "
    "really stood out to me.|.|, and the {x} is spot on."
)
AI_EN_CLOSE = _p(
    " Keep up the amazing work! 🙌| Thanks for sharing such valuable "
    "insights!| Can't wait to see more! ✨| This is exactly what I needed "
    "today.| Truly inspiring content! 💯| Saving this for later!"
)
AI_EN_X = _p(
    "attention to detail|practical tips|beginner advice|before and after"
    "|overall approach|personal experience|key takeaways|little details"
)

ZH_POD = _p(
    "来啦来啦|支持支持|赞赞赞|已赞 互关一下|好看已关注|宝子回访|已三连求回|姐妹冲"
    "|来了来了 好棒"
    "|互助互助|已赞已藏|好用心|好棒呀 已关注|来支持啦|冲冲冲|回赞啦|已赞 求回"
    "|每天打卡支持"
)
EN_POD = _p(
    "Love this!! 🙌|Such a vibe ✨|Obsessed with this 😍|Great tips, thanks for "
    "sharing!|Gorgeous shot 🔥|Yes!! So true 👏|Saving this!|This is everything 💕"
    "|So inspiring!|Love this so much|Great content as always 🙌|Stunning 😍"
    "|Amazing as always!|This is so good!|Beautiful feed ✨"
)

ZH_LURE_3P = _p(
    "主页有惊喜哦|看我头像 有你想要的|想要资源的滴滴|同城交友看主页|兼职日结，看简介"
    "|私我领取福利|需要{t}资料的扣我|{vx}{num}|{vx}：{num} 备注来意"
    "|➕{vx} {num} 拉你进群"
    "|资源在主页置顶|姐妹们看我主页，免费领|我这有全套，找我|点我头像 你懂的"
    "|宝子 看我最新笔记"
    "|有需要的来{vx}|副业搞钱看主页"
)
EN_LURE_3P = _p(
    "DM me 💌|check my bio for the link|promote it on @{promo}|I made ${n},000 "
    "this week thanks to @{promo}|Send your pics to @{promo} ⭐|hey dear, check "
    "your DM 💕|🔞 in my bio|want more followers? check @{promo}|giving away "
    "free {t}, check my page|crypto changed my life, ask @{promo}"
)
ZH_LURE_PUPPET = _p(
    "求资料|怎么领取|已私|求带|已关注 求发|加了，很靠谱|领到了 谢谢老师"
    "|刚加上 回复很快"
    "|真的有用！|{vx}多少|求个联系方式|已加 通过一下|怎么加群|还有名额吗"
    "|已私 求通过"
    "|跟着做了一个月 回本了"
)
ZH_LURE_REPLY = _p("已私信|看主页置顶哦|滴滴我|已发～|名额不多了 抓紧|私信发你了|看简介|{vx}{num}")
EN_LURE_PUPPET = _p(
    "how do I join?|DM sent!|just joined, legit 🙌|where's the link?|this "
    "actually works|sent you a message|is it still open?|got my first "
    "payout!|how much to start?"
)
EN_LURE_REPLY = _p(
    "check your DMs 💌|link in bio!|DM me 'START'|sent!|spots are limited|message me on {vx}"
)
VX_FORMS = _p("V|v|薇|威|卫星|vx|VX|wx|绿泡泡|🛰|V❤|➕V|🐧|扣扣|q|绿色软件|微")
EN_VX = _p("telegram|WhatsApp|tele|TG|insta DM|the app with the green icon")
LURE_NAMES = _p("资源分享|副业搞钱|兼职日结|同城|学姐资料库|福利")
PROMO_NAMES = _p(
    "growth.hub|promo_daily|viral.boost|starfeature|glowup.agency"
    "|earnwith.sarah|crypto_mentor|featurepage_"
)
BIO_REAL_ZH = _p(
    "生活明朗，万物可爱|记录生活|热爱生活|一个普通人|佛系更新|{c}|95后|00后 在读"
    "|打工人"
    "|摄影爱好者|吃货一枚|宝妈|健身中|INFP|慢慢来 比较快|{c} ¦ 学生"
)
BIO_REAL_EN = _p(
    "coffee & books|living my best life ✨|{c}|mom of 2|student|photographer"
    "|dog mom 🐶|she/her|just vibes|travel ¦ food ¦ life|nurse|gamer|{c} based"
)
BIO_PEER_ZH = _p("{t}博主|分享{t}日常|合作请私信|商务V: {num}|{c} ¦ {t}|📮{num}@163.com")
BIO_PEER_EN = _p(
    "{t} creator|sharing my {t} journey|collabs: DM|📍{c}|content creator ✨|{t} tips daily"
)
BIO_FAN_ZH = _p("{idol}的小号|只爱{idol}|{idol}超话|为{idol}打call|{idol}永远的神")
BIO_FAN_EN = _p("{idol} stan account|fan account|{idol} 💜|streaming {work}")
BIO_LOTTERY = _p("抽奖专用|锦鲤体质|转发抽奖|万一中了呢|中奖绝缘体|好运来")
BIO_LOTTERY_EN = _p("giveaway hunter 🍀|entering all the giveaways|lucky girl era|comp account")
BIO_FB = _p("互粉必回|回关|互赞互粉|follow back 💯|f4f|follow for follow|always follow back")
BIO_SPAM_ZH = _p("兼职日结|副业 看置顶|资源分享|{vx}{num}|同城交友|点头像看惊喜")
BIO_SPAM_EN = _p(
    "💰 DM for promo|🔞 link below|crypto signals|earn from home 📲|cash app giveaways"
)
BIO_PREMIUM_ZH = _p("岁月静好|做自己|生活需要仪式感|愿所有美好如期而至|热爱可抵岁月漫长|简单快乐")
BIO_PREMIUM_EN = _p(
    "Live, laugh, love|Dream big ✨|Good vibes only|Just living life|Grateful 🙏|Be yourself"
)
CAT_ZH = {
    "beauty": "美妆",
    "fashion": "穿搭",
    "food": "美食",
    "travel": "旅行",
    "tech": "数码",
    "fitness": "健身",
    "parenting": "育儿",
    "finance": "理财",
    "education": "学习",
    "pets": "萌宠",
    "gaming": "游戏",
    "lifestyle": "生活",
    "comedy": "搞笑",
    "music": "音乐",
    "health": "健康",
    "auto": "汽车",
}
CREATOR_BIO_ZH = _p(
    "{cat}博主 ¦ 分享{t}|一个爱{cat}的普通人|{c} ¦ {cat} ¦ 日常|专注{cat}{n}年"
    "|{cat}up主 每周更新|记录{t}的点点滴滴"
)
CREATOR_BIO_EN = _p(
    "{cat} creator ¦ {c}|sharing {t} & more|{cat} • {t} • life|your {cat} "
    "bestie|{t} tips every week|📍{c} ¦ {cat}"
)
CONTACT_ZH = _p("商务合作V: {num}|合作📮{num}@163.com|商务请私信|合作: {num}（备注品牌）")
CONTACT_EN = _p(
    "📩 collabs: {name}@gmail.com|business: DM|📧 hello@{name}.co|mgmt: {name}@talent.co"
)
LURE_BIO_ZH = _p(
    "免费领取{t}资料 ➕{vx}|副业搞钱 带你入门 看置顶|{t}资源 {vx}{num}|宝藏资料库 评论区扣1"
)
LURE_BIO_EN = _p(
    "💰 side income mentor ¦ DM 'START'|free {t} guide 👇|earn from home, link below|DM me on {vx}"
)

# ---------------------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------------------

ZH_NAME_ADJ = _p(
    "爱吃橘子的|不想上班的|会飞的|睡不醒的|努力减肥的|快乐的|emo的|熬夜的|想暴富的"
    "|爱喝奶茶的|沉迷学习的|不吃香菜的|吃饱了的|今天也要加油的|头发很多的|温柔的"
    "|社恐的"
    "|迷路的|爱旅行的|佛系的|早睡早起的|碎碎念的"
)
ZH_NAME_NOUN = _p(
    "小猫|小狗|橘子|西瓜|小鱼|兔子|打工人|阿拉蕾|胖虎|团子|小熊|土豆|柠檬|咸鱼"
    "|月亮|星星"
    "|奶盖|芒果|饺子|小笼包|汤圆|云朵|松鼠|考拉|小蘑菇|布丁|年糕|麻薯"
)
ZH_NAME_SUFFIX = _p("酱|子|呀|吖|哒|ovo|_|桑|君|宝|er|🍊|✨|🌙|.")
ZH_SURNAME = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高梁宋郑谢韩唐冯"
ZH_GIVEN = "小晓子涵一诺欣怡梓萱雨辰浩宇俊杰思远佳琪婷明轩嘉文静安然可心乐天若"
ZH_OLD = _p(
    "平安喜乐|岁月静好|知足常乐|开心每一天|荷塘月色|幸福一家人|花开富贵|淡泊明志|上善若水"
    "|笑看人生|山东大汉|东北老铁|快乐老家|随缘|阳光总在风雨后|家和万事兴|清风徐来"
)
ZH_LATIN = _p(
    "Momo|Lily|Coco|Sunny|Kiki|Yuki|Echo|Vivian|Alan|Kevin|Nina|Luna|Joy|Amber|Leo"
    "|momo|Cici|Tina|Jason"
)
EN_FIRST = _p(
    "jess|mike|sarah|dan|emma|chris|olivia|alex|mia|josh|ava|ryan|chloe|matt|lily"
    "|jake|grace|nick|zoe|sam|hannah|tyler|maya|kevin|nina|luis|priya|omar|aisha"
    "|kenji|sofia|diego|fatima|noah|ella|ben|kayla|marcus|jade|theo|wei|linh"
)
EN_LAST = _p(
    "smith|martin|lee|nguyen|garcia|brown|patel|kim|johnson|lopez|wilson|chen"
    "|davis|khan|rivera|taylor|moore|clark|silva|walker|okafor|santos|ali|wang"
)
EN_WORD = _p(
    "sunny|moon|bakes|eats|travels|fit|art|photo|daily|vibes|life|style|creates"
    "|reads|plants|coffee|runs|glow|wander|studio|cooks|films|home|makes"
)
HEX = "0123456789ABCDEF"
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def _digits(r: random.Random, n: int) -> str:
    """A string of n random digits (the first is not zero)."""
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


def _default_name(r: random.Random, platform: str) -> str:
    """The name a platform gives an account whose owner never changed it."""
    if platform == "rednote":
        return "小红薯" + "".join(r.choice(HEX) for _ in range(8))
    if platform == "kuaishou":
        return "快手用户" + _digits(r, 10)
    if platform == "bilibili":
        return "bili_" + _digits(r, 11)
    if platform == "wechat_channels":
        return r.choice(("微信用户", "wx_" + "".join(r.choice(ALNUM) for _ in range(6))))
    if platform in ("douyin", "weibo"):
        return "用户" + _digits(r, 10)
    if platform == "youtube":
        return "@user-" + "".join(r.choice(ALNUM) for _ in range(9))
    if platform == "tiktok":
        return "user" + _digits(r, r.randint(9, 11))
    return r.choice(EN_FIRST) + r.choice(EN_LAST) + _digits(r, r.randint(4, 6))


def _zh_nick(r: random.Random, old: bool = False) -> str:
    """A Chinese nickname of one of the common shapes."""
    if old and r.random() < 0.6:
        name = r.choice(ZH_OLD)
        return name + (r.choice(("", "", "🌹", "☘️", str(r.randint(1, 99)))))
    k = r.random()
    if k < 0.22:
        name = r.choice(ZH_NAME_ADJ) + r.choice(ZH_NAME_NOUN)
    elif k < 0.40:
        name = r.choice(ZH_NAME_NOUN) + r.choice(ZH_NAME_SUFFIX)
    elif k < 0.55:
        name = r.choice(ZH_SURNAME) + "".join(r.sample(ZH_GIVEN, r.randint(1, 2)))
    elif k < 0.65:
        name = "一只" + r.choice(ZH_NAME_NOUN)
    elif k < 0.75:
        name = r.choice(ZH_LATIN) + r.choice(("", "酱", "_", "呀", r.choice(ZH_NAME_NOUN)))
    elif k < 0.85:
        name = r.choice(ZH_NAME_NOUN) + "不吃" + r.choice(ZH_NAME_NOUN)
    else:
        name = r.choice(ZH_CITY) + r.choice(("的", "-", "")) + r.choice(ZH_NAME_NOUN)
    if r.random() < 0.18:
        name += str(r.randint(0, 9999)).zfill(r.choice((2, 4)))
    return name


def _en_handle(r: random.Random) -> str:
    """An English-language handle of one of the common shapes."""
    f, last, w = r.choice(EN_FIRST), r.choice(EN_LAST), r.choice(EN_WORD)
    k = r.random()
    if k < 0.15:
        h = f"{f}.{last}"
    elif k < 0.27:
        h = f"{f}_{last}"
    elif k < 0.42:
        h = f"{f}{last}{r.randint(70, 99) if r.random() < 0.6 else r.randint(0, 9)}"
    elif k < 0.55:
        h = f"{f}_{w}"
    elif k < 0.63:
        h = f"{w}with{f}"
    elif k < 0.71:
        h = f"the{f}{last}"
    elif k < 0.80:
        h = f"{f}.{w}{r.randint(1, 99)}"
    elif k < 0.88:
        h = f"{f}{r.randint(100, 9999)}"
    else:
        h = f"{f[0]}{last}_{w}"
    return h


def _en_display(r: random.Random, handle: str) -> str:
    """A display name that goes with an English handle."""
    low = handle.lower()
    first = next((f for f in EN_FIRST if f in low), r.choice(EN_FIRST)).capitalize()
    k = r.random()
    if k < 0.5:
        return f"{first} {r.choice(EN_LAST).capitalize()}"
    if k < 0.75:
        return first + r.choice(("", " ✨", " 🌸", " 🌿", " | " + r.choice(EN_WORD)))
    return handle


def _commenter_name(r: random.Random, platform: str, lang: str, default_p: float) -> str:
    """A commenter or follower name as a platform shows it."""
    if r.random() < default_p:
        return _default_name(r, platform)
    if lang == "zh" or NORMS[platform].zh:
        old = platform in ("wechat_channels", "kuaishou")
        return _zh_nick(r, old=old and r.random() < 0.35)
    return _en_handle(r)


def _bot_name(r: random.Random, platform: str, realism: float) -> str:
    """A bot account name: defaults and digit tails, or realistic ones for better bots."""
    if r.random() < realism:
        return _commenter_name(r, platform, "zh" if NORMS[platform].zh else "en", 0.15)
    if NORMS[platform].zh:
        k = r.random()
        if k < 0.55:
            return _default_name(r, platform)
        if k < 0.8:
            return _zh_nick(r) + _digits(r, r.randint(3, 6))
        return "".join(r.choice(ALNUM) for _ in range(r.randint(6, 10)))
    k = r.random()
    if k < 0.4:
        return r.choice(EN_FIRST) + r.choice(EN_LAST) + _digits(r, r.randint(3, 6))
    if k < 0.7:
        return f"{r.choice(EN_FIRST)}_{r.choice(EN_LAST)}_{_digits(r, r.randint(2, 5))}"
    return _default_name(r, platform)


# ---------------------------------------------------------------------------------------
# Comment texts
# ---------------------------------------------------------------------------------------


class TextKit:
    """Writes comment texts for one creator in its platform's language."""

    def __init__(self, r: random.Random, platform: str, lang: str, category: str) -> None:
        self.r = r
        self.platform = platform
        self.zh = lang == "zh"
        self.category = category
        ztop, etop, zq, eq, zs, es = CAT_TEXT[category]
        self.topics = ztop if self.zh else etop
        self.questions = zq if self.zh else eq
        self.remarks = zs if self.zh else es
        self.cities = ZH_CITY if self.zh else EN_CITY
        self.bracket = ZH_EMOJI_PLATFORM.get(platform, ()) if self.zh else ()
        self.idol = r.choice(IDOL_ZH if self.zh else IDOL_EN)
        self.works = WORK_ZH if self.zh else WORK_EN
        self.brand = r.choice(
            (
                "Aura",
                "Lumi",
                "Kiko",
                "Bloom",
                "Nori",
                "Vela",
                "花西子",
                "完美日记",
                "元气森林",
                "小米",
            )
        )
        self.friends = [_commenter_name(r, platform, lang, 0.05) for _ in range(12)]

    # -- helpers ------------------------------------------------------------------------
    def fill(self, template: str) -> str:
        """Replace the placeholders of a template."""
        if "{" not in template:
            return template
        r = self.r
        out = template
        for key, val in (
            ("{t}", lambda: r.choice(self.topics)),
            ("{c}", lambda: r.choice(self.cities)),
            ("{n}", lambda: str(r.choice((2, 3, 5, 7, 10, 12, 20, 30, r.randint(1, 99))))),
            ("{name}", lambda: r.choice(self.friends)),
            ("{idol}", lambda: self.idol),
            ("{work}", lambda: r.choice(self.works)),
            ("{b}", lambda: self.brand),
            ("{x}", lambda: r.choice(AI_ZH_X if self.zh else AI_EN_X)),
            ("{vx}", lambda: r.choice(VX_FORMS if self.zh else EN_VX)),
            ("{num}", self._contact),
            ("{promo}", lambda: r.choice(PROMO_NAMES)),
        ):
            while key in out:
                out = out.replace(key, val(), 1)
        return out

    def _contact(self) -> str:
        """A contact id written to dodge filters (full-width, Chinese numerals, gaps)."""
        r = self.r
        raw = (
            _digits(r, r.randint(6, 10))
            if r.random() < 0.6
            else ("".join(r.choice(ALNUM) for _ in range(r.randint(5, 9))))
        )
        k = r.random()
        if k < 0.25:
            table = str.maketrans("0123456789", "０１２３４５６７８９")
            return raw.translate(table)
        if k < 0.45:
            table = str.maketrans("0123456789", "零一二三四五六七八九")
            return raw.translate(table)
        if k < 0.6:
            table = str.maketrans("0123456789", "⓪①②③④⑤⑥⑦⑧⑨")
            return raw.translate(table)
        if k < 0.8:
            return " ".join(raw[i : i + 3] for i in range(0, len(raw), 3))
        return raw

    def emoji(self) -> str:
        """One emoji the platform's users would type."""
        if self.bracket and self.r.random() < 0.6:
            return self.r.choice(self.bracket)
        return self.r.choice(UNI_EMOJI)

    def decorate(self, text: str, p_emoji: float = 0.3) -> str:
        """Add the small, personal variations that keep real texts from repeating."""
        r = self.r
        k = r.random()
        if k < p_emoji:
            text += self.emoji() * r.choice((1, 1, 1, 2, 3))
        elif k < p_emoji + 0.15:
            text += r.choice(
                ("～", "!", "!!", "。", "？", "~", "...", "！！！")
                if self.zh
                else ("!", "!!", "...", " lol", " 😭", "!!!")
            )
        if not self.zh and r.random() < 0.3:
            text = text.lower()
        return text

    def vary(self, text: str) -> str:
        """A personal touch: interjections and tails that real people add."""
        r = self.r
        if r.random() < 0.25:
            lead = r.choice(ZH_PREFIX if self.zh else EN_PREFIX)
            text = lead + (r.choice(("，", " ", "")) if self.zh else " ") + text
        if r.random() < 0.4:
            tail = r.choice(ZH_SUFFIX if self.zh else EN_SUFFIX)
            text = text + (tail if self.zh or tail[0] in "!?.,🙏😭" else " " + tail)
        return self.decorate(text, 0.3)

    def short(self) -> str:
        """A short reaction: real audiences write many of these."""
        r = self.r
        k = r.random()
        if k < 0.2:
            if self.zh:
                return "哈" * r.randint(2, 12) + (self.emoji() if r.random() < 0.3 else "")
            return r.choice(("haha", "lol", "lmao", "😂" * r.randint(1, 4), "ha" * r.randint(2, 6)))
        if k < 0.35:
            return self.emoji() * r.randint(1, 4)
        if k < 0.55:
            pool = {
                "wechat_channels": CHANNELS_GENERIC,
                "kuaishou": KS_GENERIC,
                "bilibili": BILI_GENERIC,
            }.get(self.platform, ZH_GENERIC if self.zh else EN_GENERIC)
            return self.decorate(r.choice(pool), 0.35)
        return self.decorate(r.choice(ZH_REACT if self.zh else EN_REACT), 0.35)

    # -- genuine ------------------------------------------------------------------------
    def genuine(self, generic_share: float, long_share: float) -> str:
        """A comment by a real viewer."""
        r = self.r
        k = r.random()
        if k < generic_share:
            return self.short()
        k = r.random()
        zh = self.zh
        if k < long_share:
            if zh:
                tpl = r.choice(ZH_LONG)
                tpl = (
                    tpl.replace("{job}", r.choice(ZH_LONG_JOB))
                    .replace("{s}", r.choice(ZH_LONG_S))
                    .replace("{y}", r.choice(ZH_LONG_Y))
                    .replace("{q}", r.choice(ZH_LONG_Q))
                )
            else:
                tpl = r.choice(EN_LONG)
                tpl = (
                    tpl.replace("{job}", r.choice(EN_LONG_JOB))
                    .replace("{s}", r.choice(EN_LONG_S))
                    .replace("{y}", r.choice(EN_LONG_Y))
                    .replace("{q}", r.choice(EN_LONG_Q))
                )
            return self.vary(self.fill(tpl))
        if k < 0.30:
            text = self.fill(r.choice(self.remarks))
        elif k < 0.52:
            text = self.fill(r.choice(self.questions))
        elif k < 0.64:
            text = self._anecdote()
        elif k < 0.73:
            text = self.fill(r.choice(ZH_MENTION if zh else EN_MENTION))
        elif k < 0.83:
            if zh:
                text = (
                    r.choice(ZH_SPEC)
                    .replace("{f}", r.choice(ZH_SPEC_F))
                    .replace("{a}", r.choice(ZH_SPEC_A))
                )
            else:
                text = (
                    r.choice(EN_SPEC)
                    .replace("{f}", r.choice(EN_SPEC_F))
                    .replace("{a}", r.choice(EN_SPEC_A))
                )
        else:
            text = self.fill(r.choice(ZH_BANTER if zh else EN_BANTER))
        if r.random() < 0.25:
            lead = r.choice(ZH_REACT if zh else EN_REACT)
            text = lead + ("，" if zh and r.random() < 0.5 else " ") + text
        if r.random() < 0.12:
            tail = self.fill(r.choice(self.questions if r.random() < 0.5 else self.remarks))
            text = text + ("，" if zh else " ") + tail
        return self.vary(text)

    def _anecdote(self) -> str:
        r = self.r
        if self.zh:
            tpl = r.choice(ZH_ANEC)
            tpl = (
                tpl.replace("{v}", r.choice(ZH_ANEC_V))
                .replace("{res}", r.choice(ZH_ANEC_RES))
                .replace("{who}", r.choice(ZH_ANEC_WHO))
                .replace("{when}", r.choice(ZH_ANEC_WHEN))
            )
        else:
            tpl = r.choice(EN_ANEC)
            tpl = (
                tpl.replace("{who}", r.choice(EN_ANEC_WHO))
                .replace("{res}", r.choice(EN_ANEC_RES))
                .replace("{when}", r.choice(EN_ANEC_WHEN))
            )
        return self.fill(tpl)

    def pick(
        self,
        zh_pool: Sequence[str],
        en_pool: Sequence[str],
        p_emoji: float = 0.25,
        personal: bool = False,
    ) -> str:
        """A text from a language pair of pools, filled and varied a little (or a lot)."""
        text = self.fill(self.r.choice(zh_pool if self.zh else en_pool))
        return self.vary(text) if personal else self.decorate(text, p_emoji)

    def reply(self, style: str) -> str:
        """The creator's own reply."""
        if style == "brand":
            return self.pick(ZH_BRAND_REPLY, EN_BRAND_REPLY, 0.1)
        return self.pick(ZH_REPLY, EN_REPLY, 0.35)

    # -- fraud --------------------------------------------------------------------------
    def bot(self, sophistication: float) -> str:
        """A bought generic comment; better sellers vary the texts a little."""
        r = self.r
        pool = ZH_GENERIC if self.zh else EN_GENERIC
        if r.random() < 0.25:
            text = self.emoji() * r.choice((1, 2, 3))
            if r.random() < 0.5:
                text = r.choice(("👍", "🔥", "❤️", "😍", "👏")) * r.choice((2, 3, 4))
            return text
        text = r.choice(pool)
        if r.random() < sophistication:
            if r.random() < 0.5:
                text += self.emoji() * r.choice((1, 2))
            else:
                text += r.choice(("!", "!!", "～", " ", "。", "!!!", "~~"))
            if r.random() < sophistication * 0.4:
                text = self.fill(r.choice(self.remarks))
        return text

    def ai(self) -> str:
        """Fluent, polished, generic praise as a language model writes it."""
        r = self.r
        if self.zh:
            text = (
                r.choice(AI_ZH_OPEN)
                + r.choice(AI_ZH_BODY)
                + r.choice(AI_ZH_DETAIL)
                + r.choice(AI_ZH_CLOSE)
            )
            text = text.replace("，，", "，").replace("，。", "。")
        else:
            text = (
                r.choice(AI_EN_OPEN)
                + r.choice(AI_EN_BODY)
                + r.choice(AI_EN_DETAIL)
                + r.choice(AI_EN_CLOSE)
            )
            text = text.replace("..", ".")
        return self.fill(text)


# ---------------------------------------------------------------------------------------
# Archetypes
# ---------------------------------------------------------------------------------------

TierMix = dict[str, float]
# name -> (weight among genuine records, tier mix or None for the base mix, platforms)
GENUINE: dict[str, tuple[float, TierMix | None, frozenset[str] | None]] = {
    "organic_small": (11, {"tiny": 0.1, "nano": 0.7, "micro": 0.2}, None),
    "organic_mid": (12, {"micro": 0.6, "mid": 0.4}, None),
    "organic_large": (9, {"mid": 0.5, "macro": 0.42, "mega": 0.08}, None),
    "tiny_koc": (6, {"tiny": 1.0}, None),
    "viral_post": (7, None, None),
    "giveaway": (6, None, None),
    "shoutout": (5, {"tiny": 0.15, "nano": 0.4, "micro": 0.35, "mid": 0.1}, None),
    "platform_purge": (5, None, None),
    "celebrity": (6, {"macro": 0.45, "mega": 0.55}, None),
    "brand_account": (5, {"micro": 0.35, "mid": 0.4, "macro": 0.25}, None),
    "dormant_comeback": (5, None, None),
    "viral_aged_out": (5, {"nano": 0.2, "micro": 0.45, "mid": 0.3, "macro": 0.05}, None),
    "algorithm_change": (5, None, None),
    "niche_professional": (5, {"tiny": 0.1, "nano": 0.4, "micro": 0.4, "mid": 0.1}, None),
    "live_seller": (
        3,
        {"nano": 0.2, "micro": 0.4, "mid": 0.3, "macro": 0.1},
        frozenset({"douyin", "kuaishou", "wechat_channels", "tiktok"}),
    ),
    "spam_magnet": (3, {"mid": 0.5, "macro": 0.4, "mega": 0.1}, None),
}
SMALL_TIERS: TierMix = {"tiny": 0.15, "nano": 0.35, "micro": 0.35, "mid": 0.15}
# fraud component -> (weight among fraud records when alone, tier mix, platforms)
FRAUD: dict[str, tuple[float, TierMix | None, frozenset[str] | None]] = {
    "bought_followers_burst": (10, None, None),
    "bought_followers_drip": (7, None, None),
    "bought_followers_premium": (7, None, None),
    "bought_followers_refill": (5, None, None),
    "bought_followers_old": (5, None, None),
    "bought_likes": (9, None, None),
    "bought_views": (5, None, VIEW_PLATFORMS),
    "bot_comments": (7, None, None),
    "engagement_pod": (7, SMALL_TIERS, None),
    "ai_praise": (6, None, None),
    "follow_unfollow_churn": (6, SMALL_TIERS, None),
    "lure_spam": (5, {"tiny": 0.1, "nano": 0.35, "micro": 0.4, "mid": 0.15}, None),
}
COMBOS: list[tuple[tuple[str, ...], float]] = [
    (("bought_followers_burst", "bought_likes"), 4.0),
    (("bought_followers_burst", "bought_likes", "bot_comments"), 3.0),
    (("bought_followers_premium", "ai_praise"), 2.0),
    (("bought_followers_drip", "bought_likes"), 2.0),
    (("bought_likes", "bot_comments"), 2.0),
    (("bought_views", "bought_likes"), 2.0),
    (("bought_followers_drip", "engagement_pod"), 1.5),
    (("follow_unfollow_churn", "bought_likes"), 1.5),
    (("bought_followers_refill", "bought_likes"), 1.0),
    (("bought_followers_old", "bought_likes"), 1.0),
    (("ai_praise", "bought_likes"), 1.0),
]


def _genuine_tier_mix() -> TierMix:
    """The size mix of genuine records, reused for fraud so that size tells nothing."""
    total: TierMix = {k: 0.0 for k in TIERS}
    wsum = sum(w for w, _, _ in GENUINE.values())
    for w, mix, _ in GENUINE.values():
        for k, v in (mix or BASE_TIERS).items():
            total[k] += w / wsum * v
    return total


FRAUD_TIERS = _genuine_tier_mix()
PACKAGES = (
    50,
    100,
    200,
    300,
    500,
    1000,
    2000,
    3000,
    5000,
    10000,
    20000,
    50000,
    100000,
    200000,
    500000,
)
HOUR_W = np.array(
    [
        0.30,
        0.20,
        0.12,
        0.08,
        0.06,
        0.08,
        0.20,
        0.45,
        0.60,
        0.65,
        0.70,
        0.75,
        0.95,
        0.85,
        0.70,
        0.70,
        0.75,
        0.85,
        0.95,
        1.00,
        1.00,
        1.00,
        0.90,
        0.60,
    ]
)
POST_HOUR_W = HOUR_W**2 / (HOUR_W**2).sum()
KERNEL = np.exp(-np.arange(12) / 2.0)
FOLLOW_KERNEL = np.array([0.45, 0.30, 0.14, 0.07, 0.04])
CORE_KINDS = {"active": 0.5, "lurker": 0.35, "dormant": 0.1, "peer": 0.05}
COHORT_KINDS: dict[str, dict[str, float]] = {
    "viral": {"lurker": 0.5, "active": 0.3, "dormant": 0.2},
    "viral_old": {"lurker": 0.45, "dormant": 0.4, "active": 0.15},
    "shoutout": {"active": 0.45, "lurker": 0.4, "peer": 0.1, "dormant": 0.05},
    "giveaway": {"lottery": 0.5, "lurker": 0.3, "active": 0.2},
    "natbot": {"spam_bot": 0.6, "cheap_bot": 0.4},
    "churn": {"followback": 0.6, "active": 0.2, "lurker": 0.2},
    "pod": {"peer": 1.0},
}


def _weighted(r: random.Random, mix: dict[str, float]) -> str:
    """A key of mix drawn with the given weights."""
    keys = list(mix)
    return r.choices(keys, weights=[mix[k] for k in keys])[0]


def _jitter(r: random.Random, mix: dict[str, float], spread: float = 0.3) -> dict[str, float]:
    """The same mix with every weight moved by up to +-spread (relative)."""
    return {k: v * r.uniform(1 - spread, 1 + spread) for k, v in mix.items()}


def _solve(x0: float, gains: np.ndarray, loss: np.ndarray) -> np.ndarray:
    """Levels of x[t] = (1 - loss[t]) * x[t-1] + gains[t], x[-1] = x0, vectorised."""
    keep = np.cumprod(1.0 - np.clip(loss, 0.0, 0.97))
    keep = np.maximum(keep, 1e-12)
    return keep * (x0 + np.cumsum(gains / keep))


def _allowed(platforms: frozenset[str] | None, platform: str) -> bool:
    """Whether an archetype limited to `platforms` (None = all) exists on `platform`."""
    return platforms is None or platform in platforms


def _intensity_share(x: float) -> float:
    """Share of the final follower count that a bought-follower fraud holds."""
    return 0.05 + 0.85 * x**1.3


class Creator:
    """One simulated creator: choices made up front, then built into a record."""

    def __init__(self, seed: int, index: int) -> None:
        ss = np.random.SeedSequence([seed, index])
        self.rng = np.random.default_rng(ss)
        self.r = random.Random(int(ss.generate_state(1, np.uint64)[0]))
        self._choose()
        self._defaults()
        self._schedule(self.n_posts)
        if self.label == 1:
            self._fraud_presentation()
        for part in self.parts:
            x = self.intensity.get(part, 0.0)
            getattr(self, "_m_" + part)(x)
        self._secondary_events()

    # -- choices ------------------------------------------------------------------------
    def _choose(self) -> None:
        r = self.r
        self.platform = r.choices(PLATFORMS, weights=[n.share for n in NORMS.values()])[0]
        self.norm = NORMS[self.platform]
        self.lang = "zh" if self.norm.zh or r.random() < 0.15 else "en"
        self.label = int(r.random() < 0.5)
        self.intensity: dict[str, float] = {}
        if self.label == 0:
            names = [k for k, v in GENUINE.items() if _allowed(v[2], self.platform)]
            name = r.choices(names, weights=[GENUINE[k][0] for k in names])[0]
            self.parts: tuple[str, ...] = (name,)
            self.archetype = name
            tiers = GENUINE[name][1] or BASE_TIERS
        else:
            options: list[tuple[tuple[str, ...], float]] = [
                ((k,), v[0]) for k, v in FRAUD.items() if _allowed(v[2], self.platform)
            ]
            options += [
                (c, w) for c, w in COMBOS if all(_allowed(FRAUD[p][2], self.platform) for p in c)
            ]
            self.parts = r.choices([o[0] for o in options], weights=[o[1] for o in options])[0]
            self.archetype = (
                self.parts[0] if len(self.parts) == 1 else "combo:" + "+".join(self.parts)
            )
            for part in self.parts:
                self.intensity[part] = float(self.rng.beta(1.3, 1.7))
            tiers = FRAUD_TIERS
            for part in self.parts:
                if FRAUD[part][1] is not None:
                    tiers = FRAUD[part][1] or tiers
        self.tier = _weighted(r, tiers)
        lo, hi = TIERS[self.tier]
        if self.platform == "weibo" and self.tier == "mega":
            hi = 130_000_000
        self.f_target = math.exp(r.uniform(math.log(lo), math.log(hi)))
        weights = dict(CATEGORY_WEIGHTS)
        for k, v in CATEGORY_BOOST.get(self.platform, {}).items():
            weights[k] *= v
        self.category = _weighted(r, weights)

    def _defaults(self) -> None:
        r, nm = self.r, self.norm
        self.tz = 8 if nm.zh else 0
        day0 = date(2024, 2, 1) + timedelta(days=r.randint(0, 640))
        self.as_of_local_hour = r.uniform(9.0, 23.5)
        self.as_of_date = day0
        self.hist_days = r.randint(90, 365)
        self.n_posts = r.randint(10, 60)
        tier_rate = {"tiny": 0.5, "nano": 0.8, "micro": 1.0, "mid": 1.2, "macro": 1.4, "mega": 1.2}[
            self.tier
        ]
        self.post_rate = nm.post_rate * tier_rate * r.lognormvariate(0.0, 0.6)
        self.pref_hours = [int(self.rng.choice(24, p=POST_HOUR_W)) for _ in range(3)]
        spons = {
            "tiny": 0.02,
            "nano": 0.08,
            "micro": 0.15,
            "mid": 0.2,
            "macro": 0.25,
            "mega": 0.25,
        }[self.tier]
        self.sponsored_share = min(0.7, spons * r.uniform(0.0, 2.0))
        self.formats = dict(nm.formats)
        if self.tier in ("tiny", "nano") and "live" in self.formats:
            del self.formats["live"]
        self.w_core = 1.0
        k = r.random()
        if k < 0.12:
            growth = r.uniform(2.0, 12.0)
        elif k < 0.27:
            growth = r.uniform(0.75, 0.98)
        else:
            growth = r.lognormvariate(math.log(1.25), 0.3)
        if self.tier in ("macro", "mega"):
            growth = growth**0.5
        self.growth_year = growth
        self.core_loss = r.uniform(0.0002, 0.0015)
        self.post_follow_k = (1.5 if nm.floor >= 200 else 0.4) * r.uniform(0.5, 1.5)
        lo_b, hi_b = {
            "tiny": (0.01, 0.06),
            "nano": (0.02, 0.08),
            "micro": (0.03, 0.12),
            "mid": (0.05, 0.15),
            "macro": (0.08, 0.2),
            "mega": (0.1, 0.3),
        }[self.tier]
        self.bot_share0 = r.uniform(lo_b, hi_b) * (1.5 if self.platform == "weibo" else 1.0)
        self.core_kinds = _jitter(r, CORE_KINDS)
        self.mu_c = float(self.rng.normal(0.0, 0.55))
        self.eff = [math.exp(float(self.rng.normal(0.0, s))) for s in (0.3, 0.45, 0.45, 0.45)]
        self.mult = [1.0, 1.0, 1.0, 1.0]  # likes, comments, shares, saves (archetype)
        self.style = "normal"
        self.generic_share = {
            "wechat_channels": 0.45,
            "kuaishou": 0.35,
            "douyin": 0.3,
            "weibo": 0.3,
            "instagram": 0.35,
            "tiktok": 0.3,
        }.get(self.platform, 0.2) * r.uniform(0.6, 1.4)
        self.long_share = r.uniform(0.0, 0.05)
        tier_i = list(TIERS).index(self.tier)
        self.reply_rate = (0.35, 0.2, 0.1, 0.04, 0.01, 0.002)[tier_i] * r.uniform(0.1, 1.8)
        self.spam3p_rate = (0.0, 0.004, 0.01, 0.02, 0.035, 0.05)[tier_i] * r.uniform(0.0, 2.0)
        self.natbot_comment_rate = (0.003, 0.006, 0.01, 0.015, 0.02, 0.03)[tier_i] * r.uniform(
            0.0, 2.0
        )
        self.p_loyal = r.uniform(0.08, 0.35)
        self.loyal_n = int(5 + 4 * math.log10(self.f_target) * r.uniform(0.5, 2.0))
        self.default_name_p = {
            "rednote": 0.25,
            "douyin": 0.15,
            "kuaishou": 0.2,
            "weibo": 0.15,
            "bilibili": 0.12,
            "wechat_channels": 0.1,
            "tiktok": 0.08,
            "instagram": 0.0,
            "youtube": 0.1,
        }[self.platform]
        self.verified = r.random() < VERIFIED_BY_TIER[self.tier]
        self.following_base = r.lognormvariate(
            math.log((400, 450, 400, 300, 200, 100)[tier_i]), 0.9
        )
        # events (days are counted back from as_of: "ago")
        self.virals: list[tuple[int, float, float, float]] = []
        self.giveaways: list[tuple[int, float, float]] = []
        self.shoutouts: list[tuple[int, float, float]] = []
        self.purges: list[tuple[int, float, float, float]] = []
        self.algo: tuple[int, float, float] | None = None
        self.dormant: tuple[int, int, float, float] | None = None
        self.viral_old: tuple[float, float, float, float] | None = None
        self.bought: list[dict[str, Any]] = []
        self.churn: dict[str, Any] | None = None
        self.pod: dict[str, Any] | None = None
        self.fr: dict[str, dict[str, Any]] = {}
        self.control_share = 0.0
        self.bait_share = 0.0
        self.repost_mult = 1.0
        self.total_posts_cap: int | None = None

    def _schedule(self, n: int, gap: tuple[int, int] | None = None) -> None:
        """Post days (counted back from as_of), hours, formats and sponsorship."""
        rng, r = self.rng, self.r
        rate = max(self.post_rate, 0.02)
        gaps = rng.gamma(0.7, 1.0 / (rate * 0.7), n)
        ago = rng.uniform(0.0, min(4.0, 1.5 / rate)) + np.concatenate([[0.0], np.cumsum(gaps[1:])])
        if gap is not None:
            ago[gap[0] :] += gap[1]
        limit = 900.0 if gap is None else 1400.0
        if ago[-1] > limit:
            ago *= limit / ago[-1]
        self.n_posts = n
        self.post_ago = np.floor(ago).astype(int)
        hours = np.array([(r.choice(self.pref_hours) + r.gauss(0.0, 0.8)) % 24 for _ in range(n)])
        late = (self.post_ago == 0) & (hours > self.as_of_local_hour - 0.5)
        self.post_ago[late] = 1
        self.post_hour = hours
        fm = self.formats
        keys = list(fm)
        self.post_format = [r.choices(keys, weights=[fm[k] for k in keys])[0] for _ in range(n)]
        self.post_sponsored = rng.random(n) < self.sponsored_share

    def _set_formats(self, live: float) -> None:
        """Give live posts the share `live` and reschedule."""
        fm = {k: v for k, v in self.norm.formats.items() if k != "live"}
        total = sum(fm.values())
        self.formats = {k: v / total * (1 - live) for k, v in fm.items()}
        self.formats["live"] = live
        self._schedule(self.n_posts)

    def _post_in_window(self, p_window: float = 0.8) -> int:
        """Index of a post, usually one inside the follower-history window."""
        inside = np.flatnonzero(self.post_ago < self.hist_days - 5)
        if len(inside) and self.r.random() < p_window:
            return int(self.r.choice(list(inside)))
        return self.r.randrange(self.n_posts)

    def _event_ago(self, p_window: float = 0.8) -> int:
        """A day (back from as_of), usually inside the follower-history window."""
        if self.r.random() < p_window:
            return self.r.randint(3, self.hist_days - 3)
        return self.r.randint(self.hist_days, self.hist_days + 300)

    # -- genuine archetypes -------------------------------------------------------------
    def _m_organic_small(self, _x: float) -> None:
        """An ordinary small creator (no change to the defaults)."""

    def _m_organic_mid(self, _x: float) -> None:
        """An ordinary mid-size creator."""

    def _m_organic_large(self, _x: float) -> None:
        """An ordinary large creator: a little more spam and bots come by themselves."""
        self.spam3p_rate *= 1.5

    def _m_tiny_koc(self, _x: float) -> None:
        r = self.r
        self.post_rate = r.uniform(0.03, 0.3)
        self._schedule(r.randint(10, 16))
        self.total_posts_cap = self.n_posts + r.randint(0, 10)
        self.style = "friends"
        self.loyal_n = r.randint(6, 25)
        self.p_loyal = r.uniform(0.4, 0.75)
        self.reply_rate = r.uniform(0.2, 0.6)
        self.following_base = r.lognormvariate(math.log(500), 0.7)
        self.core_kinds = _jitter(r, {"active": 0.6, "lurker": 0.3, "peer": 0.05, "dormant": 0.05})

    def _viral_jump(self) -> float:
        r = self.r
        med = {"tiny": 2.0, "nano": 1.2, "micro": 0.6, "mid": 0.2, "macro": 0.07, "mega": 0.03}[
            self.tier
        ]
        return min(15.0, max(0.02, r.lognormvariate(math.log(med), 0.7)))

    def _m_viral_post(self, _x: float) -> None:
        r = self.r
        self.virals.append(
            (self._post_in_window(), self._viral_jump(), r.uniform(0.1, 0.35), r.uniform(30, 150))
        )

    def _m_giveaway(self, _x: float) -> None:
        r = self.r
        for _ in range(r.choice((1, 1, 2, 3))):
            jump = min(3.0, max(0.03, r.lognormvariate(math.log(0.3), 0.7)))
            self.giveaways.append((self._post_in_window(), jump, r.uniform(0.02, 0.1)))

    def _m_shoutout(self, _x: float) -> None:
        r = self.r
        for _ in range(r.choice((1, 1, 2))):
            jump = min(5.0, max(0.05, r.lognormvariate(math.log(0.5), 0.8)))
            self.shoutouts.append((self._event_ago(0.85), jump, r.uniform(0.25, 0.6)))

    def _m_platform_purge(self, _x: float) -> None:
        r = self.r
        self.bot_share0 = r.uniform(0.08, 0.3)
        for _ in range(r.choice((1, 1, 1, 2))):
            self.purges.append(
                (
                    self._event_ago(0.85),
                    r.uniform(0.4, 0.9),
                    r.uniform(0.002, 0.03),
                    r.uniform(0.3, 0.8),
                )
            )

    def _m_celebrity(self, _x: float) -> None:
        r = self.r
        self.w_core = r.lognormvariate(math.log(0.18), 0.5)
        self.bot_share0 = r.uniform(0.1, 0.35)
        self.core_kinds = _jitter(
            r, {"active": 0.3, "lurker": 0.4, "dormant": 0.15, "fan_alt": 0.12, "peer": 0.03}
        )
        self.style = "fan"
        self.category = r.choice(("lifestyle", "music", "comedy", "fashion", "beauty"))
        self.sponsored_share = r.uniform(0.2, 0.45)
        self._schedule(self.n_posts)
        self.reply_rate = r.uniform(0.0, 0.005)
        self.spam3p_rate = r.uniform(0.02, 0.1)
        self.generic_share = min(0.7, self.generic_share + 0.2)
        self.verified = True
        self.growth_year = r.uniform(0.9, 1.3)
        p_control = {"weibo": 0.75, "douyin": 0.3, "bilibili": 0.2}.get(self.platform, 0.1)
        if r.random() < p_control:
            self.control_share = r.uniform(0.15, 0.7)
        if self.platform == "weibo":
            self.repost_mult = r.lognormvariate(math.log(3.0), 0.8)
        self.following_base = r.lognormvariate(math.log(120), 1.0)

    def _m_brand_account(self, _x: float) -> None:
        r = self.r
        self.w_core = r.uniform(0.1, 0.4)
        self.style = "brand"
        self.category = r.choice(("beauty", "food", "tech", "fashion", "auto", "lifestyle"))
        self.verified = r.random() < 0.9
        self.sponsored_share = 0.0
        self._schedule(self.n_posts)
        self.reply_rate = r.uniform(0.03, 0.3)
        self.bot_share0 = r.uniform(0.05, 0.2)
        self.following_base = r.lognormvariate(math.log(30), 1.2)
        for _ in range(r.randint(1, 4)):
            jump = min(0.8, max(0.01, r.lognormvariate(math.log(0.08), 0.7)))
            self.giveaways.append((self._post_in_window(0.6), jump, r.uniform(0.02, 0.06)))

    def _m_dormant_comeback(self, _x: float) -> None:
        r = self.r
        back = r.randint(3, min(12, self.n_posts - 5))
        gap = r.randint(90, 540)
        self._schedule(self.n_posts, gap=(back, gap))
        end_ago = int(self.post_ago[back - 1]) + 1
        start_ago = int(self.post_ago[back]) - 1
        self.dormant = (start_ago, end_ago, r.uniform(0.3, 0.6), r.uniform(0.5, 0.9))
        self.growth_year = r.uniform(0.8, 1.1)

    def _m_viral_aged_out(self, _x: float) -> None:
        r = self.r
        self.viral_old = (
            r.uniform(1.5, 8.0),
            r.uniform(0.01, 0.08),
            r.uniform(200, 600),
            r.uniform(0.0004, 0.0015),
        )
        self.growth_year = r.uniform(0.85, 1.15)

    def _m_algorithm_change(self, _x: float) -> None:
        r = self.r
        span = int(self.post_ago[-1])
        hi = max(20, min(span, self.hist_days) - 10)
        self.algo = (r.randint(10, hi), r.uniform(0.25, 0.6), r.uniform(0.2, 0.6))

    def _m_niche_professional(self, _x: float) -> None:
        r = self.r
        self.category = r.choice(("finance", "education", "health", "tech", "auto", "parenting"))
        self.mult = [r.uniform(0.4, 0.7), r.uniform(1.0, 1.6), 1.0, r.uniform(2.0, 4.0)]
        self.long_share = r.uniform(0.2, 0.45)
        self.generic_share *= 0.5
        self.core_kinds = _jitter(r, {"active": 0.3, "lurker": 0.55, "dormant": 0.1, "peer": 0.05})
        self.verified = self.verified or (self.norm.zh and r.random() < 0.4)
        self.reply_rate = max(self.reply_rate, r.uniform(0.05, 0.3))
        bait_platform = self.platform in ("rednote", "douyin", "wechat_channels", "bilibili")
        if bait_platform and r.random() < 0.35:
            self.bait_share = r.uniform(0.3, 0.9)

    def _m_live_seller(self, _x: float) -> None:
        r = self.r
        self.category = r.choice(("fashion", "food", "beauty", "lifestyle"))
        self.sponsored_share = r.uniform(0.4, 0.8)
        self._set_formats(r.uniform(0.25, 0.5))
        self.w_core = r.uniform(0.5, 0.9)
        self.style = "live"

    def _m_spam_magnet(self, _x: float) -> None:
        r = self.r
        self.spam3p_rate = r.uniform(0.08, 0.3)
        self.natbot_comment_rate = r.uniform(0.04, 0.15)
        self.bot_share0 = r.uniform(0.1, 0.25)

    def _secondary_events(self) -> None:
        """Natural events any creator, genuine or not, may have had."""
        r = self.r
        if r.random() < 0.07:
            self.virals.append(
                (
                    self._post_in_window(0.6),
                    self._viral_jump(),
                    r.uniform(0.1, 0.35),
                    r.uniform(30, 150),
                )
            )
        if r.random() < 0.08:
            self.purges.append(
                (
                    self._event_ago(0.7),
                    r.uniform(0.3, 0.8),
                    r.uniform(0.001, 0.01),
                    r.uniform(0.2, 0.6),
                )
            )
        if r.random() < 0.05:
            jump = min(1.5, max(0.02, r.lognormvariate(math.log(0.15), 0.7)))
            self.giveaways.append((self._post_in_window(0.6), jump, r.uniform(0.02, 0.1)))
        if r.random() < 0.04:
            jump = min(2.0, max(0.03, r.lognormvariate(math.log(0.3), 0.7)))
            self.shoutouts.append((self._event_ago(0.7), jump, r.uniform(0.25, 0.6)))
        if (
            self.platform in LIVE_TAP
            and self.style != "live"
            and self.tier not in ("tiny", "nano")
            and r.random() < 0.1
        ):
            self._set_formats(r.uniform(0.05, 0.2))

    # -- fraud components ---------------------------------------------------------------
    def _bot_kinds(self, x: float) -> dict[str, float]:
        """Cheap sellers deliver empty accounts; better ones mix in aged, active ones."""
        quality = self.r.random() * (1.0 - 0.5 * x)
        return {"cheap_bot": 1.0 - 0.7 * quality, "premium_bot": 0.7 * quality}

    def _m_bought_followers_burst(self, x: float) -> None:
        r = self.r
        bursts = []
        for _ in range(1 + int(x * 3 + r.random())):
            if r.random() < 0.4:
                ago = max(1, int(self.post_ago[self._post_in_window(0.8)]))
            else:
                ago = self._event_ago(0.75)
            fast = r.random() < 0.45 + 0.4 * x
            length = r.randint(1, 2) if fast else r.randint(3, 14)
            bursts.append((ago, length, r.uniform(0.3, 1.0)))
        self.bought.append(
            {
                "share": _intensity_share(x),
                "bursts": bursts,
                "loss": r.uniform(0.0003, 0.003),
                "kinds": self._bot_kinds(x),
                "weight": 0.0,
            }
        )

    def _m_bought_followers_drip(self, x: float) -> None:
        r = self.r
        start = r.randint(60, 700)
        end = 0 if r.random() < 0.7 else r.randint(0, max(0, start - 40))
        self.bought.append(
            {
                "share": _intensity_share(x),
                "drip": (start, end, r.uniform(0.05, 0.4)),
                "loss": r.uniform(0.0002, 0.002),
                "kinds": self._bot_kinds(x),
                "weight": 0.0,
            }
        )

    def _m_bought_followers_premium(self, x: float) -> None:
        r = self.r
        bursts = [
            (self._event_ago(0.75), r.randint(7, 30), r.uniform(0.3, 1.0))
            for _ in range(r.randint(1, 3))
        ]
        kinds = {"premium_bot": r.uniform(0.75, 1.0), "cheap_bot": r.uniform(0.0, 0.25)}
        self.bought.append(
            {
                "share": 0.04 + 0.5 * x**1.2,
                "bursts": bursts,
                "loss": r.uniform(0.0001, 0.0008),
                "kinds": kinds,
                "weight": r.uniform(0.004, 0.02),
            }
        )

    def _m_bought_followers_refill(self, x: float) -> None:
        r = self.r
        first = r.randint(40, self.hist_days + 200)
        bursts = [(first, r.randint(1, 4), 1.0)]
        if r.random() < 0.4:
            bursts.append((r.randint(5, first), r.randint(1, 4), r.uniform(0.3, 1.0)))
        purges = []
        last = min(b[0] for b in bursts)
        for _ in range(r.choice((1, 1, 2))):
            ago = r.randint(8, max(9, min(first - 5, self.hist_days - 3)))
            purges.append(
                (ago, r.uniform(0.3, 0.8), r.randint(2, 15), r.randint(1, 5), r.uniform(0.7, 1.1))
            )
            last = min(last, ago)
        self.bought.append(
            {
                "share": _intensity_share(x),
                "bursts": bursts,
                "loss": r.uniform(0.0003, 0.002),
                "kinds": self._bot_kinds(x),
                "weight": 0.0,
                "refill": purges,
            }
        )
        for ago, frac, _, _, _ in purges:
            self.purges.append((ago, r.uniform(0.2, 0.7), r.uniform(0.001, 0.01), frac * 0.1))

    def _m_bought_followers_old(self, x: float) -> None:
        r = self.r
        kinds = {"old_bot": r.uniform(0.6, 1.0), "cheap_bot": r.uniform(0.0, 0.3)}
        self.bought.append(
            {
                "share": 0.08 + 0.7 * x**1.2,
                "old": r.randint(400, 1800),
                "loss": r.uniform(0.0001, 0.0008),
                "kinds": kinds,
                "weight": 0.0,
            }
        )
        self.growth_year = min(self.growth_year, r.uniform(0.9, 1.3))

    def _affected(self, p: float, prefer_sponsored: bool) -> np.ndarray:
        """Which posts a fraud touches: a campaign window, sponsored posts or a random set."""
        r, n = self.r, self.n_posts
        k = r.random()
        if k < 0.4:
            width = max(1, round(p * n))
            start = r.randint(0, n - width)
            mask = np.zeros(n, dtype=bool)
            mask[start : start + width] = True
        else:
            mask = self.rng.random(n) < p
        if prefer_sponsored:
            mask |= self.post_sponsored & (self.rng.random(n) < 0.9)
        if not mask.any():
            mask[r.randrange(n)] = True
        return mask

    def _m_bought_likes(self, x: float) -> None:
        r = self.r
        self.fr["likes"] = {
            "mask": self._affected(0.3 + 0.7 * x, r.random() < 0.5),
            "package": r.random() < 0.45,
            "k": 0.25 + 4.0 * x**1.3,
            "drop": r.uniform(0.0, 0.3),
            "triple": r.random() < 0.2,
        }

    def _m_bought_views(self, x: float) -> None:
        self.fr["views"] = {
            "mask": self._affected(0.4 + 0.6 * x, self.r.random() < 0.4),
            "k": 0.5 + 12.0 * x**1.3,
            "likes": self.r.uniform(0.02, 0.2),
        }

    def _m_bot_comments(self, x: float) -> None:
        r = self.r
        soph = r.random()
        self.fr["bot"] = {
            "mask": self._affected(0.4 + 0.6 * x, r.random() < 0.3),
            "k": 0.15 + 3.0 * x**1.2,
            "package": r.random() < 0.4,
            "soph": soph,
            "pool": int(15 + 250 * soph * r.random()),
            "likes": r.random() < 0.5,
            "comment_likes": r.random() < soph * 0.5,
        }

    def _m_engagement_pod(self, x: float) -> None:
        r = self.r
        if self.norm.zh:
            size = r.randint(30, 200)
            part = 0.1 + 0.35 * x
        else:
            size = r.randint(15, 60)
            part = 0.2 + 0.5 * x
        members = [_commenter_name(r, self.platform, self.lang, 0.03) for _ in range(size)]
        self.pod = {
            "size": size,
            "p": part,
            "c": r.uniform(0.4, 0.9),
            "members": members,
            "follow": r.uniform(0.6, 1.0),
            "join": r.randint(30, 500),
        }

    def _m_ai_praise(self, x: float) -> None:
        r = self.r
        self.fr["ai"] = {
            "mask": self._affected(0.4 + 0.6 * x, r.random() < 0.4),
            "k": 0.1 + 2.0 * x**1.2,
            "realism": r.uniform(0.4, 0.95),
            "likes": r.random() < 0.3,
        }

    def _m_follow_unfollow_churn(self, x: float) -> None:
        r = self.r
        fb, start = r.uniform(0.05, 0.2), r.randint(60, 500)
        # a tool follows at most a few hundred accounts a day: big accounts gain little
        feasible = 300.0 * fb * start * 0.6 / self.f_target
        self.churn = {
            "share": max(0.01, min(0.06 + 0.6 * x**1.2, feasible)),
            "saw": r.random() < 0.65,
            "fb": fb,
            "cycle": r.randint(3, 14),
            "loss": r.uniform(0.002, 0.008),
            "start": start,
            "weight": r.uniform(0.03, 0.1),
        }

    def _m_lure_spam(self, x: float) -> None:
        r = self.r
        self.category = r.choice(("finance", "education", "lifestyle", "beauty", "fashion"))
        self._m_bought_followers_burst(0.3 + 0.5 * x)
        if r.random() < 0.7:
            self.fr["likes"] = {
                "mask": self._affected(0.5, False),
                "package": True,
                "k": 0.3 + 1.2 * x,
                "drop": r.uniform(0.0, 0.3),
            }
        pool = [_bot_name(r, self.platform, 0.6) for _ in range(r.randint(5, 40))]
        self.fr["lure"] = {
            "mask": self._affected(0.5 + 0.5 * x, False),
            "k": 0.3 + 2.0 * x,
            "reply": r.uniform(0.3, 0.8),
            "pool": pool,
        }

    # -- timeline -----------------------------------------------------------------------
    def _horizon(self) -> int:
        """Days in the simulated timeline (the last one is as_of)."""
        agos = [int(self.post_ago.max()), self.hist_days]
        agos += [a for a, _, _ in self.shoutouts] + [p[0] for p in self.purges]
        for spec in self.bought:
            agos += [b[0] + b[1] for b in spec.get("bursts", ())]
            if "drip" in spec:
                agos.append(spec["drip"][0])
        if self.churn:
            agos.append(self.churn["start"])
        if self.pod:
            agos.append(self.pod["join"])
        return max(agos) + 20

    def _timeline(self) -> None:
        """Daily follower cohorts, engaged audience and following count."""
        rng, r = self.rng, self.r
        horizon = self._horizon()
        self.horizon = horizon
        day = horizon - 1 - self.post_ago
        self.post_idx = day
        imp = np.zeros(horizon)
        np.add.at(imp, day, 1.0)
        bump = np.convolve(imp, KERNEL)[:horizon]
        walk = np.cumsum(rng.normal(0.0, 0.04, horizon))
        walk = np.convolve(walk, np.ones(21) / 21.0, mode="same")
        shape = np.exp(walk - walk.mean()) * (1.0 + self.post_follow_k * bump)
        shape *= np.exp(rng.normal(0.0, 0.35, horizon))
        core_loss = np.full(horizon, self.core_loss)
        core_w = np.full(horizon, self.w_core)
        if self.algo:
            a = horizon - 1 - self.algo[0]
            shape[a:] *= self.algo[2]
        if self.dormant:
            s, e = horizon - 1 - self.dormant[0], horizon - 1 - self.dormant[1]
            shape[s:e] *= 0.03
            core_loss[s:e] += 0.0004
            ramp = np.clip((np.arange(horizon) - e) / r.uniform(60, 120), 0.0, 1.0)
            lo, hi = self.dormant[2], self.dormant[3]
            core_w[e:] = self.w_core * (lo + (hi - lo) * ramp[e:])
        purge_days = [(horizon - 1 - a, nf, cf, bf) for a, nf, cf, bf in self.purges]
        real_loss = np.zeros(horizon)
        for d, _, cf, _ in purge_days:
            real_loss[d] += cf
        core_loss *= np.exp(rng.normal(0.0, 0.3, horizon))
        growth = self.growth_year ** (horizon / 365.0)
        for _ in range(30):
            loss = core_loss + real_loss
            keep = np.maximum(np.cumprod(1.0 - loss), 1e-12)
            base, scale = keep[-1], keep[-1] * np.sum(shape / keep)
            g0 = (growth - base) / scale
            if g0 * shape.mean() >= 0.3 * core_loss.mean():
                break
            core_loss *= 1.3  # a shrinking account still gains some followers every day
        g0 = max(0.0, g0)
        core = _solve(1.0, g0 * shape, loss)
        tt = np.arange(horizon, dtype=float)
        cohorts: list[dict[str, Any]] = [
            {"name": "core", "x": core, "w": core_w, "kinds": self.core_kinds, "real": True}
        ]
        real_gains = g0 * shape
        for p, jump, wr, tau in self.virals:
            d = int(day[p])
            g = np.zeros(horizon)
            amt = jump * core[d]
            seg = FOLLOW_KERNEL[: horizon - d]
            g[d : d + len(seg)] = amt * seg
            lv = np.where((tt >= d) & (tt < d + 30), 0.004, 0.0008) + real_loss
            w = np.where(tt >= d, wr * self.w_core * np.exp(-(tt - d) / tau), 0.0)
            cohorts.append(
                {
                    "name": "viral",
                    "x": _solve(0.0, g, lv),
                    "w": w,
                    "kinds": COHORT_KINDS["viral"],
                    "real": True,
                    "post": p,
                    "amount": amt,
                }
            )
            real_gains = real_gains + g
        for p, jump, wr in self.giveaways:
            d = int(day[p])
            g = np.zeros(horizon)
            amt = jump * core[d]
            seg = np.ones(min(6, horizon - d)) / 6.0
            g[d : d + len(seg)] = amt * seg
            lv = np.where((tt >= d + 7) & (tt < d + 21), 0.02, 0.0008) + real_loss
            cohorts.append(
                {
                    "name": "giveaway",
                    "x": _solve(0.0, g, lv),
                    "w": wr * self.w_core,
                    "kinds": COHORT_KINDS["giveaway"],
                    "real": True,
                    "post": p,
                    "amount": amt,
                }
            )
            real_gains = real_gains + g
        self.shout_days: list[tuple[int, float]] = []
        for ago, jump, wr in self.shoutouts:
            d = horizon - 1 - ago
            g = np.zeros(horizon)
            amt = jump * core[d]
            seg = np.array([0.7, 0.3])[: horizon - d]
            g[d : d + len(seg)] = amt * seg
            lv = np.where((tt >= d) & (tt < d + 20), 0.003, 0.0006) + real_loss
            cohorts.append(
                {
                    "name": "shoutout",
                    "x": _solve(0.0, g, lv),
                    "w": wr * self.w_core,
                    "kinds": COHORT_KINDS["shoutout"],
                    "real": True,
                }
            )
            self.shout_days.append((d, jump))
            real_gains = real_gains + g
        if self.viral_old:
            size, wr, tau, lv0 = self.viral_old
            lv = np.full(horizon, lv0) + real_loss
            cohorts.append(
                {
                    "name": "viral_old",
                    "x": _solve(size, np.zeros(horizon), lv),
                    "w": wr * self.w_core * np.exp(-tt / tau),
                    "kinds": COHORT_KINDS["viral_old"],
                    "real": True,
                }
            )
        real_x0 = 1.0 + (self.viral_old[0] if self.viral_old else 0.0)
        ratio = self.bot_share0 / (1.0 - self.bot_share0)
        nat_loss = np.full(horizon, 0.0002)
        for d, nf, _, _ in purge_days:
            nat_loss[d] += nf
        nat = _solve(ratio * real_x0, ratio * r.uniform(0.6, 1.4) * real_gains, nat_loss)
        cohorts.append(
            {"name": "natbot", "x": nat, "w": 0.0, "kinds": COHORT_KINDS["natbot"], "real": False}
        )
        real_end = sum(c["x"][-1] for c in cohorts)
        self._bought_cohorts(cohorts, real_end, purge_days)
        total_end = sum(c["x"][-1] for c in cohorts)
        size_scale = self.f_target / total_end
        self.size_scale = size_scale
        followers_t = np.zeros(horizon)
        engaged_t = np.zeros(horizon)
        real_t = np.zeros(horizon)
        for c in cohorts:
            c["x"] = c["x"] * size_scale
            followers_t += c["x"]
            engaged_t += c["w"] * c["x"]
            if c["real"]:
                real_t += c["x"]
        following = self._following(horizon)
        if self.churn:
            following += self._churn_following(cohorts, horizon)
        if self.pod:
            join = horizon - 1 - self.pod["join"]
            n_follow = self.pod["size"] * self.pod["follow"]
            x = np.where(tt >= join, n_follow, 0.0)
            cohorts.append(
                {"name": "pod", "x": x, "w": 0.0, "kinds": COHORT_KINDS["pod"], "real": False}
            )
            followers_t += x
            following += np.where(tt >= join, self.pod["size"] * r.uniform(0.7, 1.0), 0.0)
        self.cohorts = cohorts
        self.followers_t, self.engaged_t, self.real_t = followers_t, engaged_t, real_t
        self.following = np.maximum(np.round(following), 0)

    def _bought_cohorts(
        self,
        cohorts: list[dict[str, Any]],
        real_end: float,
        purge_days: list[tuple[int, float, float, float]],
    ) -> None:
        """Bought and churn cohorts, scaled to their share of the final follower count."""
        horizon = self.horizon
        specs = list(self.bought)
        if self.churn:
            specs.append({"share": self.churn["share"], "churn": True})
        if not specs:
            return
        keep_all = 1.0
        for s in specs:
            keep_all *= 1.0 - s["share"]
        total_share = min(0.93, 1.0 - keep_all)
        target_total = total_share / (1.0 - total_share) * real_end
        share_sum = sum(s["share"] for s in specs)
        for spec in specs:
            target = target_total * spec["share"] / share_sum
            if spec.get("churn") and self.churn is not None:
                x, kinds, w = (
                    self._churn_cohort(horizon),
                    COHORT_KINDS["churn"],
                    self.churn["weight"],
                )
                name = "churn"
            else:
                x = self._bought_level(spec, horizon, purge_days)
                kinds, w, name = spec["kinds"], spec["weight"], "bought"
            factor = target / max(x[-1], 1e-9)
            cohorts.append(
                {"name": name, "x": x * factor, "w": w, "kinds": kinds, "real": False, "spec": spec}
            )

    def _bought_level(
        self, spec: dict[str, Any], horizon: int, purge_days: list[tuple[int, float, float, float]]
    ) -> np.ndarray:
        """Unscaled level of one bought cohort."""
        rng = self.rng
        g = np.zeros(horizon)
        x0 = 0.0
        for ago, length, amount in spec.get("bursts", ()):
            d = max(0, horizon - 1 - ago)
            seg = rng.uniform(0.5, 1.5, length)
            seg = seg / seg.sum() * amount
            seg = seg[: horizon - d]
            g[d : d + len(seg)] += seg
        if "drip" in spec:
            start, end, noise = spec["drip"]
            s, e = horizon - 1 - start, horizon - end
            g[s:e] += np.exp(rng.normal(0.0, noise, e - s))
        if "old" in spec:
            x0 = 1.0
        loss = np.full(horizon, spec["loss"])
        for d, _, _, bf in purge_days:
            loss[d] += bf
        x = _solve(x0, g, loss)
        for ago, frac, delay, length, ratio in sorted(spec.get("refill", ()), reverse=True):
            d = horizon - 1 - ago
            loss[d] += frac
            x = _solve(x0, g, loss)
            lost = x[d - 1] * frac if d > 0 else 0.0
            s = min(horizon - 1, d + delay)
            seg = rng.uniform(0.5, 1.5, length)
            seg = seg / seg.sum() * lost * ratio
            seg = seg[: horizon - s]
            g[s : s + len(seg)] += seg
            x = _solve(x0, g, loss)
        if x[-1] <= 0:
            x = x + 1e-6
        return x

    def _churn_pattern(self, horizon: int) -> np.ndarray:
        """Daily follows made by a follow/unfollow tool (relative units)."""
        c = self.churn
        assert c is not None
        start = horizon - 1 - c["start"]
        follows = np.zeros(horizon)
        active = self.rng.random(horizon) < 0.85
        follows[start:] = np.exp(self.rng.normal(0.0, 0.3, horizon - start)) * active[start:]
        return follows

    def _churn_cohort(self, horizon: int) -> np.ndarray:
        c = self.churn
        assert c is not None
        self.churn_follows = self._churn_pattern(horizon)
        return _solve(0.0, self.churn_follows * c["fb"], np.full(horizon, c["loss"]))

    def _churn_following(self, cohorts: list[dict[str, Any]], horizon: int) -> np.ndarray:
        """The creator's own following count produced by the churn tool."""
        c = self.churn
        assert c is not None
        cohort = next(co for co in cohorts if co["name"] == "churn")
        unit = _solve(0.0, self.churn_follows * c["fb"], np.full(horizon, c["loss"]))
        factor = cohort["x"][-1] / max(unit[-1], 1e-9)
        follows = np.minimum(self.churn_follows * factor, 1200.0)
        if not c["saw"]:
            return self.rng.normal(0.0, 1.0, horizon).cumsum() * np.sqrt(follows.mean() + 1) * 0.2
        unfollow = np.zeros(horizon)
        cycle = c["cycle"]
        pending = 0.0
        for t in range(horizon):
            pending += follows[t]
            if follows[t] > 0 and (t % cycle == cycle - 1):
                unfollow[t] = pending * self.r.uniform(0.7, 1.0)
                pending -= unfollow[t]
        cap = {"weibo": 3000, "instagram": 7500}.get(self.platform, 10000) * 0.97
        return np.clip(np.cumsum(follows - unfollow), 0.0, max(0.0, cap - self.following_base))

    def _following(self, horizon: int) -> np.ndarray:
        """A genuine following count: slow drift, occasional clean-ups."""
        rng = self.rng
        lam = max(self.following_base / 900.0, 0.02)
        steps = rng.poisson(lam, horizon) - rng.poisson(lam * 0.6, horizon)
        if self.r.random() < 0.15:
            d = self.r.randrange(horizon)
            steps[d] -= int(self.following_base * self.r.uniform(0.1, 0.4))
        path = self.following_base + np.cumsum(steps) - steps.sum()
        return np.maximum(path.astype(float), 0.0)

    # -- posts --------------------------------------------------------------------------
    def _posts(self) -> None:
        """Per-post views, likes, comments, shares, saves and comment sources."""
        rng, r, nm = self.rng, self.r, self.norm
        n, horizon = self.n_posts, self.horizon
        d = self.post_idx
        engaged_t = np.maximum(self.engaged_t[d], 0.0)
        real_t = self.real_t[d]
        fx = np.array(
            [FORMAT_OVERRIDE.get((self.platform, f), FORMAT_EFFECT[f]) for f in self.post_format]
        )
        live = np.array([f == "live" for f in self.post_format])
        size = (np.maximum(real_t, 30.0) / 1e4) ** (-nm.beta)
        eps = rng.standard_t(5, n) * 0.8
        views = engaged_t * nm.view_rate * size * fx[:, 0] * np.exp(self.mu_c + nm.sigma * eps)
        views += nm.floor * np.exp(rng.normal(0.0, 0.9, n) + 0.5 * self.mu_c) * fx[:, 0]
        if self.algo:
            views[d >= horizon - 1 - self.algo[0]] *= self.algo[1]
        spons = self.post_sponsored
        views[spons] *= rng.uniform(0.55, 0.85, int(spons.sum()))
        for sd, jump in self.shout_days:
            near = (d >= sd) & (d < sd + 14)
            views[near] *= 1.0 + min(jump, 3.0) * 0.3
        cl, cc, cs, csv = CATEGORY_EFFECT[self.category]
        likes = (
            views
            * nm.like_rate
            * self.eff[0]
            * self.mult[0]
            * cl
            * fx[:, 1]
            * np.exp(rng.normal(0.0, 0.25, n))
        )
        comments = (
            likes
            * nm.comment_rate
            * self.eff[1]
            * self.mult[1]
            * cc
            * np.exp(rng.normal(0.0, 0.35, n))
        )
        shares = (
            likes
            * nm.share_rate
            * self.eff[2]
            * self.mult[2]
            * cs
            * np.exp(rng.normal(0.0, 0.5, n))
            * self.repost_mult
        )
        saves = (
            likes
            * nm.save_rate
            * self.eff[3]
            * self.mult[3]
            * csv
            * fx[:, 2]
            * np.exp(rng.normal(0.0, 0.4, n))
        )
        coins = likes * r.uniform(0.15, 0.5) * np.exp(rng.normal(0.0, 0.3, n))
        danmaku = views * r.uniform(0.002, 0.012) * np.exp(rng.normal(0.0, 0.6, n))
        if live.any():
            k = int(live.sum())
            lv = engaged_t[live] * rng.uniform(0.03, 0.3, k) * size[live] + nm.floor * np.exp(
                rng.normal(0.0, 0.8, k)
            )
            views[live] = lv
            if self.platform in LIVE_TAP:
                likes[live] = lv * np.exp(rng.normal(math.log(6.0), 0.9, k))
                comments[live] = lv * np.exp(rng.normal(math.log(0.3), 0.6, k))
            else:
                likes[live] = lv * nm.like_rate * np.exp(rng.normal(0.0, 0.3, k))
                comments[live] = lv * np.exp(rng.normal(math.log(0.03), 0.5, k))
            shares[live] = lv * 0.01 * np.exp(rng.normal(0.0, 0.5, k))
            saves[live] = 0.0
        entries = np.zeros(n)
        for c in self.cohorts:
            if c["name"] not in ("viral", "giveaway"):
                continue
            p = c["post"]
            gained = c["amount"] * self.size_scale
            if c["name"] == "viral":
                m = min(800.0, max(3.0, gained / (views[p] * r.uniform(0.003, 0.02) + 1.0)))
                views[p] *= m
                likes[p] *= m * 0.7
                comments[p] *= m * 0.6
                shares[p] *= m * 2.0
                saves[p] *= m
                coins[p] *= m * 0.6
                danmaku[p] *= m
            else:
                likes[p] *= r.uniform(2.0, 6.0)
                shares[p] *= (
                    r.uniform(5.0, 20.0) if self.platform == "weibo" else r.uniform(1.5, 4.0)
                )
                entries[p] += gained * r.uniform(0.5, 1.5)
        bait = np.zeros(n, dtype=bool)
        if self.bait_share > 0:
            bait = rng.random(n) < r.uniform(0.15, 0.4)
            comments[bait] *= rng.uniform(2.0, 6.0, int(bait.sum()))

        def cnt(x: np.ndarray) -> np.ndarray:
            return rng.poisson(np.minimum(np.maximum(x, 0.0), 1e12)).astype(np.int64)

        views_i, likes_i, comments_i = cnt(views), cnt(likes), cnt(comments)
        shares_i, saves_i, coins_i, dm_i = cnt(shares), cnt(saves), cnt(coins), cnt(danmaku)
        src: dict[str, np.ndarray] = {
            k: np.zeros(n, dtype=np.int64)
            for k in (
                "genuine",
                "spam3p",
                "natbot",
                "control",
                "bait",
                "giveaway",
                "reply",
                "bot",
                "ai",
                "pod",
                "lure",
                "lure_reply",
            )
        }
        genuine = comments_i.copy()
        src["spam3p"] = rng.binomial(genuine, min(0.9, self.spam3p_rate))
        src["natbot"] = rng.binomial(genuine, min(0.9, self.natbot_comment_rate))
        # Clamped at 0 by the project (the two draws above are independent and can together
        # exceed a post's comments; seed 10010 crashed on a negative count). Records that never
        # went negative are byte for byte as written.
        rest = np.maximum(genuine - src["spam3p"] - src["natbot"], 0)
        if self.control_share > 0:
            src["control"] = rng.binomial(rest, self.control_share)
            rest = rest - src["control"]
        if bait.any():
            src["bait"] = np.where(bait, rng.binomial(rest, self.bait_share), 0)
            rest = rest - src["bait"]
        src["genuine"] = rest
        src["giveaway"] = cnt(entries)
        self._fraud_overlays(views_i, likes_i, shares_i, saves_i, coins_i, comments_i, src)
        src["reply"] = rng.binomial(src["genuine"] + src["pod"], min(0.9, self.reply_rate))
        total = np.sum(np.stack(list(src.values())), axis=0)
        self.metrics = {
            "views": views_i,
            "likes": likes_i,
            "comments": total,
            "shares": shares_i,
            "saves": saves_i,
            "coins": coins_i,
            "danmaku": dm_i,
        }
        self.src = src

    def _fraud_overlays(
        self,
        views: np.ndarray,
        likes: np.ndarray,
        shares: np.ndarray,
        saves: np.ndarray,
        coins: np.ndarray,
        organic_comments: np.ndarray,
        src: dict[str, np.ndarray],
    ) -> None:
        """Add bought likes, views, comments, pod and lure activity to the posts."""
        rng, r, nm = self.rng, self.r, self.norm
        n = self.n_posts
        base_comments = np.maximum(organic_comments, 1)
        spec = self.fr.get("views")
        if spec:
            m = spec["mask"]
            add = views[m] * spec["k"] * np.exp(rng.normal(0.0, 0.3, int(m.sum())))
            views[m] += add.astype(np.int64)
            likes[m] += (add * nm.like_rate * spec["likes"]).astype(np.int64)
        spec = self.fr.get("likes")
        if spec:
            m = spec["mask"]
            med = max(float(np.median(likes)), 5.0)
            for p in np.flatnonzero(m):
                if spec["package"]:
                    want = med * spec["k"] * math.exp(r.gauss(0.0, 0.3))
                    pack = min(PACKAGES, key=lambda v: abs(math.log(v / want)))
                    add = pack * r.uniform(0.97, 1.1)
                else:
                    add = likes[p] * spec["k"] * math.exp(r.gauss(0.0, 0.2))
                add *= 1.0 - spec["drop"] * r.random()
                likes[p] += int(add)
                if self.platform == "rednote":
                    saves[p] += int(add * r.uniform(0.3, 0.8))
                elif self.platform == "weibo":
                    shares[p] += int(add * r.uniform(0.2, 0.8))
                elif self.platform == "douyin":
                    shares[p] += int(add * r.uniform(0.0, 0.1))
                    saves[p] += int(add * r.uniform(0.0, 0.15))
                elif self.platform == "bilibili" and spec.get("triple"):
                    coins[p] += int(add * r.uniform(0.1, 0.3))
                    saves[p] += int(add * r.uniform(0.1, 0.3))
        spec = self.fr.get("bot")
        if spec:
            m = spec["mask"]
            for p in np.flatnonzero(m):
                want = base_comments[p] * spec["k"] * math.exp(r.gauss(0.0, 0.3)) + 2
                if spec["package"]:
                    want = min(
                        (10, 20, 30, 50, 100, 200, 500, 1000), key=lambda v: abs(math.log(v / want))
                    )
                k = int(want)
                src["bot"][p] += k
                if spec["likes"]:
                    likes[p] += int(k * r.uniform(1.0, 10.0))
        spec = self.fr.get("ai")
        if spec:
            m = spec["mask"]
            k = base_comments[m] * spec["k"] * np.exp(rng.normal(0.0, 0.4, int(m.sum())))
            src["ai"][m] += k.astype(np.int64) + rng.integers(1, 4, int(m.sum()))
            if spec["likes"]:
                likes[m] += (k * rng.uniform(2.0, 8.0, int(m.sum()))).astype(np.int64)
        spec = self.fr.get("lure")
        if spec:
            m = spec["mask"]
            k = base_comments[m] * spec["k"] * np.exp(rng.normal(0.0, 0.4, int(m.sum())))
            k = k.astype(np.int64) + rng.integers(2, 10, int(m.sum()))
            src["lure"][m] += k
            src["lure_reply"][m] += rng.binomial(k, spec["reply"])
        if self.pod:
            joined = self.post_idx >= self.horizon - 1 - self.pod["join"]
            size, p = self.pod["size"], self.pod["p"]
            pl = rng.binomial(size, p, n) * joined
            likes += pl
            src["pod"] += rng.binomial(pl, self.pod["c"])

    # -- comments -----------------------------------------------------------------------
    def _times(self) -> None:
        """Epoch seconds of as_of and of every post."""
        midnight = (
            datetime(
                self.as_of_date.year, self.as_of_date.month, self.as_of_date.day, tzinfo=UTC
            ).timestamp()
            - self.tz * 3600
        )
        self.as_of_ts = midnight + self.as_of_local_hour * 3600
        self.post_ts = midnight - self.post_ago * 86400.0 + self.post_hour * 3600.0
        self.tzinfo = timezone(timedelta(hours=self.tz))

    def _iso(self, ts: float) -> str:
        return datetime.fromtimestamp(ts, self.tzinfo).isoformat(timespec="seconds")

    def _delay(self, source: str, p: int, bot_start: dict[int, tuple[float, float]]) -> float:
        """Seconds between a post and one of its comments, by who wrote it."""
        r = self.r
        span = max(60.0, self.as_of_ts - float(self.post_ts[p]))
        diurnal = False
        if self.post_format[p] == "live" and source in ("genuine", "reply", "bot", "pod"):
            h = r.uniform(0.0, 3.0)
        elif source in ("genuine", "bait", "reply"):
            h = r.lognormvariate(math.log(5.0 if source != "reply" else 9.0), 1.6)
            diurnal = True
        elif source in ("spam3p", "lure"):
            h = r.lognormvariate(math.log(1.5), 1.4)
        elif source == "natbot":
            h = r.lognormvariate(math.log(3.0), 1.8)
        elif source == "control":
            h = r.lognormvariate(math.log(0.4), 1.0)
        elif source == "giveaway":
            h = 144.0 * r.random() ** 2
            diurnal = True
        elif source == "bot":
            if p not in bot_start:
                soph = self.fr["bot"]["soph"]
                spread = r.uniform(0.02, 0.5) if soph < 0.5 else r.uniform(2.0, 48.0)
                bot_start[p] = (r.uniform(0.05, 12.0), spread)
            start, spread = bot_start[p]
            h = start + r.random() * spread
        elif source == "ai":
            h = r.lognormvariate(math.log(3.0), 1.3)
        elif source == "pod":
            h = r.expovariate(1.0 / 0.4)
        else:
            h = r.lognormvariate(math.log(4.0), 1.2)
        sec = h * 3600.0
        if diurnal:
            for _ in range(4):
                local = (float(self.post_ts[p]) + sec + self.tz * 3600) / 3600.0 % 24
                if r.random() < HOUR_W[int(local)]:
                    break
                sec += r.uniform(1.0, 6.0) * 3600.0
        if sec >= span:
            sec = r.random() * span
        return sec

    def _control_texts(self) -> list[str]:
        kit = self.kit
        return [
            kit.fill(self.r.choice(ZH_CONTROL if kit.zh else EN_CONTROL))
            for _ in range(self.r.randint(3, 8))
        ]

    def _comments(self) -> list[dict[str, Any]]:
        """A scraper's sample of the comments, 100-300 typically (all of them if fewer)."""
        r, rng = self.r, self.rng
        n = self.n_posts
        total = self.metrics["comments"]
        want = r.randint(100, 300) if r.random() < 0.9 else r.randint(300, 400)
        want = min(want, int(total.sum()))
        alloc = np.zeros(n, dtype=np.int64)
        weights = np.asarray(total, dtype=float) ** 0.8
        weights *= np.where(np.array(self.post_format) == "live", 0.2, 1.0)
        for _ in range(6):
            room = total - alloc
            left = want - int(alloc.sum())
            if left <= 0 or room.sum() == 0:
                break
            w = weights * (room > 0)
            draw = np.minimum(rng.multinomial(left, w / w.sum()), room)
            alloc += draw
        keys = list(self.src)
        counts = np.stack([self.src[k] for k in keys], axis=1)
        loyal = [
            _commenter_name(r, self.platform, self.lang, self.default_name_p)
            for _ in range(self.loyal_n)
        ]
        bot_pool: list[str] = []
        if "bot" in self.fr:
            spec = self.fr["bot"]
            bot_pool = [
                _bot_name(r, self.platform, spec["soph"] * 0.8) for _ in range(spec["pool"])
            ]
        fans = [self._fan_name() for _ in range(r.randint(20, 150))]
        control = self._control_texts() if self.control_share > 0 else []
        bot_start: dict[int, tuple[float, float]] = {}
        out: list[dict[str, Any]] = []
        self.sampled = np.zeros(n, dtype=np.int64)
        for p in range(n):
            k = int(alloc[p])
            if k == 0:
                continue
            comp = rng.multivariate_hypergeometric(counts[p], k)
            self.sampled[p] = k
            for j in np.flatnonzero(comp):
                source = keys[j]
                for _ in range(int(comp[j])):
                    author, text, creator = self._comment_body(
                        source, p, loyal, bot_pool, fans, control
                    )
                    sec = self._delay(source, p, bot_start)
                    out.append(
                        {
                            "post_id": self.post_ids[p],
                            "author": author,
                            "text": text,
                            "posted_at": self._iso(float(self.post_ts[p]) + sec),
                            "likes": self._comment_likes(source, p),
                            "from_creator": creator,
                        }
                    )
        return out

    def _fan_name(self) -> str:
        r, kit = self.r, self.kit
        if kit.zh:
            return r.choice(
                (
                    f"{kit.idol}的{r.choice(ZH_NAME_NOUN)}",
                    f"只爱{kit.idol}",
                    f"{kit.idol}家的{r.choice(ZH_NAME_NOUN)}",
                    f"{kit.idol}的小太阳{r.randint(1, 999)}",
                    _zh_nick(r),
                )
            ) + r.choice(("", "", str(r.randint(1, 99))))
        return r.choice(
            (
                f"{kit.idol.lower()}.stan",
                f"{kit.idol.lower()}{r.randint(1, 999)}",
                f"{kit.idol.lower()}_my_sunshine",
                _en_handle(r),
            )
        )

    def _comment_body(
        self,
        source: str,
        p: int,
        loyal: list[str],
        bot_pool: list[str],
        fans: list[str],
        control: list[str],
    ) -> tuple[str, str, bool]:
        """Author, text and whether the creator wrote it."""
        r, kit, plat = self.r, self.kit, self.platform
        if source in ("reply", "lure_reply"):
            text = (
                kit.reply(self.style)
                if source == "reply"
                else kit.pick(ZH_LURE_REPLY, EN_LURE_REPLY, 0.1)
            )
            return self.handle, text, True
        if source == "genuine":
            if self.style == "fan" and r.random() < 0.5:
                author = r.choice(fans)
            elif r.random() < self.p_loyal:
                author = r.choice(loyal)
            else:
                author = _commenter_name(r, plat, self.lang, self.default_name_p)
            if self.post_format[p] == "live" and r.random() < 0.7:
                text = (
                    kit.pick(ZH_LIVE, EN_LIVE, 0.15)
                    if self.style == "live"
                    else kit.pick(ZH_LIVE_CHAT, EN_LIVE_CHAT, 0.2)
                )
            elif self.style == "brand" and r.random() < 0.45:
                text = kit.pick(ZH_BRAND_Q, EN_BRAND_Q, personal=True)
            elif self.style == "fan" and r.random() < 0.55:
                text = kit.pick(ZH_FAN, EN_FAN, personal=True)
            else:
                text = kit.genuine(self.generic_share, self.long_share)
            return author, text, False
        if source == "spam3p":
            if kit.zh:
                author = r.choice(LURE_NAMES) + (
                    r.choice(("", "-", "_")) + _zh_nick(r) if r.random() < 0.6 else _digits(r, 4)
                )
            else:
                author = _bot_name(r, plat, 0.3)
            return author, kit.pick(ZH_LURE_3P, EN_LURE_3P, 0.2), False
        if source == "natbot":
            return _bot_name(r, plat, 0.2), kit.bot(0.3), False
        if source == "control":
            return r.choice(fans), r.choice(control), False
        if source == "giveaway":
            author = _commenter_name(r, plat, self.lang, 0.35)
            if kit.zh and r.random() < 0.15:
                author = r.choice(("锦鲤", "好运", "欧气")) + author[:6]
            return author, kit.pick(ZH_GIVEAWAY, EN_GIVEAWAY, 0.3), False
        if source == "bait":
            author = _commenter_name(r, plat, self.lang, self.default_name_p)
            return author, kit.pick(ZH_BAIT, EN_BAIT, 0.1), False
        if source == "bot":
            return r.choice(bot_pool), kit.bot(self.fr["bot"]["soph"]), False
        if source == "ai":
            return _bot_name(r, plat, self.fr["ai"]["realism"]), kit.ai(), False
        if source == "pod":
            assert self.pod is not None
            return r.choice(self.pod["members"]), kit.pick(ZH_POD, EN_POD, 0.3), False
        return (
            r.choice(self.fr["lure"]["pool"]),
            kit.pick(ZH_LURE_PUPPET, EN_LURE_PUPPET, 0.2),
            False,
        )

    def _comment_likes(self, source: str, p: int) -> int:
        r = self.r
        post_likes = float(self.metrics["likes"][p])
        if self.post_format[p] == "live":
            post_likes = min(post_likes, 0.1 * float(self.metrics["views"][p]))
        if source == "genuine":
            lam = post_likes * 0.002 * r.lognormvariate(0.0, 1.7)
        elif source == "control":
            lam = post_likes * 0.01 * r.lognormvariate(0.0, 1.0)
        elif source == "reply":
            lam = post_likes * 0.002 * r.lognormvariate(0.0, 1.2)
        elif source == "bot":
            spec = self.fr["bot"]
            lam = r.uniform(5.0, 50.0) if spec["comment_likes"] else 0.02
        elif source in ("pod", "lure"):
            lam = 1.5
        elif source in ("ai", "lure_reply", "giveaway", "bait", "spam3p"):
            lam = 0.4
        else:
            lam = 0.05
        lam = min(lam, post_likes + 1.0)
        return int(self.rng.poisson(lam))

    # -- follower sample ----------------------------------------------------------------
    def _follower_sample(self) -> list[dict[str, Any]]:
        """50-200 accounts drawn from the cohorts in proportion to their size now."""
        r, rng = self.r, self.rng
        size = r.randint(50, 200)
        levels = np.array([max(c["x"][-1], 0.0) for c in self.cohorts])
        counts = rng.multinomial(size, levels / levels.sum())
        out = []
        for c, k in zip(self.cohorts, counts, strict=True):
            for _ in range(int(k)):
                out.append(self._account(_weighted(r, c["kinds"]), c))
        r.shuffle(out)
        return out

    def _batch_ago(self, cohort: dict[str, Any]) -> float:
        """Days before as_of when a bot account was registered (sellers register in bulk)."""
        r = self.r
        spec = cohort.get("spec")
        if spec is None:
            return r.uniform(10, 900)
        if "batches" not in spec:
            if "old" in spec:
                anchors = [spec["old"]]
            elif "drip" in spec:
                anchors = [spec["drip"][0] * r.random() for _ in range(3)]
            else:
                anchors = [b[0] for b in spec.get("bursts", [(100, 1, 1)])]
            # fresh registrations cluster; sellers with aged stock spread over months
            spread = r.choice((r.uniform(1, 10), r.uniform(10, 60), r.uniform(60, 400)))
            spec["batches"] = [(a + r.uniform(5, 200) + spread, spread) for a in anchors]
        center, spread = r.choice(spec["batches"])
        return max(1.0, center + r.gauss(0.0, spread))

    def _account(self, kind: str, cohort: dict[str, Any]) -> dict[str, Any]:
        """One follower account as the platform shows it."""
        r, plat, zh = self.r, self.platform, self.norm.zh
        launch = (self.as_of_date - date(LAUNCH_YEAR[plat], 6, 1)).days

        def ln(median: float, sigma: float) -> int:
            return int(r.lognormvariate(math.log(median), sigma))

        def old_ago() -> float:
            return 30 + (launch - 30) * r.random() ** 0.8

        created = old_ago()
        last: float | None = None
        default_p = self.default_name_p
        avatar, bio_pool, url_p, verified_p, private_p = 0.95, "real", 0.03, 0.0, 0.25
        level, credit = (10, 40), (2, 4)
        if kind == "active":
            followers, following, posts = ln(60 if zh else 250, 1.3), ln(250, 0.9), ln(40, 1.3)
            last = r.expovariate(1 / 25.0)
        elif kind == "lurker":
            followers, following = ln(5, 1.2), ln(80, 1.0)
            posts = 0 if r.random() < 0.55 else ln(3, 0.8)
            avatar, bio_pool, default_p, private_p = 0.65, "none", default_p + 0.25, 0.45
            level, credit = (1, 12), (1, 2)
            last = r.uniform(30, created)
        elif kind == "dormant":
            created = r.uniform(min(3 * 365, launch * 0.6), launch)
            followers, following, posts = ln(40, 1.2), ln(200, 0.8), ln(25, 1.0)
            last = r.uniform(365, created)
            avatar, level, credit = 0.85, (8, 25), (1, 2)
        elif kind == "peer":
            followers, following, posts = 500 + ln(6000, 1.2), ln(800, 0.8), ln(300, 0.8)
            last = r.uniform(0, 7)
            avatar, bio_pool, url_p, verified_p, private_p = 1.0, "peer", 0.5, 0.05, 0.0
            default_p, level, credit = 0.0, (25, 45), (3, 4)
        elif kind == "fan_alt":
            created = r.uniform(150, min(launch, 1500))
            followers, following, posts = ln(8, 1.0), ln(150, 0.8), ln(400, 1.0)
            last, bio_pool, avatar, level, credit = r.uniform(0, 3), "fan", 0.8, (10, 25), (1, 3)
        elif kind == "lottery":
            followers, following, posts = ln(60, 1.0), ln(2500, 0.4), ln(2000, 0.8)
            last, bio_pool, level, credit = r.uniform(0, 2), "lottery", (15, 35), (1, 3)
        elif kind == "followback":
            followers, following, posts = ln(1500, 0.8), ln(3000, 0.5), ln(150, 1.0)
            last, bio_pool, private_p, level, credit = (
                r.uniform(0, 20),
                "fb",
                0.05,
                (15, 30),
                (2, 3),
            )
        elif kind == "spam_bot":
            created = r.uniform(10, min(launch, 400))
            followers, following, posts = ln(10, 1.2), ln(1500, 0.7), ln(20, 1.2)
            last, avatar, bio_pool, url_p = r.uniform(0, 30), 0.7, "spam", 0.5
            private_p, level, credit = 0.02, (3, 15), (0, 1)
        elif kind == "premium_bot":
            created = r.uniform(365, max(366, min(launch, 6 * 365)))
            followers, following, posts = ln(250, 0.9), ln(700, 0.6), ln(60, 0.8)
            last, avatar, bio_pool, default_p = r.expovariate(1 / 10.0), 0.97, "premium", 0.0
            private_p, level, credit = 0.02, (6, 22), (1, 2)
        else:  # cheap_bot, old_bot: registered in bulk, never really used
            created = min(self._batch_ago(cohort), launch)
            quality = cohort.setdefault("avatar_q", r.uniform(0.1, 0.85))
            if kind == "old_bot":
                quality *= 0.5
            followers, following = ln(2, 1.2), ln(600 if kind == "cheap_bot" else 400, 0.8)
            posts = 0 if r.random() < (0.7 if kind == "cheap_bot" else 0.8) else r.randint(1, 3)
            avatar, bio_pool, default_p, private_p = (
                quality,
                "none",
                0.55 + 0.3 * (1 - quality),
                0.02,
            )
            level, credit = (0, 5), (0, 1)
            if posts:
                last = max(0.0, created - r.uniform(0, 30))
        cap = {"weibo": 3000, "instagram": 7500}.get(plat, 10000)
        acc: dict[str, Any] = {}
        if kind in ("cheap_bot", "old_bot", "spam_bot") and r.random() > avatar:
            name = _bot_name(r, plat, 0.1)
        elif kind == "fan_alt":
            name = self._fan_name()
        else:
            name = _commenter_name(r, plat, "zh" if zh else "en", min(default_p, 0.9))
        if zh:
            acc["id"] = _digits(r, r.choice((9, 10, 11)))
            acc["display_name"] = name
        else:
            acc["username"] = name.lstrip("@")
            acc["display_name"] = _en_display(r, name) if r.random() < 0.8 else name
        acc["followers"] = followers
        acc["following"] = min(following, cap)
        acc["posts"] = posts
        acc["has_avatar"] = r.random() < avatar
        if plat in ("instagram", "tiktok", "douyin"):
            acc["is_private"] = r.random() < private_p * (1.0 if plat == "instagram" else 0.4)
        acc["verified"] = r.random() < verified_p
        bio = self._bio(bio_pool)
        if bio:
            acc["bio"] = bio
        acc["has_url"] = r.random() < url_p
        created = max(1.0, created)
        acc["created_at"] = (self.as_of_date - timedelta(days=int(created))).isoformat()
        if posts and last is not None:
            last = min(max(0.0, last), created)
            acc["last_post_at"] = (self.as_of_date - timedelta(days=int(last))).isoformat()
        if plat == "weibo":
            acc["platform_level"] = r.randint(*level)
            acc["membership_level"] = (
                r.randint(1, 7) if kind in ("active", "peer") and r.random() < 0.15 else 0
            )
            acc["credit_rating"] = r.randint(*credit)
        return acc

    def _bio(self, pool: str) -> str:
        """A follower's bio (often empty)."""
        r, kit = self.r, self.kit
        chance = {
            "none": 0.05,
            "real": 0.45,
            "peer": 0.95,
            "fan": 0.7,
            "lottery": 0.8,
            "fb": 0.8,
            "spam": 0.6,
            "premium": 0.6,
        }[pool]
        if r.random() > chance:
            return ""
        zh = self.norm.zh
        pools = {
            "none": (BIO_REAL_ZH, BIO_REAL_EN),
            "real": (BIO_REAL_ZH, BIO_REAL_EN),
            "peer": (BIO_PEER_ZH, BIO_PEER_EN),
            "fan": (BIO_FAN_ZH, BIO_FAN_EN),
            "lottery": (BIO_LOTTERY, BIO_LOTTERY_EN),
            "fb": (BIO_FB, BIO_FB),
            "spam": (BIO_SPAM_ZH, BIO_SPAM_EN),
            "premium": (BIO_PREMIUM_ZH, BIO_PREMIUM_EN),
        }
        zh_pool, en_pool = pools[pool]
        return kit.fill(r.choice(zh_pool if zh else en_pool))

    # -- record -------------------------------------------------------------------------
    def _fraud_presentation(self) -> None:
        """Fraudsters come in every guise: stars, brands and experts buy too."""
        r = self.r
        if self.tier in ("macro", "mega") and r.random() < 0.5:
            self._m_celebrity(0.0)
        elif self.tier != "tiny" and r.random() < 0.06:
            self._m_brand_account(0.0)
        elif r.random() < 0.05:
            self._m_niche_professional(0.0)

    def _creator_handle(self) -> str:
        r, kit = self.r, self.kit
        if self.style == "fan":
            return kit.idol + (
                r.choice(("", "", "工作室", "_official"))
                if kit.zh
                else r.choice(("", "official", "music"))
            )
        if self.style == "brand":
            return kit.brand + (
                r.choice(("官方旗舰店", "官方", ""))
                if kit.zh
                else r.choice(("", "official", "_global"))
            )
        if kit.zh:
            return _zh_nick(r)
        return _en_handle(r)

    def _post_id(self) -> str:
        r = self.r
        plat = self.platform
        if plat in ("douyin", "tiktok"):
            return "7" + _digits(r, 18)
        if plat == "kuaishou":
            return "3x" + "".join(r.choice(ALNUM) for _ in range(13))
        if plat == "rednote":
            return "".join(r.choice("0123456789abcdef") for _ in range(24))
        if plat == "weibo":
            return "".join(r.choice(ALNUM + "ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(9))
        if plat == "bilibili":
            return "BV1" + "".join(
                r.choice("123456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ")
                for _ in range(9)
            )
        if plat == "wechat_channels":
            return "export/" + "".join(r.choice("0123456789abcdef") for _ in range(24))
        return "".join(r.choice(ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ_-") for _ in range(11))

    def _display(self, v: int, kind: str = "") -> int:
        """A count as an export holding the app's rounded display ('1.2万', '12.3K') has it."""
        if self.platform == "youtube" and kind == "subscribers" and v >= 1000:
            digits = math.floor(math.log10(v)) - 2
            return round(v / 10**digits) * 10**digits
        if not self.round_counts or v < 10_000:
            return v
        if self.norm.zh:
            step = 10_000_000 if v >= 100_000_000 else 1_000
        else:
            step = 100_000 if v >= 1_000_000 else 100
        return round(v / step) * step

    def _creator_bio(self) -> str:
        r, kit = self.r, self.kit
        if "lure_spam" in self.parts and r.random() < 0.7:
            return kit.fill(r.choice(LURE_BIO_ZH if kit.zh else LURE_BIO_EN))
        if self.style == "brand":
            return (
                f"{kit.brand}官方账号 | 新品与福利第一时间发布"
                if kit.zh
                else f"Official account of {kit.brand} ✨ | Customer care: DM"
            )
        if self.style == "fan":
            if kit.zh:
                role = r.choice(("演员 ", "歌手 ", "演员 | 歌手 ", ""))
                return role + "工作联系: " + kit.fill("{num}")
            return r.choice(("Artist", "Actor", "Singer")) + " | mgmt: DM"
        cat = CAT_ZH[self.category] if kit.zh else self.category
        text = kit.fill(r.choice(CREATOR_BIO_ZH if kit.zh else CREATOR_BIO_EN)).replace(
            "{cat}", cat
        )
        if r.random() < (0.15 if self.tier in ("tiny", "nano") else 0.45):
            token = "".join(ch for ch in self.handle.lower() if ch.isascii() and ch.isalnum())
            contact = r.choice(CONTACT_ZH if kit.zh else CONTACT_EN).replace(
                "{name}", token or "studio" + _digits(r, 3)
            )
            text += " " + kit.fill(contact)
        return text.strip()

    def _history(self) -> list[dict[str, Any]]:
        """Snapshots of the follower count: daily, weekly, irregular or daily with gaps."""
        r, horizon = self.r, self.horizon
        days = np.arange(horizon - self.hist_days, horizon)
        k = r.random()
        if k < 0.65:
            keep = days
        elif k < 0.8:
            keep = days[(days - days[-1]) % 7 == 0]
            keep = keep[self.rng.random(len(keep)) < 0.9]
        elif k < 0.9:
            keep = np.sort(
                self.rng.choice(days, size=min(len(days), r.randint(8, 40)), replace=False)
            )
        else:
            keep = days[self.rng.random(len(days)) < r.uniform(0.8, 0.95)]
        if len(keep) == 0 or keep[-1] != horizon - 1:
            keep = np.append(keep, horizon - 1)
        with_following = r.random() < 0.85
        out = []
        for t in keep:
            row: dict[str, Any] = {
                "date": (self.as_of_date - timedelta(days=int(horizon - 1 - t))).isoformat(),
                "followers": round(float(self.followers_t[t])),
            }
            if with_following:
                row["following"] = int(self.following[t])
            out.append(row)
        return out

    def _post_records(self, hide_likes: bool, ks_unknown: bool) -> list[dict[str, Any]]:
        m, nm, plat = self.metrics, self.norm, self.platform
        out = []
        for p in range(self.n_posts):
            fmt = self.post_format[p]
            post: dict[str, Any] = {
                "post_id": self.post_ids[p],
                "posted_at": self._iso(float(self.post_ts[p])),
                "format": fmt,
                "likes": self._display(int(m["likes"][p])),
                "comments": self._display(int(m["comments"][p])),
            }
            if hide_likes:
                post["likes"] = 0
                post["likes_unknown"] = True
            if ks_unknown:
                post["comments"] = int(self.sampled[p])
                post["comments_unknown"] = True
            if (
                "views" in nm.shows
                or fmt == "live"
                or (plat in ("weibo", "instagram") and fmt == "video")
            ):
                post["views"] = self._display(int(m["views"][p]))
            for key in ("shares", "saves", "coins", "danmaku"):
                if key in nm.shows and not (key == "saves" and fmt == "live"):
                    post[key] = self._display(int(m[key][p]))
            post["sponsored"] = bool(self.post_sponsored[p])
            out.append(post)
        return out

    def build(self) -> dict[str, Any]:
        """Simulate everything and return the record."""
        r = self.r
        self.kit = TextKit(r, self.platform, self.lang, self.category)
        self.handle = self._creator_handle()
        self._timeline()
        self._times()
        self.post_ids = [self._post_id() for _ in range(self.n_posts)]
        self._posts()
        has_hist, has_sample = r.random() < 0.8, r.random() < 0.7
        has_comments = r.random() < 0.93
        self.round_counts = r.random() < 0.3
        hide_likes = self.platform == "instagram" and r.random() < 0.08
        ks_unknown = self.platform == "kuaishou" and r.random() < 0.5
        comments = self._comments() if has_comments else []
        if not has_comments:
            self.sampled = np.zeros(self.n_posts, dtype=np.int64)
        horizon = self.horizon
        launch = (self.as_of_date - date(LAUNCH_YEAR[self.platform], 6, 1)).days
        young = self.growth_year > 3.0
        created_ago = horizon + (r.uniform(0, 60) if young else r.uniform(0, 6 * 365))
        created_ago = min(created_ago, max(launch, horizon))
        age = created_ago - int(self.post_ago[-1])
        total_posts = self.n_posts + int(max(0.0, age) * self.post_rate * r.uniform(0.3, 1.0))
        if self.total_posts_cap is not None:
            total_posts = min(total_posts, self.total_posts_cap)
        if self.lang == "zh":
            country = "CN" if self.norm.zh else r.choice(("CN", "TW", "SG", "MY", "US", "CA"))
        else:
            country = r.choices(
                ("US", "GB", "CA", "AU", "IN", "PH", "NG", "SG", "DE"),
                weights=(40, 12, 8, 7, 10, 7, 5, 4, 7),
            )[0]
        followers = round(float(self.followers_t[-1]))
        profile: dict[str, Any] = {
            "followers": self._display(followers, "subscribers"),
            "following": self._display(int(self.following[-1])),
            "posts": total_posts,
            "verified": bool(self.verified),
            "created_at": (self.as_of_date - timedelta(days=int(created_ago))).isoformat(),
            "bio": self._creator_bio(),
            "category": self.category,
            "country": country,
        }
        if not has_hist and r.random() < 0.15:
            back = r.randint(1, 60)
            then = round(float(self.followers_t[horizon - 1 - back]))
            profile["followers"] = self._display(then, "subscribers")
            profile["observed_at"] = (self.as_of_date - timedelta(days=back)).isoformat()
        uid = _digits(r, 11)
        rec: dict[str, Any] = {
            "creator_id": f"{self.platform}:{uid}",
            "platform": self.platform,
            "handle": self.handle,
            "as_of": self._iso(self.as_of_ts),
            "profile": profile,
        }
        if has_hist:
            rec["follower_history"] = self._history()
        rec["posts"] = self._post_records(hide_likes, ks_unknown)
        if has_comments:
            rec["comments"] = comments
        if has_sample:
            rec["follower_sample"] = self._follower_sample()
        rec["label"] = self.label
        rec["archetype"] = self.archetype
        return rec


# ---------------------------------------------------------------------------------------
# Entry points
# ---------------------------------------------------------------------------------------


def generate(n: int, seed: int) -> Iterator[dict[str, Any]]:
    """Yield n labelled creator records; record i depends only on (seed, i)."""
    for i in range(n):
        yield Creator(seed, i).build()


def _write(sink: TextIO, n: int, seed: int) -> None:
    for rec in generate(n, seed):
        sink.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Write creators as JSONL (one record per line)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="number of creators")
    parser.add_argument("--seed", type=int, default=0, help="random seed")
    parser.add_argument("--out", default="-", help="JSONL path ('-' = standard output)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    if args.out == "-":
        _write(sys.stdout, args.n, args.seed)
    else:
        with open(args.out, "w", encoding="utf-8") as sink:
            _write(sink, args.n, args.seed)
    print(f"wrote {args.n} creators in {time.perf_counter() - start:.1f}s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
