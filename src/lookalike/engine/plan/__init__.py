"""Planning a run: resolve a job against its source, decide its paths, record the plan once."""
