"""A company saying, after other facts, that it ITSELF is a platform (另外我们公司本身也是一家技术转移服务机构;
"Also our firm itself is a …") dates that platform from its own setting up, as when it opens the message
(blind-18 m-en-006 t4: the agency's date was asked although the sentence said it)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.understanding.facts import understand_facts

AS_OF = dt.date(2023, 4, 1)


@pytest.mark.parametrize("message", ["另外我们公司本身也是一家技术转移服务机构，我们2021年在片区注册成立。",
                                     "And our firm itself is a technology transfer service agency, set up in the zone "
                                     "in 2021."], ids=["zh", "en"])
def test_the_platform_the_company_is_dates_from_its_setting_up(message: str) -> None:
    [platform] = [f.value for f in understand_facts(message, AS_OF) if f.field == "platforms"]
    assert platform["type"] == "technology_transfer_agency" and platform["date"].year == 2021
