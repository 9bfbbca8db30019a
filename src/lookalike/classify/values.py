"""What a column's sampled values say it holds: shapes (emails, SSNs), checksums (Luhn cards, mod-97 IBANs),
parses (IP addresses), vocabularies (first and last names), and PII inside free text and JSON documents.

A sample is a few hundred values, so this is plain Python per value; it never runs on the copy's hot path.
"""

from __future__ import annotations

import functools
import ipaddress
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any

import pyarrow as pa

from lookalike.transformers import pii_detect

_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
_SSN = re.compile(r"^(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$")
_PHONE = re.compile(r"^\+?[\d\s().-]{7,20}(?:\s*(?:x|ext\.?)\s*\d{1,6})?$", re.IGNORECASE)
_STREET = re.compile(
    r"^\d{1,6}[a-z]?\s+(?:[A-Za-zÀ-ÿ0-9.'-]+\s+){0,5}(?:st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|dr|"
    r"drive|way|ct|court|pl|place|sq|square|ter|terrace|pkwy|parkway|hwy|highway|cir|circle|trail|row)\b\.?",
    re.IGNORECASE,
)
_STREET_EU = re.compile(r"^[A-Za-zÀ-ÿß.' -]+(?:stra(?:ss|ß)e|weg|gasse|platz|allee|straat|laan|gatan|vej)\s*\d+", re.I)
_POSTAL = re.compile(r"^(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{4,5}-?\d{3})$")
_CARD = re.compile(r"^\d(?:[ -]?\d){12,18}$")
_IBAN = re.compile(r"^[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}$")


def _texts(values: Iterable[Any]) -> list[str]:
    return [v.strip() for v in (str(value) for value in values if value is not None) if v.strip()]


def _share(texts: Sequence[str], test: Any) -> float:
    return sum(1 for text in texts if test(text)) / len(texts) if texts else 0.0


def _luhn(digits: str) -> bool:
    total, double = 0, False
    for char in reversed(digits):
        number = int(char) * (2 if double else 1)
        total += number - 9 if number > 9 else number
        double = not double
    return total % 10 == 0


def _card(text: str) -> bool:
    digits = re.sub(r"[ -]", "", text)
    return bool(_CARD.match(text)) and _luhn(digits) and len(set(digits)) > 2


def _iban(text: str) -> bool:
    compact = text.replace(" ", "").upper()
    return bool(_IBAN.match(text.upper())) and pii_detect.iban_remainder(compact) == 1


def _ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text.split("/", 1)[0])
    except ValueError:
        return False
    return "." in text or ":" in text


def _phone(text: str) -> bool:
    digits = re.sub(r"\D", "", text)
    # Phone-like shapes have separators or a leading +; a bare run of digits is more likely an id or an amount.
    return bool(_PHONE.match(text)) and 7 <= len(digits) <= 15 and (not text.isdigit() or text.startswith("+"))


# Titles and degrees around a name ("Dr.", "Mme", "B.Sc.", "MBA") are not part of it.
_AFFIX = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Prof|Herr|Frau|Sr|Sra|Mme|Mlle|Sig|Dott|Ing|Dipl\.-Ing|MBA|B\.\w+|M\.\w+|"
    r"Ph\.?D|Jr|Sr|II|III|IV|MD|DDS|PhD)\.?",
    re.IGNORECASE,
)
_PERSON_SHAPE = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Herr|Frau|Sr|Sra|M|Mme)\.?\s+)?[A-ZÀ-Ý][a-zà-ÿß'-]+(?:\s+[A-ZÀ-Ý]?[a-zà-ÿß'-]+){1,3}$"
)


_NAME_LOCALES = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "pt_BR", "it_IT", "nl_NL", "sv_SE", "pl_PL")


@functools.cache
def _names() -> tuple[frozenset[str], frozenset[str]]:
    """First and last names of ten locales' Faker vocabularies, lower-cased (made once per process)."""
    from lookalike.transformers.vocab import faker_module  # imports Faker under the transformers' lock

    firsts: set[str] = set()
    lasts: set[str] = set()
    for locale in _NAME_LOCALES:
        try:
            provider = faker_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for attribute, into in (
            ("first_names", firsts),
            ("first_names_female", firsts),
            ("first_names_male", firsts),
            ("last_names", lasts),
        ):
            source = getattr(provider, attribute, ())
            into.update(str(name).lower() for name in (source.keys() if hasattr(source, "keys") else source))
    return frozenset(firsts), frozenset(lasts)


