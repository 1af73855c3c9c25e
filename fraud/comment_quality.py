"""Per-comment authenticity: is a comment substantive, generic praise, emoji-only, a bare
@-mention, or spam?

Bought and engagement-pod comments are typically generic ("Love this so much, keep it up!",
"太好看了吧爱了爱了"), emoji/sticker-only ("🔥🔥🔥", "[赞][赞][赞]") or bare tags ("@小红 @阿明").
:class:`CommentClassifier` settles what exact rules can settle (lexicons in
``fraud/lexicons/``) and sends only the rest to a small character n-gram model.

Order of the rules (first match wins), on the normalised text:

0. links to a YouTube video or a Wikipedia article (``reference_links.txt``) are taken out and
   the rest judged (and given to the model); a comment of such links alone -> ``substantive``;
1. lures seen through their disguise (:func:`fraud.lures.detect_lure`: homophones, look-alikes,
   separators, contact numbers; zh/en/ja/ko), then spam cues (links, "check my page", "dm me",
   investment testimonials naming an @account, 互粉 / 加微信 ...) -> ``spam``, with the lure type
   as evidence (:meth:`CommentClassifier.classify_with_lures`);
2. nothing left after removing @-mentions, emoji (Unicode data of the ``emoji`` library),
   platform sticker codes (``[赞]``, ``[doge]``), kaomoji and punctuation -> ``mention_only``
   if there was a mention, else ``emoji_only``; mentions plus only "look"/"快看" (or a remark of
   at most three words that is neither praise nor a question, or a tag-a-friend remark such as
   "this is literally you" / "这不就是你吗" from ``tag_remarks.txt``) -> ``mention_only``;
3. generic-praise templates, or every word covered by the generic-praise lexicons plus filler
   words (at least one praise entry) -> ``generic``;
4. a question or purchase-intent cue ("?", 吗, 求链接, 多少钱, "link pls", "size") ->
   ``substantive`` however short;
5. otherwise the trained model (hashed char 1-4-grams computed for a whole chunk in numpy,
   TF-IDF, logistic regression).

Nothing is read at import; lexicons are loaded on first use and the model by :meth:`load`.
"""

from __future__ import annotations

import bisect
import functools
import html
import itertools
import re
import sys
import threading
import unicodedata
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import numpy as np

from fraud import derived, paths
from fraud.artifacts import read_verified
from fraud.lures import (
    LureType,
    detect_lure,
    detect_lure_chunk,
    load_lure_rules,
    prepare_chunk_tables,
)
from fraud.stopping import check_stop, slices
from fraud.text_patterns import (
    CJK_CLASS,
    CJK_RANGES,
    SEPARATOR,
    CharClasses,
    GatedPatterns,
    bmp_members_mask,
    bmp_ranges_mask,
    chunk_automaton,
    pattern_analysis,
    run_owners,
    sorted_runs,
    sorted_uint32,
    split_top_level,
)
from fraud.text_patterns import HAS_CJK as _HAS_CJK

__all__ = [
    "LOW_EFFORT",
    "MODEL_FILE",
    "CommentCategory",
    "CommentClassifier",
    "RuleDecision",
    "apply_rules",
    "apply_rules_many",
    "build_vectorizer",
    "load_lexicons",
    "model_text",
    "model_texts",
    "normalise_comment",
    "normalise_many",
    "prepare_many",
    "prepare_text",
]


class CommentCategory(StrEnum):
    """What a comment is, from the point of view of engagement fraud."""

    SUBSTANTIVE = "substantive"
    GENERIC = "generic"
    EMOJI_ONLY = "emoji_only"
    MENTION_ONLY = "mention_only"
    SPAM = "spam"


LOW_EFFORT: frozenset[CommentCategory] = frozenset(
    {CommentCategory.GENERIC, CommentCategory.EMOJI_ONLY, CommentCategory.MENTION_ONLY}
)

#: The category order of the model's weight rows (stored in the manifest too).
MODEL_CLASSES: tuple[CommentCategory, ...] = tuple(CommentCategory)
MODEL_FILE = "comment_model.npz"
LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


# --------------------------------------------------------------------------------------------
# Character classes and small regexes (compiled at import: cheap, no I/O).

_CJK = CJK_CLASS
_TOKEN = re.compile(f"[{_CJK}]+|[^\\W_{_CJK}]+(?:'[^\\W_{_CJK}]+)*")
_MENTION = re.compile(r"@[\w.\-]+")
_STICKER = re.compile(f"\\[[\\w{_CJK}]{{1,12}}\\]")
_KAOMOJI_TRIGGER = re.compile(r"[:;=^<>()_﹏ω‿ツಥ/\\¯┻-]")
_REPEAT_3 = re.compile(r"(.)\1{2,}")
_REPEAT_2 = re.compile(r"(.)\1+")
_NON_WORD = re.compile(r"[\W_]+")
_SPACES = re.compile(r"\s+")
# the whitespace that _SPACES.sub(" ", ...) changes: runs of two or more, and lone
# whitespace other than the space (a lone space is left as it is, without a replacement).
# Written to start with one character class (a run, else a lone character that the
# lookbehind finds is not the space), which the regex engine scans for quickly; the
# alternation r"\s{2,}|[^\S ]" tried both branches at every place (2.9 against 1.0 ms over
# a chunk of 4,096 comments)
_SPACES_TO_CHANGE = re.compile(r"\s(?:\s+|(?<! ))")
_HTML_BREAK = re.compile(r"<br\s*/?>")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_ACCENTS = str.maketrans("àáâãäåāèéêëēìíîïīòóôõöōùúûüūñçýÿ", "aaaaaaaeeeeeiiiiioooooouuuuuncyy")
_FOLDS: dict[int, Any] = {**_APOSTROPHES, **_ACCENTS}  # one translate pass for both
# Invisible fillers spam puts between characters (看ㅤ我ㅤ主ㅤ页): the Hangul fillers (NFKC
# turns U+3164 into U+1160, a letter to \w, so the lure skeleton kept it) become spaces, the
# combining grapheme joiner goes
_FILLERS = re.compile("[\u115f\u1160\u3164\uffa0\u034f]")
_FILLER_TABLE = {0x115F: " ", 0x1160: " ", 0x3164: " ", 0xFFA0: " ", 0x034F: None}


def _drop_fillers(text: str) -> str:
    return text.translate(_FILLER_TABLE) if _FILLERS.search(text) else text


#: a timestamp anchor's href value ends with a t= parameter (YouTube exports: <a
#: href="https://www.youtube.com/watch?v=...&t=65">1:05</a>), searched in the value alone
_TIMESTAMP_PARAMETER = re.compile(r"[?&]t=\w++\Z")


def _timestamp_anchors_read(text: str) -> str:
    """Each timestamp anchor ``<a href="...?t=65" ...>1:05</a>`` replaced by its label between
    spaces (" 1:05 "): ``re.sub(r'<a href="[^"]*[?&]t=\\w+"[^>]*>([^<]*)</a>', r" \\1 ", text)``,
    the same output, in time linear in the text. From an ``<a href="`` such a match is fixed:
    the value runs to the next quote, the attributes to the next > after it and the label to
    the next < after that, which must open ``</a>``. The regex read them again from each
    ``<a href="`` (a row of them and no > took 1.4 ms at 5,000 characters, quadratic: s58);
    here the next > and the next < are found once for all the starts that share them."""
    start = text.find('<a href="')
    if start < 0:
        return text
    parts: list[str] = []
    done = 0
    gt = lt = None  # the next > after the last value, the next < after that >
    while start >= 0:
        value = start + 9
        quote = text.find('"', value)
        if quote < 0:
            break  # (every later start holds a quote: none follows)
        if _TIMESTAMP_PARAMETER.search(text, value, quote):
            if gt is None or gt <= quote:
                gt = text.find(">", quote + 1)
            if gt < 0:
                break  # no > after this value, nor after any later one
            if lt is None or lt <= gt:
                lt = text.find("<", gt + 1)
            if lt < 0:
                break
            if text.startswith("</a>", lt):
                parts += (text[done:start], " ", text[gt + 1 : lt], " ")
                done = lt + 4
                start = text.find('<a href="', done)
                continue
        start = text.find('<a href="', start + 1)
    if not parts:
        return text
    parts.append(text[done:])
    return "".join(parts)


def _one(match: re.Match[str]) -> str:
    # A callable replacement: re.sub with a template ("\\1") re-parses it on every call.
    return match.group(1)


def _two(match: re.Match[str]) -> str:
    return match.group(1) * 2


_MAX_COVERAGE_TOKENS = 30
# ASCII "xD" / "XDD" emoticons: removed like emoji (they are not laughter words)
_XD = re.compile(r"x+d+")
# Laughter and interjections that may surround a tag-a-friend remark ("@amy lol this is you")
_REMARK_EDGE = r"(?:lol|lmao|omg|haha\w*|ahah\w*|jaja\w*|jeje\w*|哈+|look|mira|guarda|bro|girl|fr)"


@functools.cache
def _t2s() -> Any:
    """The traditional -> simplified Chinese converter (OpenCC ``t2s``), built on first use."""
    import opencc

    return opencc.OpenCC("t2s")


@functools.cache
def _emoji_pattern() -> re.Pattern[str]:
    """A character class of every non-ASCII code point used by an emoji in ``emoji.EMOJI_DATA``
    (plus ZWJ, variation selectors, keycap and tag characters)."""
    ranges: list[str] = []
    ordered = sorted(_emoji_code_points())
    start = prev = ordered[0]
    for cp in ordered[1:]:
        if cp == prev + 1:
            prev = cp
            continue
        ranges.append(_char_range(start, prev))
        start = prev = cp
    ranges.append(_char_range(start, prev))
    return re.compile("[" + "".join(ranges) + "]+")


def _char_range(start: int, end: int) -> str:
    if start == end:
        return re.escape(chr(start))
    return f"{re.escape(chr(start))}-{re.escape(chr(end))}"


# --------------------------------------------------------------------------------------------
# Lexicons


def _read_lexicon(name: str) -> list[str]:
    """Entries of one lexicon file: non-empty lines that do not start with ``#``."""
    text = (LEXICON_DIR / name).read_text(encoding="utf-8")
    return [line.rstrip("\r") for line in text.split("\n") if line.strip() and line[0] != "#"]


def _fold(text: str) -> str:
    """Normalise a lexicon entry or comment the way matching expects (no OpenCC)."""
    return unicodedata.normalize("NFKC", text).lower().translate(_APOSTROPHES).translate(_ACCENTS)


@dataclass(frozen=True)
class Lexicons:
    """All rule data, read from ``fraud/lexicons/`` (see its README)."""

    generic_words: frozenset[str]  # Latin-script praise, phrases joined by one space
    generic_max_words: int
    phrase_starts: frozenset[str]  # first words of the multi-word praise phrases
    filler_words: frozenset[str]
    generic_zh: frozenset[str]
    filler_zh: frozenset[str]
    zh_max_len: int
    tag_words: frozenset[str]
    tag_remark: re.Pattern[str]
    stickers: frozenset[str]
    kaomoji: re.Pattern[str]
    intent: GatedPatterns
    spam: GatedPatterns
    generic_patterns: GatedPatterns
    #: lure_context.txt: warnings, stories and questions that mention a lure (and the
    #: ``insist`` rows that keep a lure decision beside them)
    lure_context: GatedPatterns
    #: the kaomoji of :attr:`kaomoji`, longest first (one automaton finds the texts with one)
    kaomoji_literals: tuple[str, ...] = ()


