"""LightGBM imported without SciPy: a stand-in for ``scipy.sparse`` that loads it on demand.

``lightgbm.basic`` (4.x) does ``import scipy.sparse`` at import time, which costs about 0.1 s
of a one-creator ``fraud score`` (most of it SciPy's array-API layer cloning numpy and
loading ``numpy.f2py``), yet a scoring process hands LightGBM numpy arrays only. LightGBM
uses the module for three things:

* ``scipy.sparse.spmatrix`` in module-level type aliases (evaluated at import);
* ``isinstance(data, scipy.sparse.csr_matrix)`` / ``csc_matrix`` / ``spmatrix`` checks in
  ``Booster.predict`` and ``Dataset``, made before it looks at numpy arrays;
* real calls (``csr_matrix(data)`` for an unknown input type, ``hstack``, ...).

:func:`import_without_scipy` imports LightGBM while ``sys.modules`` holds a stand-in
``scipy`` package whose ``sparse`` attribute is :class:`SparseStandIn`, then takes the
stand-ins out again (so any later ``import scipy`` is the real one). In LightGBM's modules the
name ``scipy.sparse`` keeps meaning the stand-in, which is exact:

* ``csr_matrix``, ``csc_matrix`` and ``spmatrix`` are stand-in classes whose ``isinstance``
  answers ``False`` while the real ``scipy.sparse`` is not loaded (no object can then be an
  instance of its classes) and asks the real class once it is loaded; calling one, or any
  other attribute, loads the real ``scipy.sparse`` and uses it;
* so a process that only predicts on numpy arrays never loads SciPy, and one that passes
  a sparse matrix (it loaded SciPy to build it) gets LightGBM's usual sparse path.

Only if SciPy is not loaded yet, LightGBM is not imported yet and no other thread runs (one
could import SciPy while the stand-in is in ``sys.modules``); if anything fails during
the import, the stand-ins are removed and LightGBM is imported the normal way
(``tests/test_lazy_sparse.py`` checks the two agree, on predictions and on sparse inputs).
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import threading
import types
from typing import Any

__all__ = ["SPARSE_CLASSES", "SparseStandIn", "import_without_scipy", "real_sparse"]

# The scipy.sparse classes LightGBM names at import time or in isinstance checks.
SPARSE_CLASSES = ("spmatrix", "csr_matrix", "csc_matrix")


def real_sparse() -> Any:
    """The real ``scipy.sparse`` (imported on first use)."""
    import importlib

    return importlib.import_module("scipy.sparse")


def _loaded_class(name: str) -> type | None:
    """The real ``scipy.sparse.<name>`` if SciPy's sparse module is loaded, else None."""
    module = sys.modules.get("scipy.sparse")
    if module is None or isinstance(module, SparseStandIn):
        return None
    found = getattr(module, name, None)  # None while scipy.sparse is still initialising
    return found if isinstance(found, type) else None


class _LazyClassMeta(type):
    """Metaclass of the stand-in classes: checks and calls go to the real class."""

    def __instancecheck__(cls, instance: Any) -> bool:
        real = _loaded_class(cls.__name__)
        return real is not None and isinstance(instance, real)

    def __subclasscheck__(cls, subclass: Any) -> bool:
        real = _loaded_class(cls.__name__)
        return real is not None and issubclass(subclass, real)

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        return getattr(real_sparse(), cls.__name__)(*args, **kwargs)

    def __getattr__(cls, name: str) -> Any:
        return getattr(getattr(real_sparse(), cls.__name__), name)


_STAND_IN_CLASSES: dict[str, type] = {
    name: _LazyClassMeta(name, (), {"__module__": "scipy.sparse"}) for name in SPARSE_CLASSES
}


class SparseStandIn(types.ModuleType):
    """``scipy.sparse`` as LightGBM sees it: the three classes as lazy stand-ins, every other
    attribute from the real module (loaded on first such use)."""

    def __getattr__(self, name: str) -> Any:
        if name in _STAND_IN_CLASSES:
            return _STAND_IN_CLASSES[name]
        if name.startswith("__"):  # module protocol (__path__, __file__...): not a package
            raise AttributeError(name)
        _refuse_during_import(f"scipy.sparse.{name}")
        return getattr(real_sparse(), name)


class _ScipyStandIn(types.ModuleType):
    """The ``scipy`` package as LightGBM sees it: ``sparse`` is the stand-in."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        _refuse_during_import(f"scipy.{name}")
        import importlib

        return getattr(importlib.import_module("scipy"), name)


# While LightGBM is imported with the stand-ins, anything else that reaches for SciPy (a
# submodule import, an attribute the stand-ins do not model) is noted here and refused; the
# import is then redone the normal way, so nothing keeps a half-imported view of SciPy.
_INTERFERENCE: list[str] | None = None


def _refuse_during_import(what: str) -> None:
    if _INTERFERENCE is not None:
        _INTERFERENCE.append(what)
        raise ImportError(f"{what} is not available while LightGBM is imported without SciPy")


class _NoteScipyImports(importlib.abc.MetaPathFinder):
    """Notes every ``scipy.*`` import tried while the stand-ins are in ``sys.modules``."""

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> None:
        if fullname.split(".")[0] == "scipy" and _INTERFERENCE is not None:
            _INTERFERENCE.append(fullname)
        return None


def import_without_scipy() -> bool:
    """Import LightGBM with the ``scipy.sparse`` stand-in (see the module docstring).

    Returns whether the stand-in is in use: ``False`` when SciPy or LightGBM was imported
    already, or when the import with the stand-in failed and LightGBM was imported normally.
    """
    global _INTERFERENCE
    if (
        "lightgbm" in sys.modules
        or "scipy" in sys.modules
        or "scipy.sparse" in sys.modules
        or threading.active_count() > 1  # another thread could import SciPy meanwhile
    ):
        import lightgbm

        return False
    # Extension modules cannot be loaded twice in a process: numpy (which LightGBM imports
    # first) is imported before the window, so a fallback never has to forget it.
    import numpy  # noqa: F401

    sparse = SparseStandIn("scipy.sparse", "stand-in until used (fraud.lazy_sparse)")
    scipy = _ScipyStandIn("scipy", "stand-in until used (fraud.lazy_sparse)")
    scipy.sparse = sparse  # type: ignore[attr-defined]
    before = set(sys.modules)
    finder = _NoteScipyImports()
    noted: list[str] = []
    _INTERFERENCE = noted
    sys.meta_path.insert(0, finder)
    sys.modules["scipy"], sys.modules["scipy.sparse"] = scipy, sparse
    try:
        import lightgbm.basic

        in_use = getattr(lightgbm.basic, "scipy", None) is scipy and not noted
    except Exception:
        in_use = False
    finally:
        _INTERFERENCE = None
        sys.meta_path.remove(finder)
        for name in ("scipy.sparse", "scipy"):
            if sys.modules.get(name) in (scipy, sparse):
                del sys.modules[name]
    if not in_use:  # something else wanted SciPy, or an unexpected LightGBM: start again
        _forget(set(sys.modules) - before)
        import lightgbm
    return in_use


def _forget(names: set[str]) -> None:
    """Take out of ``sys.modules`` what the window imported, half-done or not, except the
    packages holding an extension module (``cannot load module more than once per
    process``): those imported without SciPy (the window refused it) and stay as they are."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    native = {
        name.split(".")[0]
        for name in names
        if str(getattr(sys.modules.get(name), "__file__", None) or "").endswith(suffixes)
    }
    for name in names:
        top = name.split(".")[0]
        if top in ("lightgbm", "scipy") or top not in native:
            sys.modules.pop(name, None)
