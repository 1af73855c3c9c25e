"""Model artifacts: a directory of files plus ``manifest.json``, loaded only after a hash check.

The manifest records, for every file, its SHA-256; :func:`open_verified` refuses a directory
whose files do not match, so a model that was edited, truncated or swapped is never used.
"""

from __future__ import annotations

import hashlib
import json
import platform
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

__all__ = [
    "MANIFEST_NAME",
    "ArtifactError",
    "file_sha256",
    "library_versions",
    "open_verified",
    "write_manifest",
]

MANIFEST_NAME = "manifest.json"
_LIBRARIES = ("numpy", "pandas", "scikit-learn", "lightgbm", "joblib", "pydantic", "emoji")


class ArtifactError(RuntimeError):
    """A model directory is missing, incomplete, or does not match its manifest."""


def file_sha256(path: Path) -> str:
    """Hex SHA-256 of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def library_versions() -> dict[str, str]:
    """Versions of Python and the libraries a model depends on."""
    versions = {"python": platform.python_version()}
    for name in _LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def write_manifest(directory: Path, files: Iterable[str], **fields: Any) -> dict[str, Any]:
    """Write ``manifest.json`` in ``directory`` with the hashes of ``files`` and ``fields``.

    Returns the manifest as written.
    """
    manifest: dict[str, Any] = {
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "libraries": library_versions(),
        "platform": f"{platform.system()} {platform.machine()} ({sys.implementation.name})",
        **fields,
        "files": {name: file_sha256(directory / name) for name in sorted(files)},
    }
    (directory / MANIFEST_NAME).write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8"
    )
    return manifest


def open_verified(directory: Path) -> dict[str, Any]:
    """Read a model directory's manifest and check every listed file's SHA-256.

    Returns the manifest. Raises :class:`ArtifactError` naming the first problem.
    """
    manifest_path = directory / MANIFEST_NAME
    if not manifest_path.is_file():
        raise ArtifactError(f"no {MANIFEST_NAME} in {directory}: train a model first (make train)")
    try:
        manifest: dict[str, Any] = json.loads(manifest_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ArtifactError(f"{manifest_path} is not valid JSON: {error}") from error
    files = manifest.get("files")
    if not isinstance(files, dict) or not files:
        raise ArtifactError(f"{manifest_path} lists no files")
    for name, expected in files.items():
        path = directory / name
        if Path(name).name != name:
            raise ArtifactError(f"{manifest_path} names a file outside its directory: {name!r}")
        if not path.is_file():
            raise ArtifactError(f"{path} is listed in the manifest but missing")
        actual = file_sha256(path)
        if actual != expected:
            raise ArtifactError(
                f"{path} does not match its manifest (sha256 {actual[:12]}…, "
                f"expected {expected[:12]}…); refusing to load it"
            )
    return manifest
