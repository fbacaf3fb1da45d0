"""Group paragraphs, headlines and credits into items: articles, photos and other text.

Headlines may precede or follow their articles depending on the extractor; which one
holds is decided per page from the evidence (:func:`ocrfix.headlines.placement`).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from .attach import read_runs
from .credits import parse_credit
from .furniture import furniture_groups
from .headlines import (Headline, Token, Unit, group_headlines, is_start, is_subhead,
                        join_subhead_halves, known_column, placement, split_headline)
from .layout_rules import LayoutRules, rules
from .model import Author, Block, Caption, Item, Line, Paragraph, Role
from .reflow import join_pieces, same_column


def assemble(units: list[Unit], path: str) -> list[Item]:
    """Build the page's items in reading order.

    Page furniture is taken out first, so that a running head cut into pieces and
    scattered down the page does not split headlines or paragraphs; its items go
    first when it opens the page, last otherwise.
    """
    layout = rules()
    furniture = [_Draft(type="other", body=group) for group in furniture_groups(units)]
    tokens = join_subhead_halves(group_headlines([u for u in units
                                      if not (isinstance(u, Block) and u.role is Role.FURNITURE)]))
    for index, token in enumerate(tokens):
        if isinstance(token, Headline) and is_subhead(tokens, index, layout):
            words = " ".join(block.lines[0].text.strip() for block in token.blocks)
            tokens[index] = Paragraph(words, token.first, token.last, kind="subhead",
                                      column=known_column(tokens, index - 1, -1))
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
    # Chunks whose text right under a headline would otherwise open the caption of
    # the photo after it (its text and the photo are one draft when no headline opens).
    captioned = {id(drafted) for drafted, chunk in zip(drafts[1:], chunks[1:])
                 if len(drafted) >= 2 and drafted[0].type == "article" and not drafted[0].started
                 and drafted[1].type == "photo"
                 and len(_chunk_drafts(chunk, layout)) == len(drafted) - 1}
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
    _attach_headlines(drafts, headlines, where, layout, captioned)
    opening = [d for d in furniture if d.span(pieces=False)[0] < _first_line(tokens)]
    closing = [d for d in furniture if d not in opening]
    ordered = opening + [draft for chunk in drafts for draft in chunk] + closing
    stem = _stem(path)
    labels = _labels([d.headline for d in ordered if d.headline is not None])
    return [_finish(draft, path, f"{stem}#{n}", layout, labels) for n, draft in enumerate(ordered, 1)]


def _labels(headlines: list[Headline]) -> frozenset[str]:
    """One-line headline blocks printed over more than one article of the page."""
    counts = Counter(block.lines[0].text.strip() for headline in headlines
                     for block in headline.blocks if len(block.lines) == 1)
    return frozenset(text for text, count in counts.items() if count > 1)


def _embedded_headlines(tokens: list[Token]) -> dict[int, tuple[Headline, Paragraph]]:
    """Headlines printed inside the span of a paragraph, by id, with that paragraph.

    A paragraph that runs on past a headline (a column broken around an L-shaped
    headline) shows that the headline separates no articles: unless an article
    starts right under it (past other headlines), it belongs to the paragraph's own
    article.
    """
    embedded = {}
    for index, token in enumerate(tokens):
        if not isinstance(token, Headline):
            continue
        paragraph = next((t for t in reversed(tokens[:index]) if isinstance(t, Paragraph)), None)
        under = next((i for i in range(index + 1, len(tokens))
                      if not isinstance(tokens[i], Headline)), len(tokens))
        following = tokens[under] if under < len(tokens) else None
        after = tokens[under + 1] if under + 1 < len(tokens) else None
        if paragraph is not None and paragraph.last > token.last and \
                not (following is not None and is_start(following, after)):
            embedded[id(token)] = (token, paragraph)
    return embedded


def _attach_headlines(drafts: list[list["_Draft"]], headlines: list[Headline], where: str,
                      layout: LayoutRules, captioned: set[int]) -> None:
    """Give each headline to the chunk before it or after it (:mod:`ocrfix.attach`).

    ``headlines[k]`` sits between ``drafts[k]`` and ``drafts[k + 1]``; headlines with
    no text between them form one run, read together. A chunk in ``captioned`` (by
    id) opens with text that is an article only if a headline goes to it, and
    otherwise the start of the caption of the photo after it.
    """
    runs: list[list[Headline]] = []
    chunks: list[list[_Draft]] = [drafts[0]]
    for index, headline in enumerate(headlines):
        if runs and not drafts[index]:
            runs[-1].append(headline)
            chunks[-1] = drafts[index + 1]
        else:
            runs.append([headline])
            chunks.append(drafts[index + 1])
    untitled = [[d for d in chunk if d.type == "article" and d.headline is None and d.body]
                for chunk in chunks]
    optional = [id(chunk) in captioned and bool(u) and u[0] is chunk[0]
                for chunk, u in zip(chunks, untitled)]
    readings = read_runs(runs, [len(u) for u in untitled], optional, where, layout.attach)
    for index, reading in enumerate(readings):
        if reading.back is not None:
            untitled[index].pop().headline = reading.back
        if reading.forward is not None:
            untitled[index + 1].pop(0).headline = reading.forward
    for chunk in chunks:
        if id(chunk) in captioned and chunk[0].headline is None:
            orphan = chunk.pop(0)
            chunk[0].body[:0] = orphan.body  # the photo's caption opens with that text
    for index, reading in enumerate(readings):
        alone = list(reading.alone)
        following = chunks[index + 1][:1]
        if alone and following and following[0].type == "photo" and following[0].headline is None:
            # No article takes the headline right over an untitled photo: the photo's title.
            following[0].headline = alone.pop()
        chunks[index].extend(_Draft(headline=headline) for headline in alone)


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
    caption_pieces: list[int] = field(default_factory=list)
    started: bool = False

    def span(self, pieces: bool = True) -> tuple[int, int]:
        """First and last input line of everything the item holds; with ``pieces``,
        of the pieces set apart that it took in too (which may stand far away)."""
        parts = [*self.body, *self.credits, *([self.headline] if self.headline else [])]
        lines = [n for part in parts for n in (part.first, part.last)] + self.caption_lines
        lines += self.pieces() if pieces else ()
        return (min(lines), max(lines)) if lines else (0, 0)

    def pieces(self) -> tuple[int, ...]:
        """Input lines of the pieces set apart that its text and credits took in."""
        return tuple(sorted({n for part in [*self.body, *self.credits] for n in part.pieces}
                            | set(self.caption_pieces)))


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


def _credit_goes_back(runs: list[list[Token]], index: int, layout: LayoutRules,
                      opened: bool = False) -> bool:
    """Does the credit ``runs[index]`` close the text before it (a photo caption)
    rather than open the next article?

    It does when it is printed on the last line of the text (an inline credit), when
    it names a photographer (…摄) under a heading and a paragraph (a photo's title and
    caption), or when undated text precedes it and what follows cannot be that text's
    article: nothing, another credit, a dated article, text of another column, text
    that is itself a caption, or the credit names a photographer. Text after a byline
    that opened its article (``opened``) is that article's: a credit under it opens
    the next.
    """
    previous = runs[index - 1] if index else None
    following = runs[index + 1] if index + 1 < len(runs) else None
    if not previous or not isinstance(previous[0], Paragraph):
        return False
    photographer = layout.photo_credit_end.search(runs[index][0].lines[-1].text.rstrip())
    if _inline(previous, runs[index][0]):
        return not is_start(previous[-1])
    if photographer and len(previous) >= 2 and previous[-2].kind == "subhead":
        return True  # a photo's heading and caption, printed in an article's column
    if photographer and following is None and _run_on(previous[-1], layout) is not None:
        return True  # a caption run on under the article's last paragraph
    if photographer and following is not None and isinstance(following[0], Block):
        return True  # the next credit opens what follows: this one closes a caption
    if is_start(previous[0]):
        return False
    if following is None or isinstance(following[0], Block) or is_start(following[0]):
        return True
    if photographer:
        return True
    if opened:
        return False  # the text before it is an article's, opened by a byline: this one opens the next
    if not same_column(previous[-1].column, following[0].column, layout.width_tolerance):
        return True
    after = index + 2
    return after < len(runs) and isinstance(runs[after][0], Block) and \
        runs[after][0].role is Role.CREDIT and _credit_goes_back(runs, after, layout)


def _closes_article(credit: Block, previous: list[Token] | None, drafts: list[_Draft]) -> bool:
    """A bracketed credit right after the text of an article that has no byline."""
    text = credit.text.strip()
    return (text[:1] in "（(" and previous is not None and isinstance(previous[-1], Paragraph)
            and bool(drafts) and drafts[-1].type == "article" and drafts[-1].body[-1:] == previous[-1:]
            and not drafts[-1].credits and not any(
                rules().dateline.match(p.text) and rules().dateline.match(p.text).group("byline")
                for p in drafts[-1].body[:1]))


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
    back: list[bool] = []
    for index, run in enumerate(runs):
        opened = index >= 2 and isinstance(runs[index - 2][0], Block) \
            and runs[index - 2][0].role is Role.CREDIT and not back[index - 2]
        back.append(isinstance(run[0], Block) and run[0].role is Role.CREDIT
                    and _credit_goes_back(runs, index, layout, opened))
    drafts: list[_Draft] = []
    article: _Draft | None = None
    for index, run in enumerate(runs):
        head = run[0]
        previous = runs[index - 1] if index else None
        if isinstance(head, Block) and head.role is Role.CREDIT and _closes_article(head, previous, drafts):
            # `（本报记者 张三）` under an article's last paragraph: its byline.
            drafts[-1].credits.append(head)
        elif back[index]:
            owner = next(d for d in reversed(drafts) if d.body and d.body[-1] is previous[-1])
            # An inline credit closes the one paragraph on its line; a credit under
            # all of an article's text, its last paragraph (and those before it set as
            # narrow, see _caption_tail).
            caption = previous[-1:] if _inline(previous, head) else \
                _off_column(owner, previous, layout) if owner.started else list(previous)
            del owner.body[-len(caption):]
            if owner.started:
                caption = _caption_tail(owner, caption, layout)
            following = runs[index + 1][0] if index + 1 < len(runs) else None
            if owner.started and owner.body and owner.body[-1].kind == "subhead" \
                    and _names_photographer(head, layout) \
                    and not (isinstance(following, Paragraph) and not is_start(following)):
                # A caption under a heading of its own, the article's text not going
                # on after it: a titled photo (图片新闻) printed in the article's
                # column, not the article's caption.
                title = owner.body.pop()
                line = Line(title.first, title.text, title.text)
                drafts.append(_Draft(type="photo", body=caption, credits=[head],
                                     headline=Headline((Block((line,), Role.HEADING),))))
                continue
            if owner.started and owner.body and _names_photographer(head, layout):
                caption = _caption_run_on(owner, caption, layout)
                credit = parse_credit(" ".join(line.text for line in head.lines))
                owner.captions.append(Caption(join_pieces([p.text for p in caption]),
                                              credit.text or None, credit.authors))
                owner.caption_lines += [caption[0].first, head.last]
                owner.caption_pieces += [n for part in [*caption, head] for n in part.pieces]
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


def _off_column(owner: _Draft, run: list[Paragraph], layout: LayoutRules) -> list[Paragraph]:
    """The caption a credit closes under an article's text: the run's last paragraph,
    and the paragraphs before it set in another column than the article's."""
    main = next((p.column for p in owner.body if p.column and not any(p is r for r in run)), 0)
    start = len(run) - 1
    while start > 0 and main and run[start - 1].column \
            and not same_column(run[start - 1].column, main, layout.width_tolerance):
        start -= 1
    return run[start:]


