"""Lures in comments, seen through their disguise: contact handles, profile pointers, search
lures, resource ads, money offers and follow-exchange (mutual-boost) cues.

Spam in Chinese comment streams is written so that a word list misses it: homophones
(滋愿 for 资源, 煮页 for 主页), look-alike characters (眀 for 名, 王页 for 主页), separators between
characters (``加 · V · 信``), full-width letters (``ｖｘ``), traditional characters and random
suffixes. :func:`detect_lure` undoes each disguise once and matches the lure vocabulary of
``fraud/lexicons/lures.txt`` three ways:

* by **sound**: the comment's tone-less pinyin (pypinyin), initials zh/ch/sh folded to z/c/s and
  finals -ang/-eng/-ing to -an/-en/-in, against phrases whose sound is computed the same way;
* by **writing**: regular expressions on the *skeleton* (look-alikes replaced from
  ``fraud/lexicons/lookalikes.tsv``, every separator removed);
* on the prepared **text** (spaces kept) for the few rules that need word boundaries;

plus contact numbers: phone numbers (mainland 11-digit mobiles, ``+`` international numbers)
and QQ-like numbers next to a contact cue, written in digits, full-width digits, circled
digits or Chinese numerals, with separators.

The input is a :func:`fraud.comment_quality.prepare_text`-prepared comment (NFKC, lower-case,
traditional -> simplified). Nothing is read at import; the rules load on first use.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import numpy as np

from fraud import derived
from fraud.text_patterns import (
    CJK_CLASS,
    CJK_RANGES,
    SEPARATOR,
    CharClasses,
    GatedPatterns,
    bmp_members_mask,
    bmp_ranges_mask,
    pattern_analysis,
    run_owners,
    split_top_level,
)
from fraud.text_patterns import HAS_CJK as _HAS_CJK

__all__ = [
    "LureType",
    "detect_lure",
    "detect_lure_chunk",
    "detect_lure_many",
    "load_lure_rules",
    "lure_skeleton",
    "lure_sound",
    "lure_sound_split",
    "lure_sounds",
    "prepare_chunk_tables",
]

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


class LureType(StrEnum):
    """What a spam comment tries to make the reader do (the evidence of a ``spam`` decision)."""

    CONTACT_HANDLE = "contact_handle"
    PROFILE_POINTER = "profile_pointer"
    SEARCH_LURE = "search_lure"
    RESOURCE_AD = "resource_ad"
    MONEY_OFFER = "money_offer"
    FOLLOW_EXCHANGE = "follow_exchange"
    LINK = "link"
    SCAM = "scam"
    SELF_PROMOTION = "self_promotion"
    ENGAGEMENT_BAIT = "engagement_bait"
    #: spam found by the text model, not by a named rule
    UNSPECIFIED = "unspecified"


# Checked in this order; the first type that matches names the lure (a resource ad that also
# points to the homepage is reported as the ad).
_PRIORITY = (
    LureType.RESOURCE_AD,
    LureType.MONEY_OFFER,
    LureType.CONTACT_HANDLE,
    LureType.SEARCH_LURE,
    LureType.PROFILE_POINTER,
    LureType.FOLLOW_EXCHANGE,
)

_CJK = CJK_CLASS
_STICKER = re.compile(f"\\[[\\w{_CJK}]{{1,12}}\\]")
_SEPARATORS = re.compile(r"[\W_]+")
# Three or more single characters separated by separators: "t e l e g r a m", "b.i.o", "プ ロ フ"
_SPACED_OUT = re.compile(r"(?<![^\W_])[^\W_](?:[\W_]{1,3}[^\W_](?![^\W_])){2,}")
_SPACED_HINT = re.compile(r"(?<![^\W_])[^\W_][\W_]{1,3}[^\W_](?![^\W_])")
_NUMERALS = "0123456789〇零一二三四五六七八九壹贰叁肆伍陆柒捌玖幺两"
_NUMERAL_VALUES = "0123456789001234567891234567891" + "2"
_NUMERAL_MAP = str.maketrans(_NUMERALS, _NUMERAL_VALUES)
_NUMBER_RUN = re.compile(f"[{_NUMERALS}]{{5,}}")
_PHONE = re.compile(r"(?:86)?1[3-9]\d{9}")
_INTL_PHONE = re.compile(r"\+\s?\d{1,3}[\s\-.]?(?:\d[\s\-.]?){8,12}\d")
_QQ_CUE = re.compile(
    r"(?:qq|q|扣|企鹅|球球|群|号|加|v|vx|wx|微|薇|威|信|联系|私|tg|电报|飞机|line|ライン|카톡|whatsapp)"
)
# Without Chinese around, single letters are parts of words ("2,127,315,950 views"): only
# whole handles count
_QQ_CUE_LATIN = re.compile(r"(?:qq|vx|wx|tg|whatsapp|telegram|wechat)")
_MAX_PHONE_RUN = 16
_QQ_CUE_BEFORE = 6
_QQ_CUE_AFTER = 3


@dataclass(frozen=True)
class LureRules:
    """The compiled lure vocabulary (see ``fraud/lexicons/lures.txt``)."""

    sound: tuple[tuple[LureType, re.Pattern[str]], ...]
    write: GatedPatterns  # on the skeleton
    text: GatedPatterns  # on the prepared text, spaced-out letters joined
    lookalike_chars: dict[int, str]
    lookalike_multi: re.Pattern[str] | None
    lookalike_multi_map: dict[str, str]
    #: every alternative of the sound patterns of :attr:`sound`, in order (by lure type, then
    #: as written), each written as :func:`sound_alternatives` writes it, labelled with its
    #: lure type: ``find`` gives the first type one of whose alternatives matches, as trying
    #: the types in order does; each alternative gated by its own literals and pre-checks
    #: (the chunk path)
    sound_gated: GatedPatterns | None = None


def _read_rows(name: str) -> list[str]:
    text = (LEXICON_DIR / name).read_text(encoding="utf-8")
    return [line.rstrip("\r") for line in text.split("\n") if line.strip() and line[0] != "#"]


@functools.cache
def _sound_table() -> dict[int, str]:
    """``str.translate`` table: every CJK character -> `` syllable `` (folded tone-less pinyin,
    pypinyin's most common reading, precomputed in lexicons/pinyin.txt by
    :mod:`fraud.sound_table`), kana and hangul -> `` char ``. Built once (milliseconds)."""
    from fraud.sound_table import code_points, load_reading_list

    points = code_points()  # (the CJK ranges, in order)
    table = dict(
        zip(
            points,
            [
                f" {reading} " if reading else f" {char} "
                for reading, char in zip(load_reading_list(), map(chr, points), strict=True)
            ],
            strict=True,
        )
    )
    kana_hangul = [
        cp for low, high in ((0x3040, 0x30FF), (0xAC00, 0xD7AF)) for cp in range(low, high + 1)
    ]
    table.update(zip(kana_hangul, [f" {chr(cp)} " for cp in kana_hangul], strict=True))
    return table


def _sound_table_from_pypinyin() -> dict[int, str]:
    """:func:`_sound_table` computed with pypinyin (~1.5 s): the reference the test compares."""
    import pypinyin

    table: dict[int, str] = {}
    for low, high in CJK_RANGES:
        chars = [chr(cp) for cp in range(low, high + 1)]
        readings = pypinyin.lazy_pinyin(chars, errors=_keep)
        for char, reading in zip(chars, readings, strict=True):
            table[ord(char)] = f" {_fold(reading)} " if reading.isascii() else f" {char} "
    for low, high in ((0x3040, 0x30FF), (0xAC00, 0xD7AF)):
        for cp in range(low, high + 1):
            table[cp] = f" {chr(cp)} "
    return table


def _keep(item: str) -> Any:
    return [item]  # pypinyin: characters without a reading stay as they are


def _fold(syllable: str) -> str:
    if syllable[:2] in ("zh", "ch", "sh"):
        syllable = syllable[0] + syllable[2:]
    if syllable[-3:] in ("ang", "eng", "ing"):
        syllable = syllable[:-1]
    return syllable


_HAS_DIGIT = re.compile(r"\d")
_FOLD_INITIAL = re.compile(r" ([zcs])h")
_FOLD_FINAL = re.compile(r"(?<=[aei])ng ")
_LETTER_DIGIT = re.compile(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])")


def lure_sound(skeleton: str) -> str:
    """The sound of a skeleton: CJK characters as folded pinyin syllables, Latin letter runs and
    digit runs as tokens, kana and hangul as themselves; space-separated and padded with one
    space each side."""
    sound = skeleton.translate(_sound_table())
    if _HAS_DIGIT.search(sound):
        sound = _LETTER_DIGIT.sub(" ", sound)
    sound = " " + " ".join(sound.split()) + " "
    # Latin tokens are folded too: lures spell a word in pinyin (国chan = 国产); CJK syllables
    # are folded already in the table, so this changes nothing else
    if "h" in sound or "ng" in sound:
        sound = _FOLD_FINAL.sub("n ", _FOLD_INITIAL.sub(_space_initial, sound))
    return sound


_LATIN_WORD = re.compile(r"[a-z]+")
_MAX_SPELLING = 6  # letters of the longest pinyin syllable (zhuang, shuang)
_MAX_CUT_WORD = 40  # longer Latin words are not cut


@functools.cache
def _spellings() -> frozenset[str]:
    """The pinyin syllables as Latin words may spell them (:func:`fraud.sound_table.spellings`
    of the sound table's readings)."""
    from fraud.sound_table import spellings

    return spellings([piece.strip() for piece in _sound_table().values()])


@functools.lru_cache(maxsize=8192)
def _cut_into_syllables(word: str) -> str:
    """``word`` (lower-case ASCII letters) cut into pinyin syllables, space-separated, or
    ``word`` itself when syllables cannot spell it whole: the cut with the fewest syllables,
    one that starts a syllable other than the first with a vowel counting as worse (pinyin
    writes such a boundary with an apostrophe: ``xian`` is one syllable, ``fangan`` is
    ``fan gan``)."""
    n = len(word)
    if n < 2 or n > _MAX_CUT_WORD:
        return word
    known = _spellings()
    cost: list[int | None] = [0] + [None] * n
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        for start in range(max(0, end - _MAX_SPELLING), end):
            before = cost[start]
            if before is None or word[start:end] not in known:
                continue
            total = before + 2 + (1 if start and word[start] in "aeiou" else 0)
            best = cost[end]
            if best is None or total < best:
                cost[end], back[end] = total, start
    if cost[n] is None:
        return word
    pieces: list[str] = []
    end = n
    while end:
        pieces.append(word[back[end] : end])
        end = back[end]
    return " ".join(reversed(pieces))


def _cut_match(match: re.Match[str]) -> str:
    return _cut_into_syllables(match.group())


# contact tokens: what anchors a lure heard through the pinyin cut (not q: q版, chibi)
_CONTACT_TOKENS = frozenset(["v", "vx", "wx", "qq", "tg", "dd"])
# what the Latin words of a mixed lure may hold besides pinyin: contact and app tokens
_LURE_TOKENS = _CONTACT_TOKENS | {"q", "id", "app", "k", "w", "zy", "vip"}
# a loose shape of pinyin (an optional initial, vowels, an optional n / ng / r; repeated): every
# word syllables spell matches it, and most English words and names do not
# (possessive throughout: a word that is pinyin-shaped up to its last letter, "ana" * 13 + "b",
# took exponential time with the plain quantifiers nested; a reviewer's finding)
_PINYIN_SHAPE = re.compile(r"(?:(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?+[aeiouv]++(?:ng|n|r)?+)++")
# a text whose Latin words are all of that shape or tokens (each word is a whole run of letters,
# so once one matches to its end nothing needs undoing: atomic groups and possessive
# quantifiers keep the engine from retrying, about twice as fast as the plain pattern)
_PINYIN_SHAPED_TEXT = re.compile(
    "[^a-z]*+(?:(?>(?:"
    + "|".join(sorted(_LURE_TOKENS, key=len, reverse=True))
    + ")(?![a-z])|"
    + _PINYIN_SHAPE.pattern
    + "(?![a-z]))[^a-z]*+)*+"
)
# platform reply prefixes and @-handles: user names, often pinyin (回复li.linzi：, @wangfang)
_NAMES = re.compile(r"^\s*回复\s*@?[^:：\s]{1,30}\s*[:：]|@[a-z0-9_.\-]+")
# ... and for the sound rules, @-handles in any script too (回复李娜：加油 sounds as 福利 + 加),
# only where the platforms put them, before a space or a colon (an @ inside a word is a
# separator or a disguise: @小号煮页有滋愿, 煮@页@有@滋@愿 are lures; a reviewer's finding)
_NAMES_ANY = re.compile(
    r"^\s*回复\s*@?[^:：\s]{1,30}\s*[:：]|@[^\s:：,，.。!！?？@]{1,30}(?=[\s:：])"
)


def _heard_skeletons(mapped: str, skeleton: str, rules: LureRules) -> tuple[str, list[str]]:
    """The skeleton the sound rules hear: without the user names of a reply prefix or an
    @-handle (platform chrome, not the commenter's words; ``回复李娜：加油`` would sound as
    ``hui fu li na jia you``: 福利 + 加); and the skeletons of those names (with Chinese), each
    heard on its own: a lure inside a "handle" is still one (``@小号煮页有滋愿 快来``), while
    a sound spanning a name and the words after it (福利 + 加 in ``@傅丽 加油``) is not (a
    reviewer's finding)."""
    if "回复" not in mapped and "@" not in mapped:
        return _without_fixed_words(skeleton), []
    kept: list[str] = []
    names: list[str] = []
    end = 0
    for match in _NAMES_ANY.finditer(mapped):  # as _NAMES_ANY.sub(" ", mapped), names kept
        kept += (mapped[end : match.start()], " ")
        end = match.end()
        name = _without_fixed_words(_skeleton_of(match.group(), rules))
        if _HAS_CJK.search(name):
            names.append(name)
    kept.append(mapped[end:])
    return _without_fixed_words(_skeleton_of("".join(kept), rules)), names


# Everyday words that sound like a lure's verb or contact word but never mean it, so the sound
# rules do not hear them: 加油 (come on!), 加更 (an extra episode), 加班, 加冕, 加戏 and 加速 are
# not 加 (add me); 不错 and 没错 are not 戳 (poke: 错 cuo folds to chuo); 价位 is not 加V; 味道
# is not 微 (WeChat). Fans cheer a creator's name, and a name that sounds like 福利 or 资源
# before 加油 made a lure (傅丽加油, 子源加油: a reviewer's finding). Left out because lures
# use them as they are: 加入 (join), 弟弟 (= 滴滴 in 资源弟弟我), 加快 (加快手: add on Kuaishou).
# Each character is heard as a syllable no rule holds (哦), not dropped: dropping joined the
# neighbours (思馨加油我爱你 became 私信 + 我), and one syllable for a word drew them closer
# (傅丽加油加油我们扣1: 福利 + 扣 within a rule's gap; reviewers' findings).
# Review s47: words ending in a jia syllable (大家, 国家, 回家, 售价, 副驾, 参加, 最佳) before any
# word (大家v我50, 国家卫星); 死我了, an intensifier (磕死我了, 苏死我了 sound as 可私我); the ride
# app 滴滴 (打滴滴我花了80块 sounds as 滴滴我).
_FIXED_WORDS = re.compile(
    "加油|加更|加班|加冕|加戏|加速|不错|没错|价位|味道"
    "|大家|国家|人家|回家|在家|全家|我家|你家|他家|她家|咱家|自家|老家|专家|作家|商家|买家|卖家"
    "|店家|赢家|玩家|管家|亲家|婆家|娘家|东家|居家|搬家|成家|想家|到家|离家|参加|增加|更加|追加"
    "|附加|外加|最佳|售价|原价|定价|特价|房价|物价|差价|副驾|驾驶|美甲|指甲"
    "|死我了|死我啦|死我惹|打滴滴|坐滴滴|叫滴滴|滴滴打车|滴滴出行|滴滴司机|滴滴快车|滴滴专车"
)
_FIXED_WORD_SOUND = "哦"


def _without_fixed_words(skeleton: str) -> str:
    """``skeleton`` with each character of an everyday word (:data:`_FIXED_WORDS`) turned into
    a syllable no sound rule holds, so the rules hear neither the word nor a gap closing."""
    if _FIXED_WORDS.search(skeleton) is None:
        return skeleton
    return _FIXED_WORDS.sub(lambda word: _FIXED_WORD_SOUND * len(word.group()), skeleton)


# What a lure heard through the cut needs besides: a lure word written in characters, a
# place, search or pay word in either script, or a contact token. A given name spelled in
# pinyin sounds like a lure's goods or contact word as often as not (Ziyuan = 资源, Sixin =
# 私信, Fu Li = 福利, Wang Pan = 网盘), and fans cheer creators by name (ziyuan加油,
# sixin我想你了): on its own it makes no lure (a reviewer's finding).
_SPLIT_ANCHOR = re.compile(
    "主页|首页|头像|签名|昵称|简介|置顶|个签|网名|资源|福利|片源|原片|网盘|种子|全集|完整版"
    "|微信|私|扣扣|企鹅|电报|联系方式|百度|度娘|搜|日结|日赚|日入|月入|工资"
)
# ... of which these may be heard in pinyin too (given names seldom sound like them; 月入 and
# 微信 do, yueru and weixin, and are left out: yueru万岁 was a money offer)
_SPLIT_ANCHOR_SOUNDS = (
    "主页",
    "首页",
    "头像",
    "签名",
    "昵称",
    "简介",
    "置顶",
    "百度",
    "度娘",
    "日结",
    "日赚",
    "日入",
    "扣扣",
    "电报",
)


@functools.cache
def _anchor_sounds() -> re.Pattern[str]:
    """:data:`_SPLIT_ANCHOR_SOUNDS` as :func:`lure_sound` hears them, whole syllables."""
    heard = sorted({lure_sound(word).strip() for word in _SPLIT_ANCHOR_SOUNDS})
    return re.compile("(?<![^ ])(?:" + "|".join(map(re.escape, heard)) + ")(?![^ ])")


@functools.cache
def _anchor_spelling() -> re.Pattern[str]:
    """:data:`_SPLIT_ANCHOR_SOUNDS` as Latin letters may spell them, the folds undone (zu ye
    is also zhuye; tou xian is also touxiang), searched on a comment's Latin letters joined."""
    from fraud.sound_table import unfolded

    forms: set[str] = set()
    for word in _SPLIT_ANCHOR_SOUNDS:
        spelled = [""]
        for syllable in lure_sound(word).split():
            spelled = [before + v for before in spelled for v in sorted(unfolded(syllable))]
        forms.update(spelled)
    return re.compile("|".join(sorted(forms, key=lambda f: (-len(f), f))))


def lure_sound_split(mapped: str, heard: str = "") -> str | None:
    """The sound of a comment that mixes Chinese characters with pinyin, its Latin words cut
    into syllables; None when it has no Latin letters (its sound is :func:`lure_sound`'s).

    :func:`lure_sound` reads the skeleton, where every separator is gone: ``zi yuan在主页``
    becomes the token ``ziyuan`` beside ``zai zu ye``, and no sound rule (资源 = ``zi yuan``)
    sees it. Here the separators of the (look-alike mapped) comment become spaces, so the
    writer's own word boundaries stay (``jia wo v`` is three tokens, not ``jiawov``), and each
    Latin word that pinyin syllables spell whole is cut into them (``ziyuan`` -> ``zi yuan``,
    ``zhuye`` -> ``zhu ye``). Only when every Latin word is pinyin or a contact token
    (:data:`_LURE_TOKENS`): a comment with English words (``the planner made a difference``
    would be heard as ``ma de a``) or other Latin (``look``, ``yyds``, ``dior``) keeps its one
    sound. User names are left out first (a reply prefix ``回复li.linzi：`` would make ``回复 li``
    sound as 福利). And only with an anchor, since a name in pinyin alone sounds like a lure
    word: a lure word written in characters (:data:`_SPLIT_ANCHOR`), a contact token, or a
    place, search or pay word (:data:`_SPLIT_ANCHOR_SOUNDS`) spelled in the Latin letters or
    heard in ``heard``, the comment's own sound (:func:`lure_sound`, as the sound rules heard
    it: 煮页 is zu ye)."""
    if "@" in mapped or "回复" in mapped:
        mapped = _NAMES.sub(" ", mapped)
    # every Latin word of a pinyin shape or a token: one C-speed match rejects most comments
    # with English words, names or random suffixes before any word is cut
    if _PINYIN_SHAPED_TEXT.fullmatch(mapped) is None:
        return None
    words = _LATIN_WORD.findall(mapped)
    if not words:
        return None
    if not (
        not _CONTACT_TOKENS.isdisjoint(words)
        or _anchor_spelling().search("".join(words))
        or _SPLIT_ANCHOR.search(mapped)
        or _anchor_sounds().search(heard)
    ):
        return None
    known = _spellings()
    for word in words:
        # pinyin: one syllable, or syllables spelling it whole (the cut has a space)
        if word not in _LURE_TOKENS and word not in known and " " not in _cut_into_syllables(word):
            return None
    # everyday words are heard as in lure_sound's skeleton (大家v我50 is not 加 v)
    mapped = _without_fixed_words(mapped)
    return lure_sound(_LATIN_WORD.sub(_cut_match, _SEPARATORS.sub(" ", mapped)))


def _space_initial(match: re.Match[str]) -> str:
    return " " + match.group(1)


def lure_sounds(skeletons: Sequence[str]) -> list[str]:
    """``[lure_sound(s) for s in skeletons]``: the table translated once over the skeletons
    joined by a newline (a skeleton holds letters and digits only; the table maps no
    character to one), and the folds as plain replacements over all of them (each fold
    rewrites a space-delimited token edge: `` zh`` -> `` z``, ``ang `` -> ``an ``...; the
    occurrences of one fold cannot overlap, nor can one fold make or break another's)."""
    joined = _SOUND_SEP.join(skeletons)
    if joined.count(_SOUND_SEP) != len(skeletons) - 1 or not all(skeletons) or not skeletons:
        return [lure_sound(skeleton) for skeleton in skeletons]
    folded = _ascii_sounds(joined)
    if folded is not None and folded.count(_SOUND_SEP) == len(skeletons) - 1:
        return folded.split(_SOUND_SEP)
    out = _spaced_sounds(joined)
    if out is None or out.count(_SOUND_SEP) != len(skeletons) - 1:
        out = _translated_sounds(joined, skeletons)
    if out is None:
        return [lure_sound(skeleton) for skeleton in skeletons]
    if "h" in out:
        for before, after in _FOLD_INITIALS:
            if before in out:
                out = out.replace(before, after)
    if "ng " in out:
        for before, after in _FOLD_FINALS:
            if before in out:
                out = out.replace(before, after)
    return out.split(_SOUND_SEP)


def _spaced_sounds(joined: str) -> str | None:
    """The sounds of the newline-joined skeletons before the folds, each padded with a space
    and its tokens one space apart, in numpy: every character's replacement gathered from
    an array and joined, a space put before each table character's syllable, before a
    letter or digit run that starts a skeleton or follows a syllable, and between an ASCII
    letter and a digit (as :data:`_LETTER_DIGIT` splits them); a space before each newline
    and at the end. None when a character is neither in the table nor ASCII (or is
    whitespace: str.split would cut there)."""
    bare, spaced, kinds = _sound_pieces()
    found = _codes_and_spaces(joined, kinds)
    if found is None:
        return None
    codes, _kind, space = found
    pieces = np.where(space, spaced.take(codes), bare.take(codes))
    return "".join(pieces.tolist()) + " "


def _codes_and_spaces(
    joined: str, kinds: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """The code points of ``joined``, their kinds, and which of their pieces go after a space (see
    :func:`_spaced_sounds`); None when a character is unknown to ``kinds`` (kind 0, or past
    its end) or is a lone surrogate."""
    try:
        codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:
        return None
    if not len(codes) or codes.max() >= len(kinds):
        return None
    kind = kinds[codes]
    if not kind.all():  # kind 0: unknown
        return None
    previous = np.empty_like(kind)
    previous[0] = _KIND_NEWLINE
    previous[1:] = kind[:-1]
    space = (kind == _KIND_TABLE) | (
        (kind != _KIND_NEWLINE)
        & (
            (previous == _KIND_TABLE)
            | (previous == _KIND_NEWLINE)
            | ((kind == _KIND_DIGIT) & (previous == _KIND_LETTER))
            | ((kind == _KIND_LETTER) & (previous == _KIND_DIGIT))
        )
    )
    return codes, kind, space


_KIND_TABLE, _KIND_LETTER, _KIND_DIGIT, _KIND_OTHER, _KIND_NEWLINE = 1, 2, 3, 4, 5


def _ascii_sounds(joined: str) -> str | None:
    """The sounds of the newline-joined skeletons after the folds (as :func:`lure_sounds`
    returns them, joined), when every character's piece is ASCII (the Chinese, Latin and
    digit pieces; kana and hangul stand for themselves): each character's piece, after a
    space or not (as :func:`_spaced_sounds` decides), gathered as one row of bytes padded
    with 0xFF, the padding deleted, and the folds made by bytes.replace, in the order and
    with the results of str.replace on the same ASCII text. None otherwise (and where
    :func:`_spaced_sounds` is None)."""
    rows, ascii_piece, kinds, folds_in_table = _sound_piece_rows()
    found = _codes_and_spaces(joined, kinds)
    if found is None:
        return None
    codes, kind, space = found
    if not ascii_piece[codes].all():
        return None
    index = codes.astype(np.intp) * 2  # row 2 * code point, + 1 after a space
    index += space
    if folds_in_table:
        data = rows.take(index).tobytes().translate(None, _PAD_BYTE)
        return _fold_bytes(data + b" ").decode("ascii")
    # No table piece changes in a fold, so each fold is within a Latin letter run: the "h"
    # after a "z", "c" or "s" that starts a run (the one piece after a space), and the "g"
    # of a run's "ang", "eng" or "ing" followed by a space (a piece after one, the newline's
    # piece, or the end). Those characters are left out before the pieces are gathered.
    drop = (codes[1:] == _H) & space[:-1]
    drop &= (codes[:-1] == _Z) | (codes[:-1] == _C) | (codes[:-1] == _S)
    initial = np.flatnonzero(drop) + 1
    spaced_after = np.ones(len(codes), dtype=bool)  # (the last: the final space)
    spaced_after[:-1] = space[1:] | (kind[1:] == _KIND_NEWLINE)
    final = (codes[2:] == _G) & (codes[1:-1] == _N) & spaced_after[2:]
    final &= (codes[:-2] == _A) | (codes[:-2] == _E) | (codes[:-2] == _I)
    final_at = np.flatnonzero(final) + 2
    if len(initial) or len(final_at):
        keep = np.ones(len(codes), dtype=bool)
        keep[initial] = False
        keep[final_at] = False
        index = index[keep]
    return (rows.take(index).tobytes().translate(None, _PAD_BYTE) + b" ").decode("ascii")


def _fold_bytes(data: bytes) -> bytes:
    """The folds of :func:`lure_sounds` on ASCII bytes (the same replacements in order)."""
    if b"h" in data:
        for before, after in _FOLD_INITIALS_BYTES:
            if before in data:
                data = data.replace(before, after)
    if b"ng " in data:
        for before, after in _FOLD_FINALS_BYTES:
            if before in data:
                data = data.replace(before, after)
    return data


def _folds_any(pieces: list[str]) -> bool:
    """Whether a fold of :func:`_fold_bytes` changes any of ``pieces`` (each without
    whitespace) between spaces: all at once, two spaces apart (every fold replaces text that
    starts or ends with one space inside a piece's own `` piece ``, so none spans two)."""
    spaced = b" " + "  ".join(sorted(set(pieces))).encode("utf-8") + b" "
    return _fold_bytes(spaced) != spaced


_PAD_BYTE = b"\xff"  # not ASCII: pads the rows of _sound_piece_rows
_H, _G, _N, _Z, _C, _S, _A, _E, _I = (ord(char) for char in "hgnzcsaei")


@functools.cache
def _sound_piece_rows() -> tuple[np.ndarray, np.ndarray, np.ndarray, bool]:
    """:func:`_sound_pieces` as bytes: for code point ``cp`` of the Basic Multilingual Plane
    whose piece is ASCII, row ``2 * cp`` holds its piece and row ``2 * cp + 1`` its piece
    after a space, padded to 8 bytes with :data:`_PAD_BYTE` (one 64-bit item per row);
    which code points have an ASCII piece; the kinds; and whether a fold changes any table
    piece (a syllable starting with zh, ch, sh or ending in ang, eng, ing: the table's are
    folded already)."""
    bare, spaced, kinds = _sound_pieces()
    filled = np.flatnonzero(kinds)
    bare_pieces = bare[filled].tolist()
    ascii_piece = np.zeros(len(kinds), dtype=bool)
    ascii_piece[filled] = np.fromiter(map(str.isascii, bare_pieces), dtype=bool, count=len(filled))
    chosen = np.flatnonzero(ascii_piece)
    if max(map(len, spaced[chosen].tolist())) > 8:
        raise ValueError("a sound piece of more than 7 characters")
    rows = np.full((2 * len(kinds), 8), _PAD_BYTE[0], dtype=np.uint8)
    for offset, group in ((0, bare), (1, spaced)):
        texts = group[chosen].tolist()
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        flat = np.frombuffer("".join(texts).encode("ascii"), dtype=np.uint8)
        row = np.repeat(2 * chosen + offset, lengths)
        column = np.arange(len(flat)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        rows[row, column] = flat
    folds_in_table = _folds_any(bare[np.flatnonzero(kinds == _KIND_TABLE)].tolist())
    # each row one 8-byte item: numpy's take copies items, not rows of small items, quickly
    return rows.view(np.uint64).reshape(-1), ascii_piece, kinds, folds_in_table


@functools.cache
def _sound_pieces() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each code point of the Basic Multilingual Plane: its sound piece without spaces
    (a table character's syllable, an ASCII character itself; the newline as `` \\n``), the
    same after one space, and its kind (0: neither in the table nor ASCII, or whitespace)."""
    bare, kinds = _plain_sound_pieces()
    # the table's syllables holding no whitespace: a value that splits into one part (its
    # stripped text, non-empty and without whitespace; split and strip agree on whitespace)
    table = _sound_table()
    syllables = {
        cp: parts[0]
        for cp, parts in zip(table, map(str.split, table.values()), strict=True)
        if len(parts) == 1 and cp < 0x10000
    }
    points = np.fromiter(syllables, dtype=np.int64, count=len(syllables))
    bare[points] = _objects(list(syllables.values()))
    kinds[points] = _KIND_TABLE
    spaced = np.empty(0x10000, dtype=object)
    filled = np.flatnonzero(kinds)
    spaced[filled] = _objects([" " + piece for piece in bare[filled].tolist()])
    return bare, spaced, kinds


def _plain_sound_pieces() -> tuple[np.ndarray, np.ndarray]:
    """The pieces and kinds of :func:`_sound_pieces` before the table's syllables: ASCII
    characters stand for themselves, the newline separates sounds."""
    bare = np.empty(0x10000, dtype=object)
    kinds = np.zeros(0x10000, dtype=np.uint8)
    for cp in range(128):
        char = chr(cp)
        bare[cp] = char
        if not char.isspace():
            kinds[cp] = (
                _KIND_LETTER
                if "a" <= char <= "z"
                else _KIND_DIGIT
                if "0" <= char <= "9"
                else _KIND_OTHER
            )
    bare[ord(_SOUND_SEP)] = " " + _SOUND_SEP
    kinds[ord(_SOUND_SEP)] = _KIND_NEWLINE
    return bare, kinds


def _objects(texts: list[str]) -> np.ndarray:
    """``texts`` as an object array (not numpy's fixed-width strings, which drop trailing
    NUL characters)."""
    out = np.empty(len(texts), dtype=object)
    out[:] = texts
    return out


def _translated_sounds(joined: str, skeletons: Sequence[str]) -> str | None:
    """The padded sounds before the folds, by translating the joined skeletons and splitting
    letters from digits text by text (characters outside :func:`_sound_pieces`)."""
    parts = _translate_sounds(joined).split(_SOUND_SEP)
    if len(parts) != len(skeletons):
        return None
    if _HAS_DIGIT.search(joined):
        # (a skeleton of letters alone has no digit; the table maps none to one)
        for k, skeleton in enumerate(skeletons):
            if not skeleton.isalpha() and _HAS_DIGIT.search(parts[k]):
                parts[k] = _LETTER_DIGIT.sub(" ", parts[k])
    # " ".join(part.split()) padded with a space: the parts hold spaces only (the table pads
    # each replacement with one space each side, the letter-digit split puts one between two
    # non-spaces), so two in a row at most, and at most two once each part is padded
    out = (" " + _SOUND_SEP.join(parts).replace("  ", " ") + " ").replace(
        _SOUND_SEP, " " + _SOUND_SEP + " "
    )
    out = out.replace("  ", " ")
    if "  " in out or out.count(_SOUND_SEP) != len(skeletons) - 1 or _OTHER_SPACE.search(out):
        out = _SOUND_SEP.join(" " + " ".join(part.split()) + " " for part in parts)
    return out


_OTHER_SPACE = re.compile("[^\\S \n]")  # whitespace other than the space and the newline


def prepare_chunk_tables() -> None:
    """Build the lookup tables of :func:`detect_lure_chunk` now rather than on first use
    (tens of milliseconds; worker processes forked afterwards share them)."""
    load_lure_rules()
    _sound_array()
    _sound_pieces()
    _sound_piece_rows()
    _char_classes.prepare()
    _lookalike_class()


def _translate_sounds(text: str) -> str:
    """``text.translate(_sound_table())``: when every character is ASCII or in the table (and
    in the Basic Multilingual Plane), by gathering each character's replacement from an
    array of them and joining (several times faster than str.translate's lookup per
    character)."""
    replacements, known = _sound_array()
    try:
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:
        return text.translate(_sound_table())
    if len(codes) and (codes.max() >= len(known) or not known[codes].all()):
        return text.translate(_sound_table())
    return "".join(replacements.take(codes).tolist())


@functools.cache
def _sound_array() -> tuple[np.ndarray, np.ndarray]:
    """The replacement of each code point of the Basic Multilingual Plane (ASCII characters
    stand for themselves) as an object array, and which code points have one."""
    replacements = np.empty(0x10000, dtype=object)
    known = np.zeros(0x10000, dtype=bool)
    replacements[:128] = _objects([chr(cp) for cp in range(128)])
    known[:128] = True
    table = {cp: value for cp, value in _sound_table().items() if cp < 0x10000}
    points = np.fromiter(table, dtype=np.int64, count=len(table))
    replacements[points] = _objects(list(table.values()))
    known[points] = True
    return replacements, known


_FOLD_INITIALS = ((" zh", " z"), (" ch", " c"), (" sh", " s"))
_FOLD_FINALS = (("ang ", "an "), ("eng ", "en "), ("ing ", "in "))
_FOLD_INITIALS_BYTES = tuple((a.encode(), b.encode()) for a, b in _FOLD_INITIALS)
_FOLD_FINALS_BYTES = tuple((a.encode(), b.encode()) for a, b in _FOLD_FINALS)


def _lookalikes() -> tuple[dict[int, str], dict[str, str]]:
    single: dict[int, str] = {}
    multi: dict[str, str] = {}
    for number, row in enumerate(_read_rows("lookalikes.tsv"), start=1):
        fields = row.split("\t")
        if len(fields) < 3:
            raise ValueError(f"lookalikes.tsv row {number}: needs variant, canonical and kind")
        variant, canonical = fields[0], fields[1]
        if len(variant) == 1:
            single[ord(variant)] = canonical
        else:
            multi[variant] = canonical
    return single, multi


def _compile_sound(rule: str) -> str:
    """A sound rule (slots of alternatives) -> a regex over :func:`lure_sound` strings."""
    parts: list[str] = []
    for slot in rule.split(" "):
        if not slot:
            continue
        if slot == "~":
            parts.append(r"(?:\S+ ){0,4}")
            continue
        optional = slot.endswith("?")
        alternatives = []
        for alternative in slot.rstrip("?").split("|"):
            if alternative.startswith("\\"):
                alternatives.append(alternative + "+")
                continue
            sound = lure_sound(_SEPARATORS.sub("", alternative.lower())).strip()
            if sound:
                alternatives.append(re.escape(sound))
        if not alternatives:
            raise ValueError(f"lures.txt: slot {slot!r} has no sound")
        # longest first, equal lengths in text order (not the set's order, which varies with
        # PYTHONHASHSEED: the rules are shipped in fraud/lexicons/derived.json)
        group = "(?:" + "|".join(sorted(set(alternatives), key=lambda a: (-len(a), a))) + ") "
        parts.append(f"(?:{group})?" if optional else group)
    return _AFTER_SPACE + "".join(parts)


_AFTER_SPACE = "(?<= )"


@functools.cache
def _t2s() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


@functools.cache
def load_lure_rules() -> LureRules:
    """Read and compile ``lures.txt`` and ``lookalikes.tsv`` (once per process)."""
    sources = derived.load(rule_sources_analysis())
    gated = {
        how: GatedPatterns(
            [pattern for pattern, _label in rows],
            [label for _pattern, label in rows],
            derived.load(pattern_analysis(f"lures_{how}", [pattern for pattern, _label in rows])),
        )
        for how, rows in (("write", sources.write), ("text", sources.text))
    }
    sound = sources.sound
    single, multi = _lookalikes()
    multi_pattern = (
        re.compile("|".join(re.escape(k) for k in sorted(multi, key=len, reverse=True)))
        if multi
        else None
    )
    return LureRules(
        sound=tuple((t, re.compile("|".join(sound[t]))) for t in _PRIORITY if t in sound),
        write=gated["write"],
        text=gated["text"],
        lookalike_chars=single,
        lookalike_multi=multi_pattern,
        lookalike_multi_map=multi,
        sound_gated=GatedPatterns(
            sound_alternatives(sound),
            [str(t) for t in _PRIORITY if t in sound for _rule in sound[t]],
            derived.load(pattern_analysis("lures_sound", sound_alternatives(sound))),
        ),
    )


@functools.cache
def _rules_without_money_offers() -> LureRules:
    """:func:`load_lure_rules` without the money-offer rules (for :func:`detect_lure` alone:
    no chunk gates; built on first use, which only money talk reaches)."""
    rules = load_lure_rules()
    sources = derived.load(rule_sources_analysis())

    def without(how: str, rows: list[tuple[str, str]]) -> GatedPatterns:
        analysis = derived.load(pattern_analysis(f"lures_{how}", [pattern for pattern, _ in rows]))
        keep = [i for i, (_, label) in enumerate(rows) if label != LureType.MONEY_OFFER]
        kept = {
            field.name: tuple(getattr(analysis, field.name)[i] for i in keep)
            for field in dataclasses.fields(analysis)
        }
        return GatedPatterns(
            [rows[i][0] for i in keep], [rows[i][1] for i in keep], type(analysis)(**kept)
        )

    return dataclasses.replace(
        rules,
        sound=tuple((t, p) for t, p in rules.sound if t is not LureType.MONEY_OFFER),
        write=without("write", sources.write),
        text=without("text", sources.text),
        sound_gated=None,
    )


def sound_alternatives(sound: dict[LureType, list[str]]) -> list[str]:
    """The sound rules of each lure type (in :data:`_PRIORITY` order), each with its leading
    ``(?<= )`` written as a space the match takes (the same texts match; the regex engine
    skips to the spaces instead of trying the lookbehind at every position)."""
    return [
        " " + rule.removeprefix(_AFTER_SPACE) for t in _PRIORITY if t in sound for rule in sound[t]
    ]


@dataclass(frozen=True)
class _RuleSources:
    """The regular expressions ``lures.txt`` spells: the sound rules of each lure type in
    pinyin (:func:`_compile_sound`), and the (pattern, lure type) rows of the ``write`` and
    ``text`` rules (converted to simplified Chinese, split at top-level ``|``), in the order
    they are tried."""

    sound: dict[LureType, list[str]]
    write: list[tuple[str, str]]
    text: list[tuple[str, str]]

    def to_json(self) -> dict[str, Any]:
        return {
            "sound": {str(t): rules for t, rules in self.sound.items()},
            "write": [list(row) for row in self.write],
            "text": [list(row) for row in self.text],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> _RuleSources:
        def strings(values: Any, n: int | None = None) -> list[str]:
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise ValueError("expected a list of strings")
            if n is not None and len(values) != n:
                raise ValueError(f"expected {n} strings")
            return list(values)

        def rows(values: Any) -> list[tuple[str, str]]:
            pairs = [strings(row, 2) for row in values]
            for _pattern, label in pairs:
                LureType(label)  # ValueError if it is not one
            return [(pattern, label) for pattern, label in pairs]

        sound = {LureType(t): strings(rules) for t, rules in data["sound"].items()}
        return cls(sound=sound, write=rows(data["write"]), text=rows(data["text"]))


def rule_sources_analysis() -> derived.Analysis[_RuleSources]:
    """:func:`_read_rule_sources` as a shipped analysis (:mod:`fraud.derived`): derived from
    ``lures.txt``, the pinyin table and OpenCC's tables."""
    from fraud.sound_table import SOUND_FILE

    return derived.Analysis(
        "lure_rules",
        [(LEXICON_DIR / "lures.txt").read_bytes(), SOUND_FILE.read_bytes()],
        _read_rule_sources,
        _RuleSources.to_json,
        _RuleSources.from_json,
        {"opencc": derived.library_version("opencc")},
    )


def _read_rule_sources() -> _RuleSources:
    sound: dict[LureType, list[str]] = {}
    other: dict[str, list[tuple[int, str, LureType]]] = {"write": [], "text": []}
    rank = {t: i for i, t in enumerate(_PRIORITY)}
    for number, row in enumerate(_read_rows("lures.txt"), start=1):
        fields = row.split("\t")
        if len(fields) != 3 or fields[1] not in ("sound", "write", "text"):
            raise ValueError(
                f"lures.txt rule {number}: expected type<TAB>sound|write|text<TAB>rule"
            )
        try:
            lure_type = LureType(fields[0])
        except ValueError:
            raise ValueError(f"lures.txt rule {number}: unknown lure type {fields[0]!r}") from None
        how, rule = fields[1], fields[2]
        if how == "sound":
            sound.setdefault(lure_type, []).append(_compile_sound(rule))
            continue
        if _HAS_CJK.search(rule):  # comments are matched after t2s: 見 -> 见
            rule = _t2s().convert(rule)
        for branch in split_top_level(rule):
            re.compile(branch)
            other[how].append((rank.get(lure_type, len(rank)), branch, lure_type))
    ordered: dict[str, list[tuple[str, str]]] = {}
    for how, rows in other.items():
        rows.sort(key=lambda item: item[0])
        ordered[how] = [(r[1], str(r[2])) for r in rows]
    return _RuleSources(sound=sound, write=ordered["write"], text=ordered["text"])


def _mapped(prepared: str, rules: LureRules) -> str:
    """Sticker codes ([赞], [doge]) dropped, look-alike characters replaced (single characters;
    components such as 力口 are joined after the separators go)."""
    if "[" in prepared:
        prepared = _STICKER.sub(" ", prepared)
    return prepared.translate(rules.lookalike_chars)


def _skeleton_of(mapped: str, rules: LureRules) -> str:
    text = _SEPARATORS.sub("", mapped)
    if rules.lookalike_multi is not None and _HAS_CJK.search(text):  # 力-口 -> 力口 -> 加
        text = rules.lookalike_multi.sub(lambda m: rules.lookalike_multi_map[m.group()], text)
    return text


def lure_skeleton(prepared: str, rules: LureRules | None = None) -> str:
    """The prepared comment with look-alike characters replaced and every separator (space,
    punctuation, emoji, zero-width character) removed."""
    rules = rules or load_lure_rules()
    return _skeleton_of(_mapped(prepared, rules), rules)


def _join_spaced(match: re.Match[str]) -> str:
    return _SEPARATORS.sub("", match.group())


def _contact_number(skeleton: str, prepared: str) -> bool:
    """A phone number, or a QQ-like number next to a contact cue, in any digit disguise."""
    if "+" in prepared and _INTL_PHONE.search(prepared):
        return True
    for match in _NUMBER_RUN.finditer(skeleton):
        digits = match.group().translate(_NUMERAL_MAP)
        if len(set(digits)) < 3:  # 666666, 88888, 11111: reactions, not numbers
            continue
        # a phone number, perhaps with a random number suffix glued on by separator removal
        if len(digits) <= _MAX_PHONE_RUN and _PHONE.search(digits):
            return True
        if 5 <= len(digits) <= 11:
            start, end = match.span()
            before = skeleton[max(0, start - _QQ_CUE_BEFORE) : start]
            cue = _QQ_CUE if _HAS_CJK.search(skeleton) else _QQ_CUE_LATIN
            if cue.search(before + " " + skeleton[end : end + _QQ_CUE_AFTER]):
                return True
    return False


def detect_lure(prepared: str, without_money_offers: bool = False) -> LureType | None:
    """The lure type of a prepared comment, or ``None`` when it carries no lure; with
    ``without_money_offers``, the money-offer rules left out (the lure a comment makes
    besides money talk: :func:`fraud.comment_quality.apply_rules`)."""
    rules = _rules_without_money_offers() if without_money_offers else load_lure_rules()
    mapped = _mapped(prepared, rules)
    skeleton = _skeleton_of(mapped, rules)
    if not skeleton:
        return None
    found = rules.write.find(skeleton)
    if found is None:
        spaced = _SPACED_OUT.sub(_join_spaced, mapped) if _SPACED_HINT.search(mapped) else mapped
        found = rules.text.find(spaced)
    if found is not None:
        return LureType(found)
    if _contact_number(skeleton, prepared):
        return LureType.CONTACT_HANDLE
    if _HAS_CJK.search(skeleton):
        without_names, names = _heard_skeletons(mapped, skeleton, rules)
        sound = lure_sound(without_names)
        for heard in [sound, *map(lure_sound, names)]:
            for lure_type, pattern in rules.sound:
                if pattern.search(heard):
                    return lure_type
        # pinyin beside the characters (zi yuan在主页): the Latin words cut into syllables
        split = lure_sound_split(mapped, sound)
        if split is not None and split != sound:
            for lure_type, pattern in rules.sound:
                if pattern.search(split):
                    return lure_type
    return None


# --------------------------------------------------------------------------------------------
# A whole chunk at once (same answers as detect_lure, text by text; see tests/test_fast_path.py)

# [\W_]+ without the separator: "_" is turned into a space first, then these runs go
_NON_WORD_KEEP_SEP = re.compile(f"[^\\w{SEPARATOR}]+")
_NUMERAL_RUN_ANY = re.compile(f"[{_NUMERALS}]{{5}}")
_SOUND_SEP = "\n"  # sounds are single-space separated: no newline, and no rule matches one


@functools.cache
def _lookalike_class() -> re.Pattern[str]:
    """A character class of the single look-alike characters (never matches when none)."""
    chars = "".join(re.escape(chr(cp)) for cp in sorted(load_lure_rules().lookalike_chars))
    return re.compile(f"[{chars}]" if chars else "(?!)")


def _split(joined: str, n: int) -> list[str] | None:
    parts = joined.split(SEPARATOR)
    return parts if len(parts) == n else None


def detect_lure_many(prepared: Sequence[str]) -> list[LureType | None]:
    """``[detect_lure(p) for p in prepared]``, computed a chunk at a time: look-alikes,
    skeletons and sounds translated over the joined chunk, one automaton pass per rule set,
    each sound rule searched once over all the chunk's sounds."""
    return detect_lure_chunk(prepared)[0]


def detect_lure_chunk(
    prepared: Sequence[str],
) -> tuple[list[LureType | None], list[str | None]]:
    """:func:`detect_lure_many`, and for each text its letters and digits alone (every
    separator removed: the first step of its normal form) when the lure steps computed them
    on the text as it is (no sticker code or look-alike replaced), else None."""
    n = len(prepared)
    if n == 0:
        return [], []
    joined = SEPARATOR.join(prepared)
    rules = load_lure_rules()
    if joined.count(SEPARATOR) != n - 1 or SEPARATOR in "".join(rules.lookalike_chars.values()):
        return [detect_lure(p) for p in prepared], [None] * n
    # _mapped: stickers cannot span the separator (not \w); few texts hold a look-alike
    # character, and str.translate with a dict costs a lookup per character: only those
    if "[" in joined:
        joined = _STICKER.sub(" ", joined)
    mapped_joined = joined
    classes = _char_classes(joined)
    if classes is None:  # (a lone surrogate) the texts holding a look-alike by regex
        lookalike = _lookalike_class()
        if lookalike.search(joined):
            table = rules.lookalike_chars
            mapped_joined = SEPARATOR.join(
                [
                    text.translate(table) if lookalike.search(text) else text
                    for text in joined.split(SEPARATOR)
                ]
            )
    else:  # ... or by their characters' classes
        marked = (classes[1] & _LOOKALIKE) != 0
        if marked.any():
            parts = joined.split(SEPARATOR)
            table = rules.lookalike_chars
            for i in _run_owners(marked, 1, _ends(parts)):
                parts[i] = parts[i].translate(table)
            mapped_joined = SEPARATOR.join(parts)
            classes = _char_classes(mapped_joined)
    # _skeleton_of: separators removed, the chunk separator kept ([\W_] is exactly "not
    # str.isalnum()": a per-character table does it in numpy when the chunk encodes)
    if classes is None:
        skeleton_joined = _NON_WORD_KEEP_SEP.sub("", mapped_joined.replace("_", " "))
    else:
        keep = (classes[1] & (_WORD | _SEP)) != 0
        skeleton_joined = classes[0][keep].tobytes().decode("utf-32-le")
    mapped = _split(mapped_joined, n)
    skeletons = _split(skeleton_joined, n)
    if mapped is None or skeletons is None:
        return [detect_lure(p) for p in prepared], [None] * n
    words: list[str | None] = [
        skeleton if mapped[i] == prepared[i] else None for i, skeleton in enumerate(skeletons)
    ]
    multi_changed = False
    if rules.lookalike_multi is not None and _HAS_CJK.search(skeleton_joined):
        # only the skeletons holding a multi-character look-alike (literals: none spans the
        # separator) change; each still needs Chinese, as in _skeleton_of
        multi, multi_map = rules.lookalike_multi, rules.lookalike_multi_map
        for i in sorted(_owners(multi, skeleton_joined, _ends(skeletons))):
            skeleton = skeletons[i]
            if _HAS_CJK.search(skeleton):
                skeletons[i] = multi.sub(lambda m: multi_map[m.group()], skeleton)
                multi_changed = multi_changed or skeletons[i] != skeleton
    out: list[LureType | None] = [None] * n
    live = [i for i in range(n) if skeletons[i]]
    found_write = rules.write.find_many([skeletons[i] for i in live])
    pending: list[int] = []
    for i, found in zip(live, found_write, strict=True):
        if found is not None:
            out[i] = LureType(found)
        else:
            pending.append(i)
    # Texts whose letters may be spaced out: a superset from one pass over the chunk (the
    # separator is a non-word character, as the start and end of a text are to the lookarounds,
    # so every text with a match is touched by a match of the joined chunk)
    if classes is None:
        hinted = _owners(_SPACED_HINT, mapped_joined, _ends(mapped))
    else:
        hinted = _spaced_hint_owners(classes[1], _ends(mapped))
    spaced = [
        _SPACED_OUT.sub(_join_spaced, mapped[i])
        if i in hinted and _SPACED_HINT.search(mapped[i])
        else mapped[i]
        for i in pending
    ]
    still: list[int] = []
    for i, found in zip(pending, rules.text.find_many(spaced), strict=True):
        if found is not None:
            out[i] = LureType(found)
        else:
            still.append(i)
    # contact numbers: only texts with a "+" or a run of five numerals can have one; sounds:
    # only texts with Chinese
    final_skeletons = SEPARATOR.join(skeletons)  # after the multi-character look-alikes
    skeleton_ends = _ends(skeletons)
    skeleton_flags: np.ndarray | None = None
    if classes is not None:
        skeleton_flags = classes[1][keep] if not multi_changed else None
        if skeleton_flags is None:
            skeleton_classes = _char_classes(final_skeletons)
            skeleton_flags = None if skeleton_classes is None else skeleton_classes[1]
    if skeleton_flags is None:
        numbered = _owners(_NUMERAL_RUN_ANY, final_skeletons, skeleton_ends)
        chinese = _owners(_HAS_CJK_RUN, final_skeletons, skeleton_ends)
    else:
        numbered = _run_owners((skeleton_flags & _NUMERAL) != 0, 5, skeleton_ends)
        chinese = _run_owners((skeleton_flags & _CJK_CHAR) != 0, 1, skeleton_ends)
    if "+" in joined:  # (stickers hold no "+")
        numbered |= {i for i in still if "+" in prepared[i]}
    heard: list[int] = []
    for i in still:
        if i in numbered and _contact_number(skeletons[i], prepared[i]):
            out[i] = LureType.CONTACT_HANDLE
        elif i in chinese:
            heard.append(i)
    if heard:
        heard_parts = [_heard_skeletons(mapped[i], skeletons[i], rules) for i in heard]
        sounds = lure_sounds([without_names for without_names, _ in heard_parts])
        # the first lure type one of whose sound rules matches: each rule tried only on the
        # sounds holding one of its gate literals and pre-check literals (one automaton
        # pass over the chunk's sounds; they hold no NUL)
        sound_gated = rules.sound_gated
        assert sound_gated is not None
        unheard: list[int] = []
        split_sounds: list[str] = []
        latin: set[int] | None = None
        # what the names of a reply prefix or @-handle hold, heard on their own
        named = [
            (i, name) for i, (_, names) in zip(heard, heard_parts, strict=True) for name in names
        ]
        in_names: dict[int, str] = {}
        if named:
            name_sounds = lure_sounds([name for _, name in named])
            for (i, _), found in zip(named, sound_gated.find_many(name_sounds), strict=True):
                if found is not None:
                    in_names.setdefault(i, found)
        for i, sound, found in zip(heard, sounds, sound_gated.find_many(sounds), strict=True):
            if found is None:
                found = in_names.get(i)
            if found is not None:
                out[i] = LureType(found)
                continue
            # pinyin beside the characters: as detect_lure, the Latin words cut into syllables
            # (only texts with a Latin letter have a second sound: found for the chunk at once)
            if latin is None:
                latin = _latin_owners(mapped_joined, classes, _ends(mapped))
            if i not in latin:
                continue
            split = lure_sound_split(mapped[i], sound)
            if split is not None and split != sound:
                unheard.append(i)
                split_sounds.append(split)
        if unheard:
            for i, found in zip(unheard, sound_gated.find_many(split_sounds), strict=True):
                if found is not None:
                    out[i] = LureType(found)
    return out, words


_HAS_CJK_RUN = re.compile(f"[{_CJK}]+")


def _latin_owners(
    joined: str, classes: tuple[np.ndarray, np.ndarray] | None, ends: list[int]
) -> set[int]:
    """The parts of ``joined`` holding an ASCII lower-case letter (from the code points of
    ``classes`` when the chunk has them, else by regex)."""
    if classes is None:
        return _owners(_LATIN_WORD, joined, ends)
    codes = classes[0]
    return _run_owners((codes >= _LOWER_A) & (codes <= _LOWER_Z), 1, ends)


_LOWER_A, _LOWER_Z = ord("a"), ord("z")

# Character classes of :func:`_char_classes`
_WORD = 1  # str.isalnum(): what re's [^\W_] matches
_CJK_CHAR = 2  # in _CJK
_NUMERAL = 4  # in _NUMERALS
_SEP = 8  # the chunk separator
_LOOKALIKE = 16  # a single-character look-alike (lookalikes.tsv)


def _classes_of(char: str) -> int:
    flags = _WORD if char.isalnum() else 0
    if _HAS_CJK.match(char):
        flags |= _CJK_CHAR
    if char in _NUMERALS:
        flags |= _NUMERAL
    if char == SEPARATOR:
        flags |= _SEP
    if ord(char) in load_lure_rules().lookalike_chars:
        flags |= _LOOKALIKE
    return flags


def _classes_table() -> np.ndarray:
    """:func:`_classes_of` of every code point of the Basic Multilingual Plane."""
    flags = np.where(_word_chars(), _WORD, 0).astype(np.uint8)
    flags[bmp_ranges_mask(CJK_RANGES)] |= _CJK_CHAR
    flags[bmp_members_mask(map(ord, _NUMERALS))] |= _NUMERAL
    flags[ord(SEPARATOR)] |= _SEP
    flags[bmp_members_mask(load_lure_rules().lookalike_chars)] |= _LOOKALIKE
    return flags


def _word_chars() -> np.ndarray:
    """``str.isalnum`` of every code point of the Basic Multilingual Plane (a property of the
    Python version's Unicode tables, shipped in :mod:`fraud.derived`)."""
    return derived.load(word_chars_analysis())


def word_chars_analysis() -> derived.Analysis[np.ndarray]:
    """:func:`_word_chars` as a shipped analysis (its only input is the Python version)."""

    def build() -> np.ndarray:
        every_char = "".join(map(chr, range(0x10000)))
        return np.fromiter(map(str.isalnum, every_char), dtype=bool, count=len(every_char))

    def decode(data: Any) -> np.ndarray:
        packed = np.frombuffer(bytes.fromhex(data), dtype=np.uint8)
        if len(packed) != 0x10000 // 8:
            raise ValueError("expected 65,536 bits")
        return np.unpackbits(packed).astype(bool)

    return derived.Analysis(
        "word_chars", [], build, lambda word: np.packbits(word).tobytes().hex(), decode
    )


#: the classes of a whole chunk's characters at once (see fraud.text_patterns.CharClasses)
_char_classes = CharClasses(_classes_of, _classes_table)
_run_owners = run_owners


def _spaced_hint_owners(flags: np.ndarray, ends: list[int]) -> set[int]:
    """A superset of ``_owners(_SPACED_HINT, joined, ends)`` from the classes of ``joined``:
    the parts holding a one-character word followed, after one to three other characters,
    by another one-character word (each hint match is one; outside a word, the separator
    and the ends of the chunk count as non-word characters, as in the pattern)."""
    word = (flags & _WORD) != 0
    single = word.copy()
    single[1:] &= ~word[:-1]
    single[:-1] &= ~word[1:]
    starts = np.flatnonzero(single)
    if len(starts) < 2:
        return set()
    words = np.flatnonzero(word)
    following = np.searchsorted(words, starts, side="right")
    has_next = following < len(words)
    starts = starts[has_next]
    nexts = words[following[has_next]]
    hits = (nexts - starts <= 4) & single[nexts]
    if not hits.any():
        return set()
    marks = np.concatenate([starts[hits], nexts[hits]])
    return set(np.searchsorted(ends, marks, side="left").tolist())


def _ends(parts: Sequence[str]) -> list[int]:
    """Position of the separator after each part of ``SEPARATOR.join(parts)``."""
    lengths = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts))
    ends: list[int] = (np.cumsum(lengths + 1) - 1).tolist()
    return ends


def _owners(pattern: re.Pattern[str], joined: str, ends: list[int]) -> set[int]:
    """The parts of ``joined`` that a match of ``pattern`` starts in or reaches into."""
    owners: set[int] = set()
    for match in pattern.finditer(joined):
        first = bisect.bisect_left(ends, match.start())
        last = bisect.bisect_left(ends, max(match.start(), match.end() - 1))
        owners.update(range(first, last + 1))
    return owners
