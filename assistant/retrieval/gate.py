"""The three-band gate: answer, caveat (nearest clauses with a warning) or not covered.

The signal is the best sentence's cosine similarity plus a small share of the best BM25
score (lexical evidence that the policy uses the query's words). Thresholds are calibrated on the
tune split of ``bench/retrieval/queries.jsonl`` by ``bench/retrieval/run.py --calibrate``.
"""

from __future__ import annotations

from dataclasses import dataclass

ANSWER = "answer"
CAVEAT = "caveat"
NOT_COVERED = "not_covered"


@dataclass(frozen=True)
class Gate:
    answer_at: float
    caveat_at: float
    lexical_weight: float

    def signal(self, dense: float, lexical_top: float) -> float:
        return dense + self.lexical_weight * lexical_top

    def band(self, signal: float) -> str:
        if signal >= self.answer_at:
            return ANSWER
        if signal >= self.caveat_at:
            return CAVEAT
        return NOT_COVERED


# Calibrated for the default embedder (USE multilingual) on the tune split; see the README.
DEFAULT_GATES: dict[str, Gate] = {
    "zh": Gate(answer_at=0.54, caveat_at=0.37, lexical_weight=0.05),
    "en": Gate(answer_at=0.40, caveat_at=0.27, lexical_weight=0.01),
    "other": Gate(answer_at=0.27, caveat_at=0.22, lexical_weight=0.01),
}
