"""Small building blocks shared by the reports: bands, headings, tables, signature boxes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedStr, makeShapedFragWord
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus import paragraph as _paragraph

from inspector.reports import fonts
from inspector.reports.bidi import BidiParagraph, _ForcedFragHY, hyphenate_forced_splits, markup_is_rtl, right_aligned
from inspector.reports.styles import BAND_FILL, HEADER_FILL, INK, RULE, Styles

Cell = str | Flowable | list

# A table row taller than the room left on a page continues on the next one
# (a 2,000-character note is taller than a page), but only leaving at least
# this much of it behind: a short row moves to the next page whole.
ROW_SPLIT = 14 * mm
FULL_PAGE = 150 * mm  # room in which a row that still does not fit is split wherever it must


class RowTable(Table):
    """A table whose rows split across pages (see :data:`ROW_SPLIT`).

    A row that does not fit even in :data:`FULL_PAGE` of room — nearly a
    whole page — is split however small the pieces: otherwise it could never
    be placed.
    """

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("splitInRow", ROW_SPLIT)
        super().__init__(*args, **kwargs)

    def split(self, availWidth, availHeight):  # noqa: N803 - ReportLab API
        parts = super().split(availWidth, availHeight)
        if parts or availHeight < FULL_PAGE or self.splitInRow <= 1:
            return parts
        self.splitInRow = 1
        return super().split(availWidth, availHeight)

# Room a heading needs below it on the page, so it never stands alone at the foot.
HEADING_ROOM = 32 * mm

BASE_TABLE = [
    ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR),  # never ReportLab's Helvetica default
    ("FONTSIZE", (0, 0), (-1, -1), 8),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("TEXTCOLOR", (0, 0), (-1, -1), INK),
]


# Hebrew, Arabic (Persian, Dari, Pashto …), Syriac, Thaana, and the Arabic presentation forms.
_NEEDS_SHAPING = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_shaped_styles: dict[str, ParagraphStyle] = {}


def _rejoin_split_words(F):
    """ReportLab's ``_rejoinSplitFragWords`` (5.1), except that a word broken
    after its own hyphen ("Sanitariýa-|epidemiologiýa", ``embeddedHyphenation``)
    keeps the hyphen when a paragraph is wrapped again, as a table wraps its
    cells more than once: ReportLab strips the trailing "-" of every head it
    joins, a hyphen it added itself having already been stripped."""
    R = [0]
    w_len = 0
    previous = None
    for f in F:
        w_len += f[0]
        added_hyphen = isinstance(f, _paragraph._SplitFragHY)
        for ff in f[1:]:
            sty, t = ff
            if added_hyphen and ff is f[-1]:
                w_len -= stringWidth(t[-1], sty.fontName, sty.fontSize) + 1e-8
                # the hyphen ReportLab added, or the one we add cutting an over-long word; a
                # shaped piece keeps its glyph data only when sliced
                t = t[:-1] if isinstance(f, _ForcedFragHY) or isinstance(t, ShapedStr) else _paragraph._shyUnsplit(t)
            if previous is sty:
                head = R[-1][1]
                R[-1] = (sty, _paragraph._shyUnsplit(head, t) if isinstance(head, _paragraph._SHYIndexedStr)
                         else head + t)
            else:
                R.append((sty, t))
                previous = sty
    R[0] = w_len
    kind = _paragraph._reconstructSplitFrags(f)
    if any(isinstance(t, ShapedStr) for _, t in R[1:]):  # already shaped: HarfBuzz must not shape it again
        kind = makeShapedFragWord(kind())
    return kind(R)


if hasattr(_paragraph, "_rejoinSplitFragWords"):
    _paragraph._rejoinSplitFragWords = _rejoin_split_words
hyphenate_forced_splits()


def para(markup: str, style) -> Paragraph:
    """A paragraph of ``markup``. One holding right-to-left letters is shaped
    by HarfBuzz (shaping every paragraph would cost for nothing), broken into
    lines in reading order and drawn with each line's words in display order;
    flush right when it reads right to left (:mod:`inspector.reports.bidi`)."""
    if not markup.isascii() and _NEEDS_SHAPING.search(markup):
        style = shaped(style)
        return BidiParagraph(markup, right_aligned(style) if markup_is_rtl(markup) else style)
    return Paragraph(markup, style)


def shaped(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` with HarfBuzz shaping on (the main faces are registered shapable)."""
    copy = _shaped_styles.get(style.name)
    if copy is None:
        copy = _shaped_styles[style.name] = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
    return copy


