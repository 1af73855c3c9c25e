"""Real labelled accounts (genuine vs fake) as :class:`~fraud.schema.Account`-compatible rows.

Four public datasets are adapted (read each ``data/raw/*/SOURCE.md`` for origin and terms):

==================  =========  ==============================  ===========================
dataset             platform   rows (genuine / fake)           licence
==================  =========  ==============================  ===========================
``cresci2015``      Twitter    1950 / 2508                     research use, cite paper
``instafake``       Instagram  994 / 200                       CC BY-NC 4.0 (NON-COMMERCIAL)
``kaggle_instagram``Instagram  ~346 / ~346 (exact dups dropped) unknown (research use only)
``weibo_cxk``       Weibo      376 / 1856                      no licence (research use only)
==================  =========  ==============================  ===========================

None of them allows commercial use as far as its SOURCE.md says (:data:`DATASET_COMMERCIAL`);
``load_labelled_accounts(commercial_only=True)`` therefore returns no rows.

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
* Weibo (``weibo_cxk``): the nickname ``昵称`` is the ``username`` (Weibo has no separate
  handle), ``关注数`` following, ``粉丝数`` followers, ``微博数`` posts, ``创建时间`` created_at
  (empty for 1,496 rows: ``None``), ``个人简介`` bio (an empty cell is an empty bio: the crawler
  read the profile page, and Weibo shows nothing when there is no bio), and the Weibo-only
  ``等级`` -> ``platform_level``, ``会员等级`` -> ``membership_level``, ``阳光信用`` ->
  ``credit_rating`` (0 信用较低 ... 4 信用极好, empty -> ``None``). Avatar, privacy, verified,
  URL and last post are not recorded (``None``). ``as_of`` is 2019-03-06, the day after the
  newest creation date in the file (the crawl started then; the repository dates from
  2019-2020). The one row labelled ``1`` (undocumented) is dropped. Gender and location are
  not used: every fake here is "male" and "其他" (other), an artefact of the bot maker.
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
    "DATASET_COMMERCIAL",
    "DATASET_FILES",
    "DATASET_LICENCES",
    "DATASET_PLATFORMS",
    "accounts_from_frame",
    "dataset_names",
    "load_labelled_accounts",
]

RAW_DIR = DATA_DIR / "raw"

ACCOUNT_FIELDS: tuple[str, ...] = tuple(Account.model_fields)
_EXTRA_COLUMNS = (
    "is_fake",
    "dataset",
    "as_of",
    "username_source",
    "bio_is_placeholder",
    "source_group",
)

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
    "weibo_cxk": (RAW_DIR / "weibo-spammer-cxk" / "UserDetail.csv",),
}
DATASET_LICENCES: dict[str, str] = {
    "cresci2015": "no licence file; 'publicly available to the scientific community' "
    "(Cresci et al. 2015): research use, cite the paper",
    "instafake": "CC BY-NC 4.0 (non-commercial only; Akyon & Kalfaoglu 2019)",
    "kaggle_instagram": "unknown (Kaggle free4ever1 mirror, no licence found): research use",
    "weibo_cxk": "no licence file (WxxShirley/WeiboSpammer, 'Copyright (c) 2020'): research use",
}
# Whether the dataset's SOURCE.md allows commercial use. None does today.
DATASET_COMMERCIAL: dict[str, bool] = {
    "cresci2015": False,
    "instafake": False,
    "kaggle_instagram": False,
    "weibo_cxk": False,
}
DATASET_PLATFORMS: dict[str, str] = {
    "cresci2015": "twitter",
    "instafake": "instagram",
    "kaggle_instagram": "instagram",
    "weibo_cxk": "weibo",
}
INSTAFAKE_AS_OF = date(2019, 6, 1)
WEIBO_AS_OF = date(2019, 3, 6)
# Weibo 阳光信用 ("sunshine credit") tiers, lowest to highest.
WEIBO_CREDIT = {
    "信用极低": 0,
    "信用较低": 0,
    "信用一般": 1,
    "信用较好": 2,
    "信用很好": 3,
    "信用极好": 4,
}
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


def _optional_int(text: str) -> int | None:
    text = text.strip()
    return int(float(text)) if text else None


def _load_weibo() -> pd.DataFrame:
    path = DATASET_FILES["weibo_cxk"][0]
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    raw = raw[raw["类别"].isin(["0", "2"])].reset_index(drop=True)
    created = pd.to_datetime(raw["创建时间"], format="%Y/%m/%d", errors="raise")
    credit_unknown = sorted(set(raw["阳光信用"]) - set(WEIBO_CREDIT) - {""})
    if credit_unknown:
        raise ValueError(f"{path}: unknown 阳光信用 values {credit_unknown}")
    return pd.DataFrame(
        {
            "id": "weibo_cxk:" + raw["id"],
            "username": raw["昵称"],
            "display_name": None,
            "followers": raw["粉丝数"].astype(int),
            "following": raw["关注数"].astype(int),
            "posts": raw["微博数"].astype(int),
            "has_avatar": None,
            "is_private": None,
            "verified": None,
            "bio": raw["个人简介"],
            "has_url": None,
            "created_at": [None if pd.isna(ts) else ts.date() for ts in created],
            "last_post_at": None,
            "platform_level": raw["等级"].map(_optional_int),
            "membership_level": raw["会员等级"].map(_optional_int),
            "credit_rating": [WEIBO_CREDIT.get(v) for v in raw["阳光信用"]],
            "is_fake": (raw["类别"] == "2").astype(int),
            "dataset": "weibo_cxk",
            "as_of": WEIBO_AS_OF,
            "username_source": "real",
            "bio_is_placeholder": False,
            "source_group": "cxk_commenters",
        }
    )


_LOADERS = {
    "cresci2015": _load_cresci,
    "instafake": _load_instafake,
    "kaggle_instagram": _load_kaggle,
    "weibo_cxk": _load_weibo,
}


def dataset_names(include_instafake: bool = True, commercial_only: bool = False) -> list[str]:
    """The datasets a training run uses, in a fixed order."""
    return [
        name
        for name in DATASET_FILES
        if (include_instafake or name != "instafake")
        and (DATASET_COMMERCIAL[name] or not commercial_only)
    ]


def load_labelled_accounts(
    include_instafake: bool = True, commercial_only: bool = False
) -> pd.DataFrame:
    """All labelled accounts, one row per account, with Account-compatible fields.

    Parameters
    ----------
    include_instafake : bool, default True
        Include the InstaFake rows. InstaFake is CC BY-NC 4.0 (non-commercial).
    commercial_only : bool, default False
        Keep only datasets whose licence allows commercial use (:data:`DATASET_COMMERCIAL`).

    Returns
    -------
    pandas.DataFrame
        Columns: every :class:`~fraud.schema.Account` field (``None`` where the dataset does
        not record it), ``is_fake`` (0/1), ``dataset`` (``cresci2015`` | ``instafake`` |
        ``kaggle_instagram``), ``as_of`` (collection date, :class:`datetime.date`),
        ``username_source`` (which username numbers are real, see the module docstring),
        ``bio_is_placeholder`` and ``source_group`` (sub-group / file inside the dataset).
        Object dtype, so ``None`` stays ``None``. No rows (but all columns) when no
        dataset qualifies.
    """
    names = dataset_names(include_instafake, commercial_only)
    if not names:
        return pd.DataFrame(columns=[*ACCOUNT_FIELDS, *_EXTRA_COLUMNS], dtype=object)
    frame = pd.concat([_LOADERS[name]() for name in names], ignore_index=True)
    for column in ACCOUNT_FIELDS:
        if column not in frame.columns:
            frame[column] = None
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


def data_file_hashes(
    include_instafake: bool = True, commercial_only: bool = False
) -> dict[str, str]:
    """SHA-256 of every raw data file read, keyed by its path relative to ``data/``."""
    from fraud.artifacts import file_sha256

    hashes = {}
    for name in dataset_names(include_instafake, commercial_only):
        for path in DATASET_FILES[name]:
            hashes[str(path.relative_to(DATA_DIR))] = file_sha256(path)
    return hashes
