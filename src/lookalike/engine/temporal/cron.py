"""A job's `schedule:` as Temporal Schedule calendars that fire exactly when the DBOS backend fires it.

Our cron is croniter's (DBOS's scheduler reads it too): 5 fields, or 6 whose FIRST counts seconds. Temporal's cron
strings put an optional year 6th (or 7th, after seconds first), and its day-of-month/day-of-week rule differs, so
the expression is not passed as a string: croniter expands each field and we build structured calendars. Cron's
rule that a restricted day of month OR a restricted day of week matches becomes two calendars (a calendar ANDs
its fields); `2#3` (the third Tuesday) is days 15-21 on Tuesdays (and, as croniter has it, a day of month beside
it adds nothing); `L` (the month's last day) is one calendar per
month length, February's 28th only in common years.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from lookalike.core.errors import ConfigError

if TYPE_CHECKING:
    import temporalio.client

_FIX = "use 5 fields (minute hour day month weekday) or 6 with seconds first, e.g. '0 2 * * *'"
_MONTH_DAYS = {31: (1, 3, 5, 7, 8, 10, 12), 30: (4, 6, 9, 11)}


class Span(NamedTuple):
    """Values start, start+step, ... up to end (inclusive), as Temporal's ScheduleRange."""

    start: int
    end: int
    step: int = 1


@dataclass(frozen=True)
class CronCalendar:
    """One structured calendar: a moment matches when every field matches (an empty `year`: every year)."""

    second: tuple[Span, ...]
    minute: tuple[Span, ...]
    hour: tuple[Span, ...]
    day_of_month: tuple[Span, ...]
    month: tuple[Span, ...]
    day_of_week: tuple[Span, ...]  # 0 is Sunday
    year: tuple[Span, ...] = ()


_ALL_DAYS = (Span(1, 31),)
_ALL_WEEKDAYS = (Span(0, 6),)
# Common years (February has 28 days) within Temporal's year range, 2000-2100: three residues mod 4, and 2100.
# The 28th of February of an `L` schedule fires through 2100 (Temporal refuses later years in a calendar).
_COMMON_YEARS = (Span(2001, 2097, 4), Span(2002, 2098, 4), Span(2003, 2099, 4), Span(2100, 2100))


def cron_calendars(cron: str) -> tuple[CronCalendar, ...]:
    """The calendars whose union fires exactly when croniter (and so DBOS) fires `cron`; a ConfigError for what
    Temporal cannot express."""
    from croniter import croniter

    fields = cron.split()
    if len(fields) == 7:
        raise ConfigError(f"a cron with a year field is not supported: {cron!r}", where="schedule", fix=_FIX)
    raw_fields = fields if len(fields) != 6 else fields[1:]
    if len(raw_fields) == 5 and "w" in raw_fields[2].lower():
        raise ConfigError(
            f"'W' (the nearest weekday) has no Temporal calendar: {cron!r}",
            where="schedule",
            fix="name the days instead (e.g. 1-3 with mon-fri as two schedules) or use the DBOS engine",
        )
    try:
        expanded, nth = croniter.expand(cron, second_at_beginning=len(fields) == 6)
    except Exception as error:  # croniter's own error types, all "not a cron"
        raise ConfigError(f"not a cron expression: {cron!r} ({error})", where="schedule", fix=_FIX) from None
    minute, hour, dom, month, dow = expanded[:5]
    second = expanded[5] if len(expanded) > 5 else [0]
    times = {
        "second": _spans(second, 0, 59),
        "minute": _spans(minute, 0, 59),
        "hour": _spans(hour, 0, 23),
        "month": _spans(month, 1, 12),
    }
    dom_restricted, dow_restricted = dom[0] != "*", dow[0] != "*" or bool(nth)
    months = times["month"]
    if nth:  # croniter intersects the day of month with `w#n`, a subset of `w#n` alone: the union is `w#n`
        rules = _weekdays(dow, nth, months)
    elif dom_restricted and dow_restricted:  # cron's rule: either day field matching is enough
        rules = _month_days(dom, months) + _weekdays(dow, nth, months)
    elif dom_restricted:
        rules = _month_days(dom, months)
    else:
        rules = _weekdays(dow, nth, months)
    calendars: list[CronCalendar] = []
    for rule in rules:
        calendar = CronCalendar(
            second=times["second"],
            minute=times["minute"],
            hour=times["hour"],
            day_of_month=rule.days,
            month=rule.months,
            day_of_week=rule.weekdays,
            year=rule.years,
        )
        if calendar not in calendars:
            calendars.append(calendar)
    return tuple(calendars)


