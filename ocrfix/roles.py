"""Decide what each block is: running text, headline, credit or page furniture."""
from __future__ import annotations

import regex

from .credits import is_common_word, is_credit_line, parse_credit
from .layout_rules import LayoutRules, rules
from .model import Block, Line, Role
from .width import display_width
from .words import cut_across, last_word

SUBTITLE_DASH = regex.compile(r"^\s*(?:——|--|－－|—)\s*")
# Headlines are set without sentence punctuation: a comma, pause mark, full stop or
# semicolon anywhere marks running text.
_SENTENCE_MARKS = regex.compile(r"[，、。；,;]")
_INDENT = regex.compile(r"^[ \t\N{IDEOGRAPHIC SPACE}]{2,}\S")
_WORD = regex.compile(r"\p{Han}{2,4}")  # an editor's name, a page section
_CREDIT_PIECE = regex.compile(r"\p{Han}")  # half a padded name cut at its gap

# A piece of a block: its lines, and its role once known (None: classify it again).
_Piece = tuple[tuple[Line, ...], Role | None]


def assign_roles(blocks: list[Block]) -> list[Block]:
    """Give every block a role; a block holding two kinds of thing is split."""
    result: list[Block] = []
    for block in blocks:
        result.extend(_classify(block))
    return _credit_pieces(_name_pieces(_editor_names(_sections(result))))


def _classify(block: Block) -> list[Block]:
    """Split a block where it holds different things and give each part its role.

    The splits are tried in order (:data:`_SPLITS`); the first that applies cuts
    the block, and parts without a role are classified again, without recursion.
    """
    work: list[_Piece] = [(block.lines, None)]
    done: list[Block] = []
    while work:
        lines, role = work.pop(0)
        if not lines:
            continue
        if role is not None:
            done.append(Block(lines, role))
            continue
        for split in _SPLITS:
            parts = split(lines)
            if parts is not None:
                break
        else:
            parts = [(lines, Role.BODY)]
        work[:0] = parts
    return done


def _furniture(lines: tuple[Line, ...]) -> list[_Piece] | None:
    """A line of page furniture on its own."""
    if len(lines) == 1 and rules().furniture.search(lines[0].text.strip()):
        return [(lines, Role.FURNITURE)]
    return None


def _credit_first(lines: tuple[Line, ...]) -> list[_Piece] | None:
    """A credit opening the block; it runs while the lines hold only roles and names.
    A name alone in its box (`孙明哲`, not a place such as `高唐县`) is one too."""
    layout = rules()
    text = lines[0].text.strip()
    if not is_credit(text) and not (len(lines) == 1 and layout.bare_name.fullmatch(text)
                                    and not layout.place_kicker.match(text)
                                    and not is_common_word(text)):
        return None
    end = 1
    while end < len(lines) and _continues_credit(lines[end].text):
        end += 1
    return [(lines[:end], Role.CREDIT), (lines[end:], None)]


def _credit_inside(lines: tuple[Line, ...]) -> list[_Piece] | None:
    """A credit under a caption or a headline in the same box: marked (`■ 本报记者 …`),
    or a line of roles and names only (`本报记者 王 浩 孙立新`)."""
    layout = rules()
    marked = next((i for i in range(1, len(lines))
                   if lines[i].text.lstrip()[:1] in layout.credit_markers and is_credit(lines[i].text)
                   or _may_be_credit(lines[i].text, layout) and is_credit_line(lines[i].text)
                   and not _names_only(lines[i - 1].text)), None)  # not a column of names
    if marked is None and len(lines) > 1 and layout.role_pattern.fullmatch(lines[-1].text.strip()) \
            and not layout.role_pattern.fullmatch(lines[-2].text.strip()):
        marked = len(lines) - 1  # a role word whose names an extractor cut off (not a column of them)
    return None if marked is None else [(lines[:marked], None), (lines[marked:], None)]


def _may_be_credit(text: str, layout: LayoutRules) -> bool:
    """Cheap test before :func:`is_credit_line`: a short line with a space (role and
    name set apart) or a photographer's suffix."""
    stripped = text.strip()
    return display_width(stripped) <= layout.credit_max_width and (
        " " in stripped or layout.photo_suffix in stripped)


