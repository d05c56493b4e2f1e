"""Numbers, money and rates as written in Chinese policy text, with their spans.

Amounts are ``Decimal`` CNY. Chinese numerals are converted with cn2an, but only on
spans made entirely of numerals; mixed forms (``1亿3千万``, ``3千``) are split on their
unit characters first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")
CHINESE_DIGITS = "零〇一二两三四五六七八九"
CHINESE_NUMERAL_CHARS = CHINESE_DIGITS + "十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟"
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_UNITS = (("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4))

_ARABIC = r"[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?[十百千万亿]*(?:[0-9０-９.．]+[十百千万]*)*"
NUMBER = rf"(?:{_ARABIC}|[{CHINESE_NUMERAL_CHARS}]+)"
"""Arabic digits (with separators and unit characters, ``1亿3千万``) or Chinese numerals."""
_MONEY = re.compile(rf"(?P<num>{NUMBER})(?:\s?(?P<mult>[千万亿]+))?\s?元")
_MONEY_WITHOUT_YUAN = re.compile(
    rf"(?P<num>{_ARABIC})\s?(?P<mult>[万亿])(?!元)(?=\s*(?:的)?(?:一次性)?(?:[\u4e00-\u9fff]{{0,4}}?)"
    r"(?:奖励|补助|资助|补贴|奖补|扶持|贴息|配套|落户奖|运营经费|经费))")
"""``300万资助``, ``给予50万奖励``: an amount in 万 or 亿 with no 元, right before what it pays."""
_ITEM_WITHOUT_YUAN = rf"(?:{_ARABIC})\s?[万亿]"
_LIST_WITHOUT_YUAN = re.compile(
    rf"分别[^，。；;0-9０-９]{{0,12}}?(?P<list>{_ITEM_WITHOUT_YUAN}(?:\s*、\s*{_ITEM_WITHOUT_YUAN})+)(?![0-9０-９元])")
_LIST_ITEM_WITHOUT_YUAN = re.compile(rf"(?P<num>{_ARABIC})\s?(?P<mult>[万亿])")
"""``分别一次性给予企业10万、20万、30万``, ``分别扶持5000万、500万、200万``: a list of amounts after 分别, each in 万
or 亿 with no 元 (whatever follows the last one)."""
_BARE_LIST_ITEM = re.compile(rf"(?P<num>{_ARABIC})\s*[、，,]\s*$|(?P<num2>{_ARABIC})\s*(?:和|及|或)\s*$")
"""``100、50、30万元``: numbers listed before the amount whose unit they share."""
_RATE = re.compile(
    r"(?P<num>[0-9０-９]+(?:[.．][0-9０-９]+)?)\s*(?P<sign>[%％‰])|百分之(?P<cn>[" + CHINESE_NUMERAL_CHARS + "点]+)")
_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")


class NumberFormatError(ValueError):
    """A numeral could not be read."""


@dataclass(frozen=True)
class Mention:
    """A number found in text: its value, the characters it spans and the text as written."""

    value: Decimal
    start: int
    end: int
    written: str


_DIGIT_ORDER = "零一二三四五六七八九"
_BELOW_HUNDRED = re.compile(
    r"(?P<tens>[一二三四五六七八九])十(?P<ones>[一二三四五六七八九])?|(?P<digit>[零一二三四五六七八九])")
"""A numeral below a hundred as clause labels and counts print it (五, 一十五 — 十五 with its 一 —, 二十, 九十九)."""


def _below_hundred(normal: str) -> int | None:
    """The value of a numeral below a hundred (``_BELOW_HUNDRED``), else None. Clause labels (一、… 二十三、) and
    years (三年) are nearly all the numerals a policy prints, and cn2an takes ≈0.1 s of CPU to import (a fifth of a
    cold ingest), so these are read from the digits' order; cn2an reads every other numeral."""
    match = _BELOW_HUNDRED.fullmatch(normal)
    if match is None:
        return None
    if match["digit"]:
        return _DIGIT_ORDER.index(match["digit"])
    return 10 * _DIGIT_ORDER.index(match["tens"]) + (_DIGIT_ORDER.index(match["ones"]) if match["ones"] else 0)


def _chinese(text: str) -> Decimal:
    normal = text.replace("〇", "零").replace("两", "二")
    if normal[0] in _SMALL_UNITS:  # 十五, 百 → 一十五, 一百
        normal = "一" + normal
    small = _below_hundred(normal)
    if small is not None:
        return Decimal(small)
    import cn2an  # imports slowly (≈0.1 s of CPU): only when a numeral of a hundred or more is read

    try:
        return Decimal(str(cn2an.cn2an(normal, "normal")))
    except (ValueError, KeyError) as error:
        raise NumberFormatError(f"not a Chinese numeral: {text!r}") from error


def _small(text: str) -> Decimal:
    """A number below 10,000: ``3``, ``1.5``, ``3千``, ``三千``, ``2千5百``."""
    if not text:
        return Decimal(1)
    if all(ch in CHINESE_NUMERAL_CHARS for ch in text):
        return _chinese(text)
    total = Decimal(0)
    for digits, unit in re.findall(r"([0-9.]+)([十百千]?)", text):
        total += Decimal(digits) * _SMALL_UNITS.get(unit, 1)
    if not re.fullmatch(r"(?:[0-9.]+[十百千]?)+", text):
        raise NumberFormatError(f"not a number: {text!r}")
    return total


