"""The CLI: bad input is one clear message, exit code 2, and no destination is written; the demo works."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from lookalike.cli.demo_data import build_demo_database
from lookalike.cli.main import app

runner = CliRunner()


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "shop.db"
    build_demo_database(path, customers=30)
    return path


def write_job(tmp_path: Path, source: str, dest: Path, tables: dict[str, object] | None = None) -> Path:
    job = {
        "source": {"url": source},
        "destinations": [{"url": f"sqlite:///{dest}", "init_schema": True}],
        "tables": tables or {},
    }
    path = tmp_path / "job.yaml"
    path.write_text(yaml.safe_dump(job), encoding="utf-8")
    return path


def tables_in(path: Path) -> list[str]:
    if not path.exists():
        return []
    with sqlite3.connect(path) as conn:
        return [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]


@pytest.mark.parametrize(
    ("tables", "message"),
    [
        ({"custmers": {"columns": {"email": "generate_email"}}}, "the source has no table 'custmers'"),
        ({"customers": {"columns": {"emial": "generate_email"}}}, "has no column 'emial'"),
        ({"customers": {"columns": {"email": "generate_emial"}}}, "unknown transformer 'generate_emial'"),
        (
            {"customers": {"columns": {"email": {"transformer": "transform_email", "params": {"bogus": 1}}}}},
            "invalid params for transform_email",
        ),
        ({"customers": {"columns": {"id": "generate_email"}}}, "does not apply to customers.id"),
        ({"customers": {"columns": {"email": {"transformer": "null"}}}}, "NOT NULL"),
    ],
)
def test_bad_mappings_exit_2_with_one_message_and_write_nothing(
    tmp_path: Path, shop: Path, tables: dict[str, object], message: str
) -> None:
    dest = tmp_path / "qa.db"
    result = runner.invoke(app, ["sync", str(write_job(tmp_path, f"sqlite:///{shop}", dest, tables))])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "fix:" in result.output and "where:" in result.output
    assert tables_in(dest) == []


def test_malformed_yaml_points_at_the_line(tmp_path: Path) -> None:
    path = tmp_path / "job.yaml"
    path.write_text("source:\n  url: [unclosed\n", encoding="utf-8")
    result = runner.invoke(app, ["sync", str(path)])
    assert result.exit_code == 2
    assert "malformed YAML" in result.output and "line 3" in result.output


def test_unreachable_host_exits_2_without_printing_the_password(tmp_path: Path) -> None:
    dest = tmp_path / "qa.db"
    job = write_job(tmp_path, "postgresql://user:hunter2@127.0.0.1:9/prod", dest)
    result = runner.invoke(app, ["sync", str(job)])
    assert result.exit_code == 2, result.output
    assert "cannot connect" in result.output
    assert "hunter2" not in result.output and "***" in result.output
    assert tables_in(dest) == []


def test_missing_job_file_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["sync", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2 and "cannot read job file" in result.output


def test_not_null_cycle_syncs_into_sqlite_with_fk_checks_off_for_its_tables(tmp_path: Path) -> None:
    source, dest = tmp_path / "cycle.db", tmp_path / "qa.db"
    with sqlite3.connect(source) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.executescript(
            "CREATE TABLE staff (id INTEGER PRIMARY KEY, store_id INTEGER NOT NULL REFERENCES store(id));"
            "CREATE TABLE store (id INTEGER PRIMARY KEY, manager_staff_id INTEGER NOT NULL REFERENCES staff(id));"
            "INSERT INTO staff VALUES (1, 10), (2, 10), (3, 11); INSERT INTO store VALUES (10, 1), (11, 3);"
        )
    job = write_job(tmp_path, f"sqlite:///{source}", dest)
    result = runner.invoke(app, ["sync", str(job)])
    assert result.exit_code == 0, result.output
    assert "NOT NULL foreign-key cycle" in result.output and "staff, store" in result.output
    assert runner.invoke(app, ["verify", str(job)]).exit_code == 0
    with sqlite3.connect(dest) as conn:
        assert conn.execute("SELECT * FROM store ORDER BY id").fetchall() == [(10, 1), (11, 3)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_transformers_list_json_has_every_entry_with_its_params_schema() -> None:
    result = runner.invoke(app, ["transformers", "list", "--json"])
    assert result.exit_code == 0
    entries = {entry["name"]: entry for entry in json.loads(result.output)}
    expected = {
        "passthrough",
        "null",
        "generate_default",
        "hash",
        "generate_uuid",
        "generate_email",
        "transform_email",
        "transform_first_name",
        "transform_last_name",
    }
    assert expected <= entries.keys()
    assert "preserve_domain" in entries["transform_email"]["params_schema"]["properties"]


def test_demo_syncs_and_verifies_clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["demo", "--customers", "40"])
    assert result.exit_code == 0, result.output
    assert "clean" in result.output and "0 leaks" in result.output
    with (
        sqlite3.connect(tmp_path / "lookalike-demo" / "shop.db") as source,
        sqlite3.connect(tmp_path / "lookalike-demo" / "shop-qa.db") as copy,
    ):
        before = dict(source.execute("SELECT id, email FROM customers"))
        after = dict(copy.execute("SELECT id, email FROM customers"))
        assert before.keys() == after.keys() and all(before[k] != after[k] for k in before)
        query = "SELECT id, customer_id, total FROM orders ORDER BY id"
        assert source.execute(query).fetchall() == copy.execute(query).fetchall()


def test_schema_command_prints_the_job_json_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0 and json.loads(result.output)["title"] == "JobConfig"


def test_verify_reports_a_leak(tmp_path: Path, shop: Path) -> None:
    dest = tmp_path / "qa.db"
    job = write_job(tmp_path, f"sqlite:///{shop}", dest, {"customers": {"columns": {"email": "transform_email"}}})
    assert runner.invoke(app, ["sync", str(job)]).exit_code == 0
    clean = json.loads(runner.invoke(app, ["verify", str(job), "--json"]).output)[0]
    assert clean["leaks"] == 0 and clean["sensitive_passed_through"] > 0  # names and phones are copied as they are
    with sqlite3.connect(dest) as conn, sqlite3.connect(shop) as src:
        original = src.execute("SELECT email FROM customers WHERE id = 1").fetchone()[0]
        conn.execute("UPDATE customers SET email = ? WHERE id = 1", (original,))
    result = runner.invoke(app, ["verify", str(job), "--json"])
    assert result.exit_code == 1
    report = json.loads(result.output)[0]
    assert report["leaks"] == 1 and not report["ok"]


def test_a_sync_is_recorded_and_runs_show_prints_its_table_timeline(tmp_path: Path, shop: Path) -> None:
    from lookalike.engine.interface import engine_for

    job_path = write_job(tmp_path, f"sqlite:///{shop}", tmp_path / "qa.db")
    document = yaml.safe_load(job_path.read_text())
    job_path.write_text(yaml.safe_dump({**document, "name": "recorded"}), encoding="utf-8")
    result = runner.invoke(app, ["sync", str(job_path)])
    assert result.exit_code == 0, result.output
    newest = engine_for().list_runs(1)[0]
    assert newest.job == "recorded" and newest.status == "succeeded"
    assert newest.run_id in result.output.replace("\n", "")

    shown = runner.invoke(app, ["runs", "show", newest.run_id], env={"COLUMNS": "250"})
    assert shown.exit_code == 0, shown.output
    for table in ("customers", "orders", "order_items"):
        assert f"insert:{table}" in shown.output
    assert shown.output.count("finished") == len(newest.output.results)  # type: ignore[union-attr]
    listed = runner.invoke(app, ["runs", "list"], env={"COLUMNS": "250"})
    assert newest.run_id in listed.output and "succeeded" in listed.output

    watched = runner.invoke(app, ["runs", "watch", newest.run_id], env={"COLUMNS": "250"})
    assert watched.exit_code == 0 and "succeeded" in watched.output, watched.output

    missing = runner.invoke(app, ["runs", "show", "no-such-run"])
    assert missing.exit_code == 2 and "no run 'no-such-run'" in missing.output
    resumed = runner.invoke(app, ["runs", "resume", newest.run_id])
    assert resumed.exit_code == 2 and "already succeeded" in resumed.output
    unknown = runner.invoke(app, ["schedules", "pause", "no-such-job"])
    assert unknown.exit_code == 2 and "no schedule 'no-such-job'" in unknown.output


def test_anonymize_reads_stdin_and_writes_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOC_KEY", "secret")
    lines = '{"email": "a@x.example", "n": 1}\n{"email": "a@x.example", "n": 2}\n'
    args = ["anonymize", "--lines", "-m", "$.email=transform_email", "--default-number", "transform_int64"]
    result = runner.invoke(app, [*args, "--key-env", "DOC_KEY"], input=lines)
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["email"] == second["email"] != "a@x.example" and isinstance(first["n"], int)
    bad = runner.invoke(app, ["anonymize", "-m", "$.email=transform_email"], input="{oops")
    assert bad.exit_code == 2 and "invalid JSON" in bad.output and "line 1" in bad.output


def _customers(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM customers").fetchone()[0])


@pytest.mark.parametrize("spelling", ["same path", "symlink", "relative path"])
def test_a_destination_that_is_the_source_exits_2_and_the_source_keeps_its_rows(
    tmp_path: Path, shop: Path, monkeypatch: pytest.MonkeyPatch, spelling: str
) -> None:
    (tmp_path / "alias.db").symlink_to(shop)
    monkeypatch.chdir(tmp_path)
    alias = {"same path": f"sqlite:///{shop}", "symlink": f"sqlite:///{tmp_path / 'alias.db'}"}.get(
        spelling, "sqlite:///shop.db"
    )
    before = _customers(shop)
    path = tmp_path / "self.yaml"
    destination = {"url": alias, "init_schema": True, "truncate_before_insert": True}
    path.write_text(yaml.safe_dump({"source": {"url": f"sqlite:///{shop}"}, "destinations": [destination]}))
    for command in ("sync", "verify"):
        result = runner.invoke(app, [command, str(path)], env={"COLUMNS": "250"})
        assert result.exit_code == 2, result.output
        assert result.output.count("error:") == 1 and "Traceback" not in result.output
        assert "is the source database itself" in result.output
        assert "where: destinations.0 (sqlite:///" in result.output and "fix: point this destination" in result.output
    assert _customers(shop) == before > 0


def test_the_same_database_twice_as_destination_exits_2_before_writing(tmp_path: Path, shop: Path) -> None:
    dest = tmp_path / "qa.db"
    (tmp_path / "qa-alias.db").symlink_to(dest)
    twice = [{"url": f"sqlite:///{dest}", "init_schema": True}, {"url": f"sqlite:///{tmp_path / 'qa-alias.db'}"}]
    path = tmp_path / "twice.yaml"
    path.write_text(yaml.safe_dump({"source": {"url": f"sqlite:///{shop}"}, "destinations": twice}))
    result = runner.invoke(app, ["sync", str(path)])
    assert result.exit_code == 2, result.output
    assert "destinations.1 is the same database as destinations.0" in result.output
    assert tables_in(dest) == []


def test_sync_says_before_it_starts_that_a_truncate_empties_tables_with_rows(tmp_path: Path, shop: Path) -> None:
    dest = tmp_path / "qa.db"
    dest.write_bytes(shop.read_bytes())  # a destination holding rows already
    path = tmp_path / "job.yaml"
    destination = {"url": f"sqlite:///{dest}", "truncate_before_insert": True}
    path.write_text(yaml.safe_dump({"source": {"url": f"sqlite:///{shop}"}, "destinations": [destination]}))
    result = runner.invoke(app, ["sync", str(path)], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    note = "truncate_before_insert empties 6 tables that hold rows: addresses, customers"
    assert note in result.output and result.output.index(note) < result.output.index("insert:customers")
    assert _customers(dest) == _customers(shop)


def test_sync_warns_when_it_copies_0_rows_from_a_source_with_rows(
    tmp_path: Path, new_pg_db: Callable[[str], str]
) -> None:
    from tests.support import run_script

    source = run_script(new_pg_db("src"), "CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1), (2);")
    path = tmp_path / "job.yaml"
    job = {
        "source": {"url": source},
        "destinations": [{"url": f"sqlite:///{tmp_path / 'qa.db'}", "init_schema": True}],
        "tables": {"t": {"where": "id > 100"}},
    }
    path.write_text(yaml.safe_dump(job))
    result = runner.invoke(app, ["sync", str(path)], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    assert "warning: the run copied 0 rows, but the source's tables held rows" in result.output
    from lookalike.engine.interface import engine_for

    newest = engine_for().list_runs(1)[0]
    shown = runner.invoke(app, ["runs", "show", newest.run_id], env={"COLUMNS": "250"})
    assert shown.exit_code == 0 and "warning: the run copied 0 rows" in shown.output, shown.output


def test_a_postgres_destination_spelled_localhost_that_is_the_source_exits_2(
    tmp_path: Path, new_pg_db: Callable[[str], str]
) -> None:
    from tests.support import pg_rows, run_script

    source = run_script(new_pg_db("src"), "CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1), (2);")
    destination = {"url": source.replace("127.0.0.1", "localhost"), "truncate_before_insert": True}
    path = tmp_path / "job.yaml"
    path.write_text(yaml.safe_dump({"source": {"url": source}, "destinations": [destination]}))
    result = runner.invoke(app, ["sync", str(path)], env={"COLUMNS": "250"})
    assert result.exit_code == 2, result.output
    assert result.output.count("error:") == 1 and "is the source database itself" in result.output
    assert "where: destinations.0 (postgresql://lookalike@localhost:" in result.output and "fix:" in result.output
    assert "Traceback" not in result.output and pg_rows(source, "SELECT count(*) FROM t") == [(2,)]


def test_a_job_file_that_is_not_utf8_exits_2_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "job.yaml"
    path.write_bytes(b"source:\n  url: sqlite:///caf\xe9.db\n")
    result = runner.invoke(app, ["sync", str(path)])
    assert result.exit_code == 2, result.output
    assert "not UTF-8" in result.output and "line 2" in result.output


def test_a_duplicate_key_in_a_job_file_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "job.yaml"
    path.write_text("source: {url: 'sqlite:///a.db'}\ndestinations: [{url: 'x'}]\nseed: 1\nseed: 2\n", encoding="utf-8")
    result = runner.invoke(app, ["sync", str(path)])
    assert result.exit_code == 2, result.output
    assert "duplicate key 'seed'" in result.output and "line 4" in result.output


def test_sync_on_a_terminal_draws_a_bar_per_table_from_the_engines_progress(
    tmp_path: Path, shop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from rich.console import Console

    from lookalike.cli import main

    screen = io.StringIO()
    monkeypatch.setattr(main, "out", Console(file=screen, force_terminal=True, width=200))
    result = runner.invoke(app, ["sync", str(write_job(tmp_path, f"sqlite:///{shop}", tmp_path / "qa.db"))])
    assert result.exit_code == 0, result.output
    drawn = screen.getvalue()
    with sqlite3.connect(tmp_path / "qa.db") as conn:
        customers = conn.execute("SELECT count(*) FROM customers").fetchone()[0]
    assert re.search(rf"customers\S*\s+\S+\s+\S*{customers} rows", drawn), drawn  # the bar, at its final count
    assert re.search(r"order_items\S*\s+\S+\s+\S*[\d,]+ rows", drawn)
    assert "sync succeeded" in drawn
