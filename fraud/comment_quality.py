"""Per-comment authenticity: is a comment substantive, generic praise, emoji-only, a bare
@-mention, or spam?

Bought and engagement-pod comments are typically generic ("Love this so much, keep it up!",
"太好看了吧爱了爱了"), emoji/sticker-only ("🔥🔥🔥", "[赞][赞][赞]") or bare tags ("@小红 @阿明").
:class:`CommentClassifier` settles what exact rules can settle (lexicons in
``fraud/lexicons/``) and sends only the rest to a small character n-gram model.

Order of the rules (first match wins), on the normalised text:

1. spam cues (links, "check my page", "dm me", investment testimonials naming an @account,
   互粉 / 加微信 ...) -> ``spam``;
2. nothing left after removing @-mentions, emoji (Unicode data of the ``emoji`` library),
   platform sticker codes (``[赞]``, ``[doge]``), kaomoji and punctuation -> ``mention_only``
   if there was a mention, else ``emoji_only``; mentions plus only "look"/"快看" (or a remark of
   at most three words that is neither praise nor a question, or a tag-a-friend remark such as
   "this is literally you" / "这不就是你吗" from ``tag_remarks.txt``) -> ``mention_only``;
3. generic-praise templates, or every word covered by the generic-praise lexicons plus filler
   words (at least one praise entry) -> ``generic``;
4. a question or purchase-intent cue ("?", 吗, 求链接, 多少钱, "link pls", "size") ->
   ``substantive`` however short;
5. otherwise the trained model (hashed char 1-4-grams, TF-IDF, logistic regression).

Nothing is read at import; lexicons are loaded on first use and the model by :meth:`load`.
"""

from __future__ import annotations

import functools
import html
import importlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import numpy as np

from fraud import paths
from fraud.artifacts import read_verified

