"""An import stopped by Ctrl-C or SIGTERM says on stderr what it had read, rejected and
written when it stopped (as ``fraud score`` does), leaves no half-written output (the output
and rejects paths keep what they held, or do not appear) and exits 130 or 143. It printed
only "fraud: interrupted"."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

import fraud.importers as importers
from fraud.cli import main

ROWS = "".join(f"rednote,c{i},2025-11-0{1 + i % 9},{100 + i}\n" for i in range(40))
HISTORY = "platform,creator_id,date,followers\n" + ROWS + "rednote,bad,not-a-date,5\n"


def _stopping_reader(after: int, stop: Any) -> Any:
    """The history reader, stopped by ``stop()`` once it has yielded ``after`` items."""
    read_history = importers.SOURCES["history"]

    def read(inputs: Iterable[Path], platform: str | None) -> Iterator[Any]:
        for number, item in enumerate(read_history(inputs, platform), start=1):
            yield item
            if number == after:
                stop()

    return read


def _interrupt() -> None:
    raise KeyboardInterrupt


def _sigterm() -> None:
    os.kill(os.getpid(), signal.SIGTERM)  # fraud.cli.main turns it into an interrupt


@pytest.mark.parametrize(("stop", "code"), [(_interrupt, 130), (_sigterm, 143)])
def test_an_interrupted_import_says_its_counts_and_leaves_the_output_as_it_was(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    stop: Any,
    code: int,
) -> None:
    source = tmp_path / "counts.csv"
    source.write_text(HISTORY)
    out = tmp_path / "out.jsonl"
    out.write_text("earlier result\n")
    monkeypatch.setitem(importers.SOURCES, "history", _stopping_reader(41, stop))
    assert main(["import", "history", str(source), "-o", str(out)]) == code
    err = capsys.readouterr().err
    assert "import stopped after reading 41 rows (1 rejected); 0 creators finished" in err
    assert f"none kept, {out} was not changed" in err
    assert f"the rejects so far were not kept, {out}.rejects.jsonl was not changed" in err
    assert out.read_text() == "earlier result\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["counts.csv", "out.jsonl"]
    assert "Traceback" not in err


def test_an_import_stopped_while_writing_says_what_went_to_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "counts.csv"
    source.write_text(HISTORY)
    written: list[dict[str, Any]] = []
    import_items = importers.import_items

    def stop_after_two(*args: Any, **kwargs: Any) -> Any:
        write = kwargs["write_record"]

        def write_two(row: dict[str, Any]) -> None:
            if len(written) == 2:
                raise KeyboardInterrupt
            written.append(row)
            write(row)

        return import_items(*args, **{**kwargs, "write_record": write_two})

    monkeypatch.setattr(importers, "import_items", stop_after_two)
    assert main(["import", "history", str(source), "-o", "-"]) == 130
    captured = capfd.readouterr()
    assert len(captured.out.splitlines()) == 2
    assert "import stopped after reading 41 rows (1 rejected); 2 creators finished" in (
        captured.err
    )
    assert "(0 posts, 0 comments): written to stdout" in captured.err
    assert f"{source}:42:" in captured.err  # the reject, shown as it was met
