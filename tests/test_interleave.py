"""Columns that pdftotext interleaved line by line are read apart (``ocrfix.interleave``).

Made-up pages: a few paragraphs laid out in columns, their lines interleaved the way
poppler writes them on loosely leaded pages (one line a block, row by row across the
columns, a column sometimes starting a row lower).
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from ocrfix.generate import _SENTENCES, PageSpec, _break, _units, interleave_rows, set_in_columns
from ocrfix.interleave import _Scorer, _articles, _is_piece, _line, _mark_credited, deinterleave, width_classes
from ocrfix.layout_rules import interleave_rules, load_toml, rules
from ocrfix.pipeline import parse
from ocrfix.styles import _pages, prepare

EXTRACTED = Path(__file__).resolve().parent / "data" / "extracted"
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_08a40f92cd806406.txt"
INDENT = 4  # cells: a paragraph's first line loses its two-character indent


def _lines(paragraphs: list[str], width: int) -> list[str]:
    """Paragraphs broken into lines of ``width`` cells, first lines indented (the
    indent dropped, as pdftotext does)."""
    lines: list[str] = []
    for text in paragraphs:
        lines += _break(_units(text, PageSpec(), random.Random(0)), width, width - INDENT)
    return lines


def _interleave(columns: list[list[str]], lower: list[int]) -> list[tuple[int, str]]:
    """Row by row across the columns, column ``i`` starting ``lower[i]`` rows down;
    each line a block of its own."""
    stream: list[tuple[int, str]] = []
    for text in interleave_rows(columns, lower):
        stream += [(len(stream) + 1, text), (len(stream) + 2, "")]
    return stream[:-1]


def _blocks(stream):
    blocks, current = [], []
    for _, text in stream + [(0, "")]:
        if text:
            current.append(text)
        elif current:
            blocks.append(current)
            current = []
    return blocks


# --- made-up pages -----------------------------------------------------------------

PARAGRAPHS = ["本报讯（记者 王军）今天上午，全市春季植树活动在城郊林场举行。数百名志愿者扛着铁锹、"
              "提着水桶，在山坡上栽下了一棵棵树苗。",
              "据了解，今年我市计划新增绿地面积两千亩，重点建设一批“口袋公园”和城市绿道，"
              "让市民出门就能见到绿色。",
              "记者注意到，不少家长带着孩子一同参加，在劳动中感受“绿水青山就是金山银山”的理念。"
              "植树结束后，志愿者们还清理了林场周边的垃圾。"]
LEFT, RIGHT = set_in_columns(_lines(PARAGRAPHS, 24), 2)


def test_two_columns_come_apart_left_first():
    stream = _interleave([LEFT, RIGHT], [0, 0])
    assert _blocks(deinterleave(stream)) == [LEFT, RIGHT]


def test_two_columns_the_left_one_starting_lower():
    stream = _interleave([LEFT, RIGHT], [1, 0])
    assert _blocks(deinterleave(stream)) == [LEFT, RIGHT]


def test_three_columns():
    columns = set_in_columns(_lines(PARAGRAPHS, 22), 3)
    assert _blocks(deinterleave(_interleave(columns, [0, 0, 0]))) == columns


def test_a_lead_in_split_at_its_gap_is_put_back_together():
    """pdftotext cuts ``本报讯（记者 王军）`` at the em gap and may write the second
    piece first: the pieces go back at the head of their column."""
    paragraphs = ["本报讯（记者 王军）今天上午，全市春季植树活动在城郊林场举行。数百名志愿者扛着"
                  "铁锹、提着水桶，在山坡上栽下了一棵棵树苗。"] + PARAGRAPHS[1:]
    left, right = set_in_columns(_lines(paragraphs, 24), 2)
    lead, name = left[0].split(" ")
    stream = _interleave([[name] + left[1:], right], [0, 0])
    stream[1:1] = [(99, ""), (100, lead)]
    assert _blocks(deinterleave(stream)) == [[lead, name] + left[1:], right]


def test_a_lead_in_cut_before_its_bracket_heads_its_column():
    """``本报讯 （记者 王军）`` cut at both gaps: ``本报讯`` / ``（记者`` / ``王军）今天…``."""
    paragraphs = ["本报讯 （记者 王军）今天上午，全市春季植树活动在城郊林场举行。数百名志愿者扛着"
                  "铁锹、提着水桶，在山坡上栽下了一棵棵树苗。"] + PARAGRAPHS[1:]
    left, right = set_in_columns(_lines(paragraphs, 24), 2)
    lead, bracket, name = left[0].split(" ")
    stream = _interleave([[name] + left[1:], right], [0, 0])
    stream[0:0] = [(97, lead), (98, ""), (99, bracket), (100, "")]
    assert _blocks(deinterleave(stream)) == [[lead, bracket, name] + left[1:], right]


def test_parse_reads_an_interleaved_article():
    lines = [text for _, text in _interleave([LEFT, RIGHT], [0, 0])]
    items = parse("植树添绿\n\n" + "\n".join(lines) + "\n", style="plain")
    assert [(item.title, item.dateline, item.byline) for item in items] == [("植树添绿", "本报讯", "记者 王军")]
    assert [p.text for p in items[0].body] == [PARAGRAPHS[0].removeprefix("本报讯（记者 王军）")] + PARAGRAPHS[1:]


def test_line_numbers_stay_with_their_lines():
    stream = _interleave([LEFT, RIGHT], [0, 0])
    number = {text: n for n, text in stream if text}
    out = deinterleave(stream)
    assert all(number[text] == n for n, text in out if text)
    assert sorted(n for n, text in out if text) == sorted(number.values())


def test_a_headline_in_the_run_is_a_block_of_its_own():
    stream = _interleave([LEFT, RIGHT], [0, 0])
    stream += [(len(stream) + 1, ""), (len(stream) + 2, "植树添绿")]
    assert _blocks(deinterleave(stream)) == [LEFT, RIGHT, ["植树添绿"]]


def test_articles_set_one_under_the_other_come_apart_one_by_one():
    second = set_in_columns(_lines(["下一步，我市将继续加大投入力度，完善基础设施，推动乡村振兴取得新成效。"
                                     "各地还将组织专家深入田间地头，为农户提供技术指导。",
                                     "据悉，今年全市计划新建高标准农田五万亩，进一步提升粮食综合生产能力。"],
                                    24), 2)
    texts = interleave_rows([LEFT, RIGHT], [0, 0]) + ["田间地头"] + interleave_rows(second, [0, 0])
    stream = [entry for n, text in enumerate(texts) for entry in ((2 * n + 1, text), (2 * n + 2, ""))]
    assert _blocks(deinterleave(stream)) == [LEFT, RIGHT, ["田间地头"]] + second


def test_a_headline_as_wide_as_a_column_starts_an_article_where_its_credits_follow():
    """A headline no narrower than the columns is told by the credit pieces the
    extractor writes just after it; the column line just above it (no clause mark
    either) stays with the article before."""
    rule, layout = interleave_rules(), rules()
    body = interleave_rows([LEFT, RIGHT], [0, 0])
    texts = body[:-1] + ["全市春季植树活动在城郊林", "让群众出门就能见到绿色", "■", "本报记者", "王军"] + body
    lines = [_line(text, layout, rule) for text in texts]
    pieces = [i for i, line in enumerate(lines) if _is_piece(line, layout, rule)]
    kept = [line for i, line in enumerate(_mark_credited(lines, pieces, rule)) if i not in pieces]
    spans = _articles(kept, width_classes(kept, rule), layout, rule)
    assert [kept[start].text for start, _ in spans] == [body[0], "让群众出门就能见到绿色"]


def test_a_line_its_credits_follow_is_cheap_to_leave_on_its_own():
    """A headline as wide as a column, its credits just after it, is no column line."""
    rule, layout = interleave_rules(), rules()
    texts = LEFT + ["让群众出门就能见到绿色", "■"]
    lines = [_line(text, layout, rule) for text in texts]
    classes = width_classes(lines, rule)
    plain = _Scorer(lines, classes, layout, rule).own(len(LEFT))
    credited = _Scorer(_mark_credited(lines, [len(LEFT) + 1], rule), classes, layout, rule).own(len(LEFT))
    assert (plain, credited) == (rule.weights["own_block"], rule.weights["own_short"])


def test_rows_written_right_column_first_are_read_left_first():
    """A column set a fraction of a line higher comes first in every row pdftotext
    writes: the reading order comes from the text, not from the order in a row."""
    paragraphs = PARAGRAPHS + ["下一步，我市将继续加大投入力度，完善基础设施，推动乡村振兴取得新成效。"]
    left, right = set_in_columns(_lines(paragraphs, 22), 2)
    texts = [text for row in zip(right, left) for text in row] + left[len(right):]
    stream = [entry for n, text in enumerate(texts) for entry in ((2 * n + 1, text), (2 * n + 2, ""))]
    assert len(texts) >= 20  # long enough to be read as rows
    assert _blocks(deinterleave(stream)) == [left, right]


def test_short_runs_of_one_line_blocks_are_left_alone():
    stream = prepare("1\n\n要闻\n\n2025年3月7日\n\n星期五\n\n各地抢抓农时推进春耕\n\n好天气\n", "plain")
    assert deinterleave(stream) == stream


def test_runs_of_lines_of_no_common_measure_are_left_alone():
    """Headlines, credit pieces and editors' lines in a row are no columns (p8)."""
    texts = ["明", "晨", "打通科研成果转化“最后一公里”", "3 月 14 日，西川省", "版式设计：李", "林",
             "创新之路没有坦", "本报记者", "责编：王晓", "本报记者"]
    stream = [entry for n, text in enumerate(texts) for entry in ((2 * n + 1, text), (2 * n + 2, ""))]
    assert deinterleave(stream) == stream


