"""Synthetic business cards with field labels, for training and testing the field labeller.

Not part of the shipped `cardcap` package: run it with `python -m training.synth`.
"""
