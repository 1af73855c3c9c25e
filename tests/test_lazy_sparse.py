"""LightGBM with the ``scipy.sparse`` stand-in (fraud.lazy_sparse) behaves as with SciPy:
the same predictions, sparse inputs still work, and any failure falls back to the normal
import. Each case runs in a fresh interpreter (this one has SciPy loaded already)."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

TRAIN_AND_PREDICT = """
import json, sys
import numpy as np
{setup}
import lightgbm as lgb
rng = np.random.default_rng(7)
x = rng.normal(size=(300, 6))
y = (x[:, 0] + 0.5 * x[:, 1] ** 2 + rng.normal(scale=0.3, size=300) > 0.4).astype(float)
params = dict(objective="binary", num_leaves=7, min_data_in_leaf=5, verbose=-1, seed=1,
              num_threads=1, deterministic=True)
booster = lgb.train(params, lgb.Dataset(x, label=y), num_boost_round=15)
booster = lgb.Booster(model_str=booster.model_to_string())
dense = booster.predict(x[:50]).tolist()
contrib = booster.predict(x[:20], pred_contrib=True).tolist()
scipy_before = "scipy" in sys.modules
import scipy.sparse
csr = booster.predict(scipy.sparse.csr_matrix(x[:50])).tolist()
csc = booster.predict(scipy.sparse.csc_matrix(x[:50])).tolist()
sparse_contrib = booster.predict(scipy.sparse.csr_matrix(x[:20]), pred_contrib=True)
sparse_type = type(sparse_contrib).__name__
from_list = booster.predict([list(row) for row in x[:5]]).tolist()
print(json.dumps(dict(stand_in=stand_in, scipy_before=scipy_before, dense=dense,
                      contrib=contrib, csr=csr, csc=csc, sparse_type=sparse_type,
                      from_list=from_list)))
"""

LEAN = """
from fraud.batch import import_lightgbm_lean
import_lightgbm_lean(without_pandas=True)  # as fraud score does (scikit-learn hidden)
import lightgbm.basic
stand_in = type(lightgbm.basic.scipy.sparse).__name__ == "SparseStandIn"
"""
# scikit-learn (imported by lightgbm.compat when not hidden) needs SciPy: noted, and redone
WITH_SKLEARN = """
from fraud.lazy_sparse import import_without_scipy
stand_in = import_without_scipy()
from lightgbm import compat
assert compat.SKLEARN_INSTALLED and "sklearn" in sys.modules
"""
NORMAL = """
import scipy.sparse
stand_in = None
"""
# lightgbm.engine fails to import once: the stand-in's import breaks half-way
BREAK_ONCE = """
import importlib.abc
class Once(importlib.abc.MetaPathFinder):
    done = False
    def find_spec(self, name, path, target=None):
        if name == "lightgbm.engine" and not Once.done:
            Once.done = True
            raise ImportError("simulated")
        return None
sys.meta_path.insert(0, Once())
sys.modules["sklearn"] = None  # hidden, as fraud.batch.import_lightgbm_lean does
from fraud.lazy_sparse import import_without_scipy
stand_in = import_without_scipy()
del sys.modules["sklearn"]
"""


@cache  # each case once per session (the normal import is the reference of three tests)
def _run(setup: str) -> dict[str, object]:
    code = TRAIN_AND_PREDICT.format(setup=setup)
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_stand_in_predicts_as_scipy_does_and_loads_it_only_for_sparse_input() -> None:
    lean, normal = _run(LEAN), _run(NORMAL)
    assert lean["stand_in"] is True and lean["scipy_before"] is False
    assert normal["scipy_before"] is True
    for key in ("dense", "contrib", "csr", "csc", "sparse_type", "from_list"):
        assert lean[key] == normal[key], key
    assert lean["csr"] == lean["dense"] and lean["sparse_type"] == "csr_matrix"


def test_a_failed_import_with_the_stand_in_falls_back_to_the_normal_one() -> None:
    broken = _run(BREAK_ONCE)
    assert broken["stand_in"] is False and broken["scipy_before"] is True
    assert broken["dense"] == _run(NORMAL)["dense"]


def test_scikit_learn_reaching_for_scipy_makes_the_import_a_normal_one() -> None:
    with_sklearn = _run(WITH_SKLEARN)
    assert with_sklearn["stand_in"] is False and with_sklearn["scipy_before"] is True
    assert with_sklearn["dense"] == _run(NORMAL)["dense"]


def test_isinstance_checks_answer_as_the_real_classes() -> None:
    code = """
import json, sys
sys.modules["sklearn"] = None  # as fraud.batch.import_lightgbm_lean hides it
from fraud.lazy_sparse import import_without_scipy
assert import_without_scipy()
del sys.modules["sklearn"]
import lightgbm.basic as basic
stand = basic.scipy.sparse
before = [isinstance(x, stand.spmatrix) for x in ([1], 2.0, "a")]
still_lazy = "scipy" not in sys.modules
import numpy as np, scipy.sparse as real
m = real.csr_matrix(np.eye(3))
after = [isinstance(m, stand.csr_matrix), isinstance(m, stand.csc_matrix),
         isinstance(m, stand.spmatrix), issubclass(real.csc_matrix, stand.spmatrix),
         isinstance(stand.csr_matrix(np.eye(2)), real.csr_matrix),
         stand.hstack is real.hstack]
print(json.dumps([before, still_lazy, after]))
"""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert done.returncode == 0, done.stderr
    before, still_lazy, after = json.loads(done.stdout.strip().splitlines()[-1])
    assert before == [False, False, False] and still_lazy
    assert after == [True, False, True, True, True, True]


def _fresh(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_a_fallback_in_a_process_that_had_not_imported_numpy_still_imports_lightgbm() -> None:
    # numpy is first imported inside the window here; forgetting it on the fallback made
    # the normal import fail ("cannot load module more than once per process")
    code = BREAK_ONCE.replace("sys.meta_path", "import sys\nsys.meta_path", 1) + (
        "\nimport numpy as np, lightgbm as lgb"
        "\nx = np.arange(40.0).reshape(20, 2); y = (x[:, 0] > 19).astype(float)"
        "\nb = lgb.train(dict(objective='binary', verbose=-1, min_data_in_leaf=2),"
        " lgb.Dataset(x, label=y), num_boost_round=2)"
        "\nprint(stand_in, len(b.predict(x)))"
    )
    assert "import numpy" not in code.split("import_without_scipy()")[0]
    assert _fresh(code) == "False 20"


def test_with_another_thread_running_lightgbm_is_imported_the_normal_way() -> None:
    # another thread could import SciPy while the stand-in is in sys.modules
    code = (
        "import sys, threading, time\n"
        "stop = threading.Event()\n"
        "t = threading.Thread(target=stop.wait); t.start()\n"
        "from fraud.lazy_sparse import import_without_scipy\n"
        "used = import_without_scipy()\n"
        "stop.set(); t.join()\n"
        "print(used, 'scipy.sparse' in sys.modules)\n"
    )
    assert _fresh(code) == "False True"
