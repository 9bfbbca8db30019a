"""transform_pii_text: find PII inside free text and replace, redact, mask or hash just those spans.

Rows are marked vectorially first (RE2 over the whole array, see pii_detect); only marked rows are scanned in
Python, and a row where nothing is found is returned as it was. All spans of one entity across the batch are
transformed in one vectorized registry call keyed by the job key (else by a key derived from the run seed), so a
span's replacement depends only on its text and the key: the same email inside two texts gets the same fake.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Literal

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import Field, ValidationError, field_validator, model_validator

from lookalike.core.schema import Column, Kind
from lookalike.transformers.common import TEXT, keep_nulls, truncate_to
from lookalike.transformers.pii_detect import (
    ENTITIES,
    Entity,
    Finding,
    candidates,
    find,
    iban_remainder,
    name_vocabularies,
    wanted_families,
)
from lookalike.transformers.registry import (
    REGISTRY,
    Role,
    StrictParams,
    TransformContext,
    UnknownTransformerError,
    transformer,
)

Action = Literal["replace", "redact", "mask", "hash", "transformer"]
NAME = "transform_pii_text"
IP = "generate_ip_address"
_COUNTRY = re.compile(r"\+\d{1,3}(?=[ .(-])")


class EntityAction(StrictParams):
    action: Action | None = Field(
        None, description="replace | redact | mask | hash | transformer (default: default_action)"
    )
    transformer: str | None = Field(None, description="with action transformer: the registry transformer to apply")
    params: dict[str, Any] = Field(default_factory=dict, description="that transformer's params")

    @model_validator(mode="after")
    def _transformer_known(self) -> EntityAction:
        if self.transformer is None:
            if self.action == "transformer":
                raise ValueError("action 'transformer' needs `transformer`: the name of a registry transformer")
            if self.params:
                raise ValueError("`params` are for action 'transformer' (with `transformer`)")
            return self
        if self.action not in (None, "transformer"):
            raise ValueError(f"`transformer` is for action 'transformer', not {self.action!r}")
        self.action = "transformer"
        if self.transformer == NAME:
            raise ValueError(f"{NAME} cannot be applied to its own findings")
        try:
            entry = REGISTRY.get(self.transformer)
        except UnknownTransformerError as error:
            hint = f"; did you mean {', '.join(error.suggestions)}?" if error.suggestions else ""
            raise ValueError(
                f"unknown transformer {self.transformer!r}{hint} (see `lookalike transformers list`)"
            ) from None
        if Kind.TEXT not in entry.kinds:
            kinds = ", ".join(sorted(kind.value for kind in entry.kinds))
            raise ValueError(f"{self.transformer} does not take text (it applies to {kinds})")
        try:
            entry.parse_params(self.params)
        except ValidationError as error:
            raise ValueError(f"params for {self.transformer}: {error}") from None
        return self


class PiiParams(StrictParams):
    entities: dict[Entity, EntityAction] | None = Field(
        None,
        description=f"the entities to act on and how, e.g. {{email: redact}} (default: all of {', '.join(ENTITIES)})",
    )
    default_action: Literal["replace", "redact", "mask", "hash"] = Field(
        "replace", description="the action for entities not given one"
    )
    allowed_phrases: list[str] = Field(
        default_factory=list, description="a finding lying inside one of these (any case) is left alone"
    )
    score_threshold: float = Field(0.5, ge=0, le=1, description="act only on findings at least this sure (0..1)")
    language: Literal["en"] = Field("en", description="the language of the text (its names and phone words)")

    @field_validator("entities", mode="before")
    @classmethod
    def _action_alone(cls, raw: Any) -> Any:
        # `{email: redact}` is short for `{email: {action: redact}}`.
        if isinstance(raw, dict):
            return {entity: {"action": how} if isinstance(how, str) else how for entity, how in raw.items()}
        return raw

    def actions(self) -> dict[Entity, EntityAction]:
        given = self.entities if self.entities is not None else dict.fromkeys(ENTITIES, EntityAction())
        return {
            entity: how if how.action is not None else how.model_copy(update={"action": self.default_action})
            for entity, how in given.items()
        }


def _run(name: str, raw: dict[str, Any], spans: list[str], entity: str, ctx: TransformContext) -> list[str]:
    """`spans` through registry transformer `name`, keyed so that a span's output depends on its text alone."""
    entry = REGISTRY.get(name)
    column = Column(f"{ctx.column.name}:{entity}", "text", Kind.TEXT)
    keyed = TransformContext(column=column, table=ctx.table, seed=ctx.seed, key=ctx.derived_key())
    out = entry(pa.array(spans, pa.string()), entry.parse_params(raw), keyed)
    return [value if value is not None else "" for value in out.cast(pa.string()).to_pylist()]


