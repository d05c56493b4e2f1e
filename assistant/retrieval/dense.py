"""FAISS over sentence vectors: exact inner product for small corpora, HNSW above a size."""

from __future__ import annotations

from typing import Any

import numpy as np

from assistant.retrieval.embedders import Vectors

HNSW_FROM = 20_000
"""Vectors from which an approximate (HNSW) index replaces the exact one."""


class DenseIndex:
    def __init__(self, vectors: Vectors, *, hnsw_from: int = HNSW_FROM) -> None:
        import faiss

        self.size, dimension = vectors.shape if vectors.size else (0, vectors.shape[1] if vectors.ndim == 2 else 1)
        self.approximate = self.size >= hnsw_from
        index: Any
        if self.approximate:
            index = faiss.IndexHNSWFlat(dimension, 32, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = 80
            index.hnsw.efSearch = 64
        else:
            index = faiss.IndexFlatIP(dimension)
        if self.size:
            index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        self._index = index

    def search(self, query: Vectors, k: int) -> list[tuple[int, float]]:
        if not self.size:
            return []
        scores, ids = self._index.search(np.ascontiguousarray(query, dtype=np.float32), min(k, self.size))
        return [(int(i), float(s)) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0]
