"""Decide what each block is: running text, headline, credit or page furniture."""
from __future__ import annotations

import regex

from .credits import is_credit_line, parse_credit
from .layout_rules import rules
from .model import Block, Line, Role
from .width import display_width

SUBTITLE_DASH = regex.compile(r"^\s*(?:——|--|－－|—)\s*")
# Headlines are set without sentence punctuation: a comma, pause mark, full stop or
# semicolon anywhere marks running text.
_SENTENCE_MARKS = regex.compile(r"[，、。；,;]")
_INDENT = regex.compile(r"^[ \t\N{IDEOGRAPHIC SPACE}]{2,}\S")
_NAME = regex.compile(r"\p{Han}{2,4}")
_SECTION = regex.compile(r"\p{Han}{2,4}")
_ROLES_ONLY = regex.compile(r"(?:本报|新华社)?(?:特约|实习|见习)?(?:记者|通讯员|摄影记者|摄影|编辑)")
_NAMES_ONLY = regex.compile(r"\p{Han}(?: ?\p{Han}){1,3}(?: \p{Han}(?: ?\p{Han}){1,3})*")


def assign_roles(blocks: list[Block]) -> list[Block]:
    """Give every block a role; a block holding two kinds of thing is split."""
    result: list[Block] = []
    for block in blocks:
        result.extend(_classify(block))
    return _credit_pieces(_furniture_pieces(result))


def _credit_pieces(blocks: list[Block]) -> list[Block]:
    """A credit that extractors cut at its gutters, put back together.

    A lone marker (``■``) followed by a block of role words and a block of names,
    one a line (``本报记者`` / ``本报通讯员`` and ``李兆宪`` / ``赵华丽``), is one
    credit, read line by line across: ``■ 本报记者 李兆宪`` / ``本报通讯员 赵华丽``.
    """
    result = list(blocks)
    for index, block in enumerate(result):
        if block.role is not Role.CREDIT or block.text.strip() not in rules().credit_markers:
            continue
        # The role and name columns follow, maybe with furniture cut in between.
        following = [i for i in range(index + 1, min(index + 6, len(result)))
                     if result[i].role is not Role.FURNITURE][:2]
        if len(following) < 2:
            continue
        roles, names = (result[i] for i in following)
        if len(roles.lines) == len(names.lines) and \
                all(_ROLES_ONLY.fullmatch(l.text.strip()) for l in roles.lines) and \
                all(_NAMES_ONLY.fullmatch(l.text.strip()) for l in names.lines):
            lines = [Line(role.number, role.raw, f"{role.text.strip()} {name.text.strip()}")
                     for role, name in zip(roles.lines, names.lines)]
            marker = block.lines[0]
            lines[0] = Line(marker.number, marker.raw, f"{marker.text.strip()} {lines[0].text}")
            result[index] = Block(tuple(lines), Role.CREDIT)
            for i in following:
                result[i] = Block((), Role.CREDIT)  # merged away
    return [block for block in result if block.lines]


def _furniture_pieces(blocks: list[Block]) -> list[Block]:
    """Pieces of page furniture that extractors cut apart.

    A label such as ``责任编辑`` takes the name set after it (``杨柳青``); a short
    headline-like word between two pieces of furniture, or right after the page
    number at the top, is the page's section (``要闻``).
    """
    result = list(blocks)
    for index, block in enumerate(result):
        label = rules().editors_label.match(block.text.strip())
        if block.role is Role.FURNITURE and label and label.end() == len(block.text.strip()) and \
                index + 1 < len(result) and _NAME.fullmatch(result[index + 1].text.strip()):
            result[index] = Block(block.lines + result[index + 1].lines, Role.FURNITURE)
            result[index + 1] = Block((), Role.FURNITURE)  # merged away
    result = [b for b in result if b.lines]
    for index, block in enumerate(result):
        if block.role is not Role.HEADING or len(block.lines) != 1 or \
                not _SECTION.fullmatch(block.text.strip()):
            continue
        before = result[index - 1].role if index else None
        after = result[index + 1].role if index + 1 < len(result) else None
        # After the page number, a word followed by a headline is that headline's kicker.
        if before is Role.FURNITURE and (after is Role.FURNITURE or index == 1 and after is not Role.HEADING):
            result[index] = Block(block.lines, Role.FURNITURE)
    return result