def _luhn_completed(card: str) -> str:
    """`card` with its last digit replaced by the Luhn check digit of the others."""
    payload = re.sub(r"\D", "", card)[:-1]
    total = 0
    for position, char in enumerate(reversed(payload)):
        value = int(char) * (1 if position % 2 else 2)
        total += value - 9 if value > 9 else value
    return card[:-1] + str(-total % 10)


def _iban_completed(country: str, scrambled: str) -> str:
    """The original country, then check digits that make the scrambled account number a valid IBAN."""
    compact = country + "00" + scrambled[4:].replace(" ", "")
    return f"{country}{98 - iban_remainder(compact):02d}{scrambled[4:]}"


def _ssn_valid(ssn: str) -> str:
    """Move a scrambled SSN out of the ranges never issued (area 000, 666, 9xx; group 00; serial 0000)."""
    area, group, serial = ssn.split("-")
    area = "8" + area[1:] if area[0] == "9" else {"000": "001", "666": "665"}.get(area, area)
    return f"{area}-{'01' if group == '00' else group}-{'0001' if serial == '0000' else serial}"


def _replace(entity: Entity, spans: list[str], ctx: TransformContext) -> list[str]:
    """A realistic value of the same kind and, where it has one, shape (and checksum) for each span."""
    if entity == "email":
        return _run("transform_email", {}, spans, entity, ctx)
    if entity == "phone":  # new digits in the same format, after the same country code
        fakes = _run("transform_phone_number", {"preserve_length": True}, spans, entity, ctx)
        countries = [_COUNTRY.match(span) for span in spans]
        return [fake if c is None else c.group() + fake[c.end() :] for c, fake in zip(countries, fakes, strict=True)]
    if entity in ("ssn", "credit_card", "iban"):
        scrambled = _run("transform_character_scramble", {}, spans, entity, ctx)
        if entity == "ssn":
            return [_ssn_valid(new) for new in scrambled]
        if entity == "iban":
            return [_iban_completed(old[:2], new) for old, new in zip(spans, scrambled, strict=True)]
        # The first digit names the network (4 Visa, 5 Mastercard, 3 Amex): kept, so the fake stays one of those.
        return [_luhn_completed(old[0] + new[1:]) for old, new in zip(spans, scrambled, strict=True)]
    if entity == "ip_address":
        versions = ["ipv6" if ":" in span else "ipv4_public" for span in spans]
        return _by_group(spans, versions, lambda version, group: _run(IP, {"ip_type": version}, group, entity, ctx))
    if entity == "url":
        return ["https://example.com/" + path for path in _run("hash", {"length": 12}, spans, entity, ctx)]
    # One word stays one word (a first or a last name); two or three become a full name.
    firsts, lasts = name_vocabularies()
    kinds = [
        "transform_full_name"
        if " " in span
        else "transform_last_name"
        if span in lasts and span not in firsts
        else "transform_first_name"
        for span in spans
    ]
    return _by_group(spans, kinds, lambda name, group: _run(name, {}, group, entity, ctx))


