"""The sheet's bar chart as inline SVG (no network, no plotting library): one bar per measure,
numbered as in the table; the guaranteed part solid, the rest up to the maximum hatched, each
bar labelled with its amount — readable in black and white, no meaning carried by colour."""

from __future__ import annotations

import html
from dataclasses import dataclass

from assistant.pitch.model import PitchLine

WIDTH = 680
ROW = 20
TOP = 26
LABEL_WIDTH = 96
VALUE_WIDTH = 150
BAR_HEIGHT = 12
INK = "#000"


@dataclass(frozen=True)
class Bar:
    label: str
    guaranteed: int
    up_to: int | None
    """None: no amount stated (case by case)."""
    words: str


def bars(lines: tuple[PitchLine, ...]) -> list[Bar]:
    return [Bar(f"{number}. {line.citation}", line.amount_min_cny, line.amount_max_cny, line.amount_zh)
            for number, line in enumerate(lines, start=1)]


def _legend() -> str:
    return (f'<rect x="{LABEL_WIDTH}" y="4" width="14" height="10" fill="{INK}"/>'
            f'<text x="{LABEL_WIDTH + 18}" y="13">确定可得 guaranteed</text>'
            f'<rect x="{LABEL_WIDTH + 150}" y="4" width="14" height="10" fill="url(#hatch)" stroke="{INK}"/>'
            f'<text x="{LABEL_WIDTH + 168}" y="13">最高可得 up to</text>')


def amounts_svg(lines: tuple[PitchLine, ...]) -> str:
    """The chart, or "" when there is nothing to draw."""
    rows = bars(lines)
    scale_max = max([bar.up_to or bar.guaranteed for bar in rows], default=0)
    if scale_max <= 0:
        return ""
    span = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    height = TOP + ROW * len(rows) + 6
    parts = ['<defs><pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse" '
             f'patternTransform="rotate(45)"><rect width="5" height="5" fill="#fff"/>'
             f'<line x1="0" y1="0" x2="0" y2="5" stroke="{INK}" stroke-width="2"/></pattern></defs>', _legend()]
    for index, bar in enumerate(rows):
        y = TOP + ROW * index
        parts.append(f'<text x="0" y="{y + BAR_HEIGHT - 1}">{html.escape(bar.label)}</text>')
        most = bar.up_to if bar.up_to is not None else bar.guaranteed
        sure_width = span * bar.guaranteed / scale_max
        most_width = span * most / scale_max
        if most_width > sure_width:
            parts.append(f'<rect x="{LABEL_WIDTH + sure_width:.1f}" y="{y}" width="{most_width - sure_width:.1f}" '
                         f'height="{BAR_HEIGHT}" fill="url(#hatch)" stroke="{INK}" stroke-width="0.8"/>')
        if sure_width > 0:
            parts.append(f'<rect x="{LABEL_WIDTH}" y="{y}" width="{sure_width:.1f}" height="{BAR_HEIGHT}" '
                         f'fill="{INK}"/>')
        parts.append(f'<text x="{LABEL_WIDTH + max(most_width, sure_width) + 4:.1f}" y="{y + BAR_HEIGHT - 1}">'
                     f'{html.escape(bar.words)}</text>')
    parts.append(f'<line x1="{LABEL_WIDTH}" y1="{TOP - 3}" x2="{LABEL_WIDTH}" y2="{height - 4}" stroke="{INK}"/>')
    return (f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
            f'width="100%" font-family="&apos;Noto Sans CJK SC&apos;, sans-serif" font-size="10" fill="{INK}" '
            f'role="img" aria-label="金额 Amounts">{"".join(parts)}</svg>')
