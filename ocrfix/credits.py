"""Bylines and photo credits: the printed credit and its parsed authors."""
from __future__ import annotations

from functools import cache

import regex

from .layout_rules import rules
from .model import Author, Credit

_CLOSING_CREDIT = regex.compile(r"[（(]([^（）()]{3,40})[）)]")
_HAN = regex.compile(r"\p{Han}")
_PADDED_ALONE = regex.compile(r"\p{Han} \p{Han}")
# Whitespace, and the quote marks OCR reads an em gap between names as.
_SPACES = regex.compile(r"[\s\N{IDEOGRAPHIC SPACE}”“]+")


@cache
def _photo_credit() -> regex.Pattern:
    """A photographer's name and suffix closing a line: `李华摄`, `张明摄（新华社发）`."""
    return regex.compile(r"(?:^|\s)\p{Han}{2,4}" + rules().photo_credit_end.pattern)


@cache
def _padded_name() -> regex.Pattern:
    """Two single Han characters between spaces (or the ends, a role word before, a
    photo credit's suffix after) are one two-character name padded to the width of
    three: `王 军` -> `王军`, `记者王 悦` -> `记者 王悦`, `张 扬摄` -> `张扬摄`."""
    layout = rules()
    roles = "|".join(map(regex.escape, sorted(layout.roles, key=len, reverse=True)))
    suffix = regex.escape(layout.photo_suffix)
    return regex.compile(rf"(?:(?<![\p{{Han}}·])|(?<=(?:^|\s)(?:{roles})))(\p{{Han}}) (\p{{Han}})"
                         rf"(?=(?:{suffix})?(?![\p{{Han}}·]))")


def unpad_names(text: str) -> str:
    """A credit with its padded names closed up and set apart from a role word.

    >>> unpad_names("本报记者 王 军 李晓明"), unpad_names("记者王 悦"), unpad_names("新华社记者 张 扬摄")
    ('本报记者 王军 李晓明', '记者 王悦', '新华社记者 张扬摄')
    """
    def close_up(match: regex.Match) -> str:
        after_role = match.start() > 0 and _HAN.match(text, match.start() - 1) is not None
        return (" " if after_role else "") + match.group(1) + match.group(2)
    return _padded_name().sub(close_up, text)


def is_common_word(text: str) -> bool:
    """Is ``text`` a word jieba counts often enough that it is no name alone?"""
    from .words import frequency
    return frequency(text) >= rules().name_word_frequency


def strip_marker(text: str) -> str:
    """Drop a leading credit marker such as ``■``."""
    return text.lstrip().lstrip(rules().credit_markers).strip()


def is_credit_line(text: str) -> bool:
    """True for a line printed as a credit: a marker, or role words and names only.

    >>> is_credit_line("■ 本报通讯员")
    True
    >>> is_credit_line("本报记者 孙文辉")
    True
    >>> is_credit_line("本报记者从市场监管局获悉")
    False
    >>> is_credit_line("林晓摄"), is_credit_line("拍摄")
    (True, False)
    >>> is_credit_line("（本报记者 张三 李四）"), is_credit_line("（完）")
    (True, False)
    >>> is_credit_line("何 远"), is_credit_line("何远")
    (True, False)
    """
    stripped = text.strip()
    if stripped[:1] and stripped[0] in rules().credit_markers:
        return True
    if _PADDED_ALONE.fullmatch(stripped):
        # A two-character name padded to three, alone (`何 远`); a word set out so
        # (`聚 焦`, a kicker) is none.
        return not is_common_word(stripped.replace(" ", ""))
    closing = _CLOSING_CREDIT.fullmatch(stripped)
    if closing:  # a closing credit in brackets: `（本报记者 张三 李四）`
        stripped = closing.group(1)
    # Unmarked, a credit must set its role word apart (`本报记者 孙文辉`), or a
    # sentence such as `本报记者从市场获悉` would read as role and name.
    # A photo credit names its photographer: `李华摄`, `张明摄（新华社发）`.
    word = rules().role_pattern.match(stripped)
    set_apart = word is not None and stripped[word.end():word.end() + 1] == " "
    stripped = unpad_names(stripped)
    photo = _photo_credit().search(stripped) is not None
    return (set_apart or photo) and bool(_credit_authors(stripped))


def parse_credit(text: str) -> Credit:
    """Parse one credit as printed; several credit lines come joined by spaces.

    >>> c = parse_credit("■ 本报记者 王 军 李晓明")
    >>> c.text, [(a.role, a.name) for a in c.authors]
    ('本报记者 王军 李晓明', [('记者', '王军'), ('记者', '李晓明')])
    >>> [(a.role, a.name) for a in parse_credit("李华摄（新华社发）").authors]
    [('摄影', '李华')]
    >>> [(a.role, a.name) for a in parse_credit("新华社发 李华 摄").authors]
    [('摄影', '李华')]
    """
    printed = _SPACES.sub(" ", strip_marker(text)).strip()
    closing = _CLOSING_CREDIT.fullmatch(printed)
    if closing and rules().role_pattern.match(closing.group(1)):
        printed = closing.group(1).strip()  # the brackets are not part of the byline
    printed = unpad_names(printed)
    authors = _credit_authors(printed)
    if authors is None:
        # Role words and names run together where an extractor dropped the em gaps
        # (`记者何新宇通讯员高远`): set the role words apart and read it again.
        spaced = _set_roles_apart(printed)
        authors = _credit_authors(spaced)
        printed = spaced if authors else printed
    return Credit(printed, tuple(authors or ()))


def _set_roles_apart(text: str) -> str:
    """``text`` with a space on each side of every role word between Han characters.

    >>> _set_roles_apart("记者何新宇通讯员高远"), _set_roles_apart("记者 王军豪通讯员 张立彬")
    ('记者 何新宇 通讯员 高远', '记者 王军豪 通讯员 张立彬')
    """
    pieces, last = [], 0
    for word in rules().role_pattern.finditer(text):
        pieces += [text[last:word.start()], word.group()]
        last = word.end()
    return " ".join(piece.strip() for piece in pieces + [text[last:]] if piece.strip())


_PARENTHESES = regex.compile(r"[（(]([^（）()]*)[）)]")


@cache
def _name() -> regex.Pattern:
    return regex.compile(rules().name_pattern)


def _credit_authors(text: str) -> list[Author] | None:
    """Authors of a credit, or None when the text is not made of roles and names."""
    layout = rules()
    name = _name()
    text = _PARENTHESES.subf(" {1} ", text).replace("、", " ")  # `记者 王晨阳、刘思雨`
    authors: list[Author] = []
    role: str | None = None
    role_given = False
    for token in text.split():
        if token == layout.photo_suffix and authors:
            # `本报记者 张三 摄`: the suffix set apart still names the photographer.
            if not role_given:
                authors[-1] = Author("摄影", authors[-1].name)
            continue
        while token:
            word = layout.role_pattern.match(token)
            if word:
                mapped = layout.roles[word.group()]
                role, role_given = (mapped or None), bool(mapped)
                token = token[word.end():]
                continue
            person, person_role = token, role
            if person.endswith(layout.not_photographers):
                return None
            if person.endswith(layout.photo_suffix) and len(person) > 2:
                person = person[: -len(layout.photo_suffix)]
                if not role_given:
                    person_role = "摄影"
            if not name.fullmatch(person):
                return None
            authors.append(Author(person_role, person))
            token = ""
    return authors
