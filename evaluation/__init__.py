"""Frozen outside creator generators: used to judge the creator model, never to train it.

Each module was written blind by another engineer, from the issue text and the contract only,
without reading ``training/simulate.py`` or the feature code. They stand in for "creators
generated apart from this project". Only mechanical lint fixes that do not change what they
generate are allowed here. Not part of the installed package.

``blind_sim``, ``holdout_sim`` and ``final_sim`` were written from the issue text; ``cn_sim``,
``global_sim`` and ``subtle_sim`` later, from the product description and the contract, each
with a focus of its own (Chinese platforms with an agent-style audience; global platforms with
aggregate processes; cautious fraud and messy genuine creators on every platform).
``training.evaluate.INDEPENDENT_GENERATORS`` lists them with their seeds and what each was
used for.
"""