@functools.cache
def load_lexicons() -> Lexicons:
    """Read and compile the lexicons (once per process)."""
    latin_generic: set[str] = set()  # single spaces only: split() and split(" ") agree
    for name in ("generic_en.txt", "generic_it.txt", "generic_es.txt"):
        latin_generic.update(" ".join(_fold(e).split()) for e in _read_lexicon(name))
    zh_generic = {_fold(e).replace(" ", "") for e in _read_lexicon("generic_zh.txt")}
    zh_filler = {_fold(e) for e in _read_lexicon("filler_zh.txt")}
    kaomoji = sorted({_fold(e) for e in _read_lexicon("kaomoji.txt")}, key=len, reverse=True)

    def gated(name: str) -> GatedPatterns:
        patterns, labels = _lexicon_rows(name)
        analysis = derived.load(pattern_analysis(name.removesuffix(".txt"), patterns))
        return GatedPatterns(patterns, labels, analysis)

    return Lexicons(
        generic_words=frozenset(latin_generic),
        generic_max_words=max(len(e.split()) for e in latin_generic),
        phrase_starts=frozenset(e.split()[0] for e in latin_generic if " " in e),
        filler_words=frozenset(_fold(e) for e in _read_lexicon("filler.txt")),
        generic_zh=frozenset(zh_generic),
        filler_zh=frozenset(zh_filler),
        zh_max_len=max(len(e) for e in zh_generic | zh_filler),
        tag_words=frozenset(_fold(e) for e in _read_lexicon("tag_words.txt")),
        tag_remark=re.compile(
            f"(?:{_REMARK_EDGE} )*(?:"
            + "|".join(unicodedata.normalize("NFKC", e) for e in _read_lexicon("tag_remarks.txt"))
            + f")(?: {_REMARK_EDGE})*"
        ),
        stickers=frozenset(_fold(e) for e in _read_lexicon("stickers.txt")),
        kaomoji=re.compile("|".join(re.escape(k) for k in kaomoji)),
        kaomoji_literals=tuple(kaomoji),
        intent=gated("intent_cues.txt"),
        spam=gated("spam_cues.txt"),
        generic_patterns=gated("generic_patterns.txt"),
        lure_context=gated("lure_context.txt"),
    )


#: the pattern lexicons; those holding lure_type<TAB>pattern rows label their patterns
_PATTERN_LEXICONS = (
    "intent_cues.txt",
    "spam_cues.txt",
    "generic_patterns.txt",
    "lure_context.txt",
)
#: the labelled pattern lexicons and the labels each allows
_LABELLED_LEXICONS: dict[str, frozenset[str]] = {
    "spam_cues.txt": frozenset(LureType.__members__.values()),
    "lure_context.txt": frozenset(
        {"request", "insist", "warning", "story", "question", "money_pitch", "money_talk"}
    ),
}


_FRAGMENT_NAME = re.compile(r"\{([a-z_]+)\}")


@functools.cache
def _fragments() -> dict[str, str]:
    """``fragments.txt``: name -> regular-expression fragment, each with the fragments it
    names put in (one word list for every rule and the code that uses it)."""
    fragments: dict[str, str] = {}
    for number, row in enumerate(_read_lexicon("fragments.txt"), start=1):
        name, tab, fragment = row.partition("\t")
        if not tab or not re.fullmatch("[a-z_]+", name) or name in fragments:
            raise ValueError(f"fragments.txt fragment {number}: expected a new name<TAB>regex")
        fragments[name] = _with_fragments(fragment, fragments, f"fragments.txt {name}")
    return fragments


def _with_fragments(pattern: str, fragments: dict[str, str], where: str) -> str:
    """``pattern`` with each ``{name}`` replaced by that fragment (an unknown name is an
    error: a regex quantifier is digits, never a name)."""

    def fragment(match: re.Match[str]) -> str:
        if match.group(1) not in fragments:
            raise ValueError(f"{where}: no fragment named {match.group(1)} in fragments.txt")
        return fragments[match.group(1)]

    return _FRAGMENT_NAME.sub(fragment, pattern)


def _lexicon_rows(name: str) -> tuple[list[str], list[str] | None]:
    """The patterns of a pattern lexicon, each top-level alternative on its own (its own gate),
    and their labels (None for an unlabelled lexicon); ``{name}`` is a fragment of
    ``fragments.txt``."""
    if name not in _LABELLED_LEXICONS:
        # patterns are written lower-case and accent-free; lower() would break \W, \S, \D
        patterns = [
            branch
            for entry in _read_lexicon(name)
            for branch in split_top_level(
                unicodedata.normalize("NFKC", _with_fragments(entry, _fragments(), name))
            )
        ]
        return patterns, None
    # lure_type<TAB>pattern rows
    patterns = []
    labels: list[str] = []
    for number, row in enumerate(_read_lexicon(name), start=1):
        label, tab, pattern = row.partition("\t")
        if not tab or label not in _LABELLED_LEXICONS[name]:
            kinds = "|".join(sorted(_LABELLED_LEXICONS[name]))
            raise ValueError(
                f"{name} rule {number}: expected label<TAB>pattern, label one of {kinds}"
            )
        pattern = _with_fragments(pattern, _fragments(), f"{name} rule {number}")
        for branch in split_top_level(unicodedata.normalize("NFKC", pattern)):
            patterns.append(branch)
            labels.append(label)
    return patterns, labels


def lexicon_patterns() -> list[tuple[str, list[str]]]:
    """(name, patterns) of each pattern lexicon (:mod:`fraud.derived` ships their analyses)."""
    return [(name.removesuffix(".txt"), _lexicon_rows(name)[0]) for name in _PATTERN_LEXICONS]


# --------------------------------------------------------------------------------------------
# Normalisation


def prepare_text(text: str) -> str:
    """NFKC, HTML entities decoded, lower-case, traditional -> simplified Chinese, accents folded.

    Punctuation, emoji and spacing are kept (the rules need them)."""
    if "&" in text:
        text = html.unescape(text)
    if "<" in text:  # YouTube exports keep HTML: timestamp anchors and line breaks
        text = _timestamp_anchors_read(text)
        text = _HTML_BREAK.sub(" ", text)
    text = _drop_fillers(unicodedata.normalize("NFKC", text).lower())
    if _HAS_CJK.search(text):
        text = _t2s().convert(text)
    return text.translate(_FOLDS)


def normalise_comment(text: str) -> str:
    """Canonical form of a comment for duplicate detection and caching.

    NFKC, lower-case, traditional -> simplified Chinese, accents folded, punctuation, emoji and
    whitespace removed, runs of one character collapsed to one ("好好好好" -> "好",
    "!!!!" -> "", "sooo" -> "so"). Two comments with the same normal form say the same thing.
    Emoji-only comments keep their emoji (collapsed) so that "🔥🔥" and "👍" stay distinct.
    """
    return _normalise_prepared(prepare_text(text))


def _normalise_prepared(prepared: str) -> str:
    prepared = prepared.replace("\ufe0f", "")
    words = _NON_WORD.sub("", prepared)
    if not words:
        words = _SPACES.sub("", prepared)
    return _REPEAT_2.sub(_one, words)


def model_text(prepared: str) -> str:
    """The text the n-gram model sees: the prepared text with @handles reduced to ``@``."""
    return _SPACES.sub(" ", _MENTION.sub("@", prepared)).strip()


def model_texts(prepared: Sequence[str]) -> list[str]:
    """``[model_text(p) for p in prepared]``, each step once over the texts joined by
    :data:`SEPARATOR` (neither a mention nor whitespace holds it: a run of whitespace next to
    it becomes one space, removed as the strip would); text by text if a text holds it."""
    joined = _joinable(prepared)
    if joined is None or not prepared:
        return [model_text(p) for p in prepared]
    if "@" in joined:
        joined = _MENTION.sub("@", joined)
    joined = _SPACES_TO_CHANGE.sub(" ", joined)  # what \s+ -> " " changes
    if " " + SEPARATOR in joined:
        joined = joined.replace(" " + SEPARATOR, SEPARATOR)
    if SEPARATOR + " " in joined:
        joined = joined.replace(SEPARATOR + " ", SEPARATOR)
    texts = joined.strip(" ").split(SEPARATOR)
    return texts if len(texts) == len(prepared) else [model_text(p) for p in prepared]


# --------------------------------------------------------------------------------------------
# Rules


@dataclass(frozen=True, slots=True)
class RuleDecision:
    """What the rules concluded: a category, or ``None`` with the reason it is left open."""

    category: CommentCategory | None
    rule: str
    #: for ``spam``: what the comment lures the reader to (a :class:`fraud.lures.LureType`)
    lure_type: str | None = None


def _latin_token(token: str) -> tuple[tuple[str, str, str], int, bool]:
    """A Latin token's spellings (as is, repeats cut to two, to one), its kind (2 praise,
    1 filler, 0 other) and whether it can start a multi-word praise phrase. Cached: words
    repeat (only words of at most 40 characters, so the cache stays small in bytes)."""
    if len(token) > _MAX_CACHED_TOKEN:
        return _latin_token_uncached(token)
    return _latin_token_cached(token)


_MAX_CACHED_TOKEN = 40


def _latin_token_uncached(token: str) -> tuple[tuple[str, str, str], int, bool]:
    lex = load_lexicons()
    forms = (token, _REPEAT_3.sub(_two, token), _REPEAT_2.sub(_one, token))
    if any(f in lex.generic_words for f in forms) or lex.generic_patterns.search(forms[2]):
        kind = 2
    elif any(f in lex.filler_words for f in forms):
        kind = 1
    else:
        kind = 0
    return forms, kind, any(f in lex.phrase_starts for f in forms)


_latin_token_cached = functools.lru_cache(maxsize=1 << 14)(_latin_token_uncached)


def _covered_latin(tokens: list[str], lex: Lexicons) -> tuple[bool, bool]:
    """Whether Latin tokens are all praise/filler (word-break DP); and whether any is praise."""
    n = len(tokens)
    # reach[i]: None if position i is unreachable, else whether praise was used to get there
    reach: list[bool | None] = [None] * (n + 1)
    reach[0] = False
    info = [_latin_token(t) for t in tokens]
    for i in range(n):
        state = reach[i]
        if state is None:
            continue
        _forms, kind, starts_phrase = info[i]
        if kind == 2:
            _set_reach(reach, i + 1, True)
        elif kind == 1:
            _set_reach(reach, i + 1, state)
        if not starts_phrase:
            continue
        for length in range(2, min(lex.generic_max_words, n - i) + 1):
            window = [entry[0] for entry in info[i : i + length]]
            if any(" ".join(f[k] for f in window) in lex.generic_words for k in (0, 1, 2)):
                _set_reach(reach, i + length, True)
    final = reach[n]
    return final is not None, bool(final)


def _set_reach(reach: list[bool | None], index: int, praise: bool) -> None:
    current = reach[index]
    if current is None or (praise and not current):
        reach[index] = praise


def _covered_zh(run: str, lex: Lexicons) -> tuple[bool, bool]:
    """Whether a Chinese run segments into praise/filler entries; and whether any is praise."""
    run = _REPEAT_3.sub(_one, run)
    n = len(run)
    reach: list[bool | None] = [None] * (n + 1)
    reach[0] = False
    for i in range(n):
        state = reach[i]
        if state is None:
            continue
        for j in range(i + 1, min(n, i + lex.zh_max_len) + 1):
            piece = run[i:j]
            if piece in lex.generic_zh:
                _set_reach(reach, j, True)
            elif piece in lex.filler_zh:
                _set_reach(reach, j, state)
    final = reach[n]
    return final is not None, bool(final)


#: a comment that held nothing but links to a video or an article (reference_links.txt)
_REFERENCE_LINK = RuleDecision(CommentCategory.SUBSTANTIVE, "reference_link")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_URL_END = "[^\\s\"'<>]"  # a character of a link: it ends at a space, a quote or < >


@functools.cache
def _reference_link() -> re.Pattern[str]:
    """A whole link to a YouTube video or a Wikipedia article (``reference_links.txt``: how a
    link starts), or an HTML anchor to one whose text is nothing or such a link. A link whose
    rest holds another link (``?q=https://...``, ``www.``, ``%3a``) or an ``@`` is not one."""
    anchor, link, _start = _reference_link_parts()
    return re.compile(f"{anchor}|{link}")


#: what the rest of a link may not hold: another link, or an ``@``
_LINK_REST_STOPS = "https?:|www\\.|%3a|@"


@functools.cache
def _reference_link_parts() -> tuple[str, str, str]:
    """The two ways of :func:`_reference_link`, the HTML anchor and the bare link, and how a
    bare link starts (the bare link without its rest, which alone is checked for
    :data:`_LINK_REST_STOPS`)."""
    starts = "|".join(f"(?:{entry})" for entry in _read_lexicon("reference_links.txt"))
    rest = f"(?:(?!{_LINK_REST_STOPS}){_URL_END})*(?!{_URL_END})"
    start = f"(?:https?://)?(?:{starts})"
    url = f"{start}{rest}"
    # (\s*(?:{url}\s*)?, not \s*(?:{url})?\s*: the same texts, but spaces without a link are
    # not shared out between two runs of spaces in every way: 5,000 spaces took 69 ms, s57)
    anchor = f'<a\\s[^>]*?href="{url}"[^>]*>\\s*(?:{url}\\s*)?</a>'
    return anchor, f"(?<![\\w.@/-]){url}", f"(?<![\\w.@/-]){start}"


