"""Lookalike: a QA/dev database that looks like production with nothing sensitive in it."""

__version__ = "0.1.0"
