"""The CJK sound table of :mod:`fraud.lures`, shipped precomputed so start-up stays short.

:func:`fraud.lures.lure_sound` reads every CJK character as its folded tone-less pinyin.
Asking pypinyin for the ~28,000 characters of the CJK blocks takes about 1.5 s (its phrase
dictionary alone takes 0.5 s to load), paid by every ``fraud score`` run and every worker
that does not inherit the table. The readings are therefore computed once, by
:func:`build_readings` (pypinyin's most common reading, folded as :func:`fraud.lures._fold`
folds it), and shipped in ``fraud/lexicons/pinyin.txt``: one line per code point of
:data:`CJK_RANGES`, in order, holding the folded syllable, or nothing when pypinyin has no
reading (the character then stands for itself). Loading the file takes milliseconds.
``tests/test_sound_table.py`` rebuilds the readings with the installed pypinyin and compares
them with the file, so the two cannot drift apart silently.

Regenerate after a pypinyin upgrade or a change to the folding: ``python -m fraud.sound_table``.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "CJK_RANGES",
    "SOUND_FILE",
    "build_readings",
    "code_points",
    "load_reading_list",
    "load_readings",
    "spellings",
    "unfolded",
    "write_readings",
]

SOUND_FILE = Path(__file__).resolve().parent / "lexicons" / "pinyin.txt"
# The CJK blocks read by sound (unified ideographs, extension A, compatibility ideographs).
CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
_HEADER = "# "


def code_points() -> list[int]:
    """The code points of :data:`CJK_RANGES`, in order."""
    return [cp for low, high in CJK_RANGES for cp in range(low, high + 1)]


def build_readings() -> list[str]:
    """Folded tone-less pinyin of every code point of :data:`CJK_RANGES` ('' = no reading)."""
    import pypinyin

    from fraud.lures import _fold, _keep

    chars = [chr(cp) for cp in code_points()]
    readings = pypinyin.lazy_pinyin(chars, errors=_keep)
    return [_fold(reading) if reading.isascii() else "" for reading in readings]


def write_readings(path: Path = SOUND_FILE) -> None:
    """Compute the readings with pypinyin and write them to ``path``."""
    import pypinyin

    readings = build_readings()
    header = [
        "# Folded tone-less pinyin of the CJK code points U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF,",
        "# one line each in code-point order (empty: no reading, the character stands for",
        f"# itself). Made by `python -m fraud.sound_table` with pypinyin {pypinyin.__version__};",
        "# tests/test_sound_table.py checks it against the installed pypinyin.",
    ]
    path.write_text("\n".join(header + readings) + "\n", encoding="utf-8")


def load_readings(path: Path = SOUND_FILE) -> dict[int, str]:
    """Code point -> folded syllable, for the code points that have a reading."""
    points = code_points()
    readings = load_reading_list(path)
    return {cp: reading for cp, reading in zip(points, readings, strict=True) if reading}


def load_reading_list(path: Path = SOUND_FILE) -> list[str]:
    """The folded syllable of each code point of :func:`code_points`, in that order ('': no
    reading)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    readings = [line for line in lines if not line.startswith(_HEADER)]
    if readings and readings[-1] == "":
        readings.pop()
    n_points = sum(high - low + 1 for low, high in CJK_RANGES)
    if len(readings) != n_points:
        raise ValueError(f"{path}: {len(readings)} readings for {n_points} code points")
    return readings


def spellings(readings: list[str]) -> frozenset[str]:
    """The pinyin syllables a comment may spell in Latin letters, from the folded readings of
    the table: each reading as it is and unfolded (``zi`` also as ``zhi``, ``an`` also as
    ``ang``; a few unfolded forms are not real syllables, ``ten`` and ``teng`` both stand),
    readings without a vowel (``m``, ``n``, ``hm``) left out. Used by
    :func:`fraud.lures.lure_sound_split` to cut ``ziyuan`` into ``zi yuan``."""
    out: set[str] = set()
    for reading in set(readings):
        if reading and any(vowel in reading for vowel in "aeiouv"):
            out |= unfolded(reading)
    return frozenset(out)


def unfolded(syllable: str) -> set[str]:
    """A folded syllable (:func:`fraud.lures.lure_sound`: zh, ch, sh as z, c, s; -ang, -eng,
    -ing as -an, -en, -in) and the spellings it folds from: ``zi`` also ``zhi``, ``zan`` also
    ``zhan``, ``zang`` and ``zhang``."""
    forms = {syllable}
    if syllable[:1] in ("z", "c", "s") and syllable[1:2] != "h":
        forms.add(syllable[0] + "h" + syllable[1:])
    return forms | {form + "g" for form in forms if form[-2:] in ("an", "en", "in")}


if __name__ == "__main__":
    write_readings()
    print(f"wrote {SOUND_FILE}")
