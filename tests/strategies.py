"""Hypothesis strategies for synthetic newspaper pages (see ``ocrfix.generate``)."""
from __future__ import annotations

from hypothesis import strategies as st

from ocrfix.generate import GeneratedPage, PageSpec, generate_page

_probability = st.floats(min_value=0.0, max_value=1.0)


def _range(low: int, high: int) -> st.SearchStrategy[tuple[int, int]]:
    return st.tuples(st.integers(low, high), st.integers(0, high - low)).map(
        lambda pair: (pair[0], min(high, pair[0] + pair[1])))


def _widths(low: int, high: int) -> st.SearchStrategy[tuple[int, ...]]:
    return st.lists(st.integers(low, high), min_size=1, max_size=4, unique=True).map(tuple)


def page_specs() -> st.SearchStrategy[PageSpec]:
    """Any combination of layout options, on small pages."""
    return st.builds(
        PageSpec,
        articles=_range(1, 4), photos=_range(0, 2), paragraphs=_range(1, 5),
        widths=_widths(16, 70), caption_widths=_widths(12, 30),
        headlines=st.sampled_from(["before", "after", "mixed"]),
        indent=st.sampled_from(["drop", "ideographic", "ascii"]),
        **{name: _probability for name in (
            "paragraph_gap", "box_break", "title_wrap", "kicker", "subtitle", "byline_block",
            "leadin_own_line", "letter_spacing", "pad_names", "subheads", "list_items",
            "captions", "interleave", "spaced_numbers", "halfwidth", "stray_spaces",
            "line_columns", "side_by_side")},
        furniture=st.booleans(), drawn=st.booleans(),
    )


def pages() -> st.SearchStrategy[GeneratedPage]:
    """A generated page (raw text and gold items) from any spec and seed."""
    return st.builds(generate_page, page_specs(), st.integers(0, 2**32 - 1))
