"""Real-world schemas nobody here wrote, copied PostgreSQL → PostgreSQL with `init_schema: true`.

Each must come out with the same schema (pg_dump of source and copy equal), the same row counts, a clean
`lookalike verify`, and the same again after a second run. The files and their licences are in tests/corpus/<name>/
(SOURCES.md says where each came from and what was trimmed).
"""

from __future__ import annotations

import difflib
import os
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from tests.engine.helpers import assert_clean, make_job, sync_and_verify
from tests.support import pg_rows, run_script

from lookalike.connectors.postgres.pgdump import find_pg_dump
from lookalike.engine.review.verify import verify
from lookalike.engine.sync import run_sync

CORPUS = Path(__file__).resolve().parent

pytestmark = pytest.mark.corpus


@dataclass(frozen=True)
class Sample:
    name: str
    files: tuple[str, ...]
    tables: dict[str, Any] = field(default_factory=dict)  # transformers on the obviously sensitive columns
    min_rows: int = 0  # at least this many rows copied (0: a schema without data)

    def __str__(self) -> str:
        return self.name


NAMES = {"first_name": "transform_first_name", "last_name": "transform_last_name"}
EMAIL = {"transformer": "transform_email", "params": {"preserve_domain": True}}
IP = "generate_ip_address"
USERNAME = {"transformer": "hash", "params": {"length": 16}}
ACCOUNT = {"transformer": "hash", "params": {"length": 15}}
ADDRESS = {
    "address": "generate_street_address",
    "address2": "null",
    "postal_code": "generate_zipcode",
    "phone": {"transformer": "hash", "params": {"length": 10}},
}

SAMPLES = [
    Sample(
        "pagila",
        ("pagila/pagila.sql",),
        {
            "customer": {"columns": {**NAMES, "email": EMAIL}},
            "staff": {
                "columns": {
                    **NAMES,
                    "email": EMAIL,
                    "username": {"transformer": "hash", "params": {"length": 16}},
                    "password": "null",
                    "picture": "null",
                }
            },
            "actor": {"columns": NAMES},
            "address": {"columns": ADDRESS},
            "city": {"columns": {"city": "generate_city"}},
        },
        min_rows=60_000,
    ),
    Sample(
        "sakila",
        ("sakila/schema.sql", "sakila/data.sql"),
        {
            "customer": {"columns": {**NAMES, "email": EMAIL}},
            "staff": {
                "columns": {
                    **NAMES,
                    "email": EMAIL,
                    "username": {"transformer": "hash", "params": {"length": 16}},
                    "password": "null",
                    "picture": "null",
                }
            },
            "actor": {"columns": NAMES},
            "address": {"columns": ADDRESS},
            "city": {"columns": {"city": "generate_city"}},
        },
        min_rows=40_000,
    ),
    Sample("iso3166", ("iso3166/iso-3166.sql",), min_rows=3_000),
    Sample(
        "adventureworks",
        ("adventureworks/install.sql",),
        {
            "person.person": {"columns": {"firstname": "transform_first_name", "lastname": "transform_last_name"}},
            "person.emailaddress": {"columns": {"emailaddress": "generate_email"}},
            "humanresources.employee": {
                "columns": {"birthdate": "generate_utc_timestamp", "gender": "generate_gender"}
            },
            "person.address": {
                "columns": {
                    "addressline1": "generate_street_address",
                    "addressline2": "null",
                    "city": "generate_city",
                    "postalcode": "generate_zipcode",
                }
            },
            "person.personphone": {"columns": {"phonenumber": "generate_string_phone_number"}},
            "production.productreview": {"columns": {"emailaddress": "generate_email"}},
            "sales.creditcard": {"columns": {"cardnumber": "generate_card_number"}},
            "purchasing.vendor": {"columns": {"accountnumber": ACCOUNT}},
            "sales.salesorderheader": {"columns": {"accountnumber": ACCOUNT}},
            **{
                table: {"reviewed": {"name": "a lookup label (address type, country, state…), not a person"}}
                for table in (
                    "person.addresstype",
                    "person.contacttype",
                    "person.countryregion",
                    "person.phonenumbertype",
                    "person.stateprovince",
                )
            },
            "person.password": {
                "columns": {"passwordhash": "hash", "passwordsalt": {"transformer": "hash", "params": {"length": 10}}}
            },
        },
    ),
    Sample(
        "danbooru",
        ("danbooru/structure.sql",),
        {
            "api_keys": {"columns": {"last_ip_address": IP}},
            "artist_versions": {"columns": {"name": "hash", "group_name": "hash"}},
            "artists": {"columns": {"name": "hash", "group_name": "hash"}},
            "email_addresses": {"columns": {"address": "hash", "normalized_address": "hash"}},
            "ip_bans": {"columns": {"ip_addr": IP}},
            "ip_geolocations": {
                "columns": {"ip_addr": IP, "network": IP, "latitude": "null", "longitude": "null", "city": "null"}
            },
            "user_events": {"columns": {"ip_addr": IP}},
            "user_sessions": {"columns": {"ip_addr": IP}},
            "user_name_change_requests": {"columns": {"original_name": "hash", "desired_name": "hash"}},
            "users": {
                "columns": {"name": "hash", "bcrypt_password_hash": "hash", "last_ip_addr": IP, "totp_secret": "null"}
            },
        },
    ),
    Sample(
        "openstreetmap",
        ("openstreetmap/structure.sql",),
        {
            "acls": {"columns": {"address": IP}},
            "diary_entries": {"columns": {"latitude": "null", "longitude": "null"}},
            "gpx_files": {"columns": {"latitude": "null", "longitude": "null"}},
            "note_comments": {"columns": {"author_ip": IP}},
            "notes": {"columns": {"user_ip": IP}},
            "oauth_access_grants": {"columns": {"token": "hash"}},
            "oauth_access_tokens": {
                "columns": {"token": "hash", "refresh_token": "hash", "previous_refresh_token": "hash"}
            },
            "oauth_applications": {"columns": {"secret": "hash"}},
            "users": {
                "columns": {
                    "email": "generate_email",
                    "display_name": "hash",
                    "home_lat": "null",
                    "home_lon": "null",
                    "pass_salt": "hash",
                    "new_email": "null",
                    "creation_address": IP,
                    "home_location_name": "null",
                }
            },
        },
    ),
]


