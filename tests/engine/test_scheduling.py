"""The run's scheduling policy, table-driven: each scenario is a script of inputs, some with the output they must
give (`command = expected`). No database, no DBOS: the policy is plain code."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pytest

from lookalike.engine.scheduling import (
    Cancelled,
    Failed,
    Finished,
    RunSchedule,
    ScheduleError,
    SnapshotLost,
)

Plan = tuple[Sequence[str], Mapping[str, Sequence[str]]]  # the steps in plan order, and what each waits for
CHAIN: Plan = (["a", "b", "c"], {"a": [], "b": ["a"], "c": ["b"]})
DIAMOND: Plan = (["a", "b", "c", "d"], {"a": [], "b": ["a"], "c": ["a"], "d": ["b", "c"]})  # a → b, c → d
WIDE: Plan = (list("abcde"), {name: [] for name in "abcde"})
EMPTY: Plan = ([], {})


@dataclass(frozen=True)
class Scenario:
    name: str
    plan: Plan
    workers: int
    script: Sequence[str]


def _run(schedule: RunSchedule[str], command: str) -> str | None:
    """Apply one script command; queries return their output, inputs return None."""
    words = command.split()
    match words:
        case ["start"]:
            started = schedule.next_dispatches()
            return " ".join(f"{d.step_id}#{d.attempt}@{d.epoch}" for d in started) or "-"
        case ["pause" | "resume" as message]:
            schedule.control(message)
        case ["snapshot", "opened"]:
            schedule.snapshot_opened()
        case ["state"]:
            return schedule.state + (" waiting" if schedule.waiting_for_resume else "")
        case ["new", "snapshot?"]:
            return "yes" if schedule.needs_new_snapshot else "no"
        case ["epoch"]:
            return str(schedule.epoch)
        case ["running"]:
            return " ".join(d.step_id for d in schedule.running) or "-"
        case ["results"]:
            return " ".join(f"{step}:{result}" for step, result in schedule.results.items()) or "-"
        case ["failure"]:
            failure = schedule.failure
            return "-" if failure is None else f"{failure.step_id} {failure.table}: {failure.error}"
        case [step, "done"]:
            schedule.report(step, Finished(step.upper()))
        case [step, "failed"]:
            schedule.report(step, Failed(f"public.{step}", f"{step} broke"))
        case [step, "lost", epoch]:
            schedule.report(step, SnapshotLost(int(epoch)))
        case [step, "cancelled"]:
            schedule.report(step, Cancelled())
        case _:
            raise AssertionError(f"unknown script command {command!r}")
    return None


def _play(scenario: Scenario) -> list[str]:
    """The script with each query's actual output in place of the expected one."""
    schedule: RunSchedule[str] = RunSchedule(*scenario.plan, scenario.workers)
    transcript = []
    for line in scenario.script:
        command, _, expected = line.partition(" = ")
        output = _run(schedule, command)
        assert (output is None) == (not expected), f"{line!r}: a query needs ` = expected`, an input none"
        transcript.append(command if output is None else f"{command} = {output}")
    return transcript


