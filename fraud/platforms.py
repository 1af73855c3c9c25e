"""The contract's platforms and the other names they go by, in one light module.

Scoring (both validation paths, :mod:`fraud.validation` and :mod:`fraud.schema`), the
importers and the store (:func:`canonical_platform`) map a platform
name with :func:`canonical_name`, so a name one of them takes (``xhs``, ``小红书``, ``B站``,
full-width ``Ｂ站``) is taken by all, as the contract's name (``rednote``, ``bilibili``).
This module imports nothing of the project and nothing heavy (the validators import it).
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "PLATFORM_ALIASES",
    "Platform",
    "canonical_name",
    "canonical_platform",
    "platform_key",
    "strip_platform",
]


class Platform(StrEnum):
    """The platforms of the contract; aliases are mapped on input (:func:`canonical_name`)."""

    DOUYIN = "douyin"
    KUAISHOU = "kuaishou"
    REDNOTE = "rednote"
    WEIBO = "weibo"
    BILIBILI = "bilibili"
    WECHAT_CHANNELS = "wechat_channels"
    INSTAGRAM = "instagram"
    TIKTOK = "tiktok"
    YOUTUBE = "youtube"
    TWITTER = "twitter"
    OTHER = "other"


#: Other names of the platforms, as :func:`platform_key` folds them: English short and long
#: forms, MediaCrawler's folder names, and the platforms' own (Chinese) names as a Chinese
#: team's spreadsheet writes them in its platform column.
PLATFORM_ALIASES: dict[str, Platform] = {
    "xiaohongshu": Platform.REDNOTE,
    "xhs": Platform.REDNOTE,
    "red": Platform.REDNOTE,
    "little_red_book": Platform.REDNOTE,
    "小红书": Platform.REDNOTE,
    "dy": Platform.DOUYIN,
    "抖音": Platform.DOUYIN,
    "ks": Platform.KUAISHOU,
    "快手": Platform.KUAISHOU,
    "wb": Platform.WEIBO,
    "微博": Platform.WEIBO,
    "新浪微博": Platform.WEIBO,
    "bili": Platform.BILIBILI,
    "哔哩哔哩": Platform.BILIBILI,
    "b站": Platform.BILIBILI,
    "wechat": Platform.WECHAT_CHANNELS,
    "channels": Platform.WECHAT_CHANNELS,
    "shipinhao": Platform.WECHAT_CHANNELS,
    "视频号": Platform.WECHAT_CHANNELS,
    "微信视频号": Platform.WECHAT_CHANNELS,
    "ig": Platform.INSTAGRAM,
    "yt": Platform.YOUTUBE,
    "x": Platform.TWITTER,
}

_NAMES: dict[str, Platform] = {platform.value: platform for platform in Platform}


def platform_key(name: str) -> str:
    """A platform name as it is looked up: NFKC-folded, trimmed and lower-cased, so the
    full-width forms a Chinese input method types (``Ｂ站``, ``ｘｈｓ``, ``ＤＹ``) are the
    names they show. NFKC suits names (unlike counts: :func:`fraud.importers._values.parse_count`
    folds only the full-width forms, since NFKC would read a superscript "1²" as 12)."""
    import unicodedata  # here: the validators import this module, and need it for aliases only

    return unicodedata.normalize("NFKC", name).strip().lower()


def _folded(name: str) -> str:
    return platform_key(name).replace("-", "_").replace(" ", "_")


def canonical_name(value: object) -> Platform | None:
    """The contract's platform that ``value`` names (itself, an alias of
    :data:`PLATFORM_ALIASES`, in any case, with ``-`` or spaces for ``_``, in full-width
    forms), or None when it names none."""
    if not isinstance(value, str):
        return None
    found = _NAMES.get(value)  # the contract's own name: the common case, looked up as it is
    if found is not None:
        return found
    key = _folded(value)
    return _NAMES.get(key) or PLATFORM_ALIASES.get(key)


def canonical_platform(value: object) -> str:
    """The contract's platform name for ``value`` (aliases such as ``xhs`` and ``B站``
    accepted, in full-width forms too: ``Ｂ站``; :func:`canonical_name`, which scoring maps
    with too), for the importers and the store: ValueError naming the known ones when it
    names none."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError("platform is missing")
    found = canonical_name(value)
    if found is None:
        known = ", ".join(p.value for p in Platform)
        raise ValueError(f"unknown platform {value!r}; use one of {known}")
    return found.value


def strip_platform(creator_id: str, platform: str) -> str:
    """``"rednote:lin"`` -> ``"lin"`` when the prefix names ``platform``; else unchanged."""
    head, sep, tail = creator_id.partition(":")
    if sep and tail:
        try:
            if canonical_platform(head) == platform:
                return tail
        except ValueError:
            pass
    return creator_id
