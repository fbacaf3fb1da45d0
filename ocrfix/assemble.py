"""Group paragraphs, headlines and credits into items: articles, photos and other text.

Headlines may precede or follow their articles depending on the extractor; which one
holds is decided per page from the evidence (:func:`placement`).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import regex

from .credits import parse_credit
from .layout_rules import LayoutRules, rules
from .model import Author, Block, Caption, Item, Paragraph, Role
from .reflow import join_pieces, joins_word, same_column
from .roles import SUBTITLE_DASH
from .width import display_width

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


def _tokens(units: list[Unit]) -> list[Token]:
    """Group headline blocks into headlines: a kicker block joins the wider title block after it.

    Consecutive headline blocks belong to one article only while they read as kicker,
    title, subtitle: after a subtitle, or after a block at least as wide as the next
    one (a title), the next block opens another article's headline.
    """
    tokens: list[Token] = []
    for unit in units:
        if isinstance(unit, Block) and unit.role is Role.HEADING:
            last = tokens[-1] if tokens else None
            if isinstance(last, Headline) and _joins_headline(last, unit):
                tokens[-1] = Headline(last.blocks + (unit,))
            else:
                tokens.append(Headline((unit,)))
        else:
            tokens.append(unit)
    return tokens


def _subhead_halves(tokens: list[Token]) -> list[Token]:
    """Join two one-line headlines set between undated paragraphs when they read as
    the halves of a subhead (of nearly equal length); :func:`_is_subhead` decides."""
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


def _joins_headline(headline: Headline, block: Block) -> bool:
    first = block.lines[0].text.strip()
    if SUBTITLE_DASH.match(first):
        return not any(SUBTITLE_DASH.match(line.text.strip())
                       for b in headline.blocks for line in b.lines)
    previous = headline.blocks[-1]
    if len(headline.blocks) > 1 or any(SUBTITLE_DASH.match(line.text.strip()) for line in previous.lines):
        return False
    # The title under a kicker is longer than the kicker, however narrowly it wraps.
    main = [line.text.strip() for line in block.lines if not SUBTITLE_DASH.match(line.text)]
    title = sum(map(display_width, main))
    above = display_width(previous.lines[-1].text.strip())
    return above + 4 <= title or _halves(previous, block)


_PHRASE = regex.compile(r"\p{Han}{4,12}")


def _halves(first: Block, second: Block, slack: int = 0) -> bool:
    """Two one-line phrases of (about) the same length: the halves of one headline
    (`实干担当勇争先` / `奋楫扬帆启新程`), printed one above the other.

    A title's halves match exactly; a subhead, known as such from the text around
    it, may differ by ``slack`` characters (`服务全市大局` / `助力高质量发展`).
    """
    if len(first.lines) != 1 or len(second.lines) != 1:
        return False
    left, right = first.lines[0].text.strip(), second.lines[0].text.strip()
    return bool(_PHRASE.fullmatch(left) and _PHRASE.fullmatch(right)) and abs(len(left) - len(right)) <= slack


def _is_subhead(tokens: list[Token], index: int, layout: LayoutRules) -> bool:
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
    if not (index and isinstance(tokens[index - 1], Paragraph)):
        return False
    following = _text_after(tokens, index + 1)
    if following is None or is_start(following):
        return False
    before = _known_column(tokens, index - 1, -1)
    after = _known_column(tokens, next(i for i, t in enumerate(tokens) if t is following), 1)
    return before > 0 and after > 0 and same_column(before, after, layout.width_tolerance)


def _text_after(tokens: list[Token], index: int) -> Paragraph | None:
    """The paragraph at ``index``, or past a photo there (text closed by a …摄 credit)."""
    if index >= len(tokens) or not isinstance(tokens[index], Paragraph):
        return None
    if is_start(tokens[index]):
        return tokens[index]
    end = index
    while end < len(tokens) and isinstance(tokens[end], Paragraph):
        end += 1
    credit = tokens[end] if end < len(tokens) else None
    if isinstance(credit, Block) and credit.role is Role.CREDIT and \
            credit.lines[-1].text.rstrip().endswith(rules().photo_suffix) and \
            end + 1 < len(tokens) and isinstance(tokens[end + 1], Paragraph):
        return tokens[end + 1]
    return tokens[index]


def _known_column(tokens: list[Token], index: int, step: int) -> int:
    """The column of the nearest paragraph from ``index`` on (by ``step``) that knows it."""
    while 0 <= index < len(tokens) and isinstance(tokens[index], Paragraph):
        if tokens[index].column:
            return tokens[index].column
        index += step
    return 0


def assemble(units: list[Unit], path: str) -> list[Item]:
    """Build the page's items in reading order.

    Page furniture is taken out first, so that a running head cut into pieces and
    scattered down the page does not split headlines or paragraphs; its items go
    first when it opens the page, last otherwise.
    """
    layout = rules()
    furniture = _furniture_items(units)
    tokens = _subhead_halves(_tokens([u for u in units
                                      if not (isinstance(u, Block) and u.role is Role.FURNITURE)]))
    for index, token in enumerate(tokens):
        if isinstance(token, Headline) and _is_subhead(tokens, index, layout):
            words = " ".join(block.lines[0].text.strip() for block in token.blocks)
            tokens[index] = Paragraph(words, token.first, token.last, kind="subhead",
                                      column=_known_column(tokens, index - 1, -1))
    embedded = _embedded_headlines(tokens)
    where = placement([t for t in tokens if id(t) not in embedded])
    chunks: list[list[Token]] = [[]]
    headlines: list[Headline] = []
    for token in tokens:
        if id(token) in embedded:
            continue
        if isinstance(token, Headline):
            headlines.append(token)
            chunks.append([])
        else:
            chunks[-1].append(token)
    drafts = [_chunk_drafts(chunk, layout, opens=where == "before" and number > 0)
              for number, chunk in enumerate(chunks)]
    for headline, paragraph in embedded.values():
        owner = next((d for chunk in drafts for d in chunk
                      if any(p is paragraph for p in d.body)), None)
        if owner is not None and owner.headline is None and owner.type == "article":
            owner.headline = headline
        elif owner is not None:  # a second headline in one paragraph's span: a subhead
            words = " ".join(line.text.strip() for block in headline.blocks for line in block.lines)
            position = next(i for i, p in enumerate(owner.body) if p is paragraph) + 1
            owner.body.insert(position, Paragraph(words, headline.first, headline.last, kind="subhead"))
        else:  # its paragraph went into a caption: the headline stands alone
            drafts[-1].append(_Draft(headline=headline))
    _attach_headlines(drafts, headlines, where)
    opening = [d for d in furniture if d.span()[0] < _first_line(tokens)]
    closing = [d for d in furniture if d not in opening]
    ordered = opening + [draft for chunk in drafts for draft in chunk] + closing
    items = [_finish(draft, path, layout) for draft in ordered]
    return [replace(item, id=f"{_stem(path)}#{n}") for n, item in enumerate(items, 1)]


def _embedded_headlines(tokens: list[Token]) -> dict[int, tuple[Headline, Paragraph]]:
    """Headlines printed inside the span of a paragraph, by id, with that paragraph.

    A paragraph that runs on past a headline (a column broken around an L-shaped
    headline) shows that the headline separates no articles: unless an article
    starts right under it, it belongs to the paragraph's own article.
    """
    embedded = {}
    for index, token in enumerate(tokens):
        if not isinstance(token, Headline):
            continue
        paragraph = next((t for t in reversed(tokens[:index]) if isinstance(t, Paragraph)), None)
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        after = tokens[index + 2] if index + 2 < len(tokens) else None
        if paragraph is not None and paragraph.last > token.last and \
                not (following is not None and is_start(following, after)):
            embedded[id(token)] = (token, paragraph)
    return embedded


def _attach_headlines(drafts: list[list["_Draft"]], headlines: list[Headline], where: str) -> None:
    """Give each headline to the chunk before it or after it.

    The page's placement decides, unless that side has no untitled article left and
    the other side has one (a page mixing both placements).
    """
    def untitled(chunk: list[_Draft], from_end: bool) -> _Draft | None:
        articles = [d for d in chunk if d.type == "article" and d.headline is None]
        return (articles[-1] if from_end else articles[0]) if articles else None

    for index, headline in enumerate(headlines):
        before, after = drafts[index], drafts[index + 1]
        backward, forward = untitled(before, True), untitled(after, False)
        if where == "after":
            target = backward or forward
        else:
            target = forward or backward
        if target is None:  # a headline without text of its own
            target = _Draft()
            (before.append if where == "after" else lambda d: after.insert(0, d))(target)
        target.headline = headline


def _stem(path: str) -> str:
    """The id prefix of a page: its file name without extension (``stdin`` for ``-``);
    a JSONL record keeps its line (``pages:3``)."""
    if path == "-":
        return "stdin"
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    name, _, record = name.partition(":")
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return f"{stem}:{record}" if record else stem


@dataclass
class _Draft:
    """An item being built."""

    type: str = "article"
    body: list[Paragraph] = field(default_factory=list)
    credits: list[Block] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    headline: Headline | None = None
    caption_lines: list[int] = field(default_factory=list)
    started: bool = False
    editors: bool = False  # an `other` item holding the editors' line

    def span(self) -> tuple[int, int]:
        """First and last input line of everything the item holds."""
        parts = [*self.body, *self.credits, *([self.headline] if self.headline else [])]
        lines = [n for part in parts for n in (part.first, part.last)] + self.caption_lines
        return (min(lines), max(lines)) if lines else (0, 0)


def _runs(content: list[Token], layout: LayoutRules) -> list[list[Token]]:
    """Split content into runs: a credit alone, or paragraphs of one column, a dateline opening a new run."""
    runs: list[list[Token]] = []
    for token in content:
        if isinstance(token, Block):
            runs.append([token])
            continue
        last = runs[-1] if runs else None
        # A paragraph of unknown column (one line) must not bridge two columns:
        # compare with the run's first known column.
        known = next((p.column for p in last if isinstance(p, Paragraph) and p.column), 0) if last else 0
        if (last and isinstance(last[-1], Paragraph) and not is_start(token)
                and same_column(known, token.column, layout.width_tolerance)):
            last.append(token)
        else:
            runs.append([token])
    return runs


def _credit_goes_back(runs: list[list[Token]], index: int, layout: LayoutRules) -> bool:
    """Does the credit ``runs[index]`` close the text before it (a photo caption)
    rather than open the next article?

    It does when it is printed on the last line of the text (an inline credit), or
    when undated text precedes it and what follows cannot be that text's article:
    nothing, another credit, a dated article, text of another column, text that is
    itself a caption, or the credit names a photographer (…摄).
    """
    previous = runs[index - 1] if index else None
    following = runs[index + 1] if index + 1 < len(runs) else None
    if not previous or not isinstance(previous[0], Paragraph):
        return False
    if _inline(previous, runs[index][0]):
        return not is_start(previous[-1])
    if is_start(previous[0]):
        return False
    if following is None or isinstance(following[0], Block) or is_start(following[0]):
        return True
    if runs[index][0].lines[-1].text.rstrip().endswith(layout.photo_suffix):
        return True
    if not same_column(previous[-1].column, following[0].column, layout.width_tolerance):
        return True
    after = index + 2
    return after < len(runs) and isinstance(runs[after][0], Block) and \
        runs[after][0].role is Role.CREDIT and _credit_goes_back(runs, after, layout)


def _inline(previous: list[Token], credit: Block) -> bool:
    """Was the credit printed on the same line as the text before it?"""
    return isinstance(previous[-1], Paragraph) and credit.lines[0].rest and \
        previous[-1].last == credit.first


def _chunk_drafts(content: list[Token], layout: LayoutRules, opens: bool = False) -> list[_Draft]:
    """The items of the text between two headlines, before any headline is attached.

    ``opens``: a headline before this text opens it, so its first draft is an
    article even without a dateline or byline.
    """
    runs = _runs(content, layout)
    back = [isinstance(run[0], Block) and run[0].role is Role.CREDIT
            and _credit_goes_back(runs, index, layout) for index, run in enumerate(runs)]
    drafts: list[_Draft] = []
    article: _Draft | None = None
    for index, run in enumerate(runs):
        head = run[0]
        previous = runs[index - 1] if index else None
        if back[index]:
            owner = next(d for d in reversed(drafts) if d.body and d.body[-1] is previous[-1])
            # An inline credit closes the one paragraph on its line.
            caption = previous[-1:] if _inline(previous, head) else list(previous)
            del owner.body[-len(caption):]
            if owner.started:
                caption = _caption_tail(owner, caption, layout)
            if owner.started and owner.body and _names_photographer(head, layout):
                credit = parse_credit(" ".join(line.text for line in head.lines))
                owner.captions.append(Caption(join_pieces([p.text for p in caption]),
                                              credit.text or None, credit.authors))
                owner.caption_lines += [caption[0].first, head.last]
                continue
            if not owner.body and not owner.credits:
                drafts.remove(owner)
                article = None if owner is article else article
            orphan = drafts[-1] if drafts else None
            if orphan is not None and orphan.type == "article" and not orphan.started \
                    and not (opens and orphan is drafts[0]) and all(
                    same_column(p.column, caption[0].column, layout.width_tolerance) for p in orphan.body):
                # Untitled text of the caption's column just before it: its first paragraphs.
                caption = orphan.body + caption
                drafts.remove(orphan)
                article = None if orphan is article else article
            drafts.append(_Draft(type="photo", body=caption, credits=[head]))
        elif isinstance(head, Block):  # a byline opening an article
            if article is None or article.body:
                article = _Draft()
                drafts.append(article)
            article.credits.append(head)
            article.started = True
        else:
            if article is None or (is_start(head) and article.body):
                article = _Draft()
                drafts.append(article)
            article.started = article.started or is_start(head)
            article.body.extend(run)
    return drafts


def _names_photographer(credit: Block, layout: LayoutRules) -> bool:
    """Does a credit name a photographer (`…摄`) without a ■ marker?

    Such a credit closes a caption printed with an article: after the article's text
    it is the article's caption. A marked credit such as ``■ 本报通讯员 X`` closes a
    stand-alone photo (图片新闻), even one printed among another article's columns.
    """
    text = " ".join(line.text.strip() for line in credit.lines)
    return text[:1] not in layout.credit_markers and layout.photo_suffix in text


def _caption_tail(owner: _Draft, caption: list[Paragraph], layout: LayoutRules) -> list[Paragraph]:
    """Move the caption's earlier paragraphs, set narrower than the article, off its body."""
    main = next((p.column for p in owner.body if p.column), 0)
    while len(owner.body) > 1:
        tail = owner.body[-1]
        if not (tail.column and main and tail.column < main - layout.width_tolerance
                and same_column(tail.column, caption[0].column, layout.width_tolerance)):
            break
        caption.insert(0, owner.body.pop())
    return caption