SCENARIOS = [
    Scenario(
        "chain, one worker",
        CHAIN,
        1,
        [
            "start = a#1@1",
            "state = running",
            "start = -",
            "a done",
            "start = b#1@1",
            "b done",
            "start = c#1@1",
            "c done",
            "state = finished",
            "start = -",
            "results = a:A b:B c:C",
            "failure = -",
        ],
    ),
    *(
        Scenario(  # a chain cannot use more than one worker
            f"chain, {workers} workers",
            CHAIN,
            workers,
            ["start = a#1@1", "a done", "start = b#1@1", "b done", "start = c#1@1", "c done", "state = finished"],
        )
        for workers in (2, 3)
    ),
    Scenario(
        "diamond, two workers: b and c together, d after both",
        DIAMOND,
        2,
        [
            "start = a#1@1",
            "a done",
            "start = b#1@1 c#1@1",
            "c done",
            "start = -",
            "b done",
            "start = d#1@1",
            "d done",
            "state = finished",
            "results = a:A b:B c:C d:D",  # plan order, not the order they finished
        ],
    ),
    Scenario(
        "diamond, one worker: plan order",
        DIAMOND,
        1,
        ["start = a#1@1", "a done", "start = b#1@1", "b done", "start = c#1@1", "c done", "start = d#1@1"],
    ),
    Scenario(
        "the worker cap: at most two at once, the next in plan order as each ends",
        WIDE,
        2,
        [
            "start = a#1@1 b#1@1",
            "start = -",
            "running = a b",
            "b done",
            "start = c#1@1",
            "a done",
            "c done",
            "start = d#1@1 e#1@1",
            "d done",
            "e done",
            "state = finished",
        ],
    ),
    Scenario(
        "more workers than steps",
        WIDE,
        8,
        ["start = a#1@1 b#1@1 c#1@1 d#1@1 e#1@1", "state = running"],
    ),
    Scenario(
        "a failure starts nothing new and waits for the running steps",
        WIDE,
        2,
        [
            "start = a#1@1 b#1@1",
            "a failed",
            "state = failing",
            "failure = a public.a: a broke",
            "start = -",
            "running = b",
            "b done",
            "state = failed",
            "start = -",
            "results = b:B",
        ],
    ),
    Scenario(
        "the first failure is the run's failure",
        WIDE,
        3,
        ["start = a#1@1 b#1@1 c#1@1", "b failed", "a failed", "c done", "failure = b public.b: b broke"],
    ),
    Scenario(
        "a failure with nothing else running fails the run at once",
        CHAIN,
        1,
        ["start = a#1@1", "a failed", "state = failed", "start = -"],
    ),
    Scenario(
        "pause before anything runs, then resume",
        CHAIN,
        2,
        [
            "pause",
            "state = paused waiting",
            "start = -",
            "resume",
            "state = running",
            "start = a#1@1",
        ],
    ),
    Scenario(
        "pause while steps run: they end, none starts, then the run waits for a resume",
        WIDE,
        2,
        [
            "start = a#1@1 b#1@1",
            "pause",
            "state = paused",  # paused, but a and b still run: not yet waiting
            "a done",
            "start = -",
            "state = paused",
            "b done",
            "state = paused waiting",
            "start = -",
            "resume",
            "start = c#1@1 d#1@1",
        ],
    ),
    Scenario(
        "the latest control message wins",
        CHAIN,
        1,
        ["pause", "resume", "pause", "state = paused waiting", "resume", "pause", "resume", "start = a#1@1"],
    ),
    Scenario(
        "a resume without a pause changes nothing",
        CHAIN,
        1,
        ["resume", "start = a#1@1", "resume", "state = running"],
    ),
    Scenario(
        "paused when the last step ends: the run waits for a resume before it finishes",
        CHAIN,
        1,
        [
            "start = a#1@1",
            "a done",
            "start = b#1@1",
            "b done",
            "start = c#1@1",
            "pause",
            "c done",
            "state = paused waiting",
            "resume",
            "state = finished",
        ],
    ),
    Scenario(
        "a failure outweighs a pause: the run fails without waiting for a resume",
        WIDE,
        2,
        ["start = a#1@1 b#1@1", "pause", "a failed", "state = failing", "b done", "state = failed"],
    ),
    Scenario(
        "two children lose the current snapshot: one new snapshot, both start again in epoch 2",
        WIDE,
        3,
        [
            "start = a#1@1 b#1@1 c#1@1",
            "new snapshot? = no",
            "a lost 1",
            "new snapshot? = yes",
            "b lost 1",
            "new snapshot? = yes",
            "snapshot opened",
            "new snapshot? = no",
            "epoch = 2",
            "start = a#2@2 b#2@2",
            "state = running",
        ],
    ),
    Scenario(
        "a child of an older epoch starts again in the current one, without a new snapshot",
        WIDE,
        3,
        [
            "start = a#1@1 b#1@1 c#1@1",
            "a lost 1",
            "snapshot opened",
            "start = a#2@2",
            "b lost 1",  # b was started in epoch 1, whose snapshot is already replaced
            "new snapshot? = no",
            "start = b#2@2",
            "a lost 2",  # but a lost epoch 2's snapshot: that one needs replacing too
            "new snapshot? = yes",
            "snapshot opened",
            "epoch = 3",
            "start = a#3@3",
        ],
    ),
    Scenario(
        "a lost snapshot while paused is still replaced; nothing starts until the resume",
        WIDE,
        1,
        [
            "start = a#1@1",
            "pause",
            "a lost 1",
            "new snapshot? = yes",
            "snapshot opened",
            "state = paused waiting",
            "start = -",
            "resume",
            "start = a#2@2",
        ],
    ),
    Scenario(
        "a lost snapshot and a failure in one pass: the snapshot is replaced, nothing starts",
        WIDE,
        2,
        ["start = a#1@1 b#1@1", "a lost 1", "b failed", "snapshot opened", "epoch = 2", "start = -", "state = failed"],
    ),
    Scenario(
        "a cancelled child starts again with the next attempt, in the same epoch",
        CHAIN,
        1,
        [
            "start = a#1@1",
            "a cancelled",
            "new snapshot? = no",
            "state = running",
            "start = a#2@1",
            "a cancelled",
            "start = a#3@1",
            "a done",
            "start = b#1@1",
        ],
    ),
    Scenario(
        "an empty plan is finished before it starts",
        EMPTY,
        4,
        ["state = finished", "start = -", "results = -", "epoch = 1"],
    ),
    Scenario(
        "an empty plan paused waits for a resume",
        EMPTY,
        1,
        ["pause", "state = paused waiting", "resume", "state = finished"],
    ),
]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[scenario.name for scenario in SCENARIOS])
def test_the_schedule_follows_its_script(scenario: Scenario) -> None:
    assert _play(scenario) == list(scenario.script)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[scenario.name for scenario in SCENARIOS])