def _whole_headline(lines: tuple[Line, ...]) -> list[_Piece] | None:
    return [(lines, Role.HEADING)] if is_heading(Block(lines)) else None


def _headline_over_text(lines: tuple[Line, ...]) -> list[_Piece] | None:
    """A headline and the text under it in one box: running text ends the subtitle."""
    dash = next((i for i, line in enumerate(lines) if SUBTITLE_DASH.match(line.text)), None)
    if dash is not None and dash + 1 < len(lines) and \
            _SENTENCE_MARKS.search(lines[dash + 1].text) and is_heading(Block(lines[:dash + 1])):
        return [(lines[:dash + 1], Role.HEADING), (lines[dash + 1:], None)]
    return None


def _lead_in_inside(lines: tuple[Line, ...]) -> list[_Piece] | None:
    """A lead-in opens an article: what stands above it in the same box is a headline
    or the end of other text (`全国春播粮食进度快于去年同期` / `新华社…电`)."""
    dateline = rules().dateline
    lead = next((i for i in range(1, len(lines)) if dateline.match(lines[i].text)), None)
    if lead is None:
        return None
    # Bare short lines right above the lead-in are its headline, even when the text
    # above them breaks off mid-sentence (its paragraph goes on in another box).
    top = lead
    while top > 0 and _headline_line(lines[top - 1].text):
        top -= 1
    if 0 < top < lead:
        return [(lines[:top], None), (lines[top:lead], Role.HEADING), (lines[lead:], None)]
    return [(lines[:lead], None), (lines[lead:], None)]


def _credit_under_caption(lines: tuple[Line, ...]) -> list[_Piece] | None:
    """A caption's credit set on the line under it: `本报记者 韩雪摄`."""
    if len(lines) > 1 and is_credit_line(lines[-1].text):
        return [(lines[:-1], Role.BODY), (lines[-1:], Role.CREDIT)]
    return None


def _headlines_inside(lines: tuple[Line, ...]) -> list[_Piece] | None:
    """Headline lines inside a box of text (`…调水安全。` / `北湖区` / `加强…监管`):
    extractors that print no blank lines (pdftotext -raw) put them there."""
    run = _headline_run(lines)
    if run is None:
        return None
    start, end = run
    return [(lines[:start], None), (lines[start:end], Role.HEADING), (lines[end:], None)]


# The splits in the order they are tried: the only list of them.
_SPLITS = (_furniture, _credit_first, _credit_inside, _whole_headline, _headline_over_text,
           _lead_in_inside, _credit_under_caption, _headlines_inside)


def is_credit(text: str) -> bool:
    """A credit line: a marker alone or before roles and names, or an unmarked credit.

    >>> is_credit("■"), is_credit("■ 本报通讯员"), is_credit("●第二点内容很多。")
    (True, True, False)
    """
    stripped = text.strip()
    if stripped[:1] in rules().credit_markers:
        rest = parse_credit(stripped)
        return not rest.text or bool(rest.authors) or bool(rules().role_pattern.fullmatch(rest.text))
    return is_credit_line(stripped)


def _credit_pieces(blocks: list[Block]) -> list[Block]:
    """A credit that extractors cut at its gutters, put back together.

    A lone marker (``■``) followed by a block of role words and a block of names,
    one a line (``本报记者`` / ``本报通讯员`` and ``李兆宪`` / ``赵华丽``), is one
    credit, read line by line across: ``■ 本报记者 李兆宪`` / ``本报通讯员 赵华丽``.
    Furniture cut in between is skipped.
    """
    layout = rules()
    result = list(blocks)
    for index, block in enumerate(result):
        if block.role is not Role.CREDIT:
            continue
        marker = block.text.strip()
        if len(marker) != 1 or marker not in layout.credit_markers:
            continue
        following = [i for i in range(index + 1, min(index + 6, len(result)))
                     if result[i].lines and result[i].role is not Role.FURNITURE][:2]
        if len(following) < 2:
            continue
        roles, names = (result[i] for i in following)
        if len(roles.lines) == len(names.lines) and \
                all(layout.role_pattern.fullmatch(l.text.strip()) for l in roles.lines) and \
                all(_names_only(l.text) for l in names.lines):
            # Each line keeps the number of its name, the later of the two pieces.
            lines = [Line.joined(name.number, role.raw, f"{role.text.strip()} {name.text.strip()}",
                                 [role, name]) for role, name in zip(roles.lines, names.lines)]
            result[index] = Block((block.lines[0],) + tuple(lines), Role.CREDIT)
            for i in following:
                result[i] = Block((), Role.CREDIT)  # merged away
    return [block for block in result if block.lines]


