"""Blind, independent generator of labelled creators (CreatorRecord JSONL + label/archetype).

Written without reading the project's own simulator or features, to estimate how the
detector does on creators "generated apart from this project". Run:

    python -m evaluation.blind_sim --n 2000 --seed 11 --out data/generated/blind.jsonl

Archetypes (label 0 = genuine, label 1 = fraudulent):
  genuine  organic      steady growth with noisy daily gains, engagement tracks audience
           viral        one post gets 8-60x reach; follower surge starting that day, decaying
           giveaway     giveaway post flooded with "@friend" comments, follower jump, then
                        20-60% of the gain unfollows over 1-3 weeks; contest hunters in sample
           shoutout     follower jump over 1-3 days with no own spike; newcomers engage normally
           purge        platform removes 1-6% of followers in one day
           celebrity    1M-20M, verified mostly, low engagement rate, emoji / fan comments
           koc          1k-30k, high engagement, many real questions and creator replies
  fraud    bought_burst 1-4 bursts of fake followers (10%-200% of real audience) over 1-3 days,
                        engagement flat; 50% get partly purged later; sample has young,
                        avatar-less, postless, follow-heavy, digit-named accounts
           drip_feed    fake followers added steadily for 30-120 days (low noise) so the
                        engagement rate sinks through the window
           bought_likes likes x2.5-10 on most posts, comments/shares/views unchanged
           bot_comments bot accounts leave generic/emoji/duplicate comments minutes after posting
           pod          a fixed group of 6-20 accounts posts 3+ word praise within the hour on
                        most posts
           combo        two or three of the above mechanisms together

Main assumptions (my own): engagement rate is platform-specific and falls with size as
(followers/1e4)^-0.15; fake followers never engage; every genuine audience carries 2-12%
junk/inactive accounts; fraud intensity ranges from mild to blatant; each of the history,
follower-sample and comment blocks is dropped ~10% of the time for both classes, posts ~4%.
Deterministic for a seed: creator i uses random.Random(seed * 1_000_003 + i).
"""

from __future__ import annotations

import argparse
import math
import random
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import orjson

# fmt: off
PLATFORMS = ["douyin", "kuaishou", "rednote", "weibo", "bilibili", "wechat_channels",
             "instagram", "tiktok", "youtube", "twitter", "other"]
PLATFORM_W = [12, 7, 10, 8, 7, 5, 13, 12, 9, 8, 4]
ZH_PLATFORMS = {"douyin", "kuaishou", "rednote", "weibo", "bilibili", "wechat_channels"}
# platform: (likes per follower at 10k, comments/like, shares/like, saves/like, views/like or 0)
ENGAGE = {
    "douyin": (0.040, 0.045, 0.035, 0.030, 22),
    "kuaishou": (0.035, 0.060, 0.030, 0.015, 25),
    "rednote": (0.050, 0.080, 0.030, 0.450, 0),
    "weibo": (0.012, 0.120, 0.150, 0.0, 0),
    "bilibili": (0.030, 0.060, 0.020, 0.300, 18),
    "wechat_channels": (0.020, 0.070, 0.200, 0.02, 30),
    "instagram": (0.030, 0.030, 0.020, 0.060, 0),
    "tiktok": (0.055, 0.020, 0.025, 0.040, 14),
    "youtube": (0.012, 0.050, 0.0, 0.0, 28),
    "twitter": (0.006, 0.100, 0.250, 0.040, 60),
    "other": (0.020, 0.050, 0.040, 0.030, 0),
}
VIDEO_FIRST = {"douyin", "kuaishou", "bilibili", "wechat_channels", "tiktok", "youtube"}
CATEGORIES = ["beauty", "fashion", "food", "travel", "fitness", "tech", "gaming", "parenting",
              "finance", "pets", "music", "comedy", "education", "lifestyle", "auto"]

