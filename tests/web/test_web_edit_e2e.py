"""Edit and clone in Chromium keep a job's anonymization: a job with mappings, subset filters, a key, a virtual FK
and options the wizard has no field for is edited (schedule only) and cloned, and the stored documents differ
from the original in exactly that; removing a mapping goes through the confirm page; suggestions are buttons
until applied."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
from tests.support import run_script
from tests.web.conftest import Server, shot
from tests.web.edit_support import JOB_KEY, SHOP, full_job, sealed_keys

from lookalike.installation.secrets import unseal


def _document(api: httpx.Client, job: str) -> dict[str, Any]:
    found = api.get(f"/api/jobs/{job}")
    assert found.status_code == 200, found.text
    document: dict[str, Any] = found.json()["document"]
    return document


def _save(page: Any, server: Server) -> str:
    """Save job on the mapping page; the id of the job page it lands on."""
    page.get_by_role("button", name="Save job").click()
    page.wait_for_url(re.compile(r"/jobs/[0-9a-f-]{36}$"))
    return str(page.url.removeprefix(f"{server.url}/jobs/"))


def test_edit_and_clone_in_the_browser_keep_everything(
    server: Server, browser_page: Any, new_pg_db: Callable[[str], str], tmp_path: Path
) -> None:
    store = f"sqlite:///{tmp_path / 'store.sqlite'}"  # the server fixture's store
    page = browser_page
    api = httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {server.api_key}"}, timeout=60)
    urls = {"prod": run_script(new_pg_db("prod"), SHOP), "qa1": new_pg_db("qa1"), "qa2": new_pg_db("qa2")}
    for name, url in urls.items():
        assert api.post("/api/connections", json={"name": name, "url": url}).status_code == 201
    made = api.post("/api/jobs", json=full_job())
    assert made.status_code == 201, made.text
    job, original = made.json()["id"], made.json()["document"]
    assert made.json()["has_key"] is True

    page.goto(f"{server.url}/login")
    page.get_by_label("API key").fill(server.api_key)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{server.url}/jobs")

    # Edit: only the schedule.
    page.goto(f"{server.url}/jobs/{job}")
    page.get_by_role("link", name="Edit").click()
    page.get_by_label("Schedule").fill("0 3 1 1 *")
    shot(page, "edit-01-settings")
    page.get_by_role("button", name="Next: map columns").click()
    email = page.get_by_label("transformer for public.customer.email")
    assert email.input_value() == "transform_email"
    assert page.get_by_label("apply suggested transform_email to public.customer.email").is_hidden()
    assert page.locator("tbody[data-table='public.customer'] .CodeMirror").count() == 1  # the filter is shown
    shot(page, "edit-02-mapping")
    assert _save(page, server) == job
    assert _document(api, job) == {**original, "schedule": "0 3 1 1 *"}
    first, second = sealed_keys(store, job)
    assert first is not None and second == first  # the stored key, exactly as it was

    # Clone: everything, the key included.
    page.get_by_role("link", name="Clone").click()
    assert page.get_by_label("Job name").input_value() == "shop-copy"
    page.get_by_role("button", name="Next: map columns").click()
    clone = _save(page, server)
    assert clone != job and "Deterministic: the job has a key" in page.locator("main").inner_text()
    assert _document(api, clone) == {**original, "schedule": "0 3 1 1 *", "name": "shop-copy"}
    assert sealed_keys(store, clone) == [first]

    # Removing a mapping: the save shows it first; Back returns to the mapping, Confirm stores it.
    page.goto(f"{server.url}/jobs/{job}")
    page.get_by_role("link", name="Edit").click()
    page.get_by_role("button", name="Next: map columns").click()
    page.get_by_label("transformer for public.customer.email").fill("")
    page.get_by_label("transformer for public.customer.email").dispatch_event("change")
    suggestion = page.get_by_label("apply suggested transform_email to public.customer.email")
    suggestion.wait_for()  # an empty mapping offers its suggestion again (as a button, not as text in the box)
    page.get_by_role("button", name="Save job").click()
    page.get_by_role("heading", name="Mappings removed").wait_for()
    assert "tables.public.customer.columns.email" in page.locator("table[aria-label='mappings removed']").inner_text()
    shot(page, "edit-03-confirm")
    assert _document(api, job)["tables"]["public.customer"]["columns"]["email"]["transformer"] == "transform_email"
    page.get_by_role("button", name="Back to the mapping").click()
    assert page.get_by_label("transformer for public.customer.email").input_value() == ""
    page.get_by_role("button", name="Save job").click()
    page.get_by_role("button", name="Confirm: save without them").click()
    page.wait_for_url(f"{server.url}/jobs/{job}")
    after = _document(api, job)
    assert "email" not in after["tables"]["public.customer"]["columns"]
    assert after["tables"]["public.customer"]["where"] == "country = 'USA'"
    assert unseal(sealed_keys(store, job)[-1] or "") == JOB_KEY

    # A new job: suggestions are buttons until applied, then real mappings.
    page.goto(f"{server.url}/jobs/new")
    page.get_by_label("Job name").fill("fresh")
    page.get_by_label("Source").select_option("prod")
    page.locator("input[name=destinations][value=qa1]").check()
    page.get_by_label("create tables first").check()
    page.get_by_role("button", name="Next: map columns").click()
    email = page.get_by_label("transformer for public.customer.email")
    assert email.input_value() == "" and "suggested" not in (email.get_attribute("placeholder") or "")
    assert page.get_by_label("apply suggested transform_email to public.customer.email").is_visible()
    shot(page, "edit-04-suggestions")
    page.get_by_role("button", name="Apply suggested transformers").click()
    assert email.input_value() == "transform_email"
    assert page.get_by_label("transformer for public.customer.first_name").input_value() == "transform_first_name"
    assert page.get_by_label("apply suggested transform_email to public.customer.email").is_hidden()
    page.locator("#suggested-count").get_by_text("applied").wait_for()
    email.locator("xpath=following-sibling::div[contains(@class,'param-box')]").locator(".hint").first.wait_for()
    shot(page, "edit-05-suggestions-applied")
    fresh = _save(page, server)
    columns = _document(api, fresh)["tables"]["public.customer"]["columns"]
    assert columns["email"] == {"transformer": "transform_email"} or columns["email"] == "transform_email"
    assert "country" not in columns
