"""Follower-level (account) fake classifier: profile features and the trained model.

Tools such as HypeAuditor or Modash sample a creator's followers, judge each one and report
the share that is fake. This module judges one account at a time from its public profile:

* :func:`account_features` turns :class:`~fraud.schema.Account` objects into a numeric frame
  whose columns are :data:`ACCOUNT_FEATURE_NAMES`. Every feature is defined on every
  platform; a field the caller does not know (``None``) gives ``NaN``, never a made-up 0.
* :class:`FollowerModel` loads the trained LightGBM booster plus a Platt calibrator (JSON
  numbers, no pickle) from a model directory, after :func:`fraud.artifacts.read_verified`
  has checked every file's SHA-256, and returns a calibrated ``fake_probability`` per account.
  Calibration is per platform family (Weibo, Instagram, Twitter; pooled for the others), each
  fitted for a 50/50 prior, so a 70% fake share means the same on Weibo as on Instagram.

Training data: labelled accounts from Twitter (cresci-2015), Instagram (InstaFake, Kaggle)
and Weibo (weibo-spammer-cxk); see :mod:`training.datasets`. Weibo's own fields (level,
membership, sunshine credit) are optional features: NaN elsewhere, and blanked at random in
training so the model does not lean on them.

The model is trained by ``python -m training.train_accounts`` and evaluated by
``python -m training.evaluate_accounts`` (see ``reports/accounts.md``).

Speed: features are computed in one pass over plain Python values plus numpy, and the
booster predicts with one thread on a float64 array, so about 200 accounts score in about
a millisecond. For a chunk of follower samples, :func:`account_columns` computes the
username features column-wise over all names' code points (no per-name cache, which real
samples, rarely repeating a name, would not hit); names beyond printable ASCII take the
per-name reference functions, with equal values.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache, partial
from itertools import chain, compress, count, pairwise, repeat
from operator import attrgetter, is_not, not_
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # imported where used: scoring never needs pandas (start-up, memory)
    import pandas as pd

from fraud.artifacts import ArtifactError, read_verified
from fraud.contributions import LeafTable
from fraud.paths import ACCOUNTS_MODEL_DIR, models_dir
from fraud.schema import Account
from fraud.text_patterns import names_matching, sorted_distinct

__all__ = [
    "ACCOUNT_FEATURE_NAMES",
    "CALIBRATOR_FILE",
    "MODEL_FILE",
    "AccountColumns",
    "FollowerModel",
    "account_columns",
    "account_features",
    "chosen_name",
    "has_random_tail",
    "is_default_username",
    "is_platform_id",
    "platform_id_mask",
    "username_features",
]

MODEL_FILE = "model.txt"
CALIBRATOR_FILE = "calibrator.json"

# The following count enters only as following per follower, with a monotone "more is more
# fake" constraint: the raw count's direction differs by dataset (bought Twitter/Instagram
# followers follow thousands, the Weibo comment bots of weibo-spammer-cxk follow nobody), and
# leave-one-dataset-out was better without it on Twitter and Kaggle Instagram (see
# reports/accounts.md).
ACCOUNT_FEATURE_NAMES: tuple[str, ...] = (
    "log_followers",
    "log_posts",
    "log_following_per_follower",
    "log_posts_per_follower",
    "has_avatar",
    "is_private",
    "verified",
    "has_url",
    "bio_length",
    "username_length",
    "username_digit_share",
    "username_trailing_digits",
    "username_letter_entropy",
    "username_default_template",
    "username_random_tail",
    "display_name_similarity",
    "account_age_days",
    "log_posts_per_day",
    "days_since_last_post",
    "platform_level",
    "membership_level",
    "credit_rating",
)

# Features computed from the username; the training code blanks some of them for datasets
# that only record a username's length and digit count.
USERNAME_FEATURE_NAMES: tuple[str, ...] = (
    "username_length",
    "username_digit_share",
    "username_trailing_digits",
    "username_letter_entropy",
    "username_default_template",
    "username_random_tail",
)
# Fields only Weibo exposes (its own scales); NaN on every other platform.
PLATFORM_FIELD_NAMES: tuple[str, ...] = ("platform_level", "membership_level", "credit_rating")

# Platform default names that an account keeps when its owner never picked one: Weibo and
# Douyin ``用户7364920183``, ``手机用户…``, Bilibili ``bili_…``, generic ``user8273645``, RedNote
# ``小红薯63A4B2C1`` (hex suffix). Matched on the whole casefolded name.
_DEFAULT_NAME_PATTERNS = (
    re.compile(
        r"(?:用户|手机用户|微博用户|新浪用户|抖音用户|快手用户|头条用户|网友|游客|"
        r"bili_?|user_?|usr_?|u_)[_\-]?\d{5,}"
    ),
    re.compile(r"小红薯[0-9a-f]{6,}"),
)
# Ids that a platform or an export assigns, which no owner picked: numeric user ids (Weibo,
# Bilibili, Douyin, RedNote's 小红书号, Kuaishou), the hashes exports put in their place
# (MediaCrawler's newer schema: sha256 cut to 16 hex characters, as
# fraud.importers.mediacrawler.anonymize_user_id), Douyin's sec_uid and YouTube's channel ids
# (yt-dlp's ``author_id``, which our importer keeps). Read as names they are all digits or
# digit-heavy random strings, which the follower model (trained on chosen handles and
# nicknames) and the digit-heavy shares take for bot names. A bot name of hex letters and then
# digits (``abcdef1234567890``) stays a name.
_PLATFORM_ID = re.compile(
    r"\d{5,}"
    r"|(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])(?![a-f]+\d+$)[0-9a-f]{16,}"
    r"|MS4wLjAB[\w\-]{20,}"
    r"|UC(?=[\w\-]*\d)(?=[\w\-]*[a-z])(?=[\w\-]*[A-Z])[\w\-]{22}"
)
# The trailing run of digits. The lookbehind starts the match only where a run starts: a
# plain ``\d+$`` is tried at every digit of a run that does not end the name, each try going
# to the run's end and back (quadratic: 0.3 ms for a 200-character name of digits and a word,
# 1.6 s of CPU for a sample of 5,000 of them).
_TRAILING_DIGITS = re.compile(r"(?<!\d)\d+$")
_ASCII_TAIL = re.compile(r"[A-Za-z0-9]{3,8}$")
_NAN = math.nan
_N_LOG2_N = tuple(n * math.log2(n) if n else 0.0 for n in range(201))


def _n_log2_n(n: int) -> float:
    return _N_LOG2_N[n] if n <= 200 else n * math.log2(n)


def is_default_username(username: str) -> bool:
    """Whether ``username`` is a platform's default template (``用户`` + digits and the like).

    Parameters
    ----------
    username : str
        The username or nickname, any script.

    Returns
    -------
    bool
        True for names such as ``用户7364920183``, ``手机用户5520``…, ``user8273645``,
        ``bili_19283746`` or ``小红薯63A4B2C1``.
    """
    name = username.strip().casefold()
    return any(pattern.fullmatch(name) for pattern in _DEFAULT_NAME_PATTERNS)


def is_platform_id(name: str) -> bool:
    """Whether ``name`` is an id the platform or an export assigned, not a name anyone chose:
    five or more digits and nothing else (``7396953754``); a hex hash of sixteen characters or
    more holding letters and digits (``fe5f1130672f42fa``; not letters and then digits, as bot
    names are: ``abcdef1234567890``); a Douyin ``sec_uid`` (``MS4wLjABAAAA…``); or a YouTube
    channel id (``UC`` and 22 characters mixing digits, lower and upper case)."""
    return _PLATFORM_ID.fullmatch(name) is not None


_PLATFORM_ID_LINES = re.compile(f"^(?:{_PLATFORM_ID.pattern})$", re.MULTILINE)


# The shortest platform id that is not digits alone: a hex hash (a sec_uid takes 28
# characters, a channel id 24).
_SHORTEST_LETTERED_ID = 16


def _maybe_platform_ids(names: Sequence[str | None]) -> list[int]:
    """The places of the names that may be platform ids (:func:`is_platform_id`): of digits
    alone, or of :data:`_SHORTEST_LETTERED_ID` characters or more. Every other name is
    shorter than any id the pattern takes but digits, so it need not be searched (nearly all
    usernames)."""
    return [
        i
        for i, name in enumerate(names)
        if name and (len(name) >= _SHORTEST_LETTERED_ID or name.isdigit())
    ]


def platform_id_mask(names: Sequence[str]) -> np.ndarray:
    """:func:`is_platform_id` of each name (bool array), from one search over the names that
    may be ids (:func:`_maybe_platform_ids`) joined by newlines
    (:func:`fraud.text_patterns.names_matching`)."""
    found = np.zeros(len(names), dtype=bool)
    maybe = _maybe_platform_ids(names)
    if maybe:
        chosen = [names[i] for i in maybe]
        found[maybe] = names_matching(_PLATFORM_ID_LINES, chosen, is_platform_id)
    return found


def chosen_name(username: str | None, display_name: str | None) -> tuple[str | None, str | None]:
    """The name an account's owner chose, and the display name to compare it with.

    Chinese platforms number their accounts and show the nickname, so an export often gives
    the number as the username and the nickname as the display name. A platform id
    (:func:`is_platform_id`) says nothing about its owner: the display name then stands in
    as the name (the nickname, as the Weibo training accounts give it), with nothing left to
    compare it with; without a display name the name is unknown (None).
    """
    if username and is_platform_id(username):
        return display_name, None
    return username, display_name


def has_random_tail(username: str) -> bool:
    """Whether ``username`` is a word followed by a random tail of letters and digits.

    Bulk-registered accounts take a word and append a short random run: ``等待坤哥2tz847``,
    ``坤爱音乐6IL769``, ``vea4venom``-like strings. The tail is the trailing run of 3-8 ASCII
    letters and digits, holding both; it counts as random when it follows a non-ASCII word
    (a CJK nickname plus ``Ozy291``), or, after a Latin word, when letters and digits
    alternate at least three times (``x7k2p9``), because people write ``anna80`` or
    ``dom92style`` but rarely ``k1x9z3``.

    Parameters
    ----------
    username : str
        The username or nickname.

    Returns
    -------
    bool
    """
    name = username.strip()
    match = _ASCII_TAIL.search(name)
    if match is None or match.start() == 0:
        return False
    tail = match.group()
    if not (any(c.isdigit() for c in tail) and any(c.isalpha() for c in tail)):
        return False
    if not name[match.start() - 1].isascii():
        return True
    switches = sum(a.isdigit() != b.isdigit() for a, b in pairwise(tail))
    return switches >= 3


def _letter_entropy(letter_counts: Sequence[int]) -> float:
    """Shannon entropy in bits of letter counts (0.0 without letters).

    ``math.fsum`` is exactly rounded, so the value does not depend on the order of the
    counts (a plain ``sum`` over a set's order varied in the last bit with the hash seed),
    and the columnar pass can compute it once per sorted count profile.
    """
    n_letters = sum(letter_counts)
    if not n_letters:
        return 0.0
    return math.log2(n_letters) - math.fsum(map(_n_log2_n, letter_counts)) / n_letters


@lru_cache(maxsize=65536)
def username_features(username: str) -> tuple[float, float, float, float, float, float]:
    """Length, digit share, trailing digits, letter entropy, default-template and random-tail flags.

    Lengths count Unicode characters (a CJK nickname ``小鱼儿`` has length 3), not bytes.
    Digits are any Unicode decimal digit (full-width ``１２３`` included). The letter entropy
    is the Shannon entropy in bits of the distribution of letters (any script, casefolded).

    Parameters
    ----------
    username : str
        The username or nickname.

    Returns
    -------
    tuple of float
        ``(n_characters, digit_share, n_trailing_digits, letter_entropy_bits, is_default,
        has_random_tail)`` in the order of :data:`USERNAME_FEATURE_NAMES`.
    """
    name = username.strip()
    n_characters = len(name)
    if n_characters == 0:
        return (0.0, _NAN, 0.0, _NAN, 0.0, 0.0)
    n_digits = sum(map(str.isdecimal, name))
    n_trailing = 0.0
    if n_digits:
        trailing = _TRAILING_DIGITS.search(name)
        n_trailing = float(len(trailing.group())) if trailing else 0.0
    folded = name.casefold()
    entropy = _letter_entropy(tuple(folded.count(ch) for ch in set(folded) if ch.isalpha()))
    default = 0.0
    if n_digits >= 5 or name.startswith("小红薯"):
        default = 1.0 if is_default_username(name) else 0.0
    tail = 1.0 if n_digits and has_random_tail(name) else 0.0
    return (float(n_characters), n_digits / n_characters, n_trailing, entropy, default, tail)


def _normalise_name(text: str) -> str:
    return "".join(filter(str.isalnum, text.casefold()))


@lru_cache(maxsize=65536)
def _name_similarity(display_name: str, username: str) -> float:
    """Dice similarity of the character sets of the two names (alphanumerics, casefolded).

    1.0 when the normalised names are equal; ``NaN`` when either has no letter or digit.
    A character-set measure (not bigrams) keeps this to about a microsecond per account.
    """
    a, b = _normalise_name(display_name), _normalise_name(username)
    if not a or not b:
        return _NAN
    if a == b:
        return 1.0
    chars_a, chars_b = set(a), set(b)
    return 2.0 * len(chars_a & chars_b) / (len(chars_a) + len(chars_b))


def _today_utc() -> date:
    return datetime.now(UTC).date()


def account_features(accounts: Sequence[Account], as_of: date | None = None) -> pd.DataFrame:
    """Numeric profile features of each account, one row per account.

    Parameters
    ----------
    accounts : sequence of Account
        The accounts to describe (e.g. a creator's sampled followers).
    as_of : date, optional
        Reference date for ``account_age_days`` and ``days_since_last_post``; default today
        (UTC). Negative ages (a date after ``as_of``) are clipped to 0.

    Returns
    -------
    pandas.DataFrame
        Columns exactly :data:`ACCOUNT_FEATURE_NAMES`, float64, ``NaN`` where the account
        does not say (``None`` fields). Counts are ``log1p``-scaled and the ratios are
        differences of those logs.
    """
    import pandas as pd

    return pd.DataFrame(_feature_matrix(accounts, as_of), columns=list(ACCOUNT_FEATURE_NAMES))


def _feature_matrix(accounts: Sequence[Account], as_of: date | None = None) -> np.ndarray:
    """The feature array behind :func:`account_features` (rows x ACCOUNT_FEATURE_NAMES)."""
    reference = as_of if as_of is not None else _today_utc()
    nan = _NAN
    no_username = (nan, nan, nan, nan, nan, nan, nan)
    rows: list[tuple[float, ...]] = []
    append = rows.append
    # One pass of plain Python floats, one numpy conversion: numpy item assignment per
    # field would cost more than the features themselves.
    for account in accounts:
        username, display_name = chosen_name(account.username, account.display_name)
        if username is None:
            name_part: tuple[float, ...] = no_username
        else:
            similarity = nan if display_name is None else _name_similarity(display_name, username)
            name_part = (*username_features(username), similarity)
        bio = account.bio
        has_avatar, is_private = account.has_avatar, account.is_private
        verified, has_url = account.verified, account.has_url
        created_at, last_post_at = account.created_at, account.last_post_at
        append(
            (
                account.followers,
                account.following,
                account.posts,
                nan if has_avatar is None else float(has_avatar),
                nan if is_private is None else float(is_private),
                nan if verified is None else float(verified),
                nan if has_url is None else float(has_url),
                nan if bio is None else float(len(bio.strip())),
                *name_part,
                nan if created_at is None else float(max((reference - created_at).days, 0)),
                nan if last_post_at is None else float(max((reference - last_post_at).days, 0)),
                nan if (level := account.platform_level) is None else float(level),
                nan if (member := account.membership_level) is None else float(member),
                nan if (credit := account.credit_rating) is None else float(credit),
            )
        )
    raw = np.array(rows, dtype=np.float64).reshape(len(rows), 20)
    features = np.empty((len(rows), len(ACCOUNT_FEATURE_NAMES)), dtype=np.float64)
    logs = np.log1p(raw[:, 0:3])
    features[:, 0] = logs[:, 0]  # followers
    features[:, 1] = logs[:, 2]  # posts
    features[:, 2] = logs[:, 1] - logs[:, 0]  # following per follower
    features[:, 3] = logs[:, 2] - logs[:, 0]  # posts per follower
    features[:, 4:16] = raw[:, 3:15]  # avatar ... display-name similarity
    features[:, 16] = raw[:, 15]  # account age
    features[:, 17] = np.log1p(raw[:, 2] / np.maximum(raw[:, 15], 1.0))
    features[:, 18:22] = raw[:, 16:20]  # days since last post, Weibo's own fields
    return features


# The fields read as numbers (None: NaN), in the order of the columns they fill.
_NUMBERS = attrgetter(
    "followers",
    "following",
    "posts",
    "has_avatar",
    "is_private",
    "verified",
    "has_url",
    "platform_level",
    "membership_level",
    "credit_rating",
)
_USERNAMES = attrgetter("username")
_DISPLAY_NAMES = attrgetter("display_name")
_DATES = attrgetter("created_at", "last_post_at")
_BIOS = attrgetter("bio")
_NO_USERNAME = (_NAN,) * 7
_NO_DATE = -(10**9)  # an ordinal no date has: the date is not known
_ORDINAL = date.toordinal  # unbound: about 2.5x faster per date than a methodcaller
_IS_GIVEN = partial(is_not, None)  # x is not None


@lru_cache(maxsize=65536)
def _name_part(username: str | None, display_name: str | None) -> tuple[float, ...]:
    """The username features and the display-name similarity (NaN when not known)."""
    if username is None:
        return _NO_USERNAME
    similarity = _NAN if display_name is None else _name_similarity(display_name, username)
    return (*username_features(username), similarity)


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=65536)
def _digit_heavy(username: str | None) -> bool:
    """A username with four or more digits (False without one)."""
    return bool(username) and len(_DIGIT.findall(username)) >= 4  # type: ignore[arg-type]


_LETTERS = 26
_ALNUM = 36  # 0-9 then a-z: the display-name similarity's character sets
# CJK Unified Ideographs (U+4E00-U+9FFF): letters (str.isalpha) that are no decimal digit,
# no space, and casefold to themselves (a test holds it), so a username of them and printable
# ASCII (用户7364920183, 等待坤哥2tz847) takes the columnar pass: each ideograph a letter of
# its own in the letter entropy and the display-name similarity.
_IDEOGRAPHS = (0x4E00, 0x9FFF)
_CODE_SPAN = 0x110000  # code points below it: (text, code point) pairs as one int64
_MAX_IDEOGRAPHS = 32  # ideographs in a username the columnar pass takes (usernames are short)
_XHS_PREFIX = "小红薯"  # is_default_username's other template, without five digits


def _codes(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Code points of ``texts`` joined, each text's start, each code's text, and each text's
    length: uint8 codes when every text is ASCII (cheaper to compute on), else uint32."""
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    joined = "".join(texts)
    if joined.isascii():
        codes = np.frombuffer(joined.encode("ascii"), dtype=np.uint8)
    else:  # one UTF-32 unit per code point, as len() counts (lone surrogates pass through)
        codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    starts = np.zeros(len(texts), dtype=np.int64)
    np.cumsum(lengths[:-1], out=starts[1:])
    owner = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    return codes, starts, owner, lengths


def _alnum_sets(codes: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """(n, 36) bool: which of 0-9, a-z each text holds (ASCII codes, any case); the reference
    of :func:`_alnum_bits`."""
    digit = (codes >= 48) & (codes <= 57)
    lower = codes | 32  # ASCII letters folded to lower case
    letter = (lower >= 97) & (lower <= 122)
    index = np.where(digit, codes.astype(np.int64) - 48, lower.astype(np.int64) - 87)
    keep = digit | letter
    found = np.bincount(owner[keep] * _ALNUM + index[keep], minlength=n * _ALNUM)
    return found.reshape(n, _ALNUM) > 0


def _alnum_bit_table() -> np.ndarray:
    """For each byte value, the bit of its column in :func:`_alnum_sets` (0-9, then a-z of
    either case), 0 for any other."""
    table = np.zeros(256, dtype=np.int64)
    for column, character in enumerate("0123456789abcdefghijklmnopqrstuvwxyz"):
        table[[ord(character), ord(character.upper())]] = 1 << column
    return table


_ALNUM_BIT = _alnum_bit_table()


def _alnum_bits(codes: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """:func:`_alnum_sets` as one int64 per text, bit ``j`` for column ``j``, from the codes
    of texts joined and each text's start: each code's bit from a table, OR-ed over each
    text (one ``reduceat``), where the table of sets needs a ``bincount`` into 36 columns a
    text and sums over them (:func:`_bit_counts` counts the bits)."""
    bits = np.zeros(len(codes) + 1, dtype=np.int64)  # one more: an empty last text's start
    # every code point above 255 read as 255, no letter or digit (as _alnum_sets reads it)
    bits[:-1] = _ALNUM_BIT.take(codes if codes.dtype == np.uint8 else np.minimum(codes, 255))
    found = np.bitwise_or.reduceat(bits, starts) if len(starts) else bits[:0]
    found[np.diff(starts, append=len(codes)) == 0] = 0  # reduceat gives an empty text the
    # next text's first code
    return found


#: ``np.bitwise_count`` (NumPy 2.0 on; the declared floor is 1.26)
_BITWISE_COUNT = getattr(np, "bitwise_count", None)


def _bit_counts(bits: np.ndarray) -> np.ndarray:
    """How many bits each non-negative int64 has set, as int64: ``np.bitwise_count`` where
    NumPy has it (one call, where the bit arithmetic of :func:`_bit_counts_swar` takes
    eight: some 15 us of a creator scored alone, three times), else that arithmetic."""
    if _BITWISE_COUNT is not None:
        counted: np.ndarray = _BITWISE_COUNT(bits).astype(np.int64)
        return counted
    return _bit_counts_swar(bits)


def _bit_counts_swar(bits: np.ndarray) -> np.ndarray:
    """:func:`_bit_counts` without ``np.bitwise_count``: the bit counts of each bit pair,
    nibble and byte summed in place, then the bytes' summed by one multiplication."""
    x: np.ndarray = bits.astype(np.uint64)
    x -= (x >> 1) & 0x5555555555555555
    x = (x & 0x3333333333333333) + ((x >> 2) & 0x3333333333333333)
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0F
    return ((x * 0x0101010101010101) >> 56).astype(np.int64)


def _name_columns(
    usernames: list[str | None], display_names: list[str | None]
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_name_part` and :func:`_digit_heavy` of every account, computed over arrays.

    Usernames of printable ASCII without spaces and CJK ideographs (nearly all) are done
    column-wise: digits, trailing digits, the random tail and the letter counts from their
    code points, the entropy once per sorted letter-count profile, the default-template regex
    only for names with five or more digits (or the 小红薯 prefix). Any other username
    (other scripts, spaces, empty) and display names holding a character whose casefold
    differs take the reference functions. Values equal the reference (a test holds it).
    """
    n = len(usernames)
    part = np.full((n, 7), _NAN, dtype=np.float64)
    heavy = np.zeros(n, dtype=bool)
    has_name = np.fromiter(map(bool, usernames), dtype=bool, count=n)
    given = np.fromiter(map(is_not, usernames, repeat(None)), dtype=bool, count=n)
    for i in np.flatnonzero(given & ~has_name).tolist():  # "": the reference's empty name
        part[i] = _name_part(usernames[i], display_names[i])
    named = np.flatnonzero(has_name)
    if not len(named):
        return part, heavy
    names: list[str] = list(compress(usernames, has_name))  # type: ignore[arg-type]
    m = len(names)
    wide, starts, owner, lengths = _codes(names)
    ends = starts + lengths
    # uint8 codes, every code point above 255 read as 255: enough for everything but the
    # ideographs, and cheaper to compute on
    codes = wide if wide.dtype == np.uint8 else np.minimum(wide, 255).astype(np.uint8)
    other = (codes < 0x21) | (codes > 0x7E)
    ideograph = None
    if wide.dtype != np.uint8:  # beyond ASCII: CJK ideographs are plain too
        ideograph = (wide >= _IDEOGRAPHS[0]) & (wide <= _IDEOGRAPHS[1])
        # ... in a name of at most _MAX_IDEOGRAPHS of them: each distinct one is a column of
        # the entropy's table for every such name of the chunk (a longer name takes the
        # reference, and the table stays small)
        many = np.bincount(owner[ideograph], minlength=m) > _MAX_IDEOGRAPHS
        other &= ~ideograph | many[owner]
    plain = np.bincount(owner, weights=other, minlength=m) == 0
    digit = (codes >= 48) & (codes <= 57)
    lower = codes | 32
    letter = (lower >= 97) & (lower <= 122)
    position = np.arange(len(codes), dtype=np.int64)
    n_digits = np.bincount(owner, weights=digit, minlength=m)
    last_other = np.maximum.reduceat(np.where(digit, -1, position), starts)
    trailing = ends - 1 - np.maximum(last_other, starts - 1)
    # The random tail: the last 3-8 characters of the trailing alphanumeric run, not the
    # whole name, holding digits and letters that alternate at least three times.
    last_symbol = np.maximum.reduceat(np.where(digit | letter, -1, position), starts)
    run = ends - np.maximum(last_symbol + 1, starts)
    tail_start = ends - np.minimum(run, 8)
    digits_before = np.concatenate(([0], np.cumsum(digit)))
    tail_digits = digits_before[ends] - digits_before[tail_start]
    change = np.zeros(len(codes) + 1, dtype=np.int64)
    np.cumsum(digit[1:] != digit[:-1], out=change[2:])
    switches = change[ends] - change[np.minimum(tail_start + 1, ends)]
    # after a non-ASCII word (an ideograph here) any tail of letters and digits is random
    after_word = codes[np.maximum(tail_start - 1, 0)] > 0x7F
    tail = (
        (n_digits > 0)
        & (run >= 3)
        & (tail_start > starts)
        & (tail_digits > 0)
        & (tail_digits < ends - tail_start)
        & ((switches >= 3) | after_word)
    )
    counts = np.bincount(
        owner[letter] * _LETTERS + (lower[letter].astype(np.int64) - 97),
        minlength=m * _LETTERS,
    ).reshape(m, _LETTERS)
    entropies = _entropies(counts)
    candidates = plain & (n_digits >= 5)
    if ideograph is not None:  # the plain names holding an ideograph (none when the chunk's
        # ideographs are all in names of the reference)
        chosen = np.flatnonzero(plain & (np.bincount(owner[ideograph], minlength=m) > 0))
        if len(chosen):
            entropies[chosen] = _entropies(_with_ideographs(counts, wide, owner, ideograph, chosen))
            candidates[[k for k in chosen.tolist() if names[k].startswith(_XHS_PREFIX)]] = True
    default = _defaults(names, np.flatnonzero(candidates), m)
    rows = part[named]
    rows[:, 0] = lengths
    rows[:, 1] = n_digits / lengths
    rows[:, 2] = trailing
    rows[:, 3] = entropies
    rows[:, 4] = default
    rows[:, 5] = tail
    held = None if ideograph is None else (owner[ideograph], wide[ideograph])
    shown = list(compress(display_names, has_name))
    rows[:, 6] = _similarities(names, shown, codes, starts, owner, plain, held)
    part[named] = rows
    heavy[named] = n_digits >= 4
    for k in np.flatnonzero(~plain).tolist():
        i = int(named[k])
        part[i] = _name_part(names[k], display_names[i])
        heavy[i] = _digit_heavy(names[k])
    return part, heavy


# is_default_username's patterns as one, for the printable-ASCII names (and ideographs) of
# the columnar pass: such names hold no space to strip, and their casefold is their lower.
_DEFAULT_NAME = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in _DEFAULT_NAME_PATTERNS))


def _defaults(names: list[str], candidates: np.ndarray, m: int) -> np.ndarray:
    """1.0 where :func:`is_default_username` holds, among the printable-ASCII ``candidates``:
    each matched on its own (a few dozen names: fewer calls than one search over the names
    joined by newlines, its line starts and their lookup)."""
    default = np.zeros(m, dtype=np.float64)
    if not len(candidates):
        return default
    match = _DEFAULT_NAME.fullmatch
    default[[k for k in candidates.tolist() if match(names[k].lower())]] = 1.0
    return default


def _with_ideographs(
    counts: np.ndarray,
    codes: np.ndarray,
    owner: np.ndarray,
    ideograph: np.ndarray,
    chosen: np.ndarray,
) -> np.ndarray:
    """The letter counts of the ``chosen`` texts with a column more per distinct ideograph:
    their ASCII letters' (``counts``, one row per text) and how often each ideograph comes."""
    found, per = np.unique(
        owner[ideograph] * _CODE_SPAN + codes[ideograph].astype(np.int64), return_counts=True
    )
    text = found // _CODE_SPAN
    rank = np.arange(len(found)) - np.searchsorted(text, text)  # place among its text's
    row = np.full(len(counts), -1, dtype=np.int64)
    row[chosen] = np.arange(len(chosen))
    mine = row[text] >= 0
    table = np.zeros((len(chosen), _LETTERS + int(rank[mine].max()) + 1), dtype=np.int64)
    table[:, :_LETTERS] = counts[chosen]
    table[row[text[mine]], _LETTERS + rank[mine]] = per[mine]
    return table


def _entropies(counts: np.ndarray) -> np.ndarray:
    """:func:`_letter_entropy` of each row of letter counts (any number of columns), once per
    sorted count profile.

    Equal to :func:`_entropies_unique` (a test holds it): the profiles are told apart by a
    dict at C level (``setdefault`` hands each row the number of its profile's first row)
    rather than by ``np.unique``, which sorts the keys first. Each profile's entropy is
    remembered across calls (:func:`_profile_entropy`): a creator scored alone meets some 30
    profiles, nearly all of them met before, where a chunk shares them among its creators.
    """
    profile = -np.sort(-counts, axis=1)  # largest first: the zeros trail
    if profile.size and profile[:, 0].max() > 255:
        return _entropies_unique(counts)
    # One byte per count: each profile is a short bytes key (trailing zeros dropped, so that
    # a profile's key does not depend on the number of columns).
    keys = np.ascontiguousarray(profile.astype(np.uint8)).view(f"S{counts.shape[1]}").reshape(-1)
    first: dict[bytes, int] = {}
    which = np.fromiter(
        map(first.setdefault, keys.tolist(), count()), dtype=np.int64, count=len(keys)
    )
    table = np.empty(len(keys), dtype=np.float64)
    for key, row in first.items():
        table[row] = _profile_entropy(key)
    return table[which]


@lru_cache(maxsize=1 << 14)
def _profile_entropy(key: bytes) -> float:
    """:func:`_letter_entropy` of one sorted count profile, one byte per count (a pure
    function of the key: remembered, for a profile recurs across calls)."""
    return _letter_entropy(list(key))


def _entropies_unique(counts: np.ndarray) -> np.ndarray:
    """:func:`_entropies` by ``np.unique`` (the reference, and the path for counts over 255)."""
    profile = -np.sort(-counts, axis=1)  # largest first: the zeros trail
    if profile.size and profile[:, 0].max() > 255:
        found, which = np.unique(profile, axis=0, return_inverse=True)
        rows = [[c for c in row if c] for row in found.tolist()]
    else:  # one byte per count: each profile is a short bytes key (trailing zeros dropped)
        width = counts.shape[1]
        keys = np.ascontiguousarray(profile.astype(np.uint8)).view(f"S{width}").reshape(-1)
        found, which = np.unique(keys, return_inverse=True)
        rows = [list(key) for key in found.tolist()]
    return np.array([_letter_entropy(row) for row in rows], dtype=np.float64)[which.reshape(-1)]


def _similarities(
    names: list[str],
    display_names: list[str | None],
    codes: np.ndarray,
    starts: np.ndarray,
    owner: np.ndarray,
    plain: np.ndarray,
    ideographs: tuple[np.ndarray, np.ndarray] | None = None,
) -> np.ndarray:
    """:func:`_name_similarity` of each (display name, username); NaN without a display name.

    Rows whose username is not ``plain`` are left for the caller (the reference fills them).
    A display name's normalised characters are its ASCII letters and digits (lower-cased)
    plus its other alphanumeric characters that casefold to themselves (CJK and most
    scripts); a display name holding a character that casefolds to something else takes
    the reference. A plain username's are its ASCII letters and digits (``codes``, the
    usernames' joined, each beginning at its ``starts``) and its ideographs (``ideographs``:
    the name and the code point of each, if any).
    """
    m = len(names)
    similarity = np.full(m, _NAN, dtype=np.float64)
    chosen = np.fromiter(map(is_not, display_names, repeat(None)), dtype=bool, count=m) & plain
    given = np.flatnonzero(chosen)
    if not len(given):
        return similarity
    shown: list[str] = list(compress(display_names, chosen))  # type: ignore[arg-type]
    shown_codes, shown_starts, shown_owner, _ = _codes(shown)
    wide = shown_codes >= 128
    extra = np.zeros(len(given), dtype=np.int64)
    distinct = np.zeros(0, dtype=np.int64)  # (given row, code point) of the shown wide ones
    if wide.any():
        wide_codes, wide_owner = shown_codes[wide], shown_owner[wide]
        found = sorted_distinct(wide_codes)  # np.unique's, without its hash table
        which = np.searchsorted(found, wide_codes)
        kinds = [(chr(c).casefold() == chr(c), chr(c).isalnum()) for c in found.tolist()]
        folds = np.array([kind[0] for kind in kinds], dtype=bool)[which]
        alnum = np.array([kind[1] for kind in kinds], dtype=bool)[which]
        unfolded = np.bincount(wide_owner, weights=~folds, minlength=len(given)) > 0
        for j in np.flatnonzero(unfolded).tolist():
            k = int(given[j])
            similarity[k] = _name_similarity(shown[j], names[k])
        keep = alnum & folds
        distinct = sorted_distinct(
            wide_owner[keep] * _CODE_SPAN + wide_codes[keep].astype(np.int64)
        )
        extra = np.bincount(distinct // _CODE_SPAN, minlength=len(given))
    else:
        unfolded = np.zeros(len(given), dtype=bool)
    user_sets = _alnum_bits(codes, starts)[given]
    shown_sets = _alnum_bits(shown_codes, shown_starts)
    a = _bit_counts(shown_sets) + extra
    b = _bit_counts(user_sets)
    both = _bit_counts(shown_sets & user_sets)
    if ideographs is not None:  # the usernames' ideographs, each in both sets or in one
        row = np.full(m, -1, dtype=np.int64)
        row[given] = np.arange(len(given))
        text, code = ideographs
        mine = row[text] >= 0
        if mine.any():
            held = sorted_distinct(row[text[mine]] * _CODE_SPAN + code[mine].astype(np.int64))
            b = b + np.bincount(held // _CODE_SPAN, minlength=len(given))
            shared = np.intersect1d(held, distinct, assume_unique=True)
            both = both + np.bincount(shared // _CODE_SPAN, minlength=len(given))
    with np.errstate(invalid="ignore", divide="ignore"):
        values = np.where((a == 0) | (b == 0), _NAN, 2.0 * both / (a + b))
    fast = np.flatnonzero(~unfolded)
    similarity[given[fast]] = values[fast]
    return similarity


@dataclass(slots=True)
class AccountColumns:
    """What every account of several follower samples says, as arrays (one row per account).

    Built by :func:`account_columns` in one set of passes over a chunk's sampled followers;
    the follower model's features and the audience family's shares are both read from it.
    """

    lengths: np.ndarray  # accounts per sample
    numbers: np.ndarray  # (n, 10) float64, the _NUMBERS fields; NaN where not given
    dates: np.ndarray  # (n, 2) int64 ordinals of created_at, last_post_at; _NO_DATE if unknown
    references: np.ndarray  # (n,) int64 ordinal of each account's sample's as_of date
    bio_length: np.ndarray  # characters of the stripped bio; NaN without a bio
    bio_empty: np.ndarray  # bool: no bio, or an empty one
    name_part: np.ndarray  # (n, 7) username features and display-name similarity
    has_username: np.ndarray  # bool: a non-empty username
    digit_heavy: np.ndarray  # bool: a username with 4+ digits

    def __len__(self) -> int:
        return len(self.references)


def account_columns(samples: Sequence[tuple[Sequence[Account], date | None]]) -> AccountColumns:
    """The :class:`AccountColumns` of ``(accounts, as_of)`` samples, concatenated in order."""
    accounts = list(chain.from_iterable(sample for sample, _ in samples))
    n = len(accounts)
    lengths = np.array([len(sample) for sample, _ in samples], dtype=np.int64)
    references = np.repeat(
        np.array(
            [(reference or _today_utc()).toordinal() for _, reference in samples], dtype=np.int64
        ),
        lengths,
    )
    # A float64 item set to None is NaN: the fields not given, without an object array.
    numbers = np.fromiter(
        chain.from_iterable(map(_NUMBERS, accounts)), dtype=np.float64, count=n * 10
    ).reshape(n, 10)
    # Dates and bios without a Python-level loop: C-level maps over the known values.
    days = list(chain.from_iterable(map(_DATES, accounts)))
    ordinals = np.full(n * 2, _NO_DATE, dtype=np.int64)
    known = np.fromiter(map(is_not, days, repeat(None)), dtype=bool, count=n * 2)
    ordinals[known] = np.fromiter(
        map(_ORDINAL, filter(_IS_GIVEN, days)), dtype=np.int64, count=int(known.sum())
    )
    dates = ordinals.reshape(n, 2)
    bios = list(map(_BIOS, accounts))
    bio_given = np.fromiter(map(is_not, bios, repeat(None)), dtype=bool, count=n)
    bio_length = np.full(n, _NAN, dtype=np.float64)
    bio_length[bio_given] = np.fromiter(
        map(len, map(str.strip, filter(_IS_GIVEN, bios))),
        dtype=np.int64,
        count=int(bio_given.sum()),
    )
    usernames, display_names = _chosen_names(
        list(map(_USERNAMES, accounts)), list(map(_DISPLAY_NAMES, accounts))
    )
    name_part, digit_heavy = _name_columns(usernames, display_names)
    return AccountColumns(
        lengths=lengths,
        numbers=numbers,
        dates=dates,
        references=references,
        bio_length=bio_length,
        bio_empty=np.fromiter(map(not_, bios), bool, n),
        name_part=name_part,
        has_username=np.fromiter(map(bool, usernames), bool, n),
        digit_heavy=digit_heavy,
    )


def _chosen_names(
    usernames: list[str | None], display_names: list[str | None]
) -> tuple[list[str | None], list[str | None]]:
    """:func:`chosen_name` of every account (the lists as they are when none is an id)."""
    maybe = _maybe_platform_ids(usernames)
    ids = platform_id_mask([usernames[i] for i in maybe])  # type: ignore[misc]
    if not ids.any():
        return usernames, display_names
    usernames, display_names = list(usernames), list(display_names)
    for k in np.flatnonzero(ids).tolist():
        i = maybe[k]
        usernames[i], display_names[i] = display_names[i], None
    return usernames, display_names


def _matrix_of_columns(columns: AccountColumns) -> np.ndarray:
    """The follower model's feature matrix (rows x ACCOUNT_FEATURE_NAMES) of the columns."""
    n = len(columns)
    features = np.empty((n, len(ACCOUNT_FEATURE_NAMES)), dtype=np.float64)
    raw, dates = columns.numbers, columns.dates
    ages = np.maximum(columns.references[:, None] - dates, 0).astype(np.float64)
    ages[dates == _NO_DATE] = _NAN
    logs = np.log1p(raw[:, 0:3])
    features[:, 0] = logs[:, 0]  # followers
    features[:, 1] = logs[:, 2]  # posts
    features[:, 2] = logs[:, 1] - logs[:, 0]  # following per follower
    features[:, 3] = logs[:, 2] - logs[:, 0]  # posts per follower
    features[:, 4:8] = raw[:, 3:7]  # avatar, private, verified, url
    features[:, 8] = columns.bio_length
    features[:, 9:16] = columns.name_part
    features[:, 16] = ages[:, 0]  # account age
    features[:, 17] = np.log1p(raw[:, 2] / np.maximum(ages[:, 0], 1.0))
    features[:, 18] = ages[:, 1]  # days since last post
    features[:, 19:22] = raw[:, 7:10]  # Weibo's own fields
    return features


def _feature_matrix_many(samples: Sequence[tuple[Sequence[Account], date | None]]) -> np.ndarray:
    """:func:`_feature_matrix` of several samples stacked, computed column by column.

    Equal value for value to ``np.vstack([_feature_matrix(a, d) for a, d in samples])`` (a
    test holds the two to it): the Python work per account shrinks to C-level attribute
    reads plus the cached name features; dates, logs and ratios are numpy over the chunk.
    """
    return _matrix_of_columns(account_columns(samples))


class FollowerModel:
    """The trained per-account fake classifier: LightGBM booster plus a Platt calibrator.

    Attributes
    ----------
    manifest : dict
        The model directory's verified ``manifest.json`` (feature names, training data
        hashes and licences, metrics, seed).
    """

    def __init__(self, booster: Any, calibrator: dict[str, Any], manifest: dict[str, Any]):
        self._booster = booster
        # The booster's raw scores from a table of its small trees, the same floats some
        # three times faster (None: a model the table cannot hold; LightGBM predicts)
        self._leaf_table = LeafTable.build(booster)
        self._slope = float(calibrator["a"])
        self._intercept = float(calibrator["b"])
        # Per platform family (calibrated on that family's datasets, 50/50 prior each), so
        # that P(fake) = 0.7 means the same on Weibo as on Instagram.
        self._family_platt = {
            str(name): (float(params["a"]), float(params["b"]))
            for name, params in calibrator.get("families", {}).items()
        }
        self._platform_family = {
            str(k): str(v) for k, v in calibrator.get("platform_family", {}).items()
        }
        #: the platforms the model has a calibration of its own for: those it learned from
        #: labelled accounts of (read once: every scored follower sample's evidence names them)
        self.platforms: tuple[str, ...] = tuple(
            sorted(p for p in self._platform_family if self.calibration_family(p))
        )
        self.manifest = manifest

    @classmethod
    def load(cls, directory: Path | None = None) -> FollowerModel:
        """Load a model directory after checking every file against its manifest.

        Parameters
        ----------
        directory : Path, optional
            Default ``models_dir() / ACCOUNTS_MODEL_DIR``.

        Returns
        -------
        FollowerModel

        Raises
        ------
        fraud.artifacts.ArtifactError
            If the manifest is missing, a file does not match its SHA-256, or the model's
            feature names differ from :data:`ACCOUNT_FEATURE_NAMES`.
        """
        directory = directory if directory is not None else models_dir() / ACCOUNTS_MODEL_DIR
        # Each file is read once; the bytes whose hash was checked are the bytes loaded.
        artifact = read_verified(directory)
        manifest = artifact.manifest
        feature_names = tuple(manifest.get("feature_names", ()))
        if feature_names != ACCOUNT_FEATURE_NAMES:
            raise ArtifactError(
                f"{directory} was trained on features {feature_names}, this code computes "
                f"{ACCOUNT_FEATURE_NAMES}; retrain with python -m training.train_accounts"
            )
        booster = artifact.lightgbm(MODEL_FILE, feature_names)
        calibrator = artifact.json(CALIBRATOR_FILE)
        return cls(booster, calibrator, manifest)

    def raw_scores(self, features: np.ndarray) -> np.ndarray:
        """Uncalibrated booster margins for a feature array (rows x ACCOUNT_FEATURE_NAMES)."""
        if features.shape[0] == 0:
            return np.empty(0, dtype=np.float64)
        if self._leaf_table is not None and features.dtype == np.float64:
            return self._leaf_table.raw_scores(features)
        scores = self._booster.predict(features, raw_score=True, num_threads=1)
        return np.asarray(scores, dtype=np.float64)

    def calibration_family(self, platform: str | None) -> str | None:
        """The calibration family used for ``platform`` (None: the pooled calibrator)."""
        if platform is None:
            return None
        family = self._platform_family.get(str(platform))
        return family if family in self._family_platt else None

    def calibrate(self, raw_scores: np.ndarray, platform: str | None = None) -> np.ndarray:
        """Map booster margins to calibrated P(fake) with the stored Platt parameters.

        ``platform`` picks its family's calibrator when the model has one (``weibo`` uses
        the one fitted on Weibo accounts, ``instagram`` and ``twitter`` theirs), else the
        pooled one.
        """
        family = self.calibration_family(platform)
        slope, intercept = (
            (self._slope, self._intercept) if family is None else self._family_platt[family]
        )
        return 1.0 / (1.0 + np.exp(-(slope * raw_scores + intercept)))

    def predict_proba(
        self, accounts: Sequence[Account], as_of: date | None = None, platform: str | None = None
    ) -> np.ndarray:
        """Calibrated probability that each account is fake.

        Parameters
        ----------
        accounts : sequence of Account
        as_of : date, optional
            Reference date for account age and days since the last post; default today (UTC).
        platform : str, optional
            The platform the accounts are on, for the per-platform calibration; default the
            pooled calibrator. Ranking does not depend on it.

        Returns
        -------
        numpy.ndarray
            ``fake_probability`` per account, float64 in [0, 1], same order as ``accounts``.
        """
        return self.calibrate(self.raw_scores(_feature_matrix(accounts, as_of)), platform)

    def predict_proba_many(
        self,
        samples: Sequence[
            tuple[Sequence[Account], date | None]
            | tuple[Sequence[Account], date | None, str | None]
        ],
    ) -> list[np.ndarray]:
        """:meth:`predict_proba` for several follower samples in one model call (faster).

        Each item is ``(accounts, as_of)`` or ``(accounts, as_of, platform)``; returns one
        array per item, in order.
        """
        if not samples:
            return []
        columns = account_columns([(item[0], item[1]) for item in samples])
        platforms = [item[2] if len(item) > 2 else None for item in samples]
        return self.predict_proba_columns(columns, platforms)

    def predict_proba_columns(
        self, columns: AccountColumns, platforms: Sequence[str | None]
    ) -> list[np.ndarray]:
        """:meth:`predict_proba_many` of samples already in columns (one platform each)."""
        if len(columns.lengths) == 0:
            return []
        raw = np.split(
            self.raw_scores(_matrix_of_columns(columns)), np.cumsum(columns.lengths)[:-1]
        )
        return [
            self.calibrate(scores, platform)
            for scores, platform in zip(raw, platforms, strict=True)
        ]
