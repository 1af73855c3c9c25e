"""The HTTP benchmark measures this checkout's service, and splits the server's CPU as it says."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import bench


def test_the_served_service_is_this_checkouts(tmp_path: Path) -> None:
    """An editable install maps ``fraud_service`` to the checkout it was installed from,
    which need not be this one (a git worktree sharing the virtualenv)."""
    entry = bench._checkout_service_path(tmp_path)
    found = subprocess.run(
        [sys.executable, "-c", "import fraud_service.main as m; print(m.__file__)"],
        env={"PYTHONPATH": entry},
        cwd=bench.ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(found).resolve() == (bench.ROOT / "service" / "main.py").resolve()


def test_server_cpu_per_request_with_its_event_loop_part_and_busiest_process() -> None:
    # (whole process, its main thread) seconds: a supervisor and two workers, one new
    before = {10: (1.0, 1.0), 11: (5.0, 1.0), 12: (2.0, 0.5)}
    after = {10: (1.0, 1.0), 11: (11.0, 2.0), 12: (3.0, 0.5), 13: (1.0, 0.5)}
    assert bench._server_cpu(before, after, 1000) == {
        "server_cpu_ms_per_request": 8.0,
        "server_loop_cpu_ms_per_request": 1.5,
        "busiest_process_cpu_share": 0.75,
    }


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads /proc")
def test_tree_cpu_seconds_reads_every_process_and_its_main_thread() -> None:
    import os

    times = bench._tree_cpu_seconds(os.getpid())
    whole, main = times[os.getpid()]
    assert whole >= main > 0
