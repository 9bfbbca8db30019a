"""The run's scheduling policy as plain code: which plan steps start next, and what the run does when one ends.

A backend (DBOS today, Temporal next) drives a `RunSchedule`: it feeds in the facts it has recorded (control
messages, each ended child's outcome) and turns what the schedule asks for (dispatches, a new snapshot) into its
own calls. The schedule does no I/O and reads no clock, so a workflow that is replayed from its recorded inputs
makes the same decisions in the same order.

The policy:
- a step starts once every step it waits for has finished, in plan order, at most `workers` at once;
- after a failure no new step starts; the steps still running are waited for, then the run has failed;
- a pause lets the running steps end but starts none; paused with nothing running, the run waits for a resume;
- a child that lost the snapshot of the current epoch makes the run open a new snapshot (once, however many
  children report it) and start the next epoch; a child of an older epoch just starts again in the current one;
- a cancelled child (a cancelled run that was resumed) starts again;
- every start of a step is a new attempt (a backend names each attempt's child after it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Generic, Literal, TypeAlias, TypeVar

ResultT = TypeVar("ResultT")

Control: TypeAlias = Literal["pause", "resume"]
ScheduleState: TypeAlias = Literal["running", "paused", "failing", "finished", "failed"]


class ScheduleError(RuntimeError):
    """The driver broke the schedule's protocol (a bug in the backend, not bad input)."""


@dataclass(frozen=True)
class Dispatch:
    """Start attempt `attempt` (1, 2, …) of step `step_id` in snapshot epoch `epoch`."""

    step_id: str
    attempt: int
    epoch: int


@dataclass(frozen=True)
class Finished(Generic[ResultT]):
    """The step is done; `result` is what the run reports for it."""

    result: ResultT


@dataclass(frozen=True)
class Failed:
    """The step failed for good (after its retries)."""

    table: str
    error: str


@dataclass(frozen=True)
class SnapshotLost:
    """The step could not join the snapshot of epoch `epoch`: the process holding it is gone."""

    epoch: int


@dataclass(frozen=True)
class Cancelled:
    """The step's child was cancelled (the run was cancelled, then resumed)."""


Outcome: TypeAlias = Finished[ResultT] | Failed | SnapshotLost | Cancelled


@dataclass(frozen=True)
class StepFailure:
    """The run's first failure: which step, its table, and the error it ended with."""

    step_id: str
    table: str
    error: str


