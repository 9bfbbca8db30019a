"""Generators that ignore the input value (Neosync's names and params): numbers, booleans, digits, identifiers.

Every choice comes from `draws`: one uint64 per row, from the keyed hash of the input when the job has a key
(deterministic), else from the run's seeded generator. Strings are assembled from digit matrices, never per row.
"""

from __future__ import annotations

from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import Field, model_validator

from lookalike.core.schema import Kind
from lookalike.transformers.common import TEXT, draws, join_strings, truncate_to
from lookalike.transformers.hashing import U64, derive, hex_strings, positional
from lookalike.transformers.registry import NoParams, Role, StrictParams, TransformContext, transformer

NUMERIC = frozenset({Kind.INTEGER, Kind.DECIMAL, Kind.FLOAT})
_DIGITS = np.frombuffer(b"0123456789", dtype=np.uint8)
LETTERS = np.frombuffer(b"abcdefghijklmnopqrstuvwxyz", dtype=np.uint8)


def uniform(hashes: U64) -> npt.NDArray[np.float64]:
    """Floats in [0, 1) from uniform 64-bit values."""
    return (hashes >> np.uint64(11)).astype(np.float64) / float(1 << 53)


def _in_range(hashes: U64, low: int, high: int) -> npt.NDArray[np.int64]:
    """Integers in [low, high] (inclusive)."""
    span = np.uint64(high - low + 1)
    return (hashes % span).astype(np.int64) + np.int64(low)


def matrix_strings(matrix: npt.NDArray[np.uint8], lengths: npt.NDArray[np.int64] | None = None) -> pa.Array[Any]:
    """Rows of ASCII bytes as strings; with `lengths`, row i keeps its first lengths[i] bytes."""
    n, width = matrix.shape
    if lengths is None:
        lengths = np.full(n, width, dtype=np.int64)
    keep = np.arange(width)[None, :] < lengths[:, None]
    data = np.ascontiguousarray(matrix[keep])
    offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int32)
    return pa.StringArray.from_buffers(n, pa.py_buffer(offsets), pa.py_buffer(data))


