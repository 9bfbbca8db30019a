"""The compression functions of SHA-256, SHA-512, SHA-1 and MD5 on whole columns of messages at once (numpy).

Each function takes the chaining state as a (state words × rows) array and one block per row as a
(schedule words × rows) array whose first 16 rows hold the block's words, and adds the block into the state in
place. Word t of every message sits in one contiguous row, so each step of the algorithm is one numpy call over
all messages; scratch arrays are reused (`out=`), because at this size the calls cost more in allocation and
memory traffic than in arithmetic. The constants are derived from their definitions (roots of primes, sines),
which the tests check against hashlib.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import numpy.typing as npt

Words = npt.NDArray[Any]  # uint32 or uint64, per algorithm


def _primes(count: int) -> list[int]:
    found: list[int] = []
    candidate = 2
    while len(found) < count:
        if all(candidate % p for p in found if p * p <= candidate):
            found.append(candidate)
        candidate += 1
    return found


def _icbrt(n: int) -> int:
    """⌊∛n⌋ exactly (Newton's method on Python integers)."""
    x = 1 << -(-n.bit_length() // 3)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            return x
        x = y


def _root_words(count: int, bits: int, cube: bool) -> list[int]:
    """The first `bits` bits of the fractional parts of the square (or cube) roots of the first primes."""
    mask = (1 << bits) - 1
    if cube:
        return [_icbrt(p << (3 * bits)) & mask for p in _primes(count)]
    return [math.isqrt(p << (2 * bits)) & mask for p in _primes(count)]


SHA256_INITIAL = np.array(_root_words(8, 32, cube=False), dtype=np.uint32)
SHA512_INITIAL = np.array(_root_words(8, 64, cube=False), dtype=np.uint64)
_SHA256_K = [np.uint32(k) for k in _root_words(64, 32, cube=True)]
_SHA512_K = [np.uint64(k) for k in _root_words(80, 64, cube=True)]
SHA1_INITIAL = np.array([0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0], dtype=np.uint32)
_SHA1_K = [np.uint32(k) for k in (0x5A827999, 0x6ED9EBA1, 0x8F1BBCDC, 0xCA62C1D6)]
MD5_INITIAL = SHA1_INITIAL[:4].copy()
_MD5_K = [np.uint32(int(abs(math.sin(i + 1)) * 2**32)) for i in range(64)]
_MD5_SHIFTS = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
# The message word each MD5 step adds: i, then 5i+1, 3i+5 and 7i (mod 16) in the later stages.
_MD5_WORD = [(i, 5 * i + 1, 3 * i + 5, 7 * i)[i // 16] % 16 for i in range(64)]


def _rotr_xor(
    x: Words, shifts: tuple[int, int, int], bits: int, out: Words, scratch: Words, last_rotates: bool
) -> None:
    """out = rotr(x, a) ^ rotr(x, b) ^ (rotr(x, c) if last_rotates else x >> c)."""
    a, b, c = shifts
    np.right_shift(x, a, out=out)
    np.left_shift(x, bits - a, out=scratch)
    out ^= scratch
    np.right_shift(x, b, out=scratch)
    out ^= scratch
    np.left_shift(x, bits - b, out=scratch)
    out ^= scratch
    np.right_shift(x, c, out=scratch)
    out ^= scratch
    if last_rotates:
        np.left_shift(x, bits - c, out=scratch)
        out ^= scratch


class _Sha2:
    """SHA-256 and SHA-512 differ only in word size, constants, rotation amounts and round count."""

    def __init__(self, bits: int, constants: list[Any], big: tuple[tuple[int, int, int], tuple[int, int, int]]):
        self.bits = bits
        self.constants = constants
        self.rounds = len(constants)
        self.big_sigma = big
        self.small_sigma = ((7, 18, 3), (17, 19, 10)) if bits == 32 else ((1, 8, 7), (19, 61, 6))

    def compress(self, state: Words, schedule: Words) -> None:
        bits, (s0, s1) = self.bits, self.small_sigma
        rows = schedule.shape[1]
        t1, t2, t3 = (np.empty(rows, dtype=schedule.dtype) for _ in range(3))
        for t in range(16, self.rounds):
            _rotr_xor(schedule[t - 15], s0, bits, t1, t3, last_rotates=False)
            _rotr_xor(schedule[t - 2], s1, bits, t2, t3, last_rotates=False)
            word = schedule[t]
            np.add(schedule[t - 16], t1, out=word)
            word += schedule[t - 7]
            word += t2
        a, b, c, d, e, f, g, h = (row.copy() for row in state)
        big0, big1 = self.big_sigma
        for t in range(self.rounds):
            _rotr_xor(e, big1, bits, t1, t2, last_rotates=True)
            np.bitwise_xor(f, g, out=t2)  # choose: g ^ (e & (f ^ g))
            t2 &= e
            t2 ^= g
            t1 += t2
            t1 += h
            t1 += schedule[t]
            t1 += self.constants[t]
            _rotr_xor(a, big0, bits, t2, t3, last_rotates=True)
            np.bitwise_or(a, b, out=t3)  # majority: (a & b) | (c & (a | b))
            t3 &= c
            np.bitwise_and(a, b, out=h)  # h is spent: its buffer becomes the next a
            t3 |= h
            t2 += t3
            d += t1
            np.add(t1, t2, out=h)
            a, b, c, d, e, f, g, h = h, a, b, c, d, e, f, g
        for row, value in zip(state, (a, b, c, d, e, f, g, h), strict=True):
            row += value


SHA256 = _Sha2(32, _SHA256_K, ((2, 13, 22), (6, 11, 25)))
SHA512 = _Sha2(64, _SHA512_K, ((28, 34, 39), (14, 18, 41)))


def _rotl(x: Words, k: int, out: Words, scratch: Words) -> None:
    np.left_shift(x, k, out=out)
    np.right_shift(x, 32 - k, out=scratch)
    out |= scratch


def sha1_compress(state: Words, schedule: Words) -> None:
    rows = schedule.shape[1]
    t1, t2 = np.empty(rows, dtype=np.uint32), np.empty(rows, dtype=np.uint32)
    for t in range(16, 80):
        np.bitwise_xor(schedule[t - 3], schedule[t - 8], out=t1)
        t1 ^= schedule[t - 14]
        t1 ^= schedule[t - 16]
        _rotl(t1, 1, schedule[t], t2)
    a, b, c, d, e = (row.copy() for row in state)
    f = np.empty(rows, dtype=np.uint32)
    for t in range(80):
        stage = t // 20
        if stage == 0:  # choose: d ^ (b & (c ^ d))
            np.bitwise_xor(c, d, out=f)
            f &= b
            f ^= d
        elif stage == 2:  # majority: (b & c) | (d & (b | c))
            np.bitwise_or(b, c, out=f)
            f &= d
            np.bitwise_and(b, c, out=t2)
            f |= t2
        else:  # parity
            np.bitwise_xor(b, c, out=f)
            f ^= d
        _rotl(a, 5, t1, t2)
        t1 += f
        t1 += schedule[t]
        t1 += _SHA1_K[stage]
        e += t1  # e is spent: it becomes the next a
        _rotl(b, 30, t1, t2)
        b, t1 = t1, b  # b's old buffer is free scratch now
        a, b, c, d, e = e, a, b, c, d
    for row, value in zip(state, (a, b, c, d, e), strict=True):
        row += value


def md5_compress(state: Words, schedule: Words) -> None:
    rows = schedule.shape[1]
    a, b, c, d = (row.copy() for row in state)
    f, t1 = np.empty(rows, dtype=np.uint32), np.empty(rows, dtype=np.uint32)
    for i in range(64):
        stage = i // 16
        if stage == 0:  # d ^ (b & (c ^ d))
            np.bitwise_xor(c, d, out=f)
            f &= b
            f ^= d
        elif stage == 1:  # c ^ (d & (b ^ c))
            np.bitwise_xor(b, c, out=f)
            f &= d
            f ^= c
        elif stage == 2:
            np.bitwise_xor(b, c, out=f)
            f ^= d
        else:  # c ^ (b | ~d)
            np.invert(d, out=f)
            f |= b
            f ^= c
        f += a
        f += schedule[_MD5_WORD[i]]
        f += _MD5_K[i]
        _rotl(f, _MD5_SHIFTS[i], a, t1)  # a is spent: it becomes the next b
        a += b
        a, b, c, d = d, a, b, c
    for row, value in zip(state, (a, b, c, d), strict=True):
        row += value
