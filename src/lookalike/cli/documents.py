"""`lookalike anonymize`: JSON documents from stdin, transformed, to stdout (no database, no server)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
import yaml
from pydantic import ValidationError

from lookalike.core.config import AnonymizeConfig, ColumnMapping
from lookalike.core.errors import ConfigError, LookalikeError
from lookalike.core.jsonpath import MAX_DEPTH


def _config(path: Path | None) -> dict[str, Any]:
    if path is None:
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as error:
        raise ConfigError(f"cannot read {path}: {error.strerror}", where=str(path), fix="check the path") from None
    except yaml.YAMLError as error:
        raise ConfigError(f"malformed YAML: {error}", where=str(path), fix="fix the YAML syntax") from None
    if not isinstance(data, dict):
        raise ConfigError("the config must be a mapping", where=str(path), fix="see `mappings:` and `defaults:`")
    return data


def _documents(text: str, lines: bool) -> list[Any]:
    chunks = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()] if lines else [(1, text)]
    documents = []
    for number, chunk in chunks:
        try:
            documents.append(json.loads(chunk))
        except json.JSONDecodeError as error:
            line = number if lines else error.lineno
            raise ConfigError(
                f"invalid JSON: {error.msg}",
                where=f"stdin, line {line}, column {error.colno}",
                fix="one JSON document per line with --lines, else one JSON document",
            ) from None
        except RecursionError:  # deeper than Python's parser goes; anonymize() refuses anything past MAX_DEPTH
            raise ConfigError(
                f"the JSON is nested deeper than {MAX_DEPTH} levels",
                where=f"stdin, line {number}" if lines else "stdin",
                fix=f"send documents nested at most {MAX_DEPTH} levels deep",
            ) from None
    return documents


def anonymize_command(
    mappings: Annotated[
        list[str] | None,
        typer.Option("--map", "-m", help="PATH=TRANSFORMER, e.g. '$.user.email=transform_email' (repeatable)"),
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", "-c", help="YAML with mappings:, defaults:, transformers:, key_env:")
    ] = None,
    string: Annotated[str | None, typer.Option("--default-string", help="transformer for other strings")] = None,
    number: Annotated[str | None, typer.Option("--default-number", help="transformer for other numbers")] = None,
    boolean: Annotated[str | None, typer.Option("--default-boolean", help="transformer for other booleans")] = None,
    key_env: Annotated[str | None, typer.Option("--key-env", help="variable holding a key: same in, same out")] = None,
    seed: Annotated[int | None, typer.Option(help="seed for reproducible random output")] = None,
    lines: Annotated[bool, typer.Option("--lines", help="JSON Lines in and out (one document per line)")] = False,
) -> None:
    """Anonymize JSON documents read from stdin and print them, with path mappings and type defaults."""
    from lookalike.cli.main import fail
    from lookalike.engine.anonymize import anonymize

    try:
        data = _config(config)
        for item in mappings or []:
            path, separator, name = item.partition("=")
            if not separator or not path.strip() or not name.strip():
                raise ConfigError(f"--map {item!r} is not PATH=TRANSFORMER", where="--map", fix="e.g. '$.email=hash'")
            data.setdefault("mappings", {})[path.strip()] = name.strip()
        for option, chosen in (("string", string), ("number", number), ("boolean", boolean)):
            if chosen is not None:
                data.setdefault("defaults", {})[option] = ColumnMapping(transformer=chosen).model_dump()
        if key_env is not None:
            data["key_env"] = key_env
        if seed is not None:
            data["seed"] = seed
        try:
            settings = AnonymizeConfig.model_validate(data)
        except ValidationError as error:
            problem = error.errors(include_url=False, include_input=False)[0]
            raise ConfigError(
                f"invalid anonymize config: {problem['msg']}",
                where=".".join(str(part) for part in problem["loc"]),
                fix="see `lookalike anonymize --help`",
            ) from None
        documents = _documents(sys.stdin.read(), lines)
        result = anonymize(documents, settings, os.environ)
    except LookalikeError as error:
        raise fail(error) from None
    if lines:
        sys.stdout.write("".join(json.dumps(document, ensure_ascii=False) + "\n" for document in result))
    else:
        sys.stdout.write(json.dumps(result[0], ensure_ascii=False, indent=2) + "\n")
