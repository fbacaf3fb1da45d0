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
from .layout_rules import rules
from .model import Block, Line, Role

_HAN = regex.compile(r"\p{Han}")
_CUT_NAME = regex.compile(r"[\s:：]\p{Han}$")  # one character after a label or a gap


def regroup(blocks: list[Block]) -> list[Block]:
    """Join the page's scattered name pieces, then give names to the role words
    left without any (or let them stand as a byline of names only)."""
    return _credits(_names(list(blocks)))


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
            result[index] = _with_text(result[index], f"{first} {second}", Role.CREDIT,
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
            result[head] = _with_text(block, text, role, block.last)
            result[tail] = Block(())
    return [block for block in result if block.lines]


def _credits(blocks: list[Block]) -> list[Block]:
    """Role words alone (`本报记者`) and padded names alone (`谢 宁`, `李 贺摄`), paired.

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
             and len(block.lines) == 1 and _padded_name().fullmatch(block.lines[0].text.strip())]
    pairs = sorted(((abs(r - n), r, n) for r in roles for n in names))
    result = list(blocks)
    used: set[int] = set()
    for _, role, name in pairs:
        if role in used or name in used:
            continue
        used |= {role, name}
        text = f"{blocks[role].lines[0].text.strip()} {blocks[name].lines[0].text.strip()}"
        under_headline = name > 0 and blocks[name - 1].role is Role.HEADING
        keep, drop = (name, role) if under_headline else (role, name)
        result[keep] = _with_text(blocks[keep], text, Role.CREDIT, blocks[keep].last)
        result[drop] = Block(())
    return [block for block in result if block.lines]


@cache
def _padded_name() -> regex.Pattern:
    """A two-character name padded to three, as its pieces are printed: `谢 宁`,
    `李 贺摄` (with the photographer's suffix)."""
    return regex.compile(rf"\p{{Han}} \p{{Han}}(?:{regex.escape(rules().photo_suffix)})?")


def _with_text(block: Block, text: str, role: Role, number: int) -> Block:
    """A one-line block of ``text`` (as printed: pieces read from raw lines) numbered
    as the later of its pieces."""
    return Block((Line(number, text, text),), role)
