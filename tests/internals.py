"""``assert_no_internals(text, lang)``: what a person reads carries no ids, JSON, clause paths,
character spans — and no English trace in Chinese text, no Chinese internals in English text.
Used by the unit tests and the browser tests alike."""

from __future__ import annotations

import re
from functools import cache

from assistant.kind_words import kind_words
from assistant.profile import CompanyProfile
from ingest.concepts import load_vocabulary

SNAKE = re.compile(r"(?<![\w/.-])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![\w/-])")
JSON_OBJECT = re.compile(r"[{,]\s*\"[^\"\n]{1,60}\"\s*:")
CLAUSE_PATH = re.compile(r"\bsec\d+(?:/[a-z]+\d+)+\b")
SPAN = re.compile(r"\bspan\s+\d+\s*[–-]\s*\d+")
ENGLISH_TRACE = re.compile(r"\bmet:|\bunmet:|\bholds\b|\bcap\b|\bcapped\b|\[\d+\]|How it was computed|"
                           r"registered and operating|\bnot stated\b|\bfixed amount\b|\bwithin the policy's window\b")
ENGLISH_RUN = re.compile(r"[A-Za-z]{2,}(?:[ ,:;'()-]+[A-Za-z]{2,}){3,}")
"""Four English words in a row: a sentence (names such as CNAS, PCT or STAR Market are shorter)."""
CHINESE_INTERNALS = re.compile(r"计算过程|计算明细|逐条规则|封顶|定额|上限|已获|确定可得")
QUOTED = re.compile(r"“[^”]*”|「[^」]*」|\"[^\"]*\"")


@cache
def internal_ids() -> frozenset[str]:
    """Every snake_case id a person must not see: vocabulary concepts, kinds and subtypes of
    provisions, and the profile's field names."""
    ids = {concept for concept in load_vocabulary().concepts if "_" in concept}
    ids |= {key for scheme in kind_words().words.values() for key in scheme if "_" in key}
    schema = CompanyProfile.model_json_schema()
    for definition in [schema, *schema.get("$defs", {}).values()]:
        ids |= {name for name in definition.get("properties", {}) if "_" in name}
    return frozenset(ids)


def internals(text: str, lang: str) -> list[str]:
    """What in ``text`` a person should not read (empty when clean); ``lang`` is zh, en or both."""
    found = [f"id {token!r}" for token in SNAKE.findall(text) if token in internal_ids()]
    found += [f"JSON {match!r}" for match in JSON_OBJECT.findall(text)]
    found += [f"clause path {match!r}" for match in CLAUSE_PATH.findall(text)]
    found += [f"span {match!r}" for match in SPAN.findall(text)]
    if lang == "zh":
        found += [f"English trace {match!r}" for match in ENGLISH_TRACE.findall(text)]
        found += [f"English sentence {match!r}" for match in ENGLISH_RUN.findall(QUOTED.sub("", text))]
    if lang == "en":
        found += [f"Chinese internal {match!r}" for match in CHINESE_INTERNALS.findall(QUOTED.sub("", text))]
    return found


def assert_no_internals(text: str, lang: str) -> None:
    """Fail, naming each finding, when ``text`` shows ids, JSON, clause paths, spans or the other
    language's trace (``lang``: zh, en, or both for bilingual text)."""
    found = internals(text, lang)
    assert not found, f"internals in {lang} text: {'; '.join(found)}\n---\n{text}"
