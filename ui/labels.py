"""The interface's words in Chinese and English; the page shows both, or one by the switch."""

from __future__ import annotations

from typing import Literal

Mode = Literal["both", "zh", "en"]
MODES: list[tuple[str, str]] = [("中文 English", "both"), ("中文", "zh"), ("English", "en")]

LABELS: dict[str, tuple[str, str]] = {
    "as_of": ("测算日期", "As of (YYYY-MM-DD)"),
    "tab_chat": ("对话", "Chat"),
    "chatbot": ("对话", "Chat"),
    "message": ("您的问题或企业情况", "Your question or your company"),
    "send": ("发送", "Send"),
    "examples": ("示例", "Examples"),
    "profile": ("已理解的企业情况（可修改值；清空即删除）",
                "What we understood (edit a value; empty it to drop the fact)"),
    "apply": ("按修改重新测算", "Recalculate with my edits"),
    "tab_check": ("企业测算", "Company check"),
    "check_profile": ("企业画像", "Company profile (JSON)"),
    "calculate": ("测算", "Calculate"),
    "copy": ("用A填充变体", "Copy A to the variant"),
    "tab_pitch": ("招商材料", "Pitch sheet"),
    "pitch_profile": ("意向企业画像", "Prospective company (JSON)"),
    "generate": ("生成", "Generate"),
    "pitch_issuer": ("出具单位与联系人（本浏览器记住）", "Issued by (remembered in this browser)"),
    "issuer_organisation": ("出具单位", "Issuing organisation"),
    "issuer_person": ("联系人", "Contact person"),
    "issuer_phone": ("电话", "Phone"),
    "issuer_email": ("电子邮箱", "E-mail"),
    "issuer_valid_days": ("报价有效天数", "Offer valid for (days)"),
    "issuer_logo": ("徽标（PNG/JPEG，不超过 300 KB，可不选）", "Logo (PNG/JPEG, at most 300 KB, optional)"),
    "issuer_no_logo": ("不用徽标", "No logo"),
    "tab_explore": ("图谱", "Explore"),
    "filter": ("按资质/级别筛选", "Filter by qualification or level"),
    "node": ("图中点选的节点", "Node clicked in the graph"),
    "provision": ("条款与交叉引用", "Provision and its cross-references"),
    "run": ("运行", "Run"),
    "cross_references": ("交叉引用", "Cross-references"),
    "legend": ("图例", "Legend"),
    "provisions_count": ("条规定", "provisions"),
    "scratch_upload": ("政策文件", "Policy file"),
    "tab_text": ("原文", "Policy text"),
    "find_clause": ("在条文中查找（中文或英文）", "Find clauses (Chinese or English words)"),
    "find": ("查找", "Find"),
    "language": ("界面语言", "Interface language"),
    "sparql_heading": ("**SPARQL 查询**（只读，限行数与时间）",
                       "**SPARQL query** (read-only, limited in rows and time)"),
    "scratch_heading": ("**试读另一政策**（.txt/.md/.html，不超过 1 MB；不写入图谱库）",
                        "**Try another policy** (.txt/.md/.html, at most 1 MB; not added to the store)"),
    "valid": ("有效期", "Valid"),
    "as_of_short": ("测算日期", "As of"),
    "input_error": ("输入有误", "Input error"),
    "bad_date": ("测算日期应写作 YYYY-MM-DD（如 2024-06-30），现为：",
                 "The as-of date must be YYYY-MM-DD (e.g. 2024-06-30); it reads:"),
    "expired": ("已失效", "EXPIRED"),
    "in_force": ("有效", "In force"),
    "company_a": ("企业 A", "Company A"),
    "variant_b": ("变体 B（可选）", "What-if variant B (optional)"),
    "more_facts": ("更多情况", "More facts"),
    "allowed": ("可填写的值", "Values the tables take"),
    "json_io": ("JSON 导入导出", "JSON in and out"),
    "json_to_form": ("JSON → 表单A", "JSON → form A"),
    "form_to_json": ("表单A → JSON", "Form A → JSON"),
    "profile_file": ("上传企业画像 JSON", "Upload a profile (JSON)"),
    "clear_variant": ("清空变体", "Clear the variant"),
    "from_check": ("用企业测算中的企业 A", "Use company A from the company check"),
    "form.name": ("企业名称", "Company name"),
    "form.location.in_zone": ("在政策区域内注册经营", "Registered and operating in the area"),
    "form.location.planned_departure": ("计划迁出日期", "Planned departure date"),
    "form.location.settled_year": ("在本地设立或迁入的年份", "Year set up in or moved into the area"),
    "form.location.newly_settled": ("新设立或新迁入（老企业：否）", "Newly set up or moved in (long established: no)"),
    "form.patent_funding_received_cny": ("已获专利资助（元）", "Patent funding received (yuan)"),
    "form.investment_total_cny": ("项目总投资（元）", "Total investment (yuan)"),
    "form.other_funding_cny": ("同一投资已获政府资金（元）", "Other government funding, same investment (yuan)"),
    "form.qualifications": ("资质与企业类型", "Recognitions and enterprise types"),
    "form.platforms": ("创新平台", "Innovation platforms"),
    "form.listings": ("上市", "Listings"),
    "form.standards": ("牵头制定的标准", "Standards led as first drafter"),
    "form.patents": ("知识产权（授权数）", "Intellectual property granted"),
    "form.equipment": ("首台套装备", "First-of-kind equipment"),
    "form.holdings": ("项目与人才", "Projects and talent"),
    "form.policy_concepts": ("本政策的其他对象", "Other beneficiaries named by this policy"),
    "form.rd_expense": ("研发经费（按年）", "R&D expenditure by year"),
    "form.quantities": ("其他基数（按年）", "Other base quantities by year"),
}
COLUMNS: dict[str, tuple[str, str]] = {
    "id": ("资质", "recognition"), "type": ("类型", "type"), "board": ("板块", "board"),
    "exchange": ("交易所", "exchange"), "domestic": ("境内", "domestic"), "ipo": ("首发", "IPO"),
    "level": ("级别", "level"), "date": ("日期", "date"), "round": ("轮次", "round"), "held": ("具备", "held"),
    "relocated_into_zone": ("迁入", "relocated into the zone"), "first_drafter": ("第一起草人", "first drafter"),
    "granted": ("授权数", "granted"), "contract_amount_cny": ("合同金额(元)", "contract amount (yuan)"),
    "year": ("年份", "year"), "amount_cny": ("金额(元)", "amount (yuan)"), "currency": ("币种", "currency"),
    "quantity": ("基数", "quantity"),
    "date_precision": ("精度", "date precision"), "label": ("名称", "name"), "tier": ("档次", "tier"),
    "operating_until": ("运行至", "operating until"), "valid_on": ("有效期内（截至）", "still valid on"),
    "count": ("数量", "count"),
    "bound": ("至少或约数", "at least or about"),
    "profile.field": ("字段", "field"), "profile.value": ("值", "value (JSON)"),
    "profile.words": ("原话", "your words"),
}
"""A table column's words: the header shows the Chinese and the field's id (``日期 date``), or
one language by the switch."""
CHOICES: dict[str, list[tuple[tuple[str, str], str]]] = {
    "yes_no_unknown": [(("是", "yes"), "yes"), (("否", "no"), "no"), (("未知", "unknown"), "")],
}
"""A radio's choices: (words, value)."""
ALL_CONCEPTS = ("全部", "all")
"""The filter's first choice, which filters nothing."""
NODE_KINDS: dict[str, tuple[str, str]] = {"qualification": ("资质", "qualification"), "level": ("级别", "level"),
                                          "base_quantity": ("基数", "base quantity")}
