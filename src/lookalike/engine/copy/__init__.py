"""The data path: chunks read, transformed and written to every destination with their checkpoint."""
