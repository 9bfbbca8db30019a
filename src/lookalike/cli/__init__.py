"""The command-line face: Typer commands over the engine's services."""
