"""Importing this module registers every built-in transformer."""

from lookalike.transformers import basic, email, names

__all__ = ["basic", "email", "names"]