"""The explorer's kinds of shared node, as the filter names them."""
LEGEND_KINDS: dict[str, tuple[str, str]] = {"provision": ("条款", "provision"), **NODE_KINDS,
                                            "clause": ("章节", "clause")}
"""Every kind of node of the explorer's graph, as its legend names them."""


def in_mode(zh: str, en: str, mode: str) -> str:
    return zh if mode == "zh" else en if mode == "en" else f"{zh} {en}"


def label(key: str, mode: str = "both") -> str:
    """``key``'s words for ``mode``: Chinese, English, or both (the default)."""
    return in_mode(*LABELS[key], mode)


def column_header(column: str, mode: str = "both") -> str:
    """A table column's header; with both languages it is the Chinese and the field's id."""
    zh, en = COLUMNS[column]
    if mode == "both" and not column.startswith("profile."):
        return f"{zh} {column}"
    return in_mode(zh, en, mode)


def column_headers(columns: tuple[str, ...] | list[str], mode: str = "both") -> list[str]:
    return [column_header(column, mode) for column in columns]


def header_variants(column: str) -> tuple[str, ...]:
    """Every header ``column`` can have on the page (the table may still show another language)."""
    return tuple(dict.fromkeys(column_header(column, mode) for mode in ("both", "zh", "en")))