__all__ = [
    "LOW_EFFORT",
    "MODEL_FILE",
    "CommentCategory",
    "CommentClassifier",
    "RuleDecision",
    "apply_rules",
    "build_vectorizer",
    "load_lexicons",
    "model_text",
    "normalise_comment",
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

# The regex parser of the standard library (Python >= 3.11 names), used only to read the literal
# prefixes of lexicon patterns (see GatedPatterns). Imported by name: it is not public API.
_sre_constants: Any = importlib.import_module("re._constants")
_sre_parser: Any = importlib.import_module("re._parser")

# --------------------------------------------------------------------------------------------
# Character classes and small regexes (compiled at import: cheap, no I/O).

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAS_CJK = re.compile(f"[{_CJK}]")
_TOKEN = re.compile(f"[{_CJK}]+|[^\\W_{_CJK}]+(?:'[^\\W_{_CJK}]+)*")
_MENTION = re.compile(r"@[\w.\-]+")
_STICKER = re.compile(f"\\[[\\w{_CJK}]{{1,12}}\\]")
_KAOMOJI_TRIGGER = re.compile(r"[:;=^<>()_﹏ω‿ツಥ/\\¯┻-]")
_REPEAT_3 = re.compile(r"(.)\1{2,}")
_REPEAT_2 = re.compile(r"(.)\1+")
_NON_WORD = re.compile(r"[\W_]+")
_SPACES = re.compile(r"\s+")
_TIMESTAMP_ANCHOR = re.compile(r'<a href="[^"]*[?&]t=\w+"[^>]*>([^<]*)</a>')
_HTML_BREAK = re.compile(r"<br\s*/?>")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_ACCENTS = str.maketrans("àáâãäåāèéêëēìíîïīòóôõöōùúûüūñçýÿ", "aaaaaaaeeeeeiiiiioooooouuuuuncyy")
_ZERO_WIDTH = (_sre_constants.AT, _sre_constants.ASSERT, _sre_constants.ASSERT_NOT)
_MAX_COVERAGE_TOKENS = 30
# ASCII "xD" / "XDD" emoticons: removed like emoji (they are not laughter words)
_XD = re.compile(r"x+d+")
# Laughter and interjections that may surround a tag-a-friend remark ("@amy lol this is you")
_REMARK_EDGE = r"(?:lol|lmao|omg|haha\w*|ahah\w*|jaja\w*|jeje\w*|哈+|look|mira|guarda|bro|girl|fr)"
_MAX_CACHE = 200_000


@functools.cache
def _t2s() -> Any:
    """The traditional -> simplified Chinese converter (OpenCC ``t2s``), built on first use."""
    import opencc

    return opencc.OpenCC("t2s")


@functools.cache
def _emoji_pattern() -> re.Pattern[str]:
    """A character class of every non-ASCII code point used by an emoji in ``emoji.EMOJI_DATA``
    (plus ZWJ, variation selectors, keycap and tag characters)."""
    import emoji

    code_points = {ord(ch) for key in emoji.EMOJI_DATA for ch in key if ord(ch) > 0x7F}
    code_points.update({0x200D, 0xFE0E, 0xFE0F, 0x20E3, *range(0xE0020, 0xE0080)})
    ranges: list[str] = []
    ordered = sorted(code_points)
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


class GatedPatterns:
    """A list of regular expressions searched as one, fast.

    Python's ``re`` tries every alternative of a big ``a|b|c`` at every position, so each pattern
    gets a gate: the literal strings one of which must occur in any match (read from the parsed
    pattern). Only patterns whose gate is present in the text, or that have no gate, are run.
    """

    def __init__(self, patterns: Sequence[str]) -> None:
        self._ungated: list[re.Pattern[str]] = []
        self._by_literal: dict[str, list[re.Pattern[str]]] = {}
        for source in patterns:
            compiled = re.compile(source)
            gate = _required_literals(source)
            if gate is None:
                self._ungated.append(compiled)
            else:
                for literal in gate:
                    self._by_literal.setdefault(literal, []).append(compiled)
        self._literals = tuple(self._by_literal)

    def search(self, text: str) -> bool:
        """Whether any pattern matches somewhere in ``text``."""
        for pattern in self._ungated:
            if pattern.search(text):
                return True
        for literal in [literal for literal in self._literals if literal in text]:
            for pattern in self._by_literal[literal]:
                if pattern.search(text):
                    return True
        return False


def _required_literals(pattern: str) -> frozenset[str] | None:
    """Literal strings one of which starts every match of ``pattern``, or None if unknown."""
    try:
        parsed = _sre_parser.parse(pattern)
    except re.error:
        return None
    found = _first_literals(list(parsed))
    return frozenset(found) if found else None


def _first_literals(items: list[Any]) -> set[str] | None:
    """A set of literals one of which every match of the sequence ``items`` contains.

    Every top-level item of a sequence must match, so the first item that yields such a set
    (a literal run, a group or alternation of literal-led branches, a class of literal chars)
    gives one. Optional repeats, classes with ranges and assertions yield nothing."""
    position = 0
    while position < len(items):
        op, argument = items[position]
        if op is _sre_constants.LITERAL:
            run: list[str] = []
            while position < len(items) and items[position][0] is _sre_constants.LITERAL:
                run.append(chr(items[position][1]))
                position += 1
            return {"".join(run)}
        found: set[str] | None = None
        if op is _sre_constants.SUBPATTERN:
            found = _first_literals(list(argument[-1]))
        elif op is _sre_constants.BRANCH:
            found = set()
            for branch in argument[1]:
                branch_found = _first_literals(list(branch))
                if not branch_found:
                    found = None
                    break
                found |= branch_found
        elif op is _sre_constants.IN and all(
            kind is _sre_constants.LITERAL for kind, _ in argument
        ):
            found = {chr(value) for _, value in argument}
        elif op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT) and argument[0] >= 1:
            found = _first_literals(list(argument[2]))
        if found:
            return found
        position += 1
    return None


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


@functools.cache
def load_lexicons() -> Lexicons:
    """Read and compile the lexicons (once per process)."""
    latin_generic: set[str] = set()
    for name in ("generic_en.txt", "generic_it.txt", "generic_es.txt"):
        latin_generic.update(" ".join(_fold(e).split()) for e in _read_lexicon(name))
    zh_generic = {_fold(e).replace(" ", "") for e in _read_lexicon("generic_zh.txt")}
    zh_filler = {_fold(e) for e in _read_lexicon("filler_zh.txt")}
    kaomoji = sorted({_fold(e) for e in _read_lexicon("kaomoji.txt")}, key=len, reverse=True)

    def combined(name: str) -> GatedPatterns:
        # patterns are written lower-case and accent-free; lower() would break \W, \S, \D
        return GatedPatterns([unicodedata.normalize("NFKC", e) for e in _read_lexicon(name)])

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
        intent=combined("intent_cues.txt"),
        spam=combined("spam_cues.txt"),
        generic_patterns=combined("generic_patterns.txt"),
    )


