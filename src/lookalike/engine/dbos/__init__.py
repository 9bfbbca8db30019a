"""The DBOS Transact backend: a run as workflows and steps, its runtime, run history and schedules."""
