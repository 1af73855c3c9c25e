"""Model artifacts: a directory of files plus ``manifest.json``, loaded only after a hash check.

The manifest records, for every file, its SHA-256, and its own hash (``manifest_sha256``, the
SHA-256 of the manifest's canonical JSON without that key): an edited threshold, a reversed
feature list or reordered classes are refused like an edited model file.

:func:`read_verified` reads each file once, checks the hash of those bytes and hands the same
bytes to the loader, so nothing can change between the check and the use. Every problem
(missing file, bad hash, a file that is not UTF-8, a model LightGBM cannot parse, feature
names that differ from the model file's own) is an :class:`ArtifactError` naming the file.
"""

from __future__ import annotations

import hashlib
import io
import json
import platform
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

__all__ = [
    "MANIFEST_HASH_KEY",
    "MANIFEST_NAME",
    "ArtifactError",
    "VerifiedArtifact",
    "file_sha256",
    "library_versions",
    "licence_notice",
    "manifest_digest",
    "open_verified",
    "read_verified",
    "seal_manifest",
    "write_manifest",
]

MANIFEST_NAME = "manifest.json"
MANIFEST_HASH_KEY = "manifest_sha256"
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


def manifest_digest(manifest: Mapping[str, Any]) -> str:
    """SHA-256 of a manifest's canonical JSON (sorted keys, no spaces), without its own hash."""
    body = {key: value for key, value in manifest.items() if key != MANIFEST_HASH_KEY}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def seal_manifest(manifest: Mapping[str, Any]) -> dict[str, Any]:
    """``manifest`` with its ``manifest_sha256`` (re)computed, as the last key."""
    body = {key: value for key, value in manifest.items() if key != MANIFEST_HASH_KEY}
    # Round-trip through JSON first, so that the hash covers what a reader will parse.
    body = json.loads(json.dumps(body, ensure_ascii=False, default=str))
    return {**body, MANIFEST_HASH_KEY: manifest_digest(body)}


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

    The manifest is sealed with its own hash (:func:`seal_manifest`). Returns it as written.
    """
    fields.pop(MANIFEST_HASH_KEY, None)
    manifest = seal_manifest(
        {
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "libraries": library_versions(),
            "platform": f"{platform.system()} {platform.machine()} ({sys.implementation.name})",
            **fields,
            "files": {name: file_sha256(directory / name) for name in sorted(files)},
        }
    )
    (directory / MANIFEST_NAME).write_text(
        json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return manifest


@dataclass(frozen=True)
class VerifiedArtifact:
    """A model directory whose manifest and listed files matched their hashes when read.

    ``files`` holds the exact bytes that were hashed; loaders parse those, never the path.
    """

    directory: Path
    manifest: dict[str, Any]
    files: Mapping[str, bytes]

    def path(self, name: str) -> Path:
        """Where ``name`` was read from (for messages)."""
        return self.directory / name

    def data(self, name: str) -> bytes:
        """The verified bytes of ``name``; ArtifactError if the manifest does not list it."""
        if name not in self.files:
            raise ArtifactError(f"{self.path(MANIFEST_NAME)} does not list {name}")
        return self.files[name]

    def text(self, name: str) -> str:
        """The verified file ``name`` decoded as UTF-8."""
        try:
            return self.data(name).decode("utf-8")
        except UnicodeDecodeError as error:
            raise ArtifactError(
                f"{self.path(name)} is not UTF-8 text (byte {error.start}); it is damaged"
            ) from None

    def json(self, name: str) -> Any:
        """The verified file ``name`` parsed as JSON."""
        text = self.text(name)
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise ArtifactError(f"{self.path(name)} is not valid JSON: {error}") from None

    def npz(self, name: str, keys: Sequence[str]) -> dict[str, Any]:
        """Arrays ``keys`` of the verified ``.npz`` file ``name`` (no pickle)."""
        import numpy as np

        try:
            with np.load(io.BytesIO(self.data(name)), allow_pickle=False) as archive:
                return {key: archive[key] for key in keys}
        except ArtifactError:
            raise
        except Exception as error:  # zipfile, numpy format, missing key: all say "damaged"
            raise ArtifactError(
                f"{self.path(name)} is not a readable numpy archive with {list(keys)}: "
                f"{type(error).__name__}: {error}"
            ) from None

    def lightgbm(self, name: str, feature_names: Sequence[str]) -> Any:
        """The verified LightGBM text model ``name``, whose own feature names must match."""
        import lightgbm as lgb

        text = self.text(name)
        try:
            booster = lgb.Booster(model_str=text)
        except lgb.basic.LightGBMError as error:
            raise ArtifactError(
                f"{self.path(name)} is not a LightGBM model LightGBM can read: {error}"
            ) from None
        own = tuple(booster.feature_name())
        if own != tuple(feature_names):
            raise ArtifactError(
                f"{self.path(name)} was trained on features {list(own)[:5]}... which differ "
                f"from the feature_names in {self.path(MANIFEST_NAME)}; refusing it"
            )
        return booster


def _read_manifest(directory: Path) -> dict[str, Any]:
    manifest_path = directory / MANIFEST_NAME
    if not manifest_path.is_file():
        raise ArtifactError(
            f"no {MANIFEST_NAME} in {directory}: not a trained model; choose a model set with "
            "--models NAME|DIR or $FRAUD_MODELS (a checkout trains one with make train)"
        )
    raw = manifest_path.read_bytes()
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise ArtifactError(f"{manifest_path} is not UTF-8 text (byte {error.start})") from None
    except json.JSONDecodeError as error:
        raise ArtifactError(f"{manifest_path} is not valid JSON: {error}") from None
    if not isinstance(manifest, dict):
        raise ArtifactError(f"{manifest_path} is not a JSON object")
    recorded = manifest.get(MANIFEST_HASH_KEY)
    if not isinstance(recorded, str):
        raise ArtifactError(
            f"{manifest_path} has no {MANIFEST_HASH_KEY}: it was not written by this project's "
            "training (retrain, or seal it with python -m fraud.artifacts DIR after review)"
        )
    actual = manifest_digest(manifest)
    if actual != recorded:
        raise ArtifactError(
            f"{manifest_path} was changed after training (sha256 {actual[:12]}…, recorded "
            f"{recorded[:12]}…); refusing to load it"
        )
    return manifest


def read_verified(directory: Path) -> VerifiedArtifact:
    """Read a model directory: its sealed manifest and every listed file, each hash checked.

    Returns the manifest with the bytes of every file. Raises :class:`ArtifactError` naming
    the first problem.
    """
    manifest = _read_manifest(directory)
    manifest_path = directory / MANIFEST_NAME
    listed = manifest.get("files")
    if not isinstance(listed, dict) or not listed:
        raise ArtifactError(f"{manifest_path} lists no files")
    files: dict[str, bytes] = {}
    for name, expected in listed.items():
        path = directory / name
        if Path(name).name != name or name in {"", ".", ".."}:
            raise ArtifactError(f"{manifest_path} names a file outside its directory: {name!r}")
        if not path.is_file():
            raise ArtifactError(f"{path} is listed in the manifest but missing")
        payload = path.read_bytes()
        actual = hashlib.sha256(payload).hexdigest()
        if actual != expected:
            raise ArtifactError(
                f"{path} does not match its manifest (sha256 {actual[:12]}…, "
                f"expected {str(expected)[:12]}…); refusing to load it"
            )
        files[name] = payload
    return VerifiedArtifact(directory=directory, manifest=manifest, files=files)


def open_verified(directory: Path) -> dict[str, Any]:
    """Check a model directory like :func:`read_verified` and return only its manifest."""
    return read_verified(directory).manifest


def licence_gaps(models_root: Path) -> tuple[list[str], list[str]]:
    """The components of the set at ``models_root`` not cleared for commercial use: those
    whose manifest refuses it, and those that do not say (or cannot be read)."""
    from fraud.paths import model_components

    if not models_root.is_dir():  # no model set at all: loading it will say so
        return [], []
    refused: list[str] = []
    unstated: list[str] = []
    for component in model_components(models_root):  # a set may lack the follower model
        try:
            cleared = _read_manifest(models_root / component).get("commercial_use_ok")
        except (ArtifactError, OSError):
            cleared = None
        if cleared is False:
            refused.append(component)
        elif cleared is not True:
            unstated.append(component)
    return refused, unstated


def licence_notice(models_root: Path, *, show_path: bool = True) -> str | None:
    """One line saying the model set at ``models_root`` is not cleared for commercial use.

    None when every component's manifest says ``commercial_use_ok: true``. A component that
    does not say so (or cannot be read) counts as not cleared; a set may leave out the
    follower model (then the audience check does not run). For the CLI's stderr, the
    service's ``/v1/model`` and the report's footer. ``show_path``: name the licences' file
    by its path on this machine (the CLI); not in what a server sends (the service).
    """
    from fraud.paths import MODELS_DIR

    refused, unstated = licence_gaps(models_root)
    if not refused and not unstated:
        return None
    why = []
    if refused:
        why.append(f"{', '.join(refused)} trained on data licensed for non-commercial use only")
    if unstated:
        why.append(f"{', '.join(unstated)} not confirmed for commercial use")
    label = "default set" if models_root == MODELS_DIR else f"set {models_root.name}"
    notice = MODELS_DIR / "NOTICE.md"  # the licences' texts, links and attributions
    see = (
        ("see " + (str(notice) if show_path else "the models' NOTICE.md"))
        if notice.is_file()
        else "see the manifests' training_data licences"
    )
    return (
        f"licence: the models in use ({label}) are not cleared for "
        f"commercial use ({'; '.join(why)}); {see}"
    )


def _seal_main(argv: list[str] | None = None) -> int:
    """``python -m fraud.artifacts DIR...``: (re)seal reviewed manifests with their own hash."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m fraud.artifacts MODEL_DIR...", file=sys.stderr)
        return 2
    for arg in args:
        path = Path(arg) / MANIFEST_NAME
        manifest = seal_manifest(json.loads(path.read_text(encoding="utf-8")))
        path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", "utf-8")
        print(f"sealed {path}: {manifest[MANIFEST_HASH_KEY][:12]}…")
    return 0


if __name__ == "__main__":
    sys.exit(_seal_main())
