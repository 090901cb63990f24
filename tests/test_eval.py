"""`lagebild eval`: gold loading (text files and 10kGNAD rows), one-to-one matching, scores."""

from __future__ import annotations

import json

from lagebild.cli import app
from lagebild.document import Actor, Event, Mention
from lagebild.evaluate import compatible, evaluate_files, match_events, metrics


def event(kind: str, actor: str, recipient: str | None = None, aux=()) -> Event:
    return Event(id="x", event=kind, quad=1, score=0.0, actor=[Actor(text=actor, country=actor)],
                 recipient=[Actor(text=recipient, country=recipient)] if recipient else [], aux=list(aux))


def test_keys_wildcards_and_name_fragments():
    gold = {"event": ["ACCUSE"], "actor": ["USA"], "recipient": ["RUS", "PRK"]}
    assert compatible(event("ACCUSE", "USA", "PRK"), gold)
    assert not compatible(event("ACCUSE", "USA"), gold)
    assert compatible(event("ACCUSE", "USA"), {**gold, "recipient": ["*"]})
    named = Event(id="y", event="SUPPORT", quad=1, score=5.0, actor=[Actor(text="Merkel", name="Angela Merkel")])
    assert compatible(named, {"event": ["SUPPORT"], "actor": ["merkel"], "recipient": ["*"]})


def test_matching_is_one_to_one_and_prefers_required_gold():
    gold = [
        {"event": ["CONSULT"], "actor": ["RUS"], "recipient": ["*"], "required": False},
        {"event": ["CONSULT"], "actor": ["RUS"], "recipient": ["PRK"], "required": True},
    ]
    assert match_events([event("CONSULT", "RUS", "PRK")], gold) == {0: 1}
    assert match_events([event("CONSULT", "RUS", "PRK"), event("CONSULT", "RUS", "VNM")], gold) == {0: 1, 1: 0}


def test_matching_pairs_an_event_with_the_gold_it_stands_for():
    """Two required gold events of one country compete for one system event: the one read at the
    event's sentence wins over the earlier one, and failing a cue, the one that names the actor."""
    said = Event(id="s", event="ACCUSE", quad=3, score=-2.0,
                 actor=[Actor(text="Republikaner", name="Republikaner", country="USA")],
                 recipient=[Actor(text="Clinton", name="Hillary Clinton", country="USA")],
                 mentions=[Mention(sentence=3, start=0, end=9, trigger="werfen … vor",
                                   text="Republikaner werfen ihr vor, Regeln umgangen zu haben.")])
    inspector = {"event": ["ACCUSE"], "actor": ["mccullough", "USA"], "recipient": ["clinton"],
                 "cue": "Mindestens vier"}
    republicans = {"event": ["ACCUSE"], "actor": ["kritiker", "USA"], "recipient": ["clinton"],
                   "cue": "Republikaner werfen ihr vor"}
    assert match_events([said], [inspector, republicans]) == {0: 1}
    named = {**republicans, "actor": ["republikaner"], "cue": "anderswo"}
    assert match_events([said], [inspector, named]) == {0: 1}


def test_evaluate_own_gold(tmp_path):
    (tmp_path / "a.txt").write_text(
        "date 2024-03-04\nDie Europäische Union verhängte am Montag neue Sanktionen gegen Russland. "
        "Die Regierung in Wien kritisierte die Türkei nicht.", encoding="utf-8")
    gold = {"id": "a", "file": "a.txt", "language": "de", "events": [
        {"required": True, "event": ["SANCTION"], "actor": ["EU"], "recipient": ["RUS"], "date": ["2024-03-04"]},
        {"required": True, "event": ["AID"], "actor": ["DEU"], "recipient": ["UKR"]},
    ], "timexes": [{"text": "Montag", "type": "DATE", "value": "2024-03-04"}]}
    path = tmp_path / "a.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    report = evaluate_files([path])
    [score] = report.files
    assert (score.system_events, score.correct_events, score.required, score.found_required) == (1, 1, 2, 1)
    assert score.correct_dates == score.dated_pairs == 1 and score.correct_timex_values == 1
    m = metrics(report.total())
    assert m["precision"] == 1.0 and m["recall"] == 0.5
    assert any("AID DEU → UKR" in miss for miss in score.misses)


def test_eval_command_on_the_seed_and_a_10kgnad_gold(runner, shared):
    seed = shared / "samples" / "seed-putin-nordkorea-2024-06.gold.json"
    result = runner.invoke(app, ["eval", str(seed), "benchmarks/gold/de/10kgnad-593.gold.json", "-v"])
    assert result.exit_code == 0, result.output
    assert "seed-putin-nordkorea-2024-06" in result.output and "10kgnad-593" in result.output
    assert "TOTAL" in result.output and "P      R      F1" in result.output


def test_eval_reports_a_broken_gold_file(runner, tmp_path):
    bad = tmp_path / "bad.gold.json"
    bad.write_text("{not json", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(bad)])
    assert result.exit_code == 1 and "not a JSON gold file" in result.output


def test_every_development_gold_file_is_well_formed():
    from pathlib import Path

    from lagebild.evaluate import gold_files, load_gold
    from lagebild.events.ontology import event_types

    files = gold_files([Path(__file__).parent.parent / "benchmarks" / "gold"])
    assert len(files) >= 80
    for path in files:
        gold = load_gold(path)
        text = " ".join(gold.text.split())
        for item in gold.events:
            assert set(item["event"]) <= set(event_types()), (path.name, item["event"])
            assert isinstance(item.get("required", True), bool), path.name
            cue = item.get("cue")
            assert not cue or " ".join(cue.split()) in text, (path.name, cue)
