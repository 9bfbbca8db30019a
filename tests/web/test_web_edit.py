"""Editing and cloning a job in the web app keeps what the forms do not show (the merge), and a save that removes
anything shows the removals before it stores them (the diff page). Without a browser: each page's form is sent
as a browser would send it."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.support import run_script
from tests.web.conftest import first_start, sign_in
from tests.web.edit_support import JOB_KEY, SHOP, full_job, sealed_keys
from tests.web.forms import form_of

from lookalike.engine.dbos import runtime
from lookalike.installation.secrets import unseal
from lookalike.server import create_app
from lookalike.web.mapping import table_keys
from lookalike.web.merge import merge_settings, merge_tables, shown_destination_options

SAVE = "/jobs/wizard/save"


def test_settings_merge_keeps_what_the_page_does_not_show() -> None:
    base = {k: v for k, v in full_job().items() if k != "key"}
    form = {
        **{f"shown_{k}": v for k, v in shown_destination_options(base).items()},
        "name": "shop",
        "source": "prod",
        "destinations": "qa1,qa2",
        "init_schema": "on",
        "truncate": "on",
        "on_conflict": "error",
        "schedule": "0 3 1 1 *",
        "max_attempts": "3",
        "table_timeout_seconds": "600.0",
        "workers": "2",
    }
    assert merge_settings(base, form) == {**base, "schedule": "0 3 1 1 *"}  # qa2 keeps its own on_conflict

    changed = merge_settings(base, {**form, "on_conflict": "update", "destinations": "qa2,qa3", "schedule": ""})
    qa2, qa3 = changed["destinations"]
    assert qa2 == {**base["destinations"][1], "on_conflict": "update"}  # changed on the page: every destination
    assert qa3 == {"connection": "qa3", "init_schema": True, "truncate_before_insert": True, "on_conflict": "update"}
    assert "schedule" not in changed and changed["sync_options"]["chunk_rows"] == 5000
    assert changed["sync_options"]["retry"] == {"max_attempts": 3, "interval_seconds": 2.0}


def test_tables_merge_replaces_only_the_fields_the_page_sent() -> None:
    base = full_job()["tables"]
    catalogue = {"transform_email": {"params_schema": {"properties": {"preserve_length": {"type": "boolean"}}}}}
    form = {
        "map::public.customer::email": "transform_email",
        "param::public.customer::email::preserve_length": "",  # unticked
        "map::public.customer::first_name": "",  # cleared
        "where::public.customer": "",  # cleared
        "map::invoice::total": "transform_float64",
    }
    merged = merge_tables(base, form, catalogue)
    customer = merged["public.customer"]
    assert customer["columns"] == {
        "email": {"transformer": "transform_email", "params": {"preserve_length": False}, "deterministic": True},
        "last_name": "corp_name",  # no field on the page: kept
    }
    assert "where" not in customer and customer["passthrough"] == ["id", "country"]
    assert merged["invoice"] == {"percent": 50, "include_children": False, "columns": {"total": "transform_float64"}}
    assert merge_tables(base, {}, catalogue) == base
    assert merge_tables({}, {"map::t::c": "", "where::t": ""}, catalogue) == {}
    schema = [{"qualified": "public.invoice", "name": "invoice"}, {"qualified": "public.customer", "name": "customer"}]
    assert table_keys({"tables": base}, schema) == {"public.invoice": "invoice", "public.customer": "public.customer"}


@dataclass
class Shop:
    client: TestClient  # signed in to the pages
    store: str
    job: str  # the full job's id
    bearer: dict[str, str]  # for the API


@pytest.fixture
def shop(tmp_path: Path, new_pg_db: Callable[[str], str]) -> Iterator[Shop]:
    """A signed-in page client and the full job (made through the API, with its key)."""
    store, token = first_start(tmp_path)
    runtime.launch()  # schedules are kept by the engine
    client = TestClient(create_app(store))
    sign_in(client, token)
    bearer = {"Authorization": f"Bearer {token}"}
    urls = {"prod": run_script(new_pg_db("prod"), SHOP), "qa1": new_pg_db("qa1"), "qa2": new_pg_db("qa2")}
    for name, url in urls.items():
        assert client.post("/api/connections", json={"name": name, "url": url}, headers=bearer).status_code == 201
    made = client.post("/api/jobs", json=full_job(), headers=bearer)
    assert made.status_code == 201, made.text
    yield Shop(client, store, made.json()["id"], bearer)


def _job(client: TestClient, ref: str) -> dict[str, Any]:
    found = client.get(f"/jobs/{ref}/export")
    assert found.status_code == 200, found.text
    import yaml

    document: dict[str, Any] = yaml.safe_load(found.text)
    return document


def _through_the_wizard(client: TestClient, start: str, **settings: str) -> Any:
    """Settings page (with `settings` typed in) → mapping page → Save; the save's answer."""
    page = client.get(start)
    assert page.status_code == 200, page.text
    mapping = client.post("/jobs/wizard/mapping", data=form_of(page.text, "/jobs/wizard/mapping").data(**settings))
    assert mapping.status_code == 200, mapping.text
    return mapping