def _name_pieces(blocks: list[Block]) -> list[Block]:
    """A role word or an editors' line followed by pieces of padded names, which
    extractors cut off at the em gaps (``新华社记者`` / ``张`` / ``扬摄``, or
    ``本版责编：刘明远`` / ``胡`` / ``安 彭 飞``), takes the pieces back."""
    layout = rules()
    # Single characters set apart (`谢`, `安 彭 飞`), the last maybe with `摄`; or the
    # rest of a name cut at its gap, then whole names (`亮 张晓军`). Read as printed:
    # normalising joins `安 彭 飞` as letter spacing.
    piece = regex.compile(rf"(?:\p{{Han}} ){{0,3}}\p{{Han}}(?:{regex.escape(layout.photo_suffix)})?"
                          rf"|\p{{Han}}(?: \p{{Han}}{{2,4}}){{1,3}}")
    result = list(blocks)
    for index, block in enumerate(result):
        text = block.text.strip()
        if len(block.lines) != 1 or not (layout.role_pattern.fullmatch(text) or (
                block.role is Role.FURNITURE and layout.editors_label.match(text))):
            continue
        end = index + 1
        while end < len(result) and end - index <= 3 and len(result[end].lines) == 1 \
                and piece.fullmatch(result[end].lines[0].raw.strip()):
            end += 1
        if end == index + 1:
            continue
        merged = " ".join([text] + [result[i].lines[0].raw.strip() for i in range(index + 1, end)])
        role = Role.FURNITURE if block.role is Role.FURNITURE else Role.CREDIT
        if role is Role.CREDIT and not parse_credit(merged).authors:
            continue  # the pieces make no name (`本报记者` / `王`, its `军` elsewhere)
        parts = [line for i in range(index, end) for line in result[i].lines]
        result[index] = Block((Line.joined(block.lines[0].number, block.lines[0].raw, merged, parts),), role)
        for i in range(index + 1, end):
            result[i] = Block((), role)  # merged away
    return [block for block in result if block.lines]


def _names_only(text: str) -> bool:
    """Names and nothing else: no role word (padded names allowed: `储 鹏`)."""
    return rules().role_pattern.search(text) is None and bool(parse_credit(text).authors)


def _editor_names(blocks: list[Block]) -> list[Block]:
    """The editors' label (``责任编辑``) takes the name set apart after it (``杨柳青``)."""
    result = list(blocks)
    for index, block in enumerate(result[:-1]):
        if block.role is not Role.FURNITURE:
            continue
        text = block.text.strip()
        label = rules().editors_label.match(text)
        if label and label.end() == len(text) and \
                _WORD.fullmatch(result[index + 1].text.strip()):
            result[index] = Block(block.lines + result[index + 1].lines, Role.FURNITURE)
            result[index + 1] = Block((), Role.FURNITURE)  # merged away
    return [b for b in result if b.lines]


def _sections(blocks: list[Block]) -> list[Block]:
    """A short word between two pieces of furniture, or after the page number at the
    top with no headline after it, is the page's section (``要闻``); after the page
    number and before a headline it is that headline's kicker."""
    result = list(blocks)
    for index, block in enumerate(result):
        if block.role is not Role.HEADING or len(block.lines) != 1 or \
                not _WORD.fullmatch(block.text.strip()):
            continue
        before = result[index - 1].role if index else None
        after = result[index + 1].role if index + 1 < len(result) else None
        if before is Role.FURNITURE and (after is Role.FURNITURE or index == 1 and after is not Role.HEADING):
            result[index] = Block(block.lines, Role.FURNITURE)
    return result