_WEEKDAY = regex.compile(r"^星期[一二三四五六日天]$")
_DATE = regex.compile(r"\d{1,2}月\d{1,2}日$")



def _first_line(tokens: list[Token]) -> int:
    return min((t.first for t in tokens), default=0) or 10**9


def _furniture_items(units: list[Unit]) -> list[_Draft]:
    """One ``other`` item for each run of adjacent furniture blocks."""
    drafts: list[_Draft] = []
    previous_was_furniture = False
    for unit in units:
        is_furniture = isinstance(unit, Block) and unit.role is Role.FURNITURE
        # The editors' line closes the page: an item of its own.
        editors = is_furniture and rules().editors_label.match(unit.text.strip()) is not None
        if is_furniture and previous_was_furniture and not editors and not drafts[-1].editors:
            _add_furniture(drafts[-1], unit)
        elif is_furniture:
            drafts.append(_Draft(type="other", body=_furniture_paragraphs(unit), editors=editors))
        previous_was_furniture = is_furniture
    # A running head cut apart: its weekday joins its date wherever they landed.
    weekdays = [(d, p) for d in drafts for p in d.body if _WEEKDAY.match(p.text)]
    dates = [(d, p) for d in drafts for p in d.body if _DATE.search(p.text)]
    for (owner, date), (draft, weekday) in zip(dates, weekdays):
        position = next(i for i, p in enumerate(owner.body) if p is date)
        owner.body[position] = Paragraph(f"{date.text} {weekday.text}", min(date.first, weekday.first),
                                         max(date.last, weekday.last))
        draft.body.remove(weekday)
    return [d for d in drafts if d.body]


