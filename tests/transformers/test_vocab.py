"""Faker's vocabularies: imported under one lock (first imports from several threads deadlock), made once."""

from __future__ import annotations

import importlib
import subprocess
import sys
from types import ModuleType

import pytest

from lookalike.transformers import vocab


def test_every_faker_import_of_the_vocabularies_holds_the_one_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    held: list[tuple[str, bool]] = []
    real = importlib.import_module

    def recording(name: str, package: str | None = None) -> ModuleType:
        if name.startswith("faker"):
            held.append((name, vocab._IMPORT_LOCK._is_owned()))  # type: ignore[attr-defined]
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", recording)
    vocab.preload()
    for made in (vocab.first_names, vocab.last_names, vocab.email_domains, vocab.states, vocab.countries):
        made.__wrapped__()  # type: ignore[attr-defined]  # the uncached body: its imports run again
    assert {name for name, _ in held} >= {"faker.providers.address", "faker.providers.person.en_US"}
    assert all(owned for _, owned in held), held


def test_first_uses_from_many_threads_at_once_all_succeed() -> None:
    # A fresh interpreter: nothing of Faker imported yet, 16 threads ask for every vocabulary at the same moment.
    script = """
import threading
from lookalike.transformers import vocab
makers = [vocab.first_names, vocab.last_names, vocab.email_domains, vocab.states, vocab.countries,
          vocab.cities, vocab.street_names, vocab.companies]
barrier, errors = threading.Barrier(16), []
def use(i):
    barrier.wait()
    try:
        makers[i % len(makers)]()
    except Exception as error:
        errors.append(repr(error))
threads = [threading.Thread(target=use, args=(i,)) for i in range(16)]
for t in threads: t.start()
for t in threads: t.join()
assert not errors, errors
print(len(vocab.cities()))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 100
