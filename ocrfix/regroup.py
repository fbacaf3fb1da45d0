"""Put back together the pieces of credits that an extractor scattered over the page.

pdftotext's default mode takes em gaps that line up over several lines for gutters,
even across different items: a byline `本报记者　谢　宁` can come out as `本报记者`
in one place and `谢` / `宁` twenty lines later, an editors' line
`版式设计：李　明` as `版式设计：李` with its `明` elsewhere. The pieces are known
by their kind wherever they landed: a single Han character alone in its box is
never text or a headline; a role word alone (`本报记者`) still wants its names.
This stage runs on blocks with roles, before paragraphs are rejoined, so the
regrouped credits open or close their articles as if printed in one piece.
"""
from __future__ import annotations

from functools import cache

import regex

from .credits import unpad_names
from .layout_rules import interleave_rules, rules
from .model import Block, Line, Role

_HAN = regex.compile(r"\p{Han}")
_CUT_NAME = regex.compile(r"[\s:：]\p{Han}$")  # one character after a label or a gap
_OPEN_CREDIT = regex.compile(r"[（(]\p{Han}{0,8}$")  # a lead-in's bracket left open at the end
_OPENING = regex.compile(r"[（(]\p{Han}")
_TAIL_NAME = regex.compile(r"\p{Han}+$")
_HEAD_NAME = regex.compile(r"\p{Han}+")


def regroup(blocks: list[Block]) -> list[Block]:
    """Close up lead-ins cut at their gaps; join the page's scattered name pieces
    (a lone character glued under a block taken back off it where it finds its
    other half), then give names to the role words left without any (or let them
    stand as a byline of names only)."""
    blocks = [_leadin_pieces(block) for block in _leadin_blocks(list(blocks))]
    blocks, tails = _split_tails(blocks)
    blocks = _leadin_surnames(_names(blocks))
    return _credits(_reglue(blocks, tails))