#: an ``<a`` tag opened again before the first one closed (``<a <a href=...``)
_ANCHOR_IN_ANCHOR = re.compile(r"<a\s[^>]*?<a\s")
_ANCHOR_OPENS = re.compile(r"<a\s")


#: how many link starts (``youtu``, ``wikipedia``) a text may hold before its links are taken
#: out by :func:`_without_reference_links_anchor_by_anchor` (see :class:`_BareLinks`)
_MANY_LINK_STARTS = 8


def _without_reference_links(prepared: str) -> str:
    """A prepared comment with its links to a YouTube video or a Wikipedia article replaced by
    a space (the text itself when it holds none)."""
    starts = prepared.count("youtu") + prepared.count("wikipedia")
    if not starts:
        return prepared
    if starts > _MANY_LINK_STARTS or _ANCHOR_IN_ANCHOR.search(prepared):
        return _without_reference_links_anchor_by_anchor(prepared)
    return _reference_link().sub(" ", prepared)


@functools.cache
def _reference_link_ways() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """:func:`_reference_link_parts` compiled: the anchor way, the bare link way, and how a
    bare link starts."""
    anchor, link, start = _reference_link_parts()
    return re.compile(anchor), re.compile(link), re.compile(start)


#: the longest start of a link (:func:`_reference_link_ways`' third pattern; a test holds it)
_LINK_START_MAX = 40
#: where a link's rest may not go on (the lookahead of ``rest`` in :func:`_reference_link_parts`)
_NOT_IN_LINK_REST = re.compile(f"(?={_LINK_REST_STOPS})")
_URL_RUN = re.compile(f"{_URL_END}+")


class _BareLinks:
    """``link.search(text, position)`` of the bare link way, in time linear in the text.

    The regex tries a link at every place its start matches; from there its rest runs to the
    end of the run of link characters, unless another link or an ``@`` starts on the way
    (``_NOT_IN_LINK_REST``), where it fails. A run holding many starts and such a stop near
    its end (``"?youtu.be/x" * 450 + "@"``) was read from each start to the stop: 65 ms a
    text (review s57). A start whose stop lies inside its run and at least
    :data:`_LINK_START_MAX` characters on is skipped without the regex: whatever way the start
    matched, its rest would meet that stop. The others are left to the regex."""

    def __init__(self, text: str) -> None:
        _anchor, self.link, self.start = _reference_link_ways()
        self.text = text
        self.stops = [m.start() for m in _NOT_IN_LINK_REST.finditer(text)]
        self.run_ends = [m.end() for m in _URL_RUN.finditer(text)]

    def search(self, position: int) -> re.Match[str] | None:
        text, stops, run_ends = self.text, self.stops, self.run_ends
        while (start := self.start.search(text, position)) is not None:
            at = start.start()
            stop = stops[i] if (i := bisect.bisect_left(stops, at)) < len(stops) else len(text)
            ends = bisect.bisect_right(run_ends, at)
            run_end = run_ends[ends] if ends < len(run_ends) else at
            if not (at + _LINK_START_MAX <= stop < run_end):
                found = self.link.match(text, at)
                if found is not None:
                    return found
            position = at + 1
        return None


def _without_reference_links_anchor_by_anchor(prepared: str) -> str:
    """``_reference_link().sub(" ", prepared)``, for a text in which an ``<a`` opens before
    the one before it closed: the regex tried its anchor way from each ``<a``, reading up to
    the next ``>`` each time, so ``"<a " * 1,600`` took 0.17 s (s57). Here that way is tried
    as the regex tries it, leftmost first and before the bare link at the same place, except
    at an ``<a`` after one that failed before the same ``>``: every ``href`` the later one
    could reach, the earlier one reached, and what follows the ``href`` does not depend on
    where the tag opened, so it fails too."""
    anchor = _reference_link_ways()[0]
    links = _BareLinks(prepared)
    opens = [m.start() for m in _ANCHOR_OPENS.finditer(prepared)]
    out: list[str] = []
    position = 0
    next_open = 0  # index into opens
    failed_before = -1  # an <a before this position that opened before a failed one's > fails
    found_link: re.Match[str] | None = None
    searched = False  # found_link is the first bare link at or after position (None: none)
    while True:
        if not searched or (found_link is not None and found_link.start() < position):
            found_link, searched = links.search(position), True
        limit = found_link.start() if found_link is not None else len(prepared)
        found: re.Match[str] | None = None
        while next_open < len(opens) and opens[next_open] < position:
            next_open += 1
        while next_open < len(opens) and opens[next_open] <= limit:
            start = opens[next_open]
            if start >= failed_before:
                found = anchor.match(prepared, start)
                if found is not None:
                    break
                closes = prepared.find(">", start)
                failed_before = len(prepared) + 1 if closes < 0 else closes
            next_open += 1
        if found is None:
            found = found_link
        if found is None:
            out.append(prepared[position:])
            return "".join(out)
        out.append(prepared[position : found.start()])
        out.append(" ")
        position = found.end()


def _without_reference_links_many(prepared: Sequence[str]) -> Sequence[str]:
    """``[_without_reference_links(p) for p in prepared]``; ``prepared`` itself when no text
    changes (most chunks hold no such link: one scan of the chunk says so)."""
    joined = SEPARATOR.join(prepared)
    if "youtu" not in joined and "wikipedia" not in joined:
        return prepared
    judged = [_without_reference_links(p) for p in prepared]
    return prepared if judged == list(prepared) else judged


#: a money claim beside a reference link: the link points, as any link beside a claim does in
#: the ``scam`` rows of spam_cues.txt
_LINKED_MONEY_CLAIM = RuleDecision(
    CommentCategory.SPAM, "money_claim_beside_reference_link", str(LureType.SCAM)
)


@functools.cache
def _money_claim() -> re.Pattern[str]:
    """A first-person money claim (``money_claim`` or ``money_yielded`` of ``fragments.txt``
    after "i" or "we": "i earn $500", "i got $35,000 from my investment"), not a price ("for
    about $10"). Beside a reference link, a claim of someone else's ("he says he made $10k",
    "how Madoff made $65 billion", "the company reported $5 billion in profits") is talk about
    the video, and a price is a price (the review of s51 found those called scams)."""
    fragments = _fragments()
    claim = f"(?:{fragments['money_claim']}|{fragments['money_yielded']})"
    return re.compile(
        rf"\b(?:i|we)(?:'ve|'m| have| am| just| also| already)?\s+(?!.{{0,60}}\bfor\b\W{{0,3}}"
        rf"(?:about |around |only |just )?[$€£])(?:\w+\s+)?{claim}"
    )


def _beside_reference_links(decision: RuleDecision, judged: str) -> RuleDecision:
    """The rules' decision on a text whose reference links were taken out, from their decision
    on what is left (``judged``): nothing -> ``reference_link``; a money claim -> a ``scam``,
    whatever else the rest is (review s51: "great video <youtu.be link> i earn $500 per day"
    was generic; taking the link out had taken out what made the claim a lure)."""
    if not _LETTER_OR_DIGIT.search(judged):
        return _REFERENCE_LINK
    if decision.category is not CommentCategory.SPAM and _money_claim().search(judged):
        return _LINKED_MONEY_CLAIM
    return decision


def apply_rules(prepared: str) -> RuleDecision:
    """Classify a :func:`prepare_text`-normalised comment by the exact rules, if they settle it.

    Returns a decision whose ``category`` is ``None`` when the model has to decide (on
    :func:`_without_reference_links` of the text).
    """
    judged = _without_reference_links(prepared)
    if judged != prepared:
        return _beside_reference_links(_apply_rules_judged(judged), judged)
    return _apply_rules_judged(prepared)


def _apply_rules_judged(prepared: str) -> RuleDecision:
    """:func:`apply_rules` of a text that holds no reference link."""
    lex = load_lexicons()
    lure = detect_lure(prepared)
    talked_about = False
    if lure is not None:
        decided = _lure_spam(prepared, lure, lex)
        if decided is not None:
            return decided
        talked_about = True
    cue = lex.spam.find(prepared)
    if cue is not None:
        if not _lure_talked_about(prepared, cue, lex):
            return RuleDecision(CommentCategory.SPAM, "spam_cue", cue)
        talked_about = True
    if talked_about:  # a warning, a scam story or a question: real content, not spam
        return _LURE_CONTEXT
    text = prepared
    mentions = 0
    if "@" in text:
        text, mentions = _MENTION.subn(" ", text)
    if "[" in text:
        text = _STICKER.sub(" ", text)
    if _KAOMOJI_TRIGGER.search(text):
        text = lex.kaomoji.sub(" ", text)
    if not text.isascii():  # every emoji is outside ASCII
        text = _emoji_pattern().sub(" ", text)
    tokens = _TOKEN.findall(text)
    if "xd" in text:
        tokens = [t for t in tokens if not _XD.fullmatch(t)]
    if not tokens:
        if mentions:
            return RuleDecision(CommentCategory.MENTION_ONLY, "only_mentions")
        return RuleDecision(CommentCategory.EMOJI_ONLY, "no_words")
    if mentions and all(t in lex.tag_words for t in tokens):
        return RuleDecision(CommentCategory.MENTION_ONLY, "mention_with_tag_words")
    joined = " ".join(tokens)
    if mentions and lex.tag_remark.fullmatch(joined):
        return RuleDecision(CommentCategory.MENTION_ONLY, "mention_with_tag_remark")
    if lex.generic_patterns.search(joined):
        return RuleDecision(CommentCategory.GENERIC, "generic_pattern")
    if len(tokens) <= _MAX_COVERAGE_TOKENS and _is_generic(tokens, lex):
        return RuleDecision(CommentCategory.GENERIC, "generic_lexicon")
    if lex.intent.search(text):
        return RuleDecision(CommentCategory.SUBSTANTIVE, "question_or_intent")
    if mentions and _is_short_remark(tokens):
        return RuleDecision(CommentCategory.MENTION_ONLY, "mention_with_short_remark")
    return RuleDecision(None, "model")


#: a lure or spam cue seen in a warning, a scam story or a question (lure_context.txt)
_LURE_CONTEXT = RuleDecision(CommentCategory.SUBSTANTIVE, "lure_context")
#: lure types whose rules are exact (a link, an investment testimonial naming an account):
#: no context undoes them
_EXACT_LURES = frozenset({str(LureType.LINK), str(LureType.SCAM)})
#: what a warning cannot hide: a handle (letters then two digits, five digits, a phone number
#: in groups, an account name after a contact word), an @account, a link
_HANDLE = re.compile(
    r"[a-z][a-z0-9_]{2,30}\d{2,}|\d{5,}|\d{3,4}[\s-]\d{3,4}|@\s?[\w.]{3,}|https?://|www\."
    # an account name after a contact word, digits or not (加我薇 lilyabc, vx：l-i-l-y,
    # telegram: lily_x): Chinese contact words directly, English ones with a colon
    # (``\s*(?:[:：]\s*)?``, not ``\s*[:：]?\s*``: the same texts, but spaces without a colon
    # are not shared out between two runs of spaces in every way: 微信 and 4,000 spaces took
    # 0.1 s, s57)
    r"|(?:微信|vx|wx|v信|薇|威信|扣扣)\s*(?:[:：]\s*)?[a-z][a-z0-9_.-]{3,}"
    r"|\b(?:qq|wechat|telegram|whatsapp|snap(?:chat)?|ig|line)\s*[:：]\s*[a-z][a-z0-9_.-]{2,}"
)