def _add_furniture(draft: _Draft, block: Block) -> None:
    """Add a piece of furniture to the item of the pieces before it; a weekday
    joins the date it follows (`2025年3月7日 星期五`)."""
    for piece in _furniture_paragraphs(block):
        last = draft.body[-1]
        if _WEEKDAY.match(piece.text) and last.text[-1:] == "日":
            draft.body[-1] = Paragraph(f"{last.text} {piece.text}", last.first, piece.last)
        else:
            draft.body.append(piece)


def _furniture_paragraphs(block: Block) -> list[Paragraph]:
    """A furniture block as paragraphs: a running head on one line gives one a piece."""
    paragraph = _furniture_paragraph(block)
    pieces = rules().furniture_pieces.match(paragraph.text)
    if pieces is None:
        return [paragraph]
    return [Paragraph(text, block.first, block.last) for text in pieces.groups()]


def _furniture_paragraph(block: Block) -> Paragraph:
    return Paragraph(" ".join(line.text.strip() for line in block.lines), block.first, block.last)


def _finish(draft: _Draft, path: str, layout: LayoutRules) -> Item:
    """The output item of a draft: headline split, dateline and bylines lifted out of
    the text, authors parsed, list items marked."""
    if draft.type == "article" and not draft.body and draft.headline is None and not any(
            parse_credit(block.text).authors for block in draft.credits):
        # A credit that credits no one (a stray ■): kept, as text of no article.
        draft = replace(draft, type="other", credits=[], body=[
            Paragraph(block.text.strip(), block.first, block.last) for block in draft.credits])
    kicker = title = subtitle = dateline = None
    if draft.headline is not None:
        kicker, title, subtitle = split_headline(draft.headline)
    body = list(draft.body)
    bylines: list[str] = []
    authors: list[Author] = []
    if draft.type == "article" and body and body[0].kind == "paragraph":
        match = layout.dateline.match(body[0].text)
        if match:
            dateline = match.group("dateline")
            if match.group("byline"):
                credit = parse_credit(match.group("byline"))
                bylines.append(credit.text)
                authors.extend(credit.authors)
            rest = body[0].text[match.end():].strip()
            body[0] = replace(body[0], text=rest)
            if not rest:
                body.pop(0)
    for block in draft.credits:
        credit = parse_credit(" ".join(line.text.strip() for line in block.lines))
        bylines.append(credit.text)
        authors.extend(credit.authors)
    if draft.type == "article":
        body = mark_list_items(body, layout)
    first, last = draft.span()
    return Item(type=draft.type, path=path, first=first, last=last,
                kicker=kicker, title=title, subtitle=subtitle, dateline=dateline,
                byline=" ".join(b for b in bylines if b) or None, authors=tuple(authors),
                body=tuple(body), captions=tuple(draft.captions))


