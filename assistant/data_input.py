"""JSON and YAML text from outside (profiles, saved conversations) read into plain data, with limits.

Python's readers trust their input: ``json.loads`` of a list nested 10,000 deep raises
``RecursionError``, an integer of 5,000 digits raises Python's int-conversion ``ValueError``,
and YAML anchors and aliases expand a few hundred bytes into gigabytes. Here the raw text is
measured before it is parsed, nesting is counted by a linear scan (JSON) or over the parser's
events (YAML, which does not recurse), long numbers are refused with their line, and YAML
anchors, aliases and tags are refused. Every refusal is a :class:`DataInputError` whose
message names the source and what is wrong.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import yaml


class DataInputError(ValueError):
    """Text that cannot be read as data; the message names the source and the problem."""


@dataclass(frozen=True)
class DataLimits:
    """How much structured text is read before it is refused."""

    max_chars: int
    """Characters of raw text; checked before anything is parsed."""
    max_depth: int = 16
    """Nested lists and mappings (a profile needs 4)."""
    max_number_digits: int = 40
    """Digits of one number (a yuan amount with two decimals needs 20)."""


_JSON_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')
"""A JSON string (skipped, so brackets inside it do not count) or a bracket."""
_YAML_NUMBER = re.compile(r"[-+]?[0-9][0-9_:,.]*(?:[eE][-+]?[0-9]+)?|[-+]?\.[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?")
"""A plain YAML scalar that the resolver may read as an int or float (1_000, 190:20:30, 1e5)."""


def _check_size(text: str, source: str, limits: DataLimits) -> None:
    if len(text) > limits.max_chars:
        raise DataInputError(f"{source}: {len(text)} characters; at most {limits.max_chars} are read")


def _too_deep(source: str, limits: DataLimits, where: str) -> DataInputError:
    return DataInputError(f"{source}: nested more than {limits.max_depth} levels deep{where}; "
                          "a profile or conversation is a few levels at most")


def _json_depth_ok(text: str, source: str, limits: DataLimits) -> None:
    depth = 0
    for token in _JSON_TOKENS.finditer(text):
        bracket = token[0]
        if bracket in "[{":
            depth += 1
            if depth > limits.max_depth:
                line = text.count("\n", 0, token.start()) + 1
                raise _too_deep(source, limits, f" (line {line})")
        elif bracket in "]}":
            depth -= 1


class _LongNumber(Exception):
    def __init__(self, digits: str) -> None:
        super().__init__(digits)
        self.digits = digits


def _long_number(digits: str, limits: DataLimits, source: str, where: str = "") -> DataInputError:
    shown = digits if len(digits) <= 16 else f"{digits[:8]}…{digits[-4:]}"
    count = sum(ch.isdigit() for ch in digits)
    return DataInputError(f"{source}: a number of {count:,} digits ({shown}){where}; "
                          f"numbers have at most {limits.max_number_digits} digits")


def read_json(text: str, source: str, limits: DataLimits) -> Any:
    """Parse JSON text within ``limits``; a leading byte-order mark is ignored."""
    _check_size(text, source, limits)
    body = text.lstrip("\ufeff")
    _json_depth_ok(body, source, limits)

    def bounded_int(digits: str) -> int:
        if len(digits.lstrip("-")) > limits.max_number_digits:
            raise _LongNumber(digits)
        return int(digits)

    def bounded_float(digits: str) -> float:
        if sum(ch.isdigit() for ch in digits) > limits.max_number_digits:
            raise _LongNumber(digits)
        return float(digits)

    try:
        return json.loads(body, parse_int=bounded_int, parse_float=bounded_float)
    except _LongNumber as error:
        raise _long_number(error.digits, limits, source) from None
    except json.JSONDecodeError as error:
        raise DataInputError(f"{source}: not valid JSON at line {error.lineno} column {error.colno}: "
                             f"{error.msg}") from None
    except RecursionError:  # the scan above bounds the depth; kept so no traceback can escape
        raise _too_deep(source, limits, "") from None


def _at(event: yaml.Event) -> str:
    mark = event.start_mark
    return f" at line {mark.line + 1} column {mark.column + 1}" if mark is not None else ""


def _check_yaml_events(text: str, source: str, limits: DataLimits) -> None:
    """Refuse anchors, aliases, explicit tags, deep nesting and long numbers, from the
    parser's event stream (iterative: nothing is built yet)."""
    depth = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.AliasEvent):
            raise DataInputError(f"{source}: YAML aliases (*{event.anchor}){_at(event)} are not accepted; "
                                 "write the value out")
        if isinstance(event, yaml.NodeEvent) and event.anchor is not None:
            raise DataInputError(f"{source}: YAML anchors (&{event.anchor}){_at(event)} are not accepted; "
                                 "write the value out")
        tag = getattr(event, "tag", None)
        if isinstance(event, yaml.NodeEvent) and tag is not None:
            raise DataInputError(f"{source}: YAML tags ({tag}){_at(event)} are not accepted; "
                                 "use plain values")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > limits.max_depth:
                raise _too_deep(source, limits, _at(event))
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        elif isinstance(event, yaml.ScalarEvent) and event.style is None and _YAML_NUMBER.fullmatch(event.value) \
                and sum(ch.isdigit() for ch in event.value) > limits.max_number_digits:
            raise _long_number(event.value, limits, source, _at(event))


def read_yaml(text: str, source: str, limits: DataLimits) -> Any:
    """Parse YAML text (safe types only, no anchors, aliases or tags) within ``limits``."""
    _check_size(text, source, limits)
    body = text.lstrip("\ufeff")
    try:
        _check_yaml_events(body, source, limits)
        return yaml.safe_load(body)
    except DataInputError:
        raise
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f" at line {mark.line + 1} column {mark.column + 1}" if mark is not None else ""
        raise DataInputError(f"{source}: not valid YAML{where}: {error.problem or error.context}") from None
    except yaml.YAMLError as error:
        raise DataInputError(f"{source}: not valid YAML: {error}") from None
    except ValueError:  # the constructor's own message (e.g. for 2023-02-30) says no more than this
        raise DataInputError(f"{source}: not valid YAML: a value cannot be read, e.g. a date that does not "
                             "exist such as 2023-02-30") from None
    except RecursionError:
        raise _too_deep(source, limits, "") from None


def read_data(text: str, source: str, limits: DataLimits, *, syntax: str) -> Any:
    """``read_json`` or ``read_yaml`` by ``syntax`` (``"json"`` or ``"yaml"``)."""
    if syntax == "json":
        return read_json(text, source, limits)
    if syntax == "yaml":
        return read_yaml(text, source, limits)
    raise DataInputError(f"{source}: unknown syntax {syntax!r}; expected json or yaml")
