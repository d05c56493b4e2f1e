"""The heads a company names its own kind with, interchangeably (企业 / 公司, enterprise / company / firm): a
concept a policy induced from its words (融资租赁企业) is also named by the company's words for the same kind
(融资租赁公司). The heads are data, ``ontology/payee_heads.yaml``, with examples."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

PAYEE_HEADS_FILE = Path(__file__).resolve().parents[2] / "ontology" / "payee_heads.yaml"


class PayeeHeadsError(ValueError):
    """The payee heads file cannot be used (names the file and what is wrong)."""


@cache
def _data(path: Path = PAYEE_HEADS_FILE) -> dict[str, Any]:
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise PayeeHeadsError(f"{path}: cannot read the payee heads ({error})") from error
    if not isinstance(data, dict):
        raise PayeeHeadsError(f"{path}: expected a mapping with `heads` and `words`")
    return data


@cache
def shortened_words(path: Path = PAYEE_HEADS_FILE) -> tuple[tuple[str, ...], ...]:
    """Groups of words interchangeable inside a label (电子商务, 电商), read once."""
    groups = _data(path).get("words", [])
    if not isinstance(groups, list) or not all(
            isinstance(group, list) and len(group) > 1 and all(isinstance(word, str) and word for word in group)
            for group in groups):
        raise PayeeHeadsError(f"{path}: expected `words`, a list of groups of two words or more")
    return tuple(tuple(group) for group in groups)


@cache
def payee_heads(path: Path = PAYEE_HEADS_FILE) -> dict[str, tuple[str, ...]]:
    """The interchangeable heads by language (``zh``, ``en``), read once."""
    heads = _data(path).get("heads")
    if not isinstance(heads, dict) or not all(
            isinstance(words, list) and words and all(isinstance(word, str) and word for word in words)
            for words in heads.values()):
        raise PayeeHeadsError(f"{path}: expected `heads`, a list of words per language")
    return {language: tuple(words) for language, words in heads.items()}


def same_kind_names(label: str) -> tuple[str, ...]:
    """``label`` as a company may also write it: each shortened word swapped (跨境电子商务企业 → 跨境电商企业), and
    with its head replaced by each other company head (融资租赁企业 → 融资租赁公司); the label itself is not listed."""
    spelled = [label.strip()]
    for group in shortened_words():
        spelled += [name.replace(word, other) for name in list(spelled) for word in group if word in name
                    for other in group if other != word]
    names = [*spelled[1:], *(other for name in spelled for other in _other_heads(name))]
    return tuple(dict.fromkeys(name for name in names if name != label.strip()))


def _other_heads(label: str) -> tuple[str, ...]:
    """``label`` with its head replaced by each other head of its language (融资租赁企业 → 融资租赁公司;
    "ship company" → "ship enterprise", "ship firm"); none when no head ends it or nothing stands before it."""
    label = label.strip()
    if label.isascii():
        words = label.split()
        if len(words) < 2:
            return ()
        head = words[-1].casefold()
        others = [word for word in payee_heads().get("en", ()) if word.casefold() != head]
        if head not in {word.casefold() for word in payee_heads().get("en", ())}:
            return ()
        return tuple(" ".join([*words[:-1], other]) for other in others)
    for head in payee_heads().get("zh", ()):
        stem = label.removesuffix(head)
        if stem != label and len(re.sub(r"[\s的型]", "", stem)) >= 1 and re.search(r"[\u4e00-\u9fff]", stem):
            return tuple(stem + other for other in payee_heads()["zh"] if other != head)
    return ()
