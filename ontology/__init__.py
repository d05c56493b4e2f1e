"""The policykg ontology, vocabularies and SHACL shapes, as Turtle files."""

from __future__ import annotations

from pathlib import Path

ONTOLOGY_DIR = Path(__file__).resolve().parent
ONTOLOGY_FILE = ONTOLOGY_DIR / "policykg.ttl"
VOCABULARY_FILE = ONTOLOGY_DIR / "vocabulary.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
