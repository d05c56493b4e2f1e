"""A company names a policy's own (induced) concepts in its own words: by the head of the printed label (的 and 型
may come and go), by denying what a 非-label excludes; never by a name that only qualifies a policy's title or a
fee; a negation governs its own phrase, and a date binds to the fact it is said with."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from assistant.understanding.facts import understand_facts
from assistant.understanding.own_measure import says_an_event_of_its_own, states_a_measure
from assistant.understanding.policy_terms import PolicyConcept, PolicyTerms
from assistant.understanding.relative_dates import found_dates

AS_OF = dt.date(2021, 6, 1)
LABELS = ("总部企业", "非总部型企业", "科技型孵化机构", "海淀示范企业", "海淀", "众创空间", "港澳青年", "物流平台")


def _concept(label: str) -> PolicyConcept:
    return PolicyConcept(f"induced-{abs(hash(label)) % 10**10:010d}", label, None, None, (), ("p1",))


@pytest.fixture(scope="module")
def terms() -> PolicyTerms:
    return PolicyTerms("test_policy", tuple(_concept(label) for label in LABELS))


def _held(message: str, terms: PolicyTerms) -> dict[str, dict[str, Any]]:
    """The policy concepts the message states, by label."""
    return {fact.value["label"]: fact.value for fact in understand_facts(message, AS_OF, terms=terms)
            if fact.field == "policy_concepts"}


@pytest.mark.parametrize(("message", "label"), [
    ("我们公司是区里认定的总部型企业", "总部企业"),       # 型 adds no other head
    ("我们是海淀的示范企业", "海淀示范企业"),             # 的 between the words of the label
    ("我们属于科技孵化机构", "科技型孵化机构"),           # 型 printed, not said
])
def test_a_label_is_named_by_its_head_words(terms: PolicyTerms, message: str, label: str) -> None:
    held = _held(message, terms)
    assert label in held and held[label].get("held", True) is True
    assert "海淀" not in held  # the longer name, not the place that begins it


def test_a_label_printed_as_said_wins_over_its_variants() -> None:
    both = PolicyTerms("p", (_concept("总部企业"), _concept("总部型企业")))
    assert [hit.concept.label for hit in both.find("我们是总部型企业")] == ["总部型企业"]
    assert [hit.concept.label for hit in both.find("我们是总部企业")] == ["总部企业"]


@pytest.mark.parametrize(("message", "held"), [
    ("我们是去年成立的咨询公司，不是总部企业", True),
    ("我们是区里认定的总部企业", False),
])
def test_a_non_label_is_held_by_denying_what_it_excludes(terms: PolicyTerms, message: str, held: bool) -> None:
    value = _held(message, terms)["非总部型企业"]
    assert value.get("held", True) is held


@pytest.mark.parametrize("message", [
    "按市里支持港澳青年创新创业的办法，我们能拿多少",
    "根据众创空间的若干措施能申请哪些",
    "港澳青年这块能支持多少",
    "我们在区里的物流平台交了5万平台使用费",
])
def test_a_name_in_a_policy_title_or_before_a_fee_is_no_fact(terms: PolicyTerms, message: str) -> None:
    held = _held(message, terms)
    assert "港澳青年" not in held and "众创空间" not in held
    assert "物流平台" not in held or "使用费" not in message[:message.index("物流平台") + 6]


@pytest.mark.parametrize("message", [
    "我们去年被评为众创空间。没享受过一事一议。",
    "我们是众创空间，也没拿过其他部门的补助",
    "我们是众创空间，目前还没有上市",
])
def test_a_negation_of_another_thing_leaves_the_concept_held(terms: PolicyTerms, message: str) -> None:
    assert _held(message, terms)["众创空间"].get("held", True) is True


@pytest.mark.parametrize("message", ["我们申报了众创空间，还没认定下来", "我们报了众创空间，但是还没拿到证书"])
def test_a_negation_of_the_fact_itself_still_denies_it(terms: PolicyTerms, message: str) -> None:
    assert _held(message, terms)["众创空间"]["held"] is False


@pytest.mark.parametrize(("message", "date"), [
    ("我们是区里认定的总部企业。营业收入2018年超过了2亿", None),          # the date is the revenue's
    ("我们是区里认定的总部企业，2019年还第一次进了全省民营企业百强榜单", None),  # the date is the ranking's
    ("我们是区里认定的总部企业，2019年认定的", dt.date(2019, 1, 1)),        # the date is the recognition's
])
def test_a_date_binds_to_the_fact_it_is_said_with(terms: PolicyTerms, message: str, date: dt.date | None) -> None:
    assert _held(message, terms)["总部企业"].get("date") == date


@pytest.mark.parametrize(("text", "measures"), [
    ("营业收入2018年超过了2亿", True), ("吞吐量2019年是12万TEU", True),
    ("turnover passed RMB 200 million in 2018", True),
    ("2019年认定的", False), ("2020年评为4A级", False), ("recognised in 2019", False),
])
def test_a_clause_that_states_a_measure(text: str, measures: bool) -> None:
    assert states_a_measure(text, found_dates(text, AS_OF)) is measures


@pytest.mark.parametrize(("text", "own"), [
    ("2019年还第一次进了全省民营企业百强榜单", True),
    ("in 2019 we were also ranked among the top hundred private firms of the province", True),
    ("2019年由省科技厅认定", False), ("first recognised by the province in 2019", False),
])
def test_a_clause_that_says_an_event_of_its_own(text: str, own: bool) -> None:
    assert says_an_event_of_its_own(text, found_dates(text, AS_OF)) is own


@pytest.mark.parametrize(("message", "date"), [
    ("去年办成了两件大事：一是获批了省级博士后工作站；二是签了几笔订单。", dt.date(2020, 1, 1)),
    ("Two things happened in 2019: we opened a provincial postdoctoral workstation; and sales grew.",
     dt.date(2019, 1, 1)),
])
def test_a_date_heading_a_list_dates_each_item(message: str, date: dt.date) -> None:
    platforms = [fact.value for fact in understand_facts(message, AS_OF) if fact.field == "platforms"]
    assert platforms and platforms[0]["type"] == "postdoctoral_workstation" and platforms[0]["date"] == date


def test_a_date_of_its_own_is_kept_inside_a_dated_list() -> None:
    facts = understand_facts("今年有两件事：2019年获批的省级博士后工作站通过了评估；还买了新设备。", AS_OF)
    platforms = [fact.value for fact in facts if fact.field == "platforms"]
    assert platforms and platforms[0]["date"] == dt.date(2019, 1, 1)


def test_a_list_after_the_sentence_of_its_heading_takes_no_date() -> None:
    facts = understand_facts("今年有两件事：买了设备；招了人。我们还有省级博士后工作站", AS_OF)
    platforms = [fact.value for fact in facts if fact.field == "platforms"]
    assert platforms and "date" not in platforms[0]


def _english_terms(*labels: str) -> PolicyTerms:
    from ingest.concepts import english_label

    return PolicyTerms("p", tuple(PolicyConcept(f"induced-{index:010d}", label, english_label(label), None,
                                                ("三星级", "四星级", "五星级") if label == "酒店" else (), ("p1",))
                                  for index, label in enumerate(labels)))


@pytest.mark.parametrize(("message", "label"), [
    ("Our pilot was chosen as one of the demonstration application scenario projects this year", "示范应用场景项目"),
    ("The district recognised us as a Headquarters Enterprise in 2020", "总部企业"),
    ("We opened a hotel here last year", "酒店"),                       # one word, not a general one
])
def test_an_english_label_composed_from_the_vocabulary_names_the_concept(message: str, label: str) -> None:
    assert label in _held(message, _english_terms("示范应用场景项目", "总部企业", "酒店"))


def test_a_general_one_word_english_label_names_nothing() -> None:
    terms = _english_terms("平台", "项目")
    assert _held("We run a platform and one project", terms) == {}


def test_a_label_without_english_is_not_matched_by_english_words() -> None:
    terms = _english_terms("OPC创业者")
    assert terms.concepts[0].label_en is None and _held("I am an OPC entrepreneur", terms) == {}


@pytest.mark.parametrize("message", ["We opened a new hotel, rated four-star in 2020",
                                     "我们新开了一家酒店，2020年评为四星级"])
def test_a_tier_said_in_the_next_clause_is_the_concepts(message: str) -> None:
    value = _held(message, _english_terms("酒店"))["酒店"]
    assert value["tier"] == "四星级" and value["date"] == dt.date(2020, 1, 1)


@pytest.mark.parametrize("message", ["我们新开了一家酒店，隔壁那家是五星级的",
                                     "We opened a hotel; the one next door is five-star"])
def test_a_grade_said_of_something_else_is_not_the_concepts(message: str) -> None:
    assert "tier" not in _held(message, _english_terms("酒店"))["酒店"]


def test_a_date_before_the_heading_clause_dates_no_list_item() -> None:
    facts = understand_facts("2019年成立的公司，情况如下：有省级博士后工作站；还买了设备。", AS_OF)
    platforms = [fact.value for fact in facts if fact.field == "platforms"]
    assert platforms and "date" not in platforms[0]


@pytest.mark.parametrize("message", ["我们一直用本地的物流平台发货", "我们去年入驻了海淀的众创空间",
                                     "We ship everything via a logistics platform"])
def test_what_the_company_uses_or_moved_into_is_not_what_it_is(message: str) -> None:
    terms = PolicyTerms("p", (*(_concept(label) for label in LABELS), *_english_terms("物流平台").concepts))
    held = _held(message, terms)
    assert "物流平台" not in held and "众创空间" not in held


def test_a_company_that_is_the_concept_still_holds_it() -> None:
    assert "物流平台" in _held("我们是在南沙注册的物流平台，去年通过认定", PolicyTerms("p", (_concept("物流平台"),)))


@pytest.mark.parametrize("message", [
    "截止2020年末：有两条产线；公司有一个省级博士后工作站。",             # a state as of a date
    "2016年建厂以来：买了设备；获批了省级博士后工作站。",                 # since a date
    "So far, since 2016: two lines; we got a provincial postdoctoral workstation.",
    "As of 2020: two lines; we have a provincial postdoctoral workstation.",
])
def test_a_heading_of_a_state_as_of_a_date_dates_no_item(message: str) -> None:
    platforms = [fact.value for fact in understand_facts(message, AS_OF) if fact.field == "platforms"]
    assert platforms and all(platform.get("date") is None for platform in platforms)


@pytest.mark.parametrize("message", ["2021年下半年的目标：多招人；获批省级博士后工作站。",
                                     "2021年的安排：多招人；获批省级博士后工作站。",
                                     "Our goals for 2021: hire staff; get a provincial postdoctoral workstation."])
def test_the_items_of_a_heading_of_plans_are_no_facts(message: str) -> None:
    assert [fact for fact in understand_facts(message, AS_OF) if fact.field == "platforms"] == []


@pytest.mark.parametrize("message", ["我们主要为区里的总部企业提供保洁服务", "公司服务于本地的众创空间",
                                     "We sell software to headquarters enterprises across the city",
                                     "Our clients are mostly headquarters enterprises",
                                     "We serve maker spaces in the district"])
def test_whom_the_company_serves_is_not_what_it_is(message: str) -> None:
    terms = PolicyTerms("p", (*(_concept(label) for label in LABELS),
                             *_english_terms("总部企业", "众创空间").concepts))
    held = _held(message, terms)
    assert "总部企业" not in held and "众创空间" not in held


@pytest.mark.parametrize("message", ["我们被认定为总部企业", "公司作为总部企业落户", "区里给我们评了总部企业",
                                     "We were recognised as a headquarters enterprise"])
def test_what_the_company_was_recognised_as_is_still_held(message: str) -> None:
    terms = PolicyTerms("p", (*(_concept(label) for label in LABELS), *_english_terms("总部企业").concepts))
    assert "总部企业" in _held(message, terms)


@pytest.mark.parametrize("message", ["今年上半年PCT国际申请递交了9件", "我们去年提交了6件PCT专利申请",
                                     "发明专利申请去年有30件", "We filed 7 PCT applications in 2020",
                                     "Last year we applied for 11 invention patents"])
def test_a_count_of_patent_applications_is_no_count_of_grants(message: str) -> None:
    assert [fact.value for fact in understand_facts(message, AS_OF) if fact.field == "patents"] == []


@pytest.mark.parametrize(("message", "granted"), [("去年申请的发明专利授权了4件", 4), ("通过PCT途径授权了3件专利", 3),
                                                  ("We were granted 5 PCT patents last year", 5)])
def test_a_count_of_granted_patents_is_still_read(message: str, granted: int) -> None:
    counts = [fact.value["granted"] for fact in understand_facts(message, AS_OF) if fact.field == "patents"]
    assert counts == [granted]


@pytest.mark.parametrize("message", ["2020年发明专利授权了3件，今年又申请了2件",
                                     "We got 3 PCT patents in 2020 and filed 2 more this year"])
def test_more_applications_add_no_grants(message: str) -> None:
    counts = [fact.value["granted"] for fact in understand_facts(message, AS_OF) if fact.field == "patents"]
    assert counts == [3]


@pytest.mark.parametrize("message", ["Last spring our sales team stayed at a hotel in Dalian",
                                     "We booked a hotel for the trade fair", "The hotel next to us was renovated"])
def test_a_one_word_english_label_not_said_of_the_company_names_nothing(message: str) -> None:
    assert _held(message, _english_terms("酒店")) == {}


@pytest.mark.parametrize("message", ["We are a hotel in the old town", "Our business is a small hotel",
                                     "We run a hotel by the sea", "The company operates a hotel"])
def test_a_one_word_english_label_said_of_the_company_names_it(message: str) -> None:
    assert "酒店" in _held(message, _english_terms("酒店"))


@pytest.mark.parametrize(("message", "label"), [
    ("我们是一家创新型企业", "创新企业"), ("公司属于服务型企业", "服务企业"), ("我们是科技型企业", "科技企业"),
    ("公司是总部企业的分支", "总部分支")])
def test_a_longer_different_name_with_de_or_xing_names_nothing(message: str, label: str) -> None:
    assert label not in _held(message, PolicyTerms("p", (_concept(label),)))


@pytest.mark.parametrize(("message", "label"), [("我们是区里的文化型企业", "文化企业"),
                                                ("我们是海淀的示范企业", "海淀示范企业")])
def test_de_or_xing_at_a_word_boundary_still_names_the_label(message: str, label: str) -> None:
    assert label in _held(message, PolicyTerms("p", (_concept(label),)))
