"""Headlines in the token stream: grouping kicker, title and subtitle blocks, telling
subheads from titles, placing headlines before or after their articles, and
splitting a headline into kicker, title and subtitle."""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .layout_rules import LayoutRules, rules
from .model import Block, Paragraph, Role
from .reflow import join_pieces, joins_word, same_column
from .roles import SUBTITLE_DASH
from .width import display_width
from .words import cut_across


Unit = Block | Paragraph


@dataclass(frozen=True)
class Headline:
    """Consecutive headline blocks: kicker, title and subtitle of one article."""

    blocks: tuple[Block, ...]

    @property
    def first(self) -> int:
        return self.blocks[0].first

    @property
    def last(self) -> int:
        return self.blocks[-1].last


Token = Paragraph | Block | Headline


def is_start(token: Token, following: Token | None = None) -> bool:
    """An article start: a paragraph opened by a dateline, or a byline before text."""
    if isinstance(token, Paragraph):
        return rules().dateline.match(token.text) is not None
    if isinstance(token, Block) and token.role is Role.CREDIT:
        return isinstance(following, Paragraph)
    return False


def placement(tokens: list[Token]) -> str:
    """``before`` or ``after``: where this page's headlines sit relative to their articles.

    Only the page's edges and untitled items tell the two apart: a page that opens
    with a headline (before) or with article text (after); a page that ends with a
    headline (after) or with article text (before); an article start that follows
    text rather than a headline (after); a captioned photo followed by a headline
    (before). Photos at the edges tell nothing.
    """
    content = [t for t in tokens if not (isinstance(t, Block) and t.role is Role.FURNITURE)]
    if not content:
        return "before"
    before = after = 0
    first, last = content[0], content[-1]
    if isinstance(first, Headline):
        before += 2
    elif not _opens_photo(content):
        after += 2
    if isinstance(last, Headline):
        after += 2
    elif isinstance(last, Paragraph):
        before += 1
    for index in range(1, len(content)):
        token, previous = content[index], content[index - 1]
        following = content[index + 1] if index + 1 < len(content) else None
        if is_start(token, following) and not isinstance(previous, Headline):
            after += 1
        elif isinstance(token, Headline) and isinstance(previous, Block) and \
                previous.role is Role.CREDIT and index >= 2 and isinstance(content[index - 2], Paragraph):
            before += 1
    return "after" if after > before else "before"


def _opens_photo(content: list[Token]) -> bool:
    """Does the page open with a caption: undated text, then a credit that starts nothing?"""
    index = 0
    while index < len(content) and isinstance(content[index], Paragraph) \
            and not is_start(content[index]):
        index += 1
    if index == 0 or index >= len(content) or not isinstance(content[index], Block):
        return False
    following = content[index + 1] if index + 1 < len(content) else None
    return not isinstance(following, Paragraph) or is_start(following)


def group_headlines(units: list[Unit]) -> list[Token]:
    """Group headline blocks into headlines: a kicker block joins the wider title block after it.

    Consecutive headline blocks belong to one article only while they read as kicker,
    title, subtitle: after a subtitle, or after a block at least as wide as the next
    one (a title), the next block opens another article's headline.
    """
    tokens: list[Token] = []
    for unit in units:
        if isinstance(unit, Block) and unit.role is Role.HEADING:
            for block in _split_wide_head(unit):
                last = tokens[-1] if tokens else None
                if isinstance(last, Headline) and _joins_headline(last, block):
                    tokens[-1] = Headline(last.blocks + (block,))
                else:
                    tokens.append(Headline((block,)))
        else:
            tokens.append(unit)
    return tokens


def _split_wide_head(block: Block) -> tuple[Block, ...]:
    """A heading block whose first line is over ``kicker_max_ratio`` times as wide as
    the title lines wrapped under it holds two headlines (an extractor that does not
    part blocks by type size): no kicker spans that much more than its title."""
    widths = [display_width(line.text.strip()) for line in block.lines
              if not SUBTITLE_DASH.match(line.text.strip())]
    if is_subtitle(block) or len(widths) < 3 or widths[0] <= rules().kicker_max_ratio * max(widths[1:]):
        return (block,)
    return Block(block.lines[:1], block.role), Block(block.lines[1:], block.role)


