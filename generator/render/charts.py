"""Small charts drawn at build time as inline SVG: no script, readable without colour, right to left.

Time runs from right (oldest) to left (newest), as Arabic text reads. Every chart says its
figures in words (aria-label and <title>), so a screen reader gets what the bars show.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from markupsafe import Markup, escape

from generator.render.strings import Strings
from generator.text.display import format_month

Month = tuple[int, int]  # (year, month)

CHART_WIDTH, CHART_HEIGHT = 600, 100
SPARK_WIDTH, SPARK_HEIGHT = 100, 20
MIN_BAR = 2  # a month with anything in it shows at least this high
LISTED_MONTHS = 24  # a chart's words list each month up to this many months with figures
SHORTEST_SPAN = 12  # months: two mentions a month apart still make a readable chart


def month_of(day: dt.date) -> Month:
    return (day.year, day.month)


def month_range(first: Month, last: Month) -> list[Month]:
    """Every month from first to last, both included."""
    months, (year, month) = [], first
    while (year, month) <= last:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def span(first: Month, last: Month) -> list[Month]:
    """The months a chart of figures from `first` to `last` spans: those, and at least the
    SHORTEST_SPAN months up to `last`."""
    year, month0 = divmod(last[0] * 12 + last[1] - SHORTEST_SPAN, 12)
    return month_range(min(first, (year, month0 + 1)), last)


@dataclass(frozen=True)
class Series:
    """Figures per month over a run of months (zeros included), oldest first."""

    months: tuple  # Month
    values: tuple  # int

    @classmethod
    def of(cls, counts: Counter, months: list[Month] | None = None) -> "Series":
        months = months or (month_range(min(counts), max(counts)) if counts else [])
        return cls(tuple(months), tuple(counts.get(m, 0) for m in months))

    @classmethod
    def spanning(cls, counts: Counter) -> "Series":
        """The figures over their own months (see span): an entity's chart changes only when an
        article that mentions it comes or goes, not with every month the archive gains."""
        return cls.of(counts, span(min(counts), max(counts)) if counts else [])

    @property
    def total(self) -> int:
        return sum(self.values)


def _bars(series: Series, width: float, height: float) -> list[tuple[int, float, float, float, float]]:
    """(month index, x, y, w, h) of the bar of each month with a figure, the oldest on the right."""
    top = max(series.values, default=0) or 1
    step = width / max(len(series.months), 1)
    gap = step * 0.15 if step > 3 else 0
    w = round(step - gap, 2)
    bars = []
    for i, value in enumerate(series.values):
        if value:
            h = max(MIN_BAR * height / 100, height * value / top)
            bars.append((i, round(width - (i + 1) * step + gap / 2, 2), round(height - h, 2), w, round(h, 2)))
    return bars


def _month_label(month: Month, strings: Strings) -> str:
    return strings.number(format_month(*month))


def describe(series: Series, noun: str, strings: Strings, each_month: bool = True) -> str:
    """The chart in words: the total over the months, the busiest month, each month's figure."""
    words = [strings.text("charts.summary", count=strings.count(noun, series.total),
                          months=strings.count("month", len(series.months)))]
    if series.total:
        peak = max(range(len(series.values)), key=lambda i: (series.values[i], i))
        words.append(strings.text("charts.peak", month=_month_label(series.months[peak], strings),
                                  count=strings.count(noun, series.values[peak])))
    busy = [(m, v) for m, v in zip(series.months, series.values) if v] if each_month else []
    if each_month and 1 < len(busy) <= LISTED_MONTHS:
        words += [strings.text("charts.month", month=_month_label(m, strings), count=strings.count(noun, v))
                  for m, v in busy]
    return "، ".join(words)


def _svg_open(css_class: str, width: int, height: int, label: str, role: str = "img") -> str:
    return (f'<svg class="{css_class}" viewBox="0 0 {width} {height}" preserveAspectRatio="none" '
            f'role="{role}" aria-label="{escape(label)}" focusable="false">')


def _close_with_axis(series: Series, strings: Strings) -> str:
    """The base line, the end of the SVG, and the first and last months under it (oldest on the right)."""
    first, last = _month_label(series.months[0], strings), _month_label(series.months[-1], strings)
    axis = f"<span>{escape(first)}</span>" + (f"<span>{escape(last)}</span>" if last != first else "")
    return (f'<line class="chart__base" x1="0" y1="{CHART_HEIGHT}" x2="{CHART_WIDTH}" y2="{CHART_HEIGHT}"/></svg>'
            f'<div class="chart__axis" aria-hidden="true">{axis}</div>')


def bar_chart(series: Series, noun: str, strings: Strings) -> Markup:
    """An entity's mentions per month: a bar a month, its figure in its <title>, the first and
    last months named under it."""
    if not series.months:
        return Markup("")
    parts = [_svg_open("chart", CHART_WIDTH, CHART_HEIGHT, describe(series, noun, strings))]
    for i, x, y, w, h in _bars(series, CHART_WIDTH, CHART_HEIGHT):
        words = strings.text("charts.month", month=_month_label(series.months[i], strings),
                             count=strings.count(noun, series.values[i]))
        parts.append(f'<rect class="chart__bar" x="{x}" y="{y}" width="{w}" height="{h}"><title>{escape(words)}</title></rect>')
    return Markup("".join(parts) + _close_with_axis(series, strings))


def sparkline(series: Series, noun: str, strings: Strings) -> Markup:
    """A row's trend in a table: one path of bars over the listing's common months."""
    if not series.total:
        return Markup("")
    path = " ".join(f"M{x} {SPARK_HEIGHT}v-{h}h{w}v{h}z" for _, x, _, w, h in _bars(series, SPARK_WIDTH, SPARK_HEIGHT))
    # In a table of many rows the words stay short: the total and the busiest month.
    label = describe(series, noun, strings, each_month=False)
    return Markup(_svg_open("sparkline", SPARK_WIDTH, SPARK_HEIGHT, label)
                  + f'<path class="sparkline__bars" d="{path}"/></svg>')


def linked_bar_chart(series: Series, noun: str, strings: Strings, href, label: str) -> Markup:
    """Bars that are links (the chronology's events per month, each bar to its month): a
    navigation of links, each named by its <title> with its month and figure."""
    if not series.months:
        return Markup("")
    parts = [f'<nav class="chart-nav" aria-label="{escape(label)}">',
             _svg_open("chart chart--linked", CHART_WIDTH, CHART_HEIGHT, label, role="group")]
    for i, x, y, w, h in _bars(series, CHART_WIDTH, CHART_HEIGHT):
        month = series.months[i]
        words = strings.text("charts.month", month=_month_label(month, strings), count=strings.count(noun, series.values[i]))
        # The whole column is the target, so that a month with one event is easy to hit.
        parts.append(f'<a href="{escape(href(month))}"><title>{escape(words)}</title>'
                     f'<rect class="chart__hit" x="{x}" y="0" width="{w}" height="{CHART_HEIGHT}"/>'
                     f'<rect class="chart__bar" x="{x}" y="{y}" width="{w}" height="{h}"/></a>')
    return Markup("".join(parts) + _close_with_axis(series, strings) + "</nav>")
