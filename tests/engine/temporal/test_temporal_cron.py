"""Our cron (croniter's, as DBOS reads it: 6 fields count seconds first) as Temporal calendars: the conversion
table, the refusals, and the proof that matters: the calendars fire at exactly croniter's moments, checked here
by evaluating them and on the dev server by asking Temporal for a schedule's next action times."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
from collections.abc import Callable, Iterator

import pytest
from croniter import croniter

from lookalike.core.errors import ConfigError
from lookalike.engine.temporal.cron import CronCalendar, Span, cron_calendars, schedule_spec
from lookalike.testing.temporal import TemporalDevServer

ALL_DAYS, ALL_WEEKDAYS, ALL_MONTHS = (Span(1, 31),), (Span(0, 6),), (Span(1, 12),)
ZERO = (Span(0, 0),)


def calendar(
    second: tuple[Span, ...] = ZERO,
    minute: tuple[Span, ...] = ZERO,
    hour: tuple[Span, ...] = ZERO,
    day_of_month: tuple[Span, ...] = ALL_DAYS,
    month: tuple[Span, ...] = ALL_MONTHS,
    day_of_week: tuple[Span, ...] = ALL_WEEKDAYS,
    year: tuple[Span, ...] = (),
) -> CronCalendar:
    return CronCalendar(second, minute, hour, day_of_month, month, day_of_week, year)


@pytest.mark.parametrize(
    ("cron", "expected"),
    [
        ("0 2 * * *", [calendar(hour=(Span(2, 2),))]),
        ("*/15 * * * *", [calendar(minute=(Span(0, 45, 15),), hour=(Span(0, 23),))]),
        ("5/20 9-17 * * *", [calendar(minute=(Span(5, 45, 20),), hour=(Span(9, 17),))]),
        ("0,30 22-2 * * *", [calendar(minute=(Span(0, 30, 30),), hour=(Span(0, 2), Span(22, 23)))]),
        ("0 9 * * mon-fri", [calendar(hour=(Span(9, 9),), day_of_week=(Span(1, 5),))]),
        ("0 0 * * SUN,sat", [calendar(day_of_week=(Span(0, 6, 6),))]),
        ("0 0 * * 7", [calendar(day_of_week=(Span(0, 0),))]),
        ("0 0 1 jan-mar/2 *", [calendar(day_of_month=(Span(1, 1),), month=(Span(1, 3, 2),))]),
        ("0 0 ? * *", [calendar()]),
        ("@daily", [calendar()]),
        # 6 fields: the FIRST counts seconds (Temporal's own cron would read a year at the end).
        ("30 0 12 * * *", [calendar(second=(Span(30, 30),), hour=(Span(12, 12),))]),
        ("*/10 * * * * *", [calendar(second=(Span(0, 50, 10),), minute=(Span(0, 59),), hour=(Span(0, 23),))]),
        # Both day fields restricted: either matches (two calendars, each ANDs its fields).
        (
            "0 0 1,15 * 1",
            [calendar(day_of_month=(Span(1, 15, 14),)), calendar(day_of_week=(Span(1, 1),))],
        ),
        ("0 0 * * 2#3", [calendar(day_of_month=(Span(15, 21),), day_of_week=(Span(2, 2),))]),
        ("0 0 * * 5#5", [calendar(day_of_month=(Span(29, 31),), day_of_week=(Span(5, 5),))]),
        (
            "0 0 L 1-3 *",
            [
                calendar(day_of_month=(Span(31, 31),), month=(Span(1, 3, 2),)),
                calendar(day_of_month=(Span(29, 29),), month=(Span(2, 2),)),
                calendar(day_of_month=(Span(28, 28),), month=(Span(2, 2),), year=cron_calendars("0 0 L 2 *")[-1].year),
            ],
        ),
    ],
)
def test_conversion_table(cron: str, expected: list[CronCalendar]) -> None:
    assert list(cron_calendars(cron)) == expected


@pytest.mark.parametrize(
    ("cron", "message"),
    [
        ("0 0 1W * *", "nearest weekday"),
        ("0 0 0 1 1 * 2027", "year field"),
        ("not a cron", "not a cron expression"),
        ("61 * * * *", "not a cron expression"),
    ],
)
def test_what_cannot_be_converted_is_one_config_error(cron: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as error:
        cron_calendars(cron)
    assert error.value.where == "schedule" and error.value.fix


def _values(spans: tuple[Span, ...]) -> list[int]:
    return sorted({value for span in spans for value in range(span.start, span.end + 1, span.step)})


def _day_matcher(cal: CronCalendar) -> Callable[[dt.date], bool]:
    days, months, weekdays, years = (
        set(_values(spans)) for spans in (cal.day_of_month, cal.month, cal.day_of_week, cal.year)
    )

    def matches(day: dt.date) -> bool:
        weekday = (day.weekday() + 1) % 7  # Temporal: 0 is Sunday
        return day.day in days and day.month in months and weekday in weekdays and (not years or day.year in years)

    return matches


def _fires(calendars: tuple[CronCalendar, ...], after: dt.datetime) -> Iterator[dt.datetime]:
    """The moments the calendars match, in order, strictly after `after` (every calendar of one cron shares its
    time fields, so a matching day fires at the same times whichever calendar matched it)."""
    times = list(
        itertools.product(_values(calendars[0].hour), _values(calendars[0].minute), _values(calendars[0].second))
    )
    matchers = [_day_matcher(cal) for cal in calendars]
    for offset in range(366 * 50):
        day = after.date() + dt.timedelta(days=offset)
        if any(matches(day) for matches in matchers):
            for hour, minute, second in times:
                moment = dt.datetime(day.year, day.month, day.day, hour, minute, second)
                if moment > after:
                    yield moment


MATCH_CRONS = [
    "0 2 * * *",
    "*/15 * * * *",
    "5/20 9-17 * * mon-fri",
    "0,30 22-2 * * *",
    "0 0 1,15 * 1",
    "0 0 */2 * 1",
    "0 0 1 * */2",
    "0 0 * * 2#3",
    "0 0 13 * 5#2",
    "0 0 L * *",
    "0 0 L,28 2 *",
    "0 0 L * fri",
    "*/10 * * * * *",
    "30 15 6 1-7 * mon",
    "0 0 29 2 *",
]


@pytest.mark.parametrize("cron", MATCH_CRONS)
def test_calendars_fire_exactly_when_croniter_does(cron: str) -> None:
    calendars = cron_calendars(cron)
    for start in (dt.datetime(2026, 1, 1), dt.datetime(2027, 11, 30, 23, 59, 59)):
        expected = croniter(cron, start, second_at_beginning=len(cron.split()) == 6)
        want = [expected.get_next(dt.datetime) for _ in range(12)]
        got = list(itertools.islice(_fires(calendars, start), 12))
        assert got == want, cron


@pytest.mark.parametrize(
    "cron", ["0 2 * * *", "*/15 9-17 * * mon-fri", "0 0 1,15 * 1", "0 0 * * 2#3", "0 0 L * *", "*/20 * * * * *"]
)
def test_temporal_fires_the_schedule_when_croniter_does(temporal_server: TemporalDevServer, cron: str) -> None:
    from temporalio.client import Schedule, ScheduleActionStartWorkflow, ScheduleState

    from lookalike.engine.temporal.connection import connect

    async def next_times() -> list[dt.datetime]:
        client = await connect(temporal_server.settings())
        schedule_id = f"cron-{abs(hash(cron))}"
        handle = await client.create_schedule(
            schedule_id,
            Schedule(
                action=ScheduleActionStartWorkflow("lookalike.probe", id=schedule_id, task_queue="nobody-polls"),
                spec=schedule_spec(cron),
                state=ScheduleState(paused=True),
            ),
        )
        try:
            return list((await handle.describe()).info.next_action_times)
        finally:
            await handle.delete()

    times = asyncio.run(next_times())
    assert times, cron
    first = times[0].astimezone(dt.UTC).replace(tzinfo=None)
    expected = croniter(cron, first - dt.timedelta(seconds=1), second_at_beginning=len(cron.split()) == 6)
    want = [expected.get_next(dt.datetime) for _ in range(len(times))]
    assert [moment.astimezone(dt.UTC).replace(tzinfo=None) for moment in times] == want
