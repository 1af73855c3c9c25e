"""Independent held-out generator of labelled creators, written blind.

Written only from the contract (data/contract/creator.schema.json, fraud/schema.py), the five
input samples and general knowledge of influencer fraud; it shares no code, text pools or
parameters with the training simulator. Use it only to evaluate, never to train.

    python -m evaluation.holdout_sim --n 2000 --seed 23 --out data/generated/holdout.jsonl

Every record is a CreatorRecord plus top-level ``label`` (1 = fraud) and ``archetype``.

Genuine archetypes (label 0)
  steady       organic growth with weekly rhythm, post-day bumps, slow decline for some
  viral        one post 8-60x normal engagement; follower surge starting that day
  giveaway     follower jump, "@friend" tag comments, 20-55% of the gain unfollows later
  shoutout     follower jump from a bigger account, no own viral post; later posts scale up
  purge        platform clean-up cuts 1-6% of followers in one day
  celebrity    large, verified-ish, ER 0.1-1%, many emoji / fan comments, many lurkers
  koc          small (1k-30k), high ER, real questions, creator replies
  messy        steady growth but with lurkers, birth-year names, spammy genuine followers,
               default-name users and a little bot noise
Fraud archetypes (label 1), each with an intensity in (0, 1] from subtle to blatant
  bought_burst   1-4 one/two-day follower jumps without engagement; sometimes purged later
  drip_feed      bought followers spread smoothly over 2-8 weeks
  bought_likes   likes inflated 1.3-10x on some/all posts; comments/shares/views unchanged
  bot_comments   generic/emoji/duplicate comments from bot accounts minutes after posting
  pod            6-25 accounts leaving multi-word praise on most posts within an hour
  churn          following count swung up and down (follow/unfollow), follow-back gains
  combo          2-3 of the above together

Assumptions: engagement comes from the real audience only; bought followers are new,
avatar-less-ish, low-post, high-following accounts (better-quality ones at low intensity);
every creator has some lurkers and a few spam followers; data blocks (history, follower
sample, comments, most posts) are dropped at the same rates for both classes; Chinese
platforms post at UTC+8 evening hours with Chinese text, others in English.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import orjson

CN = {"douyin", "kuaishou", "rednote", "weibo", "bilibili", "wechat_channels"}
PLATFORMS = {  # weight, ER base (likes/followers), comment/like, share/like, save/like, views?
    "douyin": (12, 0.030, 0.05, 0.04, 0.03, True),
    "kuaishou": (8, 0.035, 0.06, 0.03, 0.02, True),
    "rednote": (10, 0.040, 0.08, 0.03, 0.35, False),
    "weibo": (8, 0.012, 0.12, 0.15, 0.0, False),
    "bilibili": (7, 0.025, 0.06, 0.02, 0.10, True),
    "wechat_channels": (5, 0.020, 0.06, 0.12, 0.0, True),
    "instagram": (14, 0.030, 0.03, 0.02, 0.04, False),
    "tiktok": (14, 0.045, 0.02, 0.02, 0.02, True),
    "youtube": (8, 0.020, 0.05, 0.01, 0.0, True),
    "twitter": (8, 0.010, 0.10, 0.20, 0.01, True),
    "other": (6, 0.025, 0.05, 0.03, 0.02, False),
}
GENUINE = {
    "steady": 18,
    "viral": 12,
    "giveaway": 10,
    "shoutout": 10,
    "purge": 9,
    "celebrity": 11,
    "koc": 14,
    "messy": 16,
}
FRAUD = {
    "bought_burst": 20,
    "drip_feed": 13,
    "bought_likes": 14,
    "bot_comments": 14,
    "pod": 13,
    "churn": 10,
    "combo": 16,
}
CATS = [
    "beauty",
    "fashion",
    "food",
    "travel",
    "fitness",
    "tech",
    "gaming",
    "parenting",
    "music",
    "comedy",
    "education",
    "lifestyle",
    "pets",
    "finance",
    "auto",
]
THINGS_CN = {
    "beauty": ["这支口红", "防晒", "粉底液", "精华"],
    "fashion": ["这条裙子", "外套", "这双鞋"],
    "food": ["这家店", "这个做法", "酱汁", "空气炸锅"],
    "travel": ["民宿", "这条路线", "这个景点"],
    "fitness": ["这个动作", "蛋白粉", "训练计划"],
    "tech": ["这款手机", "耳机", "键盘", "相机"],
    "gaming": ["这套阵容", "这个关卡", "手柄"],
    "parenting": ["绘本", "辅食", "这个玩具"],
    "pets": ["猫粮", "猫砂", "牵引绳"],
    "finance": ["这只基金", "记账方法"],
    "auto": ["这款车", "行车记录仪"],
    "music": ["这首歌", "伴奏", "这把吉他"],
    "comedy": ["这个梗", "上一期"],
    "education": ["这套题", "背单词方法"],
    "lifestyle": ["这个收纳盒", "香薰", "早起习惯"],
}
THINGS_EN = {
    "beauty": ["foundation", "serum", "lip tint", "sunscreen"],
    "fashion": ["jacket", "boots", "dress"],
    "food": ["recipe", "sauce", "air fryer", "bakery"],
    "travel": ["hostel", "route", "hike"],
    "fitness": ["program", "protein", "squat form"],
    "tech": ["phone", "headphones", "keyboard", "camera"],
    "gaming": ["build", "loadout", "controller"],
    "parenting": ["stroller", "sleep routine"],
    "pets": ["cat food", "harness", "litter"],
    "finance": ["ETF", "budget sheet"],
    "auto": ["tires", "dashcam"],
    "music": ["song", "guitar", "mic"],
    "comedy": ["bit", "sketch"],
    "education": ["flashcards", "study plan"],
    "lifestyle": ["planner", "candle", "morning routine"],
}
Q_CN = [
    "{t}在哪里买的？",
    "请问{t}新手能用吗",
    "{t}大概多少钱呀",
    "求{t}的链接",
    "{t}用多久能看到效果",
    "按你说的试了{t}，真的有用！",
    "我也入了{t}，感觉一般，是不是我用法不对",
    "{t}有没有平替推荐",
    "上次推荐的{t}买了，回购第二次了",
    "博主{t}是什么牌子的",
    "学生党能冲{t}吗",
    "看完马上去试了{t}，谢谢分享",
    "{t}和上期那个比哪个好",
    "去年也用过{t}，冬天会不会干",
    "为什么我的{t}跟你的效果不一样",
    "第二个{t}踩雷了",
]
Q_EN = [
    "Where did you get the {t}?",
    "Does the {t} work for beginners?",
    "How long before the {t} made a difference?",
    "Tried the {t} after your last video and honestly it's so much better",
    "Is the {t} worth it at that price?",
    "Any cheaper alternative to the {t}?",
    "What size/version of the {t} is that?",
    "My {t} arrived yesterday, can't wait to try it",
    "Not sure about the {t}, mine broke after two weeks",
    "Would you recommend the {t} for someone with kids?",
    "Can you do a follow-up on the {t} in a month?",
    "I've been using the {t} since spring and agree 100%",
    "How does the {t} compare to the one from last week?",
]
REPLY_CN = [
    "谢谢宝子～",
    "链接在主页置顶哦",
    "可以的，新手也能用",
    "下期安排！",
    "哈哈被你发现了",
    "私信你了",
    "是的是的",
]
REPLY_EN = [
    "thank you!! 🥹",
    "link is in my bio",
    "yes, works great for beginners",
    "next video 👀",
    "haha good catch",
    "sent you a DM",
    "100%, it held up really well",
]
GEN_CN = [
    "好看",
    "太棒了",
    "支持",
    "赞赞赞",
    "哈哈哈哈哈",
    "沙发",
    "来了",
    "绝绝子",
    "爱了爱了",
    "好厉害",
    "学到了",
    "收藏了",
    "冲",
    "太可了",
    "牛",
    "哈哈哈笑死",
    "真实",
    "蹲一个",
]
GEN_EN = [
    "nice",
    "love this",
    "so good",
    "amazing",
    "wow",
    "great post",
    "cool",
    "yes!!",
    "obsessed",
    "lol",
    "this is everything",
    "so cute",
    "beautiful",
    "facts",
]
EMO = ["❤️", "🔥🔥", "😍😍😍", "👏👏", "😂😂", "🙌", "💯", "🥰", "😭😭", "👍"]
STICKERS = [
    "[赞]",
    "[doge]",
    "[爱心]",
    "[笑哭]",
    "[666]",
    "[捂脸]",
    "[给力]",
    "[憧憬]",
    "[偷笑]",
    "[鼓掌]",
]
FAN_CN = [
    "哥哥好帅",
    "姐姐永远的神",
    "啊啊啊啊啊啊",
    "爱你爱你",
    "前排",
    "老公！",
    "宝贝今天也好美",
    "打卡第100天",
]
FAN_EN = ["first!!", "queen 👑", "ily", "MOTHER", "you're my everything", "notice me pls", "legend"]
BOT_CN = [
    "互关互赞",
    "已关注，求回关",
    "好看[赞]",
    "支持一下",
    "[赞][赞][赞]",
    "加油",
    "👍👍👍",
    "来啦",
    "私信有惊喜",
    "作品不错，互粉",
    "很棒",
]
BOT_EN = [
    "Nice 🔥",
    "Great pic!",
    "Awesome post 👏",
    "Love it ❤️",
    "DM us for a collab 💌",
    "Send pics to @{p} to be featured ✨",
    "Wow amazing content",
    "Check my page 😍",
    "💯💯",
    "🔥🔥🔥",
    "Promote it on @{p}",
    "nice",
]
POD_CN = [
    "好喜欢这种风格，支持博主！",
    "内容太用心了，持续关注中",
    "每次更新都很惊喜，加油加油",
    "太有质感了，爱了爱了",
    "博主的审美一直在线",
    "认真看完了，真的很棒",
    "这期干货满满，感谢分享",
    "氛围感拉满，好喜欢",
]
POD_EN = [
    "This is absolutely stunning, great job!",
    "Such an inspiring post, keep shining ✨",
    "Obsessed with this content, never disappoints",
    "Wow this is next level 🙌",
    "Love the energy in this one!",
    "Great vibes as always 💯",
    "This made my day, thanks for sharing!",
    "Can't stop looking at this, amazing work",
    "Goals!! Beautiful as always",
]
GIVE_CN = ["@{a} @{b} 一起冲", "@{a} @{b} @{c} 求好运", "参加！@{a}", "@{a} @{b} 许愿中奖🙏"]
GIVE_EN = [
    "@{a} @{b} done! 🤞",
    "entered! @{a} @{b} @{c}",
    "@{a} we need this",
    "@{a} @{b} fingers crossed",
]
MENTION_CN = ["@{a} 快看", "@{a} 你上次说的那个", "@{a}"]
MENTION_EN = ["@{a} look", "@{a} this is you lol", "@{a} we should go"]
EN_FIRST = [
    "emma",
    "liam",
    "olivia",
    "noah",
    "ava",
    "mason",
    "mia",
    "lucas",
    "zoe",
    "ethan",
    "chloe",
    "jack",
    "sofia",
    "leo",
    "grace",
    "ryan",
    "nina",
    "omar",
    "priya",
    "diego",
    "hana",
    "sam",
    "kai",
    "ella",
]
EN_WORD = [
    "sunny",
    "travels",
    "eats",
    "fit",
    "daily",
    "studio",
    "art",
    "vibes",
    "photo",
    "codes",
    "garden",
    "life",
    "runs",
    "reads",
    "beats",
    "moon",
    "ocean",
    "bakes",
    "gamer",
    "wild",
]
PINYIN = [
    "xiaoyu",
    "lin",
    "chen",
    "wang",
    "jiajia",
    "tingting",
    "haoran",
    "zihan",
    "yifan",
    "mengmeng",
    "xuan",
    "jie",
    "momo",
    "lulu",
    "dapeng",
    "xiaomi",
    "qingqing",
    "ahao",
    "yuyu",
    "kiki",
]
CN_A = [
    "爱吃草的",
    "不想上班的",
    "一只",
    "努力的",
    "快乐",
    "佛系",
    "早睡的",
    "奶茶续命的",
    "小小",
    "今天也要",
]
CN_B = [
    "小鹿",
    "咸鱼",
    "橘子汽水",
    "阿杰",
    "猫猫",
    "大白",
    "团子",
    "小王",
    "喵酱",
    "打工人",
    "少女",
    "星星",
]
CN_DEFAULT = {
    "douyin": "用户{d}",
    "weibo": "用户{d}",
    "kuaishou": "快手用户{d}",
    "bilibili": "bili_{d}",
    "rednote": "小红薯{h}",
    "wechat_channels": "微信用户{d}",
}
BIOS_EN = [
    "",
    "",
    "",
    "coffee & books",
    "dog mom 🐶",
    "NYC",
    "💫",
    "student",
    "runner",
    "photographer",
    "living my best life",
    "mum of 2",
    "engineer",
    "she/her",
]
BIOS_CN = [
    "",
    "",
    "",
    "热爱生活",
    "设计师",
    "吃货一枚",
    "🌸",
    "学生党",
    "打工人",
    "佛系",
    "上海",
    "宝妈",
]


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _ts(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


class Names:
    """Usernames, display names and account ids for one platform."""

    def __init__(self, rng: random.Random, platform: str):
        self.rng, self.platform, self.cn = rng, platform, platform in CN

    def uid(self) -> str:
        return f"u{self.rng.getrandbits(48):012x}"

    def real(self) -> tuple[str, str | None]:
        r = self.rng
        if self.cn:
            if r.random() < 0.12 and self.platform in CN_DEFAULT:
                return self.default()
            handle = r.choice(PINYIN) + r.choice(["", "_", "."]) + r.choice([*PINYIN, ""])
            if r.random() < 0.25:
                handle += str(r.randint(1985, 2009))  # birth year
            elif r.random() < 0.3:
                handle += str(r.randint(1, 999))
            return handle, r.choice(CN_A) + r.choice(CN_B) if r.random() < 0.8 else r.choice(CN_B)
        first = r.choice(EN_FIRST)
        style = r.random()
        if style < 0.3:
            handle = first + r.choice([".", "_", ""]) + r.choice(EN_WORD)
        elif style < 0.55:
            handle = first + str(r.randint(1978, 2010))  # birth year
        elif style < 0.8:
            handle = first + r.choice(["_", "."]) + r.choice(EN_FIRST) + str(r.randint(1, 99))
        else:
            handle = r.choice(EN_WORD) + "." + r.choice(EN_WORD)
        return handle, first.capitalize() if r.random() < 0.6 else None

    def default(self) -> tuple[str, str]:
        r = self.rng
        d = str(r.randint(10**9, 10**11 - 1))
        name = CN_DEFAULT.get(self.platform, "用户{d}").format(d=d, h=f"{r.getrandbits(24):06X}")
        return d, name

    def junk(self) -> tuple[str, str | None]:
        r = self.rng
        k = r.random()
        if self.cn and k < 0.45:
            return self.default()
        if k < 0.75:
            letters = "".join(
                r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(r.randint(5, 9))
            )
            return letters + str(r.randint(10**4, 10**9)), None
        return r.choice(EN_FIRST) + r.choice(EN_FIRST) + str(r.randint(1000, 99999)), None


def _account(
    rng: random.Random, names: Names, kind: str, as_of: date, burst_day: date | None
) -> dict:
    """One sampled follower of a given kind."""

    def ago(lo: int, hi: int) -> date:
        return as_of - timedelta(days=rng.randint(lo, hi))

    lognorm = lambda mu, s: int(math.exp(rng.gauss(mu, s)))  # noqa: E731
    if kind in ("bought", "bought_hq"):
        username, display = names.junk() if kind == "bought" or rng.random() < 0.4 else names.real()
        anchor = burst_day or ago(10, 200)
        created = anchor - timedelta(days=rng.randint(0, 90 if kind == "bought" else 700))
        hq = kind == "bought_hq"
        acc = dict(
            followers=lognorm(2.5 if hq else 0.8, 1.0),
            following=lognorm(6.7, 0.7),
            posts=lognorm(2.0, 0.9) if hq else rng.choice([0, 0, 0, 1, 2, 3]),
            has_avatar=rng.random() < (0.8 if hq else 0.25),
            is_private=rng.random() < 0.1,
            bio=rng.choice(BIOS_CN if names.cn else BIOS_EN) if hq and rng.random() < 0.4 else "",
            created_at=min(created, as_of),
        )
    elif kind == "bot":
        username, display = names.junk()
        acc = dict(
            followers=lognorm(3.0, 1.2),
            following=rng.randint(1500, 7500),
            posts=lognorm(2.5, 1.3),
            has_avatar=rng.random() < 0.6,
            is_private=False,
            bio="",
            created_at=ago(20, 1200),
        )
    elif kind == "lurker":
        username, display = names.default() if names.cn and rng.random() < 0.35 else names.real()
        acc = dict(
            followers=lognorm(1.5, 1.2),
            following=lognorm(4.3, 1.0),
            posts=rng.choice([0, 0, 1, 2, 4, 9]),
            has_avatar=rng.random() < 0.45,
            is_private=rng.random() < 0.3,
            bio="",
            created_at=ago(60, 4000),
        )
    elif (
        kind == "spammy"
    ):  # genuine people who follow thousands (giveaway hunters, follow-back fans)
        username, display = names.real()
        acc = dict(
            followers=lognorm(5.0, 1.0),
            following=rng.randint(1200, 7500),
            posts=lognorm(4.0, 1.2),
            has_avatar=True,
            is_private=rng.random() < 0.1,
            bio=rng.choice(BIOS_CN if names.cn else BIOS_EN),
            created_at=ago(90, 3500),
        )
    else:  # active real person
        username, display = names.real()
        acc = dict(
            followers=lognorm(5.0, 1.4),
            following=lognorm(5.8, 1.0),
            posts=lognorm(4.0, 1.3),
            has_avatar=rng.random() < 0.93,
            is_private=rng.random() < 0.2,
            bio=rng.choice(BIOS_CN if names.cn else BIOS_EN),
            created_at=ago(30, 4500),
        )
        if rng.random() < 0.01:
            acc["verified"] = True
    acc["id"], acc["username"] = names.uid(), username
    if display:
        acc["display_name"] = display
    if acc["posts"] > 0 and rng.random() < 0.85:  # type: ignore[operator]
        span = (as_of - acc["created_at"]).days  # type: ignore[operator]
        recent = kind in ("active", "spammy", "bot")
        back = int(span * (rng.random() ** (4 if recent else 0.7)))
        acc["last_post_at"] = (as_of - timedelta(days=back)).isoformat()
    acc["created_at"] = acc["created_at"].isoformat()  # type: ignore[attr-defined]
    return acc


def _history(rng, days, real_end, arch_set, intensity, post_days):
    """Daily real and fake follower series plus event days and the following series."""
    real = [0.0] * days
    mu = math.exp(rng.gauss(math.log(0.0012), 0.9)) * (1 if rng.random() > 0.1 else -0.3)
    level, weekly_amp = 1.0, rng.uniform(0, 0.5)
    post_set = set(post_days)
    gains = [0.0] * days
    events: dict[str, int] = {}
    if "viral" in arch_set and post_days:
        d0 = rng.choice([d for d in post_days if d < days - 3] or post_days)
        events["viral"] = d0
        total, tau = rng.uniform(0.15, 1.5), rng.uniform(1.0, 4.0)
        for k in range(d0, min(days, d0 + 20)):
            gains[k] += total * (1 - math.exp(-1 / tau)) * math.exp(-(k - d0) / tau)
    for name, lo, hi, spread in (("giveaway", 0.05, 0.4, 4), ("shoutout", 0.05, 0.6, 2)):
        if name in arch_set:
            d0 = (
                rng.choice(post_days)
                if name == "giveaway" and post_days
                else rng.randint(days // 5, days - 5)
            )
            events[name] = d0
            total, n = rng.uniform(lo, hi), rng.randint(1, spread)
            for k in range(d0, min(days, d0 + n)):
                gains[k] += total / n
            if name == "giveaway":  # partial unfollow over the following weeks
                lost, m = total * rng.uniform(0.2, 0.55), rng.randint(10, 30)
                for k in range(d0 + n, min(days, d0 + n + m)):
                    gains[k] -= lost / m
    for d in range(days):
        noise = math.exp(rng.gauss(0, 0.5))
        g = mu * noise * (1 + weekly_amp * math.sin(2 * math.pi * d / 7)) + (
            mu * 2 if d in post_set else 0
        )
        level = max(level * (1 + g) + gains[d], 0.05)
        real[d] = level
    if "purge" in arch_set or rng.random() < 0.04:  # platform purges also hit genuine accounts
        d0 = rng.randint(days // 4, days - 2)
        events["purge"] = d0
        cut = rng.uniform(0.01, 0.06)
        for d in range(d0, days):
            real[d] *= 1 - cut
    scale = real_end / real[-1]
    real = [v * scale for v in real]
    fake = [0.0] * days
    if "bought_burst" in arch_set:
        bursts = sorted(rng.sample(range(max(1, days // 10), days - 1), k=rng.randint(1, 4)))
        events["bought_burst"] = bursts[0]
        for b in bursts:
            amount, n = real[b] * rng.uniform(0.08, 1.2) * intensity, rng.choice([1, 1, 2])
            for d in range(b, days):
                fake[d] += amount * min(1.0, (d - b + 1) / n)
        if rng.random() < 0.4:  # the platform later removes part of them
            d0 = rng.randint(bursts[-1] + 1, days) if bursts[-1] + 1 < days else days - 1
            cut = rng.uniform(0.05, 0.5)
            for d in range(d0, days):
                fake[d] *= 1 - cut
    if "drip_feed" in arch_set:
        n = rng.randint(14, 56)
        start = rng.randint(0, max(0, days - n))
        events["drip_feed"] = start
        per_day = real[start] * rng.uniform(0.15, 1.8) * intensity / n
        acc = 0.0
        for d in range(start, days):
            if d < start + n:
                acc += per_day * rng.uniform(0.85, 1.15)
            fake[d] += acc
    base_following = int(math.exp(rng.gauss(5.3, 1.1)))
    following = []
    if "churn" in arch_set:
        f, d, gained = base_following, 0, 0.0
        while d < days:
            up, down = rng.randint(3, 12), rng.randint(1, 4)
            amount = int(rng.uniform(300, 3000) * (0.4 + intensity))
            for k in range(up):
                following.append(f + amount * (k + 1) // up)
            gained += amount * rng.uniform(0.03, 0.15)
            for k in range(down):
                following.append(f + amount - amount * (k + 1) // down)
            for k in range(d, min(days, d + up + down)):
                fake[k] += gained * (k - d + 1) / (up + down)
            for k in range(d + up + down, days):
                fake[k] += gained
            d += up + down + rng.randint(0, 6)
            following += [f] * (d - len(following)) if d > len(following) else []
        following = following[:days]
        events["churn"] = 0
    else:
        drift = rng.gauss(0, 0.1)
        following = [
            max(0, int(base_following * (1 + drift * d / days) + rng.gauss(0, 1)))
            for d in range(days)
        ]
    return real, fake, following, events


def _creator(rng: random.Random, idx: int, seed: int) -> dict:
    label = int(rng.random() < 0.46)
    arch = _pick(rng, FRAUD if label else GENUINE)
    parts = {arch}
    if arch == "combo":
        parts = set(
            rng.sample(
                ["bought_burst", "drip_feed", "bought_likes", "bot_comments", "pod", "churn"],
                k=rng.choice([2, 2, 3]),
            )
        )
    if label == 0 and arch in ("steady", "messy", "koc") and rng.random() < 0.1:
        parts.add(rng.choice(["viral", "shoutout", "giveaway"]))  # genuine histories overlap
    intensity = rng.betavariate(1.6, 1.4) * 0.9 + 0.1 if label else 0.0
    platform = _pick(rng, {k: v[0] for k, v in PLATFORMS.items()})
    _, er_base, c_ratio, s_ratio, sv_ratio, has_views = PLATFORMS[platform]
    cn = platform in CN
    names = Names(rng, platform)
    category = rng.choice(CATS)
    if arch == "celebrity":
        followers_end = int(10 ** rng.uniform(5.8, 7.3))
    elif arch == "koc":
        followers_end = int(10 ** rng.uniform(3.0, 4.5))
    else:
        followers_end = int(10 ** rng.triangular(3.0, 7.3, 4.6))
    as_of = datetime(2025, 5, 1, tzinfo=UTC) + timedelta(
        days=rng.randint(0, 400), hours=rng.randint(0, 23)
    )
    as_date = as_of.date()
    days = rng.randint(60, 365)
    start = as_date - timedelta(days=days - 1)
    # posts: a rate per week and a list length varying from a few to ~100
    n_posts = max(1, min(150, int(math.exp(rng.gauss(math.log(30), 0.6)))))
    per_week = math.exp(rng.gauss(math.log(3.5), 0.8))
    span = min(days - 1, max(3, int(n_posts / per_week * 7)))
    post_days = sorted(rng.sample(range(days - span, days), k=min(n_posts, span)))
    fake_share = rng.uniform(0.05, 0.7) * intensity if parts & {"bought_burst", "drip_feed"} else 0
    real, fake, following_hist, events = _history(
        rng, days, followers_end * (1 - fake_share), parts, intensity, post_days
    )
    if real[-1] + fake[-1] > 2.1e7:  # keep the largest accounts around 20M
        shrink = 2e7 / (real[-1] + fake[-1]) * rng.uniform(0.8, 1.0)
        real, fake = [v * shrink for v in real], [v * shrink for v in fake]
    total = [int(r + f) for r, f in zip(real, fake, strict=True)]
    followers = total[-1]
    # engagement rate of the real audience; falls with size, creator quality varies a lot
    er = (
        er_base * (max(real[-1], 500) / 2e4) ** -rng.uniform(0.1, 0.3) * math.exp(rng.gauss(0, 0.5))
    )
    if arch == "celebrity":
        er = rng.uniform(0.001, 0.01)
    elif arch == "koc":
        er *= rng.uniform(1.5, 3)
    c_ratio *= math.exp(rng.gauss(0, 0.4)) * (rng.uniform(1.5, 3) if arch == "koc" else 1)
    like_rate = rng.uniform(0.02, 0.12)
    fmt = (
        "video"
        if has_views and platform != "twitter"
        else rng.choice(["image", "image", "video", "text"])
    )
    local_off = 8 if cn else rng.choice([-8, -5, -5, 0, 1, 5.5])
    bought_like_posts = set()
    if "bought_likes" in parts:
        frac = rng.uniform(0.3, 1.0)
        bought_like_posts = {d for d in post_days if rng.random() < frac}
    posts, post_meta = [], []
    for i, d in enumerate(post_days):
        hour = rng.choice([7, 8, 12, 12, 13, 17, 18, 19, 20, 20, 21, 21, 22, 23]) + rng.random()
        at = datetime.combine(start + timedelta(days=d), datetime.min.time(), UTC) + timedelta(
            hours=hour - local_off, minutes=rng.randint(0, 59)
        )
        at = min(at, as_of - timedelta(minutes=rng.randint(30, 600)))
        boost = math.exp(rng.gauss(0, 0.55))
        if events.get("viral") == d:
            boost *= rng.uniform(8, 60)
        giveaway = events.get("giveaway") == d
        if giveaway:
            boost *= rng.uniform(2, 6)
        sponsored = rng.random() < (0.15 if followers > 2e4 else 0.05)
        if sponsored:
            boost *= rng.uniform(0.5, 0.9)
        likes = real[d] * er * boost
        comments = (
            likes * c_ratio * math.exp(rng.gauss(0, 0.35)) * (rng.uniform(3, 10) if giveaway else 1)
        )
        shares = likes * s_ratio * math.exp(rng.gauss(0, 0.6))
        saves = likes * sv_ratio * math.exp(rng.gauss(0, 0.5))
        views = likes / like_rate * math.exp(rng.gauss(0, 0.3))
        if d in bought_like_posts:
            likes *= 1 + intensity * rng.uniform(0.3, 9)
        bots = (
            int(comments * rng.uniform(0.3, 3) * intensity) + rng.randint(2, 8)
            if "bot_comments" in parts
            else 0
        )
        p = {
            "post_id": f"p{i}_{rng.getrandbits(20):x}",
            "posted_at": _ts(at),
            "format": "live" if rng.random() < 0.03 else fmt,
            "likes": int(likes),
            "comments": int(comments) + bots,
            "shares": int(shares),
            "saves": int(saves),
            "sponsored": sponsored,
        }
        if has_views:
            p["views"] = int(views)
        if platform == "bilibili":
            p["coins"] = int(likes * rng.uniform(0.1, 0.6))
            p["danmaku"] = int(views * rng.uniform(0.001, 0.02))
        if platform == "weibo" and rng.random() < 0.5:
            del p["saves"]
        posts.append(p)
        post_meta.append((at, int(comments), bots, giveaway))
    comments = _comments(
        rng, names, parts, arch, posts, post_meta, as_of, cn, platform, intensity, category
    )
    # follower sample
    n_sample = rng.choice([50, 100, 100, 150, 200, 200, 300, 500]) + rng.randint(0, 20)
    fake_frac = (fake[-1] / max(1, followers)) if "churn" not in parts else 0.0
    lurk = (
        rng.uniform(0.15, 0.45)
        + (0.2 if arch == "celebrity" else 0)
        + (0.1 if arch == "messy" else 0)
    )
    spam = (
        rng.uniform(0.02, 0.08)
        + (0.2 if arch in ("giveaway", "messy") else 0)
        + (0.25 if "churn" in parts else 0)
    )
    bot = rng.uniform(0.0, 0.05) + (0.03 if arch == "messy" else 0)
    burst_day = start + timedelta(
        days=events.get("bought_burst", events.get("drip_feed", days - 30))
    )
    sample = []
    for _ in range(n_sample):
        u = rng.random()
        if u < fake_frac:
            kind = "bought_hq" if rng.random() > intensity * 0.9 else "bought"
        else:
            u = rng.random()
            kind = (
                "lurker"
                if u < lurk
                else "spammy"
                if u < lurk + spam
                else "bot"
                if u < lurk + spam + bot
                else "active"
            )
        sample.append(_account(rng, names, kind, as_date, burst_day))
    handle = names.real()[0] + (
        "_" + rng.choice(["official", "daily", "studio", "tv", "2"]) if rng.random() < 0.3 else ""
    )
    verified_p = 0.9 if arch == "celebrity" else min(0.6, followers / 2e6)
    acc_created = start - timedelta(days=rng.randint(30, 3000))
    profile = {
        "followers": followers,
        "following": following_hist[-1],
        "posts": n_posts + int(per_week / 7 * (start - acc_created).days * rng.uniform(0.3, 1.0)),
        "verified": rng.random() < verified_p,
        "category": category,
    }
    if rng.random() < 0.6:
        profile["created_at"] = acc_created.isoformat()
    with_following = rng.random() < (0.75 if "churn" in parts else 0.6)
    gaps = rng.random()
    history = []
    for d in range(days):
        if (gaps < 0.2 and rng.random() < 0.3) or (0.2 <= gaps < 0.28 and d % 7 and d != days - 1):
            continue
        snap = {
            "date": (start + timedelta(days=d)).isoformat(),
            "followers": max(0, total[d] + int(rng.gauss(0, 1))),
        }
        if with_following:
            snap["following"] = following_hist[d]
        history.append(snap)
    digest = hashlib.sha1(f"{seed}:{idx}:{handle}".encode()).hexdigest()[:10]
    rec = {
        "creator_id": f"{platform}:{handle}_{digest}",
        "platform": platform,
        "handle": handle,
        "as_of": _ts(as_of),
        "profile": profile,
        "follower_history": history,
        "posts": posts,
        "comments": comments,
        "follower_sample": sample,
        "label": label,
        "archetype": arch,
    }
    # missing blocks, same rates for both classes
    if rng.random() < 0.12:
        del rec["follower_history"]
    if rng.random() < 0.12:
        del rec["follower_sample"]
    if rng.random() < 0.10:
        del rec["comments"]
    if rng.random() < 0.08:
        keep = rng.randint(0, 5)
        rec["posts"] = posts[-keep:] if keep else []
        kept = {p["post_id"] for p in rec["posts"]}  # type: ignore[attr-defined]
        if "comments" in rec:
            rec["comments"] = [c for c in rec["comments"] if c["post_id"] in kept]  # type: ignore[attr-defined]
    if rng.random() < 0.03:  # profile only
        for k in ("follower_history", "follower_sample", "comments", "posts"):
            rec.pop(k, None)
    return rec


def _comments(
    rng, names, parts, arch, posts, post_meta, as_of, cn, platform, intensity, category
) -> list[dict]:
    if not posts:
        return []
    cat_things = THINGS_CN if cn else THINGS_EN
    things = cat_things.get(category) or (
        ["这个", "这期内容", "这首歌"] if cn else ["video", "song", "tip", "setup"]
    )
    target = int(math.exp(rng.gauss(math.log(200), 0.6)))
    total_c = sum(m[1] + m[2] for m in post_meta) or 1
    subst = rng.uniform(0.25, 0.65)
    if arch == "koc":
        subst = rng.uniform(0.55, 0.85)
    elif arch == "celebrity":
        subst = rng.uniform(0.03, 0.2)
    reply_p = rng.uniform(0.1, 0.3) if arch == "koc" else rng.uniform(0, 0.06)
    fans = [names.real()[0] for _ in range(rng.randint(30, 400))]  # recurring commenters
    bots = [names.junk()[0] for _ in range(rng.randint(5, 60))]
    pod = [names.real()[0] for _ in range(rng.randint(6, 25))] if "pod" in parts else []
    pod_p = rng.uniform(0.4, 0.6) + 0.4 * intensity
    promo = names.junk()[0]
    bot_texts = [
        t.format(p=promo) for t in rng.sample(BOT_CN if cn else BOT_EN, k=rng.randint(2, 6))
    ]
    creator = "creator_self"
    out = []

    def add(pid, author, text, at, likes=0, from_creator=False):
        if at > as_of:  # not yet written when the data was collected
            return
        c = {"post_id": pid, "author": author, "text": text, "posted_at": _ts(at), "likes": likes}
        if from_creator:
            c["from_creator"] = True
        out.append(c)

    def genuine_text(giveaway):
        u = rng.random()
        if giveaway and u < 0.6:
            tags = {k: rng.choice(fans) for k in "abc"}
            return rng.choice(GIVE_CN if cn else GIVE_EN).format(**tags)
        if u < subst:
            return rng.choice(Q_CN if cn else Q_EN).format(t=rng.choice(things))
        u = rng.random()
        if arch == "celebrity" and u < 0.4:
            return rng.choice(FAN_CN if cn else FAN_EN)
        if u < 0.45:
            return rng.choice(GEN_CN if cn else GEN_EN) + (
                rng.choice(["", "!", "~", " " + rng.choice(EMO)])
            )
        if u < 0.8:
            pool = EMO + (
                STICKERS * 2 if cn and (platform != "douyin" or rng.random() < 0.5) else []
            )
            return "".join(rng.choice(pool) for _ in range(rng.randint(1, 3)))
        return rng.choice(MENTION_CN if cn else MENTION_EN).format(a=rng.choice(fans))

    for p, (at, organic, n_bots, giveaway) in zip(posts, post_meta, strict=True):
        pid = p["post_id"]
        share = (organic + n_bots) / total_c
        k = min(organic + n_bots, max(0, round(target * share)), 400)
        k_bot = round(k * n_bots / max(1, organic + n_bots))
        k_pod = 0
        if pod:
            members = [m for m in pod if rng.random() < pod_p]
            k_pod = min(len(members), max(0, k - k_bot))
            for m in members[:k_pod]:
                add(
                    pid,
                    m,
                    rng.choice(POD_CN if cn else POD_EN),
                    at + timedelta(minutes=rng.uniform(1, 60)),
                    likes=rng.randint(0, 3),
                )
        for _ in range(k_bot):
            text = (
                rng.choice(bot_texts) if rng.random() < 0.7 else rng.choice(EMO) * rng.randint(1, 3)
            )
            add(
                pid,
                rng.choice(bots),
                text,
                at + timedelta(minutes=rng.expovariate(1 / (3 + 30 * (1 - intensity)))),
            )
        for _ in range(max(0, k - k_bot - k_pod)):
            delay = timedelta(hours=math.exp(rng.gauss(math.log(5), 1.5)))
            text = genuine_text(giveaway)
            likes = int(rng.paretovariate(1.3)) - 1 if rng.random() < 0.6 else 0
            add(pid, rng.choice(fans), text, at + delay, likes=likes)
            if rng.random() < reply_p and text and not text.startswith("@"):
                add(
                    pid,
                    creator,
                    rng.choice(REPLY_CN if cn else REPLY_EN),
                    at + delay + timedelta(hours=rng.uniform(0.2, 30)),
                    likes=rng.randint(0, 20),
                    from_creator=True,
                )
    return out


def generate(n: int, seed: int) -> Iterator[dict]:
    """Yield n labelled creator records, deterministic for a seed."""
    for i in range(n):
        rng = random.Random(f"holdout:{seed}:{i}")
        yield _creator(rng, i, seed)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=23)
    ap.add_argument("--out", default="data/generated/holdout.jsonl")
    args = ap.parse_args(argv)
    t0, counts = time.perf_counter(), {}  # type: ignore[var-annotated]
    out = sys.stdout.buffer if args.out == "-" else open(args.out, "wb")  # noqa: SIM115 (closed in the finally below)
    try:
        for rec in generate(args.n, args.seed):
            out.write(orjson.dumps(rec) + b"\n")
            key = (rec["label"], rec["archetype"])
            counts[key] = counts.get(key, 0) + 1
    finally:
        if out is not sys.stdout.buffer:
            out.close()
    for (label, arch), c in sorted(counts.items()):
        print(f"label={label} {arch:14s} {c}", file=sys.stderr)
    print(f"{args.n} creators in {time.perf_counter() - t0:.1f}s -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
