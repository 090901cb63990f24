"""Key points: the few sentences that carry the article's events, in article order.

Sentences are ranked by the events read in them (an event counts more the more confident it is
and the further its score is from neutral); without events, the lead sentences stand in.
"""

from __future__ import annotations

from collections import defaultdict

from lagebild.document import Document

MAX_POINTS = 3
MAX_CHARS = 300


def _sentence_weights(doc: Document) -> dict[int, float]:
    weights: dict[int, float] = defaultdict(float)
    for event in doc.events:
        if "negated" in event.aux or "hypothetical" in event.aux:
            continue
        for mention in event.mentions:
            weights[mention.sentence] += event.confidence * (1.0 + abs(event.score) / 10.0)
    return weights


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1].rsplit(" ", 1)[0] + "…"


def annotate(doc: Document) -> None:
    weights = _sentence_weights(doc)
    if weights:
        ranked = sorted(weights, key=lambda i: (-weights[i], i))[:MAX_POINTS]
    else:
        ranked = [i for i, s in enumerate(doc.sentences) if len(doc.text[s.start : s.end].split()) >= 6][:MAX_POINTS]
    doc.key_points = [_clip(doc.text[doc.sentences[i].start : doc.sentences[i].end]) for i in sorted(ranked)
                      if i < len(doc.sentences)]