# archetype: (label, weight, log10 size range)
ARCHETYPES = {
    "organic": (0, 17, (3.5, 6.7)), "viral": (0, 8, (3.3, 6.5)), "giveaway": (0, 6, (3.7, 6.0)),
    "shoutout": (0, 6, (3.3, 5.7)), "purge": (0, 5, (4.0, 7.3)), "celebrity": (0, 6, (6.0, 7.3)),
    "koc": (0, 7, (3.0, 4.5)),
    "bought_burst": (1, 10, (3.5, 6.5)), "drip_feed": (1, 7, (3.5, 6.3)),
    "bought_likes": (1, 7, (3.0, 6.3)), "bot_comments": (1, 7, (3.0, 6.3)),
    "pod": (1, 6, (3.5, 6.0)), "combo": (1, 8, (3.5, 6.5)),
}
COMBO_PARTS = ["bought_burst", "drip_feed", "bought_likes", "bot_comments", "pod"]

# ---------------------------------------------------------------- comment texts (own lists)
ZH_SUBST = ["请问这个在哪里买的？", "用了两周，皮肤确实没那么干了", "第二步具体要多久啊",
            "这个价格学生党能接受吗", "我家猫也这样，后来换了粮就好了",
            "上周照着做了一次，味道不错就是有点咸", "能不能出一期平价版的", "镜头用的什么型号",
            "这个地方周末人多吗？要提前预约吗", "油性皮肤适合吗", "背景音乐是什么歌",
            "跟上一期比哪个更推荐", "新手可以直接练这个动作吗，膝盖不太好",
            "我买的颜色跟你的不一样，是批次问题吗", "讲得很清楚，终于搞懂复利是怎么回事了",
            "第三个方法试过，真的有用", "孩子两岁能玩这个吗", "上班族午休能做吗",
            "我觉得第二套比第一套好看", "这个充电要多久", "去年去过，冬天路有点滑要注意",
            "有没有适合小户型的版本", "同款已入，做工比想象的好", "烤箱温度是上下火吗",
            "这家店现在还开着吗", "求教程！那个转场怎么做的", "为什么我做出来是塌的",
            "续航实测大概多少", "狗狗吃了会不会软便"]
ZH_TEMPL = ["{x}适合{y}吗", "{c}有实体店吗", "用{x}多久能看到效果", "{x}和上一期那个哪个好",
            "{y}用{x}会不会踩雷"]
ZH_FILL = (
    ["这款", "那个套装", "第二个", "这个方法"],
    ["干皮", "敏感肌", "新手", "小个子", "老人", "学生党"],
    ["北京", "成都", "杭州", "广州", "武汉"],
)
ZH_GENERIC = ["好棒", "太好看了", "支持支持", "加油", "喜欢", "好厉害", "太美了吧", "爱了爱了",
              "哇", "沙发", "来了来了", "不错不错", "绝了", "好看", "真好", "厉害了", "太可了"]
ZH_STICKER = ["[赞]", "[爱心]", "[鼓掌]", "[666]", "[哈哈]", "[玫瑰]", "[强]", "[送心]", "[比心]",
              "[偷笑]", "[赞][赞][赞]", "[爱心][爱心]"]
ZH_FAN = ["哥哥好帅", "姐姐太美了", "永远支持你", "啊啊啊啊啊", "打卡", "前排", "爱你",
          "等你好久了", "第一！", "冲冲冲"]
ZH_POD = ["内容太有价值了，学到了", "每次都这么用心，支持博主", "这个分享真的太棒了",
          "干货满满，先收藏了", "拍得真好，继续加油哦", "博主太用心了，必须支持",
          "看完心情都变好了，谢谢分享"]
ZH_BOT = ["关注了，互关一下", "好作品，已赞", "支持一下", "来看看", "宝藏博主", "路过点赞",
          "互粉互赞", "作品很棒，回访一下", "[赞][赞]", "好好好"]
ZH_REPLY = ["谢谢喜欢～", "可以的，敏感肌也能用", "链接在主页", "下期安排！", "哈哈是的",
            "建议先少量试试", "在评论区置顶了", "是的，温度一样"]
ZH_MENTION = ["@{a} 快来看", "@{a}", "@{a} 这个你肯定喜欢", "@{a} @{b}"]
ZH_GIVE = ["@{a} @{b} 想要！", "参与 @{a} @{b} @{c}", "@{a} 一起抽", "求中 @{a} @{b}"]

