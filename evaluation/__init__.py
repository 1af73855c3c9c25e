"""Frozen outside creator generators: used to judge the creator model, never to train it.

Each module was written blind by another engineer, from the issue text and the contract only,
without reading ``training/simulate.py`` or the feature code. They stand in for "creators
generated apart from this project". Only mechanical lint fixes that do not change what they
generate are allowed here. Not part of the installed package.
"""