# --------------------------------------------------------------------------------------------
# Normalisation


def prepare_text(text: str) -> str:
    """NFKC, HTML entities decoded, lower-case, traditional -> simplified Chinese, accents folded.

    Punctuation, emoji and spacing are kept (the rules need them)."""
    if "&" in text:
        text = html.unescape(text)
    if "<" in text:  # YouTube exports keep HTML: timestamp anchors and line breaks
        text = _TIMESTAMP_ANCHOR.sub(r" \1 ", text)
        text = _HTML_BREAK.sub(" ", text)
    text = unicodedata.normalize("NFKC", text).lower()
    if _HAS_CJK.search(text):
        text = _t2s().convert(text)
    return text.translate(_APOSTROPHES).translate(_ACCENTS)


def normalise_comment(text: str) -> str:
    """Canonical form of a comment for duplicate detection and caching.

    NFKC, lower-case, traditional -> simplified Chinese, accents folded, punctuation, emoji and
    whitespace removed, runs of one character collapsed to one ("好好好好" -> "好",
    "!!!!" -> "", "sooo" -> "so"). Two comments with the same normal form say the same thing.
    Emoji-only comments keep their emoji (collapsed) so that "🔥🔥" and "👍" stay distinct.
    """
    prepared = prepare_text(text).replace("\ufe0f", "")
    words = _NON_WORD.sub("", prepared)
    if not words:
        words = _SPACES.sub("", prepared)
    return _REPEAT_2.sub(r"\1", words)


def model_text(prepared: str) -> str:
    """The text the n-gram model sees: the prepared text with @handles reduced to ``@``."""
    return _SPACES.sub(" ", _MENTION.sub("@", prepared)).strip()


# --------------------------------------------------------------------------------------------
# Rules


@dataclass(frozen=True, slots=True)
class RuleDecision:
    """What the rules concluded: a category, or ``None`` with the reason it is left open."""

    category: CommentCategory | None
    rule: str


@functools.lru_cache(maxsize=1 << 16)
def _latin_token(token: str) -> tuple[tuple[str, str, str], int, bool]:
    """A Latin token's spellings (as is, repeats cut to two, to one), its kind (2 praise,
    1 filler, 0 other) and whether it can start a multi-word praise phrase. Cached: words repeat."""
    lex = load_lexicons()
    forms = (token, _REPEAT_3.sub(r"\1\1", token), _REPEAT_2.sub(r"\1", token))
    if any(f in lex.generic_words for f in forms) or lex.generic_patterns.search(forms[2]):
        kind = 2
    elif any(f in lex.filler_words for f in forms):
        kind = 1
    else:
        kind = 0
    return forms, kind, any(f in lex.phrase_starts for f in forms)


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
    run = _REPEAT_3.sub(r"\1", run)
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


def apply_rules(prepared: str) -> RuleDecision:
    """Classify a :func:`prepare_text`-normalised comment by the exact rules, if they settle it.

    Returns a decision whose ``category`` is ``None`` when the model has to decide.
    """
    lex = load_lexicons()
    if lex.spam.search(prepared):
        return RuleDecision(CommentCategory.SPAM, "spam_cue")
    text = prepared
    mentions = 0
    if "@" in text:
        text, mentions = _MENTION.subn(" ", text)
    if "[" in text:
        text = _STICKER.sub(" ", text)
    if _KAOMOJI_TRIGGER.search(text):
        text = lex.kaomoji.sub(" ", text)
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


def _is_short_remark(tokens: list[str]) -> bool:
    """At most three words (Chinese: six characters) next to a tag: "@amy literally us"."""
    cjk_chars = sum(len(t) for t in tokens if _HAS_CJK.match(t))
    latin_words = sum(1 for t in tokens if not _HAS_CJK.match(t))
    return latin_words + (cjk_chars + 1) // 2 <= 3


def _is_generic(tokens: list[str], lex: Lexicons) -> bool:
    praise = False
    latin: list[str] = []
    for token in tokens:
        if _HAS_CJK.match(token):
            if latin:
                ok, hit = _covered_latin(latin, lex)
                if not ok:
                    return False
                praise = praise or hit
                latin = []
            ok, hit = _covered_zh(token, lex)
            if not ok:
                return False
            praise = praise or hit
        else:
            latin.append(token)
    if latin:
        ok, hit = _covered_latin(latin, lex)
        if not ok:
            return False
        praise = praise or hit
    return praise