def test_rule_examples_hold():
    """The examples in rules/layout/interleave.toml are executable."""
    for example in load_toml("layout", "interleave.toml")["examples"]:
        stream = _interleave(example["columns"], example["lower"])
        assert _blocks(deinterleave(stream)) == example["columns"]


# --- pages that are not interleaved -----------------------------------------------

def test_pages_that_are_not_interleaved_are_unchanged():
    # p6 and p8 are set with loose leading: poppler interleaves their columns' lines.
    paths = [p for p in EXTRACTED.glob("*.plain.txt") if not p.name.startswith(("p6_", "p8_"))] + [SEED]
    for path in paths:
        for page in _pages(path.read_text("utf-8")):
            assert deinterleave(page) == page, path.name


# --- property ------------------------------------------------------------------------

@st.composite
def interleaved_articles(draw):
    """Paragraphs in 2-3 columns of one width, interleaved with ragged starts."""
    count = draw(st.integers(2, 3))
    width = draw(st.sampled_from([20, 22, 24, 26, 28, 30]))
    paragraphs = draw(st.lists(st.sampled_from(_SENTENCES), min_size=2, max_size=8, unique=True))
    columns = set_in_columns(_lines(paragraphs, width), count)
    lower = draw(st.lists(st.integers(0, 1), min_size=len(columns), max_size=len(columns)))
    return columns, lower


