"""Real labelled accounts (genuine vs fake) as :class:`~fraud.schema.Account`-compatible rows.

Three public datasets are adapted (read each ``data/raw/*/SOURCE.md`` for origin and terms):

==================  =========  ==============================  ===========================
dataset             platform   rows (genuine / fake)           licence
==================  =========  ==============================  ===========================
``cresci2015``      Twitter    1950 / 2508                     research use, cite paper
``instafake``       Instagram  994 / 200                       CC BY-NC 4.0 (NON-COMMERCIAL)
``kaggle_instagram``Instagram  ~346 / ~346 (exact dups dropped) unknown (research use only)
==================  =========  ==============================  ===========================

Choices made by the adapters (they matter for anything trained or simulated from these rows):

* ``as_of`` is the date the profile counts were collected: cresci ``updated`` (2015-02-14);
  InstaFake 2019-06-01 (paper submitted 2019, data collected in 2019: exact date not given);
  Kaggle 2019-06-01 (dataset published 2019; date not documented). No dataset here records
  ``created_at`` except cresci, and none records ``last_post_at``.
* Twitter ``protected`` and ``verified`` are empty for every cresci row (both classes), so they
  are lost fields, not "false": they become ``None``. ``has_avatar`` is ``not
  default_profile_image``; ``statuses_count`` is ``posts``; ``friends_count`` is ``following``.
* InstaFake records only a username's length and digit count, Kaggle only its digit share
  (rounded to 2 decimals). For both we SYNTHESISE a placeholder username consistent with
  those numbers: pronounceable lower-case letters (alternating consonant / vowel, seeded by
  the row) followed by the digits, so the string is a valid ``Account.username`` for the
  simulator. Only the recorded numbers are real: ``username_source`` says which
  (``"real"``, ``"length_and_digits"``, ``"digit_share"``), and the training code blanks every
  username feature the dataset did not record (trailing digits, letter entropy, default
  template; for Kaggle also the length, which is chosen near a typical length), so the
  made-up parts can never become a dataset giveaway.
* Likewise InstaFake and Kaggle record only the bio LENGTH: ``bio`` is a placeholder of that
  many characters (``bio_is_placeholder`` True); only its length is a feature.
* Kaggle's display name is known only when it equals the username (``name==username``); we
  set ``display_name`` to the username then and ``None`` otherwise; that partial field is not
  used for training (see ``training.train_accounts``), because "known only when equal" is an
  artefact of this dataset.
* InstaFake's ``userHasProfilPic``, ``userIsPrivate`` and Kaggle's ``profile pic``,
  ``private``, ``external URL`` map to ``has_avatar``, ``is_private``, ``has_url``; fields a
  dataset lacks are ``None``.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from fraud.paths import DATA_DIR
from fraud.schema import Account

__all__ = [
    "ACCOUNT_FIELDS",
    "DATASET_FILES",
    "DATASET_LICENCES",
    "DATASET_PLATFORMS",
    "accounts_from_frame",
    "load_labelled_accounts",
]

RAW_DIR = DATA_DIR / "raw"

ACCOUNT_FIELDS: tuple[str, ...] = tuple(Account.model_fields)

DATASET_FILES: dict[str, tuple[Path, ...]] = {
    "cresci2015": (RAW_DIR / "mib-cresci2015" / "users.csv",),
    "instafake": (
        RAW_DIR / "instafake" / "fakeAccountData.json",
        RAW_DIR / "instafake" / "realAccountData.json",
    ),
    "kaggle_instagram": (
        RAW_DIR / "kaggle-instagram-fake" / "train.csv",
        RAW_DIR / "kaggle-instagram-fake" / "test.csv",
    ),
}
DATASET_LICENCES: dict[str, str] = {
    "cresci2015": "no licence file; 'publicly available to the scientific community' "
    "(Cresci et al. 2015): research use, cite the paper",
    "instafake": "CC BY-NC 4.0 (non-commercial only; Akyon & Kalfaoglu 2019)",
    "kaggle_instagram": "unknown (Kaggle free4ever1 mirror, no licence found): research use",
}
DATASET_PLATFORMS: dict[str, str] = {
    "cresci2015": "twitter",
    "instafake": "instagram",
    "kaggle_instagram": "instagram",
}
INSTAFAKE_AS_OF = date(2019, 6, 1)
KAGGLE_AS_OF = date(2019, 6, 1)

_CONSONANTS = "bcdfghjklmnprstvwyz"
_VOWELS = "aeiou"
_BIO_FILLER = "placeholder bio "


def _placeholder_username(n_letters: int, n_digits: int, seed: str) -> str:
    """Pronounceable letters then digits, reproducible from ``seed``."""
    rng = random.Random(seed)
    letters = [rng.choice(_CONSONANTS if i % 2 == 0 else _VOWELS) for i in range(max(n_letters, 0))]
    digits = [rng.choice("0123456789") for _ in range(max(n_digits, 0))]
    if digits and digits[0] == "0":
        digits[0] = "1"
    return "".join(letters + digits)


def _placeholder_bio(n_characters: int) -> str:
    n = max(int(n_characters), 0)
    return (_BIO_FILLER * (n // len(_BIO_FILLER) + 1))[:n]


def _length_for_digit_share(share: float, target_length: int) -> tuple[int, int]:
    """A (length, n_digits) pair whose rounded share equals ``share``, length near target."""
    for length in sorted(range(4, 31), key=lambda n: (abs(n - target_length), n)):
        n_digits = round(share * length)
        if n_digits <= length and round(n_digits / length, 2) == round(share, 2):
            return length, n_digits
    return target_length, round(share * target_length)


def _load_cresci() -> pd.DataFrame:
    raw = pd.read_csv(DATASET_FILES["cresci2015"][0], dtype=str, keep_default_na=False)
    created = pd.to_datetime(raw["created_at"], format="%a %b %d %H:%M:%S %z %Y", utc=True)
    updated = pd.to_datetime(raw["updated"], format="%Y-%m-%d %H:%M:%S")
    return pd.DataFrame(
        {
            "id": "cresci2015:" + raw["id"],
            "username": raw["screen_name"],
            "display_name": raw["name"],
            "followers": raw["followers_count"].astype(int),
            "following": raw["friends_count"].astype(int),
            "posts": raw["statuses_count"].astype(int),
            "has_avatar": raw["default_profile_image"] != "1",
            "is_private": None,
            "verified": None,
            "bio": raw["description"],
            "has_url": raw["url"] != "",
            "created_at": [ts.date() for ts in created],
            "last_post_at": None,
            "is_fake": raw["is_fake"].astype(int),
            "dataset": "cresci2015",
            "as_of": [ts.date() for ts in updated],
            "username_source": "real",
            "bio_is_placeholder": False,
            "source_group": raw["dataset"],
        }
    )


def _load_instafake() -> pd.DataFrame:
    records: list[dict[str, Any]] = []
    for path in DATASET_FILES["instafake"]:
        records += json.loads(path.read_text(encoding="utf-8"))
    rows = []
    for i, rec in enumerate(records):
        length, n_digits = int(rec["usernameLength"]), int(rec["usernameDigitCount"])
        rows.append(
            {
                "id": f"instafake:{i}",
                "username": _placeholder_username(length - n_digits, n_digits, f"instafake{i}"),
                "display_name": None,
                "followers": int(rec["userFollowerCount"]),
                "following": int(rec["userFollowingCount"]),
                "posts": int(rec["userMediaCount"]),
                "has_avatar": bool(rec["userHasProfilPic"]),
                "is_private": bool(rec["userIsPrivate"]),
                "verified": None,
                "bio": _placeholder_bio(rec["userBiographyLength"]),
                "has_url": None,
                "created_at": None,
                "last_post_at": None,
                "is_fake": int(rec["isFake"]),
                "dataset": "instafake",
                "as_of": INSTAFAKE_AS_OF,
                "username_source": "length_and_digits",
                "bio_is_placeholder": True,
                "source_group": "fake" if rec["isFake"] else "real",
            }
        )
    return pd.DataFrame(rows)


def _load_kaggle() -> pd.DataFrame:
    parts = []
    for path in DATASET_FILES["kaggle_instagram"]:
        part = pd.read_csv(path)
        part["source_group"] = path.stem
        parts.append(part)
    raw = pd.concat(parts, ignore_index=True)
    value_columns = [c for c in raw.columns if c != "source_group"]
    raw = raw.drop_duplicates(subset=value_columns).reset_index(drop=True)
    typical_lengths = random.Random(2019)
    rows = []
    for i, rec in enumerate(raw.to_dict("records")):
        share = float(rec["nums/length username"])
        length, n_digits = _length_for_digit_share(share, typical_lengths.randint(7, 15))
        username = _placeholder_username(length - n_digits, n_digits, f"kaggle{i}")
        rows.append(
            {
                "id": f"kaggle_instagram:{i}",
                "username": username,
                "display_name": username if int(rec["name==username"]) == 1 else None,
                "followers": int(rec["#followers"]),
                "following": int(rec["#follows"]),
                "posts": int(rec["#posts"]),
                "has_avatar": bool(rec["profile pic"]),
                "is_private": bool(rec["private"]),
                "verified": None,
                "bio": _placeholder_bio(rec["description length"]),
                "has_url": bool(rec["external URL"]),
                "created_at": None,
                "last_post_at": None,
                "is_fake": int(rec["fake"]),
                "dataset": "kaggle_instagram",
                "as_of": KAGGLE_AS_OF,
                "username_source": "digit_share",
                "bio_is_placeholder": True,
                "source_group": rec["source_group"],
            }
        )
    return pd.DataFrame(rows)


def load_labelled_accounts(include_instafake: bool = True) -> pd.DataFrame:
    """All labelled accounts, one row per account, with Account-compatible fields.

    Parameters
    ----------
    include_instafake : bool, default True
        Include the InstaFake rows. InstaFake is CC BY-NC 4.0 (non-commercial); pass False
        for anything that ships commercially.

    Returns
    -------
    pandas.DataFrame
        Columns: every :class:`~fraud.schema.Account` field (``None`` where the dataset does
        not record it), ``is_fake`` (0/1), ``dataset`` (``cresci2015`` | ``instafake`` |
        ``kaggle_instagram``), ``as_of`` (collection date, :class:`datetime.date`),
        ``username_source`` (which username numbers are real, see the module docstring),
        ``bio_is_placeholder`` and ``source_group`` (sub-group / file inside the dataset).
        Object dtype, so ``None`` stays ``None``.
    """
    loaders = [_load_cresci, _load_kaggle]
    if include_instafake:
        loaders.insert(1, _load_instafake)
    frame = pd.concat([loader() for loader in loaders], ignore_index=True)
    frame = frame.astype(object)
    return frame.where(frame.notna(), None)


def _clean(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NaT:
        return None
    return value


def accounts_from_frame(df: pd.DataFrame) -> list[Account]:
    """Validate each row of ``df`` into an :class:`~fraud.schema.Account`.

    Columns that are not Account fields (``is_fake``, ``dataset``, ...) are ignored; ``NaN``
    and ``NaT`` become ``None``.

    Parameters
    ----------
    df : pandas.DataFrame
        E.g. the output of :func:`load_labelled_accounts` or a subset of it.

    Returns
    -------
    list of Account
        One per row, in row order.
    """
    columns = [c for c in ACCOUNT_FIELDS if c in df.columns]
    records: Iterable[tuple[Any, ...]] = df[columns].itertuples(index=False, name=None)
    return [
        Account.model_validate({c: _clean(v) for c, v in zip(columns, row, strict=True)})
        for row in records
    ]


def data_file_hashes(include_instafake: bool = True) -> dict[str, str]:
    """SHA-256 of every raw data file read, keyed by its path relative to ``data/``."""
    from fraud.artifacts import file_sha256

    hashes = {}
    for name, paths in DATASET_FILES.items():
        if name == "instafake" and not include_instafake:
            continue
        for path in paths:
            hashes[str(path.relative_to(DATA_DIR))] = file_sha256(path)
    return hashes
