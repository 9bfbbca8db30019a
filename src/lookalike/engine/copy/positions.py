"""A checkpoint's position as the destination stores it: sealed, so no source value of a key sits in a copy.

A checkpoint records the last source key a chunk wrote. When that key is transformed (a scrambled customer id),
the plain value in `_lookalike.checkpoint` would put the source's key, the very thing the transformer hides, into
the QA database. So the engine seals the position with the installation's secret before a connector sees it, and
unseals it when it reads the checkpoint back; only workers of this installation can read it.
"""

from __future__ import annotations

import dataclasses
import json

from lookalike.connectors.base import Checkpoint, KeyText
from lookalike.installation.secrets import seal, unseal

_MARK = "lk1:"  # a sealed position (one element); a plain one left by an older version is read as it is


def sealed(mark: Checkpoint) -> Checkpoint:
    """`mark` with its position sealed, as it is written to a destination."""
    if mark.after is None:
        return mark
    return dataclasses.replace(mark, after=(_MARK + seal(json.dumps(list(mark.after))),))


def revealed(mark: Checkpoint | None) -> Checkpoint | None:
    """A stored checkpoint with its position unsealed (ConfigError when another installation wrote it)."""
    if mark is None or mark.after is None or len(mark.after) != 1 or not mark.after[0].startswith(_MARK):
        return mark
    after: KeyText = tuple(str(part) for part in json.loads(unseal(mark.after[0][len(_MARK) :])))
    return dataclasses.replace(mark, after=after)
