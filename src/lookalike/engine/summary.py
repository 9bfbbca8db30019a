"""What `lookalike sync` reports when a run is done (built from the run's RunOutcome)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class StepResult:
    step_id: str
    table: str
    rows: int
    seconds: float
    error: str | None = None
    skipped: int = 0  # rows a destination dropped: missing parent (skip_fk_violations) or key conflict
    path: str = ""  # how rows moved: "raw" (bulk bytes relayed), "arrow" (decoded, transformed), "update"
    workers: tuple[str, ...] = ()  # the worker processes that ran its chunks
    chunks: int = 0  # checkpointed chunks (DBOS steps) it took


@dataclass
class RunSummary:
    """The outcome of a run: per-step rows and durations; `seed` reproduces random transformers."""

    seed: int
    snapshot: str | None = None
    unchecked: list[str] = field(default_factory=list)  # tables of NOT NULL FK cycles
    cycle_modes: list[str] = field(default_factory=list)  # how each destination loaded them: after | replica
    warnings: list[str] = field(default_factory=list)  # a success that looks wrong (0 rows from a source with rows)
    results: list[StepResult] = field(default_factory=list)
    seconds: float = 0.0
    run_id: str = ""
    epochs: int = 1  # snapshots the run used: more than 1 after it resumed from a crash
    notes: list[str] = field(default_factory=list)  # what validation noted (a sensitive column copied as it is)

    @property
    def ok(self) -> bool:
        return all(result.error is None for result in self.results)

    @property
    def rows(self) -> int:
        return sum(result.rows for result in self.results if result.step_id.startswith("insert:"))