EN_SUBST = ["Where did you get that jacket?",
            "Tried this recipe last night, needed 10 more minutes in the oven",
            "What camera settings did you use for the night shots?",
            "Is this ok for sensitive skin?", "How long did it take you to see results?",
            "My kid loved this, we did it twice", "Can you do a budget version of this setup?",
            "Not sure about point two, the old model had better battery",
            "Which trail is this? Looks like the one near Boulder", "Do you ship to Canada?",
            "Started your routine in March, down 6kg so far", "What song is this?",
            "The last video helped me fix my sourdough, thank you",
            "Is the 12 week plan ok for beginners?", "How do you keep the lens from fogging?",
            "Does it work with the older version?",
            "I went there in May, the ferry was cancelled twice", "What brand is the blender?",
            "Any tips for a small balcony?", "My dog does exactly the same thing lol"]
EN_TEMPL = ["Would {x} work for {y}?", "Any advice for {y}?", "Is there a store in {c}?",
            "How long until {x} shows results?"]
EN_FILL = (
    ["this", "the second one", "this routine", "the kit"],
    ["beginners", "oily skin", "a tiny kitchen", "kids", "vegans"],
    ["Toronto", "Austin", "Leeds", "Melbourne", "Dublin"],
)
EN_GENERIC = ["Nice", "Love this", "Amazing", "So cool", "Great post", "Beautiful", "Wow",
              "Awesome", "Love it", "Yes!", "Perfect", "Fire", "Cute", "Gorgeous"]
EN_EMOJI = ["😍", "🔥🔥🔥", "❤️", "👏👏", "😂", "💯", "🙌", "😍😍😍", "👍", "❤️❤️", "🥰", "✨✨"]
EN_FAN = ["I love you", "Queen 👑", "Legend", "First!", "Love you from Brazil", "GOAT 🐐",
          "Notice me pls", "Still here since 2016"]
EN_POD = ["This is so inspiring, keep going!", "Absolutely love this content!",
          "Such great vibes here", "You always deliver the best content",
          "This is pure gold, thanks for sharing", "Wow this is amazing work",
          "Great shot, love the colors", "Love the energy in this one"]
EN_BOT = ["Nice pic", "Great content!", "Check my page", "DM us to collab 💰",
          "Cool post, follow back?", "Promote it on @viralboost_hq", "Nice feed 🔥",
          "Love your content ❤️", "🔥🔥", "👍👍👍"]
EN_REPLY = ["Thank you!!", "Link is in bio", "Yes, it works fine for beginners",
            "Coming next week!", "Good question, I used a 35mm", "Haha yes",
            "Around 20 minutes at 180C"]
EN_MENTION = ["@{a} look", "@{a}", "@{a} we need this", "@{a} @{b}"]
EN_GIVE = ["@{a} @{b} 🙏", "Entering! @{a} @{b} @{c}", "@{a} let's win this", "Done ✅ @{a} @{b}"]

# ---------------------------------------------------------------- account names / profiles
EN_NAMES = ["mia", "jack", "noah", "ella", "liam", "zoe", "owen", "ivy", "leo", "ruby", "finn",
            "nora", "kai", "lucy", "max", "ava", "sam", "jude", "tess", "cole", "maya", "eli",
            "rose", "dan"]
EN_WORDS = ["sunny", "wander", "coffee", "pixel", "river", "maple", "lens", "bloom", "atlas",
            "honey", "storm", "velvet", "cedar", "echo", "nomad", "juniper", "fox", "moss",
            "cloud", "ember"]
ZH_PINYIN = ["xiaoyu", "lele", "mengmeng", "zhang", "liu", "huang", "tiantian", "jiajia", "haohao",
             "yiyi", "chenchen", "wenwen", "dudu", "qiqi", "zhou", "yang", "lin", "xu", "guo",
             "nannan"]
ZH_DISPLAY = ["小鱼", "甜甜", "阿杰", "一只猫", "橘子汽水", "晴天", "大白", "安安", "豆豆妈",
              "林深", "小太阳", "风吹麦浪", "不吃香菜", "南风", "柚子", "阿福", "七七", "慢慢来"]
BIOS_EN = ["coffee & film", "runner", "mom of two", "designer", "🌿", "travel | food", "nyc",
           "student", "dog person", "photography"]
