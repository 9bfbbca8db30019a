"""Cron schedules: a job's `schedule` fires runs through DBOS's durable scheduler, never two of one job at once
(unless the job allows overlap): the run is queued with the job's name as deduplication id."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from dbos import DBOS, SetEnqueueOptions, SetWorkflowID
from dbos._error import DBOSQueueDeduplicatedError

from lookalike.engine.contract import RunRequest, ScheduleContext, ScheduleInfo
from lookalike.engine.dbos.workflows import RUN_QUEUE, run_workflow
from lookalike.engine.run_ids import scheduled_run_id

SCHEDULED_WORKFLOW = "lookalike.scheduled"


@DBOS.workflow(name=SCHEDULED_WORKFLOW)
def scheduled_run(scheduled_at: datetime, context: ScheduleContext) -> str | None:
    """Queue one run of the job; None (and an event saying why) when its previous run is still going."""
    job = context.job
    run_id = scheduled_run_id(context.run_prefix or job, scheduled_at)
    queue = DBOS.retrieve_queue(RUN_QUEUE)
    assert queue is not None
    dedup = None if context.allow_overlap else f"job:{job}"
    try:
        with SetWorkflowID(run_id), SetEnqueueOptions(deduplication_id=dedup):
            queue.enqueue(run_workflow, context.request)
    except DBOSQueueDeduplicatedError:
        DBOS.set_event("skipped", "the previous run of this job is still running")
        return None
    return run_id


def add(
    api: Any, name: str, cron: str, request: RunRequest, allow_overlap: bool, run_prefix: str | None = None
) -> None:
    """Create (or replace) the schedule `name` running `request` on `cron`; each run plans when it starts (a
    plan made now would be stale by then)."""
    if api.get_schedule(name) is not None:
        api.delete_schedule(name)
    context = ScheduleContext(
        job=name,
        request=request.model_copy(update={"planned": None}),
        allow_overlap=allow_overlap,
        run_prefix=run_prefix,
    )
    if hasattr(api, "enqueue_workflow"):  # an executor
        api.create_schedule(
            schedule_name=name, workflow_fn=scheduled_run, schedule=cron, context=context, queue_name=RUN_QUEUE
        )
    else:
        api.create_schedule(
            schedule_name=name,
            workflow_name=SCHEDULED_WORKFLOW,
            schedule=cron,
            context=context,
            queue_name=RUN_QUEUE,
        )


def listing(api: Any) -> list[ScheduleInfo]:
    return [
        ScheduleInfo(s["schedule_name"], s["schedule"], s["status"], s["last_fired_at"]) for s in api.list_schedules()
    ]