def _headline_run(lines: tuple[Line, ...]) -> tuple[int, int] | None:
    """The first run of headline lines inside a box of text, as (start, end), or None.

    A run starts the box or follows a finished sentence, and holds short bare lines
    (no sentence punctuation) and maybe a ``——`` subtitle; it must end the box, or
    be followed by a lead-in, a credit or an indented first line (spaces kept, or
    narrower than the lines under it), so that the unpunctuated first line of a
    paragraph is not mistaken for one.
    """
    layout = rules()
    start = 0
    while start < len(lines):
        # An indented line cannot go on an unfinished sentence: where it stands, the
        # text above broke off and something else begins.
        after_sentence = start == 0 or layout.ends_sentence(lines[start - 1].text) \
            or _INDENT.match(lines[start].raw) is not None
        if after_sentence and _headline_line(lines[start].text):
            end = start + 1
            while end < len(lines) and _headline_line(lines[end].text):
                end += 1
            if end < len(lines) and SUBTITLE_DASH.match(lines[end].text):
                end += 1
            # A line whose last word runs on into the next line is text (`…遍布城` / `乡，`).
            while start < end < len(lines) and cut_across(lines[end - 1].text.strip(),
                                                              lines[end].text.strip()):
                end -= 1
            if end == start:
                start += 1
                continue
            following = lines[end] if end < len(lines) else None
            # A headline never leaves a quotation open; text broken off mid-quote does.
            balanced = not layout.unclosed("".join(line.text for line in lines[start:end]))
            if balanced and (following is None and start > 0 or following is not None and (
                    layout.dateline.match(following.text)
                    or following.text.lstrip()[:1] in layout.credit_markers
                    or _INDENT.match(following.raw)  # a paragraph's kept indent
                    or _narrower_than_below(lines, end))):  # or its indent by width
                return start, end
            start = end
        start += 1
    return None


def _narrower_than_below(lines: tuple[Line, ...], index: int) -> bool:
    """Is line ``index`` short by an indent next to the full lines under it?"""
    layout = rules()
    # A mark hung in the margin makes a full line look wider than the column.
    below = [display_width(line.text.rstrip().rstrip(layout.hanging)) for line in lines[index + 1:index + 6]]
    if len(below) < 2:
        return False
    width, indented = display_width(lines[index].text), max(below) - layout.indent
    # Far narrower and ending a sentence, it is a paragraph's last line.
    return width <= indented and (not layout.ends_sentence(lines[index].text)
                                  or width >= indented - layout.one_line_paragraph)


def _headline_line(text: str) -> bool:
    """A line short enough and bare enough to be a kicker or title set under text."""
    stripped = text.strip()
    return (display_width(stripped) <= rules().subhead_max_width
            and not _SENTENCE_MARKS.search(stripped)
            and not rules().ends_sentence(stripped)
            and is_heading(Block((Line(0, stripped, stripped),))))


def _continues_credit(text: str) -> bool:
    """A line under a credit that goes on with roles and names only, or a piece of
    one where an extractor cut the credit at its gaps (`本报记者` / `王` / `军`)."""
    stripped = text.strip()
    return bool(stripped) and stripped[0] not in rules().credit_markers and (
        bool(parse_credit(stripped).authors) or bool(_CREDIT_PIECE.fullmatch(stripped))
        or bool(rules().role_pattern.fullmatch(stripped))) and display_width(stripped) <= 40


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
    if len(block.lines) > 2 * layout.heading_max_lines:  # as many more for a subtitle
        return False
    texts = [line.text.strip() for line in block.lines]
    if any(layout.dateline.match(text) for text in texts):
        return False  # a lead-in opens text (pdftotext may glue it under a headline)
    if texts[0][:1] in layout.continuation_start:
        return False
    dash = next((i for i, t in enumerate(texts) if SUBTITLE_DASH.match(t)), len(texts))
    main = texts[:dash]  # the lines from a —— on are the subtitle
    if any(t.rstrip(layout.closing)[-1:] in layout.heading_never_ends for t in texts[dash:]):
        return False  # a subtitle does not end a sentence with 。 either
    if len(main) > layout.heading_max_lines or len(texts) - dash > layout.heading_max_lines:
        return False
    if not main:  # a subtitle set apart from its title
        return all(display_width(t) <= layout.heading_max_width for t in texts)
    for text in main:
        if display_width(text) > layout.heading_max_width or _SENTENCE_MARKS.search(text):
            return False
    last = main[-1].rstrip(layout.closing)
    if last and last[-1] in layout.dangling_words and last_word(last) == last[-1]:
        return False  # a function word left hanging (`…发展的`): text broken off mid-sentence
    return not last or last[-1] not in layout.heading_never_ends