def _classify(block: Block) -> list[Block]:
    layout = rules()
    first = block.lines[0].text.strip()
    if len(block.lines) == 1 and layout.furniture.search(first):
        return [Block(block.lines, Role.FURNITURE)]
    if first[:1] in layout.credit_markers or is_credit_line(first):
        # The credit runs while the lines hold only roles and names.
        end = 1
        while end < len(block.lines) and _continues_credit(block.lines[end].text):
            end += 1
        credit = Block(block.lines[:end], Role.CREDIT)
        rest = block.lines[end:]
        return [credit] + (_classify(Block(rest)) if rest else [])
    marked = next((i for i in range(1, len(block.lines))
                   if block.lines[i].text.lstrip()[:1] in layout.credit_markers), None)
    if marked is not None:
        # A marked credit under a caption or headline in the same box.
        return _classify(Block(block.lines[:marked])) + _classify(Block(block.lines[marked:]))
    if is_heading(block):
        return [Block(block.lines, Role.HEADING)]
    dash = next((i for i, line in enumerate(block.lines) if SUBTITLE_DASH.match(line.text)), None)
    if dash is not None and dash + 1 < len(block.lines) and \
            _SENTENCE_MARKS.search(block.lines[dash + 1].text) and is_heading(Block(block.lines[:dash + 1])):
        # A headline and the text under it in one box: running text ends the subtitle.
        return [Block(block.lines[:dash + 1], Role.HEADING)] + _classify(Block(block.lines[dash + 1:]))
    lead = next((i for i in range(1, len(block.lines))
                 if layout.dateline.match(block.lines[i].text)), None)
    if lead is not None:
        # A lead-in opens an article: what stands above it in the same box is a
        # headline or the end of other text (`全国春播粮食进度快于去年同期` / `新华社…电`).
        return _classify(Block(block.lines[:lead])) + _classify(Block(block.lines[lead:]))
    if len(block.lines) > 1 and is_credit_line(block.lines[-1].text):
        # A caption's credit set on the line under it: `本报记者 韩雪摄`.
        return [Block(block.lines[:-1], Role.BODY), Block(block.lines[-1:], Role.CREDIT)]
    run = _headline_run(block)
    if run is not None:
        start, end = run
        # Headline lines inside a box of text (`…调水安全。` / `北湖区` / `加强…监管`):
        # extractors that print no blank lines (pdftotext -raw) put them there.
        before = _classify(Block(block.lines[:start])) if start else []
        after = _classify(Block(block.lines[end:])) if end < len(block.lines) else []
        return before + [Block(block.lines[start:end], Role.HEADING)] + after
    return [Block(block.lines, Role.BODY)]


def _headline_run(block: Block) -> tuple[int, int] | None:
    """The first run of headline lines inside a box of text, as (start, end), or None.

    A run starts the box or follows a finished sentence, and holds short bare lines
    (no sentence punctuation) and maybe a ``——`` subtitle; it must end the box, or
    be followed by a lead-in, a credit or an indented first line, so that the
    unpunctuated first line of a paragraph is not mistaken for one.
    """
    layout = rules()
    lines = block.lines
    start = 0
    while start < len(lines):
        after_sentence = start == 0 or layout.ends_sentence(lines[start - 1].text)
        if after_sentence and _headline_line(lines[start].text):
            end = start
            while end < len(lines) and _headline_line(lines[end].text):
                end += 1
            if end < len(lines) and SUBTITLE_DASH.match(lines[end].text):
                end += 1
            following = lines[end] if end < len(lines) else None
            if following is None and start > 0 or following is not None and (
                    layout.dateline.match(following.text)
                    or following.text.lstrip()[:1] in layout.credit_markers
                    or _INDENT.match(following.raw)):  # a paragraph's kept indent
                return start, end
            start = end
        start += 1
    return None


def _headline_line(text: str) -> bool:
    """A line short enough and bare enough to be a kicker or title set under text."""
    stripped = text.strip()
    return (display_width(stripped) <= rules().subhead_max_width
            and not _SENTENCE_MARKS.search(stripped)
            and stripped[-1:] not in rules().terminal + rules().closing
            and is_heading(Block((Line(0, stripped, stripped),))))


def _continues_credit(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and stripped[0] not in rules().credit_markers and (
        bool(parse_credit(stripped).authors) and display_width(stripped) <= 40)


def is_heading(block: Block) -> bool:
    """A headline block: a few short lines without sentence punctuation.

    From a line opened by ``——`` on, the lines are a subtitle and may hold anything.

    >>> from ocrfix.model import Line
    >>> is_heading(Block((Line(1, "", "推动政务服务再升级"),)))
    True
    >>> is_heading(Block((Line(1, "", "棉服产业是我市特色产业之一，主"),)))
    False
    """
    layout = rules()
    if len(block.lines) > layout.heading_max_lines + 2:  # two more for a subtitle
        return False
    texts = [line.text.strip() for line in block.lines]
    if layout.dateline.match(texts[0]):
        return False
    if texts[0][:1] in layout.continuation_start:
        return False
    dash = next((i for i, t in enumerate(texts) if SUBTITLE_DASH.match(t)), len(texts))
    main = texts[:dash]  # the lines from a —— on are the subtitle
    if len(main) > layout.heading_max_lines:
        return False
    if not main:  # a subtitle set apart from its title
        return all(display_width(t) <= layout.heading_max_width for t in texts)
    for text in main:
        if display_width(text) > layout.heading_max_width or _SENTENCE_MARKS.search(text):
            return False
    last = main[-1].rstrip(layout.closing)
    return not last or last[-1] not in "。；…"
