"""Helpers shared by the test suite and the benchmarks (not used by the product at run time)."""
