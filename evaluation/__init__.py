"""Frozen outside creator generators: used to judge the creator model, never to train it.

Each module was written blind by another engineer, from the issue text and the contract only,
without reading ``training/simulate.py`` or the feature code. They stand in for "creators
generated apart from this project". Only mechanical lint fixes that do not change what they
generate are allowed here. Not part of the installed package.

``blind_sim``, ``holdout_sim`` and ``final_sim`` were written from the issue text; ``cn_sim``,
``global_sim`` and ``subtle_sim`` later, from the product description and the contract, each
with a focus of its own (Chinese platforms with an agent-style audience; global platforms with
aggregate processes; cautious fraud and messy genuine creators on every platform).
``alpha_sim``, ``bravo_sim`` and ``charlie_sim`` were written on 3 December (the thirty-fourth
session), each by another engineer, from ``BRIEF.md`` (the product, the problem of issue 8 and
the task, without its goals) and the contract only; since then only mechanical edits that leave
their output byte for byte as it was (formatting, lint, type annotations) were made. They are
never trained on; what they chose, session by session, and how often ``final`` was consulted
are recorded in ``training.evaluate`` (``JUDGE_CHOICES``, ``FINAL_CONSULTATIONS``).
The generators the model learns from live in ``training.generators``, apart: none is a judge.
``training.evaluate.INDEPENDENT_GENERATORS`` lists them with their seeds.
"""
