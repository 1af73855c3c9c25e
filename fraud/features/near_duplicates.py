"""Near-duplicate comments by MinHash with locality-sensitive hashing: no pairwise loops.

Bot campaigns paste one text with small variations ("love this so much, keep it up!" /
"love this so much, keep going!"), and lure campaigns add a random suffix to every copy
("资源看我签名 8841", "资源看我签名 qx"). Each normalised comment is first reduced to its *core*
(digit runs dropped; in texts with Chinese, Latin-letter runs too, which is what random
suffixes are made of), except a measure that a Chinese character follows (at most three
digits and a unit, or a clothing size): the numbers and size letters inside a Chinese question
are what it asks (身高160体重50kg穿s码还是m码, 我165穿什么码), not a suffix; an id before Chinese
text (加v abc123 备注, 8841资源看我签名) is still dropped. Cores shared by different accounts are
copies. Then each core becomes a
set of character 3-grams (which suits Chinese as well as Latin script) and a MinHash signature,
whose agreement estimates the Jaccard similarity of two comments. Signatures are cut into bands:
comments sharing any band are candidates. 4 bands of 4 rows catch pairs above a Jaccard
similarity of about 0.7 (:func:`near_duplicate_mask`); 8 bands of 2 rows catch looser
similarity, about 0.35 and up (:func:`similar_text_mask`: one template with varied fillers).

Signatures for a whole chunk are computed at once in numpy: the 3-gram hashes of every position
of every text (FNV-style multiply-xor over code points), permuted by multiply-shift hashing and
reduced per text with ``np.minimum.reduceat``. The result is the same in every process.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from fraud.features.base import text_slices
from fraud.stopping import check_stop
from fraud.text_patterns import HAS_CJK as _HAS_CJK
from fraud.text_patterns import cjk_mask, sorted_distinct

__all__ = [
    "MIN_CHARS",
    "core_text",
    "core_texts",
    "minhash_signatures",
    "near_and_similar_masks",
    "near_duplicate_mask",
    "similar_text_mask",
]

MIN_CHARS = 8  # shorter cores are matched exactly (after normalisation), not by MinHash
MIN_CORE_CHARS = 4  # a shared core shorter than this ("好看") is not a copy
MIN_SIMILAR_CHARS = 16  # template similarity is judged on longer comments only
_SHINGLE = 3
_N_HASHES = 16
_MULTIPLIERS = (
    np.random.default_rng(20261122).integers(1, 2**63, size=_N_HASHES, dtype=np.uint64) | 1
)
_OFFSETS = np.random.default_rng(20261123).integers(0, 2**63, size=_N_HASHES, dtype=np.uint64)
_FNV_PRIME = np.uint64(0x100000001B3)
_FNV_SEED = np.uint64(0xCBF29CE484222325)
_EMPTY = np.uint32(0xFFFFFFFF)
_BLOCK_CHARS = 32768  # characters signed at once (see minhash_signatures)
_DIGITS = re.compile(r"\d+")
#: In a text with Chinese: a run of digits and Latin letters (possessive: a run is dropped
#: whole or kept whole).
_CHINESE_RUN = re.compile(r"(?:\d|[a-z])++")
#: A run kept when a Chinese character follows it: a measure (at most three digits, maybe a
#: unit: 160, 50kg, 36) or a clothing size (s, xl, 2xl), not an id or a random suffix.
_MEASURE = re.compile(r"\d{1,3}(?:kg|cm|mm|ml|g|m|w|k)?|\d?x{0,3}[sml]")


def core_text(normalised: str) -> str:
    """A normalised comment without its digit runs and, if it has Chinese, without its Latin
    runs; in a text with Chinese, a measure that a Chinese character follows stays
    (``身高160穿s码`` is its own question, ``资源看我签名8841`` a suffixed copy)."""
    if _HAS_CJK.search(normalised):
        return _CHINESE_RUN.sub(_kept_measure, normalised)
    return _DIGITS.sub("", normalised) if any(c.isdigit() for c in normalised) else normalised


def _kept_measure(run: re.Match[str]) -> str:
    """The run itself if it is a measure a Chinese character follows, else nothing."""
    after = run.string[run.end() : run.end() + 1]
    kept = after and _HAS_CJK.match(after) and _MEASURE.fullmatch(run.group())
    return run.group() if kept else ""


# Code point ranges [low, high) without a decimal digit (Unicode Nd): punctuation, symbols,
# CJK, Hangul, full-width forms (but not the full-width digits) and emoji.
_NO_DECIMAL_DIGITS = (
    (0x2000, 0xA000),
    (0xAC00, 0xD7B0),
    (0xF900, 0xFB00),
    (0xFE00, 0xFF10),
    (0xFF1A, 0x10000),
    (0x1F000, 0x1FBF0),
)
_SEPARATOR = "\x00"  # neither a digit nor a Latin letter: no substitution takes it


def core_texts(normalised: Sequence[str]) -> list[str]:
    """``[core_text(t) for t in normalised]``, a chunk at a time: the texts' code points in
    one array, digits (Unicode ``Nd``, as ``\\d``) and, in texts with Chinese, ``a``-``z``
    marked by one mask, the runs of them that a Chinese character follows unmarked, the rest
    dropped, decoded and split again."""
    n = len(normalised)
    joined = _SEPARATOR.join(normalised)
    if n == 0 or joined.count(_SEPARATOR) != n - 1:
        return [core_text(t) for t in normalised]
    codes = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    drop = (codes >= 48) & (codes <= 57)
    if not joined.isascii():
        owner = np.cumsum(codes == 0)  # the text of each code point (separators: the next)
        cjk = cjk_mask(codes)
        # Other decimal digits lie above U+0660 and outside _NO_DECIMAL_DIGITS (a test
        # holds it): look those few code points up one by one.
        maybe_digit = codes >= 0x660
        for low, high in _NO_DECIMAL_DIGITS:
            maybe_digit &= (codes < low) | (codes >= high)
        maybe = np.flatnonzero(maybe_digit)
        if len(maybe):
            found, which = np.unique(codes[maybe], return_inverse=True)
            decimal = np.array([chr(c).isdecimal() for c in found.tolist()], dtype=bool)
            drop[maybe] |= decimal[which.reshape(-1)]
        chinese = np.bincount(owner[cjk], minlength=n) > 0
        if chinese.any():
            drop |= (codes >= 97) & (codes <= 122) & chinese[owner]
            _keep_measures_before_chinese(drop, cjk, codes)
    if not drop.any():
        return list(normalised)
    kept = codes[~drop].tobytes().decode("utf-32-le", "surrogatepass")
    return kept.split(_SEPARATOR)


def _runs_before_chinese(drop: np.ndarray, cjk: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The first code point of each run of marked code points that a Chinese character
    follows, and the code point after it (that Chinese character)."""
    marked = np.flatnonzero(drop)
    if not len(marked):
        return marked, marked
    starts = np.r_[True, np.diff(marked) != 1]
    first = marked[starts]
    after = marked[np.r_[starts[1:], True]] + 1  # the code point after each run
    inside = after < len(cjk)
    runs = np.flatnonzero(inside)[cjk[after[inside]]]
    return first[runs], after[runs]


