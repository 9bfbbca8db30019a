"""Every transformer on 1,000,000 values, and mimesis' and Faker's per-value calls for reference, in one process.

Inputs are realistic (emails, names, phone numbers, integers, UUIDs…), made once outside the timing. Each entry is
timed best-of --repeat on the kind it is most used on (text first). transform_pii_text and the JavaScript entries
run on --slow-values values and are scaled to values/s (they are exempt from the 1M/s target). Reference libraries
are called once per value, as a row-by-row anonymizer would; names_vs_mimesis = transform_first_name's rate over
mimesis' first_name() rate. Last line: RESULT slowest=… slowest_values_per_s=… median_values_per_s=… names_vs_mimesis=…
Needs mimesis for the reference (`pip install -e '.[bench]'`).

--only hash,transform_email times just those entries; --batch 50000 times them in batches of that size, as the
engine calls them; --variants adds email, name and phone entries with the params masking configurations use
(preserve_length, preserve_domain, a varchar(255) column); --digests adds `hash` per algorithm on short (20–40
byte) and long (200 byte) values with a 32-byte key; --no-reference skips the per-value libraries. To compare
two versions, run this file with PYTHONPATH pointing at each version's src in turn (A B A B) and compare the
medians; --cpu counts this process's CPU time instead of wall time, which a loaded machine disturbs less.
"""

from __future__ import annotations

import argparse
import statistics
import time
import uuid
from collections.abc import Callable
from typing import Any

import numpy as np
import pyarrow as pa

from lookalike.core.schema import Column, Kind
from lookalike.transformers import REGISTRY, TransformContext, Transformer, vocab

SLOW = {"transform_pii_text", "transform_javascript", "generate_javascript"}
TARGET = 1_000_000
PREFERRED = (Kind.TEXT, Kind.INTEGER, Kind.UUID, Kind.FLOAT, Kind.BOOLEAN, Kind.TIMESTAMPTZ, Kind.DATE, Kind.OTHER)


def inputs(n: int) -> dict[Kind, pa.Array]:
    rng = np.random.default_rng(1)
    firsts, lasts = vocab.first_names(), vocab.last_names()
    first = firsts.take(rng.integers(0, len(firsts), n)).to_pylist()
    last = lasts.take(rng.integers(0, len(lasts), n)).to_pylist()
    texts = [f"{a.lower()}.{b.lower()}{i}@corp.example" for i, (a, b) in enumerate(zip(first, last, strict=True))]
    return {
        Kind.TEXT: pa.array(texts, pa.string()),
        Kind.INTEGER: pa.array(rng.integers(1, 10**9, n), pa.int64()),
        Kind.UUID: pa.array([str(uuid.UUID(int=int(v))) for v in rng.integers(0, 2**63, n)], pa.string()),
        Kind.FLOAT: pa.array(rng.normal(100, 30, n)),
        Kind.BOOLEAN: pa.array(rng.integers(0, 2, n).astype(bool)),
        Kind.TIMESTAMPTZ: pa.array(rng.integers(0, 10**15, n), pa.timestamp("us", tz="UTC")),
        Kind.DATE: pa.array(rng.integers(0, 20000, n).astype(np.int32), pa.date32()),
        Kind.OTHER: pa.array([f"10.{i % 256}.{i // 256 % 256}.1" for i in range(n)], pa.string()),
    }


def special_inputs(name: str, n: int) -> pa.Array | None:
    """Inputs shaped for entries that parse their values."""
    if "phone" in name and "int64" not in name:
        return pa.array([f"+1 (415) 555-{i % 10000:04d}" for i in range(n)], pa.string())
    if name in {"transform_full_name", "transform_first_name", "transform_last_name"}:
        names = vocab.first_names().to_pylist()
        return pa.array([f"{names[i % len(names)]} Smith" for i in range(n)], pa.string())
    if name == "transform_pii_text":
        return pa.array(
            [
                f"Call me at +1 415 555 {i % 10000:04d} or write to ann{i}@corp.example"
                if i % 5 == 0
                else f"order {i} ok"
                for i in range(n)
            ],
            pa.string(),
        )
    return None


CLOCK = time.perf_counter  # --cpu: time.process_time, this process's CPU time (steadier on a shared machine)