class _DayRule(NamedTuple):
    days: tuple[Span, ...]
    weekdays: tuple[Span, ...]
    months: tuple[Span, ...]
    years: tuple[Span, ...] = ()


def _month_days(dom: list[int | str], months: tuple[Span, ...]) -> list[_DayRule]:
    """Rules of the day-of-month field (any weekday); `l` is the last day of each month cron allows."""
    days = [value for value in dom if isinstance(value, int)]
    rules = [_DayRule(_spans(days, 1, 31), _ALL_WEEKDAYS, months)] if days else []
    if "l" in dom:
        allowed = {month for span in months for month in range(span.start, span.end + 1, span.step)}
        for length, of_length in _MONTH_DAYS.items():
            if chosen := [month for month in of_length if month in allowed]:
                rules.append(_DayRule((Span(length, length),), _ALL_WEEKDAYS, _spans(chosen, 1, 12)))
        if 2 in allowed:
            rules.append(_DayRule((Span(29, 29),), _ALL_WEEKDAYS, (Span(2, 2),)))
            if 28 not in days:  # else the 28th fires every year anyway
                rules.append(_DayRule((Span(28, 28),), _ALL_WEEKDAYS, (Span(2, 2),), _COMMON_YEARS))
    return rules


def _weekdays(dow: list[int | str], nth: dict[int | str, set[int]], months: tuple[Span, ...]) -> list[_DayRule]:
    """Rules of the day-of-week field (any day of the month); `w#n` is the n-th w: days 7(n-1)+1 .. 7n."""
    if dow[0] == "*" and not nth:
        return [_DayRule(_ALL_DAYS, _ALL_WEEKDAYS, months)]
    plain = [value for value in dow if isinstance(value, int) and value not in nth]
    rules = [_DayRule(_ALL_DAYS, _spans(plain, 0, 6), months)] if plain else []
    for weekday, occurrences in sorted(nth.items(), key=lambda item: str(item[0])):
        weekdays = (Span(weekday % 7, weekday % 7),) if isinstance(weekday, int) else _ALL_WEEKDAYS
        for occurrence in sorted(occurrences):
            first = 7 * (occurrence - 1) + 1
            rules.append(_DayRule((Span(first, min(first + 6, 31)),), weekdays, months))
    return rules


def _spans(values: list[int | str] | list[int], low: int, high: int) -> tuple[Span, ...]:
    """Sorted values as few spans as a greedy walk finds (runs and arithmetic steps); `*` is low..high."""
    if not values or values[0] == "*":
        return (Span(low, high),)
    numbers = sorted({value for value in values if isinstance(value, int)})
    spans: list[Span] = []
    index = 0
    while index < len(numbers):
        start = numbers[index]
        if index + 1 == len(numbers):
            spans.append(Span(start, start))
            break
        step = numbers[index + 1] - start
        end_index = index + 1
        while end_index + 1 < len(numbers) and numbers[end_index + 1] - numbers[end_index] == step:
            end_index += 1
        spans.append(Span(start, numbers[end_index], step if end_index > index else 1))
        index = end_index + 1
    return tuple(spans)


def schedule_spec(cron: str, *, time_zone: str | None = None) -> temporalio.client.ScheduleSpec:
    """The Temporal ScheduleSpec of `cron` (UTC unless `time_zone`, an IANA name, as DBOS fires in UTC)."""
    from temporalio.client import ScheduleCalendarSpec, ScheduleRange, ScheduleSpec

    def ranges(spans: tuple[Span, ...]) -> tuple[ScheduleRange, ...]:
        return tuple(ScheduleRange(span.start, span.end, span.step) for span in spans)

    calendars = [
        ScheduleCalendarSpec(
            second=ranges(calendar.second),
            minute=ranges(calendar.minute),
            hour=ranges(calendar.hour),
            day_of_month=ranges(calendar.day_of_month),
            month=ranges(calendar.month),
            day_of_week=ranges(calendar.day_of_week),
            year=ranges(calendar.year),
            comment=cron,
        )
        for calendar in cron_calendars(cron)
    ]
    return ScheduleSpec(calendars=calendars, time_zone_name=time_zone)
