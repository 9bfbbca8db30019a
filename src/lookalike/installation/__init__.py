"""This installation's settings (LOOKALIKE_* environment variables) and its secret key: what every CLI, worker and
server process on the installation shares, below the engine and the store that both read it."""
