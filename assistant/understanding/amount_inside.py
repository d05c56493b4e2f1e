"""Base quantities said with the amount inside their words (提供了8000万元融资, "we provided RMB 500 million of
financing"): the words around the amount name the quantity, where a label would follow the figure's verb. The words
are data (``ontology/cues/amount_inside_labels.yaml``); only the company itself provides it: a clause naming another
party as the subject (合作银行为…提供了, "the bank provided us"), a negation (没有提供) or the passive ("we were
provided") names no figure of it. A quantity whose counterparty is part of it (a purchase from firms of the policy's
area) has a ``seller`` entry: its clause must say the seller is in the area and must not say it is elsewhere."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from assistant.understanding.cue_files import CueFileError, compile_pattern, read_cue_file
from assistant.understanding.quantities import amounts, foreign_amounts

FILE = "amount_inside_labels"
_CLAUSE_BREAK = re.compile(r"[，。；,;：:!?！？]|\.(?=\s)")


@dataclass(frozen=True)
class InsideLabel:
    concept: str
    before: re.Pattern[str]
    between: re.Pattern[str]
    after: re.Pattern[str]
    subject: re.Pattern[str]
    seller: SellerPlace | None = None


@dataclass(frozen=True)
class SellerPlace:
    """Where the counterparty of a quantity must be said to be: words placing it in the policy's area, and words
    placing it elsewhere (imported, a named place after 从 / from) that void the figure."""

    in_area: re.Pattern[str]
    elsewhere: re.Pattern[str]

    def allows(self, clause: str) -> bool:
        """Whether the purchase's clause says its seller is in the area and nowhere else."""
        return self.in_area.search(clause) is not None and self.elsewhere.search(clause) is None


@dataclass(frozen=True)
class AmountInside:
    """A base quantity named around an amount: the span of the words after it (where a label would be)."""

    concept: str
    start: int
    end: int
    text: str


@functools.cache
def inside_labels() -> tuple[InsideLabel, ...]:
    """The entries of the wording file, compiled once; an error naming the file and the entry."""
    data = read_cue_file(FILE)
    labels = data.get("labels")
    if not isinstance(labels, dict):
        raise CueFileError(f"{FILE}.yaml labels", "must map base quantities to their words")
    found = []
    for concept, words in labels.items():
        where = f"{FILE}.yaml labels.{concept}"
        if not isinstance(words, dict) or not {"before", "after"} <= set(words):
            raise CueFileError(where, "needs `before` and `after`")
        before, between, after, subject = (
            compile_pattern(str(words.get(key, default)), f"{where}.{key}", re.IGNORECASE) for key, default
            in (("before", ""), ("between", r"\s*"), ("after", ""), ("subject", "")))
        found.append(InsideLabel(str(concept), before, between, after, subject,
                                 _seller_place(words.get("seller"), f"{where}.seller")))
    return tuple(found)


def _seller_place(words: object, where: str) -> SellerPlace | None:
    if words is None:
        return None
    if not isinstance(words, dict) or set(words) != {"in_area", "elsewhere"}:
        raise CueFileError(where, "needs exactly `in_area` and `elsewhere`")
    return SellerPlace(*(compile_pattern(str(words[key]), f"{where}.{key}", re.IGNORECASE)
                         for key in ("in_area", "elsewhere")))


def amounts_inside(text: str) -> list[AmountInside]:
    """The base quantities ``text`` names around one of its amounts."""
    found = []
    said = sorted([*amounts(text), *foreign_amounts(text)], key=lambda found: found.start)  # 融资4000万美元 too
    for label in inside_labels():
        for before in label.before.finditer(text):
            value = next((v for v in said if v.start >= before.end()), None)
            opens = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, before.start())), default=0)
            if value is None or not label.between.fullmatch(text, before.end(), value.start) \
                    or not label.subject.fullmatch(text, opens, before.start()):
                continue  # 合作银行为…提供, 没有提供, "we were provided": not the company's own figure
            after = label.after.match(text, value.end)
            closes = next((m.start() for m in _CLAUSE_BREAK.finditer(text, value.end)), len(text))
            if label.seller is not None and not label.seller.allows(text[opens:closes]):
                continue  # 从上海的供应商采购, 采购进口设备, a seller not said: not what was bought from the area's firms
            if after is not None:
                found.append(AmountInside(label.concept, after.start(), after.end(), after[0]))
    return found


def examples() -> tuple[list[dict[str, object]], list[str]]:
    """The wording file's examples: those that name a figure (text, concept, amount), and those that name none."""
    data = read_cue_file(FILE).get("examples") or {}
    return list(data.get("match") or []), [str(text) for text in data.get("no_match") or []]
