"""The `lagebild` command: every subcommand answers --help, extract in every format, bad input."""

from __future__ import annotations

import json

import pytest

from lagebild import __version__
from lagebild.cli import app

SUBCOMMANDS = ["extract", "ingest", "events", "export", "eval", "schema", "bench", "serve", "kb", "train"]


def test_version(runner):
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"lagebild {__version__}"


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_has_help(runner, command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output and len(result.output.splitlines()) > 4


def test_extract_json_is_a_document(runner, example_path):
    result = runner.invoke(app, ["extract", str(example_path)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["id"] == "merz-warschau-2025-06" and doc["date"] == "2025-06-10" and doc["language"] == "de"
    assert set(doc) >= {"events", "entities", "timexes", "quotes", "key_points"}


def test_extract_jsonl_keeps_input_order(runner, tmp_path):
    batch = tmp_path / "b.jsonl"
    batch.write_text('{"id": "x2", "text": "Zweiter."}\n{"id": "x1", "text": "Erster."}\n', encoding="utf-8")
    single = tmp_path / "a.txt"
    single.write_text("Noch ein Text.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(batch), str(single), "--format", "jsonl"])
    assert result.exit_code == 0
    assert [json.loads(line)["id"] for line in result.output.splitlines()] == ["x2", "x1", "a"]


def test_extract_table_and_plover(runner, example_path):
    table = runner.invoke(app, ["extract", str(example_path), "-f", "table"])
    assert table.exit_code == 0 and table.output.startswith("# merz-warschau-2025-06  (2025-06-10)")
    plover = runner.invoke(app, ["extract", str(example_path), "-f", "plover"])
    assert plover.exit_code == 0
    for line in plover.output.splitlines():
        record = json.loads(line)
        assert {"id", "date", "actor", "recipient", "event", "quad_code", "event_scale"} <= set(record)


def test_extract_date_and_lang_options(runner, tmp_path):
    f = tmp_path / "plain.txt"
    f.write_text("Die Regierung tagte.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(f), "--date", "2021-03", "--lang", "de"])
    assert json.loads(result.output)["date"] == "2021-03"
    bad = runner.invoke(app, ["extract", str(f), "--date", "März"])
    assert bad.exit_code == 2 and "--date: invalid date 'März'" in bad.output
    bad_lang = runner.invoke(app, ["extract", str(f), "--lang", "fr"])
    assert bad_lang.exit_code == 2 and "unsupported language 'fr'" in bad_lang.output


def test_bad_inputs_are_reported_and_the_batch_goes_on(runner, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("date 2024-06\nDie Regierung tagte in Wien.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    (tmp_path / "latin1.txt").write_bytes("Grüße".encode("latin-1"))
    (tmp_path / "bad-date.txt").write_text("date 2024-13\nText", encoding="utf-8")
    batch = tmp_path / "batch.jsonl"
    batch.write_text('{"id": "j1", "text": "Eins."}\n{oops\n{"id": "j3", "text": "Drei."}\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "-f", "jsonl"])
    assert result.exit_code == 1
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["j1", "j3", "good"]
    errors = result.stderr.splitlines()
    assert len(errors) == 5 and all(e.startswith("lagebild: error: ") for e in errors)
    assert any("batch.jsonl:2: malformed JSON" in e for e in errors)
    assert any("empty.txt: empty file" in e for e in errors)
    assert any("binary.txt: binary file" in e for e in errors)
    assert any("latin1.txt: invalid UTF-8 at byte 2" in e for e in errors)
    assert any("bad-date.txt:1: invalid date '2024-13'" in e for e in errors)
    assert "Traceback" not in result.output


def test_unsupported_language_in_jsonl_is_an_item_error(runner, tmp_path):
    f = tmp_path / "fr.jsonl"
    f.write_text('{"id": "f", "text": "Bonjour.", "language": "fr"}\n{"id": "d", "text": "Hallo."}\n')
    result = runner.invoke(app, ["extract", str(f), "-f", "jsonl"])
    assert result.exit_code == 1
    assert "fr.jsonl:1: unsupported language 'fr'" in result.stderr
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == ["d"]


def test_schema_describes_the_document(runner):
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.output)
    assert schema["title"] == "Document"
    assert {"events", "entities", "timexes", "quotes", "key_points"} <= set(schema["properties"])
    assert "Event" in schema["$defs"] and "actor" in schema["$defs"]["Event"]["properties"]


def test_bench_lists_and_rejects_unknown(runner):
    listed = runner.invoke(app, ["bench", "list"])
    assert listed.exit_code == 0 and "nlp" in listed.output.split()
    unknown = runner.invoke(app, ["bench", "nonsense"])
    assert unknown.exit_code == 2 and "unknown benchmark 'nonsense'" in unknown.output


@pytest.mark.parametrize("workers", ["1", "2"])
def test_bench_speed_prints_speed_and_cpu_time_per_article(runner, workers):
    result = runner.invoke(app, ["bench", "speed", "--limit", "4", "--workers", workers])
    assert result.exit_code == 0, result.output
    header, row = [line for line in result.output.splitlines() if line.startswith("| ")][:2]
    values = dict(zip([c.strip() for c in header.split("|")], [c.strip() for c in row.split("|")], strict=True))
    assert values["articles"] == "4" and values["workers"] == workers and values["failures"] == "0"
    assert float(values["articles/s"]) > 0
    assert float(values["CPU ms/article"]) > 0
    assert f"lagebild bench speed --limit 4 --workers {workers}" in result.output


def test_bench_speed_times_each_stage_and_component(runner):
    result = runner.invoke(app, ["bench", "speed", "--stages", "--limit", "2"])
    assert result.exit_code == 0, result.output
    rows = {line.split("|")[1].strip() for line in result.output.splitlines() if line.startswith("| ")}
    assert {"prepare", "nlp", "time", "actors", "quotes", "events", "key_points", "tokenizer", "parser", "ner"} <= rows
    assert "lagebild bench speed --stages --limit 2" in result.output


def test_train_knows_only_german(runner):
    result = runner.invoke(app, ["train", "fr"])
    assert result.exit_code == 2 and "no training recipe for language 'fr'" in result.stderr
