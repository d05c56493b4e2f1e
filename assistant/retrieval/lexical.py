"""BM25 (bm25s) over jieba tokens for Chinese and word tokens for English, with the
vocabulary's aliases (an abbreviation → its concept's label, 搬走 → 迁离) added to queries."""

from __future__ import annotations

import os
import re
import tempfile
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from ingest.concepts import SCHEMES, Vocabulary, load_vocabulary

_PUNCTUATION = re.compile(r"^[\W_]+$", re.UNICODE)
_STOP_ZH = frozenset(
    "的 了 和 与 及 或 对 在 为 是 等 将 把 被 之 其 并 按 按照 给予 有 有没有 吗 呢 吧 啊 么 什么 怎么 哪些 多少 "
    "可以 能 能否 是否 我们 我 公司 企业 请问 一下".split())
_STOP_EN = frozenset(
    "a an the of for to in on at by and or is are be we our us do does can could what which how much many any "
    "there this that it with from as if get i my me you your will would".split())
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_LOCK = threading.Lock()
_READY: dict[str, Any] = {}


def _jieba() -> Any:
    """jieba, initialised once per process with the vocabulary's Chinese labels as words."""
    with _LOCK:
        if "jieba" not in _READY:
            import jieba

            jieba.setLogLevel(60)
            cache_dir = os.environ.get("POLICYKG_CACHE_DIR") or os.path.join(tempfile.gettempdir(), "policykg")
            os.makedirs(cache_dir, exist_ok=True)
            jieba.dt.tmp_dir = cache_dir
            jieba.initialize()
            for concept in load_vocabulary().concepts.values():
                for label in concept.labels:
                    if not label.isascii() and len(label) > 1:
                        jieba.add_word(label, freq=2_000_000)
            _READY["jieba"] = jieba
        return _READY["jieba"]


def zh_tokens(text: str) -> list[str]:
    words = _jieba().lcut(text)
    return [w for w in (word.strip().lower() for word in words)
            if w and not _PUNCTUATION.match(w) and w not in _STOP_ZH]


def en_tokens(text: str) -> list[str]:
    words = _WORD.findall(text.lower())
    return [_stem(w) for w in words if w not in _STOP_EN]


def _stem(word: str) -> str:
    """A light English stemmer (plural and -ing/-ed endings), enough for BM25 matching."""
    for suffix, replacement in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + replacement
    return word


def expand_aliases(query: str, vocabulary: Vocabulary) -> list[str]:
    """Every Chinese label of every concept the query names (so 高企 also searches 高新技术企业)."""
    extra: list[str] = []
    for scheme in SCHEMES:
        for hit in vocabulary.find(query, scheme):
            extra.extend(label for label in hit.concept.labels if not label.isascii())
    return extra


def expand_aliases_en(query: str, vocabulary: Vocabulary) -> list[str]:
    """English labels of the concepts an English query names (HNTE → high-tech enterprise…)."""
    extra: list[str] = []
    for scheme in SCHEMES:
        for hit in vocabulary.find(query, scheme):
            extra.extend(label for label in hit.concept.labels if label.isascii())
    return extra


class BM25Index:
    """BM25 over pre-tokenised documents; scores for every document, zeros kept out."""

    def __init__(self, documents: Sequence[list[str]]) -> None:
        import bm25s

        self._size = len(documents)
        self._model = bm25s.BM25()
        if documents:
            self._model.index([doc or ["∅"] for doc in documents], show_progress=False)

    def scores(self, tokens: list[str]) -> np.ndarray:
        if not tokens or not self._size:
            return np.zeros(self._size, dtype=np.float32)
        return np.asarray(self._model.get_scores(tokens), dtype=np.float32)
