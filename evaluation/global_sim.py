"""Independent labelled creator simulator with a global-platform focus ("gen_global").

Roughly 70% Instagram / TikTok / YouTube / Twitter(X) and 30% Chinese platforms.
Everything is modelled with aggregate stochastic processes rather than individual
accounts:

* the audience is split into pools (real followers R, bought/bot followers F,
  follow-back accounts B from follow/unfollow churn, giveaway hunters G);
  each pool evolves daily with multiplicative log-normal noise, Poisson-like
  gains and losses, and self-exciting (Hawkes-like) kernels: a viral post adds
  followers with an exponentially decaying kernel whose size depends on the
  post's reach, which itself depends on the real audience at posting time;
* per-post reach/likes/comments/shares/saves are log-normal around platform and
  size-tier medians, scale with the *engaging* audience at the time of posting,
  and mature with the post's age;
* comment arrival after each post follows a decaying-intensity process
  (exponential mixture) for organic comments and tight bursts for bought ones;
* fraud is layered on top (bought followers: burst / drip / aged premium;
  bought likes; bought views; bot comments: copy-paste or machine-written;
  engagement pods; follow/unfollow churn; lure-spam floods) with intensities
  from blatant to subtle.

Output: one CreatorRecord (data/contract/creator.schema.json) per line plus
`label` (1 fraud / 0 genuine) and `archetype`.

Usage:  python -m evaluation.global_sim --n 2000 --seed 43 --out /tmp/x.jsonl
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import math
import random
import sys
from collections.abc import Iterator
from typing import Any, TextIO

import numpy as np

# --------------------------------------------------------------------------------------
# Archetypes
# --------------------------------------------------------------------------------------
ARCHETYPES: list[tuple[str, int, float]] = [
    # genuine (~55%)
    ("genuine_steady", 0, 15.0),
    ("genuine_koc", 0, 9.0),
    ("genuine_viral", 0, 7.0),
    ("genuine_giveaway", 0, 4.0),
    ("genuine_shoutout", 0, 3.0),
    ("genuine_celebrity", 0, 4.0),
    ("genuine_purged", 0, 3.0),
    ("genuine_dormant", 0, 3.0),
    ("genuine_spam_section", 0, 4.0),
    ("genuine_rising", 0, 3.0),
    # fraud (~45%)
    ("bought_followers_burst", 1, 7.0),
    ("bought_followers_drip", 1, 5.0),
    ("bought_followers_premium", 1, 4.0),
    ("bought_likes", 1, 4.0),
    ("bought_views", 1, 2.0),
    ("bot_comments", 1, 4.0),
    ("ai_comments", 1, 3.0),
    ("engagement_pod", 1, 5.0),
    ("follow_churn", 1, 3.0),
    ("lure_spam_flood", 1, 2.0),
    ("combo:bought_followers_burst+bought_likes", 1, 1.5),
    ("combo:bought_followers_drip+bot_comments", 1, 1.5),
    ("combo:engagement_pod+bought_followers_premium", 1, 1.0),
    ("combo:follow_churn+bought_likes", 1, 1.0),
    ("combo:bought_views+bot_comments", 1, 1.0),
]
_ARCH_P = np.array([a[2] for a in ARCHETYPES]) / sum(a[2] for a in ARCHETYPES)

GLOBAL_PLATFORMS = ["instagram", "tiktok", "youtube", "twitter"]
GLOBAL_P = [0.36, 0.31, 0.17, 0.16]
CN_PLATFORMS = ["douyin", "rednote", "weibo", "bilibili", "kuaishou", "wechat_channels"]
CN_P = [0.27, 0.23, 0.2, 0.13, 0.1, 0.07]
VIEW_PLATFORMS = {"tiktok", "youtube", "twitter", "kuaishou", "bilibili", "instagram", "douyin"}

# platform params: rr = typical reach (views) per real follower at 10k followers,
# rr_sd = post-to-post log sd, lpv likes per view, cpl comments per like,
# spl shares per like (None = not shown), svl saves per like (None = not shown),
# tau = maturation time (days), views = whether views are exported.
PLAT: dict[str, dict[str, Any]] = {
    "instagram": dict(
        rr=0.30, rr_sd=0.55, lpv=0.085, cpl=0.022, spl=0.035, svl=0.06, tau=0.8, views="video"
    ),
    "tiktok": dict(
        rr=0.55, rr_sd=0.95, lpv=0.075, cpl=0.012, spl=0.012, svl=0.014, tau=1.6, views="all"
    ),
    "youtube": dict(
        rr=0.13, rr_sd=0.7, lpv=0.036, cpl=0.05, spl=None, svl=None, tau=4.0, views="all"
    ),
    "twitter": dict(
        rr=0.16, rr_sd=0.8, lpv=0.013, cpl=0.11, spl=0.2, svl=0.09, tau=0.3, views="all"
    ),
    "douyin": dict(
        rr=0.45, rr_sd=0.9, lpv=0.06, cpl=0.035, spl=0.03, svl=0.04, tau=1.5, views="none"
    ),
    "kuaishou": dict(
        rr=0.5, rr_sd=0.85, lpv=0.04, cpl=0.04, spl=0.02, svl=None, tau=1.5, views="all"
    ),
    "rednote": dict(
        rr=0.25, rr_sd=0.8, lpv=0.08, cpl=0.12, spl=0.03, svl=0.45, tau=2.0, views="none"
    ),
    "weibo": dict(
        rr=0.05, rr_sd=0.8, lpv=0.035, cpl=0.25, spl=0.3, svl=None, tau=0.5, views="none"
    ),
    "bilibili": dict(
        rr=0.22, rr_sd=0.8, lpv=0.05, cpl=0.09, spl=0.035, svl=0.22, tau=3.0, views="all"
    ),
    "wechat_channels": dict(
        rr=0.2, rr_sd=0.7, lpv=0.03, cpl=0.06, spl=0.45, svl=0.1, tau=1.0, views="none"
    ),
}
FORMATS = {
    "instagram": (["image", "video", "other"], [0.42, 0.48, 0.10]),
    "tiktok": (["video", "image"], [0.96, 0.04]),
    "youtube": (["video", "live"], [0.97, 0.03]),
    "twitter": (["text", "image", "video"], [0.55, 0.3, 0.15]),
    "douyin": (["video", "image"], [0.93, 0.07]),
    "kuaishou": (["video", "live"], [0.95, 0.05]),
    "rednote": (["image", "video"], [0.7, 0.3]),
    "weibo": (["text", "image", "video"], [0.38, 0.47, 0.15]),
    "bilibili": (["video", "live", "other"], [0.95, 0.03, 0.02]),
    "wechat_channels": (["video", "live"], [0.96, 0.04]),
}
CADENCE = {  # posts per day (median)
    "instagram": 0.5,
    "tiktok": 0.9,
    "youtube": 0.25,
    "twitter": 2.5,
    "douyin": 0.7,
    "kuaishou": 0.9,
    "rednote": 0.5,
    "weibo": 1.5,
    "bilibili": 0.2,
    "wechat_channels": 0.5,
}
CATEGORIES = [
    "beauty",
    "fashion",
    "food",
    "travel",
    "fitness",
    "tech",
    "gaming",
    "parenting",
    "finance",
    "music",
    "comedy",
    "lifestyle",
    "education",
    "pets",
]
CAT_GROUP = {
    "beauty": "beauty",
    "fashion": "beauty",
    "food": "food",
    "travel": "travel",
    "fitness": "fitness",
    "tech": "tech",
    "gaming": "tech",
    "parenting": "family",
    "pets": "family",
    "finance": "money",
    "education": "money",
    "music": "general",
    "comedy": "general",
    "lifestyle": "general",
}

# --------------------------------------------------------------------------------------
# Text material
# --------------------------------------------------------------------------------------
EMOJI = [
    "😍",
    "🔥",
    "❤️",
    "😂",
    "🙌",
    "👏",
    "💯",
    "🥹",
    "✨",
    "😭",
    "💕",
    "👀",
    "🤍",
    "😊",
    "🥰",
    "🤣",
    "💪",
    "🙏",
]
ZH_EMO = [
    "[赞]",
    "[爱心]",
    "[笑哭]",
    "[玫瑰]",
    "[哈哈]",
    "[666]",
    "[送心]",
    "[捂脸]",
    "[害羞]",
    "[比心]",
]

L: dict[str, dict[str, Any]] = {}
L["en"] = dict(
    react=[
        "love this",
        "this is so good",
        "obsessed",
        "wow",
        "so underrated",
        "needed this today",
        "you never miss",
        "okay this is amazing",
        "literally me",
        "saving this",
        "this made my day",
        "no way",
        "this is gold",
        "lol",
        "sooo good",
        "facts",
        "big fan",
        "finally someone said it",
        "the vibes",
        "i'm crying",
        "this is why i follow you",
        "underrated account fr",
        "stop it",
        "W video",
        "real",
        "this slaps",
        "bro what",
        "ok but why is this so relatable",
    ],
    spec=[
        "the {t} at the end is everything",
        "where did you get the {t}?",
        "what {t} are you using?",
        "I tried the {t} and it actually worked",
        "can you do a full video on the {t}?",
        "how long did the {t} take?",
        "that {t} though",
        "is the {t} worth it for beginners?",
        "been looking for a good {t} for ages",
        "my {rel} needs to see this {t}",
        "the {t} is so much better than the last one",
        "wait is the {t} still available?",
        "ok the {t} got me",
        "please drop the {t} details",
        "how much was the {t}?",
        "not me rewatching for the {t}",
        "your {t} always hits different",
    ],
    anec=[
        "tried this last weekend and {out}",
        "my {rel} does this too haha",
        "been following since {since}, so proud of you",
        "watched this {n} times already",
        "showed this to my {rel} and {out}",
        "{since} me would never believe this",
    ],
    out=[
        "it turned out great",
        "it was a disaster lol",
        "they loved it",
        "never going back",
        "now we're hooked",
    ],
    rel=[
        "mom",
        "sister",
        "bf",
        "gf",
        "roommate",
        "best friend",
        "husband",
        "wife",
        "kids",
        "brother",
    ],
    since=["you had 2k followers", "2021", "the beginning", "your first video", "the old channel"],
    fan=[
        "I love you",
        "queen 👑",
        "first!",
        "legend",
        "the GOAT",
        "icon",
        "mother",
        "we love you",
        "notice me pls",
        "king",
        "iconic",
        "yesss",
        "my fav",
    ],
    reply=[
        "thank you!! ❤️",
        "haha yes",
        "link in bio!",
        "glad it helped!",
        "will do a part 2 🙌",
        "🙏🙏",
        "thank youuu",
        "it's from a small shop, will link it",
        "yes it's beginner friendly",
        "about 2 hours tbh",
        "love that!! 😂",
        "appreciate you",
        "good question, video coming soon",
    ],
    give=[
        "entered! 🤞",
        "done ✅",
        "would love to win this",
        "pick me pls 🙏",
        "fingers crossed",
        "done! good luck everyone",
    ],
    city=["NYC", "London", "Toronto", "Sydney", "LA", "Manila", "Lagos", "Chicago"],
    nouns={
        "beauty": [
            "lip shade",
            "foundation",
            "blush",
            "outfit",
            "jacket",
            "skincare routine",
            "hair color",
            "eyeliner",
        ],
        "food": ["recipe", "sauce", "ramen", "cake", "marinade", "coffee", "pasta", "dough"],
        "travel": ["hotel", "beach", "itinerary", "hostel", "view", "flight deal", "cafe"],
        "fitness": [
            "workout",
            "leg day routine",
            "protein shake",
            "form",
            "program",
            "stretch",
            "split",
        ],
        "tech": ["setup", "keyboard", "camera", "phone", "build", "settings", "monitor", "loadout"],
        "family": [
            "stroller",
            "bedtime routine",
            "puppy",
            "toy",
            "lunchbox idea",
            "cat tree",
            "harness",
        ],
        "money": [
            "budget sheet",
            "index fund",
            "side hustle",
            "study method",
            "notes",
            "course",
            "template",
        ],
        "general": [
            "song",
            "edit",
            "transition",
            "outfit",
            "background music",
            "ending",
            "lighting",
        ],
    },
)
L["es"] = dict(
    react=[
        "me encanta",
        "qué bonito",
        "increíble",
        "lo necesitaba hoy",
        "eres la mejor",
        "jajaja",
        "qué buena onda",
        "nunca fallas",
        "esto es oro",
        "me muero",
        "literal yo",
        "guardado",
        "qué crack",
        "te amo",
        "brutal",
        "qué lindo todo",
        "no puedo más jajaja",
        "me hiciste el día",
        "tal cual",
        "qué belleza",
    ],
    spec=[
        "¿dónde compraste {t}?",
        "¿qué {t} usas?",
        "probé {t} y me funcionó",
        "haz un video de {t} porfa",
        "ese {t} está increíble",
        "¿vale la pena {t}?",
        "mi {rel} necesita ver este {t}",
        "¿cuánto costó {t}?",
        "el {t} del final jajaja",
        "necesito ese {t} ya",
        "llevo meses buscando un {t} así",
    ],
    anec=[
        "lo intenté el finde y {out}",
        "mi {rel} hace lo mismo jaja",
        "te sigo desde {since}, qué orgullo",
        "lo vi {n} veces ya",
    ],
    out=["quedó genial", "fue un desastre jaja", "les encantó", "ya no vuelvo atrás"],
    rel=["mamá", "hermana", "novio", "novia", "amiga", "esposo", "prima"],
    since=["que tenías 2k", "2021", "el principio", "tu primer video"],
    fan=["te amo", "reina 👑", "primera!", "ídola", "la mejor", "te quiero mucho", "mi favorita"],
    reply=[
        "¡gracias! ❤️",
        "jaja sí",
        "link en la bio",
        "qué bueno que te sirvió",
        "pronto parte 2 🙌",
        "🙏🙏",
        "graciasss",
    ],
    give=["participo! 🤞", "listo ✅", "ojalá gane", "suerte a todos", "me encantaría ganar"],
    city=["CDMX", "Madrid", "Buenos Aires", "Bogotá", "Lima", "Monterrey"],
    nouns={
        "beauty": ["labial", "base", "outfit", "rubor", "delineado", "corte"],
        "food": ["receta", "salsa", "pastel", "café", "tacos"],
        "travel": ["hotel", "playa", "itinerario", "mirador"],
        "fitness": ["rutina", "batido", "programa", "ejercicio"],
        "tech": ["setup", "teclado", "celular", "cámara", "juego"],
        "family": ["cochecito", "juguete", "perrito", "rutina"],
        "money": ["presupuesto", "curso", "método", "apuntes"],
        "general": ["canción", "edit", "final", "transición"],
    },
)
L["pt"] = dict(
    react=[
        "amei",
        "que lindo",
        "perfeita",
        "maravilhoso",
        "kkkkkk",
        "morri",
        "sempre arrasando",
        "precisava disso hoje",
        "salvei",
        "que incrível",
        "sensacional",
        "tô passada",
        "que delícia",
        "melhor conteúdo",
        "chorei",
        "socorro kkk",
    ],
    spec=[
        "onde comprou {t}?",
        "qual {t} você usa?",
        "testei {t} e deu certo",
        "faz um vídeo sobre {t} pfv",
        "esse {t} ficou top",
        "vale a pena {t}?",
        "minha {rel} precisa ver esse {t}",
        "quanto custou {t}?",
        "o {t} do final kkkk",
        "preciso desse {t}",
    ],
    anec=[
        "fiz no fim de semana e {out}",
        "minha {rel} faz igualzinho kkk",
        "te sigo desde {since}, que orgulho",
        "já assisti {n} vezes",
    ],
    out=["ficou perfeito", "deu tudo errado kkk", "amaram", "nunca mais faço diferente"],
    rel=["mãe", "irmã", "namorado", "namorada", "amiga", "marido"],
    since=["quando tinha 2 mil", "2021", "o começo", "o primeiro vídeo"],
    fan=["te amo", "rainha 👑", "primeira!", "diva", "maravilhosa", "ídola"],
    reply=[
        "obrigada! ❤️",
        "kkkk sim",
        "link na bio",
        "que bom que ajudou",
        "parte 2 em breve 🙌",
        "🙏🙏",
    ],
    give=["participando! 🤞", "feito ✅", "quero muito ganhar", "boa sorte a todos"],
    city=["SP", "Rio", "BH", "Recife", "Curitiba", "Salvador"],
    nouns={
        "beauty": ["batom", "base", "look", "blush", "cabelo"],
        "food": ["receita", "molho", "bolo", "café", "pão"],
        "travel": ["hotel", "praia", "roteiro", "pousada"],
        "fitness": ["treino", "shake", "programa", "alongamento"],
        "tech": ["setup", "teclado", "celular", "câmera", "jogo"],
        "family": ["carrinho", "brinquedo", "cachorrinho", "rotina"],
        "money": ["planilha", "curso", "método", "resumo"],
        "general": ["música", "edição", "final", "transição"],
    },
)
L["id"] = dict(
    react=[
        "keren banget",
        "mantap",
        "suka banget",
        "wkwkwk",
        "bagus kak",
        "aku jadi pengen",
        "kakak cantik banget",
        "informatif banget",
        "makasih kak",
        "ngakak",
        "gemes",
        "semangat kak",
        "auto save",
        "relate banget",
        "kerennn",
        "sehat selalu kak",
    ],
    spec=[
        "kak {t} nya beli dimana?",
        "pakai {t} apa kak?",
        "udah coba {t} nya, beneran works",
        "bikin konten {t} lagi dong kak",
        "{t} nya keren parah",
        "{t} ini worth it gak kak?",
        "{rel} aku harus lihat {t} ini",
        "harga {t} nya berapa kak?",
        "spill {t} nya dong",
    ],
    anec=[
        "kemarin aku coba dan {out}",
        "{rel} aku juga gitu wkwk",
        "ngikutin dari {since}, bangga banget",
        "udah nonton {n} kali",
    ],
    out=["hasilnya bagus", "gagal total wkwk", "keluarga suka", "jadi ketagihan"],
    rel=["ibu", "kakak", "adik", "pacar", "suami", "temen"],
    since=["followers masih 2rb", "2021", "awal", "video pertama"],
    fan=["love kak", "cantik banget", "first!", "idolaku", "sayang kakak"],
    reply=[
        "makasih kak ❤️",
        "iya kak",
        "link di bio ya",
        "sama-sama",
        "siap kak, nanti dibikin 🙌",
        "🙏🙏",
    ],
    give=["ikutan kak 🤞", "done kak ✅", "semoga menang", "aamiin menang"],
    city=["Jakarta", "Bandung", "Surabaya", "Medan", "Jogja", "Makassar"],
    nouns={
        "beauty": ["lipstik", "foundation", "outfit", "skincare", "hijab"],
        "food": ["resep", "sambal", "kue", "kopi", "mie"],
        "travel": ["hotel", "pantai", "itinerary", "villa"],
        "fitness": ["workout", "program", "menu diet", "gerakan"],
        "tech": ["setup", "hp", "kamera", "keyboard", "game"],
        "family": ["stroller", "mainan", "kucing", "rutinitas"],
        "money": ["budgeting", "reksadana", "kursus", "catatan"],
        "general": ["lagu", "edit", "ending", "transisi"],
    },
)
L["hi"] = dict(
    react=[
        "bahut badhiya",
        "kya baat hai",
        "mast video bhai",
        "ekdum sahi",
        "awesome yaar",
        "maza aa gaya",
        "bhai tu legend hai",
        "superb didi",
        "op bhai",
        "kamaal kar diya",
        "dil khush ho gaya",
        "sahi pakde hai",
        "bilkul sahi bola",
        "too good yaar",
        "best content on insta",
    ],
    spec=[
        "{t} kahan se liya?",
        "kaunsa {t} use karte ho?",
        "maine bhi {t} try kiya, sach me kaam karta hai",
        "{t} pe full video banao please",
        "ye {t} toh next level hai",
        "{t} worth it hai kya beginners ke liye?",
        "meri {rel} ko ye {t} dikhana padega",
        "{t} ka price kitna hai?",
    ],
    anec=[
        "maine try kiya aur {out}",
        "meri {rel} bhi aise hi karti hai haha",
        "{since} se follow kar raha hu, proud of you",
        "{n} baar dekh liya",
    ],
    out=["ekdum perfect bana", "pura gadbad ho gaya lol", "sabko pasand aaya"],
    rel=["mummy", "didi", "bhai", "wife", "dost", "behen"],
    since=["2k followers", "2021", "start", "first video"],
    fan=["love you bhai", "legend", "first!", "goat 🐐", "jai ho"],
    reply=[
        "thank you ji ❤️",
        "haan bilkul",
        "link bio me hai",
        "dhanyawad 🙏",
        "next video me batata hu",
    ],
    give=["participate kiya 🤞", "done bhai ✅", "please mujhe jitao", "all the best sabko"],
    city=["Delhi", "Mumbai", "Pune", "Jaipur", "Lucknow", "Bangalore", "Indore"],
    nouns={
        "beauty": ["lipstick", "kurta", "outfit", "saree", "skincare"],
        "food": ["recipe", "masala", "chai", "biryani", "chutney"],
        "travel": ["hotel", "trek", "itinerary", "homestay"],
        "fitness": ["workout", "diet plan", "protein", "routine"],
        "tech": ["setup", "phone", "camera", "laptop", "game"],
        "family": ["toy", "routine", "puppy", "tiffin idea"],
        "money": ["SIP", "mutual fund", "course", "notes"],
        "general": ["song", "edit", "ending", "transition"],
    },
)
L["zh"] = dict(
    react=[
        "太好看了吧",
        "爱了爱了",
        "绝绝子",
        "哈哈哈哈哈",
        "学到了",
        "收藏了",
        "终于更新了",
        "宝藏博主",
        "好喜欢",
        "救命 太可爱了",
        "笑死我了",
        "码住",
        "yyds",
        "真实",
        "姐妹冲",
        "啊啊啊好喜欢",
        "这也太绝了",
        "看哭了",
        "狠狠共鸣了",
        "求更",
        "蹲一个后续",
        "前排",
        "太会了",
        "一整个爱住",
    ],
    spec=[
        "{t}是哪家的呀",
        "求{t}链接",
        "{t}真的好用吗",
        "试了{t}，效果真的可以",
        "可以出一期{t}的教程吗",
        "{t}绝了",
        "新手适合{t}吗",
        "想问一下{t}多少钱",
        "我{rel}也超喜欢{t}",
        "{t}在哪里买的",
        "同款{t}已下单",
        "{t}踩雷了吗",
        "蹲{t}的详细测评",
    ],
    anec=[
        "上周照着做了，{out}",
        "我{rel}也是这样哈哈哈",
        "从{since}就关注了，见证成长",
        "已经看了{n}遍了",
        "去年在{city}也见过，{out}",
    ],
    out=["效果很好", "翻车了哈哈", "全家都说好", "回不去了"],
    rel=["妈妈", "男朋友", "闺蜜", "室友", "老公", "女儿", "同事"],
    since=["几千粉", "2021年", "第一条视频", "刚开始"],
    fan=[
        "哥哥好帅",
        "啊啊啊啊啊",
        "打卡",
        "来了来了",
        "我的宝贝",
        "永远支持",
        "爱你",
        "第一",
        "冲冲冲",
        "姐姐杀我",
    ],
    reply=[
        "谢谢宝子",
        "链接在主页哦",
        "哈哈哈是的",
        "下期安排！",
        "可以的",
        "感谢支持～",
        "谢谢喜欢～",
        "回复：敏感肌也能用",
        "在评论区置顶啦",
        "好的好的",
    ],
    give=["抽我抽我", "许愿", "已转发", "锦鲤附体", "求中"],
    city=["上海", "成都", "杭州", "北京", "广州", "武汉", "重庆", "长沙"],
    nouns={
        "beauty": ["口红", "粉底", "这套穿搭", "腮红", "面霜", "发色"],
        "food": ["这道菜", "酱料", "蛋糕", "火锅", "这家店"],
        "travel": ["酒店", "民宿", "攻略", "机位", "路线"],
        "fitness": ["训练计划", "蛋白粉", "动作", "饮食"],
        "tech": ["键盘", "手机", "相机", "配置", "这个游戏"],
        "family": ["推车", "绘本", "猫粮", "玩具", "辅食"],
        "money": ["基金", "笔记", "课程", "学习方法"],
        "general": ["bgm", "剪辑", "结尾", "滤镜", "转场"],
    },
)

BOT_GENERIC = [
    "Nice",
    "Nice pic",
    "Great post",
    "Awesome",
    "Amazing 😍",
    "Love it",
    "🔥🔥🔥",
    "😍😍😍",
    "👏👏",
    "Beautiful",
    "Cool",
    "Wow",
    "Super",
    "Perfect ❤️",
    "Great content",
    "Keep it up",
    "Nice one 👍",
    "💯",
    "❤️❤️",
    "Good job",
    "Very nice",
    "Lovely",
    "Gorgeous",
    "Fantastic",
    "Incredible 🔥",
    "So cute",
    "Wonderful",
    "👍👍👍",
]
BOT_ZH = [
    "好看",
    "赞",
    "支持",
    "太棒了",
    "不错不错",
    "厉害",
    "👍👍👍",
    "666",
    "优秀",
    "加油",
    "好好看",
    "路过点赞",
    "支持一下",
    "[赞][赞][赞]",
    "[玫瑰][玫瑰]",
    "转发微博",
    "很棒",
    "真不错",
    "喜欢",
    "来了",
]
AI_EN = dict(
    tpl=[
        "{A} {N}! The way you {V} really {I}.",
        "This is such a {a} piece of content, it {I}.",
        "Absolutely {a}! Your attention to {D} is truly inspiring.",
        "What a {a} {N}. Thank you for sharing such {Q} content!",
        "I really appreciate how you {V}. Keep up the {a} work!",
        "Truly {a} perspective; the {D} {I}.",
        "Your {N}s always {I}. Truly {a} work!",
        "Incredible job on the {D}; it {I}. Looking forward to more!",
    ],
    A=[
        "Wonderful",
        "Fantastic",
        "Stunning",
        "Remarkable",
        "Incredible",
        "Brilliant",
        "Impressive",
        "Outstanding",
        "Beautiful",
    ],
    a=[
        "wonderful",
        "fantastic",
        "stunning",
        "remarkable",
        "incredible",
        "brilliant",
        "impressive",
        "outstanding",
        "inspiring",
        "amazing",
    ],
    N=["content", "shot", "video", "post", "composition", "creation", "work"],
    V=[
        "captured the mood",
        "presented this",
        "explained every detail",
        "combined these elements",
        "brought this idea to life",
        "balanced the colors",
        "shared your journey",
    ],
    I=[
        "stands out",
        "makes a real difference",
        "elevates the whole piece",
        "resonates with me",
        "speaks volumes",
        "leaves a lasting impression",
        "adds so much value",
    ],
    D=["detail", "lighting", "color palette", "storytelling", "editing", "framing"],
    Q=["high-quality", "valuable", "thoughtful", "inspiring", "meaningful"],
)
AI_ZH = dict(
    tpl=[
        "{a}的内容，{I}！",
        "博主真的很用心，{D}都处理得非常到位，期待更多优质作品！",
        "感谢分享，{a}，{I}。",
        "{D}和{D2}都很出色，{I}，支持博主继续创作！",
        "这条作品{a}，{I}，必须点赞收藏！",
        "看完{I}，{a}，已经推荐给朋友了！",
    ],
    a=["非常有价值", "干货满满", "超级实用", "质量很高", "非常精彩", "很有深度", "特别用心"],
    I=["受益匪浅", "学到了很多", "让人眼前一亮", "值得反复观看", "感觉很治愈", "收获满满"],
    D=["画面", "配色", "细节", "节奏", "文案", "构图"],
    D2=["音乐", "剪辑", "讲解", "排版"],
)
POD_EN = [
    "Yesss 🙌",
    "Love this babe 💕",
    "Obsessed with this!!",
    "So good",
    "Gorgeous 😍",
    "Stunning as always",
    "This is everything 🔥",
    "Queen 👑",
    "Amazing post!!",
    "Slay ✨",
    "Love love love",
    "Goals 😍",
    "Beautiful shot!",
    "Absolutely love this",
    "Go off 🔥",
    "Omg yes",
    "Perfection",
    "Always inspiring 💕",
]
POD_ZH = [
    "互赞 来了",
    "支持姐妹",
    "来啦来啦",
    "已赞 回访一下",
    "好看 已关注",
    "互粉互赞",
    "冲冲冲",
    "已三连 求回",
    "来支持了",
    "宝 来了",
    "打卡支持",
    "姐妹好看",
]
LURE_EN = [
    "Check my bio 💋",
    "I make $3k/week from home, DM me 📈",
    "Send this to @{p} for promo 🔥",
    "Want more followers? check @{p}",
    "Collab? DM @{p} 💌",
    "hey 😘 see my stories",
    "Crypto signals on my page 💰",
    "Earn daily with @{p}, ask me how 💸",
    "Promote it on @{p} ✨",
    "D.M me for a paid collab",
    "my b!o has the link 😉",
    "Thanks to @{p} I paid off my debt 🙏",
    "hot pics on my page 🔞",
]
LURE_ZH = [
    "加V看更多",
    "滋源在主页",
    "想要的私我",
    "+薇信领取",
    "看我主页有惊喜",
    "威❤️: {c}",
    "扣{c}",
    "有需要的姐妹戳我",
    "嘉我 v {c}",
    "徽心 {c} 分享同款",
    "同款滋源 私",
    "兼职日结 看主页",
    "围脖同名 来找我",
    "蔻蔻{c}",
    "主页有福利",
]

FIRST_GLOBAL = [
    "anna",
    "leo",
    "mia",
    "sam",
    "alex",
    "jess",
    "chris",
    "maria",
    "jose",
    "ana",
    "lucas",
    "gabi",
    "rafa",
    "julia",
    "dewi",
    "putri",
    "rizky",
    "budi",
    "ayu",
    "rahul",
    "priya",
    "arjun",
    "neha",
    "amit",
    "sofia",
    "diego",
    "camila",
    "mateo",
    "valen",
    "bruna",
    "thiago",
    "kate",
    "tom",
    "emma",
    "noah",
    "olivia",
    "liam",
    "zoe",
    "jay",
    "kim",
    "nina",
    "max",
    "ella",
    "dani",
    "tasha",
    "kev",
    "ronny",
    "siti",
    "fajar",
    "ankit",
    "pooja",
    "luis",
    "carla",
]
LAST_GLOBAL = [
    "smith",
    "silva",
    "garcia",
    "lopez",
    "santos",
    "oliveira",
    "pratama",
    "sari",
    "sharma",
    "singh",
    "patel",
    "rodriguez",
    "martinez",
    "souza",
    "wijaya",
    "khan",
    "lee",
    "brown",
    "costa",
    "perez",
    "gupta",
    "nguyen",
]
WORDS_GLOBAL = [
    "sunny",
    "vibes",
    "daily",
    "official",
    "art",
    "travels",
    "eats",
    "fit",
    "world",
    "life",
    "studio",
    "cafe",
    "gram",
    "zz",
    "xo",
    "real",
    "the",
    "just",
    "its",
    "not",
]
PINYIN = [
    "xiao",
    "li",
    "wang",
    "zhang",
    "chen",
    "liu",
    "yang",
    "huang",
    "zhao",
    "wu",
    "zhou",
    "lin",
    "mei",
    "yu",
    "tian",
    "xin",
    "jia",
    "hao",
    "ning",
    "yan",
    "qing",
    "bai",
    "lan",
    "mo",
    "an",
    "ke",
    "le",
    "tong",
    "xue",
    "feng",
]
ZH_NICK_A = [
    "小",
    "阿",
    "大",
    "是",
    "一只",
    "爱吃",
    "不会",
    "今天也",
    "快乐",
    "佛系",
    "努力",
    "睡不醒的",
    "想吃",
    "认真",
]
ZH_NICK_B = [
    "鱼",
    "猫",
    "橙子",
    "桃桃",
    "可乐",
    "星星",
    "饭团",
    "兔子",
    "土豆",
    "柠檬",
    "小熊",
    "奶茶",
    "芒果",
    "月亮",
    "栗子",
    "的日常",
    "同学",
    "酱",
    "呀",
    "宝",
]
LANG_COUNTRY = {
    "en": ["US", "US", "UK", "CA", "AU", "PH", "NG"],
    "es": ["MX", "ES", "AR", "CO", "CL"],
    "pt": ["BR"],
    "id": ["ID"],
    "hi": ["IN"],
    "zh": ["CN"],
}
BIO_EN = {
    "beauty": "makeup + skincare",
    "fashion": "style diaries",
    "food": "home cook sharing easy recipes",
    "travel": "chasing sunsets",
    "fitness": "coach | strength & mobility",
    "tech": "gadgets, reviews, setups",
    "gaming": "streamer & gamer",
    "parenting": "mom of 2 | real life parenting",
    "finance": "money tips, no hype",
    "music": "singer / songwriter",
    "comedy": "just here to make you laugh",
    "lifestyle": "slow living",
    "education": "study tips & notes",
    "pets": "life with my dogs",
}
BIO_ZH = {
    "beauty": "美妆护肤分享",
    "fashion": "日常穿搭",
    "food": "在家做饭的打工人",
    "travel": "带你看世界",
    "fitness": "健身教练｜减脂增肌",
    "tech": "数码评测",
    "gaming": "游戏主播",
    "parenting": "二胎宝妈 育儿日常",
    "finance": "理财小白成长记",
    "music": "翻唱｜原创",
    "comedy": "搞笑日常",
    "lifestyle": "记录生活",
    "education": "学习方法分享",
    "pets": "两猫一狗",
}


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------
def _ch(rng, seq):
    return seq[int(rng.random() * len(seq))]


def _ln(rng, sd=1.0):
    return float(np.exp(rng.normal(0.0, sd)))


def _cnt(rng, lam):
    lam = max(float(lam), 0.0)
    if lam < 5e5:
        return int(rng.poisson(lam))
    return round(lam * (1 + rng.normal(0, 0.002)))


def _iso(t: dt.datetime) -> str:
    return t.replace(microsecond=0).isoformat() + "Z"


def _d(t) -> str:
    return (t.date() if isinstance(t, dt.datetime) else t).isoformat()


def _digits(rng, k):
    if k <= 0:
        return ""
    return str(int(rng.random() * 10**k)).zfill(k)


def _alnum(rng, k):
    s = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join([s[int(x)] for x in (rng.random(k) * len(s))])


def _real_name(rng, zh: bool) -> str:
    r = rng.random()
    if zh:
        if r < 0.35:
            return _ch(rng, PINYIN) + _ch(rng, PINYIN) + (_digits(rng, int(rng.integers(0, 4))))
        if r < 0.75:
            return (
                _ch(rng, ZH_NICK_A)
                + _ch(rng, ZH_NICK_B)
                + (_digits(rng, 2) if rng.random() < 0.3 else "")
            )
        return (
            _ch(rng, PINYIN)
            + _ch(rng, ["_", ".", ""])
            + _ch(rng, PINYIN)
            + _digits(rng, int(rng.integers(1, 5)))
        )
    sep = _ch(rng, ["", "_", ".", ""])
    if r < 0.45:
        n = _ch(rng, FIRST_GLOBAL) + sep + _ch(rng, LAST_GLOBAL)
    elif r < 0.7:
        n = _ch(rng, FIRST_GLOBAL) + sep + _ch(rng, WORDS_GLOBAL)
    elif r < 0.85:
        n = _ch(rng, WORDS_GLOBAL) + sep + _ch(rng, FIRST_GLOBAL)
    else:
        n = _ch(rng, FIRST_GLOBAL) + _ch(rng, FIRST_GLOBAL)
    if rng.random() < 0.5:
        n += _digits(rng, int(rng.integers(1, 5)))
    return n


def _bot_name(rng, zh: bool, platform: str) -> str:
    r = rng.random()
    if zh:
        if r < 0.45:
            return "用户" + _digits(rng, 10 if platform == "weibo" else 9)
        if r < 0.65 and platform == "rednote":
            return "小红薯" + _alnum(rng, 6).upper()
        return _ch(rng, PINYIN) + _ch(rng, PINYIN) + _digits(rng, int(rng.integers(4, 8)))
    if r < 0.4:
        return (
            _ch(rng, FIRST_GLOBAL)
            + _ch(rng, ["_", ".", ""])
            + _ch(rng, LAST_GLOBAL)
            + _digits(rng, int(rng.integers(3, 6)))
        )
    if r < 0.7:
        return _alnum(rng, int(rng.integers(6, 11)))
    if r < 0.85:
        return "user" + _digits(rng, int(rng.integers(7, 11)))
    return _ch(rng, FIRST_GLOBAL) + "." + _alnum(rng, 2) + _digits(rng, 4)


def _decor(rng, s: str, lang: str) -> str:
    r = rng.random()
    if lang == "zh":
        if r < 0.25:
            s += _ch(rng, ZH_EMO) * int(rng.integers(1, 3))
        elif r < 0.4:
            s += _ch(rng, ["！", "！！", "～", "。", "…", "😭", "🥹"])
        return s
    if r < 0.3:
        s = s.capitalize()
    elif r < 0.38:
        s = s.upper() if len(s) < 25 else s
    r = rng.random()
    if r < 0.3:
        s += " " + _ch(rng, EMOJI) * int(rng.integers(1, 4))
    elif r < 0.5:
        s += _ch(rng, ["!", "!!", "!!!", "...", " lol", " 😂", "?", " 🙏"])
    return s


def _organic_text(rng, lang: str, group: str, kind: str, celeb: bool) -> str:
    T = L[lang]
    if kind == "fan" or (celeb and rng.random() < 0.35):
        if rng.random() < 0.45:
            return "".join(_ch(rng, EMOJI) for _ in range(int(rng.integers(1, 6))))
        return _decor(rng, _ch(rng, T["fan"]), lang)
    r = rng.random()
    if r < 0.08:
        return "".join(_ch(rng, EMOJI) for _ in range(int(rng.integers(1, 5))))
    if r < 0.36:
        s = _ch(rng, T["react"])
        if rng.random() < 0.3:
            s2 = _ch(rng, T["react"])
            s = s + (" " if lang != "zh" else "，") + s2
    elif r < 0.78:
        t = _ch(rng, T["nouns"][group])
        s = _ch(rng, T["spec"]).replace("{t}", t).replace("{rel}", _ch(rng, T["rel"]))
        if rng.random() < 0.3:
            s = _ch(rng, T["react"]) + (" " if lang != "zh" else "，") + s
    elif r < 0.93:
        s = (
            _ch(rng, T["anec"])
            .replace("{out}", _ch(rng, T["out"]))
            .replace("{rel}", _ch(rng, T["rel"]))
            .replace("{since}", _ch(rng, T["since"]))
            .replace("{n}", str(int(rng.integers(2, 12))))
            .replace("{city}", _ch(rng, T["city"]))
        )
    else:
        if lang == "zh":
            s = (
                _ch(rng, ["坐标", "来自", ""])
                + _ch(rng, T["city"])
                + _ch(rng, ["的姐妹报到", "打卡", "路过", "的有吗"])
            )
        else:
            s = _ch(rng, ["love from ", "watching from ", "greetings from ", ""]) + _ch(
                rng, T["city"]
            )
    return _decor(rng, s, lang)


def _ai_text(rng, lang):
    if lang == "zh":
        T = AI_ZH
        s = _ch(rng, T["tpl"])
        for k in ("D2", "a", "I", "D"):
            s = s.replace("{" + k + "}", _ch(rng, T[k]))
        return s
    T = AI_EN
    s = _ch(rng, T["tpl"])
    for k in ("A", "a", "N", "V", "I", "D", "Q"):
        s = s.replace("{" + k + "}", _ch(rng, T[k]))
    if rng.random() < 0.3:
        s += " " + _ch(rng, ["✨", "👏", "🙌", "💯", "🌟"])
    return s


def _lure_text(rng, zh):
    if zh:
        s = _ch(rng, LURE_ZH).replace("{c}", _alnum(rng, int(rng.integers(5, 9))))
        if rng.random() < 0.3:
            s += _ch(rng, ["~", "🌹", "❤️", "哦", "[玫瑰]"])
        return s
    promo = (
        _ch(rng, ["promo", "shoutout", "feature", "boost", "grow"])
        + _ch(rng, ["_", ".", ""])
        + _alnum(rng, 3)
    )
    return _ch(rng, LURE_EN).replace("{p}", promo)


# --------------------------------------------------------------------------------------
# main per-record generator
# --------------------------------------------------------------------------------------
class _Fast:
    """numpy Generator facade: scalar draws go to a seeded random.Random (fast), vector/complex
    draws to the numpy Generator. Both are seeded from (seed, i), so output stays deterministic."""

    __slots__ = ("g", "p")

    def __init__(self, g: np.random.Generator):
        self.g = g
        self.p = random.Random(int(g.integers(0, 2**62)))

    def random(self, size=None):
        return self.p.random() if size is None else self.g.random(size)

    def integers(self, lo, hi=None, size=None):
        if size is not None:
            return self.g.integers(lo, hi, size)
        if hi is None:
            lo, hi = 0, lo
        return self.p.randrange(int(lo), int(hi))

    def uniform(self, a=0.0, b=1.0, size=None):
        return a + (b - a) * self.p.random() if size is None else self.g.uniform(a, b, size)

    def normal(self, loc=0.0, scale=1.0, size=None):
        return self.p.gauss(loc, scale) if size is None else self.g.normal(loc, scale, size)

    def exponential(self, scale=1.0, size=None):
        if size is not None:
            return self.g.exponential(scale, size)
        return self.p.expovariate(1.0 / scale) if scale > 0 else 0.0

    def pareto(self, a):
        return self.p.paretovariate(a) - 1.0

    def __getattr__(self, name):
        return getattr(self.g, name)


def _make_record(seed: int, i: int) -> dict:
    rng = _Fast(np.random.default_rng([seed, i, 7741]))
    ai = int(rng.choice(len(ARCHETYPES), p=_ARCH_P))
    arch, label, _ = ARCHETYPES[ai]
    parts = set(arch.split(":", 1)[1].split("+")) if arch.startswith("combo:") else {arch}

    # ---------------- platform, language, category ----------------
    restrict = None
    if "bought_views" in parts:
        restrict = ["tiktok", "youtube", "twitter", "kuaishou", "bilibili", "instagram"]
    if rng.random() < 0.7:
        platform = str(rng.choice(GLOBAL_PLATFORMS, p=GLOBAL_P))
    else:
        platform = str(rng.choice(CN_PLATFORMS, p=CN_P))
    if restrict and platform not in restrict:
        platform = str(
            rng.choice(
                ["tiktok", "youtube", "instagram", "bilibili", "kuaishou"],
                p=[0.4, 0.3, 0.15, 0.1, 0.05],
            )
        )
    zh = platform in CN_PLATFORMS
    if zh:
        lang = "zh"
    else:
        lang = str(rng.choice(["en", "es", "pt", "id", "hi"], p=[0.5, 0.15, 0.12, 0.12, 0.11]))
    category = _ch(rng, CATEGORIES)
    if platform == "bilibili" and rng.random() < 0.4:
        category = _ch(rng, ["gaming", "tech", "education", "music"])
    group = CAT_GROUP[category]
    P = PLAT[platform]

    # ---------------- time frame ----------------
    base = dt.datetime(2024, 2, 1)
    as_of = base + dt.timedelta(
        days=int(rng.integers(0, 660)),
        hours=int(rng.integers(0, 24)),
        minutes=int(rng.integers(0, 60)),
    )
    hist_len = int(np.clip(rng.integers(60, 366), 60, 365))

    # ---------------- size ----------------
    if arch == "genuine_koc":
        logR = rng.uniform(2.9, 4.4)
    elif arch == "genuine_celebrity":
        logR = rng.uniform(5.9, 7.6)
    elif "engagement_pod" in parts:
        logR = rng.uniform(3.3, 5.4)
    elif "follow_churn" in parts or arch == "genuine_rising":
        logR = rng.uniform(2.8, 4.8)
    else:
        logR = rng.uniform(3.0, 6.6) if rng.random() < 0.85 else rng.uniform(6.0, 7.0)
    if zh and platform == "weibo":
        logR += 0.2
    R0 = 10**logR

    # ---------------- posting schedule ----------------
    n_posts = int(rng.integers(10, 61))
    cad = CADENCE[platform] * _ln(rng, 0.6)
    if arch == "genuine_dormant":
        cad *= 0.25
    if arch == "genuine_koc":
        cad *= 0.8
    span = max(n_posts / cad, 5.0)
    span = min(span, 700.0)
    T = int(max(hist_len, span + 3)) + 1
    gaps = rng.exponential(1.0, n_posts) ** 1.3  # bursty posting
    gaps[0] = 0.0
    gaps = gaps / max(gaps.sum(), 1e-9) * span
    last_gap = rng.exponential(1.0 / cad) * (4 if arch == "genuine_dormant" else 1)
    ages = np.sort(min(last_gap, 60) + np.cumsum(gaps))[::-1]  # oldest first
    ages = np.clip(ages, 0.02, T - 1.5)
    hour_of_day = rng.choice(24, n_posts, p=_HOUR_P)
    post_times = []
    for a, h in zip(ages, hour_of_day, strict=False):
        t = as_of - dt.timedelta(days=float(a))
        t = t.replace(hour=int(h), minute=int(rng.integers(0, 60)), second=0, microsecond=0)
        if t > as_of - dt.timedelta(minutes=30):
            t = as_of - dt.timedelta(minutes=int(rng.integers(30, 600)))
        post_times.append(t)
    post_times.sort()
    start_day = (as_of - dt.timedelta(days=T - 1)).date()
    post_day = [min(max((pt.date() - start_day).days, 0), T - 1) for pt in post_times]
    post_age = np.array([(as_of - pt).total_seconds() / 86400 for pt in post_times])

    # ---------------- fraud / event parameters ----------------
    fraud_intensity = float(rng.beta(1.4, 1.6)) if label else 0.0  # 0 subtle .. 1 blatant
    vendor_q = float(rng.beta(2, 2))  # quality of bought accounts (for follower sample)
    if "bought_followers_premium" in parts:
        vendor_q = float(rng.uniform(0.75, 1.0))
        fraud_intensity *= 0.45
    elif fraud_intensity > 0.7:
        vendor_q *= 0.4

    viral_posts: list[int] = []
    if arch in ("genuine_viral",):
        viral_posts = list(rng.choice(n_posts, size=int(rng.integers(1, 4)), replace=False))
    elif arch == "genuine_rising":
        viral_posts = list(rng.choice(n_posts, size=int(rng.integers(2, 6)), replace=False))
    elif (label and rng.random() < 0.15) or (not label and rng.random() < 0.08):
        viral_posts = [int(rng.integers(n_posts))]
    viral_mult = {int(p): float(np.exp(rng.uniform(np.log(8), np.log(150)))) for p in viral_posts}

    giveaway_post = None
    if arch == "genuine_giveaway" or (rng.random() < 0.05):
        cand = [k for k in range(n_posts) if 3 < post_age[k] < hist_len - 5]
        if cand:
            giveaway_post = int(_ch(rng, cand))

    # ---------------- daily audience simulation ----------------
    mu = 0.0009 * _ln(rng, 0.8) * (R0 / 1e4) ** (-0.15)
    if arch == "genuine_koc":
        mu *= 1.5
    if arch == "genuine_rising":
        mu = rng.uniform(0.002, 0.007)
    if arch == "genuine_celebrity":
        mu *= 0.5
    if arch == "genuine_dormant":
        mu = -rng.uniform(0.0002, 0.0015)
    churn = rng.uniform(0.0002, 0.0009)
    # size-dependent reach
    R_ref = R0
    rr_c = P["rr"] * _ln(rng, 0.45) * (R_ref / 1e4) ** (-0.12)
    lpv_c = P["lpv"] * _ln(rng, 0.35)
    if arch == "genuine_koc":
        rr_c *= 1.4
        lpv_c *= 1.3
    if arch == "genuine_celebrity":
        rr_c *= 0.45
        lpv_c *= 0.8
    if arch == "genuine_dormant":
        rr_c *= 0.5
    cpl_c = P["cpl"] * _ln(rng, 0.4) * (1.7 if arch == "genuine_koc" else 1.0)
    conv = 0.006 * _ln(rng, 0.6)  # follows per extra view on viral posts

    R = np.zeros(T)
    F = np.zeros(T)
    B = np.zeros(T)
    G = np.zeros(T)
    FO = np.zeros(T)
    extraR = np.zeros(T + 40)
    extraF = np.zeros(T + 40)
    extraG = np.zeros(T + 40)

    # natural bot followers every account collects
    F0 = R0 * rng.uniform(0.005, 0.05)
    fake_attr = rng.uniform(0.0005, 0.003)
    hist_start = T - hist_len
    if parts & {"bought_followers_burst", "bought_followers_drip", "bought_followers_premium"}:
        if rng.random() < 0.55:
            F0 += R0 * rng.uniform(0.05, 0.6) * (0.3 + fraud_intensity)
        total_buy = (
            R0 * (0.04 + 1.6 * fraud_intensity**1.5) * _ln(rng, 0.3) * min(1.0, (R0 / 1e5) ** -0.3)
        )
        if "bought_followers_premium" in parts:
            total_buy = R0 * rng.uniform(0.03, 0.25)
            fake_attr = rng.uniform(0.0001, 0.0008)
        if "bought_followers_burst" in parts or (
            "bought_followers_premium" in parts and rng.random() < 0.5
        ):
            nb = int(rng.integers(1, 5))
            sizes = rng.dirichlet(np.ones(nb)) * total_buy
            for s in sizes:
                d0 = int(rng.integers(hist_start + 3, T - 2))
                dur = int(rng.integers(1, 4))
                w = rng.dirichlet(np.ones(dur) * 3)
                extraF[d0 : d0 + dur] += s * w
                # refill / drop after delivery
        else:
            dur = int(rng.integers(14, min(120, hist_len - 5)))
            d0 = int(rng.integers(hist_start + 1, T - dur + 1))
            daily = total_buy / dur
            extraF[d0 : d0 + dur] += daily * _ln_arr(rng, 0.35, dur)
    if "follow_churn" in parts:
        F0 += R0 * rng.uniform(0.0, 0.2)

    # churn (follow/unfollow) schedule
    fo_base = float(np.exp(rng.normal(np.log(350), 0.9)))
    if arch == "genuine_celebrity":
        fo_base = float(np.exp(rng.normal(np.log(120), 1.0)))
    if arch == "genuine_koc":
        fo_base = float(np.exp(rng.normal(np.log(600), 0.8)))
    fo_follow = np.zeros(T)
    fo_unf = np.zeros(T)
    fb_rate = 0.0
    if "follow_churn" in parts:
        cap = {"instagram": 200, "twitter": 400, "tiktok": 200}.get(platform, 150)
        d = int(rng.integers(0, 10))
        while d < T:
            fl = int(rng.integers(3, 12))
            per = cap * rng.uniform(0.4, 1.0) * (0.5 + fraud_intensity)
            fo_follow[d : d + fl] += per * _ln_arr(rng, 0.3, len(fo_follow[d : d + fl]))
            d2 = d + fl + int(rng.integers(1, 6))
            n_f = fo_follow[d : d + fl].sum()
            ul = int(rng.integers(1, 4))
            if d2 < T:
                fo_unf[d2 : d2 + ul] += n_f * rng.uniform(0.7, 1.0) / ul
            d = d2 + ul + int(rng.integers(2, 15))
        fb_rate = rng.uniform(0.06, 0.2)
        fo_base = float(np.exp(rng.normal(np.log(1800), 0.5)))

    # shout-out
    shout = None
    if arch == "genuine_shoutout":
        shout = int(rng.integers(hist_start + 5, T - 3))
        gain = R0 * rng.uniform(0.1, 1.2)
        tau = rng.uniform(0.6, 2.5)
        w = np.exp(-np.arange(20) / tau)
        extraR[shout : shout + 20] += gain * w / w.sum()
    purge = None
    if arch == "genuine_purged" or rng.random() < 0.04:
        purge = int(rng.integers(hist_start + 5, T - 2))
        purge_fake = rng.uniform(0.3, 0.9)
        purge_real = rng.uniform(0.002, 0.03)

    post_at_day: dict[int, list[int]] = {}
    for k, d in enumerate(post_day):
        post_at_day.setdefault(d, []).append(k)

    views_org = np.zeros(n_posts)
    aud_at_post = np.zeros(n_posts)
    wk = rng.uniform(0.0, 0.15)
    Rc, Fc, Bc, Gc, FOc = R0, F0, 0.0, 0.0, fo_base
    day_noise = rng.normal(0, 0.5, T)
    for d in range(T):
        g = mu * math.exp(day_noise[d]) * (1 + wk * math.sin(2 * math.pi * d / 7))
        Rc = Rc + Rc * g - Rc * churn + extraR[d]
        Fc = Fc * (1 - fake_attr) + extraF[d]
        # follow-back pool
        if fb_rate:
            Bc = (
                Bc
                + fo_follow[d] * fb_rate
                - (fo_unf[d] * fb_rate * rng.uniform(0.3, 0.6))
                - Bc * 0.002
            )
            Bc = max(Bc, 0.0)
            FOc = max(FOc + fo_follow[d] - fo_unf[d], 20.0)
        else:
            FOc = max(
                FOc
                + rng.normal(0.02, 0.6)
                + (0.3 if rng.random() < 0.03 else 0) * rng.integers(1, 30),
                0.0,
            )
        Gc = max(Gc + extraG[d], 0.0)
        if purge is not None and d == purge:
            Fc *= 1 - purge_fake
            Rc *= 1 - purge_real
        for k in post_at_day.get(d, ()):
            aud = Rc + 0.1 * Bc + 0.05 * Gc
            aud_at_post[k] = aud
            v = rr_c * aud * math.exp(rng.normal(0, P["rr_sd"]))
            if rng.random() < 0.04:
                v *= rng.uniform(2.5, 7)
            if k in viral_mult:
                v = max(v, rr_c * aud) * viral_mult[k]
                extra_f = v * conv * _ln(rng, 0.4)
                tau = rng.uniform(0.8, 3.0)
                w = np.exp(-np.arange(25) / tau)
                extraR[d : d + 25] += extra_f * w / w.sum()
            if k == giveaway_post:
                gain = aud * rng.uniform(0.05, 0.5)
                dur = int(rng.integers(2, 8))
                extraG[d : d + dur] += gain / dur
                # hunters leave after the draw
                leave = gain * rng.uniform(0.3, 0.7)
                extraG[d + dur + 1 : d + dur + 22] -= leave / 21
            views_org[k] = v
        R[d], F[d], B[d], G[d], FO[d] = Rc, Fc, Bc, Gc, FOc
    G = np.maximum(G, 0)

    disp = np.maximum(np.round(R + F + B + G), 0).astype(np.int64)
    followers_final = int(disp[-1])
    following_final = round(FO[-1])

    # ---------------- posts ----------------
    fmt_names, fmt_p = FORMATS[platform]
    hide_likes = platform == "instagram" and rng.random() < 0.04
    kuaishou_unknown = platform == "kuaishou" and rng.random() < 0.5
    sponsored_rate = 0.0 if logR < 3.3 else rng.uniform(0.0, 0.25)
    bl_posts = set()
    if "bought_likes" in parts:
        frac = rng.uniform(0.25, 1.0)
        bl_posts = {k for k in range(n_posts) if rng.random() < frac}
    bv_posts = set()
    if "bought_views" in parts:
        frac = rng.uniform(0.3, 1.0)
        bv_posts = {k for k in range(n_posts) if rng.random() < frac}
    bot_kind = None
    if "bot_comments" in parts:
        bot_kind = "generic"
    elif "ai_comments" in parts:
        bot_kind = "ai"
    bot_posts = set()
    if bot_kind:
        frac = rng.uniform(0.4, 1.0)
        bot_posts = {k for k in range(n_posts) if rng.random() < frac}
    pod = "engagement_pod" in parts
    pod_members = []
    if pod:
        pod_members = [_real_name(rng, zh) for _ in range(int(rng.integers(12, 70)))]
        pod_cov = rng.uniform(0.15, 0.6)
    lure_share = 0.0
    if "lure_spam_flood" in parts:
        lure_share = rng.uniform(0.2, 0.6)
    elif arch == "genuine_spam_section":
        lure_share = rng.uniform(0.03, 0.15)
    elif rng.random() < 0.3:
        lure_share = rng.uniform(0.0, 0.03)
    stray_bot_share = (
        rng.uniform(0.0, 0.04) if (arch == "genuine_spam_section" or rng.random() < 0.3) else 0.0
    )
    fan_share = (
        rng.uniform(0.4, 0.8)
        if arch == "genuine_celebrity"
        else (rng.uniform(0.05, 0.3) if logR > 5.5 else 0.02)
    )
    mention_share = rng.uniform(0.01, 0.06)

    posts = []
    comp = []  # per post: dict of counts by source
    spl_c = (P["spl"] or 0) * _ln(rng, 0.5)
    svl_c = (P["svl"] or 0) * _ln(rng, 0.5)
    for k in range(n_posts):
        fmt = str(rng.choice(fmt_names, p=fmt_p))
        mat = 1 - math.exp(-post_age[k] / P["tau"])
        sponsored = bool(rng.random() < sponsored_rate)
        v = views_org[k] * mat * (0.7 if sponsored else 1.0)
        if fmt == "live":
            v *= 0.3
        lk = v * lpv_c * _ln(rng, 0.3)
        if platform == "twitter" and fmt == "text":
            lk *= 0.8
        likes = _cnt(rng, lk)
        cm = _cnt(rng, likes * cpl_c * _ln(rng, 0.45))
        give_entries = 0
        if k == giveaway_post:
            give_entries = _cnt(rng, aud_at_post[k] * rng.uniform(0.02, 0.2))
            likes += _cnt(rng, give_entries * 0.8)
        sh = _cnt(rng, likes * spl_c * _ln(rng, 0.5)) if P["spl"] else None
        if k == giveaway_post and sh is not None:
            sh += _cnt(rng, give_entries * 0.3)
        sv = _cnt(rng, likes * svl_c * _ln(rng, 0.5)) if P["svl"] else None
        views = round(v * _ln(rng, 0.05)) if v > 0 else 0
        if give_entries:
            views += int(give_entries * rng.uniform(3, 12))
        # --- fraud layers (bought engagement does not carry comments/shares) ---
        pod_c = 0
        pod_l = 0
        if pod and rng.random() < 0.9:
            pod_c = int(rng.binomial(len(pod_members), pod_cov))
            pod_l = int(pod_c * rng.uniform(1.0, 2.5))
            likes += pod_l
        if k in bl_posts:
            likes += _cnt(rng, max(lk, 20) * (0.4 + 6 * fraud_intensity**1.3) * _ln(rng, 0.4))
        if k in bv_posts:
            views = int(
                views * (2 + 25 * fraud_intensity) * _ln(rng, 0.3) + rng.integers(500, 5000)
            )
        bot_c = 0
        if k in bot_posts:
            bot_c = _cnt(rng, max(cm, 8) * (0.5 + 5 * fraud_intensity) * _ln(rng, 0.4))
            likes += _cnt(rng, bot_c * rng.uniform(0, 0.5))
        spam_c = (
            _cnt(rng, (cm + bot_c) * lure_share / max(1 - lure_share, 0.3) * _ln(rng, 0.5))
            if lure_share
            else 0
        )
        stray = _cnt(rng, cm * stray_bot_share)
        total_c = cm + give_entries + pod_c + bot_c + spam_c + stray
        post: dict[str, Any] = {
            "post_id": f"p{k}",
            "posted_at": _iso(post_times[k]),
            "format": fmt,
            "likes": int(likes),
            "comments": int(total_c),
        }
        if sh is not None:
            post["shares"] = int(sh)
        if sv is not None:
            post["saves"] = int(sv)
        if P["views"] == "all" or (P["views"] == "video" and fmt == "video"):
            post["views"] = int(max(views, likes * 1.05 + rng.integers(0, 50)))
        if platform == "bilibili":
            post["coins"] = _cnt(
                rng,
                (likes - (pod_l if pod else 0))
                * rng.uniform(0.1, 0.5)
                * (0.4 if k in bl_posts else 1),
            )
            post["danmaku"] = _cnt(rng, v * rng.uniform(0.001, 0.008))
        post["sponsored"] = sponsored
        if hide_likes:
            post["likes"] = 0
            post["likes_unknown"] = True
        posts.append(post)
        comp.append(dict(org=cm, give=give_entries, pod=pod_c, bot=bot_c, spam=spam_c, stray=stray))

    # ---------------- comments sample ----------------
    handle = _real_name(rng, zh)
    if rng.random() < 0.4 and not zh:
        handle = (
            handle.rstrip("0123456789")
            + _ch(rng, ["", "_", "."])
            + _ch(rng, ["official", "tv", "daily", "eats", "fit", "x"])
        )
    regulars = [_real_name(rng, zh) for _ in range(int(rng.integers(5, 40)))]
    reg_share = rng.uniform(0.05, 0.35) if logR < 5 else rng.uniform(0.0, 0.08)
    reply_rate = {True: rng.uniform(0.15, 0.5)}.get(
        arch == "genuine_koc", rng.uniform(0.0, 0.15) if logR < 5.5 else 0.0
    )
    if pod:
        reply_rate = max(reply_rate, rng.uniform(0.1, 0.3))
    bot_pool_size = int(rng.integers(30, 400))
    bot_pool = [_bot_name(rng, zh, platform) for _ in range(min(bot_pool_size, 120))]
    bot_phrases = [_ch(rng, BOT_ZH if zh else BOT_GENERIC) for _ in range(int(rng.integers(4, 14)))]
    bot_delay_h = rng.uniform(0.05, 6.0)
    target_total = int(rng.integers(50, 401))
    cap_per = max(3, int(target_total / n_posts * _ln(rng, 0.3)) + 1)
    comments: list[dict[str, Any]] = []
    tz_lag = rng.uniform(0.5, 6)
    src_names = ["org", "give", "pod", "bot", "spam", "stray"]
    for k, post in enumerate(posts):
        c = comp[k]
        tot = sum(c.values())
        n_s = min(tot, int(cap_per * _ln(rng, 0.4)) + 1)
        if n_s <= 0:
            continue
        colors = np.array([c[s] for s in src_names], dtype=np.int64)
        pick = rng.multivariate_hypergeometric(colors, n_s) if tot < 2**62 else colors
        pt = post_times[k]
        age_h = max((as_of - pt).total_seconds() / 3600, 0.2)
        for s, m in zip(src_names, pick, strict=False):
            for _ in range(int(m)):
                if s == "org":
                    lag_h = (
                        rng.exponential(tz_lag)
                        if rng.random() < 0.75
                        else rng.exponential(24 * P["tau"] * 3)
                    )
                    if (
                        rng.random() < reply_rate
                        and comments
                        and comments[-1].get("post_id") == post["post_id"]
                        and not comments[-1].get("from_creator")
                    ):
                        prev = comments[-1]
                        txt = _ch(rng, L[lang]["reply"])
                        if rng.random() < 0.3 and platform not in ("weibo", "douyin", "rednote"):
                            txt = "@" + prev["author"] + " " + txt
                        ptime = dt.datetime.fromisoformat(prev["posted_at"][:-1])
                        rt = min(ptime + dt.timedelta(hours=float(rng.exponential(5))), as_of)
                        comments.append(
                            {
                                "post_id": post["post_id"],
                                "author": handle,
                                "text": txt,
                                "posted_at": _iso(rt),
                                "likes": int(rng.integers(0, 4)),
                                "from_creator": True,
                            }
                        )
                        continue
                    kind = "fan" if rng.random() < fan_share else "org"
                    txt = _organic_text(rng, lang, group, kind, arch == "genuine_celebrity")
                    if rng.random() < mention_share:
                        txt = "@" + _real_name(rng, zh) + " " + txt
                    author = _ch(rng, regulars) if rng.random() < reg_share else _real_name(rng, zh)
                    lk = (
                        int(rng.pareto(1.3) * (1 + post["likes"] * 0.0005))
                        if rng.random() < 0.6
                        else 0
                    )
                elif s == "give":
                    lag_h = rng.exponential(30)
                    n_m = int(rng.integers(1, 4))
                    txt = " ".join("@" + _real_name(rng, zh) for _ in range(n_m))
                    if rng.random() < 0.4:
                        txt += " " + _ch(rng, L[lang]["give"])
                    author = _real_name(rng, zh)
                    lk = 0
                elif s == "pod":
                    lag_h = rng.exponential(0.7)
                    author = _ch(rng, pod_members)
                    txt = _ch(rng, POD_ZH if zh else POD_EN)
                    if rng.random() < 0.35:
                        txt = (
                            txt + " @" + _ch(rng, pod_members)
                            if not zh
                            else "@" + _ch(rng, pod_members) + " " + txt
                        )
                    elif rng.random() < 0.3:
                        txt += " " + _ch(rng, EMOJI)
                    lk = int(rng.integers(0, 3))
                elif s == "bot":
                    lag_h = bot_delay_h + rng.exponential(0.3)
                    author = _ch(rng, bot_pool)
                    if bot_kind == "ai":
                        txt = _ai_text(rng, lang if lang in ("zh",) else "en")
                        if rng.random() < 0.4:
                            author = _real_name(rng, zh)
                    else:
                        txt = (
                            _ch(rng, bot_phrases)
                            if rng.random() < 0.8
                            else _ch(rng, BOT_ZH if zh else BOT_GENERIC)
                        )
                    lk = 0 if rng.random() < 0.9 else 1
                elif s == "spam":
                    lag_h = rng.exponential(3)
                    author = _bot_name(rng, zh, platform)
                    txt = _lure_text(rng, zh)
                    lk = 0
                else:  # stray bots every section gets
                    lag_h = rng.exponential(8)
                    author = _bot_name(rng, zh, platform)
                    txt = _ch(rng, BOT_ZH if zh else BOT_GENERIC)
                    lk = 0
                lag_h = min(lag_h, age_h * rng.uniform(0.6, 1.0))
                ct = pt + dt.timedelta(hours=float(lag_h))
                comments.append(
                    {
                        "post_id": post["post_id"],
                        "author": author,
                        "text": txt[:4000],
                        "posted_at": _iso(ct),
                        "likes": int(lk),
                    }
                )
        if kuaishou_unknown:
            post["comments"] = sum(1 for cc in comments if cc["post_id"] == post["post_id"])
            post["comments_unknown"] = True
    # safety: comments per post never exceed the post's count
    if len(comments) > 400:
        idx = np.sort(rng.choice(len(comments), 400, replace=False))
        comments = [comments[j] for j in idx]
        if kuaishou_unknown:
            for post in posts:
                post["comments"] = sum(1 for cc in comments if cc["post_id"] == post["post_id"])

    # ---------------- follower history ----------------
    hd = disp[hist_start:].astype(np.int64).copy()
    hfo = np.round(FO[hist_start:]).astype(np.int64)
    hist_dates = [start_day + dt.timedelta(days=int(hist_start + j)) for j in range(hist_len)]
    rounding = followers_final > 10000 and rng.random() < 0.2
    keep = np.ones(hist_len, bool)
    gap_p = rng.choice([0.0, 0.03, 0.12, 0.3], p=[0.35, 0.3, 0.25, 0.1])
    keep &= rng.random(hist_len) >= gap_p
    if rng.random() < 0.25:
        g0 = int(rng.integers(0, hist_len - 10))
        keep[g0 : g0 + int(rng.integers(3, 25))] = False
    if rng.random() < 0.15:  # weekly-only scraper
        step = int(rng.integers(2, 8))
        keep[np.arange(hist_len) % step != (hist_len - 1) % step] = False
    keep[-1] = True
    keep[0] = True
    with_fo = rng.random() < 0.6
    history = []
    glitch_day = int(rng.integers(1, hist_len - 1)) if rng.random() < 0.05 else -1
    stale_prev = None
    for j in range(hist_len):
        if not keep[j]:
            continue
        val = int(hd[j])
        if rounding and j != hist_len - 1:
            mag = 10 ** max(int(math.log10(max(val, 1))) - 2, 0)
            val = int(round(val / mag) * mag)
        if j == glitch_day:
            val = 0 if rng.random() < 0.5 else (stale_prev if stale_prev is not None else val)
        e = {"date": _d(hist_dates[j]), "followers": int(max(val, 0))}
        if with_fo:
            e["following"] = int(max(hfo[j], 0))
        history.append(e)
        stale_prev = val
    history[-1]["followers"] = followers_final
    if with_fo:
        history[-1]["following"] = following_final

    # ---------------- follower sample ----------------
    Rf, Ff, Bf, Gf = R[-1], F[-1], B[-1], max(G[-1], 0)
    tot = Rf + Ff + Bf + Gf
    m = int(rng.integers(50, 301))
    probs = np.array([Rf, Ff, Bf, Gf]) / tot
    nR, nF, nB, nG = rng.multinomial(m, probs)
    batch_dates = [
        as_of.date() - dt.timedelta(days=int(rng.integers(3, 400)))
        for _ in range(int(rng.integers(1, 4)))
    ]
    lurker_share = rng.uniform(0.25, 0.55) + (0.1 if platform == "twitter" else 0)
    sample = []
    for _ in range(nR):
        sample.append(
            _account(rng, "lurker" if rng.random() < lurker_share else "real", platform, zh, as_of)
        )
    natural_fake = label == 0 or not (
        parts
        & {
            "bought_followers_burst",
            "bought_followers_drip",
            "bought_followers_premium",
            "follow_churn",
        }
    )
    for _ in range(nF):
        if natural_fake:
            kind = "spam" if rng.random() < 0.5 else "cheap"
        else:
            kind = "premium" if rng.random() < vendor_q else "cheap"
        sample.append(_account(rng, kind, platform, zh, as_of, batch_dates))
    for _ in range(nB):
        sample.append(_account(rng, "f4f", platform, zh, as_of))
    for _ in range(nG):
        sample.append(_account(rng, "hunter", platform, zh, as_of))
    if pod:
        for _ in range(min(len(pod_members), int(m * rng.uniform(0.02, 0.1)))):
            a = _account(rng, "creator", platform, zh, as_of)
            a["username"] = _ch(rng, pod_members)
            sample.append(a)
    order = rng.permutation(len(sample))
    sample = [sample[j] for j in order]

    # ---------------- profile ----------------
    age_years = rng.uniform(max(T / 365 + 0.3, 1.0), 11.0)
    if platform == "tiktok":
        age_years = min(age_years, rng.uniform(max(T / 365 + 0.2, 1.0), 7.0))
    created = as_of.date() - dt.timedelta(days=int(age_years * 365))
    total_posts = n_posts + int(cad * (age_years * 365 - span) * rng.uniform(0.2, 0.9))
    verified = False
    if platform in ("weibo", "bilibili", "douyin"):
        verified = bool(rng.random() < (0.8 if logR > 5.5 else 0.25))
    elif platform == "twitter":
        verified = bool(rng.random() < (0.85 if logR > 6 else 0.35))  # paid blue checks
    else:
        verified = bool(
            rng.random() < (0.9 if arch == "genuine_celebrity" else (0.3 if logR > 6 else 0.02))
        )
    if zh:
        bio = BIO_ZH[category] + _ch(
            rng, ["", "｜合作请私信", "｜商务合作见主页", "｜" + _ch(rng, L["zh"]["city"]), " 🌷"]
        )
    else:
        bio = BIO_EN[category]
        if lang != "en" and rng.random() < 0.5:
            bio = _ch(
                rng,
                {
                    "es": ["contenido diario ✨", "creadora de contenido", "recetas y más"],
                    "pt": ["criadora de conteúdo", "dicas todo dia ✨", "vem comigo"],
                    "id": ["content creator", "sharing daily ✨", "endorse via DM"],
                    "hi": ["content creator 🇮🇳", "sharing daily", "collab dm"],
                }[lang],
            )
        bio += _ch(
            rng,
            [
                "",
                " | " + _ch(rng, L[lang]["city"]),
                " 📩 collabs: " + handle.split(".")[0] + "@gmail.com",
                " ✨",
            ],
        )
    profile = {
        "followers": followers_final,
        "following": following_final,
        "posts": int(total_posts),
        "verified": verified,
        "created_at": _d(created),
        "bio": bio,
        "category": category,
        "country": _ch(rng, LANG_COUNTRY[lang]),
    }

    rec: dict[str, Any] = {
        "creator_id": f"gen_global:{i:06d}",
        "platform": platform,
        "handle": handle,
        "as_of": _iso(as_of),
        "profile": profile,
        "follower_history": history,
        "posts": posts,
        "comments": comments,
        "follower_sample": sample,
    }
    # a small share of records naturally lacks a block
    if rng.random() < 0.03:
        drop = _ch(rng, ["follower_history", "follower_sample", "comments"])
        del rec[drop]
    rec["label"] = int(label)
    rec["archetype"] = arch
    return rec


_HOUR_P = np.array(
    [
        1,
        0.6,
        0.4,
        0.3,
        0.3,
        0.4,
        0.8,
        1.2,
        1.6,
        1.8,
        2,
        2.2,
        2.6,
        2.4,
        2.1,
        2.0,
        2.2,
        2.6,
        3.0,
        3.4,
        3.6,
        3.2,
        2.4,
        1.6,
    ]
)
_HOUR_P = _HOUR_P / _HOUR_P.sum()


def _ln_arr(rng, sd, n):
    return np.exp(rng.normal(0.0, sd, n))


def _account(rng, kind, platform, zh, as_of, batch_dates=None) -> dict:
    today = as_of.date()
    if kind in ("real", "creator"):
        created = today - dt.timedelta(days=int(rng.uniform(60, 4200)))
        fol = (
            int(np.exp(rng.normal(np.log(180), 1.3)))
            if kind == "real"
            else int(np.exp(rng.normal(np.log(12000), 1.0)))
        )
        fing = int(np.exp(rng.normal(np.log(320), 0.9)))
        posts = (
            int(np.exp(rng.normal(np.log(90), 1.2)))
            if kind == "real"
            else int(np.exp(rng.normal(np.log(500), 0.6)))
        )
        avatar = rng.random() < 0.93
        last = today - dt.timedelta(days=int(rng.exponential(40)))
        bio = "" if rng.random() < 0.5 else _acc_bio(rng, zh)
        name = _real_name(rng, zh)
    elif kind == "lurker":
        created = today - dt.timedelta(days=int(rng.uniform(30, 4000)))
        fol = int(rng.exponential(15))
        fing = int(np.exp(rng.normal(np.log(120), 1.0)))
        posts = int(rng.exponential(2)) if rng.random() < 0.6 else 0
        avatar = rng.random() < 0.55
        last = today - dt.timedelta(days=int(rng.exponential(300)))
        bio = "" if rng.random() < 0.9 else _acc_bio(rng, zh)
        name = _real_name(rng, zh) if rng.random() < 0.7 else _bot_name(rng, zh, platform)
    elif kind == "f4f":
        created = today - dt.timedelta(days=int(rng.uniform(100, 3000)))
        fol = int(np.exp(rng.normal(np.log(1500), 0.8)))
        fing = int(fol * rng.uniform(0.8, 1.6))
        posts = int(np.exp(rng.normal(np.log(150), 1.0)))
        avatar = rng.random() < 0.95
        last = today - dt.timedelta(days=int(rng.exponential(20)))
        bio = _acc_bio(rng, zh) + (" follow back 💯" if not zh else " 互关必回")
        name = _real_name(rng, zh)
    elif kind == "hunter":
        created = today - dt.timedelta(days=int(rng.uniform(100, 3000)))
        fol = int(np.exp(rng.normal(np.log(200), 1.0)))
        fing = int(np.exp(rng.normal(np.log(2500), 0.6)))
        posts = int(np.exp(rng.normal(np.log(40), 1.0)))
        avatar = rng.random() < 0.9
        last = today - dt.timedelta(days=int(rng.exponential(30)))
        bio = "" if rng.random() < 0.6 else ("giveaway lover 🍀" if not zh else "锦鲤体质")
        name = _real_name(rng, zh)
    elif kind == "premium":
        created = today - dt.timedelta(days=int(rng.uniform(400, 3000)))
        fol = int(np.exp(rng.normal(np.log(120), 1.0)))
        fing = int(np.exp(rng.normal(np.log(1100), 0.6)))
        posts = int(np.exp(rng.normal(np.log(18), 0.9)))
        avatar = rng.random() < 0.96
        last = today - dt.timedelta(days=int(rng.uniform(60, 900)))
        bio = "" if rng.random() < 0.6 else _acc_bio(rng, zh)
        name = _real_name(rng, zh)
    elif kind == "spam":  # natural spam/porn/crypto bots following everyone
        created = today - dt.timedelta(days=int(rng.uniform(5, 500)))
        fol = int(rng.exponential(60))
        fing = int(rng.uniform(500, 7500))
        posts = int(rng.integers(0, 12))
        avatar = rng.random() < 0.85
        last = today - dt.timedelta(days=int(rng.exponential(20)))
        bio = _lure_text(rng, zh) if rng.random() < 0.6 else ""
        name = _bot_name(rng, zh, platform)
    else:  # cheap bought account, created in batches
        bd = (
            _ch(rng, batch_dates)
            if batch_dates
            else today - dt.timedelta(days=int(rng.uniform(10, 300)))
        )
        created = bd - dt.timedelta(days=int(rng.exponential(4)))
        fol = int(rng.exponential(6))
        fing = int(np.exp(rng.normal(np.log(1500), 0.8)))
        posts = int(rng.exponential(1.2)) if rng.random() < 0.5 else 0
        avatar = rng.random() < 0.25
        last = created + dt.timedelta(days=int(rng.exponential(5)))
        bio = ""
        name = _bot_name(rng, zh, platform)
    if created > today:
        created = today - dt.timedelta(days=1)
    if last < created:
        last = created
    if last > today:
        last = today
    a = {
        "id": "u" + _alnum(rng, 12),
        "username": name,
        "followers": max(int(fol), 0),
        "following": max(int(fing), 0),
        "posts": max(int(posts), 0),
        "has_avatar": bool(avatar),
        "bio": bio,
        "created_at": _d(created),
        "is_private": bool(rng.random() < (0.3 if platform == "instagram" else 0.05)),
    }
    if rng.random() < 0.7:
        a["display_name"] = name.split("_")[0].split(".")[0].capitalize() if not zh else name
    if a["posts"] > 0:
        a["last_post_at"] = _d(last)
    a["verified"] = bool(kind == "creator" and rng.random() < 0.2)
    if platform == "weibo":
        if kind in ("real", "creator", "f4f", "hunter"):
            a["platform_level"] = int(np.clip(rng.normal(18, 9), 2, 48))
            a["membership_level"] = int(rng.integers(1, 8)) if rng.random() < 0.12 else 0
            a["credit_rating"] = int(rng.choice(5, p=[0.03, 0.17, 0.4, 0.3, 0.1]))
        elif kind == "lurker":
            a["platform_level"] = int(np.clip(rng.normal(8, 5), 1, 30))
            a["membership_level"] = 0
            a["credit_rating"] = int(rng.choice(5, p=[0.1, 0.45, 0.35, 0.08, 0.02]))
        elif kind == "premium":
            a["platform_level"] = int(np.clip(rng.normal(11, 5), 1, 30))
            a["membership_level"] = int(rng.integers(1, 3)) if rng.random() < 0.05 else 0
            a["credit_rating"] = int(rng.choice(5, p=[0.2, 0.5, 0.25, 0.05, 0.0]))
        else:
            a["platform_level"] = int(rng.integers(0, 5))
            a["membership_level"] = 0
            a["credit_rating"] = int(rng.choice(5, p=[0.6, 0.35, 0.05, 0.0, 0.0]))
    return a


def _acc_bio(rng, zh):
    if zh:
        return _ch(
            rng,
            [
                "热爱生活",
                "记录日常",
                "一只小透明",
                "努力搞钱",
                "干饭人",
                "无",
                "快乐就好",
                "喜欢就关注吧",
                "🌙",
                "佛系更新",
            ],
        )
    return _ch(
        rng,
        [
            "coffee & books",
            "☀️",
            "living my best life",
            "dog mom",
            "student",
            "photography",
            "🌸",
            "travel | food",
            "just vibes",
            "he/him",
            "she/her",
            "nurse 💉",
            "mama of 3",
            "gym rat",
            "soccer ⚽",
        ],
    )


def generate(n: int, seed: int) -> Iterator[dict]:
    for i in range(n):
        yield _make_record(seed, i)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="-")
    a = ap.parse_args(argv)
    with contextlib.ExitStack() as stack:
        fh: TextIO = (
            sys.stdout if a.out == "-" else stack.enter_context(open(a.out, "w", encoding="utf-8"))
        )
        for rec in generate(a.n, a.seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