def psql(url: str, path: Path) -> None:
    """Load a script as psql would (COPY … FROM stdin blocks included); stop at the first error."""
    done = subprocess.run(
        ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PGOPTIONS": "-c client_min_messages=warning"},
    )
    assert done.returncode == 0, f"loading {path.name}: {done.stderr[-2000:]}"


def schema_dump(url: str) -> str:
    server = int(str(pg_rows(url, "SHOW server_version_num")[0][0])) // 10000
    done = subprocess.run(
        [find_pg_dump(server), "--schema-only", "--no-owner", "--no-privileges", "-N", "_lookalike", "-d", url],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


_NOISE = re.compile(r"^(--.*|SET .*|SELECT pg_catalog\.set_config\(.*|\\(un)?restrict .*|\s*)$")


def normalized(dump: str) -> list[str]:
    """A schema dump without comments, SET lines, psql's \\restrict tokens and blank lines."""
    return [line for line in dump.splitlines() if not _NOISE.match(line)]


def assert_same_schema(source: str, copy: str) -> None:
    diff = list(difflib.unified_diff(normalized(schema_dump(source)), normalized(schema_dump(copy)), lineterm=""))
    assert not diff, "schema differs (source → copy):\n" + "\n".join(diff[:400])


def row_counts(url: str) -> dict[str, int]:
    tables = pg_rows(
        url,
        "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema', '_lookalike') "
        "AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1",
    )
    return {str(name): int(str(pg_rows(url, f"SELECT count(*) FROM {name}")[0][0])) for (name,) in tables}


@pytest.mark.parametrize("sample", SAMPLES, ids=str)
def test_corpus_copies_schema_rows_and_verifies(sample: Sample, new_pg_db: Callable[[str], str]) -> None:
    source, copy = new_pg_db("src"), new_pg_db("copy")
    # Some scripts hand their objects to the role `postgres`, which a cluster made by initdb as another user lacks.
    run_script(source, "DO $$ BEGIN CREATE ROLE postgres; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    for name in sample.files:
        psql(source, CORPUS / name)
    job = make_job(
        source,
        [{"url": copy, "init_schema": True, "truncate_before_insert": True}],
        sample.tables,
        unmapped_sensitive="allow",
    )
    summary, reports = sync_and_verify(job)
    assert summary.ok
    assert_clean(reports)
    assert_same_schema(source, copy)
    counts = row_counts(source)
    assert row_counts(copy) == counts
    assert sum(counts.values()) >= sample.min_rows
    # A second run into the copy (truncate_before_insert) changes nothing.
    again = run_sync(job, os.environ)
    assert again.ok
    assert_clean(verify(job, os.environ))
    assert_same_schema(source, copy)
    assert row_counts(copy) == counts
