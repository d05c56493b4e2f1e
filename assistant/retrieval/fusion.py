"""Fusing clause rankings: weighted score fusion (the default) and reciprocal-rank fusion.

Measured on the evaluation set (bench/retrieval/run.py prints both): RRF rewards agreement
between retrievers, so when BM25 is sure (a score many times the next one) and the dense
retriever has not seen the clause, RRF ranks the agreed-on second best first. Fusing
normalised scores keeps that confidence; it is the default.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

RRF_K = 60


def reciprocal_rank_fusion(rankings: Sequence[Sequence[str]], weights: Sequence[float] | None = None,
                           k: int = RRF_K) -> list[tuple[str, float]]:
    """Fuse rankings (best first); each list must already exclude zero-score hits."""
    scores: dict[str, float] = defaultdict(float)
    first_seen: dict[str, tuple[int, int]] = {}
    for index, ranking in enumerate(rankings):
        weight = weights[index] if weights else 1.0
        for rank, item in enumerate(ranking):
            scores[item] += weight / (k + rank + 1)
            first_seen.setdefault(item, (index, rank))
    # ties go to the item the earlier (more trusted) ranking placed higher
    return sorted(scores.items(), key=lambda pair: (-round(pair[1], 12), first_seen[pair[0]][::-1], pair[0]))


def min_max(values: np.ndarray) -> np.ndarray:
    low, high = float(values.min()), float(values.max())
    if high <= low:
        return np.zeros_like(values, dtype=np.float32)
    return ((values - low) / (high - low)).astype(np.float32)


def score_fusion(signals: Sequence[tuple[np.ndarray, float]]) -> np.ndarray:
    """Σ weight × signal, each signal already scaled to 0..1 over the clauses."""
    total: np.ndarray | None = None
    for values, weight in signals:
        part = weight * values
        total = part if total is None else total + part
    if total is None:
        raise ValueError("no signals to fuse")
    return total
