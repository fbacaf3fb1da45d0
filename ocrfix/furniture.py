"""Page furniture: page numbers, running heads and editors' lines, as ``other`` items.

Furniture is taken out of the token stream before articles are assembled, so that a
running head cut into pieces and scattered down the page splits nothing.
"""
from __future__ import annotations

import regex

from .credits import unpad_names
from .layout_rules import rules
from .model import Block, Paragraph, Role

_WEEKDAY = regex.compile(r"^星期[一二三四五六日天]$")
_DATE = regex.compile(r"\d{1,2}月\d{1,2}日$")


def furniture_groups(units: list) -> list[list[Paragraph]]:
    """The paragraphs of each ``other`` item: one item for each run of adjacent
    furniture blocks, the editors' line an item of its own."""
    groups: list[list[Paragraph]] = []
    editors: list[bool] = []
    previous_was_furniture = False
    for unit in units:
        is_furniture = isinstance(unit, Block) and unit.role is Role.FURNITURE
        is_editors = is_furniture and rules().editors_label.match(unit.text.strip()) is not None
        if is_furniture and previous_was_furniture and not is_editors and not editors[-1]:
            _add_piece(groups[-1], unit)
        elif is_furniture:
            groups.append(_paragraphs(unit))
            editors.append(is_editors)
        previous_was_furniture = is_furniture
    # A running head cut apart: its weekday joins its date wherever they landed.
    weekdays = [(g, p) for g in groups for p in g if _WEEKDAY.match(p.text)]
    dates = [(g, p) for g in groups for p in g if _DATE.search(p.text)]
    for (owner, date), (group, weekday) in zip(dates, weekdays):
        position = next(i for i, p in enumerate(owner) if p is date)
        owner[position] = Paragraph(f"{date.text} {weekday.text}", min(date.first, weekday.first),
                                    max(date.last, weekday.last))
        group.remove(weekday)
    return [g for g in groups if g]


def _add_piece(group: list[Paragraph], block: Block) -> None:
    """Add a piece of furniture to the pieces before it; a weekday joins the date it
    follows (`2025年3月7日 星期五`)."""
    for piece in _paragraphs(block):
        last = group[-1]
        if _WEEKDAY.match(piece.text) and last.text[-1:] == "日":
            group[-1] = Paragraph(f"{last.text} {piece.text}", last.first, piece.last)
        else:
            group.append(piece)


def _paragraphs(block: Block) -> list[Paragraph]:
    """A furniture block as paragraphs: a running head on one line gives one a piece."""
    text = " ".join(line.text.strip() for line in block.lines)
    if rules().editors_label.match(text):
        text = unpad_names(text)  # names padded to three, as in bylines: `李 明` -> `李明`
    pieces = rules().furniture_pieces.match(text)
    if pieces is None:
        return [Paragraph(text, block.first, block.last)]
    return [Paragraph(piece, block.first, block.last) for piece in pieces.groups() if piece]
