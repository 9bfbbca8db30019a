"""Find PII in free text: emails, phones, SSNs, card numbers, IPs, IBANs, URLs, person names, each with a score.

Patterns are regular expressions; a score says how sure a match is. Matches that pass a checksum (Luhn for cards,
mod-97 for IBANs) or parse (IP addresses) score high, bare shapes lower, and a lone first name lowest. Where
matches overlap, the surer (then longer) one wins. A cheap RE2 pre-filter over the whole Arrow array decides
which rows are looked at in Python at all.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from lookalike.transformers import vocab

Entity = Literal["email", "phone", "ssn", "credit_card", "ip_address", "iban", "url", "person"]
ENTITIES: tuple[Entity, ...] = ("email", "phone", "ssn", "credit_card", "ip_address", "iban", "url", "person")


@dataclass(frozen=True, order=True)
class Finding:
    start: int
    end: int
    entity: Entity
    score: float


def _luhn(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _iban_valid(text: str) -> bool:
    compact = text.replace(" ", "").upper()
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def _card_score(match: str) -> float:
    digits = re.sub(r"\D", "", match)
    return (0.95 if _luhn(digits) else 0.3) if 13 <= len(digits) <= 19 else 0.0


def _phone_score(match: str) -> float:
    digits = sum(char.isdigit() for char in match)
    if not 7 <= digits <= 15:
        return 0.0
    return 0.75 if match.startswith("+") or "(" in match else 0.6


def _ssn_score(match: str) -> float:
    area = match[:3]
    return 0.4 if area in ("000", "666") or area.startswith("9") else 0.85


def _ip_score(match: str) -> float:
    try:
        ipaddress.ip_address(match)
    except ValueError:
        return 0.0
    return 0.9


_PATTERNS: tuple[tuple[Entity, re.Pattern[str], Callable[[str], float]], ...] = (
    ("email", re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"), lambda m: 0.95),
    ("url", re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)]"), lambda m: 0.9),
    (
        "iban",
        re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b"),
        lambda m: 0.95 if _iban_valid(m) else 0.3,
    ),
    ("ssn", re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), _ssn_score),
    ("credit_card", re.compile(r"\b\d(?:[ -]?\d){12,18}\b"), _card_score),
    (
        "ip_address",
        re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b|(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])"),
        _ip_score,
    ),
    (
        "phone",
        re.compile(r"(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]?\d{2,5}){1,4}(?!\w)"),
        _phone_score,
    ),
)

_WORD = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")
_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+$")


@functools.cache
def _names() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(vocab.first_names().to_pylist()), frozenset(vocab.last_names().to_pylist())


def _people(text: str) -> Iterator[Finding]:
    """A first name then a last name (0.85); a name after a title (0.8); a lone first name (0.4)."""
    firsts, lasts = _names()
    words = list(_WORD.finditer(text))
    index = 0
    while index < len(words):
        word = words[index]
        following = words[index + 1] if index + 1 < len(words) else None
        adjacent = following is not None and text[word.end() : following.start()] in (" ", "  ")
        last = following.group() in lasts if following is not None and adjacent else False
        titled = _TITLE.search(text, 0, word.start()) is not None
        if word.group() in firsts and last and following is not None:
            yield Finding(word.start(), following.end(), "person", 0.85)
            index += 2
            continue
        if titled and (word.group() in firsts or word.group() in lasts):
            end = following.end() if last and following is not None else word.end()
            yield Finding(word.start(), end, "person", 0.8)
            index += 2 if last else 1
            continue
        if word.group() in firsts and word.group() not in lasts:
            yield Finding(word.start(), word.end(), "person", 0.4)
        index += 1


# One scan per text: the patterns as named alternatives (in _PATTERNS' order, so a card is tried before a phone).
_ALL = re.compile("|".join(f"(?P<{entity}>{pattern.pattern})" for entity, pattern, _ in _PATTERNS))
_SCORES = {entity: score for entity, _, score in _PATTERNS}


def find(text: str, wanted: frozenset[Entity], threshold: float) -> list[Finding]:
    """Non-overlapping findings at or above `threshold`, in text order."""
    found: list[Finding] = []
    for match in _ALL.finditer(text):
        entity: Entity = match.lastgroup  # type: ignore[assignment]
        if entity in wanted:
            value = _SCORES[entity](match.group())
            if value >= threshold:
                found.append(Finding(match.start(), match.end(), entity, value))
    if "person" in wanted:
        found.extend(finding for finding in _people(text) if finding.score >= threshold)
    if len(found) < 2:
        return found
    kept: list[Finding] = []
    for finding in sorted(found, key=lambda f: (-f.score, f.start - f.end, f.start)):
        if all(finding.end <= other.start or finding.start >= other.end for other in kept):
            kept.append(finding)
    return sorted(kept)


@functools.cache
def prefilter(with_people: bool) -> str:
    """An RE2 pattern every text holding a finding matches (digits, @, a URL, or a known first name)."""
    cheap = r"\d|@|://|www\.|[0-9A-Fa-f]:"
    if not with_people:
        return cheap
    firsts, lasts = _names()
    words = "|".join(re.escape(name) for name in sorted(firsts | lasts) if name.isalpha())
    return rf"{cheap}|\b(?:{words})\b"
