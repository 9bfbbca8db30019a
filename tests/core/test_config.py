"""The job file: the documented shape parses; bad input is one clear ConfigError pointing at the place."""

from __future__ import annotations

import pytest

from lookalike.core.config import ColumnMapping, JobConfig, job_json_schema, parse_job
from lookalike.core.errors import ConfigError

DOCUMENTED = """
source:
  url: postgresql://user:s3cret@host:5432/prod
destinations:
  - url: sqlite:///qa.db
    init_schema: true
    truncate_before_insert: true
    on_conflict: nothing
tables:
  public.customer:
    columns:
      email: {transformer: transform_email, params: {preserve_domain: true}}
      first_name: transform_first_name
      phone: null
new_column_strategy: halt
"""


def test_the_documented_job_parses() -> None:
    job = parse_job(DOCUMENTED)
    customer = job.tables["public.customer"]
    assert customer.columns["email"] == ColumnMapping(transformer="transform_email", params={"preserve_domain": True})
    assert customer.columns["first_name"].transformer == "transform_first_name"
    assert customer.columns["phone"].transformer == "null"
    assert job.destinations[0].on_conflict == "nothing" and job.destinations[0].init_schema
    assert job.source.resolve({}) == "postgresql://user:s3cret@host:5432/prod"


def test_passwords_never_show_in_repr_or_dump() -> None:
    job = parse_job(DOCUMENTED)
    assert "s3cret" not in repr(job)
    assert "s3cret" not in job.model_dump_json()


def test_url_env_is_read_from_the_environment_and_missing_variable_is_a_config_error() -> None:
    job = parse_job("source: {url_env: PROD_URL}\ndestinations: [{url: 'sqlite:///x.db'}]")
    assert job.source.resolve({"PROD_URL": "postgresql://h/db"}) == "postgresql://h/db"
    with pytest.raises(ConfigError, match="PROD_URL is not set"):
        job.source.resolve({})


@pytest.mark.parametrize(
    ("text", "message", "where"),
    [
        ("source: [unclosed", "malformed YAML", "line 1"),
        ("- just\n- a list", "must be a YAML mapping", "job.yaml"),
        ("destinations: [{url: 'sqlite:///x.db'}]", "Field required", "source"),
        ("source: {url: 'sqlite:///a.db'}\ndestinations: []", "at least 1 item", "destinations"),
        (
            "source: {url: 'sqlite:///a.db'}\ndestinations: [{url: 'sqlite:///x.db', on_conflict: merge}]",
            "Input should be 'nothing', 'update' or 'error'",
            "destinations.0.on_conflict",
        ),
        ("source: {url: 'sqlite:///a.db', url_env: X}\ndestinations: [{url: 'x'}]", "exactly one", "source"),
        ("source: {url: 'sqlite:///a.db'}\ndestinations: [{url: 'x'}]\ntabels: {}", "Extra inputs", "tabels"),
        (
            "source: {url: 'sqlite:///a.db'}\ndestinations: [{url: 'x'}]\ntables: {t: {columns: {c: {params: {}}}}}",
            "Field required",
            "tables.t.columns.c.transformer",
        ),
        (
            "source: {url: 'sqlite:///a.db'}\ndestinations: [{url: 'x'}]\nbatch_size: 0",
            "greater than or equal",
            "batch",
        ),
    ],
)
def test_bad_job_files_give_one_error_with_what_where_and_fix(text: str, message: str, where: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_job(text, origin="job.yaml")
    assert message in caught.value.what
    assert caught.value.where is not None and where in caught.value.where
    assert caught.value.fix
    assert caught.value.exit_code == 2


def test_json_schema_describes_the_job() -> None:
    schema = job_json_schema()
    assert schema["title"] == "JobConfig"
    assert {"source", "destinations", "tables", "new_column_strategy"} <= set(schema["properties"])
    assert JobConfig.model_validate(parse_job(DOCUMENTED).model_dump()).tables.keys() == {"public.customer"}


@pytest.mark.parametrize(
    ("text", "key", "line"),
    [
        ("source: {url: 'sqlite:///a.db'}\ndestinations: [{url: 'x'}]\nseed: 1\nseed: 2\n", "seed", "line 4"),
        (
            "source: {url: 'sqlite:///a.db'}\ndestinations: [{url: 'x'}]\ntables:\n  t:\n    columns:\n"
            "      email: transform_email\n      name: transform_first_name\n      email: 'null'\n",
            "email",
            "line 8",
        ),
        (
            "source: {url: 'sqlite:///a.db'}\nsource: {url: 'sqlite:///b.db'}\ndestinations: [{url: 'x'}]\n",
            "source",
            "line 2",
        ),
    ],
)
def test_a_duplicate_key_is_refused_naming_the_key_and_its_line(text: str, key: str, line: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_job(text, origin="job.yaml")
    assert f"duplicate key {key!r}" in caught.value.what
    assert caught.value.where is not None and line in caught.value.where
    assert caught.value.exit_code == 2


def test_yaml_merge_keys_still_work() -> None:
    text = (
        "source: {url: 'sqlite:///a.db'}\n"
        "destinations: [&d {url: 'x', init_schema: true}, {<<: *d, init_schema: false}]\n"
    )
    job = parse_job(text)
    assert [(d.resolve({}), d.init_schema) for d in job.destinations] == [("x", True), ("x", False)]
