"""Readers: .txt with and without a date line, .jsonl, directories, stdin, and every kind of bad input."""

from __future__ import annotations

import io
import json
import sys

import pytest

from lagebild.document import Article
from lagebild.readers import ReadError, read_paths
from lagebild.readers.dates import InvalidDate, parse_article_date


def read(*paths, **kw):
    return list(read_paths([str(p) for p in paths], **kw))


def test_text_file_with_date_line(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("   date 2024-06-18\nDie EU verhängt Sanktionen.\n", encoding="utf-8")
    [article] = read(f)
    assert isinstance(article, Article)
    assert (article.id, article.date, article.text) == ("a", "2024-06-18", "Die EU verhängt Sanktionen.")


def test_text_file_without_date_line_takes_default(tmp_path):
    f = tmp_path / "b.txt"
    f.write_text("Ein Text ohne Datum.", encoding="utf-8")
    [article] = read(f, date="2023-05", lang="de")
    assert (article.date, article.language) == ("2023-05", "de")


def test_own_date_wins_over_default(tmp_path):
    f = tmp_path / "c.txt"
    f.write_text("date 2020\nText.", encoding="utf-8")
    assert read(f, date="2023-05")[0].date == "2020"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"date 2024-02-30\nText", "invalid date '2024-02-30'"),
        (b"\x7fELF\x00\x00\x01binary", "binary file"),
        (b"Gr\xfc\xdfe aus Wien", "invalid UTF-8 at byte 2"),
    ],
)
def test_bad_text_files_give_one_error_naming_the_file(tmp_path, content, message):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    [error] = read(f)
    assert isinstance(error, ReadError)
    assert str(f) in error.source and message in error.message


def test_jsonl_bad_line_in_the_middle_does_not_stop_the_batch(tmp_path):
    f = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "one", "text": "Erster Artikel.", "date": "2024-01-02", "title": "T"}),
        '{"id": "two", "text": ',
        json.dumps({"text": "Dritter Artikel.", "url": "https://example.org/3"}),
        json.dumps({"text": "Vierter", "date": "gestern"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "six"}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = read(f)
    assert [type(i).__name__ for i in items] == ["Article", "ReadError", "Article", "ReadError", "ReadError",
                                                 "ReadError"]
    assert items[0].title == "T" and items[2].id == "batch-3" and items[2].url == "https://example.org/3"
    assert items[1].source.endswith("batch.jsonl:2") and "malformed JSON" in items[1].message
    assert "invalid date 'gestern'" in items[3].message and items[3].source.endswith(":4")
    assert "JSON object" in items[4].message
    assert "'text'" in items[5].message


def test_directory_is_read_recursively_in_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Zweiter Text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Erster Text.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert [a.id for a in read(tmp_path)] == ["a", "b"]


def test_missing_path_and_empty_directory(tmp_path):
    (tmp_path / "empty").mkdir()
    errors = read(tmp_path / "nope.txt", tmp_path / "empty")
    assert [e.message for e in errors] == ["no such file or directory", "directory holds no .txt or .jsonl files"]


def test_stdin_text_and_jsonl(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"date 2024-06\nText von stdin.")))
    [article] = read("-")
    assert (article.id, article.date) == ("stdin", "2024-06")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"text": "A"}\n{"text": "B"}\n')))
    assert [a.text for a in read("-")] == ["A", "B"]


@pytest.mark.parametrize("value", ["2024", "2024-06", "2024-06-18", " 2024-02-29 "])
def test_valid_dates(value):
    assert parse_article_date(value) == value.strip()


@pytest.mark.parametrize("value", ["2024-6", "18.06.2024", "2023-02-29", "2024-00", "", "yesterday"])
def test_invalid_dates(value):
    with pytest.raises(InvalidDate):
        parse_article_date(value)
