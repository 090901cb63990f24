"""The quotes stage: direct speech and its speaker, found by the language's verbs of saying (one
list of lemmas, shared with the events' attribution; the inflected forms are generated)."""

from __future__ import annotations

import pytest

from lagebild import extract
from lagebild.events.lexicon import load_lexicon
from lagebild.quotes import reporting_words


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ('"Wir werden die Ukraine weiter unterstützen", kündigte Kanzler Olaf Scholz am Montag an.', "de", "DEU"),
    ('"Die Sanktionen bleiben in Kraft bis Russland einlenkt", so Kommissionschefin Ursula von der Leyen.', "de",
     "EU"),
    ('"We will keep supporting Ukraine for as long as it takes", wrote President Joe Biden.', "en", "USA"),
])
def test_a_quote_s_speaker_by_a_verb_of_saying(text: str, lang: str, speaker: str) -> None:
    doc = extract(text, date="2024-03-04", lang=lang)
    assert len(doc.quotes) == 1
    found = doc.quotes[0].speaker
    assert found is not None and speaker in (found.country, found.org)


def test_quotes_and_attribution_read_one_list_of_verbs():
    verbs = set(load_lexicon("de").modality["attribution"]["reporting_verbs"])
    assert {"sagen", "ankündigen", "kritisieren"} <= verbs
    assert {"sagte", "kündigte", "kritisierte", "so"} <= reporting_words("de")
    assert "so" not in verbs  # a marker of speech, no verb: `so schnell` is no reporting clause
