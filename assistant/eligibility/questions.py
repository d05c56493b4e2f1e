"""Turning a missing fact's key into a question in Chinese and English."""

from __future__ import annotations

from functools import cache

from ingest.concepts import load_vocabulary

_FIXED = {
    "location.in_zone": ("贵公司是否在本政策适用区域内注册并经营？", "Is the company registered and operating in the "
                         "area this policy covers?"),
    "patent_funding_received_cny": ("此前已获得的专利资助累计多少元？", "How much patent funding has the company "
                                    "already received under this cap?"),
    "investment_total_cny": ("项目投资总额是多少？已获得各级财政资助多少？", "What is the total investment, and how "
                             "much government funding has it already received?"),
}
_BY_PREFIX = {
    "holds": ("贵公司是否具备「{zh}」？", "Does the company have: {en}?"),
    "level": ("「{zh}」是哪一级（{levels_zh}）？", "At which level is the {en} ({levels_en})?"),
    "round": ("「{zh}」是首次认定还是再次认定？", "Is the {en} a first recognition or a renewal?"),
    "date": ("「{zh}」是何时获得的（年月日）？", "When was the {en} obtained (date)?"),
    "count": ("「{zh}」有多少项？", "How many {en} were granted?"),
    "base": ("「{zh}」按年份分别是多少？", "What was the {en}, year by year?"),
}
ASKED_LEVELS = ("national", "provincial", "municipal")
"""The levels a question about a level offers (their words come from the vocabulary)."""
_BASE_LABELS = {"rd_expense_increment": ("研发经费（逐年）", "R&D expenditure")}


def question_text(key: str, title: str | None = None) -> tuple[str, str]:
    """The question to ask for a missing fact, as (zh, en); ``title`` names the measure for
    ``applies:`` questions."""
    if key in _FIXED:
        return _FIXED[key]
    if key.startswith("applies:"):
        return (f"「{title or key[8:]}」这一条是否适用于贵公司？",
                f"Does this measure apply to your company: {title or key[8:]}?")
    if key.startswith("domestic:"):
        board = load_vocabulary().concepts.get(key[9:])
        zh, en = (board.label_zh, board.label_en) if board else (key[9:], key[9:])
        return f"贵公司的{zh}上市是在境内证券交易所吗？", f"Is your {en} listing on an exchange in mainland China?"
    prefix, _, concept_id = key.partition(":")
    zh_template, en_template = _BY_PREFIX.get(prefix, ("请补充：{zh}", "Please tell us: {en}"))
    if prefix == "base" and concept_id in _BASE_LABELS:
        zh, en = _BASE_LABELS[concept_id]
    else:
        concept = load_vocabulary().concepts.get(concept_id)
        zh, en = (concept.label_zh, concept.label_en) if concept else (concept_id, concept_id)
    levels_zh, levels_en = _asked_levels()
    return zh_template.format(zh=zh, levels_zh=levels_zh), en_template.format(en=en, levels_en=levels_en)


@cache
def _asked_levels() -> tuple[str, str]:
    """The levels a question offers, as the vocabulary names them: (国家级、省级、市级, national, …)."""
    vocabulary = load_vocabulary()
    return ("、".join(vocabulary.label(level, "zh") for level in ASKED_LEVELS),
            ", ".join(vocabulary.label(level, "en") for level in ASKED_LEVELS))
