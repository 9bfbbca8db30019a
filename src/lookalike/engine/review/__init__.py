"""Checks a user runs on a job or a copy: verify, privacy preview, subset plan, a first job."""