def test_the_same_inputs_give_the_same_outputs(scenario: Scenario) -> None:
    """DBOS replays the run workflow: a schedule fed the recorded inputs again decides exactly as before."""
    assert _play(scenario) == _play(scenario)


def _random_plan(rng: random.Random, size: int) -> tuple[list[str], dict[str, list[str]]]:
    order = [f"s{index}" for index in range(size)]
    after = {
        step: sorted(rng.sample(order[:index], k=min(index, rng.randint(0, 2)))) for index, step in enumerate(order)
    }
    return order, after


def _simulate(seed: int) -> list[str]:
    """Drive a schedule like the run workflow does, with children that end in a random order and sometimes lose
    the snapshot or are cancelled; check the policy's invariants on the way. Returns every dispatch made."""
    rng = random.Random(seed)
    order, after = _random_plan(rng, rng.randint(0, 12))
    workers = rng.randint(1, 4)
    schedule: RunSchedule[str] = RunSchedule(order, after, workers)
    finished: set[str] = set()
    attempts: dict[str, int] = {}
    log: list[str] = []
    for _ in range(1000):
        for dispatch in schedule.next_dispatches():
            assert set(after[dispatch.step_id]) <= finished, "a step started before the steps it waits for"
            assert dispatch.attempt == attempts.get(dispatch.step_id, 0) + 1, "attempts go 1, 2, 3, …"
            assert dispatch.epoch == schedule.epoch
            attempts[dispatch.step_id] = dispatch.attempt
            log.append(f"{dispatch.step_id}#{dispatch.attempt}@{dispatch.epoch}")
        assert len(schedule.running) <= workers, "more steps ran at once than there are workers"
        if schedule.ended:
            break
        ended = rng.sample(list(schedule.running), k=rng.randint(1, len(schedule.running)))
        for dispatch in ended:
            roll = rng.random()
            if roll < 0.15:
                schedule.report(dispatch.step_id, SnapshotLost(dispatch.epoch))
            elif roll < 0.25:
                schedule.report(dispatch.step_id, Cancelled())
            else:
                schedule.report(dispatch.step_id, Finished(dispatch.step_id))
                finished.add(dispatch.step_id)
        if schedule.needs_new_snapshot:
            schedule.snapshot_opened()
    assert schedule.state == "finished"
    assert list(schedule.results) == order, "results come in plan order"
    return log


@pytest.mark.parametrize("seed", range(40))
def test_random_runs_keep_the_policy_and_replay_the_same(seed: int) -> None:
    assert _simulate(seed) == _simulate(seed)


@pytest.mark.parametrize(
    ("order", "after", "workers", "message"),
    [
        (["a"], {"a": []}, 0, "at least one worker"),
        (["a", "a"], {"a": []}, 1, "names a step twice"),
        (["a"], {"a": ["x"]}, 1, "does not hold"),
        (["a", "b"], {"a": []}, 1, "missing ['b']"),
        (["a"], {"a": [], "z": []}, 1, "not in the plan ['z']"),
        (["a", "b"], {"a": ["b"], "b": ["a"]}, 1, "cycle"),
        (["a"], {"a": ["a"]}, 1, "cycle"),
    ],
)
def test_a_plan_that_could_never_finish_is_refused(
    order: list[str], after: dict[str, list[str]], workers: int, message: str
) -> None:
    with pytest.raises(ScheduleError, match=message.replace("[", r"\[").replace("]", r"\]")):
        RunSchedule(order, after, workers)


@pytest.mark.parametrize(
    ("script", "message"),
    [
        (["b done"], "not running"),
        (["start", "a done", "a done"], "not running"),
        (["snapshot opened"], "did not ask for"),
        (["start", "a lost 1", "start"], "open the new snapshot"),
        (["start", "a lost 2"], "lost snapshot epoch 2, after 1"),
    ],
)
def test_a_driver_that_breaks_the_protocol_is_stopped(script: list[str], message: str) -> None:
    schedule: RunSchedule[str] = RunSchedule(*CHAIN, 1)
    with pytest.raises(ScheduleError, match=message):
        for command in script:
            _run(schedule, command)


def test_an_unknown_control_message_is_refused() -> None:
    schedule: RunSchedule[str] = RunSchedule([], {}, 1)
    with pytest.raises(ScheduleError, match="unknown control message"):
        schedule.control("stop")  # type: ignore[arg-type]