def symbols(hashes: U64, width: int, alphabet: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    """n × width ASCII symbols drawn from `alphabet`: one 32-bit draw per row and position (broadcast, no copies)."""
    draws = positional(hashes[:, None], np.arange(1, width + 1, dtype=np.uint32)[None, :])
    return alphabet[((draws.astype(np.uint64) * np.uint64(len(alphabet))) >> np.uint64(32)).astype(np.intp)]


def _digit_matrix(hashes: U64, width: int) -> npt.NDArray[np.uint8]:
    """n × width decimal digits (ASCII)."""
    return symbols(hashes, width, _DIGITS)


# -- booleans and numbers -------------------------------------------------------------------------------------
@transformer("generate_bool", kinds={Kind.BOOLEAN}, role=Role.GENERATOR)
def generate_bool(values: pa.Array[Any], params: NoParams, ctx: TransformContext) -> pa.Array[Any]:
    """A random true or false."""
    return pa.array((draws(values, ctx) & np.uint64(1)).astype(np.bool_))


class Int64Params(StrictParams):
    randomize_sign: bool = Field(False, description="negate about half of the values")
    min: int = Field(1, description="smallest value (inclusive)")
    max: int = Field(40, description="largest value (inclusive)")

    @model_validator(mode="after")
    def _ordered(self) -> Int64Params:
        if self.min > self.max:
            raise ValueError(f"min ({self.min}) must not exceed max ({self.max})")
        return self


@transformer("generate_int64", kinds=NUMERIC | TEXT, role=Role.GENERATOR, params=Int64Params)
def generate_int64(values: pa.Array[Any], params: Int64Params, ctx: TransformContext) -> pa.Array[Any]:
    """A random integer between min and max; with randomize_sign, negative about half the time."""
    hashes = draws(values, ctx)
    out = _in_range(hashes, params.min, params.max)
    if params.randomize_sign:
        out = np.where(derive(hashes, 7) & np.uint64(1), -out, out)
    return pa.array(out, pa.int64())


class Float64Params(StrictParams):
    randomize_sign: bool = Field(False, description="negate about half of the values")
    min: float = Field(1.0, description="smallest value")
    max: float = Field(10_000.0, description="largest value")
    precision: int | None = Field(None, ge=0, le=15, description="digits after the decimal point (default: all)")

    @model_validator(mode="after")
    def _ordered(self) -> Float64Params:
        if self.min > self.max:
            raise ValueError(f"min ({self.min}) must not exceed max ({self.max})")
        return self


@transformer("generate_float64", kinds=NUMERIC - {Kind.INTEGER} | TEXT, role=Role.GENERATOR, params=Float64Params)
def generate_float64(values: pa.Array[Any], params: Float64Params, ctx: TransformContext) -> pa.Array[Any]:
    """A random float between min and max, rounded to `precision` decimals when given."""
    hashes = draws(values, ctx)
    out = params.min + uniform(hashes) * (params.max - params.min)
    if params.precision is not None:
        out = np.round(out, params.precision)
    if params.randomize_sign:
        out = np.where(derive(hashes, 7) & np.uint64(1), -out, out)
    return pa.array(out, pa.float64())


class CategoricalParams(StrictParams):
    categories: str = Field("ultricies,integer,mollis", description="comma-separated values to choose from")

    @model_validator(mode="after")
    def _some(self) -> CategoricalParams:
        if not [c for c in self.categories.split(",") if c.strip()]:
            raise ValueError("categories must list at least one value")
        return self


@transformer("generate_categorical", kinds=TEXT | {Kind.ENUM}, role=Role.GENERATOR, params=CategoricalParams)
def generate_categorical(values: pa.Array[Any], params: CategoricalParams, ctx: TransformContext) -> pa.Array[Any]:
    """One of the given categories, uniformly."""
    choices = pa.array([c.strip() for c in params.categories.split(",") if c.strip()], pa.string())
    return truncate_to(choices.take(_in_range(draws(values, ctx), 0, len(choices) - 1)), ctx.column.max_length)


# -- digit strings ----------------------------------------------------------------------------------------------
class CardParams(StrictParams):
    valid_luhn: bool = Field(True, description="end with a Luhn check digit, as real card numbers do")


@transformer(
    "generate_card_number",
    kinds=TEXT | {Kind.INTEGER, Kind.DECIMAL},
    role=Role.GENERATOR,
    params=CardParams,
    width=lambda params: 16,
)
def generate_card_number(values: pa.Array[Any], params: CardParams, ctx: TransformContext) -> pa.Array[Any]:
    """A 16-digit card number starting with 4; valid under the Luhn check unless valid_luhn is false."""
    hashes = draws(values, ctx)
    digits = _digit_matrix(hashes, 16)
    digits[:, 0] = ord("4")
    if params.valid_luhn:
        numbers = (digits[:, :15] - ord("0")).astype(np.int64)
        doubled = numbers[:, ::-1].copy()
        doubled[:, ::2] *= 2  # from the right, every other digit of the payload is doubled
        doubled = np.where(doubled > 9, doubled - 9, doubled)
        digits[:, 15] = ord("0") + (10 - doubled.sum(axis=1) % 10) % 10
    return truncate_to(matrix_strings(digits), ctx.column.max_length)


class PhoneRange(StrictParams):
    min: int = Field(9, ge=1, le=15, description="fewest digits")
    max: int = Field(15, ge=1, le=15, description="most digits")

    @model_validator(mode="after")
    def _ordered(self) -> PhoneRange:
        if self.min > self.max:
            raise ValueError(f"min ({self.min}) must not exceed max ({self.max})")
        return self


def phone_digits(hashes: U64, low: int, high: int) -> pa.Array[Any]:
    """Strings of low to high digits without a leading zero."""
    digits = _digit_matrix(hashes, high)
    digits[:, 0] = _DIGITS[1 + (derive(hashes, 3) % np.uint64(9)).astype(np.int64)]  # no leading zero
    return matrix_strings(digits, _in_range(derive(hashes, 5), low, high))


@transformer(
    "generate_e164_phone_number", kinds=TEXT, role=Role.GENERATOR, params=PhoneRange, width=lambda p: p.max + 1
)
def generate_e164_phone_number(values: pa.Array[Any], params: PhoneRange, ctx: TransformContext) -> pa.Array[Any]:
    """An E.164 phone number: '+' then min to max digits, no leading zero."""
    return truncate_to(
        join_strings("+", phone_digits(draws(values, ctx), params.min, params.max)), ctx.column.max_length
    )


class StringPhoneParams(PhoneRange):
    min: int = Field(9, ge=1, le=15, description="fewest digits")
    max: int = Field(14, ge=1, le=15, description="most digits")


@transformer(
    "generate_string_phone_number", kinds=TEXT, role=Role.GENERATOR, params=StringPhoneParams, width=lambda p: p.max
)
def generate_string_phone_number(
    values: pa.Array[Any], params: StringPhoneParams, ctx: TransformContext
) -> pa.Array[Any]:
    """A phone number of min to max digits, as a string without formatting."""
    return truncate_to(phone_digits(draws(values, ctx), params.min, params.max), ctx.column.max_length)


@transformer("generate_int64_phone_number", kinds={Kind.INTEGER, Kind.DECIMAL} | TEXT, role=Role.GENERATOR)
def generate_int64_phone_number(values: pa.Array[Any], params: NoParams, ctx: TransformContext) -> pa.Array[Any]:
    """A 10-digit phone number as an integer (no leading zero)."""
    return pa.array(_in_range(draws(values, ctx), 1_000_000_000, 9_999_999_999), pa.int64())


@transformer("generate_ssn", kinds=TEXT, role=Role.GENERATOR, width=lambda params: 11)
def generate_ssn(values: pa.Array[Any], params: NoParams, ctx: TransformContext) -> pa.Array[Any]:
    """A US social security number, ddd-dd-dddd, from the valid ranges (area 001–665, 667–899)."""
    hashes = draws(values, ctx)
    area = _in_range(hashes, 1, 898)
    area = np.where(area >= 666, area + 1, area)
    group, serial = _in_range(derive(hashes, 1), 1, 99), _in_range(derive(hashes, 2), 1, 9999)
    parts = [
        pc.utf8_lpad(pa.array(p).cast(pa.string()), width, "0") for p, width in ((area, 3), (group, 2), (serial, 4))
    ]
    return truncate_to(join_strings(parts[0], "-", parts[1], "-", parts[2]), ctx.column.max_length)


class RandomStringParams(StrictParams):
    min: int = Field(2, ge=0, le=10_000, description="shortest length")
    max: int = Field(7, ge=0, le=10_000, description="longest length")

    @model_validator(mode="after")
    def _ordered(self) -> RandomStringParams:
        if self.min > self.max:
            raise ValueError(f"min ({self.min}) must not exceed max ({self.max})")
        return self


@transformer("generate_random_string", kinds=TEXT, role=Role.GENERATOR, params=RandomStringParams)
def generate_random_string(values: pa.Array[Any], params: RandomStringParams, ctx: TransformContext) -> pa.Array[Any]:
    """Lower-case letters, between min and max of them."""
    hashes = draws(values, ctx)
    letters = symbols(hashes, params.max, LETTERS)
    out = matrix_strings(letters, _in_range(derive(hashes, 5), params.min, params.max))
    return truncate_to(out, ctx.column.max_length)


@transformer("generate_sha256hash", kinds=TEXT, role=Role.GENERATOR, width=lambda params: 64)
def generate_sha256hash(values: pa.Array[Any], params: NoParams, ctx: TransformContext) -> pa.Array[Any]:
    """A random SHA-256-looking digest: 64 lower-case hex characters."""
    hashes = draws(values, ctx)
    words = np.stack([derive(hashes, 31 + i) for i in range(4)], axis=1)
    out = hex_strings(np.ascontiguousarray(words).view(np.uint8).reshape(len(values), 32))
    return truncate_to(out, ctx.column.max_length)


# -- time -----------------------------------------------------------------------------------------------------
_EPOCH_2000, _SPAN = 946_684_800, 30 * 365 * 86_400


@transformer("generate_unix_timestamp", kinds={Kind.INTEGER, Kind.DECIMAL} | TEXT, role=Role.GENERATOR)
def generate_unix_timestamp(values: pa.Array[Any], params: NoParams, ctx: TransformContext) -> pa.Array[Any]:
    """Seconds since 1970 for a random moment between 2000 and 2030."""
    return pa.array(_in_range(draws(values, ctx), _EPOCH_2000, _EPOCH_2000 + _SPAN), pa.int64())


@transformer("generate_utc_timestamp", kinds={Kind.TIMESTAMP, Kind.TIMESTAMPTZ, Kind.DATE} | TEXT, role=Role.GENERATOR)
def generate_utc_timestamp(values: pa.Array[Any], params: NoParams, ctx: TransformContext) -> pa.Array[Any]:
    """A random UTC moment between 2000 and 2030 (microsecond precision)."""
    micros = _in_range(draws(values, ctx), _EPOCH_2000 * 10**6, (_EPOCH_2000 + _SPAN) * 10**6)
    return pa.array(micros, pa.timestamp("us", tz="UTC"))


# -- identities -------------------------------------------------------------------------------------------------
class GenderParams(StrictParams):
    abbreviate: bool = Field(False, description="one letter: M, F, N, O")


@transformer("generate_gender", kinds=TEXT, role=Role.GENERATOR, params=GenderParams)
def generate_gender(values: pa.Array[Any], params: GenderParams, ctx: TransformContext) -> pa.Array[Any]:
    """A gender: male, female, nonbinary or other (abbreviated: M, F, N, O)."""
    words = ["M", "F", "N", "O"] if params.abbreviate else ["male", "female", "nonbinary", "other"]
    out = pa.array(words, pa.string()).take(_in_range(draws(values, ctx), 0, 3))
    return truncate_to(out, ctx.column.max_length)


IpType = Literal[
    "ipv4_public",
    "ipv4_private_a",
    "ipv4_private_b",
    "ipv4_private_c",
    "ipv4_link_local",
    "ipv4_multicast",
    "ipv4_loopback",
    "ipv6",
]
# (first octet choices, second octet range) per IPv4 type; the last two octets are free.
_IPV4: dict[str, tuple[tuple[int, ...], tuple[int, int]]] = {
    "ipv4_private_a": ((10,), (0, 255)),
    "ipv4_private_b": ((172,), (16, 31)),
    "ipv4_private_c": ((192,), (168, 168)),
    "ipv4_link_local": ((169,), (254, 254)),
    "ipv4_multicast": (tuple(range(224, 240)), (0, 255)),
    "ipv4_loopback": ((127,), (0, 255)),
    # Public: first octets outside the reserved, private, loopback, link-local and multicast blocks.
    "ipv4_public": (tuple(o for o in range(1, 224) if o not in (10, 100, 127, 169, 172, 192, 198, 203)), (0, 255)),
}


class IpParams(StrictParams):
    ip_type: IpType = Field("ipv4_public", description="which address block")


@transformer(
    "generate_ip_address",
    kinds=TEXT | {Kind.OTHER},
    role=Role.GENERATOR,
    params=IpParams,
    width=lambda params: 39 if params.ip_type == "ipv6" else 15,
)
def generate_ip_address(values: pa.Array[Any], params: IpParams, ctx: TransformContext) -> pa.Array[Any]:
    """An IP address of the chosen type (IPv4 public by default, private A/B/C, link-local, multicast, loopback, v6)."""
    hashes = draws(values, ctx)
    if params.ip_type == "ipv6":  # global unicast, 2000::/3
        raw = np.ascontiguousarray(np.stack([derive(hashes, 41), derive(hashes, 42)], axis=1)).view(np.uint8)
        raw = raw.reshape(len(values), 16).copy()
        raw[:, 0] = 0x20 | (raw[:, 0] & 0x1F)
        return truncate_to(hex_strings(raw, groups=tuple(range(4, 32, 4)), separator=":"), ctx.column.max_length)
    firsts, (low, high) = _IPV4[params.ip_type]
    first = np.asarray(firsts, dtype=np.int64)[_in_range(hashes, 0, len(firsts) - 1)]
    octets = [first, _in_range(derive(hashes, 1), low, high), _in_range(derive(hashes, 2), 0, 255)]
    octets.append(_in_range(derive(hashes, 3), 1, 254))
    texts = [pa.array(o).cast(pa.string()) for o in octets]
    return truncate_to(join_strings(texts[0], ".", texts[1], ".", texts[2], ".", texts[3]), ctx.column.max_length)