BIOS_ZH = ["热爱生活", "设计师", "🌸", "吃货一枚", "宝妈", "旅行中", "摄影爱好者", "学生党",
           "健身打卡"]
LETTERS = "abcdefghijklmnopqrstuvwxyz"
# fmt: on


def _ts(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def _logu(rng: random.Random, lo: float, hi: float) -> float:
    return 10 ** rng.uniform(lo, hi)


def _cnt(rng: random.Random, mean: float) -> int:
    """Non-negative integer with Poisson-like noise for small means."""
    if mean <= 0:
        return 0
    if mean < 30:
        lim, k, p = math.exp(-mean), 0, 1.0
        while True:
            p *= rng.random()
            if p < lim:
                return k
            k += 1
    return max(0, round(rng.gauss(mean, math.sqrt(mean))))


def _real_name(rng: random.Random, zh: bool) -> str:
    base = ZH_PINYIN if zh else EN_NAMES
    a, b = rng.choice(base), rng.choice(EN_WORDS + base)
    sep = rng.choice(["", ".", "_", ""])
    name = f"{a}{sep}{b}"
    r = rng.random()
    if r < 0.3:
        name += str(rng.randint(1, 99))
    elif r < 0.4:
        name += str(rng.randint(1975, 2008))
    return name


def _bot_name(rng: random.Random, zh: bool) -> str:
    r = rng.random()
    if r < 0.35:
        return ("user" if not zh else rng.choice(["dy", "ks", "wb", "u"])) + str(
            rng.randint(10**7, 10**10)
        )
    if r < 0.75:
        letters = "".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 8)))
        return letters + str(rng.randint(10**5, 10**9))
    return f"{rng.choice(EN_NAMES + ZH_PINYIN)}{rng.choice(['', '_'])}{rng.randint(1000, 99999)}"


def _account(
    rng: random.Random, kind: str, zh: bool, as_of: date, born: date | None = None
) -> dict:
    """kind: real | lurker | junk | hunter | bot. `born` anchors bot creation dates."""
    if kind == "bot":
        hi_q = rng.random() < 0.2  # some sellers offer "premium" followers
        created = (born or as_of) - timedelta(
            days=int(rng.expovariate(1 / (60 if not hi_q else 300)))
        )
        acc = dict(
            username=_bot_name(rng, zh),
            followers=_cnt(rng, math.exp(rng.gauss(3.5 if hi_q else 1.2, 1.0))),
            following=int(min(7500, math.exp(rng.gauss(6.0 if hi_q else 7.0, 0.6)))),
            posts=0 if rng.random() < (0.15 if hi_q else 0.6) else _cnt(rng, 8 if hi_q else 2),
            has_avatar=rng.random() < (0.8 if hi_q else 0.2),
            is_private=rng.random() < 0.1,
            bio="" if rng.random() < 0.85 else rng.choice(BIOS_ZH if zh else BIOS_EN),
        )
        if zh and rng.random() < 0.5:
            acc["display_name"] = "用户" + str(rng.randint(10**6, 10**9))
        created = min(created, as_of)
    else:
        age_days = int(365 * rng.uniform(0.3, 12) ** 1.0)
        created = as_of - timedelta(days=age_days)
        med_fol, med_fing, med_posts = {
            "real": (150, 300, 60),
            "lurker": (15, 120, 0),
            "junk": (4, 900, 1),
            "hunter": (90, 2500, 40),
        }[kind]
        acc = dict(
            username=_real_name(rng, zh) if kind != "junk" else _bot_name(rng, zh),
            followers=int(math.exp(rng.gauss(math.log(med_fol), 1.2))),
            following=int(min(7500, math.exp(rng.gauss(math.log(med_fing), 0.8)))),
            posts=0
            if med_posts == 0 or rng.random() < 0.08
            else int(math.exp(rng.gauss(math.log(med_posts), 1.3))),
            has_avatar=rng.random()
            < {"real": 0.92, "lurker": 0.5, "junk": 0.3, "hunter": 0.9}[kind],
            is_private=rng.random() < 0.2,
            bio=rng.choice(BIOS_ZH if zh else BIOS_EN)
            if rng.random() < 0.45 and kind == "real"
            else "",
        )
        if rng.random() < 0.6:
            acc["display_name"] = (
                rng.choice(ZH_DISPLAY) if zh else acc["username"].split(".")[0].title()  # type: ignore[attr-defined]
            )
    acc["id"] = "a" + "".join(rng.choice("0123456789abcdef") for _ in range(12))
    acc["created_at"] = created.isoformat()
    if acc["posts"] > 0 and rng.random() < 0.7:  # type: ignore[operator]
        last = as_of - timedelta(days=int(rng.expovariate(1 / (20 if kind == "real" else 200))))
        acc["last_post_at"] = max(last, created).isoformat()
    return acc