#: numbers people write without meaning a handle or a price: runs of up to four digits (111,
#: 520, 2025, 2:15, 第14秒), one digit repeated (1111111111), the love numbers 5201314 /
#: 1314520, dates written as 20241231
_NUMBER_CHATTER = re.compile(
    r"(?<!\d)(?:\d{1,4}|(\d)\1{4,}|5201314|1314520"
    r"|(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?!\d)"
)
_ANY_DIGIT = re.compile(r"\d")
_SHORT_RUN = re.compile(r"(?<!\d)\d{1,4}(?!\d)")
#: a date or a time written out (2024.12.31, 2024年12月31日, 12月31号, 2:15, 20:15:30): its digits
#: are no phone number
_DATE_OR_TIME = re.compile(
    r"(?:19|20)\d\d[.\-/年]\d{1,2}[.\-/月]\d{1,2}日?|\d{1,2}月\d{1,2}[日号]"
    r"|(?<!\d)\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?!\d)"
)
_ANY_WORD = re.compile(r"[^\W\d_]")
#: a moment of a video (2:31, 0:02, 1:02:45), not a time of day (1:00 am, 8:30pm, 20:15点)
_VIDEO_TIMESTAMP = re.compile(
    r"(?<![\d:：])\d{1,2}:\d{2}(?::\d{2})?(?![\d:：])(?!\s*(?:[ap]\.?m\b|点|時|时))", re.IGNORECASE
)
#: words whose 私 is not the 私 of 私我 (DM me): 隐私 (privacy), 自私 (selfish), 无私; the rule
#: 私我 of spam_cues.txt and lures.txt skips them too
_NOT_DM_PRIVATE = re.compile("[隐自无]私")
#: an amount of money: a currency sign beside digits, or digits and a money word ($15, 40€,
#: 5 grand, 2k, 300 dollars). Only searched for (whether a text holds one), so the digit forms
#: start where a run of digits, commas and points starts (each such run is read once): started
#: from every digit of the run, as they were, they read the rest of the run each time, and a
#: comment of 5,000 digits took 0.45 s (s57). What follows a run is the same whatever digit of
#: it a match starts at, so a text holds the one form exactly when it holds the other; the
#: money word form keeps its ``\b`` before a digit of the run (a run's first such digit: the
#: atomic group does not go back for another). tests/test_text_worst_case.py checks both.
_MONEY_AMOUNT = (
    r"[$€£¥₹]\s?\d|(?<![\d,.])[,.]*+\d[\d,.]*+\s?[$€£¥₹]"
    r"|(?<![\d,.])(?>[\d,.]*?\b\d)[\d,.]*+\s?(?:k|usd|dollars?|bucks|euros?|pounds|grands?)\b"
)


@functools.cache
def _money_talk() -> re.Pattern[str]:
    """Money said in a comment: an amount (:data:`_MONEY_AMOUNT`) or making money in a few
    words (``money_making`` of ``fragments.txt``: "make money", "earning extra income")."""
    return re.compile(f"{_MONEY_AMOUNT}|{_fragments()['money_making']}")


@functools.cache
def _money_lure_context() -> re.Pattern[str]:
    """What makes an amount the model calls spam a lure: what recruits or points beside a money
    claim in the rules (``money_points`` of ``fragments.txt``: an account, a link, a contact,
    trading words, work from home...) or a prize or a payment offered to the reader
    (``money_offered``)."""
    fragments = _fragments()
    return re.compile(f"{fragments['money_points']}|{fragments['money_offered']}")


def _lure_talked_about(prepared: str, lure_type: str, lex: Lexicons) -> bool:
    """Whether a comment the lure rules or spam cues flag only mentions the lure: a warning
    about scams, a scam story, a failed search or a question about the word
    (``lure_context.txt``), with no ``insist`` row, no handle and an inexact lure type; or,
    against a money offer alone, Chinese money talk (a ``money_talk`` row: a question or a
    statement about earning, 宝妈怎么赚钱, 我每个月赚3000多) that no ``money_pitch`` row makes a
    pitch (review s53)."""
    if lure_type in _EXACT_LURES:
        return False
    kind = _lure_context(prepared, lex)
    if kind == "money_talk":
        return lure_type == _MONEY_OFFER
    return kind is not None and kind != "money_pitch"


_MONEY_OFFER = str(LureType.MONEY_OFFER)


def _lure_spam(prepared: str, lure: LureType, lex: Lexicons) -> RuleDecision | None:
    """What a lure the rules found makes of a comment, on both rule paths: spam of its type,
    or of another type the comment makes besides money talk; None when the comment only
    talks about it (then it is real content unless a spam cue stands)."""
    if not _lure_talked_about(prepared, str(lure), lex):
        return RuleDecision(CommentCategory.SPAM, "lure", str(lure))
    other = _lure_besides_money_talk(prepared, lure, lex)
    return None if other is None else RuleDecision(CommentCategory.SPAM, "lure", other)


def _lure_besides_money_talk(prepared: str, lure: LureType, lex: Lexicons) -> str | None:
    """The lure a comment still makes when its money offer is only talked about: the first
    other lure type the lure rules find (they report one type, money offers first, so money
    talk beside a disguised contact, 宝妈怎么赚钱 薇芯聊, would hide it), unless that is
    talked about too."""
    if lure is not LureType.MONEY_OFFER:
        return None
    other = detect_lure(prepared, without_money_offers=True)
    if other is None or _lure_talked_about(prepared, str(other), lex):
        return None
    return str(other)


#: a short span inside quotation marks (“看我主页”, "dm me", 「私我」), or several joined by
#: or / and / 、 / 或 ("dm me" or "check my bio")
_QUOTE = r'(?:“[^“”\n]{1,30}”|"[^"\n]{1,30}"|「[^「」\n]{1,30}」|『[^『』\n]{1,30}』)'
_QUOTES = rf"{_QUOTE}(?:\s*(?:or|and|/|,|，|、|或者?|和|跟)\s*{_QUOTE}){{0,4}}"
#: words quoted or reported in a comment (s59, blind5): quoted words said to be said, written
#: or posted by others (说“私我”, 评论区说「加我领资源」, anyone commenting "dm me"), or named as a
#: kind of comment (这种“看我主页”的评论, “私我”的都别信, those "dm me" comments); or what others
#: are said to say before it is condemned (说 加v带你赚钱 的都是骗子: the words between 说 and
#: 的 (人 / 号 / 评论)(都 / 全)是 骗子 / 托 / 假的 / 机器人 / 盗号...). A quote beside no such word
#: is the comment's own (小心骗子，资源“私我”; beware of scammers, "dm me" for the real link: the
#: reviewer's evasions, s59): it is not blanked. Bounded spans, no nesting: one pass, linear in
#: the text. The reporting word before a quote is kept (group ``pre``): the warning rows read it
#: (有人说).
_REPORTED_WORDS = re.compile(
    r"(?P<pre>说|写|发|评论|留言|喊|回复|叫你|让你|这种|那种|这些|那些|这类|类似|像"
    r"|\b(?:say|says|said|saying|comment|comments|commented|commenting|write|writes|wrote"
    r"|writing|post|posts|posted|posting|reply|replies|replying|type|types|typing|like"
    r"|such as)\b)(?:了|着|过|的)?\s*(?:[:：]\s*)?"
    + _QUOTES
    + r"|"
    + _QUOTES
    + r"(?=\s*(?:的(?:人|号|账号|评论|留言|话|那|这|都|全|一律|基本|多半|肯定|一般"
    r"|别|不要|千万|是|就是|大多|多是)|这种|这类|之类|什么的"
    r"|(?:comments?|people|accounts?|bots?|guys|spam|scam|replies|messages?|dms?)\b))"
    r"|(?<=说)[^，,。!！?？;；\n]{1,20}?(?=的(?:人|号|账号|评论|那些)?(?:都|全|基本|多半|肯定|一般)?"
    r"(?:是|为)(?:骗子|骗人|托|假的|诈骗|机器人|水军|盗号))"
)
#: what every span of :data:`_REPORTED_WORDS` holds
_REPORTED_HINT = re.compile('[“"「『说]')
#: what the comment offers beside a blanked quote: the quote then calls to the reader for it
#: (别信他们 「私我」 领福利; 说“私我”的都是骗子 真资源加我), and the comment is no talk
_QUOTE_BAIT = re.compile(
    r"资源|福利|惊喜|红包|全集|领取|免费|教你"
    r"|\bfor (?:the |a )?(?:real |free |full )?(?:link|help|version|content|money|info)\b"
)


def _blank_reported(match: re.Match[str]) -> str:
    pre = match.group("pre")
    return f"{pre} " if pre else " "


def _lure_context(prepared: str, lex: Lexicons) -> str | None:
    """The kind of lure talk in a comment (``warning``, ``story``, ``question``), or None
    when there is none, or an ``insist`` row or a handle says the comment pushes a lure.

    An ``insist`` row met only inside quoted or reported words (:data:`_REPORTED_WORDS`)
    does not push: a comment that warns about a quoted lure (看到好多说“私我”的 都别点 都是盗号的;
    anyone commenting "dm me" is a scammer) is read with those words blanked, and only a
    warning, story or question outside them makes it talk (s59, blind5). A handle anywhere,
    quoted or not, still keeps the lure."""
    kind = lex.lure_context.find(prepared)
    if kind is None or _HANDLE.search(prepared):
        return None
    if kind == "insist":
        if not _REPORTED_HINT.search(prepared):
            return None
        unquoted = _REPORTED_WORDS.sub(_blank_reported, prepared)
        if unquoted == prepared or _QUOTE_BAIT.search(unquoted):
            return None
        kind = lex.lure_context.find(unquoted)
        if kind not in ("warning", "story", "question"):
            return None
    return kind


def _is_short_remark(tokens: list[str]) -> bool:
    """At most three words (Chinese: six characters) next to a tag: "@amy literally us"."""
    cjk_chars = sum(len(t) for t in tokens if _HAS_CJK.match(t))
    latin_words = sum(1 for t in tokens if not _HAS_CJK.match(t))
    return latin_words + (cjk_chars + 1) // 2 <= 3


def _is_short_remark_fast(tokens: list[str]) -> bool:
    """:func:`_is_short_remark`, a token told Chinese by its first character (a token is all
    Chinese or has none: _TOKEN)."""
    latin_words = cjk_chars = 0
    for token in tokens:
        first = token[0]
        if (  # CJK_RANGES written out: a call per token costs (tests hold the edges)
            "\u4e00" <= first <= "\u9fff"
            or "\u3400" <= first <= "\u4dbf"
            or "\uf900" <= first <= "\ufaff"
        ):
            cjk_chars += len(token)
        else:
            latin_words += 1
    return latin_words + (cjk_chars + 1) // 2 <= 3


def _is_generic(tokens: list[str], lex: Lexicons) -> bool:
    return _generic_runs(tokens, lex, _covered_latin, _covered_zh)


def _generic_runs(
    tokens: list[str],
    lex: Lexicons,
    covered_latin: Callable[[list[str], Lexicons], tuple[bool, bool]],
    covered_zh: Callable[[str, Lexicons], tuple[bool, bool]],
) -> bool:
    """Whether every run of Latin words and every Chinese token is covered by praise or
    filler, with praise somewhere: the walk of :func:`_is_generic` and
    :func:`_is_generic_fast`, which differ only in the coverage checks they pass."""
    praise = False
    latin: list[str] = []
    for token in tokens:
        first = token[0]  # a token is all Chinese or has none (_TOKEN)
        if (  # CJK_RANGES written out: a call per token costs (tests hold the edges)
            "\u4e00" <= first <= "\u9fff"
            or "\u3400" <= first <= "\u4dbf"
            or "\uf900" <= first <= "\ufaff"
        ):
            if latin:
                ok, hit = covered_latin(latin, lex)
                if not ok:
                    return False
                praise = praise or hit
                latin = []
            ok, hit = covered_zh(token, lex)
            if not ok:
                return False
            praise = praise or hit
        else:
            latin.append(token)
    if latin:
        ok, hit = covered_latin(latin, lex)
        if not ok:
            return False
        praise = praise or hit
    return praise


# --------------------------------------------------------------------------------------------
# The same, a whole chunk at a time
#
# The per-text functions above are the reference; these give the same answers (tests/
# test_fast_path.py compares them on every comment text of data/comments and perturbed
# variants) with fewer Python steps per text: character-local steps (NFKC, lower-case,
# translate tables, substitutions whose matches cannot contain the separator) run once over
# the texts of the chunk joined by SEPARATOR (no text contains it: checked, else the reference
# runs), OpenCC runs once over the chunk's Chinese texts, and each rule set's automaton runs once
# over the chunk (fraud.text_patterns.GatedPatterns.find_many). Questions about single
# characters (is it Chinese, an emoji, a Chinese character of no lexicon entry) are answered
# for the whole chunk by a per-code-point table in numpy (fraud.text_patterns.CharClasses),
# and the word-break DPs give up as soon as a word or character nothing can cover is met.