def band(markup: str, st: Styles, width: float, room: float = 60 * mm) -> list[Flowable]:
    """A part's title: a shaded full-width band (Part I, Part II …), with
    ``room`` left under it for the first block of the part."""
    table = Table([[para(markup, st.band)]], colWidths=[width])
    table.setStyle(TableStyle(BASE_TABLE + [
        ("BACKGROUND", (0, 0), (-1, -1), BAND_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
    ]))
    return [CondPageBreak(room), Spacer(1, 4 * mm), table, Spacer(1, 1 * mm)]


def heading(markup: str, style, room: float = HEADING_ROOM) -> list[Flowable]:
    """A heading that moves to the next page unless ``room`` is left under it."""
    return [CondPageBreak(room), para(markup, style)]


def key_values(pairs: Sequence[tuple[str, Cell]], st: Styles, width: float, columns: int = 2,
               label_share: float = 0.38) -> Table:
    """Label/value pairs laid out in ``columns`` pairs per row, labels muted."""
    pair_width = width / columns
    widths = [pair_width * label_share, pair_width * (1 - label_share)] * columns
    rows: list[list[Cell]] = []
    for start in range(0, len(pairs), columns):
        row: list[Cell] = []
        for label, value in pairs[start:start + columns]:
            row += [para(label, st.label), para(value, st.value) if isinstance(value, str) else value]
        row += [""] * (2 * columns - len(row))
        rows.append(row)
    table = RowTable(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(BASE_TABLE + [
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def _shifted(command: tuple, by: int) -> tuple:
    """A TableStyle command moved down ``by`` rows (negative rows count from the end)."""
    name, (c0, r0), (c1, r1), *rest = command
    return (name, (c0, r0 + by if r0 >= 0 else r0), (c1, r1 + by if r1 >= 0 else r1), *rest)


def grid(header: Sequence[str], rows: Sequence[Sequence[Cell]], widths: Sequence[float], st: Styles,
         *, right: Sequence[int] = (), center: Sequence[int] = (), extra: Sequence[tuple] = (),
         title: str | list[Flowable] | None = None) -> Table:
    """A ruled table whose header row repeats on every page it spans.

    ``header`` and string cells are markup; columns in ``right`` are numbers and
    align right. A ``title`` (heading markup or flowables) becomes the table's
    first row: it cannot be split from the header and the first data row, so a
    heading never stands alone at the foot of a page.
    """
    def style(n: int, head: bool):
        if n in right:
            return st.head_right if head else st.cell_right
        if n in center:
            return st.head_center if head else st.cell_center
        return st.head if head else st.cell

    head = [para(h, style(n, True)) for n, h in enumerate(header)]
    body = [[para(c, style(n, False)) if isinstance(c, str) else c for n, c in enumerate(row)] for row in rows]
    data: list[list[Cell]] = [head, *body]
    top = 0
    commands = list(BASE_TABLE)
    if title is not None:
        top = 1
        cell = [para(title, st.subheading)] if isinstance(title, str) else title
        data.insert(0, [cell] + [""] * (len(header) - 1))
        commands += [("SPAN", (0, 0), (-1, 0)), ("LEFTPADDING", (0, 0), (-1, 0), 0),
                     ("TOPPADDING", (0, 0), (-1, 0), 7), ("BOTTOMPADDING", (0, 0), (-1, 0), 3)]
    # splitInRow: a row taller than a page (a 2,000-character note) continues on the next.
    table = RowTable(data, colWidths=list(widths), repeatRows=(top,) if top else 1, hAlign="LEFT")
    table.setStyle(TableStyle(commands + [
        ("BACKGROUND", (0, top), (-1, top), HEADER_FILL),
        ("GRID", (0, top), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, top), (-1, top), "BOTTOM"),
        *(_shifted(c, top) for c in extra),
    ]))
    return table


def titled(markup: str, style, *body: Flowable) -> KeepTogether:
    """A heading kept on one page with the (short) content under it."""
    return KeepTogether([para(markup, style), *body])


def boxed(flowables: list[Flowable], width: float, fill) -> Table:
    """Flowables in a shaded box (notices: preliminary copy, amendment)."""
    table = RowTable([[flowables]], colWidths=[width])
    table.setStyle(TableStyle(BASE_TABLE + [
        ("BACKGROUND", (0, 0), (-1, -1), fill),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def signature_table(rows: Sequence[Sequence[Cell]], header: Sequence[str], widths: Sequence[float],
                    st: Styles, row_height: float = 14 * mm) -> Table:
    """Signature lines: one ruled row per signer, tall enough to sign in."""
    head = [para(h, st.head) for h in header]
    body = [[para(c, st.cell) if isinstance(c, str) else c for c in row] for row in rows]
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, hAlign="LEFT",
                  rowHeights=[None] + [row_height] * len(body))
    table.setStyle(TableStyle(BASE_TABLE + [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
    ]))
    return table


def together(*flowables: Flowable) -> KeepTogether:
    return KeepTogether(list(flowables))
