"""Figures a company states in a unit other than yuan (2.5万TEU, "30,000 gross tonnes": ``measure_units.yaml``), read
as the quantity its sentence names (round 14, why7 a3). Every example of the file is a test."""

from __future__ import annotations

import re

import pytest
import yaml

from assistant.understanding.quantities import measures
from ontology import ONTOLOGY_DIR

DATA = yaml.safe_load((ONTOLOGY_DIR / "cues" / "measure_units.yaml").read_text(encoding="utf-8"))
UNITS = [unit for unit in DATA["units"]]


@pytest.mark.parametrize(("unit", "text", "value"), [
    (unit, text, value) for unit in UNITS for text, value in DATA["examples"][unit]["match"].items()])
def test_a_figure_in_the_unit(unit: str, text: str, value: int) -> None:
    assert [found.value for found in measures(text, unit)] == [value]


@pytest.mark.parametrize(("unit", "text"), [
    (unit, text) for unit in UNITS for text in DATA["examples"][unit]["no_match"]])
def test_no_figure_in_the_unit(unit: str, text: str) -> None:
    assert measures(text, unit) == []


@pytest.mark.parametrize(("key", "kind"), [(key, kind) for key in ("increment", "handled_for_others", "measure")
                                           for kind in ("match", "no_match")])
def test_the_words_of_an_amount_per_unit(key: str, kind: str) -> None:
    pattern = re.compile(DATA[key])
    for text in DATA["examples"][key][kind]:
        assert bool(pattern.search(text)) is (kind == "match"), text


@pytest.mark.parametrize(("text", "kind"), [(text, kind) for kind in ("match", "no_match")
                                            for text in DATA["examples"]["not_own_measure"][kind]])
def test_a_figure_of_a_group_or_of_another_party(text: str, kind: str) -> None:
    # round 14 review (RB7/RB8): the fleet's tonnage, the port's throughput, a half handled for others are not ours
    from assistant.understanding.quantities import not_own_measure

    assert bool(not_own_measure().search(text)) is (kind == "match"), text


@pytest.mark.parametrize(("text", "kind"), [(text, kind) for kind in ("match", "no_match")
                                            for text in DATA["examples"]["partly_for_others"][kind]])
def test_words_after_a_figure_partly_for_others(text: str, kind: str) -> None:
    from assistant.understanding.quantities import partly_for_others

    assert bool(partly_for_others().search(text)) is (kind == "match"), text
