"""PySpark's Python worker daemon, with the models loaded before it forks the workers.

Spark starts one daemon per executor (``python -m pyspark.daemon``), which forks a Python
worker for each task slot; each worker then loads the models on its first task
(:func:`fraud.spark.worker_scorer`), so an executor of N cores holds N copies. Run as the
daemon instead (``spark.python.daemon.module=fraud.spark_daemon``, which the sessions
:func:`fraud.spark.spark_session` makes set unless told otherwise), this module loads them
once, before any fork, so the workers share those pages (copy-on-write; the collector is
kept off them), then runs PySpark's own daemon. Loading follows the command line's rules
for forking (:func:`fraud.batch.prepare_for_workers`: one native thread per process, so no
thread pool exists at a fork). If the models cannot be loaded here, the daemon runs as
PySpark's would, and each worker loads them (and reports any failure) on its first task.
"""

from __future__ import annotations

import gc
import sys


def preload() -> bool:
    """Load the default scorer into :func:`fraud.spark.worker_scorer`'s cache; False (and a
    line on stderr) when it cannot be loaded."""
    from fraud import spark
    from fraud.batch import ScorerLoader, prepare_for_workers

    prepare_for_workers()
    try:
        spark.worker_scorer(ScorerLoader())  # (collects and freezes the collector's view)
    except Exception as error:  # the workers will meet and report it on their first task
        print(f"fraud.spark_daemon: models not preloaded: {error}", file=sys.stderr)
        return False
    gc.freeze()
    spark._PRELOADED = True
    return True


if __name__ == "__main__":
    from pyspark import daemon

    preload()
    daemon.manager()
