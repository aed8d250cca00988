"""Draws a grouped bar chart as a standalone SVG file, so the benchmark charts need no plotting library."""

import math
from html import escape

BAR_WIDTH = 22
GROUP_GAP = 40
PLOT_HEIGHT = 260
MARGIN_LEFT = 56
MARGIN_TOP = 48
MARGIN_BOTTOM = 40
LEGEND_WIDTH = 150
MAX_GRID_LINES = 6


def grid_step(maximum):
    """The smallest round step (1, 2, 2.5 or 5 times a power of ten) that covers maximum in MAX_GRID_LINES steps."""
    wanted = maximum / MAX_GRID_LINES
    power = 1.0
    while power * 10 < wanted:
        power *= 10
    while power > wanted:
        power /= 10
    return next(power * multiple for multiple in (1, 2, 2.5, 5, 10) if power * multiple >= wanted)


def bar_chart(title, groups, series, reference=None):
    """groups: [(label, {series name: value or None})]; series: [(name, colour)]. Returns SVG text.

    A None value leaves a gap with "n/a" under it; reference, a (label, value) pair, draws a
    dashed line at that value and names it in the legend.
    """
    reference_line = reference[1] if reference else None
    present = [values[name] for _, values in groups for name, _ in series if values.get(name) is not None]
    maximum = max(present + [reference_line or 0])
    step = grid_step(maximum)
    grid_lines = math.ceil(maximum / step)
    top = step * grid_lines
    group_width = BAR_WIDTH * len(series) + GROUP_GAP
    plot_width = group_width * len(groups)
    # About 7 px per character of the 14 px title font, so that a long title is not clipped.
    width = max(MARGIN_LEFT + plot_width + LEGEND_WIDTH, len(title) * 7 + 40)
    height = MARGIN_TOP + PLOT_HEIGHT + MARGIN_BOTTOM

    def y_of(value):
        return MARGIN_TOP + PLOT_HEIGHT * (1 - value / top)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'font-family="sans-serif" font-size="11">',
             f'<rect width="{width}" height="{height}" fill="white"/>',
             f'<text x="{width / 2:.0f}" y="22" font-size="14" text-anchor="middle">{escape(title)}</text>']
    for line in range(grid_lines + 1):
        value = step * line
        y = y_of(value)
        parts.append(f'<line x1="{MARGIN_LEFT}" y1="{y:.1f}" x2="{MARGIN_LEFT + plot_width}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{MARGIN_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{value:g}</text>')
    for index, (label, values) in enumerate(groups):
        left = MARGIN_LEFT + index * group_width + GROUP_GAP / 2
        for offset, (name, colour) in enumerate(series):
            x = left + offset * BAR_WIDTH
            value = values.get(name)
            if value is None:
                parts.append(f'<text x="{x + BAR_WIDTH / 2:.1f}" y="{y_of(0) - 4:.1f}" text-anchor="middle" '
                             f'font-size="9">n/a</text>')
                continue
            y = y_of(value)
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{BAR_WIDTH - 2}" height="{y_of(0) - y:.1f}" '
                         f'fill="{colour}"><title>{escape(name)}: {value:.2f}</title></rect>')
            parts.append(f'<text x="{x + BAR_WIDTH / 2 - 1:.1f}" y="{y - 3:.1f}" text-anchor="middle" '
                         f'font-size="9">{value:.2f}</text>')
        parts.append(f'<text x="{left + BAR_WIDTH * len(series) / 2:.1f}" y="{y_of(0) + 16:.1f}" '
                     f'text-anchor="middle">{escape(label)}</text>')
    if reference_line is not None:
        y = y_of(reference_line)
        parts.append(f'<line x1="{MARGIN_LEFT}" y1="{y:.1f}" x2="{MARGIN_LEFT + plot_width}" y2="{y:.1f}" '
                     f'stroke="black" stroke-dasharray="4 3"/>')
    parts.append(f'<line x1="{MARGIN_LEFT}" y1="{y_of(0):.1f}" x2="{MARGIN_LEFT + plot_width}" y2="{y_of(0):.1f}" stroke="black"/>')
    legend_x = MARGIN_LEFT + plot_width + 20
    for index, (name, colour) in enumerate(series):
        y = MARGIN_TOP + 10 + index * 20
        parts.append(f'<rect x="{legend_x}" y="{y - 10}" width="12" height="12" fill="{colour}"/>')
        parts.append(f'<text x="{legend_x + 18}" y="{y}">{escape(name)}</text>')
    if reference:
        y = MARGIN_TOP + 10 + len(series) * 20
        parts.append(f'<line x1="{legend_x}" y1="{y - 4}" x2="{legend_x + 12}" y2="{y - 4}" stroke="black" stroke-dasharray="4 3"/>')
        parts.append(f'<text x="{legend_x + 18}" y="{y}">{escape(reference[0])}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
