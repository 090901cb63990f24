"""Writers over a real analysed article, and PLOVER's date handling."""

from __future__ import annotations

import io
import json

import pytest

from lagebild import extract
from lagebild.document import Actor, Event, Mention
from lagebild.writers import DOCUMENT_WRITERS, open_writer
from lagebild.writers.plover import date_range, plover_record
from lagebild.writers.table import event_line


@pytest.fixture(scope="module")
def example_doc(example_path):
    text = example_path.read_text(encoding="utf-8").split("\n", 1)[1]
    return extract(text, date="2025-06-10", id="example")


def write(fmt, docs):
    stream = io.StringIO()
    writer = open_writer(fmt, stream)
    for doc in docs:
        writer.write(doc)
    writer.close()
    return stream.getvalue()


def test_json_one_object_for_one_document_array_for_several(example_doc):
    assert json.loads(write("json", [example_doc]))["id"] == "example"
    assert [d["id"] for d in json.loads(write("json", [example_doc, example_doc]))] == ["example", "example"]


def test_jsonl_one_line_per_document(example_doc):
    lines = write("jsonl", [example_doc, example_doc]).splitlines()
    assert len(lines) == 2 and json.loads(lines[1]) == example_doc.to_dict()


def test_every_format_has_a_writer():
    assert set(DOCUMENT_WRITERS) == {"json", "jsonl", "table", "plover"}
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        open_writer("xml", io.StringIO())


def sample_event(**kw) -> Event:
    base = dict(id="a1-e1", event="CONSULT", mode="visit", quad=1, score=4.0,
                actor=[Actor(text="Putin", name="Wladimir Putin", country="RUS", sector="GOV", kb_id="putin_wladimir")],
                recipient=[Actor(text="Nordkorea", name="Nordkorea", country="PRK", kb_id="PRK")],
                date="2024-06-18", aux=["future"],
                mentions=[Mention(sentence=3, start=10, end=19, trigger="eintreffen", text="...")])
    return Event(**{**base, **kw})


def test_table_line_reads_like_the_issue_says():
    assert event_line(sample_event()) == "2024-06-18  RUS Putin → PRK  CONSULT/visit  [future]  «…eintreffen…»"


def test_plover_record_fields_and_partial_dates():
    record = plover_record(sample_event(date="2024-06"), "a1", title="T", language="de")
    assert record["date"] == "2024-06-01" and record["enddate"] == "2024-06-30"
    assert record["actor"][0]["code"] == "RUS" and record["recipient"][0]["code"] == "PRK"
    assert record["event"] == ["CONSULT"] and record["mode"] == ["visit"] and record["quad_code"] == 1
    assert record["event_scale"] == 4.0 and record["context"] == ["future"]
    assert record["cite_info"]["language"] == "de"


@pytest.mark.parametrize("value, expected", [
    ("2024", ("2024-01-01", "2024-12-31")),
    ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2024-06-18", ("2024-06-18", None)),
    ("2024-06-18TEV", ("2024-06-18", None)),
    ("XXXX-06", (None, None)),
    (None, (None, None)),
])
def test_date_range(value, expected):
    assert date_range(value) == expected
