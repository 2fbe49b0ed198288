"""The Time Release Study's charts, defined once for the PDF and the screen.

Each function builds a ReportLab ``Drawing`` (its own graphics charts): the
TRS report places it in the story as a flowable, and the dashboard renders
the same drawing to SVG for Qt's SVG widget. Every text is set in the bundled
DejaVu face (Turkmen ň ş ž, Cyrillic) and comes from the message catalogue in
the requested language.

A chart also lists its clickable regions — the band of each category, in
drawing coordinates — with the key of the records behind it, so the screen
can open them in the inspection list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from inspector.domain.enums import Agency, Decision
from inspector.domain.i18n import label, tr
from inspector.reports import fonts

INK = colors.HexColor("#1a1a1a")
GRID = colors.HexColor("#d9d9d9")
MEDIAN = colors.HexColor("#2f6db5")
P75 = colors.HexColor("#7fa7d9")
P90 = colors.HexColor("#c0504d")
COUNT = colors.HexColor("#9aa5b1")
DECISION_COLORS = {
    Decision.RELEASE: "#4e9a5b", Decision.RELEASE_CONDITIONAL: "#9bc46d",
    Decision.TREATMENT_REQUIRED: "#e2c044", Decision.HOLD_FOR_LAB: "#e39b3b",
    Decision.DETAIN: "#d9653b", Decision.RETURN_TO_ORIGIN: "#b83b3b",
    Decision.REFUSE_ENTRY: "#7d2a57", Decision.DESTROY: "#3d3d3d",
}
FONT_SIZE = 7.5


class ChartDrawing(Drawing):
    """A drawing whose renderers start in the bundled font.

    PDF and SVG renderers begin from the drawing's own font state, Helvetica
    unless it says otherwise — a standard-14 font the reports never reference.
    """

    def __init__(self, width: float, height: float) -> None:
        super().__init__(width, height)
        self.initialFontName = fonts.REGULAR
        self.initialFontSize = FONT_SIZE


@dataclass
class Region:
    """A clickable band of a chart: ``key`` names the records behind it."""

    x0: float
    y0: float
    x1: float
    y1: float
    key: tuple

    def contains(self, x: float, y: float) -> bool:
        return self.x0 <= x <= self.x1 and self.y0 <= y <= self.y1


@dataclass
class Chart:
    drawing: Drawing
    regions: list[Region] = field(default_factory=list)

    def key_at(self, x: float, y: float) -> tuple | None:
        """The key of the region at drawing coordinates (origin bottom left)."""
        return next((r.key for r in self.regions if r.contains(x, y)), None)


def _text(drawing: Drawing, x: float, y: float, text: str, size: float = FONT_SIZE, bold: bool = False,
          anchor: str = "start") -> None:
    drawing.add(String(x, y, text, fontName=fonts.BOLD if bold else fonts.REGULAR, fontSize=size,
                       fillColor=INK, textAnchor=anchor))


def _frame(title: str, width: float, height: float) -> tuple[Drawing, float]:
    """A drawing with its title (if any); returns it and the y below the title."""
    drawing = ChartDrawing(width, height)
    if not title:
        return drawing, height
    _text(drawing, 0, height - 10, title, 9, bold=True)
    return drawing, height - 18


LEGEND_ROW = 11


def empty(title: str, message: str, width: float = 480, height: float = 70) -> Chart:
    """A chart with nothing to draw: its title and why (no records, none released yet)."""
    drawing, top = _frame(title, width, height)
    drawing.add(String(width / 2, top / 2, message, fontName=fonts.REGULAR, fontSize=FONT_SIZE + 1,
                       fillColor=colors.HexColor("#6b6b6b"), textAnchor="middle"))
    return Chart(drawing)


def _style_axis(axis, *, grid: bool = False) -> None:
    axis.labels.fontName = fonts.REGULAR
    axis.labels.fontSize = FONT_SIZE
    axis.labels.fillColor = INK
    axis.strokeColor = INK
    axis.strokeWidth = 0.5
    if grid:
        axis.visibleGrid = True
        axis.gridStrokeColor = GRID
        axis.gridStrokeWidth = 0.4


def _legend(drawing: Drawing, x: float, y: float, entries: Sequence[tuple[colors.Color, str]],
            rows: int = 1) -> None:
    """Colour keys in ``rows`` rows, left to right."""
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.fontName = fonts.REGULAR
    legend.fontSize = FONT_SIZE
    legend.boxAnchor = "nw"
    legend.columnMaximum = rows
    legend.dx = legend.dy = 6
    legend.deltay = LEGEND_ROW
    legend.deltax = 10
    legend.dxTextSpace = 4
    legend.strokeWidth = 0
    legend.colorNamePairs = list(entries)
    drawing.add(legend)


def time_unit(values: Sequence[float | None]) -> tuple[str, float]:
    """Minutes for short times, hours when the largest exceeds five hours."""
    largest = max((v for v in values if v is not None), default=0)
    return ("hours", 3600.0) if largest > 5 * 3600 else ("minutes", 60.0)


def _scaled(values: Sequence[int | None], divisor: float) -> list[float]:
    # ReportLab draws no bar for None; 0 keeps the category's place.
    return [round(v / divisor, 2) if v is not None else 0 for v in values]


def _gaps(values: Sequence[int | None], divisor: float) -> list[float | None]:
    return [round(v / divisor, 2) if v is not None else None for v in values]


def _short(text: str, length: int = 34) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def _bands_vertical(chart, keys: Sequence[tuple]) -> list[Region]:
    n = len(keys)
    if not n:
        return []
    step = chart.width / n
    return [Region(chart.x + i * step, chart.y, chart.x + (i + 1) * step, chart.y + chart.height, key)
            for i, key in enumerate(keys)]


def _bands_horizontal(chart, keys: Sequence[tuple]) -> list[Region]:
    """Category 0 is drawn at the bottom of a horizontal bar chart."""
    n = len(keys)
    if not n:
        return []
    step = chart.height / n
    return [Region(chart.x - chart.x, chart.y + i * step, chart.x + chart.width, chart.y + (i + 1) * step, key)
            for i, key in enumerate(keys)]


def percentile_bars(title: str, categories: Sequence[str], keys: Sequence[tuple],
                    series: Sequence[tuple[str, colors.Color, Sequence[int | None]]], lang: str,
                    width: float = 480, height: float = 220, label_width: float = 180,
                    legend_rows: int = 1) -> Chart:
    """Horizontal bars of durations (seconds) per category, one bar per series
    (median, 75th, 90th percentile), categories top to bottom."""
    if not categories or all(v is None for _, _, values in series for v in values):
        return empty(title, tr("trs.nothing", lang), width)
    drawing, top = _frame(title, width, height)
    unit, divisor = time_unit([v for _, _, values in series for v in values])
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 30
    chart.width, chart.height = width - label_width - 10, top - LEGEND_ROW * legend_rows - 10 - 30
    # Categories are drawn bottom-up: reverse so the first reads at the top.
    # Within a group the first series is drawn lowest: reverse so the median reads first.
    chart.data = [list(reversed(_scaled(values, divisor))) for _, _, values in reversed(series)]
    chart.categoryAxis.categoryNames = [_short(c, 38) for c in reversed(categories)]
    _style_axis(chart.categoryAxis)
    _style_axis(chart.valueAxis, grid=True)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = _number_format
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.barSpacing = 0.5
    chart.groupSpacing = 4
    chart.bars.strokeWidth = 0
    chart.bars.strokeColor = None
    for n, (_, color, _) in enumerate(reversed(series)):
        chart.bars[n].fillColor = color
    drawing.add(chart)
    _text(drawing, chart.x + chart.width, 8, tr("trs.axis_time", lang, unit=tr(f"trs.{unit}", lang)),
          anchor="end")
    _legend(drawing, 0 if legend_rows > 1 else label_width, top + 2, [(color, name) for name, color, _ in series],
            rows=legend_rows)
    return Chart(drawing, _bands_horizontal(chart, list(reversed(keys))))


def count_bars(title: str, categories: Sequence[str], keys: Sequence[tuple], counts: Sequence[float], lang: str,
               *, axis: str = "trs.axis_records", color: colors.Color = COUNT, width: float = 480,
               height: float = 200, label_width: float = 190, percent: bool = False,
               nothing: str = "trs.nothing") -> Chart:
    """Horizontal bars of counts (or shares) per category, top to bottom;
    the message ``nothing`` (a catalogue key) when every count is 0."""
    if not any(counts):
        return empty(title, tr(nothing, lang), width)
    drawing, top = _frame(title, width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 26
    chart.width, chart.height = width - label_width - 34, top - 4 - 26
    chart.data = [list(reversed([c * 100 if percent else c for c in counts])) or [0]]
    chart.categoryAxis.categoryNames = [_short(c, 40) for c in reversed(categories)] or [""]
    _style_axis(chart.categoryAxis)
    _style_axis(chart.valueAxis, grid=True)
    chart.valueAxis.valueMin = 0
    if percent:
        chart.valueAxis.valueMax = 100
        chart.valueAxis.valueStep = 20
    chart.valueAxis.labelTextFormat = _number_format
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.bars.strokeWidth = 0
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = color
    chart.barLabelFormat = (lambda v: f"{v:.0f} %") if percent else _count_format
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = FONT_SIZE - 0.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    _text(drawing, chart.x + chart.width, 6, tr(axis, lang), anchor="end")
    return Chart(drawing, _bands_horizontal(chart, list(reversed(keys))))


def decisions_by_agency(title: str, agencies: Sequence[tuple[Agency, dict[str, int]]], lang: str,
                        width: float = 480, height: float = 170) -> Chart:
    """One stacked bar per agency: its signed decisions, least restrictive first."""
    if not any(counts.get(d.value) for _, counts in agencies for d in Decision):
        return empty(title, tr("trs.nothing", lang), width)
    drawing, top = _frame(title, width, height)
    used = [d for d in Decision if any(counts.get(d.value) for _, counts in agencies)]
    label_width = 150
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 26
    chart.width, chart.height = width - label_width - 10, top - 3 * LEGEND_ROW - 12 - 26
    rows = list(reversed(agencies))
    chart.data = [[counts.get(d.value, 0) for _, counts in rows] for d in used] or [[0]]
    chart.categoryAxis.categoryNames = [_short(label(a, lang), 30) for a, _ in rows] or [""]
    chart.categoryAxis.style = "stacked"
    _style_axis(chart.categoryAxis)
    _style_axis(chart.valueAxis, grid=True)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = _number_format
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.bars.strokeWidth = 0
    chart.bars.strokeColor = None
    for n, decision in enumerate(used):
        chart.bars[n].fillColor = colors.HexColor(DECISION_COLORS[decision])
    drawing.add(chart)
    _text(drawing, chart.x + chart.width, 6, tr("trs.axis_records", lang), anchor="end")
    _legend(drawing, 0, top + 2, [(colors.HexColor(DECISION_COLORS[d]), label(d, lang)) for d in used], rows=3)
    totals = [sum(counts.get(d.value, 0) for d in used) for _, counts in rows]
    top, step_value = nice_scale(max(totals, default=0))
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = top, step_value
    regions = []
    band = chart.height / max(1, len(rows))
    for i, (agency, counts) in enumerate(rows):
        start = 0
        for decision in used:
            value = counts.get(decision.value, 0)
            if value:
                x0 = chart.x + start / top * chart.width
                x1 = chart.x + (start + value) / top * chart.width
                regions.append(Region(x0, chart.y + i * band, x1, chart.y + (i + 1) * band,
                                      ("agency_decision", agency.value, decision.value)))
            start += value
    return Chart(drawing, regions)


def nice_scale(largest: float, steps: int = 5) -> tuple[float, float]:
    """An axis maximum ≥ ``largest`` and a round step (1, 2 or 5 × 10ⁿ)."""
    if largest <= 0:
        return 1.0, 1.0
    raw = largest / steps
    magnitude = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 1.0
    while magnitude > raw:
        magnitude /= 10
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    top = step * -(-largest // step)
    return float(top), float(step)


def trend_lines(title: str, starts: Sequence[str], keys: Sequence[tuple],
                median: Sequence[int | None], p90: Sequence[int | None], lang: str,
                width: float = 480, height: float = 200, nothing: str = "trs.none_released") -> Chart:
    """Median and 90th percentile of arrival → release over the days or weeks;
    the message ``nothing`` (a catalogue key) when no day has a time."""
    if all(v is None for v in list(median) + list(p90)):  # a line needs one point at least
        return empty(title, tr(nothing, lang), width)
    drawing, top = _frame(title, width, height)
    unit, divisor = time_unit(list(median) + list(p90))
    chart = HorizontalLineChart()
    chart.x, chart.y = 40, 40
    chart.width, chart.height = width - 50, top - LEGEND_ROW - 14 - 40
    # A day without a release has no point (the line joins its neighbours instead of falling to 0).
    chart.data = [_gaps(median, divisor), _gaps(p90, divisor)] if starts else [[0]]
    chart.categoryAxis.categoryNames = _thin(list(starts)) or [""]
    _style_axis(chart.categoryAxis)
    _style_axis(chart.valueAxis, grid=True)
    chart.categoryAxis.labels.angle = 45 if len(starts) > 10 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(starts) > 10 else "n"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = _number_format
    for n, color in enumerate((MEDIAN, P90)):
        chart.lines[n].strokeColor = color
        chart.lines[n].strokeWidth = 1.4
        chart.lines[n].symbol = makeMarker("FilledCircle", size=2.5, fillColor=color, strokeColor=color)
    drawing.add(chart)
    _text(drawing, 0, chart.y + chart.height + 6, tr("trs.axis_time", lang, unit=tr(f"trs.{unit}", lang)))
    _legend(drawing, chart.x + 80, top + 2, [(MEDIAN, tr("trs.median", lang)), (P90, tr("trs.p90", lang))])
    return Chart(drawing, _bands_vertical(chart, keys))


def _thin(names: list[str], most: int = 16) -> list[str]:
    """Every n-th label only, so that dates do not run into each other."""
    if len(names) <= most:
        return names
    step = -(-len(names) // most)
    return [name if i % step == 0 else "" for i, name in enumerate(names)]


def count_columns(title: str, starts: Sequence[str], keys: Sequence[tuple], counts: Sequence[int], lang: str,
                  width: float = 480, height: float = 150) -> Chart:
    """Records per day or week, as columns."""
    if not any(counts):
        return empty(title, tr("trs.nothing", lang), width)
    drawing, top = _frame(title, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 36
    chart.width, chart.height = width - 50, top - 14 - 36
    chart.data = [list(counts) or [0]]
    chart.categoryAxis.categoryNames = _thin(list(starts)) or [""]
    _style_axis(chart.categoryAxis)
    _style_axis(chart.valueAxis, grid=True)
    chart.categoryAxis.labels.angle = 45 if len(starts) > 10 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(starts) > 10 else "n"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = _number_format
    chart.bars.strokeWidth = 0
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = COUNT
    drawing.add(chart)
    _text(drawing, 0, chart.y + chart.height + 6, tr("trs.axis_records", lang))
    return Chart(drawing, _bands_vertical(chart, keys))


def _number_format(value: float) -> str:
    return f"{value:g}" if abs(value) < 10 else f"{value:,.0f}".replace(",", "\u202f")


def _count_format(value: float) -> str:
    return f"{value:,.0f}".replace(",", "\u202f") if value else ""


Painter = Callable[[Drawing], None]
