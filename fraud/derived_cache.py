"""Analyses derived from the lexicons, kept on disk between runs so that start-up skips them.

Loading the comment classifier reads each lexicon pattern with the standard library's regex
parser several times over (the gates and prechecks of :class:`fraud.text_patterns.
GatedPatterns`), spells the sound rules of ``lures.txt`` in pinyin and reads the emoji
library's data: a few hundred milliseconds per process, for results that only change when
the lexicons, this code or those libraries do. :func:`load` keeps such a result in one JSON
file of the user's cache directory (:func:`fraud.paths.cache_dir`).

A file is used only when everything it was derived from is unchanged: its name and content
carry a SHA-256 of the inputs the caller passes (the pattern sources themselves, the lexicon
files' bytes, a library's file signature), of the source of every module that analyses them
(:data:`_CODE_FILES`: any edit there is a new key, so stale analyses cannot be reused) and of
the Python version (its regex parser and Unicode tables). Its first line holds a SHA-256 of
the rest, checked before the JSON is parsed. A missing, unreadable, corrupt or mismatched
file is ignored and the result recomputed; writing is atomic (a temporary file, then
``os.replace``) and may fail silently (read-only home, no cache directory): the cache is never
required. ``FRAUD_NO_CACHE=1`` turns it off; ``FRAUD_CACHE_DIR`` moves it.

The files hold JSON, not pickles: reading one runs no code. They are as trustworthy as the
user's cache directory (the checksum finds damage, not tampering): a deployment that does not
trust it sets ``FRAUD_NO_CACHE=1`` or points ``FRAUD_CACHE_DIR`` at a directory of its own.

The code's version is read from its source files when first needed; if one of them changed
after this module was imported (:mod:`fraud.text_patterns` imports it, before the other
analysing modules run), the process may be running older code than the files hold, and its
key then matches nothing stored and nothing read later.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import orjson

from fraud import paths

__all__ = ["code_version", "load", "package_signature"]

T = TypeVar("T")

_FORMAT = b"creator-fraud derived-cache 1"
#: the modules whose code derives the cached values (their source is part of every key)
_CODE_FILES = (
    "comment_quality.py",
    "derived_cache.py",
    "lures.py",
    "sound_table.py",
    "text_patterns.py",
)
#: files kept per name (older ones, of other versions of the inputs, are removed)
_KEEP_PER_NAME = 4
_MISSING: Any = object()
#: when this module was imported (source files changed since may not be the running code)
_IMPORTED_AT_NS = time.time_ns()


def load(
    name: str,
    inputs: Sequence[bytes | str],
    build: Callable[[], T],
    encode: Callable[[T], Any],
    decode: Callable[[Any], T],
) -> T:
    """``build()``, or its value stored by an earlier run with the same ``inputs`` and code.

    ``encode`` turns the value into JSON-serialisable data and ``decode`` reads it back (it
    raises on data that is not such a value: the value is then rebuilt). ``name`` (letters,
    digits, ``_``) names the file.
    """
    try:
        directory = paths.cache_dir()
    except (OSError, RuntimeError, KeyError):  # no home directory to find a cache in
        directory = None
    if directory is None:
        return build()
    try:
        key = _key(name, inputs)
    except OSError:  # the code's source is not readable: no key, no cache
        return build()
    path = directory / f"{name}-{key}.json"
    data = _read(path, name, key)
    if data is not _MISSING:
        try:
            return decode(data)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError):
            pass  # not a value of this code: rebuilt and overwritten below
    value = build()
    # unwritable, or a value JSON cannot hold: the next run builds it again
    with contextlib.suppress(OSError, TypeError, ValueError):
        _write(directory, path, name, key, encode(value))
    return value


@functools.cache
def code_version() -> str:
    """SHA-256 of the source of the modules that derive the cached values (a value of this
    process alone when a source file changed after it imported this module)."""
    digest = hashlib.sha256()
    for file_name in _CODE_FILES:
        path = paths.PACKAGE_DIR / file_name
        if path.stat().st_mtime_ns >= _IMPORTED_AT_NS:  # perhaps not the code running here
            return f"edited while running {os.getpid()} {time.time_ns()}"
        source = path.read_bytes()
        digest.update(file_name.encode() + b"\0" + str(len(source)).encode() + b"\0" + source)
    return digest.hexdigest()


def package_signature(module: str) -> str:
    """The name, size and modification time of every file of an installed package (as Python
    checks its own bytecode caches): a new version or a reinstall changes it. ``absent`` when
    the package is not installed; when it cannot be read, a value no other call returns (so
    nothing stored is reused)."""
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return f"unreadable {os.getpid()} {time.time_ns()}"
    if spec is None:
        return "absent"
    roots = list(spec.submodule_search_locations or ([spec.origin] if spec.origin else []))
    entries: list[str] = []
    try:
        for root in roots:
            if os.path.isfile(root):
                stat = os.stat(root)
                entries.append(f"{root}\0{stat.st_size}\0{stat.st_mtime_ns}")
                continue
            for folder, dirs, files in os.walk(root):
                dirs[:] = sorted(d for d in dirs if d != "__pycache__")
                for file_name in sorted(files):
                    full = os.path.join(folder, file_name)
                    stat = os.stat(full)
                    entries.append(f"{full}\0{stat.st_size}\0{stat.st_mtime_ns}")
    except OSError:  # a file vanished or a link is broken
        return f"unreadable {os.getpid()} {time.time_ns()}"
    return hashlib.sha256("\n".join(entries).encode("utf-8", "surrogatepass")).hexdigest()


def _key(name: str, inputs: Sequence[bytes | str]) -> str:
    digest = hashlib.sha256()
    parts: list[bytes] = [_FORMAT, sys.version.encode(), name.encode(), code_version().encode()]
    parts += [
        part if isinstance(part, bytes) else part.encode("utf-8", "surrogatepass")
        for part in inputs
    ]
    for part in parts:  # each part length-prefixed: no two input lists hash alike
        digest.update(str(len(part)).encode() + b"\0" + part)
    return digest.hexdigest()


def _read(path: Path, name: str, key: str) -> Any:
    try:
        raw = path.read_bytes()
    except OSError:
        return _MISSING
    head, newline, body = raw.partition(b"\n")
    if not newline or head != _FORMAT + b" " + hashlib.sha256(body).hexdigest().encode():
        return _MISSING
    try:
        document = orjson.loads(body)
    except orjson.JSONDecodeError:
        return _MISSING
    if (
        not isinstance(document, dict)
        or document.get("name") != name
        or document.get("key") != key
        or "data" not in document
    ):
        return _MISSING
    return document["data"]


def _write(directory: Path, path: Path, name: str, key: str, data: Any) -> None:
    body = orjson.dumps({"name": name, "key": key, "data": data})
    raw = _FORMAT + b" " + hashlib.sha256(body).hexdigest().encode() + b"\n" + body
    directory.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{name}-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(raw)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _prune(directory, name)


def _prune(directory: Path, name: str) -> None:
    """Keep the :data:`_KEEP_PER_NAME` newest files of ``name`` (several versions of the
    project may share the directory; each keeps its own)."""
    try:
        found = []
        for candidate in directory.glob(f"{name}-*.json"):
            try:
                found.append((candidate.stat().st_mtime_ns, candidate))
            except OSError:
                continue
        found.sort(reverse=True)
        for _mtime, old in found[_KEEP_PER_NAME:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