def _keep_measures_before_chinese(drop: np.ndarray, cjk: np.ndarray, codes: np.ndarray) -> None:
    """Unmark, in place, each run of marked code points that a Chinese character follows and
    that is a measure (:data:`_MEASURE`; a separator, never marked nor Chinese, ends every run
    at its text's end). The runs are judged all at once (:func:`_measure_runs`): a text of
    Latin letters and Chinese characters in turn (``a中a中...``) holds a run every second
    character, which one by one cost 3 us each (3.5 s of CPU for a 5 MiB body)."""
    low, high = _runs_before_chinese(drop, cjk)
    if not len(low):
        return
    measure = _measure_runs(codes, low, high)
    if not measure.any():
        return
    low, high = low[measure], high[measure]
    lengths = high - low
    kept = np.repeat(low - (np.cumsum(lengths) - lengths), lengths) + np.arange(int(lengths.sum()))
    drop[kept] = False


def _keep_measures_before_chinese_reference(
    drop: np.ndarray, cjk: np.ndarray, codes: np.ndarray
) -> None:
    """:func:`_keep_measures_before_chinese` run by run, each decoded and matched by
    :data:`_MEASURE` (the reference)."""
    firsts, afters = _runs_before_chinese(drop, cjk)
    for low, high in zip(firsts.tolist(), afters.tolist(), strict=True):
        text = codes[low:high].tobytes().decode("utf-32-le", "surrogatepass")
        if _MEASURE.fullmatch(text):
            drop[low:high] = False


_MAX_MEASURE = 5  # the longest text _MEASURE takes: 160kg, 2xxxl
_UNIT_1 = np.array([ord(c) for c in "gmwk"], dtype=np.uint32)  # _MEASURE's one-letter units
_UNIT_2 = np.array(  # its two-letter units, each as (first << 21) | second: every code
    # point is below 2**21, so two code points so joined are equal only when both are
    [(ord(a) << 21) | ord(b) for a, b in ("kg", "cm", "mm", "ml")],
    dtype=np.uint64,
)
_SIZE = np.array([ord(c) for c in "sml"], dtype=np.uint32)


