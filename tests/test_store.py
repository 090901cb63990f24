"""The store: ingest (idempotent, resumable), cross-article dedup, queries, exports."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pyarrow.parquet as pq
import pytest

from lagebild.cli import app
from lagebild.store import open_store
from lagebild.store.db import EventFilter

ARTICLES = [
    ("sanktionen-1", "2024-06-03", "Die Europäische Union verhängte am Montag neue Sanktionen gegen Russland."),
    ("sanktionen-2", "2024-06-03",
     "Brüssel. Die Europäische Union hat am Montag neue Sanktionen gegen Russland verhängt. Moskau reagierte empört."),
    ("besuch", "2024-06-05", "Bundeskanzler Olaf Scholz besuchte am Mittwoch Polen. Er traf in Warschau Donald Tusk."),
    ("dementi", "2024-06-06", "Die Regierung in Wien kritisierte die Türkei nicht."),
]


@pytest.fixture()
def batch(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("".join(json.dumps({"id": i, "date": d, "text": t}, ensure_ascii=False) + "\n"
                            for i, d, t in ARTICLES), encoding="utf-8")
    return path


def ingest(runner, db, *paths):
    return runner.invoke(app, ["ingest", *map(str, paths), "--db", str(db), "--no-progress"])


def test_ingest_is_idempotent_and_deduplicates_across_articles(runner, tmp_path, batch):
    db = tmp_path / "s.db"
    first = ingest(runner, db, batch)
    assert first.exit_code == 0, first.output
    assert "ingested 4 articles (0 already stored)" in first.stderr
    store = open_store(str(db))
    counts = store.counts()
    again = ingest(runner, db, batch)
    assert "ingested 0 articles (4 already stored)" in again.stderr
    assert store.counts() == counts
    sanctions = store.events(EventFilter(type="SANCTION"))
    assert len(sanctions) == 1, [e.to_dict() for e in sanctions]
    assert sanctions[0].n_articles == 2 and sanctions[0].n_mentions == 2
    assert {m["article"] for m in sanctions[0].mentions} == {"sanktionen-1", "sanktionen-2"}


def test_event_filters(runner, tmp_path, batch):
    db = tmp_path / "f.db"
    ingest(runner, db, batch)
    store = open_store(str(db))
    assert {e.event for e in store.events(EventFilter(actor="EU"))} == {"SANCTION"}
    assert all("RUS" in [a["country"] for a in e.recipient] for e in store.events(EventFilter(recipient="RUS")))
    assert store.events(EventFilter(since="2024-06-04", type="SANCTION")) == []
    assert store.events(EventFilter(until="2024-06-03"))
    assert [e.event for e in store.events(EventFilter(text="Warschau"))] != []
    negated = store.events(EventFilter(include_negated=True, type="ACCUSE"))
    assert any("negated" in e.aux for e in negated)
    assert not any("negated" in e.aux for e in store.events(EventFilter(type="ACCUSE")))


def test_events_command_table_and_json(runner, tmp_path, batch):
    db = tmp_path / "e.db"
    ingest(runner, db, batch)
    table = runner.invoke(app, ["events", "--db", str(db), "--type", "SANCTION"])
    assert table.exit_code == 0 and "EU" in table.stdout and "SANCTION" in table.stdout
    data = json.loads(runner.invoke(app, ["events", "--db", str(db), "-f", "json"]).stdout)
    assert data and all({"event", "actor", "recipient", "mentions", "n_articles"} <= set(e) for e in data)
    missing = runner.invoke(app, ["events", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no such database" in missing.stderr


def test_exports(runner, tmp_path, batch):
    db = tmp_path / "x.db"
    ingest(runner, db, batch)
    n = len(open_store(str(db)).events())
    for fmt in ("jsonl", "plover", "csv", "parquet"):
        out = tmp_path / f"out.{fmt}"
        result = runner.invoke(app, ["export", "--db", str(db), "-f", fmt, "-o", str(out)])
        assert result.exit_code == 0, result.output
        if fmt == "csv":
            rows = list(csv.DictReader(out.open(encoding="utf-8")))
            assert len(rows) == n and rows[0]["event"]
        elif fmt == "parquet":
            assert pq.read_table(out).num_rows == n
        else:
            records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
            assert len(records) == n
            assert ("quad_code" if fmt == "plover" else "mentions") in records[0]
    parquet_to_stdout = runner.invoke(app, ["export", "--db", str(db), "-f", "parquet"])
    assert parquet_to_stdout.exit_code == 2 and "needs --output" in parquet_to_stdout.stderr


def test_ingest_reports_bad_items_and_keeps_the_rest(runner, tmp_path, batch):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "Die EU verhängte Sanktionen gegen Russland.", "date": "2024-02-30"}\n')
    db = tmp_path / "b.db"
    result = ingest(runner, db, batch, bad)
    assert result.exit_code == 1
    assert "bad.jsonl:1: invalid date '2024-02-30'" in result.stderr
    assert open_store(str(db)).counts()["articles"] == 4


def test_ingest_resumes_after_kill_9(tmp_path):
    many = tmp_path / "many.jsonl"
    countries = ["Polen", "Frankreich", "Italien", "Spanien", "Ungarn", "Schweden", "Finnland", "Norwegen"]
    with many.open("w", encoding="utf-8") as out:
        for i in range(240):
            text = (f"Meldung {i}: Die Regierung in {countries[i % len(countries)]} kritisierte am Montag "
                    f"die Türkei scharf. Der Außenminister forderte Aufklärung über den Vorfall Nummer {i}.")
            out.write(json.dumps({"id": f"m{i}", "date": "2024-05-06", "text": text}, ensure_ascii=False) + "\n")
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "lagebild", "ingest", str(many), "--db", str(db), "--no-progress"]
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        if db.exists() and _count(db) >= 5:
            break
        time.sleep(0.05)
    killed = proc.poll() is None
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    before = _count(db)
    assert killed and 5 <= before < 240, "the kill should land in the middle of the batch"
    subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
    con = sqlite3.connect(db)
    assert con.execute("select count(*), count(distinct doc_id) from articles").fetchone() == (240, 240)
    orphans = con.execute("select count(*) from mentions where article_id not in (select id from articles)")
    assert orphans.fetchone()[0] == 0
    per_article = con.execute("select article_id, count(*) from mentions group by article_id").fetchall()
    assert max(n for _, n in per_article) <= 3


def _count(db) -> int:
    try:
        con = sqlite3.connect(db, timeout=1)
        return con.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.Error:
        return 0