def choices(key: str, mode: str = "both") -> list[tuple[str, str]]:
    return [(in_mode(zh, en, mode), value) for (zh, en), value in CHOICES[key]]


def legend_name(kind: str, mode: str = "both") -> str:
    """A kind of node of the explorer's graph in words (条款 provision, 资质 qualification…)."""
    return in_mode(*LEGEND_KINDS.get(kind, ("节点", "node")), mode)


# ---- the guided profile form (engineer form): words added here, at the end, to keep merges apart
LABELS.update({
    "add_heading": ("添加一项情况", "Add a fact"),
    "add_kind": ("类别", "Kind"),
    "add_item": ("名称", "Which"),
    "add_level": ("级别", "Level"),
    "add_round": ("轮次", "Round"),
    "add_date": ("日期（如 2023-12、2023年12月）", "Date (e.g. 2023-12)"),
    "add_year": ("年份", "Year"),
    "add_amount": ("金额或数量（如 3000万、3.5亿）", "Amount or number (e.g. 3000万, 30,000,000)"),
    "add": ("添加到表格", "Add to the table"),
    "added_nothing": ("请先选择名称", "Choose which one first"),
    "export": ("导出 JSON", "Export as JSON"),
    "export_json": ("企业情况（JSON，只读）", "The company as JSON (read-only)"),
    "download_json": ("下载 JSON", "Download JSON"),
    "chat_form": ("已理解的企业情况（可修改、添加或清空，然后重新测算）",
                  "What we understood (edit, add or empty a value, then recalculate)"),
    "your_words": ("您的原话", "Your words"),
    "not_applied": ("修改未生效", "The edit was not applied"),
    "example_company": ("示例企业（可直接修改或清空）", "An example company (edit it or clear it)"),
    "clear_form": ("清空表单", "Clear the form"),
    "result_json": ("测算结果（JSON，供开发者）", "The result as JSON (for developers)"),
})
CHOICES["in_area"] = [(("在区内", "in the area"), "yes"), (("区外", "outside"), "no"), (("未知", "unknown"), "")]


def form_headers(columns: tuple[str, ...] | list[str], mode: str = "both") -> list[str]:
    """The profile form's table headers: words in the interface language (资质 recognition with
    both), never the field's id."""
    return [in_mode(*COLUMNS[column], mode) for column in columns]


def form_header_variants(column: str) -> tuple[str, ...]:
    """Every header a form table's column can have on the page (the words in each language, and
    the older Chinese-and-id header)."""
    return tuple(dict.fromkeys([*(in_mode(*COLUMNS[column], mode) for mode in ("both", "zh", "en")),
                                *header_variants(column)]))