@settings(max_examples=60, deadline=None)
@given(interleaved_articles())
def test_reading_interleaved_columns_apart_keeps_every_line(article):
    """Every line comes out once, with its number."""
    stream = _interleave(*article)
    out = deinterleave(stream)
    assert sorted(entry for entry in out if entry[1]) == sorted(entry for entry in stream if entry[1])


@pytest.mark.parametrize("count, ragged, floor", [(2, False, 0.8), (2, True, 0.65),
                                                  (3, False, 0.65), (3, True, 0.3)])
def test_most_interleaved_articles_come_apart(count, ragged, floor):
    """Over 50 made-up articles, the share read back exactly (columns and their order)
    keeps its floor (a little under what was measured). Most misses are true
    ambiguities: two columns breaking paragraphs on the same row read as well with
    their tails swapped; columns ending and starting paragraphs have no order; a
    column starting a row lower leaves one line that could head either column."""
    rng = random.Random(count)
    articles = []
    while len(articles) < 50:
        paragraphs = rng.sample(_SENTENCES, rng.randint(3, 9))
        columns = set_in_columns(_lines(paragraphs, rng.choice([20, 22, 24, 26, 28, 30])), count)
        if len(columns) == count and min(map(len, columns)) >= 5:
            articles.append((columns, [rng.randint(0, 1) if ragged else 0 for _ in columns]))
    exact = sum(_blocks(deinterleave(_interleave(*article))) == article[0] for article in articles)
    assert exact >= floor * len(articles)