def _split_tails(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """Blocks with a last line of one Han character that no text ends with (after
    a sentence's end, or under a headline) split in two: pdftotext glues half a
    padded name (`方`, of `方　舟`) to the block above it. The split-off lines too."""
    result: list[Block] = []
    tails: list[Block] = []
    for block in blocks:
        lines = block.lines
        if len(lines) > 1 and _HAN.fullmatch(lines[-1].raw.strip()) and (
                block.role is Role.HEADING or rules().ends_sentence(lines[-2].text)):
            tails.append(Block(lines[-1:]))
            result += [Block(lines[:-1], block.role), tails[-1]]
        else:
            result.append(block)
    return result, tails


def _reglue(blocks: list[Block], tails: list[Block]) -> list[Block]:
    """Split-off lines that found no other half, back under their blocks."""
    result: list[Block] = []
    for block in blocks:
        if any(block is tail for tail in tails) and result:
            result[-1] = Block(result[-1].lines + block.lines, result[-1].role)
        else:
            result.append(block)
    return result


def _leadin_surnames(blocks: list[Block]) -> list[Block]:
    """A lead-in naming someone by one character, no surname, right after a role
    word (`本报讯（记者 琳）`) lost the first half of a padded name (`周　琳`): it
    takes the nearest lone surname in the blocks just before it."""
    result = list(blocks)
    for index, block in enumerate(blocks):
        text = block.lines[0].text
        at = _surnameless(text)
        if at is None:
            continue
        lone = next((i for i in range(index - 1, max(index - 3, -1), -1)
                     if rules().surname.fullmatch(_lone(result[i]))), None)
        if lone is not None:
            text = f"{text[:at]}{_lone(result[lone])} {text[at:]}"
            line = Line.joined(block.lines[0].number, text, text, block.lines[:1] + result[lone].lines)
            result[index] = Block((line,) + block.lines[1:], block.role)
            result[lone] = Block(())  # merged away
    return [block for block in result if block.lines]


def _surnameless(text: str) -> int | None:
    """Where in a lead-in a one-character name with no surname stands, or None.

    >>> _surnameless("本报讯（记者 琳）今天"), _surnameless("本报讯（记者 周琳）今天")
    (7, None)
    """
    match = rules().dateline.match(text)
    if not match or not match.group("byline"):
        return None
    previous = ""
    for word in regex.finditer(r"\S+", match.group("byline")):
        name = word.group()
        if len(name) == 1 and not rules().surname.fullmatch(name) \
                and (not previous or rules().role_pattern.fullmatch(previous)):
            return match.start("byline") + word.start()
        previous = name
    return None


def _leadin_blocks(blocks: list[Block]) -> list[Block]:
    """A block holding only a lead-in left open (`本报讯（通讯员`, maybe with pieces
    of its credits) and the block going on with the rest of it (`许可）当前，…`),
    one block: the extractor set the pieces apart at an em gap."""
    result: list[Block] = []
    for block in blocks:
        if result and _left_open(result[-1]) and block.role is Role.BODY \
                and _continues_leadin(block.lines[0].text.strip()):
            result[-1] = Block(result[-1].lines + block.lines, Role.BODY)
        else:
            result.append(block)
    return result


def _left_open(block: Block) -> bool:
    """A block of a lead-in left open and pieces of its credits, nothing else."""
    texts = [line.text.strip() for line in block.lines]
    return block.role is not Role.FURNITURE and _open_leadin(texts[0]) \
        and all(_name_piece().fullmatch(text) for text in texts[1:])


def _continues_leadin(text: str) -> bool:
    """A piece of a lead-in's credits, or its last piece closing the bracket."""
    return bool(_name_piece().fullmatch(text) or _closing_piece().match(text))


def _leadin_pieces(block: Block) -> Block:
    """A block opening with a lead-in cut into pieces at its em gaps, one a line
    (`本报讯（记者` / `刘思远` / `高志远` / `罗晓雯）3月6`), with its pieces on one
    line again: set apart as printed, where no line end cut a name
    (:func:`credit_gap`). Lines are read one at a time (joined without spaces), and
    names run together cannot be told apart."""
    lines = block.lines
    texts = [line.text.strip() for line in lines]
    # The gap between a lead-in and its bracket may cut it too: `本报讯` / `（记者`.
    start = 2 if len(texts) > 2 and _bare_leadin(texts[0]) and _OPENING.match(texts[1]) else 1
    if len(lines) < 2 or not _open_leadin("".join(texts[:start])):
        return block
    end = start
    while end < len(lines) and _name_piece().fullmatch(texts[end]):
        end += 1
    end += end < len(lines) and _continues_leadin(texts[end])
    if end == 1:
        return block
    raws = [line.raw.strip() for line in lines[:end]]
    joined = Line.joined(lines[0].number, _join_credit(raws), _join_credit(texts[:end]), lines[:end])
    return Block((joined,) + lines[end:], block.role)


def _bare_leadin(text: str) -> bool:
    """A lead-in and nothing after it: `本报讯`."""
    match = rules().dateline.match(text)
    return match is not None and match.end() == len(text)


def _open_leadin(text: str) -> bool:
    """A lead-in cut off after its bracket opened: `本报讯（记者`, `新华社北京3月6日电（记`."""
    match = rules().dateline.match(text)
    return match is not None and _OPEN_CREDIT.search(text) is not None


def _join_credit(pieces: list[str]) -> str:
    """Credit pieces set on one line, a space between two unless a line end cut a
    name there.

    >>> _join_credit(["本报讯（记者", "赵海", "涛", "通讯员", "李", "晓明）今天"])
    '本报讯（记者 赵海涛 通讯员 李晓明）今天'
    """
    text = pieces[0]
    for piece in pieces[1:]:
        text += (" " if credit_gap(text, piece) else "") + piece
    return text


def credit_gap(before: str, after: str) -> bool:
    """Whether an em gap stood between two pieces of a credit: a role word on
    either side, or names too long put together; else a line end cut a name there
    when the piece after is a single character no name starts with (`赵海` / `涛`)
    or the one before a surname alone (`李` / `晓明`, a padded `王` / `军`).

    >>> credit_gap("记者", "王军"), credit_gap("赵海", "涛"), credit_gap("李", "晓明")
    (True, False, False)
    >>> credit_gap("王军", "李"), credit_gap("刘思远", "高志远")
    (True, True)
    """
    layout = rules()
    tail = _TAIL_NAME.search(before)
    head = _HEAD_NAME.match(after)
    if not tail or not head or layout.role_pattern.fullmatch(tail.group()) \
            or layout.role_pattern.fullmatch(head.group()):
        return True
    tail, head = tail.group(), head.group()
    if len(tail) + len(head) > layout.cut_name_chars:
        return True
    lone_tail = len(tail) == 1 and layout.surname.fullmatch(tail) is not None
    lone_head = len(head) == 1 and layout.surname.fullmatch(head) is None
    return not (lone_tail or lone_head)


def _lone(block: Block) -> str:
    """The character of a block holding one Han character and nothing else, or ''."""
    if len(block.lines) != 1 or block.role is Role.FURNITURE:
        return ""
    text = block.lines[0].raw.strip()
    return text if _HAN.fullmatch(text) else ""


def _cut_name(block: Block) -> bool:
    """Is the block the first half of a name cut off at its gap: an editors' line
    ending in one character (`版式设计：李`), or a common surname alone (`林`)?"""
    if len(block.lines) != 1:
        return False
    text = block.lines[0].raw.strip()
    if _lone(block):
        return rules().surname.fullmatch(text) is not None
    text = unpad_names(block.lines[0].text.strip())  # `李 明` is a whole name
    return block.role is Role.FURNITURE and rules().editors_label.match(text) is not None \
        and _CUT_NAME.search(text) is not None


def _names(blocks: list[Block]) -> list[Block]:
    """Padded two-character names cut at their gap, put together.

    Two single characters in boxes one after the other, the first a common surname,
    are one name (`谢` / `宁` -> `谢 宁`). Other single characters are the second
    halves of names whose first halves stand elsewhere, at the end of a line
    (`版式设计：李`) or alone (`林`): an extractor emits the pieces of one gutter
    in page order, so the first half takes the first second half, and so on; only
    when the halves are as many as the first halves.
    """
    result = list(blocks)
    for index in range(len(result) - 1):
        first, second = _lone(result[index]), _lone(result[index + 1])
        if first and second and rules().surname.fullmatch(first):
            result[index] = _with_text(result[index:index + 2], f"{first} {second}", Role.CREDIT,
                                       result[index + 1].last)
            result[index + 1] = Block(())  # merged away
    result = [block for block in result if block.lines]
    heads = [i for i, block in enumerate(result) if _cut_name(block)]
    tails = [i for i, block in enumerate(result) if _lone(block) and i not in heads]
    if heads and len(heads) == len(tails):
        for head, tail in zip(heads, tails):
            block = result[head]
            role = Role.FURNITURE if block.role is Role.FURNITURE else Role.CREDIT
            text = f"{block.lines[0].text.strip()} {result[tail].lines[0].raw.strip()}"
            result[head] = _with_text([block, result[tail]], text, role, block.last)
            result[tail] = Block(())
    return [block for block in result if block.lines]


def _credits(blocks: list[Block]) -> list[Block]:
    """Role words alone (`本报记者`) and padded names alone (`谢 宁`, `李 贺摄`, a common
    surname first, not a spaced word such as `关 注`), paired.

    The nearest pairs are joined first. A byline stands under its headline: the
    joined credit takes the place of the names when a headline is right above them,
    else that of the role word, where the credit begins (a photo credit under its
    caption). Names left over stay a byline of names only.
    """
    layout = rules()
    roles = [i for i, block in enumerate(blocks) if len(block.lines) == 1
             and block.role is not Role.FURNITURE
             and layout.role_pattern.fullmatch(block.lines[0].text.strip())]
    names = [i for i, block in enumerate(blocks) if block.role is not Role.FURNITURE
             and len(block.lines) == 1 and _padded_name().fullmatch(block.lines[0].text.strip())
             and layout.surname.match(block.lines[0].text.strip())]
    pairs = sorted((abs(r - n), r, n) for r in roles for n in names)
    result = list(blocks)
    used: set[int] = set()
    for _, role, name in pairs:
        if role in used or name in used:
            continue
        used |= {role, name}
        text = f"{blocks[role].lines[0].text.strip()} {blocks[name].lines[0].text.strip()}"
        under_headline = name > 0 and blocks[name - 1].role is Role.HEADING
        keep, drop = (name, role) if under_headline else (role, name)
        result[keep] = _with_text([blocks[role], blocks[name]], text, Role.CREDIT, blocks[keep].last)
        result[drop] = Block(())
    return [block for block in result if block.lines]


@cache
def _name_piece() -> regex.Pattern:
    """A role or a name, or a piece of one, alone on its line."""
    return regex.compile(rf"\p{{Han}}{{1,{interleave_rules().piece_chars}}}")


@cache
def _closing_piece() -> regex.Pattern:
    """A lead-in's last piece closing its bracket, the text going on after it."""
    return regex.compile(rf"\p{{Han}}{{1,{interleave_rules().piece_chars}}}[）)]")


@cache
def _padded_name() -> regex.Pattern:
    """A two-character name padded to three, as its pieces are printed: `谢 宁`,
    `李 贺摄` (with the photographer's suffix)."""
    return regex.compile(rf"\p{{Han}} \p{{Han}}(?:{regex.escape(rules().photo_suffix)})?")


def _with_text(parts: list[Block], text: str, role: Role, number: int) -> Block:
    """A one-line block of ``text`` (as printed: pieces read from raw lines) put
    together from the blocks ``parts``, numbered ``number``; it keeps the input
    lines of all of them."""
    return Block((Line.joined(number, text, text, [line for part in parts for line in part.lines]),), role)
