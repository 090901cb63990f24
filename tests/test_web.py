"""The HTTP API and the web page over a real store."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from lagebild.batch import ingest_all
from lagebild.store import open_store
from lagebild.web import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory, example_path):
    db = tmp_path_factory.mktemp("web") / "w.db"
    ingest_all([str(example_path)], str(db), progress=False)
    return TestClient(create_app(open_store(str(db))))


def test_stats_and_events(client):
    stats = client.get("/api/stats").json()
    assert stats["articles"] == 1 and stats["events"] >= 1
    events = client.get("/api/events").json()
    assert len(events) <= stats["events"] and all("mentions" in e for e in events)
    first = events[0]
    assert client.get(f"/api/events/{first['id']}").json()["event"] == first["event"]
    assert client.get("/api/events/999999").status_code == 404


def test_event_filters_over_http(client):
    all_events = client.get("/api/events").json()
    kinds = {e["event"] for e in all_events}
    some = sorted(kinds)[0]
    filtered = client.get("/api/events", params={"type": some}).json()
    assert filtered and {e["event"] for e in filtered} == {some}
    assert client.get("/api/events", params={"limit": 0}).status_code == 422


def test_extract_endpoint(client):
    response = client.post("/api/extract", json={"text": "Die EU verhängte Sanktionen gegen Russland.",
                                                  "date": "2024-03-01"})
    assert response.status_code == 200
    assert response.json()["date"] == "2024-03-01"
    bad = client.post("/api/extract", json={"text": "Text", "date": "2024-31-01"})
    assert bad.status_code == 422 and "invalid date" in bad.json()["detail"]


def test_page_lists_events(client):
    page = client.get("/")
    assert page.status_code == 200 and "<table>" in page.text and "lagebild" in page.text
    events = client.get("/api/events").json()
    assert events[0]["event"] in page.text


def test_openapi_documents_the_api(client):
    spec = json.loads(client.get("/openapi.json").text)
    assert {"/api/events", "/api/events/{event_id}", "/api/stats", "/api/extract"} <= set(spec["paths"])
