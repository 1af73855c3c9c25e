"""Near-duplicate comments by MinHash with locality-sensitive hashing: no pairwise loops.

Bot campaigns paste one text with small variations ("love this so much, keep it up!" /
"love this so much, keep going!"). Each normalised comment becomes a set of character
3-grams (which suits Chinese as well as Latin script); 16 hash functions give its MinHash
signature, whose agreement estimates the Jaccard similarity of two comments. Signatures are
cut into 4 bands of 4: comments sharing any band are candidates, which catches pairs with a
Jaccard similarity above about 0.7 with high probability. Hashes are crc32-based, so the
result is the same in every process.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

__all__ = ["MIN_CHARS", "near_duplicate_mask"]

MIN_CHARS = 8  # shorter texts are matched exactly (after normalisation), not by MinHash
_SHINGLE = 3
_BANDS, _ROWS = 4, 4
_MULTIPLIERS = (
    np.random.default_rng(20261122).integers(1, 2**63, size=_BANDS * _ROWS, dtype=np.uint64) | 1
)
_OFFSETS = np.random.default_rng(20261123).integers(0, 2**63, size=_BANDS * _ROWS, dtype=np.uint64)


@lru_cache(maxsize=1 << 16)
def _signature(text: str) -> bytes:
    shingles = {text[i : i + _SHINGLE] for i in range(len(text) - _SHINGLE + 1)}
    hashes = np.fromiter((zlib.crc32(s.encode()) for s in shingles), dtype=np.uint64)
    # Multiply-shift hashing: one independent-enough permutation per row.
    permuted = (hashes[None, :] * _MULTIPLIERS[:, None] + _OFFSETS[:, None]) >> np.uint64(32)
    return permuted.min(axis=1).astype(np.uint32).tobytes()


@lru_cache(maxsize=1 << 16)
def _band_keys(text: str) -> tuple[bytes, ...]:
    signature = _signature(text)
    width = 4 * _ROWS  # bytes per band
    return tuple(
        bytes([band]) + signature[band * width : (band + 1) * width] for band in range(_BANDS)
    )


def near_duplicate_mask(texts: Sequence[str], authors: Sequence[str]) -> np.ndarray:
    """True for each text that is a reworded copy of another author's text.

    ``texts`` are normalised comments; those shorter than :data:`MIN_CHARS` are left out, and
    exact repeats are left to exact matching: only groups of *different* texts that share a
    band count. Each distinct text is bucketed once, however often it repeats.
    """
    mask = np.zeros(len(texts), dtype=bool)
    positions: dict[str, list[int]] = defaultdict(list)
    for index, text in enumerate(texts):
        if len(text) >= MIN_CHARS:
            positions[text].append(index)
    buckets: dict[bytes, list[str]] = defaultdict(list)
    for text in positions:
        for key in _band_keys(text):
            buckets[key].append(text)
    for group in buckets.values():
        if len(group) > 1:
            members = [index for text in group for index in positions[text]]
            if len({authors[i] for i in members}) > 1:
                mask[members] = True
    return mask