def join_subhead_halves(tokens: list[Token]) -> list[Token]:
    """Join two one-line headlines set between undated paragraphs when they read as
    the halves of a subhead (of nearly equal length); :func:`is_subhead` decides."""
    result: list[Token] = []
    for index, token in enumerate(tokens):
        previous = result[-1] if result else None
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if isinstance(token, Headline) and isinstance(previous, Headline) and \
                len(previous.blocks) == 1 and len(token.blocks) == 1 and \
                _halves(previous.blocks[0], token.blocks[0], slack=2) and \
                len(result) >= 2 and isinstance(result[-2], Paragraph) and \
                isinstance(following, Paragraph) and not is_start(following):
            result[-1] = Headline(previous.blocks + token.blocks)
        else:
            result.append(token)
    return result


def is_subtitle(block: Block) -> bool:
    """Is the block a subtitle (opened by ``——``)?"""
    return SUBTITLE_DASH.match(block.lines[0].text.strip()) is not None


def _joins_headline(headline: Headline, block: Block) -> bool:
    if is_subtitle(block):
        return not any(SUBTITLE_DASH.match(line.text.strip())
                       for b in headline.blocks for line in b.lines)
    previous = headline.blocks[-1]
    if len(headline.blocks) > 1 or len(previous.lines) > 1:
        return False
    # The title under a kicker is longer than the kicker, however narrowly it wraps;
    # a place name is a kicker whatever its length.
    main = [line.text.strip() for line in block.lines if not SUBTITLE_DASH.match(line.text)]
    if _kicker_line(main):  # a block with a kicker of its own takes none from above
        return False
    title = sum(map(display_width, main))
    above = previous.lines[-1].text.strip()
    return display_width(above) + 4 <= title or _halves(previous, block) or (
        len(previous.lines) == 1 and rules().place_kicker.match(above) is not None)


_PHRASE = regex.compile(r"\p{Han}{4,12}")


def _halves(first: Block, second: Block, slack: int = 0) -> bool:
    """Two one-line phrases of (about) the same length: the halves of one headline
    (`实干担当勇争先` / `奋楫扬帆启新程`), printed one above the other.

    A title's halves match exactly; a subhead, known as such from the text around
    it, may differ by ``slack`` characters (`服务全市大局` / `助力高质量发展`).
    """
    if len(first.lines) != 1 or len(second.lines) != 1:
        return False
    return _phrases(first.lines[0].text.strip(), second.lines[0].text.strip(), slack)


def _phrases(left: str, right: str, slack: int = 0) -> bool:
    """Two phrases of Han characters whose lengths differ by ``slack`` at most."""
    return bool(_PHRASE.fullmatch(left) and _PHRASE.fullmatch(right)) and abs(len(left) - len(right)) <= slack


def is_subhead(tokens: list[Token], index: int, layout: LayoutRules) -> bool:
    """A one-line headline inside running text of one column is an in-article subhead.

    The text before it and the text after it (past a captioned photo printed there)
    must be undated paragraphs of the same, known column.
    """
    headline = tokens[index]
    if not all(len(block.lines) == 1 for block in headline.blocks) or len(headline.blocks) > 2 \
            or len(headline.blocks) == 2 and not _halves(*headline.blocks, slack=2):
        return False
    text = " ".join(block.lines[0].text.strip() for block in headline.blocks)
    if SUBTITLE_DASH.match(text) or display_width(text) > layout.subhead_max_width:
        return False
    following = _text_after(tokens, index + 1)
    if following is None or is_start(following):
        return False
    after = known_column(tokens, next(i for i, t in enumerate(tokens) if t is following), 1)
    preceding = _text_before(tokens, index - 1, after, layout)
    if preceding is None:
        return False
    before = known_column(tokens, preceding, -1)
    if not after and display_width(following.text) <= before:
        after = before  # one line after it, of no known column: it fits the column before
    return before > 0 and after > 0 and same_column(before, after, layout.width_tolerance)


def _text_before(tokens: list[Token], index: int, column: int, layout: LayoutRules) -> int | None:
    """The index of the paragraph at ``index``, or past a photo printed there (a …摄
    credit and its caption, set in another column than ``column``), or None."""
    if index >= 0 and _photo_credit(tokens[index]):
        index -= 1
        while index >= 0 and isinstance(tokens[index], Paragraph) and tokens[index].column \
                and not same_column(tokens[index].column, column, layout.width_tolerance):
            index -= 1
    return index if index >= 0 and isinstance(tokens[index], Paragraph) else None


def _photo_credit(token: Token) -> bool:
    """A credit naming a photographer: `新华社记者 张明摄`, `李华摄（新华社发）`."""
    return isinstance(token, Block) and token.role is Role.CREDIT and \
        rules().photo_credit_end.search(token.lines[-1].text.rstrip()) is not None


