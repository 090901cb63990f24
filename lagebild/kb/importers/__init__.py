"""Importers for dictionaries users already have (PETRARCH/TABARI `.actors` and `.agents`)."""

from lagebild.kb.importers.petrarch import (
    Agent,
    DatedCode,
    DictionaryActor,
    actors_to_rows,
    agents_to_rows,
    decode,
    read_actors,
    read_agents,
)

__all__ = [
    "Agent", "DatedCode", "DictionaryActor", "actors_to_rows", "agents_to_rows", "decode", "read_actors",
    "read_agents",
]
