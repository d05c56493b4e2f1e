"""Regular expressions kept as data: a YAML file of the ontology whose named keys each hold one pattern (the words of
a rule the engine applies — a programme's budget, alternatives among a policy's items, conditions the reading leaves
unchecked). One reader for all of them, with an error naming the file and the key."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import yaml


def patterns_of(path: Path, keys: Sequence[str]) -> tuple[re.Pattern[str], ...]:
    """The patterns under ``keys`` of the YAML mapping in ``path``, in the order of ``keys``."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of {', '.join(keys)} to regular expressions")
    patterns = []
    for key in keys:
        try:
            patterns.append(re.compile(data[key]))
        except KeyError:
            raise ValueError(f"{path}: no {key!r} (a regular expression) in the file") from None
        except (TypeError, re.error) as error:
            raise ValueError(f"{path}: {key!r} is not a regular expression ({error})") from error
    return tuple(patterns)