def _caption_run_on(owner: _Draft, caption: list[Paragraph], layout: LayoutRules) -> list[Paragraph]:
    """A caption set in the article's column, run on under its last paragraph with no
    break but a sentence ending at a line's end, is that paragraph's tail: cut there,
    when the text before the cut is ``caption_run_on_ratio`` times as long."""
    parts = _run_on(caption[-1], layout) if len(caption) == 1 else None
    if parts is None:
        return caption
    owner.body.append(parts[0])
    return [parts[1]]


def _run_on(paragraph: Paragraph, layout: LayoutRules) -> tuple[Paragraph, Paragraph] | None:
    """The paragraph cut at its last inner sentence end, if the text before the cut
    is ``caption_run_on_ratio`` times as long as the text after it."""
    if not paragraph.sentence_ends:
        return None
    head, tail = _cut(paragraph, list(paragraph.sentence_ends[-1:]))
    return (head, tail) if len(head.text) >= layout.caption_run_on_ratio * len(tail.text) else None


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


def _first_line(tokens: list[Token]) -> int:
    return min((t.first for t in tokens), default=0) or 10**9


def _finish(draft: _Draft, path: str, item_id: str, layout: LayoutRules,
            labels: frozenset[str] = frozenset()) -> Item:
    """The output item of a draft: headline split, dateline and bylines lifted out of
    the text, authors parsed, list items marked."""
    if draft.type == "article" and not draft.body and draft.headline is None and not any(
            parse_credit(block.text).authors for block in draft.credits):
        # A credit that credits no one (a stray ■): kept, as text of no article.
        draft = replace(draft, type="other", credits=[], body=[
            Paragraph(block.text.strip(), block.first, block.last, pieces=block.pieces)
            for block in draft.credits])
    kicker = title = subtitle = dateline = None
    if draft.headline is not None:
        kicker, title, subtitle = split_headline(draft.headline, labels)
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
            body[0] = _text_from(body[0], match.end())
            if not body[0].text:
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
                body=tuple(body), captions=tuple(draft.captions), id=item_id, pieces=draft.pieces())