def test_edit_changes_only_the_schedule_and_keeps_the_key(shop: Shop) -> None:
    client, store, job = shop.client, shop.store, shop.job
    before = _job(client, job)
    mapping = _through_the_wizard(client, f"/jobs/new?from={job}", schedule="0 3 1 1 *")
    suggestion = re.search(r"<button [^>]*>suggested: transform_email</button>", mapping.text)
    assert suggestion is not None and " hidden" in suggestion.group(0)  # email is mapped: no suggestion shown
    saved = client.post(SAVE, data=form_of(mapping.text, SAVE).data("Save job"), follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"] == f"/jobs/{job}", saved.text
    assert _job(client, job) == {**before, "schedule": "0 3 1 1 *"}
    first, second = sealed_keys(store, job)
    assert first is not None and second == first and unseal(second) == JOB_KEY


def test_clone_keeps_everything_and_the_key(shop: Shop) -> None:
    client, store, job = shop.client, shop.store, shop.job
    mapping = _through_the_wizard(client, f"/jobs/new?from={job}&clone=1")
    saved = client.post(SAVE, data=form_of(mapping.text, SAVE).data("Save job"), follow_redirects=False)
    assert saved.status_code == 303, saved.text
    clone = saved.headers["location"].removeprefix("/jobs/")
    assert clone != job and _job(client, clone) == {**_job(client, job), "name": "shop-copy"}
    assert sealed_keys(store, clone) == sealed_keys(store, job)


def test_a_save_that_removes_mappings_asks_first(shop: Shop) -> None:
    client, store, job = shop.client, shop.store, shop.job
    before = _job(client, job)
    mapping = _through_the_wizard(client, f"/jobs/new?from={job}", workers="3")
    cleared = {"map::public.customer::email": "", "where::public.customer": ""}
    asked = client.post(SAVE, data=form_of(mapping.text, SAVE).data("Save job", **cleared))
    assert asked.status_code == 200 and "Mappings removed" in asked.text
    for path in ("tables.public.customer.columns.email", "tables.public.customer.where", "workers"):
        assert path in asked.text
    assert _job(client, job) == before  # nothing stored yet

    back = client.post(SAVE, data=form_of(asked.text, SAVE).data("Back to the mapping"))
    assert back.status_code == 200 and 'name="map::public.customer::first_name"' in back.text
    assert form_of(back.text, SAVE).data()["map::public.customer::email"] == ""  # as the user left it

    # The job changed meanwhile: the confirmation was for version 1, so the diff is shown again (for version 2).
    changed = client.put(f"/api/jobs/{job}/schedule", json={"cron": "0 4 1 1 *"}, headers=shop.bearer)
    assert changed.status_code == 200 and changed.json()["version"] == 2, changed.text
    again = client.post(SAVE, data=form_of(asked.text, SAVE).data("Confirm: save without them"))
    assert again.status_code == 200 and "version 2" in again.text and "tables.public.customer.where" in again.text
    assert "Also changed" in again.text and "0 4 1 1 *" in again.text  # the page's document sets it back: shown
    assert _job(client, job) == {**before, "schedule": "0 4 1 1 *"}
    confirm = form_of(again.text, SAVE)
    done = client.post(SAVE, data=confirm.data("Confirm: save without them"), follow_redirects=False)
    assert done.status_code == 303, done.text
    expected = copy.deepcopy({**before, "workers": 3})
    customer = expected["tables"]["public.customer"]
    del customer["where"], customer["columns"]["email"]
    assert _job(client, job) == expected
    keys = sealed_keys(store, job)
    assert len(keys) == 3 and unseal(keys[0] or "") == unseal(keys[2] or "") == JOB_KEY