class RunSchedule(Generic[ResultT]):
    """The state of one run's schedule. Epoch 1 is the snapshot the run opened before its first step."""

    def __init__(self, order: Sequence[str], after: Mapping[str, Sequence[str]], workers: int) -> None:
        if workers < 1:
            raise ScheduleError(f"a run needs at least one worker, got workers={workers}")
        self._order = tuple(order)
        if len(set(self._order)) != len(self._order):
            raise ScheduleError(f"the plan names a step twice: {list(self._order)}")
        _check_plan(self._order, after)
        self._after = {step_id: tuple(after[step_id]) for step_id in self._order}
        self._workers = workers
        self._epoch = 1
        self._attempts: dict[str, int] = {}
        self._running: dict[str, Dispatch] = {}  # in dispatch order
        self._results: dict[str, ResultT] = {}
        self._failure: StepFailure | None = None
        self._paused = False
        self._snapshot_lost = False

    # -- inputs -----------------------------------------------------------------------------------------------
    def control(self, message: Control) -> None:
        """A pause or resume message; the latest one wins."""
        if message not in ("pause", "resume"):
            raise ScheduleError(f"unknown control message {message!r}: expected 'pause' or 'resume'")
        self._paused = message == "pause"

    def report(self, step_id: str, outcome: Outcome[ResultT]) -> None:
        """A running step's child ended with `outcome`. Report the children that ended together in the order the
        backend recorded them: the first failure among them is the run's failure."""
        dispatch = self._running.pop(step_id, None)
        if dispatch is None:
            raise ScheduleError(f"step {step_id!r} reported an outcome but is not running")
        if isinstance(outcome, Finished):
            self._results[step_id] = outcome.result
        elif isinstance(outcome, Failed):
            if self._failure is None:
                self._failure = StepFailure(step_id, outcome.table, outcome.error)
        elif isinstance(outcome, SnapshotLost):
            if outcome.epoch > self._epoch:
                raise ScheduleError(f"step {step_id!r} lost snapshot epoch {outcome.epoch}, after {self._epoch}")
            # Only the current epoch's snapshot is worth replacing; an older one was replaced already.
            self._snapshot_lost = self._snapshot_lost or outcome.epoch == self._epoch
        elif not isinstance(outcome, Cancelled):
            raise ScheduleError(f"step {step_id!r} reported {outcome!r}, which is not an outcome")
        # A lost or cancelled step is neither done nor failed: the next dispatch starts it again.

    def snapshot_opened(self) -> None:
        """The backend opened the new snapshot `needs_new_snapshot` asked for: the next epoch starts."""
        if not self._snapshot_lost:
            raise ScheduleError("a new snapshot was opened that the schedule did not ask for")
        self._snapshot_lost = False
        self._epoch += 1

    # -- outputs ----------------------------------------------------------------------------------------------
    def next_dispatches(self) -> list[Dispatch]:
        """The steps to start now, in plan order, each marked running. None while paused or after a failure."""
        if self._snapshot_lost:
            raise ScheduleError("open the new snapshot (then call snapshot_opened) before starting more steps")
        if self._failure is not None or self._paused:
            return []
        started: list[Dispatch] = []
        for step_id in self._order:
            if len(self._running) >= self._workers:
                break
            if self._ready(step_id):
                attempt = self._attempts.get(step_id, 0) + 1
                self._attempts[step_id] = attempt
                dispatch = Dispatch(step_id, attempt, self._epoch)
                self._running[step_id] = dispatch
                started.append(dispatch)
        return started

    @property
    def needs_new_snapshot(self) -> bool:
        """A child lost the current epoch's snapshot: open a new one, then call `snapshot_opened`."""
        return self._snapshot_lost

    @property
    def epoch(self) -> int:
        return self._epoch

    @property
    def running(self) -> tuple[Dispatch, ...]:
        """The steps started and not yet reported, in the order they started."""
        return tuple(self._running.values())

    @property
    def state(self) -> ScheduleState:
        """running; paused (a pause is in effect: running steps may still end); failing (a step failed, others
        still run); failed and finished are final."""
        if self._failure is not None:
            return "failing" if self._running else "failed"
        if self._paused:
            return "paused"
        if not self._running and len(self._results) == len(self._order):
            return "finished"
        return "running"

    @property
    def waiting_for_resume(self) -> bool:
        """Paused with nothing running: only a resume message moves the run on (even when every step is done)."""
        return self.state == "paused" and not self._running

    @property
    def ended(self) -> bool:
        return self.state in ("finished", "failed")

    @property
    def results(self) -> Mapping[str, ResultT]:
        """Each finished step's result, in plan order."""
        return {step_id: self._results[step_id] for step_id in self._order if step_id in self._results}

    @property
    def failure(self) -> StepFailure | None:
        return self._failure

    def _ready(self, step_id: str) -> bool:
        if step_id in self._results or step_id in self._running:
            return False
        return all(waited in self._results for waited in self._after[step_id])


def _check_plan(order: tuple[str, ...], after: Mapping[str, Sequence[str]]) -> None:
    """`after` names the dependencies of exactly the plan's steps, each a step of the plan, with no cycle: a run
    whose steps wait for a step that never comes would wait forever."""
    known = set(order)
    if set(after) != known:
        missing, extra = sorted(known - set(after)), sorted(set(after) - known)
        raise ScheduleError(f"`after` must name each plan step once: missing {missing}, not in the plan {extra}")
    for step_id, waited in after.items():
        unknown = [name for name in waited if name not in known]
        if unknown:
            raise ScheduleError(f"step {step_id!r} waits for {unknown}, which the plan does not hold")
    placed: set[str] = set()
    remaining = list(order)
    while remaining:
        now = [step_id for step_id in remaining if all(name in placed for name in after[step_id])]
        if not now:
            raise ScheduleError(f"the plan's steps wait for each other in a cycle: {remaining}")
        placed.update(now)
        remaining = [step_id for step_id in remaining if step_id not in placed]
