"""End to end in Chromium: sign in, create two connections to the test PostgreSQL, build a job on Chinook with the
wizard (three columns mapped, a subset filter checked), trigger it, watch the run succeed, and `verify` the
destination. Every page is screenshotted; no request leaves localhost."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
from tests.support import DATASETS, load_sql, pg_rows
from tests.web.conftest import Server, shot

from lookalike.core.config import validate_job
from lookalike.engine.review.verify import verify


def _sign_in(page: Any, server: Server) -> None:
    page.goto(f"{server.url}/jobs")
    assert page.url.endswith("/login")
    shot(page, "01-login")
    page.get_by_label("API key").fill("lk_wrong_key")
    page.get_by_role("button", name="Sign in").click()
    page.get_by_text("not valid").wait_for()
    page.get_by_label("API key").fill(server.api_key)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{server.url}/jobs")


def _connection_by_url(page: Any, server: Server, name: str, url: str) -> None:
    page.goto(f"{server.url}/connections/new")
    page.get_by_label("Name", exact=False).first.fill(name)
    page.locator("summary", has_text="paste a URL").click()
    page.locator("#url").fill(url)
    page.get_by_role("button", name="Save connection").click()
    page.wait_for_url(re.compile(r"/connections/[0-9a-f-]{36}$"))


def _connection_by_fields(page: Any, server: Server, name: str, url: str) -> None:
    parts = urlsplit(url)
    page.goto(f"{server.url}/connections/new")
    page.get_by_label("Name", exact=False).first.fill(name)
    page.get_by_label("Host", exact=True).fill(parts.hostname or "")
    page.get_by_label("Port", exact=True).fill(str(parts.port))
    page.get_by_label("Database", exact=True).fill(parts.path.lstrip("/"))
    page.get_by_label("User", exact=True).fill(parts.username or "")
    shot(page, "03-connection-form")
    page.get_by_role("button", name="Save connection").click()
    page.wait_for_url(re.compile(r"/connections/[0-9a-f-]{36}$"))


def test_build_run_and_verify_a_job_in_the_browser(
    server: Server, browser_page: Any, new_pg_db: Callable[[str], str]
) -> None:
    page = browser_page
    source = new_pg_db("chinook")
    load_sql(source, DATASETS / "chinook" / "chinook-postgres.sql")
    destination = new_pg_db("qa")
    _sign_in(page, server)
    shot(page, "02-jobs-empty")

    _connection_by_url(page, server, "prod", source)
    page.get_by_role("button", name="Test connection").click()
    page.locator("#test-result").get_by_text("Reachable").wait_for()
    assert "11 tables" in page.locator("#test-result").inner_text()
    shot(page, "04-connection-tested")
    page.get_by_role("link", name="Browse schema").click()
    page.get_by_text("public.customer", exact=True).click()
    assert page.locator("[data-table='public.customer'] .badge.hint").count() >= 3  # email, first/last name
    shot(page, "05-schema")
    _connection_by_fields(page, server, "qa", destination)
    page.goto(f"{server.url}/connections")
    assert page.locator("tbody tr").count() == 2
    shot(page, "06-connections")

    page.goto(f"{server.url}/jobs/new")
    page.get_by_label("Job name").fill("chinook-qa")
    page.get_by_label("Source").select_option("prod")
    page.locator("input[name=destinations][value=qa]").check()
    page.get_by_label("create tables first").check()
    page.get_by_label("Schedule").fill("0 3 * * *")
    page.get_by_text("next runs:").wait_for()
    assert "03:00:00 UTC" in page.locator("#cron-preview").inner_text()
    page.get_by_label("Schedule").fill("")
    shot(page, "07-wizard-settings")
    page.get_by_role("button", name="Next: map columns").click()

    page.locator("#find").fill("customer")
    for column, transformer in (
        ("email", "transform_email"),
        ("first_name", "transform_first_name"),
        ("last_name", "transform_last_name"),
    ):
        picker = page.get_by_label(f"transformer for public.customer.{column}")
        picker.fill(transformer)
        picker.dispatch_event("change")
        picker.locator("xpath=following-sibling::div[contains(@class,'param-box')]").locator(".hint").first.wait_for()
    page.locator("tbody[data-table='public.customer'] summary", has_text="subset filter").click()
    editor = page.locator("tbody[data-table='public.customer'] .CodeMirror")
    editor.click()
    page.keyboard.type("country = 'USA'")
    page.locator("tbody[data-table='public.customer']").get_by_role("button", name="Check filter").click()
    result = page.locator("tbody[data-table='public.customer'] .filter-result")
    result.get_by_text("rows match").wait_for()
    assert result.inner_text().strip() == "13 rows match"
    shot(page, "08-wizard-mapping")
    page.get_by_role("button", name="Save job").click()
    page.wait_for_url(re.compile(r"/jobs/[0-9a-f-]{36}$"))
    shot(page, "09-job")

    page.get_by_role("button", name="Subset plan").click()
    page.locator("#job-messages table").wait_for()
    plan = page.locator("#job-messages").inner_text()
    assert "public.customer" in plan and "13" in plan
    shot(page, "10-subset-plan")
    page.get_by_role("button", name="Trigger now").click()
    page.wait_for_url(re.compile(r"/runs/.+"))
    shot(page, "11-run-live")
    page.locator("[data-status=succeeded]").wait_for(timeout=180_000)
    assert page.locator("table[aria-label='table durations'] tbody tr").count() >= 11
    shot(page, "12-run-succeeded")
    page.goto(f"{server.url}/jobs")
    assert "succeeded" in page.locator("tbody tr").first.inner_text()
    shot(page, "13-jobs")

    page.goto(f"{server.url}/transformers")
    shot(page, "14-transformers")
    page.goto(f"{server.url}/keys")
    page.get_by_label("Name").fill("ci")
    page.get_by_role("button", name="Create key").click()
    page.locator("#new-key").wait_for()
    assert page.locator("#new-key").inner_text().startswith("lk_")
    shot(page, "15-keys")

    job = validate_job(
        {
            "source": {"url": source},
            "destinations": [{"url": destination}],
            "tables": {
                "public.customer": {
                    "where": "country = 'USA'",
                    "columns": {
                        "email": "transform_email",
                        "first_name": "transform_first_name",
                        "last_name": "transform_last_name",
                    },
                }
            },
        }
    )
    [report] = verify(job, {})
    totals = report.totals()
    assert (totals["count_mismatches"], totals["fk_violations"], totals["leaks"]) == (0, 0, 0), totals
    # Only three columns were mapped: verify names the sensitive ones copied as they are (phones, addresses…).
    assert not report.ok and {"phone", "address"} <= {c for t in report.tables for c in t.passed_through}
    usa = {row[0] for row in pg_rows(source, "SELECT email FROM customer WHERE country = 'USA'")}
    copied = {row[0] for row in pg_rows(destination, "SELECT email FROM customer")}
    assert len(copied) == 13 and not copied & usa

    hosts = {urlsplit(url).hostname for url in server.requests}
    assert hosts == {"127.0.0.1"}, hosts
    assert len(server.requests) > 30


def test_the_mapping_table_of_a_500_table_schema(
    server: Server, browser_page: Any, new_pg_db: Callable[[str], str]
) -> None:
    from tests.support import run_script

    source = run_script(
        new_pg_db("wide"),
        "DO $$ BEGIN FOR i IN 1..500 LOOP EXECUTE format("
        "'CREATE TABLE t%s (id int PRIMARY KEY, email text, first_name text, amount numeric, created_at timestamptz)'"
        ", i); END LOOP; END $$;",
    )
    page = browser_page
    _sign_in(page, server)
    _connection_by_url(page, server, "wide", source)
    _connection_by_url(page, server, "wide-qa", new_pg_db("wide_qa"))
    page.goto(f"{server.url}/jobs/new")
    page.get_by_label("Job name").fill("wide")
    page.get_by_label("Source").select_option("wide")
    # The source is never offered as a destination, and choosing another source offers it again.
    assert page.locator("input[name=destinations][value=wide]").is_hidden()
    page.get_by_label("Source").select_option("wide-qa")
    assert page.locator("input[name=destinations][value=wide]").is_visible()
    assert page.locator("input[name=destinations][value=wide-qa]").is_hidden()
    page.get_by_label("Source").select_option("wide")
    page.locator("input[name=destinations][value=wide-qa]").check()
    started = time.monotonic()
    page.get_by_role("button", name="Next: map columns").click()
    page.locator("tbody[data-table='public.t500']").wait_for(state="attached")
    page.wait_for_load_state("load")
    seconds = time.monotonic() - started
    rendered = page.evaluate("performance.getEntriesByType('navigation')[0].toJSON()")
    assert page.locator("tbody.table-group").count() == 500
    assert page.locator("tr[data-column]").count() == 2500
    server_ms = rendered["responseStart"] - rendered["requestStart"]
    parse_ms = rendered["domInteractive"] - rendered["responseStart"]
    browser_ms = rendered["domComplete"] - rendered["responseStart"]
    print(
        f"RESULT mapping_500_tables_seconds={seconds:.2f} server_ms={server_ms:.0f} parse_ms={parse_ms:.0f} "
        f"browser_ms={browser_ms:.0f} html_bytes={rendered['transferSize']}"
    )
    page.locator("#find").fill("t250")
    assert page.locator("tbody.table-group:not([hidden])").count() == 1
    page.set_viewport_size({"width": 390, "height": 844})
    shot(page, "16-mapping-500-phone")


def test_hostile_names_stay_text_and_confirms_work_under_the_csp(
    server: Server, browser_page: Any, tmp_path: Path
) -> None:
    page = browser_page
    dialogs: list[str] = []

    def answer(dialog: Any) -> None:
        dialogs.append(f"{dialog.type}: {dialog.message}")
        if len(dialogs) == 1:
            dialog.dismiss()  # the first confirm is answered "Cancel", every later one "OK"
        else:
            dialog.accept()

    page.on("dialog", answer)
    _sign_in(page, server)
    key_name = '"><img src=x onerror=alert(1)>'
    page.goto(f"{server.url}/keys")
    page.get_by_label("Name").fill(key_name)
    page.get_by_role("button", name="Create key").click()
    page.locator("#new-key").wait_for()
    page.goto(f"{server.url}/keys")
    assert page.locator("main img").count() == 0
    row = page.locator("tbody tr", has_text="onerror")
    assert row.locator("td").first.inner_text() == key_name
    row.get_by_role("button", name="Revoke").click()  # dismissed: nothing happens
    assert dialogs == [f"confirm: Revoke {key_name}?"]
    row.get_by_role("button", name="Revoke").click()  # accepted
    page.wait_for_load_state("load")
    assert row.locator("td").nth(3).inner_text().strip() != ""  # revoked
    shot(page, "17-hostile-key-name")

    page.goto(f"{server.url}/connections/new")
    page.get_by_label("Type").select_option("sqlite")
    assert page.get_by_label("Host", exact=True).is_hidden() and page.get_by_label("File path").is_visible()
    bearer = {"Authorization": f"Bearer {server.api_key}"}
    with httpx.Client(base_url=server.url, headers=bearer) as api:
        source = tmp_path / "shop.db"
        with sqlite3.connect(source) as conn:
            conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, email TEXT)")
        for name, path in (("src", source), ("dst", tmp_path / "qa.db")):
            assert api.post("/api/connections", json={"name": name, "url": f"sqlite:///{path}"}).status_code == 201
        job_name = "x');alert(1);('"
        job = {"name": job_name, "source": {"connection": "src"}, "destinations": [{"connection": "dst"}]}
        made = api.post("/api/jobs", json=job)
        assert made.status_code == 201, made.text
    page.goto(f"{server.url}/jobs/{made.json()['id']}")
    page.get_by_role("button", name="Delete").click()
    page.wait_for_url(f"{server.url}/jobs")
    assert dialogs[-1] == f"confirm: Delete job {job_name}?" and len(dialogs) == 3  # no alert ever ran
    assert "No jobs yet" in page.locator("tbody").inner_text()

    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url(f"{server.url}/login")
    page.goto(f"{server.url}/jobs")
    assert page.url.endswith("/login")
