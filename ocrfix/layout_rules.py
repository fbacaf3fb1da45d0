"""The layout rule data of ``rules/layout/``, loaded once and compiled."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import regex


def load_toml(*parts: str) -> dict:
    """Read one TOML file shipped under ``rules/``."""
    resource = files("ocrfix.rules").joinpath(*parts)
    return tomllib.loads(resource.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class LayoutRules:
    """Everything the layout stages read from data, compiled."""

    terminal: str
    closing: str
    clause_mark: regex.Pattern  # a mark ending a clause or a sentence: running text
    pairs: tuple[str, ...]
    heading_never_ends: str
    hanging: str
    continuation_start: str
    number_units: str
    dateline: regex.Pattern
    credit_markers: str
    roles: dict[str, str]
    role_pattern: regex.Pattern
    photo_suffix: str
    photo_credit_end: regex.Pattern  # `…摄` or `…摄（新华社发）` closing a credit
    not_photographers: tuple[str, ...]
    name_pattern: str
    bare_name: regex.Pattern  # three characters opening with a common surname
    surname: regex.Pattern  # one common surname
    name_word_frequency: int  # a name alone that jieba counts this often is a word
    cut_name_chars: int  # a name cut by a line end has at most this many characters
    furniture: regex.Pattern
    place_kicker: regex.Pattern
    kicker_max_ratio: float  # a kicker is at most this many times as wide as its title's lines
    dangling_words: str  # one-character function words no headline ends with
    furniture_pieces: regex.Pattern
    paper_name: regex.Pattern  # the paper's name alone, a running head piece
    paper_date: regex.Pattern  # the paper's name run into its date: a space goes there
    dated: regex.Pattern  # a running head piece opening with its date
    weekday: regex.Pattern  # a weekday alone, a running head piece
    editors_label: regex.Pattern
    short_line: int
    short_line_with_ascii: int
    width_tolerance: int
    heading_max_lines: int
    heading_max_width: int
    subhead_max_width: int
    credit_max_width: int
    continuation_window: int
    indent: int
    one_line_paragraph: int
    indent_width: int
    caption_narrower: int
    clear_indent: int
    clear_indent_with_ascii: int
    column_jump: int  # text lines this much wider than the open line above: another box
    column_ratio: float  # ... and this many times as wide
    weights: dict[str, float]
    attach: dict[str, float]  # scores of giving headlines to articles (:mod:`ocrfix.attach`)
    list_close_ratio: float
    list_item_end: str  # the mark a listed item ends with
    list_close_marks: tuple[str, ...]  # the marks the item closing a list ends with
    caption_run_on_ratio: float

    def ends_sentence(self, text: str) -> bool:
        """True when ``text`` ends with terminal punctuation, maybe before closing marks.

        >>> rules().ends_sentence("真是省心又省力！”")
        True
        >>> rules().ends_sentence("为银企合作奠定")
        False
        """
        stripped = text.rstrip().rstrip(self.closing)
        return bool(stripped) and stripped[-1] in self.terminal

    def unclosed(self, text: str) -> bool:
        """True when ``text`` opens a quotation mark or bracket more often than it
        closes it.

        >>> rules().unclosed("作为“高效"), rules().unclosed("“一件事”办成")
        (True, False)
        """
        return any(text.count(pair[0]) > text.count(pair[1]) for pair in self.pairs)


@cache
def rules() -> LayoutRules:
    """The layout rules, compiled once per process."""
    punctuation = load_toml("layout", "punctuation.toml")
    datelines = load_toml("layout", "datelines.toml")
    credits = load_toml("layout", "credits.toml")
    furniture = load_toml("layout", "furniture.toml")
    limits = load_toml("layout", "layout.toml")
    headlines = load_toml("layout", "headlines.toml")
    agencies = "|".join(map(regex.escape, datelines["agencies"]))
    role_words = sorted(credits["roles"], key=len, reverse=True)
    labels = "|".join(map(regex.escape, furniture["labels"]))
    sections = "|".join(map(regex.escape, furniture["sections"]))

    def furniture_pattern(text: str) -> str:
        """A pattern of furniture.toml with its placeholders filled in."""
        for name, value in (("labels", labels), ("sections", sections), ("date", furniture["date"]),
                            ("weekday", furniture["weekday"]), ("paper_suffix", furniture["paper_suffix"])):
            text = text.replace(f"{{{name}}}", value)
        return text
    return LayoutRules(
        terminal=punctuation["terminal"],
        closing=punctuation["closing"],
        clause_mark=regex.compile(f"[{regex.escape(punctuation['clause_marks'])}]"),
        pairs=tuple(punctuation["pairs"]),
        heading_never_ends=punctuation["heading_never_ends"],
        hanging=punctuation["hanging"],
        continuation_start=punctuation["continuation_start"],
        number_units=punctuation["number_units"],
        dateline=regex.compile(datelines["pattern"].replace("{agencies}", agencies),
                               regex.VERBOSE),
        credit_markers=credits["markers"],
        roles=credits["roles"],
        role_pattern=regex.compile("|".join(map(regex.escape, role_words))),
        photo_suffix=credits["photo_suffix"],
        photo_credit_end=regex.compile(rf"{regex.escape(credits['photo_suffix'])}(?:[（(][^（）()]{{1,12}}[）)])?$"),
        not_photographers=tuple(credits["not_photographers"]),
        name_pattern=credits["name_pattern"],
        bare_name=regex.compile(rf"[{credits['surnames']}]\p{{Han}}{{2}}"),
        surname=regex.compile(rf"[{credits['surnames']}]"),
        name_word_frequency=credits["word_frequency"],
        cut_name_chars=credits["cut_name_chars"],
        furniture=regex.compile(furniture_pattern("|".join(f"(?:{p})" for p in furniture["patterns"]))),
        editors_label=regex.compile(rf"^(?:{labels})\s*[:：]?"),
        furniture_pieces=regex.compile(furniture_pattern(furniture["pieces"])),
        paper_name=regex.compile(furniture_pattern(furniture["paper"])),
        paper_date=regex.compile(furniture_pattern(furniture["paper_date"])),
        dated=regex.compile(furniture_pattern("^{date}")),
        weekday=regex.compile(furniture_pattern("^{weekday}$")),
        place_kicker=regex.compile(headlines["place_kicker"]),
        kicker_max_ratio=headlines["kicker_max_ratio"],
        dangling_words=headlines["dangling_words"],
        weights=limits["continuation"],
        list_item_end=punctuation["list_item_end"],
        list_close_marks=tuple(punctuation["list_close_marks"]),
        attach=headlines["attach"],
        # The numbers of layout.toml, each a field of the same name.
        **{key: value for key, value in limits.items() if key in _LIMITS},
    )


_LIMITS = ("short_line", "short_line_with_ascii", "width_tolerance", "heading_max_lines",
           "heading_max_width", "subhead_max_width", "credit_max_width", "continuation_window",
           "indent", "one_line_paragraph", "indent_width", "caption_narrower",
           "clear_indent", "clear_indent_with_ascii", "column_jump", "column_ratio",
           "list_close_ratio", "caption_run_on_ratio")


@dataclass(frozen=True)
class InterleaveRules:
    """Thresholds and weights for reading interleaved columns apart
    (``rules/layout/interleave.toml``, used by :mod:`ocrfix.interleave`)."""

    min_run: int
    max_columns: int
    min_column_lines: int
    width_tolerance: int
    ascii_tolerance: int
    indent: int
    indent_most: int
    class_lines: int
    min_measure: int
    headline_chars: int
    piece_chars: int
    piece_reach: int
    credit_after: int
    clause_marks: str
    balance_slack: int
    beam: int
    grid_beam: int
    grid_lines: int
    weights: dict[str, float]


@cache
def interleave_rules() -> InterleaveRules:
    """The interleaved-column rules, read once per process."""
    return _fields(InterleaveRules, "interleave.toml")


@dataclass(frozen=True)
class SideBySideRules:
    """Thresholds for reading ``pdftotext -layout`` pages, columns side by side
    (``rules/layout/side_by_side.toml``, used by :mod:`ocrfix.styles`)."""

    look_rows: int
    neighbour_rows: int
    indent: int
    edge: float
    indent_ems: int
    edge_rows: int
    em_gap: int
    lone_gap: int
    short_open: float


@cache
def side_by_side_rules() -> SideBySideRules:
    """The side-by-side column rules, read once per process."""
    return _fields(SideBySideRules, "side_by_side.toml")


@dataclass(frozen=True)
class OcrRules:
    """Thresholds for tesseract pages (``rules/layout/ocr.toml``, used by
    :mod:`ocrfix.styles`)."""

    gap: int
    noise_han_share: float


@cache
def ocr_rules() -> OcrRules:
    """The OCR page rules, read once per process."""
    return _fields(OcrRules, "ocr.toml")


def _fields(rules_class, file: str):
    """An instance of the dataclass ``rules_class`` from the same-named keys of a
    ``rules/layout`` file."""
    data = load_toml("layout", file)
    return rules_class(**{name: data[name] for name in rules_class.__dataclass_fields__})
