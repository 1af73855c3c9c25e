"""The example creators that ship with the package: ``fraud samples [DIR]``.

The contract's five example creators (a genuine RedNote KOC, a Weibo account with bought
followers, an Instagram engagement pod, a Douyin creator whose viral video brought a genuine
follower surge, a TikTok account with nothing but a profile), one ``.json`` file each and all
five as ``creators.jsonl``. A checkout keeps them in ``data/samples/``; the wheel carries them
inside the package as ``fraud/examples/`` (setup.py maps the directory there), so that an
installed user can score one without a checkout::

    fraud score "$(fraud samples)/creators.jsonl"
    fraud samples ./examples      # or copy them somewhere to look at and edit
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

from fraud.paths import DATA_DIR, PACKAGE_DIR

__all__ = ["add_samples_command", "copy_samples", "samples_dir"]

_PACKAGED = PACKAGE_DIR / "examples"


def samples_dir() -> Path:
    """The directory of the example creators: the installed package's, else the checkout's."""
    return _PACKAGED if _PACKAGED.is_dir() else DATA_DIR / "samples"


def _sample_files() -> list[Path]:
    directory = samples_dir()
    files = sorted(p for p in directory.iterdir() if p.suffix in (".json", ".jsonl"))
    if not files:
        raise FileNotFoundError(f"no example creators in {directory} (a broken install?)")
    return files


def copy_samples(target: Path, *, overwrite: bool = False) -> list[Path]:
    """Copy the example files into ``target`` (created); returns the written paths.

    Raises ``FileExistsError`` (before writing anything) when a file there would be replaced
    by a different one and ``overwrite`` is false: the user's edits are never lost.
    """
    files = _sample_files()
    if target.exists() and not target.is_dir():
        raise NotADirectoryError(f"not a directory: {target}")
    if target.is_dir() and target.resolve() == files[0].parent.resolve():
        # shutil would say "PosixPath('…') and PosixPath('…') are the same file".
        raise ValueError(
            f"{target} is where the examples ship; name another directory to copy them to"
        )
    clashes = [
        target / f.name
        for f in files
        if (target / f.name).exists() and (target / f.name).read_bytes() != f.read_bytes()
    ]
    if clashes and not overwrite:
        names = ", ".join(str(path) for path in clashes)
        raise FileExistsError(f"would replace {names}; pass --overwrite to replace them")
    target.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copyfile(f, target / f.name)) for f in files]


def _run(args: Any) -> int:
    if args.directory is None:
        print(samples_dir())
        return 0
    written = copy_samples(Path(args.directory), overwrite=args.overwrite)
    names = ", ".join(path.name for path in written)
    print(f"copied {len(written)} example files to {args.directory}: {names}", file=sys.stderr)
    return 0


def add_samples_command(commands: Any) -> None:
    """Register ``fraud samples [DIR] [--overwrite]``."""
    parser = commands.add_parser(
        "samples",
        help="the example creators that ship with fraud: print their directory, or copy them",
        description=(
            "Without DIR, print the directory holding the five example creators (one .json "
            "each, all five in creators.jsonl): "
            'fraud score "$(fraud samples)/creators.jsonl". With DIR, copy them there.'
        ),
    )
    parser.add_argument("directory", metavar="DIR", nargs="?", help="copy the examples here")
    parser.add_argument("--overwrite", action="store_true", help="replace files in DIR that differ")
    parser.set_defaults(handler=_run)
