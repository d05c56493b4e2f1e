"""企业技术中心 (enterprise technology centre) is a vocabulary platform: a company's recognised centre is read with its
level and year, in Chinese and English."""

from __future__ import annotations

import datetime as dt

from assistant.understanding.facts import profile_data, understand_facts
from ingest.concepts import load_vocabulary

AS_OF = dt.date(2024, 6, 30)


def test_the_vocabulary_names_it_in_both_languages() -> None:
    vocabulary = load_vocabulary()
    assert vocabulary.label("enterprise_technology_center", "zh") == "企业技术中心"
    assert vocabulary.label("enterprise_technology_center", "en") == "enterprise technology center"


def test_a_recognised_centre_is_read_with_its_level_and_year() -> None:
    for message in ("去年年底我们的研发部门获评市级企业技术中心", "In 2023 our R&D unit was recognised as a municipal "
                    "enterprise technology centre"):
        data = profile_data(understand_facts(message, AS_OF))
        platforms = data.get("platforms", [])
        read = [(p["type"], p.get("level")) for p in platforms]
        assert read == [("enterprise_technology_center", "municipal")], message
        assert platforms[0]["date"].startswith("2023"), message
