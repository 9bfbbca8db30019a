"""The engine: validates a job against the live schema, then runs its plan (tables, batches)."""
