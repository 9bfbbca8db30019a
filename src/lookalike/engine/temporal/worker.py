"""A Temporal worker of Lookalike: the run and table workflows and the activities on the shared task queue, and
the snapshot-holder activities on this process's own queue (`<task queue>-holder-<worker id>`), which no other
process polls.

Activities are synchronous and run in a thread pool, at most `concurrency` at once (the tables this worker
copies together). Stopping: no new step starts, the ones in flight get a moment to commit their chunk and are then
cut off (engine/run/guard.py); Temporal hands whatever this worker held to the others (an activity cut off is
retried; its workflow replays on whichever worker takes its next task).
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from temporalio.client import Client
from temporalio.worker import Worker

from lookalike.engine.run import guard
from lookalike.engine.temporal.activities import RunActivities
from lookalike.engine.temporal.workflows import RunWorkflow, TableWorkflow

WORKFLOWS = [RunWorkflow, TableWorkflow]


def holder_queue(task_queue: str, worker_id: str) -> str:
    return f"{task_queue}-holder-{worker_id}"


class TemporalWorker:
    """The two Temporal workers of one process, started and stopped together on the bridge's loop."""

    def __init__(self, client: Client, task_queue: str, worker_id: str, concurrency: int) -> None:
        self.worker_id = worker_id
        self.task_queue = task_queue
        self.activities = RunActivities(client, worker_id, holder_queue(task_queue, worker_id))
        # Blocking steps: one thread each, plus a few for the holder's and the heartbeats' short calls.
        self._threads = ThreadPoolExecutor(max_workers=concurrency + 4, thread_name_prefix="lookalike-step")
        self._workers = [
            Worker(
                client,
                task_queue=task_queue,
                workflows=WORKFLOWS,
                activities=self.activities.shared_activities(),
                activity_executor=self._threads,
                max_concurrent_activities=concurrency,
                graceful_shutdown_timeout=timedelta(seconds=3),
                identity=self.activities.worker_label,
            ),
            Worker(
                client,
                task_queue=self.activities.holder_queue,
                activities=self.activities.holder_activities(),
                activity_executor=self._threads,
                max_concurrent_activities=4,
                graceful_shutdown_timeout=timedelta(seconds=3),
                identity=self.activities.worker_label,
            ),
        ]
        self._running: list[asyncio.Task[None]] = []

    async def start(self) -> None:
        guard.end_drain()  # a process that stopped a worker before may run steps again
        self._running = [asyncio.create_task(worker.run()) for worker in self._workers]
        await asyncio.sleep(0)

    async def stop(self) -> None:
        """Stop polling, let in-flight activities end (cut off after the grace), and wait for the workers."""
        await asyncio.gather(*(worker.shutdown() for worker in self._workers), return_exceptions=True)
        await asyncio.gather(*self._running, return_exceptions=True)
        self._threads.shutdown(wait=False, cancel_futures=True)

    @property
    def failed(self) -> BaseException | None:
        """Why a worker stopped by itself (it lost the server for good), else None."""
        for task in self._running:
            if task.done() and not task.cancelled() and task.exception() is not None:
                return task.exception()
        return None