def _joinable(texts: Sequence[str]) -> str | None:
    joined = SEPARATOR.join(texts)
    return joined if joined.count(SEPARATOR) == len(texts) - 1 else None


def _split_joined(joined: str, n: int) -> list[str] | None:
    parts = joined.split(SEPARATOR)
    return parts if len(parts) == n else None


def prepare_many(texts: Sequence[str]) -> list[str]:
    """``[prepare_text(t) for t in texts]``, a chunk at a time: ASCII texts are only
    lower-cased (NFKC leaves ASCII alone, it holds no Chinese, and the only ASCII fold is the
    backtick), the folding table runs only on texts holding one of its characters, and OpenCC
    once over the chunk's Chinese texts."""
    out: list[str] = []
    chinese: list[int] = []
    for text in texts:
        if text.isascii() and "&" not in text and "<" not in text:
            text = text.lower()
            out.append(text.replace("`", "'") if "`" in text else text)
            continue
        text = _drop_fillers(unicodedata.normalize("NFKC", _unhtml(text)).lower())
        if _HAS_CJK.search(text):
            chinese.append(len(out))
        out.append(text)
    if chinese:
        batch = [out[i] for i in chinese]
        converted = None
        if SEPARATOR not in "".join(batch):
            converted = _split_joined(_t2s().convert(SEPARATOR.join(batch)), len(batch))
        if converted is None:  # OpenCC did not keep the separators: text by text
            converted = [_t2s().convert(text) for text in batch]
        for i, text in zip(chinese, converted, strict=True):
            out[i] = text
    fold = _FOLD_CHARS
    if fold.search(SEPARATOR.join(out)):  # (often none in the whole chunk)
        for i, text in enumerate(out):
            if fold.search(text):  # ASCII texts hold none any more (their backticks went)
                out[i] = text.translate(_FOLDS)
    return out


_FOLD_CHARS = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_FOLDS)) + "]")


def _unhtml(text: str) -> str:
    """The HTML steps of :func:`prepare_text`."""
    if "&" in text:
        text = html.unescape(text)
    if "<" in text:
        text = _timestamp_anchors_read(text)
        text = _HTML_BREAK.sub(" ", text)
    return text


def normalise_many(prepared: Sequence[str], words: Sequence[str | None] | None = None) -> list[str]:
    """``[_normalise_prepared(p) for p in prepared]`` (normal forms of prepared texts), text by
    text (joining the chunk mixes ASCII and wide strings and loses CPython's fast paths).
    ``words``: each text's letters and digits when already known (see
    :func:`fraud.lures.detect_lure_chunk`), else None."""
    if words is None:
        return [_normalise_prepared(p) for p in prepared]
    # "" or None falls back: the normal form then keeps punctuation and emoji. The known
    # letters and digits (no newline, no separator; none empty) have their runs collapsed in
    # one pass: a run of one character cannot cross the separator between two of them
    known = [k for k, letters in enumerate(words) if letters]
    out = [_normalise_prepared(text) if not words[k] else "" for k, text in enumerate(prepared)]
    if known:
        joined = SEPARATOR.join([words[k] for k in known])  # type: ignore[misc]
        collapsed = _collapse_runs(joined).split(SEPARATOR)
        if joined.count(SEPARATOR) != len(known) - 1 or len(collapsed) != len(known):
            collapsed = [_REPEAT_2.sub(_one, words[k]) for k in known]  # type: ignore[arg-type]
        for k, form in zip(known, collapsed, strict=True):
            out[k] = form
    return out


def _collapse_runs(text: str) -> str:
    """``_REPEAT_2.sub(_one, text)`` for a text without a newline (which ``.`` does not
    match): every run of one character cut to that character, in numpy."""
    try:
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:
        return _REPEAT_2.sub(_one, text)
    if "\n" in text or len(codes) < 2:
        return _REPEAT_2.sub(_one, text)
    keep = np.empty(len(codes), dtype=bool)
    keep[0] = True
    np.not_equal(codes[1:], codes[:-1], out=keep[1:])
    return codes[keep].tobytes().decode("utf-32-le")


def _latin_token_fast_uncached(token: str) -> tuple[tuple[str, str, str], int, int, bool]:
    """:func:`_latin_token_uncached`, but the third item is the most words of a phrase that
    one of the token's spellings starts (0: it starts none), and a fourth tells whether one
    of them is a later word of some phrase."""
    lex = load_lexicons()
    forms = (token, _REPEAT_3.sub(_two, token), _REPEAT_2.sub(_one, token))
    generic = lex.generic_words
    if (
        forms[0] in generic
        or forms[1] in generic
        or forms[2] in generic
        or lex.generic_patterns.search_fast(forms[2])
    ):
        kind = 2
    elif any(f in lex.filler_words for f in forms):
        kind = 1
    else:
        kind = 0
    spans, inner = _phrase_spans(), _phrase_inner_words()
    span = max(spans.get(forms[0], 0), spans.get(forms[1], 0), spans.get(forms[2], 0))
    return forms, kind, span, forms[0] in inner or forms[1] in inner or forms[2] in inner


@functools.cache
def _phrase_inner_words() -> frozenset[str]:
    """The words of the multi-word praise phrases other than their first."""
    return frozenset(
        word for entry in load_lexicons().generic_words for word in entry.split(" ")[1:]
    )


@functools.cache
def _phrase_spans() -> dict[str, int]:
    """First word of each multi-word praise phrase -> the most words of a phrase it starts."""
    spans: dict[str, int] = {}
    for entry in load_lexicons().generic_words:
        words = entry.split(" ")
        if len(words) > 1:
            spans[words[0]] = max(spans.get(words[0], 0), len(words))
    return spans


_latin_token_fast_cached = functools.lru_cache(maxsize=1 << 14)(_latin_token_fast_uncached)


def _covered_latin_fast(tokens: list[str], lex: Lexicons) -> tuple[bool, bool]:
    """:func:`_covered_latin` with :func:`_latin_token_fast_uncached` (cached), stopping at the first word that
    nothing can cover (neither praise nor filler, starting no phrase, and either no phrase
    that an earlier word starts is long enough to reach it or it is no later word of any
    phrase: then no path of the word-break DP passes it), and once the DP reaches no further
    position."""
    n = len(tokens)
    info = []
    reach_end = 0  # the phrases started so far end before this word, at the most
    any_start = False
    for index, token in enumerate(tokens):
        entry = (
            _latin_token_fast_cached(token)
            if len(token) <= _MAX_CACHED_TOKEN
            else _latin_token_fast_uncached(token)
        )
        if entry[2]:
            reach_end = max(reach_end, index + entry[2])
            any_start = True
        elif entry[1] == 0 and (index >= reach_end or not entry[3]):
            return False, False
        info.append(entry)
    if not any_start:  # no phrase: word by word, every word praise or filler
        praise = False
        for entry in info:
            if entry[1] == 0:
                return False, False
            praise = praise or entry[1] == 2
        return True, praise
    generic, prefixes = lex.generic_words, _phrase_prefixes()
    reach: list[bool | None] = [None] * (n + 1)
    reach[0] = False
    furthest = 0
    for i in range(n):
        if i > furthest:  # nothing reaches i, nor anything after it
            return False, False
        state = reach[i]
        if state is None:
            continue
        _forms, kind, span, _inner = info[i]
        if kind == 2:
            _set_reach(reach, i + 1, True)
            furthest = max(furthest, i + 1)
        elif kind == 1:
            _set_reach(reach, i + 1, state)
            furthest = max(furthest, i + 1)
        if not span:
            continue
        # the windows of each spelling grown word by word, stopped once no phrase starts so
        limit = min(lex.generic_max_words, n - i)
        for k in (0, 1, 2):
            window = info[i][0][k]
            for length in range(2, limit + 1):
                window = window + " " + info[i + length - 1][0][k]
                if window in generic:
                    _set_reach(reach, i + length, True)
                    furthest = max(furthest, i + length)
                if window not in prefixes:
                    break
    final = reach[n]
    return final is not None, bool(final)


@functools.cache
def _phrase_prefixes() -> frozenset[str]:
    """The first two words or more of every multi-word praise phrase (phrases included)."""
    prefixes: set[str] = set()
    for entry in load_lexicons().generic_words:
        words = entry.split(" ")
        prefixes.update(" ".join(words[:length]) for length in range(2, len(words) + 1))
    return frozenset(prefixes)


def _is_generic_fast(tokens: list[str], lex: Lexicons, ascii_text: bool = False) -> bool:
    """:func:`_is_generic` with :func:`_covered_latin_fast` and :func:`_covered_zh_fast`;
    ``ascii_text``: the tokens come from an ASCII text (no Chinese token: one Latin run)."""
    if ascii_text:
        ok, hit = _covered_latin_fast(tokens, lex)
        return ok and hit
    return _generic_runs(tokens, lex, _covered_latin_fast, _covered_zh_fast)


def _covered_zh_fast(run: str, lex: Lexicons) -> tuple[bool, bool]:
    """:func:`_covered_zh`, a piece grown only while it is the start of some entry, and
    stopped at the first position that no piece reaches (nothing after it is reached)."""
    prefixes = _zh_prefixes()
    if run[:1] not in prefixes:  # no entry starts the run (collapsing repeats keeps it)
        return False, False
    if len(run) > 2:
        run = _REPEAT_3.sub(_one, run)
    n = len(run)
    generic, filler = lex.generic_zh, lex.filler_zh
    reach: list[bool | None] = [None] * (n + 1)
    reach[0] = False
    furthest = 0
    for i in range(n):
        if i > furthest:
            return False, False
        state = reach[i]
        if state is None:
            continue
        for j in range(i + 1, min(n, i + lex.zh_max_len) + 1):
            piece = run[i:j]
            if piece not in prefixes:
                break
            if piece in generic:
                _set_reach(reach, j, True)
            elif piece in filler:
                _set_reach(reach, j, state)
            else:
                continue
            furthest = max(furthest, j)
    final = reach[n]
    return final is not None, bool(final)


@functools.cache
def _zh_prefixes() -> frozenset[str]:
    """Every start (of one character or more) of the Chinese praise and filler entries."""
    lex = load_lexicons()
    return frozenset(
        entry[:length]
        for entry in lex.generic_zh | lex.filler_zh
        for length in range(1, len(entry) + 1)
    )


_OPEN = RuleDecision(None, "model")
# the decisions without a parameter, made once (they are frozen)
_ONLY_MENTIONS = RuleDecision(CommentCategory.MENTION_ONLY, "only_mentions")
_NO_WORDS = RuleDecision(CommentCategory.EMOJI_ONLY, "no_words")
_TAG_WORDS = RuleDecision(CommentCategory.MENTION_ONLY, "mention_with_tag_words")
_TAG_REMARK = RuleDecision(CommentCategory.MENTION_ONLY, "mention_with_tag_remark")
_GENERIC_PATTERN = RuleDecision(CommentCategory.GENERIC, "generic_pattern")
_GENERIC_LEXICON = RuleDecision(CommentCategory.GENERIC, "generic_lexicon")
_INTENT = RuleDecision(CommentCategory.SUBSTANTIVE, "question_or_intent")
_SHORT_REMARK = RuleDecision(CommentCategory.MENTION_ONLY, "mention_with_short_remark")
#: :data:`_TOKEN` on ASCII text: no Chinese, and a letter or digit is [a-zA-Z0-9]
_TOKEN_ASCII = re.compile(r"[a-zA-Z0-9]+(?:'[a-zA-Z0-9]+)*")


def apply_rules_many(prepared: Sequence[str]) -> list[RuleDecision]:
    """``[apply_rules(p) for p in prepared]``, a chunk at a time."""
    return _rules_chunk(prepared)[0]


