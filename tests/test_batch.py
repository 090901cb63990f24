"""Many articles at once: the nlp stage batches them, and every article keeps its own result or error."""

from __future__ import annotations

import json

from lagebild.batch import analyse, analyse_all, analyse_many
from lagebild.document import Article, Document
from lagebild.scale import analyse_parallel

ARTICLES = [
    Article(id="sanktionen", date="2024-06-03", language="de",
            text="Die Europäische Union verhängte am Montag neue Sanktionen gegen Russland."),
    Article(id="besuch", date="2024-06-05", language="de",
            text="Bundeskanzler Olaf Scholz besuchte am Mittwoch Polen. Er traf in Warschau Donald Tusk."),
    Article(id="dementi", date="2024-06-06", language="de",
            text="Die Regierung in Wien kritisierte die Türkei nicht. Moskau drohte Kiew mit Vergeltung."),
    Article(id="englisch", date="2024-06-07", language="en", text="The minister visited Paris on Monday."),
]


def summary(result: Document | str):
    if isinstance(result, str):
        return result
    return [(e.event, e.date, [m.text for m in e.mentions], e.aux) for e in result.events], \
        [(m.text, m.kb_id) for m in result.actor_mentions], [(t.text, t.value) for t in result.timexes]


def test_a_batch_gives_what_each_article_gives_alone():
    together = analyse_many(ARTICLES)
    alone = [analyse(article) for article in ARTICLES]
    assert [summary(r) for r in together] == [summary(r) for r in alone]
    assert [r.id for r in together] == [a.id for a in ARTICLES]
    assert {e.event for e in together[0].events} == {"SANCTION"}


def test_a_bad_article_keeps_its_error_and_the_rest_of_its_batch_is_analysed():
    unsupported = Article(id="fr", language="fr", text="Le ministre a visité Berlin.")
    too_long = Article(id="lang", date="2024-06-08", language="de", text="Wort " * 250_000)
    results = analyse_many([ARTICLES[0], unsupported, too_long, ARTICLES[1]])
    assert results[1] == "unsupported language 'fr' (supported: de, en)"
    assert results[2] == "text too long (1,250,000 characters; at most 1,000,000)"
    assert summary(results[0]) == summary(analyse(ARTICLES[0]))
    assert summary(results[3]) == summary(analyse(ARTICLES[1]))


def test_parallel_workers_return_every_article_in_input_order():
    articles = ARTICLES * 5
    results = list(analyse_parallel(articles, workers=2))
    assert [article.id for article, _ in results] == [a.id for a in articles]
    serial = analyse_many(ARTICLES)
    for (_, result), expected in zip(results, serial * 5, strict=True):
        assert [(e.event, e.date) for e in result.events] == [(e.event, e.date) for e in expected.events]


def test_extract_batches_keep_input_order_and_every_bad_line(tmp_path):
    lines = [json.dumps({"id": f"a{i}", "date": "2024-06-03", "language": "de",
                         "text": f"Die Europäische Union verhängte am Montag {i} neue Sanktionen gegen Russland."})
             for i in range(20)]
    lines[2] = "{kein json"
    lines[17] = json.dumps({"id": "fr", "language": "fr", "text": "Le ministre a visité Berlin."})
    path = tmp_path / "viele.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(analyse_all([str(path)]))
    assert len(results) == 20
    errors = [i for i, (_, result) in enumerate(results) if isinstance(result, str)]
    assert errors == [2, 17]
    assert results[17][1] == "unsupported language 'fr' (supported: de, en)"
    assert [r.id for _, r in results if not isinstance(r, str)] == [f"a{i}" for i in range(20) if i not in (2, 17)]


def test_a_timed_batch_sums_the_seconds_of_every_stage():
    from lagebild import pipeline

    timings: dict[str, float] = {}
    results = pipeline.run_many(ARTICLES[:3], timings)
    assert all(isinstance(r, Document) for r in results)
    assert list(timings) == ["prepare", "nlp"] + [name for name, _ in pipeline.LATER_STAGES]
    assert all(seconds > 0 for seconds in timings.values())
    once = dict(timings)
    pipeline.run_many(ARTICLES[:3], timings)
    assert all(timings[name] > once[name] for name in once)


def _recording_batch_sizes(monkeypatch) -> list[int]:
    """The real nlp stage, with the number of articles it is given each time written down."""
    import importlib

    nlp_stage = importlib.import_module("lagebild.nlp")
    real, sizes = nlp_stage.annotate_many, []

    def annotate_many(docs):
        sizes.append(len(docs))
        return real(docs)

    monkeypatch.setattr(nlp_stage, "annotate_many", annotate_many)
    return sizes


def test_extract_and_one_worker_give_the_nlp_stage_whole_batches(tmp_path, monkeypatch):
    from lagebild.batch import BATCH_SIZE

    sizes = _recording_batch_sizes(monkeypatch)
    count = BATCH_SIZE + 4
    path = tmp_path / "viele.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{i}", "date": "2024-06-03", "language": "de",
                                        "text": f"Polen forderte am Montag {i} neue Sanktionen."}) + "\n"
                            for i in range(count)), encoding="utf-8")
    assert len(list(analyse_all([str(path)]))) == count
    assert sizes == [BATCH_SIZE, 4]
    sizes.clear()
    articles = [ARTICLES[0].model_copy(update={"id": f"s{i}"}) for i in range(count)]
    assert len(list(analyse_parallel(articles, workers=1))) == count
    assert sizes == [BATCH_SIZE, 4]


def _freeze_count(_: int) -> int:
    import gc

    return gc.get_freeze_count()


def test_a_worker_loads_everything_before_its_first_article_and_freezes_it():
    """What a worker loads lives as long as the worker; the garbage collector need not walk it."""
    import multiprocessing as mp

    from lagebild.scale import _warm_up

    with mp.get_context("fork").Pool(1, initializer=_warm_up) as pool:
        [frozen] = pool.map(_freeze_count, [0])
    assert frozen > 100_000