def _by_group(spans: list[str], groups: list[str], make: Callable[[str, list[str]], list[str]]) -> list[str]:
    """`make(group, its spans)` for each group of spans, put back in the spans' order."""
    out = list(spans)
    for group in set(groups):
        chosen = [i for i, name in enumerate(groups) if name == group]
        for i, new in zip(chosen, make(group, [spans[i] for i in chosen]), strict=True):
            out[i] = new
    return out


def _new_text(spans: list[str], entity: Entity, how: EntityAction, ctx: TransformContext) -> list[str]:
    if how.action == "redact":
        return [f"<{entity.upper()}>"] * len(spans)
    if how.action == "mask":  # separators stay, so the shape (an email, a card) is still recognisable
        return [re.sub(r"[^\W_]", "*", span) for span in spans]
    if how.action == "hash":
        return _run("hash", {"length": 16}, spans, entity, ctx)
    if how.transformer is not None:
        return _run(how.transformer, how.params, spans, entity, ctx)
    return _replace(entity, spans, ctx)


def _outside_allowed(text: str, found: list[Finding], phrases: list[str]) -> list[Finding]:
    lowered = text.lower()
    allowed = []
    for phrase in phrases:
        start = lowered.find(phrase)
        while start >= 0:
            allowed.append((start, start + len(phrase)))
            start = lowered.find(phrase, start + 1)
    return [f for f in found if not any(start <= f.start and f.end <= end for start, end in allowed)]


@transformer(NAME, kinds=TEXT, role=Role.TRANSFORMER, params=PiiParams, needs_key=True)
def transform_pii_text(values: pa.Array[Any], params: PiiParams, ctx: TransformContext) -> pa.Array[Any]:
    """Find emails, phones, SSNs, card numbers, IPs, IBANs, URLs and names in free text; anonymize only those.

    Each entity is replaced by a realistic fake of its kind, redacted (`<EMAIL>`), masked, hashed, or passed to
    another transformer. Findings scoring below score_threshold, and text in allowed_phrases, are left alone.
    """
    actions = params.actions()
    wanted = frozenset(actions)
    rows, candidate_texts, marks = candidates(values, wanted_families(wanted))
    if len(rows) == 0:
        return truncate_to(values, ctx.column.max_length)
    texts: list[str] = candidate_texts.to_pylist()
    phrases = [phrase.lower() for phrase in params.allowed_phrases if phrase]
    threshold = params.score_threshold
    hits: list[tuple[int, list[Finding]]] = []  # (index into `texts`, its findings), in row order
    spans: dict[Entity, list[str]] = {}  # per entity, the text of its findings in `hits` order
    for index, (text, mark) in enumerate(zip(texts, marks, strict=True)):
        found = find(text, mark, wanted, threshold)
        if found and phrases:
            found = _outside_allowed(text, found, phrases)
        if found:
            hits.append((index, found))
            for start, end, entity, _ in found:
                spans.setdefault(entity, []).append(text[start:end])
    if not hits:
        return truncate_to(values, ctx.column.max_length)
    # One call per entity for the whole batch; its results are taken back in the order the spans were collected.
    new = {entity: iter(_new_text(group, entity, actions[entity], ctx)) for entity, group in spans.items()}
    changed = []
    for index, found in hits:
        text = texts[index]
        if len(found) == 1:
            start, end, entity, _ = found[0]
            changed.append(text[:start] + next(new[entity]) + text[end:])
            continue
        pieces, last = [], 0
        for start, end, entity, _ in found:
            pieces += [text[last:start], next(new[entity])]
            last = end
        pieces.append(text[last:])
        changed.append("".join(pieces))
    mask = np.zeros(len(values), dtype=np.bool_)
    mask[rows[[index for index, _ in hits]]] = True
    out = pc.replace_with_mask(values, pa.array(mask), pa.array(changed, values.type))
    return keep_nulls(values, truncate_to(out, ctx.column.max_length))
