"""The control plane's database: accounts, API keys, connections, jobs, runs and user-defined transformers, with
secrets sealed by the installation's key (lookalike.installation.secrets)."""