def mark_list_items(body: list[Paragraph], layout: LayoutRules) -> list[Paragraph]:
    """Highlight items: two or more paragraphs ending in ``；`` and the one closing the list.

    The closing item ends the list with ``。`` or ``……`` (and so on) and is not much
    longer than the longest item (``list_close_ratio``): a longer paragraph is the
    body the list introduces. Next to an item, a paragraph with an inner line ending
    in ``；`` is items run together (one ended at the margin): it is cut there.
    """
    result = _items_apart(body, layout)
    index = 0
    while index < len(result):
        end = index
        while end < len(result) and result[end].kind == "paragraph" \
                and result[end].text.endswith(layout.list_item_end):
            end += 1
        if end - index >= 2:
            longest = max(len(p.text) for p in result[index:end])
            closing = result[end] if end < len(result) else None
            if closing is not None and closing.kind == "paragraph" and \
                    closing.text.endswith(layout.list_close_marks) and \
                    len(closing.text) <= layout.list_close_ratio * longest:
                end += 1
            for position in range(index, end):
                result[position] = replace(result[position], kind="list_item")
            index = end
        else:
            index += 1
    return result


def _items_apart(body: list[Paragraph], layout: LayoutRules) -> list[Paragraph]:
    """Cut paragraphs next to a ``；`` item at their inner lines ending in ``；``, when
    every piece is no longer than an item may be."""
    result: list[Paragraph] = []
    for index, paragraph in enumerate(body):
        items = [p for p in body[max(index - 1, 0):index] + body[index + 1:index + 2]
                 if p.kind == "paragraph" and p.text.endswith(layout.list_item_end)]
        ends = [end for end in paragraph.sentence_ends
                if paragraph.text.endswith(layout.list_item_end, 0, end[0])]
        if paragraph.kind != "paragraph" or not ends or not items:
            result.append(paragraph)
            continue
        cuts = [0, *(end for end, _, _ in ends), len(paragraph.text)]
        longest = layout.list_close_ratio * max(len(p.text) for p in items)
        if any(right - left > longest for left, right in zip(cuts, cuts[1:])):
            result.append(paragraph)
            continue
        result += _cut(paragraph, ends)
    return result