def _text_after(tokens: list[Token], index: int) -> Paragraph | None:
    """The paragraph at ``index``, or past a photo there (text closed by a …摄 credit)."""
    if index >= len(tokens) or not isinstance(tokens[index], Paragraph):
        return None
    if is_start(tokens[index]):
        return tokens[index]
    end = index
    while end < len(tokens) and isinstance(tokens[end], Paragraph):
        end += 1
    if end + 1 < len(tokens) and _photo_credit(tokens[end]) and isinstance(tokens[end + 1], Paragraph):
        return tokens[end + 1]
    return tokens[index]


def known_column(tokens: list[Token], index: int, step: int) -> int:
    """The column of the nearest paragraph from ``index`` on (by ``step``) that knows it."""
    while 0 <= index < len(tokens) and isinstance(tokens[index], Paragraph):
        if tokens[index].column:
            return tokens[index].column
        index += step
    return 0


def split_headline(headline: Headline, labels: frozenset[str] = frozenset()
                   ) -> tuple[str | None, str | None, str | None]:
    """Kicker, title and subtitle of a headline group.

    Lines opened by ``——`` (and the lines after them in their block) are the
    subtitle. Of the rest, two one-line blocks of the same width are the title's two
    halves (joined by a space), unless the first is one of the page's ``labels`` (a
    line heading more than one article: a series' kicker, where a title is the
    page's only one); a first block or line clearly narrower than the title that
    follows is the kicker; lines of one block otherwise wrap one title.
    """
    main: list[list[str]] = []
    subtitle: list[str] = []
    for block in headline.blocks:
        lines: list[str] = []
        in_subtitle = False
        for line in block.lines:
            text = line.text.strip()
            if SUBTITLE_DASH.match(text):
                in_subtitle = True
                text = SUBTITLE_DASH.sub("", text)
            (subtitle if in_subtitle else lines).append(text)
        if lines:
            main.append(lines)
    kicker = None
    if len(main) >= 2 and _halves(headline.blocks[0], headline.blocks[1]) \
            and not rules().place_kicker.match(main[0][0]) and main[0][0] not in labels:
        title_lines = [" ".join([main[0][0], main[1][0]])] + main[1][1:] + \
            [line for lines in main[2:] for line in lines]
    elif len(main) >= 2:
        kicker = join_pieces(main[0])
        title_lines = [line for lines in main[1:] for line in lines]
    else:
        title_lines = main[0] if main else []
        if len(title_lines) == 3 and _title_halves(*title_lines[1:]):
            # A line over two phrases of one length: a kicker over a title's halves.
            kicker, title_lines = title_lines[0], [" ".join(title_lines[1:])]
        elif _kicker_line(title_lines):
            kicker, title_lines = title_lines[0], title_lines[1:]
    if len(title_lines) == 2 and kicker is not None and _title_halves(*title_lines):
        title_lines = [" ".join(title_lines)]  # under a kicker, two phrases of one length: halves
    return kicker, join_pieces(title_lines) or None, join_pieces(subtitle) or None


def _title_halves(first: str, second: str) -> bool:
    """Two lines that are a title's halves: phrases of one length, no word across."""
    return _phrases(first, second) and not cut_across(first, second)


def _kicker_line(lines: list[str]) -> bool:
    """Is the first of a headline block's lines a kicker above a (wrapped) title?

    Not if a word runs across the break (`全力以|赴…`, `假日旅游市|场…`). Otherwise a
    place name is one (`高唐县` / `春耕备耕正当时`); a wrapped title fills its lines
    to one width but the last, so a first line clearly off that width stands apart.
    """
    if len(lines) < 2 or joins_word(lines[0], lines[1], shortest=3) or cut_across(lines[0], lines[1]):
        return False
    if rules().place_kicker.match(lines[0]):
        return True
    widths = [display_width(line) for line in lines]
    if len(lines) == 2:
        # Two lines of one length: a kicker and its title, unless even a two-character
        # word runs across the break.
        return widths[0] + 4 <= widths[1] or (
            widths[0] == widths[1] and not joins_word(lines[0], lines[1]))
    # Three lines or more: the title's lines but the last are full, the first line is
    # not of their width (narrower or wider).
    full = max(widths[1:-1])
    return abs(widths[0] - full) >= 2 and max(widths[1:-1]) - min(widths[1:-1]) <= 2