def parse_number(text: str) -> Decimal:
    """Read ``3000``, ``3,000``, ``1.3亿``, ``1亿3千万``, ``两千万``, ``五百`` as a Decimal."""
    raw = text.translate(FULLWIDTH_DIGITS).strip()
    if not raw:
        raise NumberFormatError("empty number")
    if "," in raw:
        if not _GROUPED.match(raw.split("万")[0].split("亿")[0]):
            raise NumberFormatError(f"misplaced thousands separator in {text!r}")
        raw = raw.replace(",", "")
    if all(ch in CHINESE_NUMERAL_CHARS for ch in raw):
        return _chinese(raw)
    try:
        total = Decimal(0)
        rest = raw
        for unit, multiplier in _BIG_UNITS:
            if unit in rest:
                head, rest = rest.split(unit, 1)
                total += _small(head) * multiplier
        if rest:
            # 1亿3千万 is split above; a bare tail after 万 or 亿 counts in units (1万5 is unusual)
            total += _small(rest)
        return total
    except (InvalidOperation, NumberFormatError) as error:
        raise NumberFormatError(f"not a number: {text!r}") from error


def _shared_unit_items(text: str, start: int, mult: str, offset: int) -> list[Mention]:
    """Bare numbers listed right before an amount, taking its unit: ``100、50、30万元``."""
    items: list[Mention] = []
    position = start
    while True:
        match = _BARE_LIST_ITEM.search(text, max(0, position - 24), position)
        if match is None or match.end() != position:
            return items[::-1]
        number = match["num"] or match["num2"]
        number_start = match.start("num") if match["num"] else match.start("num2")
        if number_start > 0 and re.match(r"[0-9０-９.．第]", text[number_start - 1]):
            return items[::-1]
        try:
            value = parse_number(number + mult)
        except NumberFormatError:
            return items[::-1]
        items.append(Mention(value, offset + number_start, offset + number_start + len(number), number))
        position = number_start


def find_money(text: str, offset: int = 0) -> list[Mention]:
    """Every amount of money in ``text``: ``…元``; ``300万`` before what it pays (资助, 奖励…); a list after
    分别 of amounts in 万 without 元 (``分别扶持5000万、500万``); the bare
    numbers of a list sharing the last one's unit (``100、50、30万元``). Spans are shifted by ``offset``."""
    found: list[Mention] = []
    listed = [item for whole in _LIST_WITHOUT_YUAN.finditer(text)
              for item in _LIST_ITEM_WITHOUT_YUAN.finditer(text, whole.start("list"), whole.end("list"))]
    matches = sorted([*_MONEY.finditer(text), *_MONEY_WITHOUT_YUAN.finditer(text), *listed],
                     key=lambda m: m.start())
    taken_until = -1
    for match in matches:
        if match.start() < taken_until:
            continue
        try:
            value = parse_number(match["num"] + (match["mult"] or ""))
        except NumberFormatError:
            continue
        unit = match["mult"] or re.search(r"[千万亿]*$", match["num"])[0]  # type: ignore[index]
        found += [m for m in _shared_unit_items(text, match.start(), unit, offset)
                  if m.start - offset > taken_until]
        found.append(Mention(value, offset + match.start(), offset + match.end(), match[0]))
        taken_until = match.end()
    return found


def find_rates(text: str, offset: int = 0) -> list[Mention]:
    """Every percentage (``30%``, ``50％``, ``百分之三十``) or per-mille rate (``3‰``) as a fraction."""
    found = []
    for match in _RATE.finditer(text):
        try:
            value = Decimal(match["num"].translate(FULLWIDTH_DIGITS)) if match["num"] is not None else \
                _chinese(match["cn"])
        except (NumberFormatError, InvalidOperation):
            continue  # 百分之万 is not a rate
        scale = 1000 if match["sign"] == "‰" else 100
        found.append(Mention(value / scale, offset + match.start(), offset + match.end(), match[0]))
    return found


def parse_percent(text: str) -> Decimal:
    """A percentage as written (``50%``, ``５０％``, ``12.5 %``) as a fraction: ``Decimal('0.5')``."""
    match = _RATE.fullmatch(text.strip())
    if match is None or match["num"] is None:
        raise NumberFormatError(f"not a percentage: {text!r}")
    try:
        return Decimal(match["num"].translate(FULLWIDTH_DIGITS)) / 100
    except InvalidOperation as error:
        raise NumberFormatError(f"not a percentage: {text!r}") from error


def to_cny(value: Decimal) -> int:
    """Integer CNY; amounts in policies are whole yuan."""
    return int(value.to_integral_value())


def decimal_text(value: Decimal) -> str:
    """Canonical decimal string without trailing zeros: ``Decimal('0.30')`` → ``'0.3'``."""
    text = format(value.normalize(), "f")
    return text


def numeral_value(label: str) -> int:
    """The integer of a clause label numeral: ``十五`` → 15, ``12`` → 12."""
    raw = label.translate(FULLWIDTH_DIGITS)
    if raw.isdigit():
        return int(raw)
    return int(_chinese(raw))
