"""Page furniture: page numbers, running heads and editors' lines, as ``other`` items.

Furniture is taken out of the token stream before articles are assembled, so that a
running head cut into pieces and scattered down the page splits nothing.
"""
from __future__ import annotations

import regex

from .credits import unpad_names
from .layout_rules import rules
from .model import Block, Paragraph, Role

# A piece ending in a month and day, year or not (`2025年3月7日`, `3月7日`): the
# weekday cut off after it joins it.
_DATE = regex.compile(r"\d{1,2}月\d{1,2}日$")
_NAME = regex.compile(r"^[\p{Han}·]{2,4}\s+")  # a name opening a line, a space after it


def furniture_groups(units: list) -> list[list[Paragraph]]:
    """The paragraphs of each ``other`` item: one item for each run of adjacent
    furniture blocks, the editors' line an item of its own (its pieces cut apart at
    the labels, `本版责编：…` / `版式设计：…`, one line again)."""
    groups: list[list[Paragraph]] = []
    editors: list[bool] = []
    previous_was_furniture = False
    for unit in units:
        is_furniture = isinstance(unit, Block) and unit.role is Role.FURNITURE
        is_editors = is_furniture and rules().editors_label.match(unit.text.strip()) is not None
        if is_furniture and previous_was_furniture and is_editors and editors[-1]:
            last, piece = groups[-1][-1], _paragraphs(unit)[0]
            groups[-1][-1] = _joined(last, piece, last.first, piece.last)
        elif is_furniture and previous_was_furniture and not is_editors and not editors[-1]:
            _add_piece(groups[-1], unit)
        elif is_furniture:
            groups.append(_paragraphs(unit))
            editors.append(is_editors)
        previous_was_furniture = is_furniture
    # A running head cut apart: its weekday joins its date, and the date the paper's
    # name, wherever they landed.
    _join_pieces(groups, lambda p: _DATE.search(p.text), lambda p: rules().weekday.match(p.text), first=False)
    _join_pieces(groups, lambda p: rules().paper_name.match(p.text),
                 lambda p: rules().dated.match(p.text), first=True)
    _join_cut_editors(groups)
    return [g for g in groups if g]


def _join_cut_editors(groups: list[list[Paragraph]]) -> None:
    """Join an editors' line that opens with a name (OCR cut the line after the name
    before it: `张晓军 版式设计：沈亦伶`) to the nearest editors' line above it.

    >>> groups = [[Paragraph("本版责编：孙亮", 81, 81)], [Paragraph("张晓军 版式设计：沈亦伶", 93, 93)]]
    >>> _join_cut_editors(groups); [[p.text for p in g] for g in groups]
    [['本版责编：孙亮 张晓军 版式设计：沈亦伶'], []]
    """
    for group in groups:
        for piece in list(group):
            name = _NAME.match(piece.text)
            if name is None or not rules().editors_label.match(piece.text[name.end():]):
                continue
            above = [(g, p) for g in groups for p in g
                     if p.last < piece.first and rules().editors_label.match(p.text)]
            if above:
                owner, head = max(above, key=lambda pair: pair[1].last)
                owner[owner.index(head)] = Paragraph(f"{head.text} {piece.text}", head.first, piece.last)
                group.remove(piece)


def _join_pieces(groups: list[list[Paragraph]], head, tail, first: bool) -> None:
    """Join each piece that ``tail`` finds to the next piece ``head`` finds (in
    page order: the first with the first), as ``head tail``. The joined piece stands
    where the head stood, or with ``first`` where the earlier of the two stood."""
    heads = [(g, p) for g in groups for p in g if head(p)]
    tails = [(g, p) for g in groups for p in g if tail(p) and not head(p)]
    for (owner, left), (group, right) in zip(heads, tails):
        joined = _joined(left, right, min(left.first, right.first), max(left.last, right.last))
        if first and right.first < left.first:
            owner, group, left, right = group, owner, right, left
        position = next(i for i, p in enumerate(owner) if p is left)
        owner[position] = joined
        group.remove(right)


def _add_piece(group: list[Paragraph], block: Block) -> None:
    """Add a piece of furniture to the pieces before it; a weekday joins the date it
    follows (`2025年3月7日 星期五`)."""
    for piece in _paragraphs(block):
        last = group[-1]
        if rules().weekday.match(piece.text) and last.text[-1:] == "日":
            group[-1] = _joined(last, piece, last.first, piece.last)
        else:
            group.append(piece)


def _paragraphs(block: Block) -> list[Paragraph]:
    """A furniture block as paragraphs: a running head on one line gives one a piece.

    The paper's name stands apart from its date, as printed (`人民日报 2025年3月16日`).
    """
    text = rules().paper_date.sub(" ", " ".join(line.text.strip() for line in block.lines))
    if rules().editors_label.match(text):
        text = unpad_names(text)  # names padded to three, as in bylines: `李 明` -> `李明`
    pieces = rules().furniture_pieces.match(text)
    texts = [text] if pieces is None else [piece for piece in pieces.groups() if piece]
    return [Paragraph(piece, block.first, block.last, pieces=block.pieces) for piece in texts]


def _joined(left: Paragraph, right: Paragraph, first: int, last: int) -> Paragraph:
    """Two pieces of furniture as one, ``left right``, from line ``first`` to ``last``."""
    return Paragraph(f"{left.text} {right.text}", first, last,
                     pieces=tuple(sorted({*left.pieces, *right.pieces})))