def _name_shares(texts: Sequence[str]) -> tuple[float, float, float]:
    """Shares of values that are a known first name, a known last name, and a `First Last` pair."""
    firsts, lasts = _names()
    first = last = full = 0
    for text in texts:
        words = [w.strip(".,").lower() for w in text.split() if not _AFFIX.fullmatch(w)]
        if len(words) == 1:
            first += words[0] in firsts
            last += words[0] in lasts
        elif 2 <= len(words) <= 4 and all(re.fullmatch(r"[a-zà-ÿß'.-]+", w) for w in words):
            full += (words[0] in firsts or words[0] in lasts) and (words[-1] in lasts or words[-1] in firsts)
    count = len(texts) or 1
    return first / count, last / count, full / count


def rows_with_pii(texts: pa.Array[Any]) -> int:
    """How many of `texts` hold an email, a phone, an SSN, a card, an IBAN or a person the PII finder sees."""
    wanted = frozenset(pii_detect.ENTITIES) - {"url"}
    _rows, found, marks = pii_detect.candidates(texts.cast(pa.string()), pii_detect.wanted_families(wanted))
    return sum(
        1 for text, mark in zip(found.to_pylist(), marks, strict=True) if pii_detect.find(str(text), mark, wanted, 0.6)
    )


def _free_text_share(texts: Sequence[str]) -> float:
    return rows_with_pii(pa.array(texts, pa.string())) / len(texts) if texts else 0.0


def _json_leaves(values: Iterable[Any]) -> list[str]:
    leaves: list[str] = []

    def walk(node: Any, depth: int) -> None:
        if depth > 20 or len(leaves) > 2000:
            return
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, str):
                    leaves.append(value)
                    leaves.append(f"{key}")
                walk(value, depth + 1)
        elif isinstance(node, list):
            for item in node:
                walk(item, depth + 1)
        elif isinstance(node, str):
            leaves.append(node)

    for value in values:
        if value is None:
            continue
        document = value
        if isinstance(value, str | bytes):
            try:
                document = json.loads(value)
            except ValueError:
                continue
        walk(document, 0)
    return leaves


def by_values(
    values: Sequence[Any], *, text_like: bool, document: bool = False, free_text: bool = False
) -> tuple[str, float] | None:
    """The category the sampled values show and how sure they make it, or None."""
    if document:
        leaves = _json_leaves(values)
        strings = [leaf for leaf in leaves if isinstance(leaf, str)]
        if strings and (
            _share(strings, _EMAIL.match) > 0.02 or _free_text_share(strings) > 0.05 or _name_shares(strings)[2] > 0.05
        ):
            return "document_pii", 0.85
        return None
    texts = _texts(values)
    if len(texts) < 3:
        return None
    for category, test, threshold, confidence in (
        ("email", _EMAIL.match, 0.8, 0.97),
        ("national_id", _SSN.match, 0.8, 0.9),
        ("credit_card", _card, 0.8, 0.95),
        ("bank_account", _iban, 0.8, 0.95),
        ("ip_address", _ip, 0.8, 0.9),
    ):
        if _share(texts, test) >= threshold:
            return category, confidence
    if not text_like:
        return None
    if _share(texts, _phone) >= 0.8:
        return "phone", 0.8
    if _share(texts, lambda t: bool(_STREET.match(t) or _STREET_EU.match(t))) >= 0.6:
        return "street_address", 0.85
    first, last, full = _name_shares(texts)
    if full >= 0.6:
        return "full_name", 0.85
    if first >= 0.6 and first >= last:
        return "first_name", 0.85
    if last >= 0.6:
        return "last_name", 0.8
    if _share(texts, _PERSON_SHAPE.match) >= 0.8 and first + last + full >= 0.3:
        return "full_name", 0.75  # names of many countries: the shape, and enough of them known
    long_texts = [t for t in texts if len(t) > 20 and " " in t]
    # A column named like free text needs fewer hits; any other long text needs many (user agents name "Gecko").
    if len(long_texts) >= len(texts) / 2 and _free_text_share(long_texts) >= (0.1 if free_text else 0.3):
        return "free_text_pii", 0.8
    return None


def postal_share(values: Sequence[Any]) -> float:
    """How many sampled values look like postal codes (names like `zip` decide; this only confirms)."""
    return _share(_texts(values), _POSTAL.match)