def _measure_runs(codes: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """For each run ``codes[low:high]`` of marked code points (decimal digits, and Latin
    letters ``a``-``z``: nothing else is marked), whether :data:`_MEASURE` takes it whole,
    in numpy: ``\\d{1,3}`` then at most one unit, or ``\\d?x{0,3}`` then a size letter.
    Equal to ``_MEASURE.fullmatch`` of each run decoded (a test holds it)."""
    length = high - low
    out = np.zeros(len(low), dtype=bool)
    short = np.flatnonzero(length <= _MAX_MEASURE)
    if not len(short):
        return out
    n = length[short]
    column = np.arange(_MAX_MEASURE)
    within = column < n[:, None]
    place = np.minimum(low[short, None] + column, len(codes) - 1)
    chars = np.where(within, codes[place], 0).astype(np.uint32)
    letter = within & (chars >= 97) & (chars <= 122)
    digit = within & ~letter
    rows = np.arange(len(short))
    last = chars[rows, n - 1]
    before_last = chars[rows, np.maximum(n - 2, 0)]
    # \d{1,3}(?:kg|cm|mm|ml|g|m|w|k)?: the leading digits (one to three), then nothing or a
    # unit (units hold no digit, so the digits matched are all the leading ones)
    leading = np.cumprod(digit, axis=1).sum(axis=1)
    rest = n - leading
    unit = (
        (rest == 0)
        | ((rest == 1) & np.isin(last, _UNIT_1))
        | ((rest == 2) & np.isin((before_last.astype(np.uint64) << 21) | last, _UNIT_2))
    )
    with_unit = (leading >= 1) & (leading <= 3) & unit
    # \d?x{0,3}[sml]: a size letter last; before it an optional digit first, then x's only
    skip = (digit[:, 0] & (n >= 2)).astype(np.int64)
    body = (column >= skip[:, None]) & (column < (n - 1)[:, None])
    between = body.sum(axis=1)
    only_x = ((chars == ord("x")) & body).sum(axis=1) == between
    size = np.isin(last, _SIZE) & only_x & (between <= 3)
    out[short] = with_unit | size
    return out


def core_texts_regex(normalised: Sequence[str]) -> list[str]:
    """:func:`core_texts` by regular expressions over the joined texts (the former way,
    kept as a second reference for tests)."""
    n = len(normalised)
    joined = _SEPARATOR.join(normalised)
    if n == 0 or joined.count(_SEPARATOR) != n - 1:
        return [core_text(t) for t in normalised]
    # \d+ over a text without one is a no-op, as is skipping it when only isdigit() holds
    if not _HAS_CJK.search(joined):
        return _DIGITS.sub("", joined).split(_SEPARATOR)
    cores = list(normalised)
    chinese = [bool(_HAS_CJK.search(text)) for text in normalised]
    for pattern, kind, kept in ((_CHINESE_RUN, True, _kept_measure), (_DIGITS, False, "")):
        places = [i for i, is_chinese in enumerate(chinese) if is_chinese is kind]
        if not places:
            continue
        stripped = pattern.sub(kept, _SEPARATOR.join([cores[i] for i in places])).split(_SEPARATOR)
        for i, core in zip(places, stripped, strict=True):
            cores[i] = core
    return cores


def minhash_signatures(texts: Sequence[str], stop: Callable[[], bool] | None = None) -> np.ndarray:
    """(len(texts), 16) uint32 MinHash signatures of the character 3-gram sets, in one numpy
    pass over the whole chunk. Texts shorter than three characters get an all-max row.
    ``stop``: a scoring's stop check (:mod:`fraud.stopping`), checked before each block."""
    n = len(texts)
    out = np.full((n, _N_HASHES), _EMPTY, dtype=np.uint32)
    if n == 0:
        return out
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    if int(lengths.sum()) > _BLOCK_CHARS:
        # a text's signature does not depend on its neighbours: sign blocks of texts whose
        # temporary arrays stay in the CPU cache (16 hashes x 8 bytes per character)
        cuts = np.searchsorted(
            np.cumsum(lengths), np.arange(_BLOCK_CHARS, lengths.sum(), _BLOCK_CHARS)
        )
        bounds = [0, *sorted(set(np.maximum(cuts, 1).tolist())), n]
        for start, end in itertools.pairwise(bounds):
            if end > start:
                check_stop(stop)
                out[start:end] = _minhash_block(texts[start:end], out[start:end])
        return out
    return _minhash_block(texts, out)


def _minhash_block(texts: Sequence[str], out: np.ndarray) -> np.ndarray:
    n = len(texts)
    joined = "\x00".join(texts) + "\x00"
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    # separators placed by the texts' lengths: a NUL inside a text is not a boundary
    spans = np.fromiter(map(len, texts), dtype=np.int64, count=n) + 1
    is_sep = np.zeros(len(codes), dtype=bool)
    is_sep[np.cumsum(spans) - 1] = True
    segment = np.repeat(np.arange(n, dtype=np.int64), spans)
    width = len(codes) - _SHINGLE + 1
    if width <= 0:
        return out
    hashes = np.full(width, _FNV_SEED, dtype=np.uint64)
    crossing = np.zeros(width, dtype=bool)
    for k in range(_SHINGLE):
        hashes = (hashes ^ codes[k : k + width]) * _FNV_PRIME
        crossing |= is_sep[k : k + width]
    valid = ~crossing
    hashes = hashes[valid]
    owners = segment[:width][valid]
    if len(hashes) == 0:
        return out
    # one row per hash function (contiguous for reduceat), computed in place in one array;
    # the high 32 bits of the least permuted value are the least of the high 32 bits (the
    # shift keeps order), so the shift and the cast wait for the (small) minima
    permuted = np.multiply(_MULTIPLIERS[:, None], hashes[None, :])
    permuted += _OFFSETS[:, None]
    starts = np.flatnonzero(np.concatenate(([True], owners[1:] != owners[:-1])))
    least = np.minimum.reduceat(permuted, starts, axis=1)
    least >>= np.uint64(32)
    out[owners[starts]] = least.astype(np.uint32).T
    return out


def _band_rows(signatures: np.ndarray, bands: int) -> tuple[np.ndarray, np.ndarray]:
    """The rows that share a band with another row, for all bands in one sort, and a group
    number for each (a group: the rows of one band value, two or more, rows ascending).

    The table of bands, band-major (entry band * n + row), is sorted stably by its 64-bit
    words, so that equal words keep their (band, row) order."""
    n = signatures.shape[0]
    words = np.ascontiguousarray(signatures).view(np.uint64)  # (n, bands * per_band)
    per_band = words.shape[1] // bands
    columns = [words[:, w::per_band].T.ravel() for w in range(per_band)]
    order = np.lexsort(columns[::-1])  # stable: equal words stay in (band, row) order
    band_of = order // n
    differs = band_of[1:] != band_of[:-1]
    for column in columns:
        ordered = column[order]
        differs |= ordered[1:] != ordered[:-1]
    group = np.cumsum(np.r_[True, differs]) - 1
    keep = np.bincount(group)[group] > 1
    return order[keep] % n, group[keep]


def _whole_words(signatures: np.ndarray, bands: int) -> bool:
    rows = signatures.shape[1] // bands
    return signatures.shape[0] > 0 and signatures.dtype.itemsize * rows % 8 == 0


def _banded_groups(signatures: np.ndarray, bands: int) -> list[np.ndarray]:
    """Index arrays of the rows that share a band (groups of two or more), all bands in one
    sort (:func:`_band_rows`). The groups are those of :func:`_banded_groups_reference`, rows
    ascending; only their order in the list differs."""
    if not _whole_words(signatures, bands):
        return _banded_groups_reference(signatures, bands)
    rows, group = _band_rows(signatures, bands)
    cuts = np.flatnonzero(group[1:] != group[:-1]) + 1
    return np.split(rows, cuts) if len(rows) else []


def _banded_groups_reference(signatures: np.ndarray, bands: int) -> list[np.ndarray]:
    """Index arrays of the rows that share a band (groups of two or more), band by band (the
    reference of :func:`_banded_groups`)."""
    rows = signatures.shape[1] // bands
    groups: list[np.ndarray] = []
    for band in range(bands):
        part = np.ascontiguousarray(signatures[:, band * rows : (band + 1) * rows])
        if part.dtype.itemsize * rows % 8 == 0:
            # the band as 64-bit words: sorting integers beats sorting raw bytes (the groups
            # of equal bands are the same; only their order in the list differs)
            words = part.view(np.uint64)
            order = np.lexsort(words.T[::-1])
            ordered_words = words[order]
            differs = (ordered_words[1:] != ordered_words[:-1]).any(axis=1)
        else:
            keys = part.view(np.dtype((np.void, part.dtype.itemsize * rows))).ravel()
            order = np.argsort(keys, kind="stable")
            ordered = keys[order]
            differs = ordered[1:] != ordered[:-1]
        boundaries = np.flatnonzero(np.r_[True, differs, True])
        for start, end in itertools.pairwise(boundaries.tolist()):
            if end - start > 1:
                groups.append(order[start:end])
    return groups


def _mark_groups(
    groups: list[np.ndarray],
    members_of: list[list[int]],
    authors: Sequence[str],
    mask: np.ndarray,
    min_authors: int,
) -> None:
    """Mark the texts of every group whose texts come from ``min_authors`` accounts or more
    (the reference of :func:`_mark_banded`)."""
    for group in groups:
        members = [index for distinct in group.tolist() for index in members_of[distinct]]
        if len({authors[i] for i in members}) >= min_authors:
            mask[members] = True


def _mark_banded(
    signatures: np.ndarray,
    bands: int,
    members_of: list[list[int]],
    authors: Sequence[str],
    mask: np.ndarray,
    min_authors: int,
) -> None:
    """``_mark_groups(_banded_groups(signatures, bands), ...)``, the accounts of every group
    counted in numpy: (group, account) pairs made unique, then counted per group."""
    if not _whole_words(signatures, bands):
        groups = _banded_groups_reference(signatures, bands)
        _mark_groups(groups, members_of, authors, mask, min_authors)
        return
    rows, group = _band_rows(signatures, bands)
    if len(rows) == 0:
        return
    numbers: dict[str, int] = {}
    account = np.fromiter(
        (numbers.setdefault(a, len(numbers)) for a in authors), dtype=np.int64, count=len(authors)
    )
    counts = np.fromiter(map(len, members_of), dtype=np.int64, count=len(members_of))
    flat = np.fromiter(itertools.chain.from_iterable(members_of), dtype=np.int64)
    starts = np.cumsum(counts) - counts
    per_row = counts[rows]
    # every comment of every group's rows, with its group's number
    first = np.repeat(starts[rows] - (np.cumsum(per_row) - per_row), per_row)
    comment = flat[first + np.arange(int(per_row.sum()))]
    comment_group = np.repeat(group, per_row)
    pairs = np.unique(comment_group * len(numbers) + account[comment])
    n_accounts = np.bincount(pairs // len(numbers), minlength=int(group[-1]) + 1)
    mask[comment[n_accounts[comment_group] >= min_authors]] = True


def _core_groups(
    texts: Sequence[str], authors: Sequence[str], cores_of: Any
) -> tuple[np.ndarray, list[str], list[list[int]]]:
    """The same-core part of :func:`near_duplicate_mask`: its mask so far, and the cores (of 8
    characters or more, two or more of them) left to MinHash with the comment indices of each."""
    mask = np.zeros(len(texts), dtype=bool)
    positions: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        positions.setdefault(text, []).append(index)
    by_core: dict[str, list[str]] = {}
    distinct = list(positions)
    for text, core in zip(distinct, cores_of(distinct), strict=True):
        if len(core) >= MIN_CORE_CHARS:
            by_core.setdefault(core, []).append(text)
    for variants in by_core.values():
        if len(variants) > 1:
            members = [i for text in variants for i in positions[text]]
            if len({authors[i] for i in members}) > 1:
                mask[members] = True
    cores = [core for core in by_core if len(core) >= MIN_CHARS]
    if len(cores) < 2:
        return mask, [], []
    members_of = [[i for text in by_core[core] for i in positions[text]] for core in cores]
    return mask, cores, members_of


def near_duplicate_mask(
    texts: Sequence[str], authors: Sequence[str], fast: bool = True
) -> np.ndarray:
    """True for each text that is a reworded copy of another author's text.

    ``texts`` are normalised comments. Exact repeats of the whole text are left to exact
    matching: only groups of *different* texts count, either with the same core (a random
    suffix) of at least 4 characters, or with cores of at least 8 characters sharing a MinHash
    band. Each distinct text is handled once, however often it repeats. ``fast``: the cores of
    the whole chunk at once (:func:`core_texts`); else text by text (the reference).
    """
    cores_of = core_texts if fast else (lambda texts: [core_text(t) for t in texts])
    mask, cores, members_of = _core_groups(texts, authors, cores_of)
    if cores:
        _mark_banded(minhash_signatures(cores), 4, members_of, authors, mask, min_authors=2)
    return mask


def _similar_positions(texts: Sequence[str]) -> dict[str, list[int]]:
    """The comment indices of each distinct text of 16 characters or more."""
    positions: dict[str, list[int]] = {}
    for index, text in enumerate(texts):
        if len(text) >= MIN_SIMILAR_CHARS:
            positions.setdefault(text, []).append(index)
    return positions


def similar_text_mask(
    texts: Sequence[str], authors: Sequence[str], min_authors: int = 3
) -> np.ndarray:
    """True for each text of at least 16 characters that shares a loose MinHash band (Jaccard
    about 0.35 and up: one template with varied fillers) with texts of ``min_authors`` or more
    accounts. Exact and near duplicates are included; subtract them to see what lies beyond."""
    mask = np.zeros(len(texts), dtype=bool)
    positions = _similar_positions(texts)
    if len(positions) < 2:
        return mask
    distinct = list(positions)
    members_of = [positions[text] for text in distinct]
    _mark_banded(minhash_signatures(distinct), 8, members_of, authors, mask, min_authors)
    return mask


def near_and_similar_masks(
    texts: Sequence[str], authors: Sequence[str], min_authors: int = 3
) -> tuple[np.ndarray, np.ndarray]:
    """``(near_duplicate_mask(texts, authors), similar_text_mask(texts, authors, min_authors))``
    with one MinHash pass: a core that is also a long text (no digits or stray Latin letters)
    is signed once for both."""
    near, cores, members_of = _core_groups(texts, authors, core_texts)
    similar = np.zeros(len(texts), dtype=bool)
    positions = _similar_positions(texts)
    distinct = list(positions) if len(positions) >= 2 else []
    if not cores and not distinct:
        return near, similar
    keys = list(dict.fromkeys([*cores, *distinct]))
    signatures = minhash_signatures(keys)
    row = {key: index for index, key in enumerate(keys)}
    if cores:
        own = signatures[[row[core] for core in cores]]
        _mark_banded(own, 4, members_of, authors, near, min_authors=2)
    if distinct:
        own = signatures[[row[text] for text in distinct]]
        members = [positions[text] for text in distinct]
        _mark_banded(own, 8, members, authors, similar, min_authors)
    return near, similar


# --------------------------------------------------------------------------- a whole chunk


def first_index_ids(values: Sequence[Any]) -> np.ndarray:
    """For each value, the index of its first occurrence in ``values`` (equal values, equal
    ids), in one C-level pass."""
    table: dict[Any, int] = {}
    return np.fromiter(
        map(table.setdefault, values, itertools.count()), dtype=np.int64, count=len(values)
    )


def _pair_codes(key: np.ndarray, value: np.ndarray) -> tuple[np.ndarray, int] | None:
    """One int64 per (key, value) pair, equal exactly when both are, ordered by key first,
    and the span of the values (``code // span`` orders as the key); None when the pairs do
    not fit in 63 bits (or the arrays are not integers)."""
    if key.dtype.kind not in "iu" or value.dtype.kind not in "iu":
        return None
    low_key, high_key = int(key.min()), int(key.max())
    low_value, high_value = int(value.min()), int(value.max())
    if min(low_key, low_value) < -(2**62) or max(high_key, high_value) >= 2**62:
        return None  # (e.g. uint64 beyond int64): the reference sorts them as they are
    span = high_value - low_value + 1
    if (high_key - low_key + 1) * span >= 2**62:
        return None
    return (key.astype(np.int64) - low_key) * span + (value.astype(np.int64) - low_value), span


def distinct_per_key(key: np.ndarray, value: np.ndarray) -> np.ndarray:
    """For each item, how many distinct ``value`` the items with its ``key`` hold.

    Each (key, value) pair as one integer, sorted once (an unstable sort: equal codes are
    equal pairs, and the counts do not depend on their order);
    :func:`distinct_per_key_reference` sorts the two columns stably."""
    n = len(key)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    found = _pair_codes(np.asarray(key), np.asarray(value))
    if found is None:
        return distinct_per_key_reference(key, value)
    codes, span = found
    order = np.argsort(codes)
    ordered = codes[order]
    return _distinct_counts(order, ordered // span, ordered)


def distinct_per_key_reference(key: np.ndarray, value: np.ndarray) -> np.ndarray:
    """:func:`distinct_per_key` by a stable two-column sort (the reference)."""
    n = len(key)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    order = np.lexsort((value, key))
    return _distinct_counts(order, key[order], value[order])


def _distinct_counts(order: np.ndarray, k: np.ndarray, v: np.ndarray) -> np.ndarray:
    """The distinct-value count of each item's key, from the items sorted by (key, value):
    ``k`` and ``v`` in that order (``v`` may be any array equal where the pairs are), put
    back in the items' order."""
    n = len(order)
    new_key = np.empty(n, dtype=bool)
    new_key[0] = True
    np.not_equal(k[1:], k[:-1], out=new_key[1:])
    new_pair = new_key.copy()
    new_pair[1:] |= v[1:] != v[:-1]
    run = np.cumsum(new_key) - 1
    counts = np.bincount(run, weights=new_pair).astype(np.int64)
    out = np.empty(n, dtype=np.int64)
    out[order] = counts[run]
    return out


def _mark_banded_grouped(
    signatures: np.ndarray,
    row_group: np.ndarray,
    bands: int,
    item_row: np.ndarray,
    item_account: np.ndarray,
    min_authors: int,
    *,
    fast: bool = True,
) -> np.ndarray:
    """:func:`_mark_banded` for the rows of many groups at once, rows of different groups
    never matched: ``signatures`` one row per (group, key), ``row_group`` each row's group,
    ``item_row`` the row of each item (comment), ``item_account`` its account. Returns the
    items' mask: items of a band group (rows of one group sharing one band value, two rows
    or more) whose items come from ``min_authors`` accounts or more.

    ``fast``: the band groups from one integer per table entry (a mix of its words, its
    band and its group) and an unstable sort (:func:`_band_groups_fast`); else (the
    reference) a stable sort of the words. The band groups of two rows or more are the same,
    so is the mask; only the order in which they are found differs."""
    mask = np.zeros(len(item_row), dtype=bool)
    n = signatures.shape[0]
    if n < 2:
        return mask
    per_band = signatures.shape[1] // bands
    if signatures.dtype.itemsize * per_band % 8:
        raise ValueError("bands must be whole 64-bit words")
    if not np.all(row_group[1:] >= row_group[:-1]):
        raise ValueError("rows must be sorted by group")
    words = np.ascontiguousarray(signatures).view(np.uint64)  # (n, bands * per_word)
    per_word = words.shape[1] // bands
    # band-major table: entry band * n + row
    columns = [words[:, w::per_word].T.ravel() for w in range(per_word)]
    found = _band_groups_fast(columns, row_group, bands) if fast else None
    if found is None:
        found = _band_groups_reference(columns, row_group, bands)
    order, band_group = found
    keep = np.bincount(band_group)[band_group] > 1
    rows, group = order[keep] % n, band_group[keep]
    if len(rows) == 0:
        return mask
    # every item of every kept row, with the band group's number (the items of one row in
    # any order: the mask is the same)
    item_order = np.argsort(item_row) if fast else np.argsort(item_row, kind="stable")
    counts = np.bincount(item_row, minlength=n)
    starts = np.cumsum(counts) - counts
    per_row = counts[rows]
    first = np.repeat(starts[rows] - (np.cumsum(per_row) - per_row), per_row)
    item = item_order[first + np.arange(int(per_row.sum()))]
    item_group = np.repeat(group, per_row)
    enough = distinct_per_key(item_group, item_account[item]) >= min_authors
    mask[item[enough]] = True
    return mask


def _band_groups_reference(
    columns: list[np.ndarray], row_group: np.ndarray, bands: int
) -> tuple[np.ndarray, np.ndarray]:
    """The band table's entries in an order where each band group (equal band, group and
    words) is a run, and each entry's run number: a stable sort of the words."""
    n = len(row_group)
    group_col = np.tile(row_group, bands)
    band_col = np.repeat(np.arange(bands, dtype=np.int64), n)
    # Rows come sorted by group, so the table is in (band, group, row) order; a stable sort
    # on the words alone keeps equal words of one (band, group) next to each other.
    order = (
        np.argsort(columns[0], kind="stable") if len(columns) == 1 else np.lexsort(columns[::-1])
    )
    differs = np.zeros(len(order) - 1, dtype=bool)
    for column in (band_col, group_col, *columns):
        ordered = column[order]
        differs |= ordered[1:] != ordered[:-1]
    return order, np.cumsum(np.r_[True, differs]) - 1


def _sorted_runs(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """An order sorting ``values`` (one unstable sort) and, in that order, each value's run
    number among the distinct values."""
    order = np.argsort(values)
    ordered = values[order]
    new = np.empty(len(values), dtype=bool)
    new[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    return order, np.cumsum(new) - 1


def _band_groups_fast(
    columns: list[np.ndarray], row_group: np.ndarray, bands: int
) -> tuple[np.ndarray, np.ndarray] | None:
    """:func:`_band_groups_reference`'s band groups of two entries or more (the entries alone
    in theirs left out), in another order, from one unstable sort of one int64 per entry: a
    mix of its words in the high bits, its band and group in the low ones. Equal words give
    equal codes, so every band group lies in a run of one code; the few entries sharing a
    code with another are then told apart by their words exactly. None when the band and
    the group would take more than 40 bits."""
    n = len(row_group)
    if int(row_group[0]) < 0:
        return None
    n_places = bands * (int(row_group[-1]) + 1)
    width = (n_places - 1).bit_length()
    if width > 40:
        return None
    place = np.repeat(np.arange(bands, dtype=np.int64), n) * (n_places // bands)
    place += np.tile(row_group, bands)
    mixed = columns[0]
    for column in columns[1:]:
        mixed = mixed * _FNV_PRIME + column  # wraps around: any mix will do
    code = (mixed >> np.uint64(width + 1)).astype(np.int64) << np.int64(width)
    code |= place
    order, runs = _sorted_runs(code)
    shared = order[np.bincount(runs)[runs] > 1]
    if not len(shared):
        return shared, shared
    words = [column[shared] for column in columns]
    exact = np.lexsort((*words[::-1], place[shared]))  # equal (place, words): one run
    differs = np.zeros(len(shared) - 1, dtype=bool)
    for column in (place[shared], *words):
        ordered = column[exact]
        differs |= ordered[1:] != ordered[:-1]
    return shared[exact], np.cumsum(np.r_[True, differs]) - 1


def _rows_of(
    group: np.ndarray, key: np.ndarray, chosen: np.ndarray, n_keys: int
) -> tuple[np.ndarray, ...]:
    """The distinct (group, key) pairs of the ``chosen`` items, sorted by group: each pair's
    group and key, and each chosen item's pair number (keys below ``n_keys``)."""
    found, item_row = np.unique(group[chosen] * n_keys + key[chosen], return_inverse=True)
    return found // n_keys, found % n_keys, item_row.reshape(-1)


def grouped_near_and_similar_masks(
    texts: Sequence[str],
    authors: Sequence[str],
    groups: np.ndarray,
    min_authors: int = 3,
    similar: bool = True,
    *,
    text_ids: np.ndarray | None = None,
    account_ids: np.ndarray | None = None,
    stop: Callable[[], bool] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """:func:`near_and_similar_masks` of each group's texts (``groups``: a group number per
    text, e.g. the creator of each comment), computed for all groups at once: one MinHash
    pass over the distinct keys of the chunk, one banding sort, accounts counted in numpy.
    Equal, text for text, to calling it group by group (a test holds it); texts of
    different groups are never matched. ``similar=False`` skips the similar-text mask
    (all False): :func:`near_duplicate_mask` group by group. ``text_ids`` and
    ``account_ids``: :func:`first_index_ids` of ``texts`` and ``authors``, when the caller
    has them. ``stop``: a scoring's stop check (:mod:`fraud.stopping`), checked before each
    slice of the texts' cores and signatures (the masks do not depend on it)."""
    n = len(texts)
    near = np.zeros(n, dtype=bool)
    loose = np.zeros(n, dtype=bool)
    if n < 2:
        return near, loose
    groups = np.asarray(groups, dtype=np.int64)
    text_id = first_index_ids(texts) if text_ids is None else text_ids
    account = first_index_ids(authors) if account_ids is None else account_ids
    firsts = np.flatnonzero(text_id == np.arange(n))
    distinct = list(map(texts.__getitem__, firsts.tolist()))
    n_distinct = len(distinct)
    cores: list[str] = []
    for part in text_slices(distinct):  # a text's core depends on it alone
        check_stop(stop)
        cores += core_texts(distinct[part.start : part.stop])
    slot = np.empty(n, dtype=np.int64)
    slot[firsts] = np.arange(n_distinct)
    which = slot[text_id]  # each text's place in ``distinct``
    core_id_d = first_index_ids(cores)  # a place in ``distinct`` holding the same core
    core_len_d = np.fromiter(map(len, cores), dtype=np.int64, count=n_distinct)
    text_len_d = np.fromiter(map(len, distinct), dtype=np.int64, count=n_distinct)
    core_id, core_len = core_id_d[which], core_len_d[which]
    # Same core (a random suffix): two texts or more and two accounts or more.
    shared = np.flatnonzero(core_len >= MIN_CORE_CHARS)
    if len(shared):
        key = groups[shared] * n_distinct + core_id[shared]
        n_texts = distinct_per_key(key, which[shared])
        n_accounts = distinct_per_key(key, account[shared])
        near[shared[(n_texts > 1) & (n_accounts > 1)]] = True
    hashed = np.flatnonzero(core_len >= MIN_CHARS)
    long_text = (
        np.flatnonzero(text_len_d[which] >= MIN_SIMILAR_CHARS)
        if similar
        else np.zeros(0, dtype=np.int64)
    )
    if len(hashed) < 2 and len(long_text) < 2:
        return near, loose
    core_rows = _rows_of(groups, core_id, hashed, n_distinct) if len(hashed) >= 2 else None
    text_rows = _rows_of(groups, which, long_text, n_distinct) if len(long_text) >= 2 else None
    # What to sign: the long texts, and the cores; a core as long as its text is that text
    # (a core only drops characters), so it is signed once for both.
    sign_text = np.zeros(n_distinct, dtype=bool)
    sign_core = np.zeros(n_distinct, dtype=bool)
    if text_rows is not None:
        sign_text[text_rows[1]] = True
    if core_rows is not None:
        used = sorted_distinct(core_rows[1])
        unchanged = core_len_d[used] == text_len_d[used]
        sign_text[used[unchanged]] = True
        sign_core[used[~unchanged]] = True
    text_at, core_at = np.flatnonzero(sign_text), np.flatnonzero(sign_core)
    signatures = minhash_signatures(
        list(map(distinct.__getitem__, text_at.tolist()))
        + list(map(cores.__getitem__, core_at.tolist())),
        stop,
    )
    check_stop(stop)
    row_of_text = np.full(n_distinct, -1, dtype=np.int64)
    row_of_text[text_at] = np.arange(len(text_at))
    row_of_core = row_of_text.copy()
    row_of_core[core_at] = len(text_at) + np.arange(len(core_at))
    if core_rows is not None:
        near[hashed] |= _mark_banded_grouped(
            signatures[row_of_core[core_rows[1]]], core_rows[0], 4, core_rows[2], account[hashed], 2
        )
    if text_rows is not None:
        loose[long_text] = _mark_banded_grouped(
            signatures[row_of_text[text_rows[1]]],
            text_rows[0],
            8,
            text_rows[2],
            account[long_text],
            min_authors,
        )
    return near, loose