# ---------------------------------------------------------------- one creator
def _creator(i: int, seed: int, archetype: str) -> dict:
    rng = random.Random(seed * 1_000_003 + i)
    label, _, (lo, hi) = ARCHETYPES[archetype]
    parts = {archetype}
    if archetype == "combo":
        parts = set(rng.sample(COMBO_PARTS, rng.choice([2, 2, 3])))
        if not parts & {"bought_burst", "drip_feed"} and rng.random() < 0.5:
            parts.add("bought_burst")
    plat = rng.choices(PLATFORMS, PLATFORM_W)[0]
    zh = plat in ZH_PLATFORMS or (plat == "other" and rng.random() < 0.3)
    as_of = datetime(2025, 3, 1, tzinfo=UTC) + timedelta(days=rng.uniform(0, 450))
    as_of = as_of.replace(hour=rng.randint(0, 23), minute=0, second=0, microsecond=0)
    days = rng.randint(90, 180)
    d0 = as_of.date() - timedelta(days=days - 1)
    final_guess = _logu(rng, lo, hi)

    # ---- follower series: real audience, fake followers, giveaway hunters
    g = math.exp(rng.gauss(math.log(0.0015), 0.7)) * (0.4 if archetype == "celebrity" else 1)
    real = [final_guess / math.exp(g * days * 1.1)]
    for _ in range(1, days):
        real.append(
            max(0.0, real[-1] * (1 + g * (1 + 0.8 * rng.gauss(0, 1)) - 0.0002 * rng.random()))
        )
    fake, hunt = [0.0] * days, [0.0] * days
    events: dict = {}

    def add(arr: list, start: int, total: float, spread: int, decay: float = 0.6) -> None:
        w = [decay**k for k in range(spread)]
        cum = 0.0
        for t in range(start, days):
            if t - start < spread:
                cum += total * w[t - start] / sum(w)
            arr[t] += cum

    n_posts = max(3, min(120, int(math.exp(rng.gauss(math.log(28), 0.45)))))
    post_days = sorted(rng.randrange(days) for _ in range(n_posts))
    if archetype in ("viral", "giveaway"):
        k = rng.randrange(n_posts // 4, n_posts - 2)
        events[archetype] = k
        t0 = post_days[k]
        gain = real[t0] * (
            rng.uniform(0.15, 1.5) if archetype == "viral" else rng.uniform(0.1, 0.6)
        )
        if archetype == "viral":
            add(real, t0, gain, rng.randint(3, 10))
        else:  # giveaway: most of the gain are contest hunters, a share of whom leave again
            add(real, t0, gain * 0.4, 3)
            add(hunt, t0, gain * 0.6, 3)
            add(
                hunt,
                min(days - 1, t0 + rng.randint(4, 10)),
                -gain * 0.6 * rng.uniform(0.2, 0.6),
                rng.randint(7, 21),
                0.9,
            )
    if archetype == "shoutout":
        add(
            real,
            rng.randrange(days // 5, days - 20),
            real[days // 2] * rng.uniform(0.05, 0.5),
            rng.randint(1, 3),
            0.4,
        )
    if archetype == "purge" or (label and rng.random() < 0.1):
        t0, cut = rng.randrange(days // 4, days), rng.uniform(0.01, 0.06)
        for t in range(t0, days):
            real[t] *= 1 - cut
    burst_days: list[int] = []
    if "bought_burst" in parts:
        for _ in range(rng.choice([1, 1, 2, 3, 4])):
            t0 = rng.randrange(5, days - 3)
            amount = real[t0] * math.exp(rng.uniform(math.log(0.1), math.log(2.0)))
            add(fake, t0, amount, rng.randint(1, 3), 0.5)
            burst_days.append(t0)
            if rng.random() < 0.5 and t0 < days - 10:
                add(
                    fake,
                    rng.randrange(t0 + 5, days),
                    -amount * rng.uniform(0.1, 0.4),
                    rng.randint(1, 4),
                    0.5,
                )
    if "drip_feed" in parts:
        t0 = rng.randrange(0, days // 2)
        dur = min(days - t0, rng.randint(30, 120))
        daily = real[t0] * rng.uniform(0.003, 0.02)
        for t in range(t0, t0 + dur):
            inc = daily * (1 + 0.15 * rng.gauss(0, 1))
            for u in range(t, days):
                fake[u] += inc
        burst_days.append(t0 + dur // 2)
    total = [max(0, round(r + f + h)) for r, f, h in zip(real, fake, hunt, strict=True)]
    followers = total[-1]

    # ---- posts
    like_rate, c_l, s_l, sv_l, v_l = ENGAGE[plat]
    size_f = (max(followers, 500) / 1e4) ** -0.15
    arch_f = {"celebrity": rng.uniform(0.2, 0.5), "koc": rng.uniform(1.5, 3.0)}.get(archetype, 1.0)
    er = like_rate * size_f * arch_f * math.exp(rng.gauss(0, 0.35))
    c_mult = 2.0 if archetype == "koc" else 1.0
    likes_boost = rng.uniform(2.5, 10) if "bought_likes" in parts else 1.0
    bot_share = rng.uniform(0.3, 0.85) if "bot_comments" in parts else 0.0
    pod_size = rng.randint(6, 20) if "pod" in parts else 0
    pod_p = rng.uniform(0.6, 0.95)
    posts, post_meta = [], []
    for k, pd in enumerate(post_days):
        t = datetime.combine(d0 + timedelta(days=pd), datetime.min.time(), UTC)  # type: ignore[assignment]
        t += timedelta(  # type: ignore[operator]
            hours=rng.choice([8, 11, 12, 17, 18, 19, 20, 21, 22]) + rng.random(),
            minutes=rng.randint(0, 59),
        )
        t = min(t, as_of - timedelta(hours=2))
        fmt = (
            ("video" if rng.random() < 0.9 else "live")
            if plat in VIDEO_FIRST
            else rng.choice(["text", "image", "image"])
            if plat in ("weibo", "twitter")
            else rng.choice(["image", "image", "video"])
        )
        sponsored = rng.random() < 0.08
        aud = real[pd] + 0.15 * hunt[pd]
        mult = math.exp(rng.gauss(0, 0.45)) * (0.7 if sponsored else 1.0)
        if events.get("viral") == k:
            mult *= rng.uniform(8, 60)
        likes = aud * er * mult
        com = likes * c_l * c_mult * math.exp(rng.gauss(0, 0.35))
        if events.get("giveaway") == k:
            likes, com = likes * rng.uniform(2, 4), com * rng.uniform(8, 30)
        n_real_c = _cnt(rng, com)
        n_bot = _cnt(rng, n_real_c * bot_share / (1 - bot_share) + 3) if bot_share else 0
        pod_members = [m for m in range(pod_size) if rng.random() < pod_p]
        p = dict(
            post_id=f"p{k}",
            posted_at=_ts(t),
            format=fmt,
            likes=_cnt(rng, likes * (likes_boost if rng.random() < 0.85 else 1.0))
            + len(pod_members),
            comments=n_real_c + n_bot + len(pod_members),
            shares=_cnt(rng, likes * s_l * math.exp(rng.gauss(0, 0.5))),
            saves=_cnt(rng, likes * sv_l * math.exp(rng.gauss(0, 0.5))),
            sponsored=sponsored,
        )
        if plat == "bilibili":
            p["coins"] = _cnt(rng, likes * rng.uniform(0.1, 0.4))
            p["danmaku"] = _cnt(rng, likes * rng.uniform(0.05, 0.3))
        if v_l and (fmt in ("video", "live") or plat == "twitter"):
            viral_reach = 1.4 if events.get("viral") == k else 1.0
            p["views"] = _cnt(rng, likes * v_l * viral_reach * math.exp(rng.gauss(0, 0.3)))
        elif plat == "instagram" and fmt == "video":
            p["views"] = _cnt(rng, likes * 12 * math.exp(rng.gauss(0, 0.3)))
        posts.append(p)
        post_meta.append((t, n_real_c, n_bot, pod_members))

    # ---- comments (a sample of those counted on the posts)
    handle = _real_name(rng, zh) + f"_{i}"
    comments: list[dict] = []
    subst, templ, fill = (ZH_SUBST, ZH_TEMPL, ZH_FILL) if zh else (EN_SUBST, EN_TEMPL, EN_FILL)
    generic, fan = (ZH_GENERIC, ZH_FAN) if zh else (EN_GENERIC, EN_FAN)
    emoji = (ZH_STICKER + EN_EMOJI[:4]) if zh else EN_EMOJI
    pod_txt, bot_txt = (ZH_POD, ZH_BOT) if zh else (EN_POD, EN_BOT)
    reply_txt, mention, give = (
        (ZH_REPLY, ZH_MENTION, ZH_GIVE) if zh else (EN_REPLY, EN_MENTION, EN_GIVE)
    )
    regulars = [_real_name(rng, zh) for _ in range(rng.randint(5, 30))]
    bots = [_bot_name(rng, zh) for _ in range(rng.randint(15, 150))]
    bot_pool = rng.sample(bot_txt, rng.randint(3, 6))  # few texts -> duplicates
    pod_names = [_real_name(rng, zh) for _ in range(pod_size)]
    mix = {
        "celebrity": [0.1, 0.25, 0.3, 0.3, 0.05],
        "koc": [0.65, 0.15, 0.1, 0.0, 0.1],
        "viral": [0.3, 0.3, 0.25, 0.05, 0.1],
    }.get(archetype, [0.45, 0.27, 0.18, 0.02, 0.08])
    reply_p = {"koc": 0.25, "celebrity": 0.0}.get(archetype, 0.06)
    tot_c = sum(m[1] + m[2] + len(m[3]) for m in post_meta)
    target = max(0, int(math.exp(rng.gauss(math.log(200), 0.5))))

    def friend() -> str:
        return _real_name(rng, zh)

    def real_text(give_post: bool) -> str:
        if give_post and rng.random() < 0.8:
            return rng.choice(give).format(a=friend(), b=friend(), c=friend())
        kind = rng.choices(range(5), mix)[0]
        if kind == 0:
            if rng.random() < 0.25:
                return rng.choice(templ).format(
                    x=rng.choice(fill[0]), y=rng.choice(fill[1]), c=rng.choice(fill[2])
                )
            return rng.choice(subst)
        if kind == 1:
            return rng.choice(generic) + (
                rng.choice(["!", "！", "~", ""]) if rng.random() < 0.4 else ""
            )
        if kind == 2:
            return rng.choice(emoji)
        if kind == 3:
            return rng.choice(fan)
        return rng.choice(mention).format(a=friend(), b=friend())

    for k, (t, n_real_c, n_bot, pod_members) in enumerate(post_meta):
        n_all = n_real_c + n_bot + len(pod_members)
        if not tot_c or not n_all:
            continue
        take = min(n_all, _cnt(rng, target * n_all / tot_c))
        pod_left = [m for m in pod_members if rng.random() < 0.7][
            :take
        ]  # early comments get scraped
        n_rest = n_all - len(pod_members)
        for _ in range(take):
            r = rng.random() * n_rest
            if pod_left:
                author, text = pod_names[pod_left.pop()], rng.choice(pod_txt)
                when, likes = t + timedelta(minutes=rng.uniform(1, 58)), _cnt(rng, 1)
            elif r < n_bot:
                author, text = rng.choice(bots), rng.choice(bot_pool)
                when, likes = t + timedelta(minutes=math.exp(rng.gauss(math.log(8), 0.8))), 0
            else:
                author = rng.choice(regulars) if rng.random() < 0.2 else _real_name(rng, zh)
                text = real_text(events.get("giveaway") == k)
                when = t + timedelta(hours=math.exp(rng.gauss(math.log(5), 1.3)))
                likes = int(math.exp(rng.gauss(0.3, 1.3))) if rng.random() < 0.6 else 0
            when = min(when, as_of)
            comments.append(
                dict(post_id=f"p{k}", author=author, text=text, posted_at=_ts(when), likes=likes)
            )
            if text in subst and rng.random() < reply_p * 2:
                rw = min(as_of, when + timedelta(hours=math.exp(rng.gauss(math.log(3), 1.0))))
                comments.append(
                    dict(
                        post_id=f"p{k}",
                        author=handle,
                        text=rng.choice(reply_txt),
                        posted_at=_ts(rw),
                        likes=_cnt(rng, 2),
                        from_creator=True,
                    )
                )

    # ---- follower sample
    n_s = rng.choice([100, 150, 200, 200, min(500, max(50, followers // 20))])
    n_s = min(n_s, followers)
    junk_rate = rng.uniform(0.02, 0.12)
    p_fake = fake[-1] / max(1, followers)
    p_hunt = hunt[-1] / max(1, followers)
    sample = []
    for _ in range(n_s):
        r = rng.random()
        if r < p_fake:
            born = d0 + timedelta(days=rng.choice(burst_days)) if burst_days else as_of.date()
            sample.append(_account(rng, "bot", zh, as_of.date(), born))
        elif r < p_fake + p_hunt:
            sample.append(_account(rng, "hunter", zh, as_of.date()))
        else:
            kind = (
                "junk" if rng.random() < junk_rate else "lurker" if rng.random() < 0.15 else "real"
            )
            sample.append(_account(rng, kind, zh, as_of.date()))

    # ---- assemble, with blocks sometimes missing
    verified = rng.random() < (
        0.85 if archetype == "celebrity" else 0.35 if followers > 1e6 else 0.04
    )
    profile = dict(
        followers=followers,
        following=int(math.exp(rng.gauss(math.log(60 if archetype == "celebrity" else 300), 1.0))),
        posts=n_posts + int(math.exp(rng.gauss(math.log(300), 0.9))),
        verified=verified,
        category=rng.choice(CATEGORIES),
    )
    if rng.random() < 0.7:
        profile["created_at"] = (d0 - timedelta(days=rng.randint(30, 3600))).isoformat()
    rec: dict = dict(
        creator_id=f"{plat}:{handle}",
        platform=plat,
        handle=handle,
        as_of=_ts(as_of),
        profile=profile,
    )
    if rng.random() > 0.1:
        step = 7 if rng.random() < 0.08 else 1
        fol0 = profile["following"]
        with_fing = rng.random() < 0.4
        hist = []
        for t in range(0, days, step):
            if step == 1 and rng.random() < 0.03:
                continue  # scraper gaps
            h = dict(date=(d0 + timedelta(days=t)).isoformat(), followers=total[t])
            if with_fing:
                h["following"] = max(0, fol0 - (days - t) // 30)  # type: ignore[operator]
            hist.append(h)
        rec["follower_history"] = hist
    if rng.random() > 0.04:
        rec["posts"] = posts
        if comments and rng.random() > 0.1:
            rec["comments"] = comments
    if sample and rng.random() > 0.1:
        rec["follower_sample"] = sample
    rec["label"] = label
    rec["archetype"] = archetype if archetype != "combo" else "combo:" + "+".join(sorted(parts))
    return rec


def generate(n: int, seed: int) -> Iterator[dict]:
    """Yield n labelled creators; deterministic for (n, seed)."""
    master = random.Random(seed)
    names = list(ARCHETYPES)
    weights = [ARCHETYPES[a][1] for a in names]
    for i in range(n):
        yield _creator(i, seed, master.choices(names, weights)[0])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out", type=Path, default=Path("data/generated/blind.jsonl"))
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    t0, counts = time.perf_counter(), Counter()  # type: ignore[var-annotated]
    with args.out.open("wb") as fh:
        for rec in generate(args.n, args.seed):
            counts[rec["archetype"].split(":")[0]] += 1
            fh.write(orjson.dumps(rec) + b"\n")
    print(
        f"wrote {args.n} creators to {args.out} in {time.perf_counter() - t0:.1f}s: {dict(counts)}"
    )


if __name__ == "__main__":
    main()