def split_headline(headline: Headline) -> tuple[str | None, str | None, str | None]:
    """Kicker, title and subtitle of a headline group.

    Lines opened by ``——`` (and the lines after them in their block) are the
    subtitle. Of the rest, two one-line blocks of the same width are the title's two
    halves (joined by a space); a first block or line clearly narrower than the title
    that follows is the kicker; lines of one block otherwise wrap one title.
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
    if len(main) >= 2 and _halves(headline.blocks[0], headline.blocks[1]):
        title_lines = [" ".join([main[0][0], main[1][0]])] + main[1][1:] + \
            [line for lines in main[2:] for line in lines]
    elif len(main) >= 2:
        kicker = join_pieces(main[0])
        title_lines = [line for lines in main[1:] for line in lines]
    else:
        title_lines = main[0] if main else []
        if _kicker_line(title_lines):
            kicker, title_lines = title_lines[0], title_lines[1:]
    return kicker, join_pieces(title_lines) or None, join_pieces(subtitle) or None


def _kicker_line(lines: list[str]) -> bool:
    """Is the first of a headline block's lines a kicker above a (wrapped) title?

    A wrapped title fills its lines to one width but the last; a first line clearly
    narrower than that width stands apart, unless a word of three characters or more
    runs across the break (`全力以|赴…`).
    """
    if len(lines) < 2 or joins_word(lines[0], lines[1], shortest=3):
        return False
    widths = [display_width(line) for line in lines]
    if len(lines) == 2:
        return widths[0] + 4 <= widths[1]
    full = max(widths[1:-1])
    return widths[0] + 2 <= full and max(widths[1:-1]) - min(widths[1:-1]) <= 2


def mark_list_items(body: list[Paragraph], layout: LayoutRules) -> list[Paragraph]:
    """Highlight items: two or more paragraphs ending in ``；`` and the one closing the list.

    The closing item ends the list with ``……`` (and so on), or is no longer than the
    longest item: a longer paragraph is the body the list introduces.
    """
    result = list(body)
    index = 0
    while index < len(result):
        end = index
        while end < len(result) and result[end].kind == "paragraph" and result[end].text.endswith("；"):
            end += 1
        if end - index >= 2:
            longest = max(len(p.text) for p in result[index:end])
            closing = result[end] if end < len(result) else None
            if closing is not None and closing.kind == "paragraph" and (
                    closing.text.endswith("……") and len(closing.text) <= layout.list_close_ratio * longest
                    or len(closing.text) <= longest):
                end += 1
            for position in range(index, end):
                result[position] = replace(result[position], kind="list_item")
            index = end
        else:
            index += 1
    return result
