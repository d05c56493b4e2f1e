"""The words saying a party is recognised or approved as a named thing (``ingest/data/recognised_as.yaml``).

One data list read by the payee reader (对获批为X级Y孵化器的: the party recognised is named after the verb) and by
the level reader (a level word right after 获批为 / 获批建设 / 认定为 names the recognition's level), so a wording the
payee reader learns is one the level reader knows too.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

RECOGNISED_AS_FILE = Path(__file__).resolve().parent / "data" / "recognised_as.yaml"


class RecognisedAsDataError(ValueError):
    """The recognised-as file lacks its list or has a bad pattern (says which)."""


@cache
def recognised_as_words(path: Path = RECOGNISED_AS_FILE) -> str:
    """The verbs of the file as one regular-expression alternation (no groups), read once."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        patterns = [str(entry["pattern"]) for entry in data["verbs"]]
        for pattern in patterns:
            re.compile(pattern)
    except (KeyError, TypeError, re.error) as error:
        raise RecognisedAsDataError(f"{path}: {error!r}") from error
    return "(?:" + "|".join(patterns) + ")"


@cache
def recognised_as_examples(path: Path = RECOGNISED_AS_FILE) -> tuple[str, ...]:
    """Every example of the file (for the tests)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return tuple(str(example) for entry in data["verbs"] for example in entry.get("examples", ()))


@cache
def level_after_recognised_as() -> re.Pattern[str]:
    """A text ending with one of the verbs (a level word follows it: the recognition's level)."""
    return re.compile(recognised_as_words() + r"\s*$")


@cache
def recognised_as_name() -> re.Pattern[str]:
    """A 对-phrase ending with a verb, the name recognised and 的 (对获批为X级Y孵化器的): group ``name``."""
    return re.compile(recognised_as_words() + r"(?P<name>[^的，,；;：:]{2,40})的$")