def _rules_chunk(prepared: Sequence[str]) -> tuple[list[RuleDecision], list[str | None]]:
    """:func:`apply_rules_many`, and the letters and digits of the texts the lure steps
    computed them for (see :func:`fraud.lures.detect_lure_chunk`; None for a text whose
    reference links were taken out: its letters are not the text's)."""
    judged = _without_reference_links_many(prepared)
    if judged is prepared:
        return _rules_chunk_judged(prepared)
    out, words = _rules_chunk_judged(judged)
    for i, (before, after) in enumerate(zip(prepared, judged, strict=True)):
        if before != after:
            words[i] = None
            out[i] = _beside_reference_links(out[i], after)
    return out, words


def _rules_chunk_judged(prepared: Sequence[str]) -> tuple[list[RuleDecision], list[str | None]]:
    """:func:`_rules_chunk` of texts that hold no reference link."""
    n = len(prepared)
    lex = load_lexicons()
    out: list[RuleDecision | None] = [None] * n
    lures, words = detect_lure_chunk(prepared)
    rest: list[int] = []
    talked_about: set[int] = set()
    for i, lure in enumerate(lures):
        if lure is not None:
            decided = _lure_spam(prepared[i], lure, lex)
            if decided is not None:
                out[i] = decided
                continue
            talked_about.add(i)
        rest.append(i)
    cues = lex.spam.find_many([prepared[i] for i in rest])
    open_: list[int] = []
    for i, cue in zip(rest, cues, strict=True):
        if cue is not None and not _lure_talked_about(prepared[i], cue, lex):
            out[i] = RuleDecision(CommentCategory.SPAM, "spam_cue", cue)
        elif cue is not None or i in talked_about:
            out[i] = _LURE_CONTEXT
        else:
            open_.append(i)
    stripped = _strip_many([prepared[i] for i in open_])
    if stripped is None:  # a text holds the separator: the reference, text by text
        for i in open_:
            out[i] = apply_rules(prepared[i])
        return out, words  # type: ignore[return-value]
    texts, mentions = stripped
    # a Chinese character that no Chinese praise or filler entry holds leaves its text
    # uncovered: such texts skip the coverage DP (one numpy pass over the chunk)
    foreign = _foreign_chinese(texts)
    generic_candidates: list[int] = []  # positions in open_
    token_lists: list[list[str]] = []
    for k, i in enumerate(open_):
        text = texts[k]
        tokens = (_TOKEN_ASCII if text.isascii() else _TOKEN).findall(text)
        if "xd" in text:
            tokens = [t for t in tokens if not _XD.fullmatch(t)]
        token_lists.append(tokens)
        if not tokens:
            if mentions[k]:
                out[i] = _ONLY_MENTIONS
            else:
                out[i] = _NO_WORDS
            continue
        if mentions[k]:
            if lex.tag_words.issuperset(tokens):
                out[i] = _TAG_WORDS
                continue
            if lex.tag_remark.fullmatch(" ".join(tokens)):
                out[i] = _TAG_REMARK
                continue
        generic_candidates.append(k)
    pattern_hits = lex.generic_patterns.search_many(
        [" ".join(token_lists[k]) for k in generic_candidates]
    )
    later: list[int] = []
    for k, hit in zip(generic_candidates, pattern_hits, strict=True):
        tokens = token_lists[k]
        if hit:
            out[open_[k]] = _GENERIC_PATTERN
        elif (
            len(tokens) <= _MAX_COVERAGE_TOKENS
            and k not in foreign
            and _is_generic_fast(tokens, lex, texts[k].isascii())
        ):
            out[open_[k]] = _GENERIC_LEXICON
        else:
            later.append(k)
    intents = lex.intent.search_many([texts[k] for k in later])
    for k, intent in zip(later, intents, strict=True):
        i = open_[k]
        if intent:
            out[i] = _INTENT
        elif mentions[k] and _is_short_remark_fast(token_lists[k]):
            out[i] = _SHORT_REMARK
        else:
            out[i] = _OPEN
    return out, words  # type: ignore[return-value]


def _foreign_chinese(texts: list[str]) -> set[int]:
    """The texts holding a Chinese character that no Chinese praise or filler entry holds
    (every Chinese character is in a Chinese token, whose coverage then fails, and with it
    :func:`_is_generic`)."""
    if not texts:
        return set()
    joined = SEPARATOR.join(texts)
    if joined.isascii():
        return set()
    classes = _ZH_CLASSES(joined)
    if classes is None:
        return set()
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    return run_owners(classes[1] != 0, 1, np.cumsum(lengths + 1) - 1)


def _foreign_chinese_class(char: str) -> int:
    return 1 if _HAS_CJK.match(char) and char not in _zh_lexicon_chars() else 0


@functools.cache
def _zh_lexicon_chars() -> frozenset[str]:
    lex = load_lexicons()
    return frozenset(char for entry in lex.generic_zh | lex.filler_zh for char in entry)


def _foreign_chinese_table() -> np.ndarray:
    """:func:`_foreign_chinese_class` of every code point of the Basic Multilingual Plane."""
    lexicon = [ord(char) for char in _zh_lexicon_chars() if len(char) == 1]
    return (bmp_ranges_mask(CJK_RANGES) & ~bmp_members_mask(lexicon)).astype(np.uint8)


_ZH_CLASSES = CharClasses(_foreign_chinese_class, _foreign_chinese_table)


def _strip_many(prepared: Sequence[str]) -> tuple[list[str], list[bool]] | None:
    """What :func:`apply_rules` tokenises (mentions, stickers, kaomoji and emoji replaced by
    spaces) and whether each text had a mention; None if a text holds the separator."""
    n = len(prepared)
    if n == 0:
        return [], []
    joined = _joinable(prepared)
    if joined is None:
        return None
    mentions = [False] * n
    lex = load_lexicons()
    if "@" in joined:  # a mention cannot take the separator (not \w . -)
        for i, text in enumerate(prepared):
            if "@" in text and _MENTION.search(text):
                mentions[i] = True
        joined = _MENTION.sub(" ", joined)
    if "[" in joined:
        joined = _STICKER.sub(" ", joined)
    texts = _split_joined(joined, n)
    if texts is None:
        return None
    if _KAOMOJI_TRIGGER.search(joined):  # kaomoji such as "qwq" have no trigger: text by text
        # the substitution changes only texts holding a kaomoji: one automaton pass finds them
        for i in sorted(_kaomoji_owners(joined, texts)):
            text = texts[i]
            if _KAOMOJI_TRIGGER.search(text):
                texts[i] = lex.kaomoji.sub(" ", text)
        joined = SEPARATOR.join(texts)
    if not joined.isascii():  # the emoji class holds no ASCII character
        stripped = _strip_emoji(joined, n)
        if stripped is not None:
            return stripped, mentions
        # the exact class is a long list of ranges, tried one by one per character: only the
        # texts holding a character of its few coarse ranges go through it
        emoji, hint = _emoji_pattern(), _emoji_hint()
        for i, text in enumerate(texts):
            if not text.isascii() and hint.search(text):
                texts[i] = emoji.sub(" ", text)
    return texts, mentions


def _kaomoji_owners(joined: str, texts: list[str]) -> set[int]:
    """The texts (joined by the separator, which no kaomoji holds) holding a kaomoji."""
    automaton = _kaomoji_automaton()
    if automaton is None:
        return set(range(len(texts)))
    hits = automaton.find_matches_as_indexes(joined)
    if not hits:
        return set()
    ends = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1) - 1
    return set(np.searchsorted(ends, [start for _number, start, _end in hits]).tolist())


@functools.cache
def _kaomoji_automaton() -> Any:
    literals = [k for k in load_lexicons().kaomoji_literals if k]
    if not literals or any(SEPARATOR in k for k in literals):
        return None  # (every text is then tried)
    return chunk_automaton(literals)


def _strip_emoji(joined: str, n: int) -> list[str] | None:
    """``_emoji_pattern().sub(" ", text)`` of each of the ``n`` texts joined by the separator
    (not an emoji: no run crosses it), in numpy: each run of emoji characters becomes one
    space. None when the chunk does not encode (a lone surrogate)."""
    classes = _EMOJI_CLASSES(joined)
    if classes is None:
        return None
    codes, flags = classes
    emoji = flags != 0
    if not emoji.any():
        return _split_joined(joined, n)
    first = emoji.copy()
    first[1:] &= ~emoji[:-1]
    kept = codes.copy()
    kept[first] = ord(" ")
    return _split_joined(kept[~emoji | first].tobytes().decode("utf-32-le"), n)


@functools.cache
def _emoji_code_points() -> frozenset[int]:
    """The code points of :func:`_emoji_pattern`'s class (shipped in :mod:`fraud.derived`:
    importing the ``emoji`` library and walking its data takes tens of milliseconds)."""
    return derived.load(emoji_analysis())


def emoji_analysis() -> derived.Analysis[frozenset[int]]:
    """:func:`_read_emoji_code_points` as a shipped analysis (of the ``emoji`` version)."""

    def decode(data: Any) -> frozenset[int]:
        if not isinstance(data, list) or not all(type(cp) is int for cp in data):
            raise ValueError("expected a list of code points")
        return frozenset(data)

    return derived.Analysis(
        "emoji_code_points",
        [],
        _read_emoji_code_points,
        sorted,
        decode,
        {"emoji": derived.library_version("emoji")},
    )


def _read_emoji_code_points() -> frozenset[int]:
    import emoji

    code_points = {ord(ch) for key in emoji.EMOJI_DATA for ch in key if ord(ch) > 0x7F}
    code_points.update({0x200D, 0xFE0E, 0xFE0F, 0x20E3, *range(0xE0020, 0xE0080)})
    return frozenset(code_points)


def _emoji_class(char: str) -> int:
    return 1 if ord(char) in _emoji_code_points() else 0


def _emoji_table() -> np.ndarray:
    """:func:`_emoji_class` of every code point of the Basic Multilingual Plane."""
    return bmp_members_mask(_emoji_code_points()).astype(np.uint8)


_EMOJI_CLASSES = CharClasses(_emoji_class, _emoji_table)


@functools.cache
def _emoji_hint() -> re.Pattern[str]:
    """A few ranges holding every character of :func:`_emoji_pattern` (gaps under 256 code
    points closed): a text without one of them has no emoji."""
    import emoji

    code_points = {ord(ch) for key in emoji.EMOJI_DATA for ch in key if ord(ch) > 0x7F}
    code_points.update({0x200D, 0xFE0E, 0xFE0F, 0x20E3, *range(0xE0020, 0xE0080)})
    ordered = sorted(code_points)
    ranges: list[str] = []
    start = prev = ordered[0]
    for cp in ordered[1:]:
        if cp - prev < 256:
            prev = cp
            continue
        ranges.append(_char_range(start, prev))
        start = prev = cp
    ranges.append(_char_range(start, prev))
    return re.compile("[" + "".join(ranges) + "]")


# --------------------------------------------------------------------------------------------
# Model


