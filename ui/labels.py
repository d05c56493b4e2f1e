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
    "check_variant": ("变体（可选）", "What-if variant B (optional, JSON)"),
    "calculate": ("测算", "Calculate"),
    "copy": ("用A填充变体", "Copy A to the variant"),
    "tab_pitch": ("招商材料", "Pitch sheet"),
    "pitch_profile": ("意向企业画像", "Prospective company (JSON)"),
    "generate": ("生成", "Generate"),
    "tab_explore": ("图谱", "Explore"),
    "filter": ("按资质/级别筛选", "Filter by qualification or level"),
    "node": ("图中点选的节点", "Node clicked in the graph"),
    "provision": ("条款与交叉引用", "Provision and its cross-references"),
    "run": ("运行", "Run"),
    "tab_text": ("原文", "Policy text"),
    "language": ("界面语言", "Interface language"),
}


def label(key: str, mode: str = "both") -> str:
    """``key``'s words for ``mode``: Chinese, English, or both (the default)."""
    zh, en = LABELS[key]
    if mode == "zh":
        return zh
    if mode == "en":
        return en
    return f"{zh} {en}"
