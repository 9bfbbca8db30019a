"""Metadata kept between runs: settings, sealed secrets (the store of jobs and runs comes with the control plane)."""