# --------------------------------------------------------------------------------------------
# Model


def build_vectorizer(n_features: int) -> Any:
    """The stateless hashing vectoriser shared by training and inference (char_wb 1-4-grams)."""
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        analyzer="char_wb",
        ngram_range=(1, 4),
        n_features=n_features,
        alternate_sign=False,
        norm=None,
        lowercase=False,
        dtype=np.float32,
    )


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
    ) -> None:
        self.manifest = manifest
        self._idf = idf.astype(np.float32)
        self._coef_t = np.ascontiguousarray(coef.T.astype(np.float32))
        self._intercept = intercept.astype(np.float32)
        self._vectorizer = build_vectorizer(int(idf.shape[0]))
        self._cache: dict[str, CommentCategory] = {}
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
        load_lexicons()
        _emoji_pattern()
        return cls(idf, coef, intercept, manifest)

    def classify(self, texts: Sequence[str]) -> list[CommentCategory]:
        """One category per comment, in order. Repeated texts are served from a cache."""
        cache = self._cache
        out: list[CommentCategory | None] = [cache.get(t) for t in texts]
        pending: dict[str, list[int]] = {}
        for i, category in enumerate(out):
            if category is None:
                pending.setdefault(texts[i], []).append(i)
        if not pending:
            return out  # type: ignore[return-value]
        undecided: list[tuple[str, str]] = []
        for raw in pending:
            category, prepared = _rule_category(raw)
            if category is None:
                undecided.append((raw, prepared))
            else:
                self._remember(raw, category)
        if undecided:
            predicted = self.predict_model([p for _, p in undecided])
            for (raw, _), category in zip(undecided, predicted, strict=True):
                self._remember(raw, category)
        for raw, positions in pending.items():
            category = cache[raw]
            for i in positions:
                out[i] = category
        return out  # type: ignore[return-value]

    def clear_cache(self) -> None:
        """Forget cached decisions (this classifier's and the process-wide rule caches)."""
        self._cache.clear()
        _latin_token.cache_clear()
        _rule_category.cache_clear()
        _rule_by_prepared.cache_clear()

    def _remember(self, raw: str, category: CommentCategory) -> None:
        cache = self._cache
        if len(cache) >= _MAX_CACHE:  # drop the oldest half (insertion order)
            for key in list(cache)[: _MAX_CACHE // 2]:
                del cache[key]
        cache[raw] = category

    def predict_model(self, prepared_texts: Sequence[str]) -> list[CommentCategory]:
        """The model's category for texts the rules left open (already :func:`prepare_text`-ed).

        ``emoji_only`` is never returned (such texts have words); ``mention_only`` only when
        the text has a mention."""
        scores = self.decision_scores(prepared_texts)
        has_mention = np.array(["@" in t for t in prepared_texts])
        masks = np.where(has_mention[:, None], self._mention_mask, self._open_mask)
        scores = np.where(masks, scores, -np.inf)
        return [self._classes[i] for i in scores.argmax(axis=1)]

    def decision_scores(self, prepared_texts: Sequence[str]) -> np.ndarray:
        """Raw logistic-regression scores, one row per text, columns in ``manifest['classes']``."""
        matrix = self._vectorizer.transform([model_text(t) for t in prepared_texts])
        matrix = matrix.tocsr()
        matrix.data = np.log1p(matrix.data)  # sublinear tf
        matrix = matrix.multiply(self._idf).tocsr()
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        scores = matrix @ self._coef_t
        scores = np.asarray(scores) / norms[:, None] + self._intercept
        return np.asarray(scores)


@functools.lru_cache(maxsize=_MAX_CACHE)
def _rule_category(raw: str) -> tuple[CommentCategory | None, str]:
    """Rule decision for a raw comment (LRU-cached): the category or None, and the prepared text."""
    prepared = prepare_text(raw)
    return _rule_by_prepared(prepared), prepared


@functools.lru_cache(maxsize=_MAX_CACHE)
def _rule_by_prepared(prepared: str) -> CommentCategory | None:
    return apply_rules(prepared).category
