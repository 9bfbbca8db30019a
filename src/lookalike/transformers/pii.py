"""transform_pii_text: find PII inside free text and replace, redact, mask or hash just those spans.

Rows are pre-filtered vectorially (RE2 over the whole array); only rows that may hold PII are scanned in Python
(see pii_detect). Every span of one entity and action across the batch is transformed in one vectorized call of
a registry transformer, so with a job key the same email inside two texts becomes the same fake everywhere.
"""

from __future__ import annotations

import re
from typing import Any, Literal

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from pydantic import Field, model_validator

from lookalike.core.schema import Column, Kind
from lookalike.transformers import vocab
from lookalike.transformers.common import TEXT, join_strings, keep_nulls, truncate_to
from lookalike.transformers.pii_detect import ENTITIES, Entity, find, prefilter
from lookalike.transformers.registry import REGISTRY, Role, StrictParams, TransformContext, transformer

Action = Literal["replace", "redact", "mask", "hash", "transformer"]

# What `replace` puts in place of each entity: a realistic value of the same kind and, where it has one, shape.
_REPLACE: dict[Entity, tuple[str, dict[str, Any]]] = {
    "email": ("transform_email", {}),
    "phone": ("transform_phone_number", {"preserve_length": True}),
    "ssn": ("transform_character_scramble", {}),
    "credit_card": ("transform_character_scramble", {}),
    "ip_address": ("generate_ip_address", {}),
    "iban": ("transform_character_scramble", {}),
    "url": ("hash", {"length": 12}),  # wrapped into https://example.com/… below
    "person": ("transform_full_name", {"preserve_length": False}),
}


class EntityAction(StrictParams):
    action: Action = Field("replace", description="replace | redact | mask | hash | transformer")
    transformer: str | None = Field(None, description="with action: transformer, the registry transformer to apply")
    params: dict[str, Any] = Field(default_factory=dict, description="that transformer's params")

    @model_validator(mode="after")
    def _transformer_given_and_known(self) -> EntityAction:
        if (self.action == "transformer") != (self.transformer is not None):
            raise ValueError("`transformer` is given exactly when action is 'transformer'")
        if self.transformer is not None:
            if self.transformer not in REGISTRY or self.transformer == "transform_pii_text":
                raise ValueError(f"unknown transformer {self.transformer!r} (`lookalike transformers list`)")
            entry = REGISTRY.get(self.transformer)
            if Kind.TEXT not in entry.kinds:
                raise ValueError(f"{self.transformer} does not take text")
            entry.parse_params(self.params)
        return self


class PiiParams(StrictParams):
    entities: dict[Entity, EntityAction] | None = Field(
        None, description=f"the entities to act on and how (default: all of {', '.join(ENTITIES)})"
    )
    default_action: Literal["replace", "redact", "mask", "hash"] = Field(
        "replace", description="the action for entities without one"
    )
    allowed_phrases: list[str] = Field(default_factory=list, description="text never touched (case-insensitive)")
    score_threshold: float = Field(0.5, ge=0, le=1, description="act only on findings at least this sure")
    language: Literal["en"] = "en"

    def actions(self) -> dict[Entity, EntityAction]:
        if self.entities is None:
            return {entity: EntityAction(action=self.default_action) for entity in ENTITIES}
        return dict(self.entities)


def _allowed_ranges(text: str, phrases: list[str]) -> list[tuple[int, int]]:
    lowered = text.lower()
    ranges = []
    for phrase in phrases:
        for match in re.finditer(re.escape(phrase.lower()), lowered):
            ranges.append((match.start(), match.end()))
    return ranges


def _replacements(spans: list[str], entity: Entity, how: EntityAction, ctx: TransformContext) -> list[str]:
    """New text for each span of one entity (one vectorized registry call for replace, hash and transformer)."""
    if how.action == "redact":
        return [f"<{entity.upper()}>"] * len(spans)
    if how.action == "mask":
        return [re.sub(r"[A-Za-z0-9]", "*", span) for span in spans]
    if entity == "person" and how.action == "replace" and any(" " not in span for span in spans):
        # One word stays one word: a lone first (or last) name becomes another, not a full name.
        single = [i for i, span in enumerate(spans) if " " not in span]
        lasts = set(vocab.last_names().to_pylist())
        out = _replacements(spans, entity, EntityAction(action="transformer", transformer="transform_full_name"), ctx)
        for kind in ("transform_first_name", "transform_last_name"):
            chosen = [i for i in single if (spans[i] in lasts) == (kind == "transform_last_name")]
            how_one = EntityAction(action="transformer", transformer=kind)
            for i, value in zip(chosen, _replacements([spans[i] for i in chosen], entity, how_one, ctx), strict=True):
                out[i] = value
        return out
    name, raw = (
        (how.transformer, how.params)
        if how.transformer is not None
        else ("hash", {"length": 16})
        if how.action == "hash"
        else _REPLACE[entity]
    )
    entry = REGISTRY.get(name)
    column = Column(f"{ctx.column.name}:{entity}", "text", Kind.TEXT)
    span_ctx = TransformContext(column=column, table=ctx.table, seed=ctx.seed, key=ctx.key, batch_index=ctx.batch_index)
    out = entry(pa.array(spans, pa.string()), entry.parse_params(raw), span_ctx)
    if entity == "url" and how.action == "replace":
        out = join_strings("https://example.com/", out)
    return [value if value is not None else "" for value in out.cast(pa.string()).to_pylist()]


@transformer("transform_pii_text", kinds=TEXT, role=Role.TRANSFORMER, params=PiiParams)
def transform_pii_text(values: pa.Array[Any], params: PiiParams, ctx: TransformContext) -> pa.Array[Any]:
    """Find emails, phones, SSNs, card numbers, IPs, IBANs, URLs and names in free text; anonymize only those."""
    actions = params.actions()
    wanted = frozenset(actions)
    if not wanted or len(values) == 0:
        return values
    maybe: Any = pc.fill_null(pc.match_substring_regex(values, prefilter("person" in wanted)), False)
    rows = np.flatnonzero(np.asarray(maybe.to_numpy(zero_copy_only=False), dtype=np.bool_))
    if len(rows) == 0:
        return values
    texts: list[str] = values.take(pa.array(rows)).to_pylist()
    # (row among `texts`, start, end) per entity, then one batch of replacements per entity.
    spans: dict[Entity, list[tuple[int, int, int]]] = {}
    for index, text in enumerate(texts):
        allowed = _allowed_ranges(text, params.allowed_phrases)
        for finding in find(text, wanted, params.score_threshold):
            if not any(start <= finding.start and finding.end <= end for start, end in allowed):
                spans.setdefault(finding.entity, []).append((index, finding.start, finding.end))
    edits: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    for entity, places in spans.items():
        new = _replacements([texts[i][s:e] for i, s, e in places], entity, actions[entity], ctx)
        for (index, start, end), replacement in zip(places, new, strict=True):
            edits[index].append((start, end, replacement))
    changed = []
    for text, row_edits in zip(texts, edits, strict=True):
        pieces, last = [], 0
        for start, end, replacement in sorted(row_edits):
            pieces += [text[last:start], replacement]
            last = end
        changed.append("".join(pieces) + text[last:])
    mask = np.zeros(len(values), dtype=np.bool_)
    mask[rows] = True
    out = pc.replace_with_mask(values, pa.array(mask), pa.array(changed, values.type))
    return keep_nulls(values, truncate_to(out, ctx.column.max_length))