class CharNgramHasher:
    """Hashed character 1-4-gram counts of a whole batch of texts at once, in numpy.

    Each text is padded with one space each side; the batch is laid out as one array of code
    points with a separator after each text, and the hash of every n-gram (n = 1..4) is computed
    for all positions at once (FNV-style multiply-xor, then a 64-bit finaliser), dropping the
    windows that cross a separator. Stateless and deterministic (the same in every process); no
    Python loop per character or per text.
    """

    def __init__(self, n_features: int, ngram_range: tuple[int, int] = (1, 4)) -> None:
        if n_features & (n_features - 1):
            raise ValueError("n_features must be a power of two")
        self.n_features = n_features
        self.ngram_range = ngram_range

    def counts(
        self, texts: Sequence[str], wide_keys: bool = False
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(rows, cols, counts): the non-zero n-gram counts, sorted by row then column.
        ``wide_keys``: 64-bit sort keys always (the first formulation; tests compare)."""
        # " t1 \x00 t2 \x00 ... tn \x00": each text padded with a space each side, a separator
        # after each
        if not texts:
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty.copy(), np.zeros(0, dtype=np.float32)
        joined = " " + " \x00 ".join(texts) + " \x00"
        codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        # the separators' places come from the texts' lengths, not from the code 0, so a NUL
        # inside a comment is one more character instead of a text boundary
        spans = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        spans += 3
        n_features = self.n_features
        # keys row * n_features + column: in 32 bits when they fit (sorting them is about
        # twice as fast; the same keys, so the same counts). A large batch has each text's
        # keys sorted in a row of its own (see _sorted_keys_by_rows; their keys stay below
        # the all-ones sentinel of the padding); a small one, where the rows' fixed costs
        # per width outweigh their gain, in one radix sort
        narrow = not wide_keys and len(texts) * n_features < 2**32
        key_type: Any = np.uint32 if narrow else np.uint64
        if narrow and self.ngram_range == (1, 4) and len(codes) >= _ROWS_FROM:
            keys = self._sorted_keys_by_rows(codes, spans)
        elif narrow:
            keys = sorted_uint32(self._keys(codes, spans, key_type))
        else:
            keys = self._keys(codes, spans, key_type)
            keys.sort(kind="stable")
        if not len(keys):
            empty = np.zeros(0, dtype=np.int64)
            return empty, empty.copy(), np.zeros(0, dtype=np.float32)
        starts, counts = sorted_runs(keys)
        unique = keys[starts]
        rows = (unique // key_type(n_features)).astype(np.int64)
        cols = (unique & key_type(n_features - 1)).astype(np.int64)
        return rows, cols, counts.astype(np.float32)

    def _keys(self, codes: np.ndarray, spans: np.ndarray, key_type: Any) -> np.ndarray:
        """Every n-gram's key row * n_features + column, unsorted, of the joined texts'
        ``codes`` (each text's span of padding, text and separator in ``spans``)."""
        size = len(codes)
        is_sep = np.zeros(size, dtype=bool)
        is_sep[np.cumsum(spans) - 1] = True
        low, high = self.ngram_range
        n_features = self.n_features
        hashes = np.full(size, _NGRAM_SEED, dtype=np.uint64)
        crossing = np.zeros(size, dtype=bool)
        # one row per n-gram length, so that the mixing and the keys take one numpy call each
        # for all lengths (positions past a length's last window stay invalid)
        orders = max(0, high - low + 1)
        mixed = np.zeros((orders, size), dtype=np.uint64)
        valid = np.zeros((orders, size), dtype=bool)
        for n in range(1, high + 1):
            width = size - n + 1
            hashes = hashes[:width]  # (in place: a view of the same buffer)
            hashes ^= codes[n - 1 :]
            hashes *= _FNV_PRIME
            crossing = crossing[:width]
            crossing |= is_sep[n - 1 :]
            if n < low:
                continue
            np.bitwise_xor(hashes, np.uint64(n), out=mixed[n - low, :width])
            np.logical_not(crossing, out=valid[n - low, :width])
        _mix(mixed, n_features)
        # every place's key (its text's first key plus its column), then the valid ones
        keys = mixed.astype(key_type)
        keys += np.repeat(np.arange(0, len(spans) * n_features, n_features, dtype=key_type), spans)
        return keys[valid]

    def _sorted_keys_by_rows(self, codes: np.ndarray, spans: np.ndarray) -> np.ndarray:
        """The 1-4-gram keys of :meth:`_keys` (32 bits), sorted: each text's keys sorted in
        a row of their own, the texts of one row width (a power of two or three quarters of
        one) as a matrix padded with the all-ones key, which sorts last, then put back in
        the texts' order (a text's keys all lie between the previous text's and the next
        one's). numpy sorts many short rows in vector registers: under 1 ns a key, against
        13 for the radix sort of the whole array it replaces (`counts` of the model's texts
        of 1,000 bench creators: 2.3 -> 1.6 us per comment)."""
        n_features = self.n_features
        sentinel = np.uint32(0xFFFFFFFF)
        lengths = spans - 1  # " text ": the windows of a text end before its separator
        firsts = np.cumsum(spans) - spans
        # a text's windows: `lengths` of one character, one fewer of two, ... (none when short)
        n_keys = sum(np.maximum(lengths - (order - 1), 0) for order in range(1, 5))
        out_starts = np.cumsum(n_keys) - n_keys
        out = np.empty(int(n_keys.sum()), dtype=np.uint32)
        # each text's row width: the least power of two, or three quarters of one, that
        # holds its windows
        powers = 1 << np.ceil(np.log2(np.maximum(lengths, 1))).astype(np.int64)
        widths = np.maximum(np.where(lengths * 4 <= powers * 3, powers // 4 * 3, powers), _MIN_ROW)
        padded = np.concatenate([codes, np.zeros(4, dtype=np.uint64)])
        for width in np.unique(widths).tolist():
            members = np.flatnonzero(widths == width)
            places = firsts[members][:, None] + np.arange(width + 3)
            np.minimum(places, len(padded) - 1, out=places)
            window = padded[places]  # (texts, width + 3): each text's codes and what follows
            mixed = np.empty((len(members), 4, width), dtype=np.uint64)
            hashes = np.full((len(members), width), _NGRAM_SEED, dtype=np.uint64)
            for order in range(1, 5):
                hashes ^= window[:, order - 1 : order - 1 + width]
                hashes *= _FNV_PRIME
                np.bitwise_xor(hashes, np.uint64(order), out=mixed[:, order - 1])
            _mix(mixed, n_features)
            keys = mixed.astype(np.uint32)
            keys += (members.astype(np.uint32) * np.uint32(n_features))[:, None, None]
            # a window starting at or past `lengths - order + 1` crosses the separator
            last = lengths[members][:, None] - np.arange(4)[None, :]  # (texts, order)
            keys[np.arange(width)[None, None, :] >= last[:, :, None]] = sentinel
            keys = keys.reshape(len(members), 4 * width)
            keys.sort(axis=1)
            counts = n_keys[members]
            kept = keys[np.arange(4 * width)[None, :] < counts[:, None]]
            # each row's keys (its first ones: the padding sorted last) to the text's place
            shift = np.repeat(out_starts[members] - (np.cumsum(counts) - counts), counts)
            out[np.arange(len(kept)) + shift] = kept
        return out

    def transform(self, texts: Sequence[str]) -> Any:
        """The count matrix as ``scipy.sparse.csr_matrix`` (for training)."""
        from scipy.sparse import csr_matrix

        rows, cols, counts = self.counts(texts)
        return csr_matrix((counts, (rows, cols)), shape=(len(texts), self.n_features))


def _mix(mixed: np.ndarray, n_features: int) -> None:
    """The 64-bit finaliser of the n-gram hashes, then their column (in place)."""
    mixed ^= mixed >> np.uint64(33)
    mixed *= _MIX
    mixed ^= mixed >> np.uint64(29)
    mixed &= np.uint64(n_features - 1)


#: the narrowest row of :meth:`CharNgramHasher._sorted_keys_by_rows` (windows)
_MIN_ROW = 16
#: the characters (padding and separators included) of a batch whose n-gram keys are sorted
#: by rows: below, the radix sort of the whole batch is quicker (on bench comments, 300
#: texts of the model: 0.68 against 0.85 ms; 1,000: 3.1 against 2.1)
_ROWS_FROM = 24_000
_FNV_PRIME = np.uint64(0x100000001B3)
_NGRAM_SEED = np.uint64(0xCBF29CE484222325)
_MIX = np.uint64(0xFF51AFD7ED558CCD)


def build_vectorizer(n_features: int) -> CharNgramHasher:
    """The stateless n-gram hasher shared by training and inference (char 1-4-grams)."""
    return CharNgramHasher(n_features)


class ByteBoundedCache:
    """A dict of decisions bounded by the bytes of its keys (texts may be 5,000 characters),
    not by its number of entries; when full, the older half (insertion order) is dropped.
    Writers hold a lock (the service may score in several threads); readers need none: a
    read sees the old or the new dict, never a half-made one."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._data: dict[str, Any] = {}
        # each entry's size, in the dict's insertion order: entries are only ever added at
        # the end and dropped from the front, so the two stay aligned (a second dict keyed by
        # text cost one more insertion into a large table per text)
        self._sizes: deque[int] = deque()
        self._bytes = 0

    def get(self, key: str) -> Any:
        return self._data.get(key)

    def get_many(self, keys: Sequence[str]) -> list[Any]:
        """``[self.get(k) for k in keys]``. Reads without the lock, like :meth:`get`: a writer
        may swap the dict meanwhile, and every entry returned is still a valid one."""
        get = self._data.get
        return [get(key) for key in keys]

    def __len__(self) -> int:
        return len(self._data)

    @property
    def n_bytes(self) -> int:
        """Approximate bytes held: key sizes plus a fixed per-entry overhead."""
        return self._bytes

    def put(self, key: str, value: Any, extra_bytes: int = 0) -> None:
        """Remember ``value`` for ``key``; ``extra_bytes`` counts what the value holds."""
        if key in self._data:
            return
        size = sys.getsizeof(key) + _ENTRY_OVERHEAD + extra_bytes
        if size > self.max_bytes:
            return
        with self._lock:
            self._put(key, value, size)

    def put_many(
        self, keys: Sequence[str], values: Sequence[Any], extra_bytes: Sequence[int]
    ) -> None:
        """:meth:`put` of each (key, value, extra bytes), in order, under one lock."""
        overhead, limit, size_of = _ENTRY_OVERHEAD, self.max_bytes, sys.getsizeof
        with self._lock:
            data, append = self._data, self._sizes.append
            total = self._bytes
            for key, value, extra in zip(keys, values, extra_bytes, strict=True):
                if key in data:
                    continue
                size = size_of(key) + overhead + extra
                if size > limit:
                    continue
                if total + size > limit:  # full: _put drops the older half first
                    self._bytes = total
                    self._put(key, value, size)
                    data, append, total = self._data, self._sizes.append, self._bytes
                    continue
                data[key] = value
                append(size)
                total += size
            self._bytes = total

    def _put(self, key: str, value: Any, size: int) -> None:
        if key in self._data:
            return
        if self._bytes + size > self.max_bytes:
            half = len(self._data) // 2
            # the newer half into a new dict (no list of every item first: three times faster)
            self._data = dict(itertools.islice(self._data.items(), half, None))
            self._sizes = deque(itertools.islice(self._sizes, half, None))
            self._bytes = sum(self._sizes)
            while self._bytes + size > self.max_bytes and self._data:
                del self._data[next(iter(self._data))]
                self._bytes -= self._sizes.popleft()
        self._data[key] = value
        self._sizes.append(size)
        self._bytes += size

    def clear(self) -> None:
        with self._lock:
            self._data.clear()
            self._sizes.clear()
            self._bytes = 0


_ENTRY_OVERHEAD = 120  # dict slot, the cached tuple and its references (measured roughly)
#: Distinct texts classified together at most (the model's n-gram arrays of a slice stay small).
_SLICE = 4096
#: ... and their characters at most: on benchmarks/worst_creator.py's shapes (5 MiB bodies) a
#: slice then costs under 0.1 s of CPU, against 1.5 s for their texts in one slice (a stop
#: check comes before each slice); a realistic creator's texts (180 comments) make a few
#: thousand characters, one slice.
_SLICE_CHARS = 50_000
#: Bytes the decision cache of one classifier may hold (keys and overhead). Real comment
#: sections hardly repeat across creators, so a large cache is mostly memory: at 64 MB,
#: `fraud score --jobs 2` on 4,000 creators with distinct comments peaked at 510 MiB of PSS
#: (696 MiB of RSS summed over processes), growing all run, against 388 MiB (573), flat, at
#: 16 MB, and was no faster (`benchmarks/ab_trees.py`; docs/history.md, forty-fourth session);
#: short repeated texts (emoji, "nice", "求链接") take little room.
CACHE_MAX_BYTES = 16 * 2**20


def _slices(texts: list[str]) -> Iterator[list[str]]:
    """Consecutive slices of ``texts`` of at most :data:`_SLICE` texts and :data:`_SLICE_CHARS`
    characters (:func:`fraud.stopping.slices`; ``texts`` itself when it is one slice)."""
    for part in slices(texts, _SLICE, _SLICE_CHARS):
        yield texts if len(part) == len(texts) else texts[part.start : part.stop]


class _UseReference(Exception):
    """Internal: take the per-text reference path."""


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_lone_surrogates(texts: list[str]) -> list[str]:
    """``texts`` with each lone surrogate replaced by U+FFFD. Records cannot hold one (the JSON
    readers and the schema refuse them), but a caller of the Python API can: the n-gram model,
    OpenCC and the chunk automata would fail on it, in the reference path too."""
    if _LONE_SURROGATE.search("".join(texts)) is None:
        return texts
    return [_LONE_SURROGATE.sub("\ufffd", text) for text in texts]


class CommentClassifier:
    """Rules first, then a hashed char-n-gram logistic regression for what rules leave open.

    ``manifest`` is the model directory's manifest (metrics, data hashes, licences).
    """

    def __init__(
        self,
        idf: np.ndarray,
        coef: np.ndarray,
        intercept: np.ndarray,
        manifest: dict[str, Any],
        cache_max_bytes: int = CACHE_MAX_BYTES,
        fast: bool = True,
    ) -> None:
        self.manifest = manifest
        #: the chunk-level rules (apply_rules_many); False runs the per-text reference
        self.fast = fast
        # one row of 8 float32 (32 bytes: one cache line's half) per feature, the class
        # weights then the idf: a text's features are scattered over the table, and one
        # gathered row per feature costs one memory access instead of two or three
        n_classes = coef.shape[0]
        width = -(-(n_classes + 1) // 8) * 8
        self._weights = np.zeros((idf.shape[0], width), dtype=np.float32)
        self._weights[:, :n_classes] = coef.T.astype(np.float32)
        self._weights[:, n_classes] = idf.astype(np.float32)
        self._n_classes = n_classes
        self._intercept = intercept.astype(np.float32)
        self._vectorizer = build_vectorizer(int(idf.shape[0]))
        self._cache = ByteBoundedCache(cache_max_bytes)
        classes = [CommentCategory(c) for c in manifest.get("classes", MODEL_CLASSES)]
        self._classes = classes
        self._open_mask = np.array(
            [c not in (CommentCategory.EMOJI_ONLY, CommentCategory.MENTION_ONLY) for c in classes]
        )
        self._mention_mask = np.array([c != CommentCategory.EMOJI_ONLY for c in classes])

    @classmethod
    def load(cls, directory: Path | None = None) -> CommentClassifier:
        """Load the model directory (default ``models/comments``) after checking its SHA-256s."""
        directory = directory or paths.models_dir() / paths.COMMENTS_MODEL_DIR
        artifact = read_verified(directory)
        manifest = artifact.manifest
        arrays = artifact.npz(MODEL_FILE, ("idf", "coef", "intercept"))
        idf, coef, intercept = arrays["idf"], arrays["coef"], arrays["intercept"]
        # Built here, before worker processes fork. The lexicons' pattern analyses and the
        # lure rules are read from the shipped fraud/lexicons/derived.json (fraud.derived; a
        # couple of hundred ms to build, milliseconds to read). The emoji regex of the per-text
        # reference is built on first use (the chunk path reads a table, _EMOJI_CLASSES).
        load_lexicons()
        load_lure_rules()
        prepare_chunk_tables()  # ~30 ms: the chunk path's lookup tables
        _ZH_CLASSES.prepare()
        _EMOJI_CLASSES.prepare()
        _kaomoji_automaton()
        _reference_link()
        _money_claim()
        _money_talk()
        _money_lure_context()
        _zh_prefixes()
        _phrase_prefixes()
        _phrase_spans()
        _phrase_inner_words()
        return cls(idf, coef, intercept, manifest)

    def classify(self, texts: Sequence[str]) -> list[CommentCategory]:
        """One category per comment, in order. Repeated texts are served from a cache."""
        return [category for category, _ in self.classify_with_lures(texts)]

    def classify_with_lures(self, texts: Sequence[str]) -> list[tuple[CommentCategory, str | None]]:
        """One (category, lure type) per comment, in order; the lure type (a
        :class:`fraud.lures.LureType` value) is set for ``spam`` only: ``unspecified`` when
        the text model, not a named rule, found it. Classify a whole chunk in one call: rules
        run per distinct text, the model once for all texts the rules leave open."""
        return [(entry[0], entry[1]) for entry in self._decide(texts)]

    def classify_and_normalise(
        self, texts: Sequence[str], stop: Callable[[], bool] | None = None
    ) -> tuple[list[tuple[CommentCategory, str | None]], list[str]]:
        """:meth:`classify_with_lures` and :meth:`normalise` of the same texts in one call:
        the normal forms come with the decisions, so they never depend on what the cache
        still holds (a chunk larger than the cache evicts its own first texts).

        ``stop``: a scoring's stop check (:mod:`fraud.stopping`), checked before each slice
        of the texts not in the cache: :class:`~fraud.stopping.ScoringCancelled` as soon as
        it says stop. The decisions do not depend on it."""
        entries = self._decide(texts, stop)
        return [(entry[0], entry[1]) for entry in entries], [entry[2] for entry in entries]

    def _decide(
        self, texts: Sequence[str], stop: Callable[[], bool] | None = None
    ) -> list[tuple[CommentCategory, str | None, str]]:
        """(category, lure type, normal form) of each text, from the cache or computed slice
        by slice (:func:`_slices`: bounded memory and time), ``stop`` checked before each."""
        cache = self._cache
        found: list[tuple[CommentCategory, str | None, str] | None] = cache.get_many(texts)
        missing = [i for i, entry in enumerate(found) if entry is None]
        pending = list(dict.fromkeys([texts[i] for i in missing]))  # distinct, in order
        computed: list[tuple[CommentCategory, str | None, str]] = []  # pending's, in order
        for keys in _slices(pending):
            check_stop(stop)
            raws = _without_lone_surrogates(keys)
            try:
                if not self.fast:
                    raise _UseReference
                prepared = prepare_many(raws)
                rules, words = _rules_chunk(prepared)
                normal_forms = normalise_many(prepared, words)
            except (_UseReference, UnicodeEncodeError):
                # The reference, text by text (defensive for UnicodeEncodeError: lone
                # surrogates, which the chunk automata cannot read, are replaced above).
                prepared = [prepare_text(raw) for raw in raws]
                rules = [apply_rules(p) for p in prepared]
                normal_forms = [_normalise_prepared(p) for p in prepared]
            entries: list[tuple[CommentCategory, str | None, str]] = []
            undecided: list[int] = []
            for k, (rule, normalised) in enumerate(zip(rules, normal_forms, strict=True)):
                if rule.category is None:
                    undecided.append(k)
                entries.append((rule.category, rule.lure_type, normalised))  # type: ignore[arg-type]
            if undecided:
                judged = [_without_reference_links(prepared[k]) for k in undecided]
                predicted = self.predict_model(judged)
                lex = load_lexicons()
                for k, text, category in zip(undecided, judged, predicted, strict=True):
                    if category is CommentCategory.SPAM and _NOT_DM_PRIVATE.search(text):
                        # the model learnt 私 and 私我 from lures and never saw 隐私: it is
                        # judged without such words (隐私我不想说; review s48)
                        text = _NOT_DM_PRIVATE.sub(" ", text)
                        category = self.predict_model([text])[0]
                    if category is CommentCategory.SPAM and _lure_context(text, lex) in (
                        "warning",
                        "request",
                    ):
                        # the model hears lure words; a warning about scams, or a buyer asking
                        # for the link by DM, is not one
                        category = CommentCategory.SUBSTANTIVE
                    if (
                        category is CommentCategory.SPAM
                        and _money_talk().search(text)
                        and not _money_lure_context().search(text)
                    ):
                        # money said with nothing that recruits or points: money talk ("I
                        # make $500 a week at my job", "I wish I could make money like you"),
                        # which the model, trained on investment testimonials, hears as one
                        # (review s48, s51)
                        category = self.predict_model([text], without=CommentCategory.SPAM)[0]
                    if category is CommentCategory.SPAM and _NUMBER_CHATTER.search(text):
                        category = self._without_number_chatter(text)
                    lure = str(LureType.UNSPECIFIED) if category is CommentCategory.SPAM else None
                    entries[k] = (category, lure, normal_forms[k])
            cache.put_many(keys, entries, list(map(sys.getsizeof, normal_forms)))
            computed.extend(entries)
        if len(pending) == len(texts):  # every text new and distinct: pending is texts
            return computed
        decided = dict(zip(pending, computed, strict=True))
        for i in missing:
            found[i] = decided[texts[i]]
        return found  # type: ignore[return-value]  # (every text decided)

    def normalise(self, texts: Sequence[str]) -> list[str]:
        """:func:`normalise_comment` of each text, from the cache when :meth:`classify` has
        just seen it and it is still there (:meth:`classify_and_normalise` does not depend
        on that)."""
        found = self._cache.get_many(texts)
        return [
            entry[2] if entry is not None else normalise_comment(text)
            for text, entry in zip(texts, found, strict=True)
        ]

    def clear_cache(self) -> None:
        """Forget cached decisions (this classifier's and the process-wide rule caches)."""
        self._cache.clear()
        _latin_token_cached.cache_clear()
        _latin_token_fast_cached.cache_clear()

    def _without_number_chatter(self, prepared: str) -> CommentCategory:
        """The category of a text the model called spam, judged without its everyday numbers
        (:data:`_NUMBER_CHATTER`): a text of numbers alone (扣1 replies: 1, 111; 520, 1314,
        2025, 2:15) is generic, other text goes back to the model without them. A number
        that could be a handle (five digits or more that are not a date or 5201314, a phone
        number) leaves the spam call as it is. Review s47: the model, trained on spam whose
        numbers are handles and prices, called 111, 520 and 我18岁 spam, which made genuine
        sections `likely_fraudulent`."""
        masked = _NUMBER_CHATTER.sub(" ", prepared)
        if _HANDLE.search(masked) or _ANY_DIGIT.search(masked):
            return CommentCategory.SPAM
        # short runs that add up to a phone number (185 xxxx 6623, 138 0013 8000)
        if sum(map(len, _SHORT_RUN.findall(_DATE_OR_TIME.sub(" ", prepared)))) >= 7:
            return CommentCategory.SPAM
        if not _ANY_WORD.search(masked):
            return CommentCategory.GENERIC
        if _VIDEO_TIMESTAMP.search(prepared):
            # a moment of the video cited (watch from 2:31, the part at 1:57): someone who
            # watched it. The model, whose spam says "watch my video", called `watch from
            # 2:31` spam after its fifty-fourth-session retraining (3 of the YouTube set's
            # 1,005 spam comments hold such a time, each in a long pitch; 8 of its 951 ham)
            return self.predict_model([masked], without=CommentCategory.SPAM)[0]
        return self.predict_model([masked])[0]

    def predict_model(
        self, prepared_texts: Sequence[str], without: CommentCategory | None = None
    ) -> list[CommentCategory]:
        """The model's category for texts the rules left open (already :func:`prepare_text`-ed).

        ``emoji_only`` is never returned (such texts have words); ``mention_only`` only when
        the text has a mention; ``without``: nor that category (its best other one)."""
        scores = self.decision_scores(prepared_texts)
        has_mention = np.array(["@" in t for t in prepared_texts])
        masks = np.where(has_mention[:, None], self._mention_mask, self._open_mask)
        if without is not None:
            masks = masks & np.array([c is not without for c in self._classes])
        scores = np.where(masks, scores, -np.inf)
        return [self._classes[i] for i in scores.argmax(axis=1)]

    def decision_scores(self, prepared_texts: Sequence[str]) -> np.ndarray:
        """Raw logistic-regression scores, one row per text, columns in ``manifest['classes']``."""
        n = len(prepared_texts)
        scores = np.zeros((n, len(self._classes)), dtype=np.float32)
        if n == 0:
            return scores
        rows, cols, counts = self._vectorizer.counts(model_texts(prepared_texts))
        # np.take, not fancy indexing: the same values, several times faster on these random
        # rows of an 8 MB table (fancy indexing goes through numpy's general mapping iterator)
        gathered = np.take(self._weights, cols, axis=0)
        k = self._n_classes
        values = np.log1p(counts) * gathered[:, k]  # sublinear tf x idf
        norms = np.sqrt(np.bincount(rows, weights=values * values, minlength=n))
        norms[norms == 0] = 1.0
        # the contributions in place, over the whole contiguous rows (the same products; the
        # idf and padding columns are dropped after the sums)
        gathered *= values[:, None]
        starts = np.flatnonzero(np.concatenate(([True], rows[1:] != rows[:-1])))
        scores[rows[starts]] = np.add.reduceat(gathered, starts, axis=0)[:, :k]
        return scores / norms[:, None].astype(np.float32) + self._intercept