def best_rate(call: Callable[[], Any], count: int, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = CLOCK()
        call()
        times.append(CLOCK() - started)
    return count / min(times)


def batched(entry: Transformer[Any], values: pa.Array, params: Any, ctx: TransformContext, batch: int) -> None:
    for start in range(0, len(values), batch or len(values) or 1):
        entry(values.slice(start, batch or len(values)), params, ctx)


def time_entry(
    entry: Transformer[Any], data: dict[Kind, pa.Array], n: int, repeat: int, batch: int = 0
) -> tuple[Kind, float]:
    kind = next(k for k in PREFERRED if k in entry.kinds)
    values = special_inputs(entry.name, n) or data[kind]
    values = values.slice(0, n)
    params = entry.parse_params({})
    ctx = TransformContext(column=Column("c", "text", kind), table="t", seed=1, key=b"bench key")
    entry(values.slice(0, 1000), params, ctx)  # warm-up: vocabularies, contexts
    return kind, best_rate(lambda: batched(entry, values, params, ctx, batch), len(values), repeat)


def digest_rates(n: int, repeat: int, batch: int) -> dict[str, float]:
    """`hash` per algorithm on short (20–40 bytes) and long (200 bytes) distinct values, with a 32-byte key."""
    rng = np.random.default_rng(2)
    short = pa.array([f"{i:08d}".ljust(int(width), "s") for i, width in enumerate(rng.integers(20, 41, n))])
    long = pa.array([f"{i:08d}".ljust(200, "l") for i in range(n)])
    entry = REGISTRY.get("hash")
    ctx = TransformContext(column=Column("c", "text", Kind.TEXT), table="t", seed=1, key=bytes(range(32)))
    rates = {}
    for algorithm in ("sha256", "sha512", "sha1", "md5", "blake2b"):
        params = entry.parse_params({"algorithm": algorithm})
        for label, values in (("short", short), ("long", long)):
            rates[f"hash[{algorithm},{label}]"] = best_rate(
                lambda values=values, params=params: batched(entry, values, params, ctx, batch), n, repeat
            )
    return rates


def reference_rates(n: int) -> dict[str, float]:
    from faker import Faker

    faker = Faker("en_US")
    Faker.seed(1)
    rates = {
        "faker.first_name": best_rate(lambda: [faker.first_name() for _ in range(n)], n, 1),
        "faker.email": best_rate(lambda: [faker.email() for _ in range(n)], n, 1),
    }
    try:
        from mimesis import Person
    except ImportError:
        print("mimesis is not installed: pip install -e '.[bench]'")
        return rates
    person = Person(seed=1)
    rates["mimesis.first_name"] = best_rate(lambda: [person.first_name() for _ in range(n)], n, 1)
    rates["mimesis.email"] = best_rate(lambda: [person.email() for _ in range(n)], n, 1)
    return rates


# (entry, params, column max_length): the variants masking configurations use, beyond each entry's defaults.
VARIANTS: tuple[tuple[str, dict[str, Any], int | None], ...] = (
    ("transform_email", {}, 255),
    ("transform_email", {"preserve_length": True}, None),
    ("transform_email", {"preserve_domain": True}, None),
    ("transform_first_name", {"preserve_length": True}, None),
    ("transform_full_name", {"preserve_length": True}, None),
    ("transform_phone_number", {"preserve_length": True}, None),
)


def variant_rates(data: dict[Kind, pa.Array], n: int, repeat: int, batch: int) -> dict[str, float]:
    rates = {}
    for name, raw, max_length in VARIANTS:
        entry = REGISTRY.get(name)
        values = (special_inputs(name, n) or data[Kind.TEXT]).slice(0, n)
        params = entry.parse_params(raw)
        column = Column("c", "text", Kind.TEXT, max_length=max_length)
        ctx = TransformContext(column=column, table="t", seed=1, key=b"bench key")
        label = ",".join([*(f"{k}={v}" for k, v in raw.items()), *([f"varchar({max_length})"] if max_length else [])])
        rates[f"{name}[{label}]"] = best_rate(
            lambda entry=entry, values=values, params=params, ctx=ctx: batched(entry, values, params, ctx, batch),
            n,
            repeat,
        )
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--values", type=int, default=1_000_000)
    parser.add_argument("--slow-values", type=int, default=100_000)
    parser.add_argument("--reference-values", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--only", default="", help="comma-separated entry names (default: all)")
    parser.add_argument("--batch", type=int, default=0, help="call each entry on batches of this many values")
    parser.add_argument("--digests", action="store_true", help="also `hash` per algorithm, short and long values")
    parser.add_argument("--variants", action="store_true", help="also email/name/phone entries with other params")
    parser.add_argument("--no-reference", action="store_true", help="skip Faker's and mimesis' per-value rates")
    parser.add_argument("--cpu", action="store_true", help="time CPU seconds of this process, not wall seconds")
    args = parser.parse_args()
    if args.cpu:
        global CLOCK
        CLOCK = time.process_time

    data = inputs(args.values)
    rates: dict[str, float] = {}
    chosen = set(filter(None, args.only.split(",")))
    for entry in REGISTRY:
        if chosen and entry.name not in chosen:
            continue
        count = args.slow_values if entry.name in SLOW else args.values
        kind, rate = time_entry(entry, data, count, args.repeat, args.batch)
        rates[entry.name] = rate
        flag = "" if entry.name in SLOW or rate >= TARGET else "  < 1M/s target"
        print(f"{entry.name:32} {kind.value:12} {rate:>14,.0f} values/s{flag}", flush=True)
    if args.digests:
        for name, rate in digest_rates(args.values, args.repeat, args.batch).items():
            print(f"{name:32} {'text':12} {rate:>14,.0f} values/s", flush=True)
    if args.variants:
        for name, rate in variant_rates(data, args.values, args.repeat, args.batch).items():
            print(f"{name:32} {'text':12} {rate:>14,.0f} values/s", flush=True)
    if not rates:
        return
    reference = {} if args.no_reference else reference_rates(args.reference_values)
    for name, rate in reference.items():
        print(f"{name:32} {'per value':12} {rate:>14,.0f} values/s (reference)")
    below = sorted(name for name, rate in rates.items() if name not in SLOW and rate < TARGET)
    print(f"below the 1M/s target: {', '.join(below) or 'none'}")
    slowest = min(rates, key=lambda name: rates[name])
    median = statistics.median(rates.values())
    mimesis = reference.get("mimesis.first_name")
    ratio = f"{rates['transform_first_name'] / mimesis:.1f}" if mimesis and "transform_first_name" in rates else "nan"
    print(
        f"RESULT slowest={slowest} slowest_values_per_s={rates[slowest]:.0f} "
        f"median_values_per_s={median:.0f} names_vs_mimesis={ratio}"
    )


if __name__ == "__main__":
    main()
