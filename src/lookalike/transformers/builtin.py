"""Importing this module registers every built-in transformer."""

from lookalike.transformers import basic, email, generators, identity, javascript, names, phones, pii, places, values

__all__ = ["basic", "email", "generators", "identity", "javascript", "names", "phones", "pii", "places", "values"]
