"""Regular expressions kept as data: a YAML file of the ontology whose named keys each hold one pattern (the words of
a rule the engine applies — a programme's budget, alternatives among a policy's items, conditions the reading leaves
unchecked). One reader for all of them, with an error naming the file and the key; and the one reader of the
engine's other YAML files (:func:`yaml_mapping`)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml


def yaml_mapping(path: Path, holding: str) -> dict[str, Any]:
    """The YAML mapping in ``path``; a ValueError naming the file when it cannot be read or holds no mapping
    (``holding``: what the mapping should hold, said in the error)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ValueError(f"{path}: cannot be read ({error})") from error
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of {holding}")
    return data


def patterns_of(path: Path, keys: Sequence[str]) -> tuple[re.Pattern[str], ...]:
    """The patterns under ``keys`` of the YAML mapping in ``path``, in the order of ``keys``."""
    return patterns_in(yaml_mapping(path, f"{', '.join(keys)} to regular expressions"), keys, path)


def patterns_in(data: Mapping[str, Any], keys: Sequence[str], path: Path) -> tuple[re.Pattern[str], ...]:
    """The patterns under ``keys`` of ``data``, read from ``path``, in the order of ``keys``."""
    patterns = []
    for key in keys:
        try:
            patterns.append(re.compile(data[key]))
        except KeyError:
            raise ValueError(f"{path}: no {key!r} (a regular expression) in the file") from None
        except (TypeError, re.error) as error:
            raise ValueError(f"{path}: {key!r} is not a regular expression ({error})") from error
    return tuple(patterns)