def _cut(paragraph: Paragraph, ends: list[tuple[int, int, int]]) -> list[Paragraph]:
    """The paragraph cut at the given inner sentence ends; a piece set apart goes
    with the last part that starts at or before its line (a lead-in's, with the first)."""
    cuts = [0, *(end for end, _, _ in ends), len(paragraph.text)]
    firsts = [paragraph.first, *(following for _, _, following in ends)]
    lasts = [*(last for _, last, _ in ends), paragraph.last]
    owners = {n: max((k for k, first in enumerate(firsts) if first <= n), default=0)
              for n in paragraph.pieces}
    return [replace(paragraph, text=paragraph.text[left:right], first=first, last=last,
                    sentence_ends=tuple((end - left, last_line, next_line) for end, last_line, next_line
                                        in paragraph.sentence_ends if left < end < right),
                    pieces=tuple(n for n in paragraph.pieces if owners[n] == part))
            for part, (left, right, first, last) in enumerate(zip(cuts, cuts[1:], firsts, lasts))]


def _text_from(paragraph: Paragraph, start: int) -> Paragraph:
    """The paragraph from ``start`` on (a lead-in taken off), spaces around it dropped."""
    text = paragraph.text[start:]
    start += len(text) - len(text.lstrip())
    text = text.strip()
    return replace(paragraph, text=text, sentence_ends=tuple(
        (end - start, last, following) for end, last, following in paragraph.sentence_ends
        if 0 < end - start < len(text)))
