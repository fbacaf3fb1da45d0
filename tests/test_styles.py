"""Input styles: detection, and the reading-order line stream ``prepare`` makes.

Small made-up pages for each style, and detection and no-loss checks on the real
extractor output in ``tests/data/extracted``.
"""
from __future__ import annotations

from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest
import regex

from ocrfix.layout_rules import load_toml
from ocrfix.styles import STYLES, detect_style, prepare

EXTRACTED = Path(__file__).resolve().parent / "data" / "extracted"
SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_08a40f92cd806406.txt"
FIXTURES = sorted(EXTRACTED.glob("*.*.txt"))


def _texts(stream):
    return [text for _, text in stream]


def _boxes(stream):
    """The stream's non-blank texts grouped into boxes at blank entries."""
    boxes, current = [], []
    for _, text in stream:
        if text.strip():
            current.append(text.strip())
        elif current:
            boxes.append(current)
            current = []
    if current:
        boxes.append(current)
    return boxes


# --- detection ------------------------------------------------------------------------

@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_detects_the_style_of_each_fixture(path):
    assert detect_style(path.read_text("utf-8")) == path.name.split(".")[-2]


def test_the_seed_page_is_plain():
    assert detect_style(SEED.read_text("utf-8")) == "plain"


@pytest.mark.parametrize("text", ["", "\n\n", "\f"])
def test_empty_text_is_plain(text):
    assert detect_style(text) == "plain"


def test_side_by_side_columns_are_layout():
    page = "\n".join(f"左栏第{n}行的文字内容      右栏第{n}行的文字内容" for n in "一二三四")
    assert detect_style(page) == "layout"


def test_a_long_page_without_blank_lines_is_raw():
    page = "\n".join(f"第{n}行正文，一直写到栏宽为止，没有空行" for n in range(30))
    assert detect_style(page) == "raw"
    assert detect_style(page.replace("第5行", "\n第5行").replace("第15行", "\n第15行")) == "plain"


@pytest.mark.parametrize("page", [
    "他说：”今天”很好”。”我们”都来了”。\n他说”明天”也好”。\n",          # every quote read as ”
    "今 天 天 气 很 好 ， 我 们 去 公 园 。\n大 家 都 很 高 兴 。\n",          # spaced Han
    "本报讯〈记者 王军) 今天天气很好,我们去公园.\n大家都很高兴!\n",             # 〈 and ASCII
], ids=["quotes", "spaced", "ascii"])
def test_ocr_fingerprints(page):
    assert detect_style(page) == "ocr"


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("text", ["", "\n", "\f", "   \n\t\n", "a  b", "。\n  \n”", "字" * 5000,
                                  "  左  右  \n" * 3])
def test_odd_input_does_not_crash(style, text):
    for number, piece in prepare(text, style):
        assert piece.strip() in text.split("\n")[number - 1]


def test_unknown_style_is_an_error():
    with pytest.raises(ValueError, match="unknown input style 'pdf'"):
        prepare("文字", "pdf")


def test_auto_uses_the_detected_style():
    page = "左栏第一行文字      右栏第一行文字\n左栏第二行文字      右栏第二行文字\n"
    assert prepare(page) == prepare(page, detect_style(page)) == prepare(page, "layout")


# --- plain ----------------------------------------------------------------------------

def test_plain_is_the_lines_as_they_are():
    page = "莘县\n\n推动政务服务再升级\n 本报讯（记者 王军豪）今天\n"
    assert prepare(page, "plain") == [(1, "莘县"), (2, ""), (3, "推动政务服务再升级"),
                                      (4, " 本报讯（记者 王军豪）今天"), (5, "")]


def test_a_form_feed_breaks_the_box():
    assert prepare("第一页末行\f第二页首行\n\f", "plain") == [
        (1, "第一页末行"), (1, ""), (1, "第二页首行"), (2, "")]


def test_the_seed_page_passes_through_unchanged():
    text = SEED.read_text("utf-8")
    assert prepare(text) == list(enumerate(text.split("\n"), 1))


def test_pages_are_prepared_one_by_one():
    page = "\n".join(_side_by_side(["左栏第一页一", "左栏第一页二"], ["右栏第一页一", "右栏第一页二"], at=10))
    stream = prepare(page + "\n\f" + page.replace("第一页", "第二页"), "layout")
    pages = [text[-3:-1] for _, text in stream if text]
    assert pages == ["一页"] * 4 + ["二页"] * 4
    assert [text for _, text in stream if text][4] == "左栏第二页一"


def test_crlf_line_ends():
    assert prepare("标题\r\n正文\r\n", "plain") == [(1, "标题"), (2, "正文"), (3, "")]


# --- layout ---------------------------------------------------------------------------

def _side_by_side(left: list[str], right: list[str], at: int = 21) -> list[str]:
    """Two columns as -layout writes them: the right one at a fixed offset."""
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return [(a.ljust(at) + b).rstrip() if b else a for a, b in zip(left, right)]


# Two columns, 15 and 13 em; first lines indented two characters (two spaces), the em
# gap in 记者 王军 one space. Lines 1-6, 8.
LAYOUT_PAGE = "\n".join(
    ["         春耕备耕正当时"]
    + _side_by_side(["  本报讯（记者 王军）近日各", "抓住有利时机推进春耕备耕工作，",
                     "农资储备充足，价格总体平稳。", "  据介绍，全市已经完成春播面",
                     "积12万亩，进度快于去年同期。"],
                    ["  各地天气回暖，田间地头", "一派繁忙景象。种粮大户李明", "说：“今年准备充分。”"])
    + ["", "               责任编辑：宋雨桐", ""])


def test_layout_reads_column_after_column_with_the_input_line_numbers():
    stream = prepare(LAYOUT_PAGE, "layout")
    assert _boxes(stream) == [
        ["春耕备耕正当时"],
        ["本报讯（记者 王军）近日各", "抓住有利时机推进春耕备耕工作，", "农资储备充足，价格总体平稳。",
         "据介绍，全市已经完成春播面", "积12万亩，进度快于去年同期。"],
        ["各地天气回暖，田间地头", "一派繁忙景象。种粮大户李明", "说：“今年准备充分。”"],
        ["责任编辑：宋雨桐"],
    ]
    assert [number for number, text in stream if text] == [1, 2, 3, 4, 5, 6, 2, 3, 4, 8]


def test_layout_keeps_a_first_line_indent_as_two_spaces():
    texts = _texts(prepare(LAYOUT_PAGE, "layout"))
    assert "  本报讯（记者 王军）近日各" in texts
    assert "  据介绍，全市已经完成春播面" in texts
    assert "  各地天气回暖，田间地头" in texts
    assert "抓住有利时机推进春耕备耕工作，" in texts


def test_layout_separates_boxes_by_blank_entries():
    stream = prepare(LAYOUT_PAGE, "layout")
    assert stream[-1][1] == ""
    assert all(a[1] or b[1] for a, b in pairwise(stream)), "no double blanks"


def test_layout_keeps_a_wide_gap_that_is_no_gutter():
    # The em space in 记者   王军 is three spaces, but the lines around have text there.
    page = "\n".join(_side_by_side(
        ["  本报讯（记者   王军）近日各", "抓住有利时机推进春耕备耕工作，", "农资储备充足，价格总体平稳。"],
        ["右栏第一行文字内容", "右栏第二行文字内容", "右栏第三行文字内容"], at=24))
    assert _boxes(prepare(page, "layout"))[0][0] == "本报讯（记者   王军）近日各"


def test_layout_keeps_a_subhead_in_halves_whole_beside_lines_of_other_spacing():
    # The left column is set tighter than the right one, so every other row is blank
    # on the right; only the rows with text there tell whether the gap is a gutter.
    left = [f"左栏第{n}行的文字内容" for n in "一二三四五六七八九"]
    right = ["", "右栏正文第一行的文字内容", "", "上半句标题    下半句标题", "",
             "右栏正文第二行的文字内容", "", "右栏正文第三行的文字内容"]
    boxes = _boxes(prepare("\n".join(_side_by_side(left, right, at=24)), "layout"))
    assert any("上半句标题    下半句标题" in box for box in boxes)


def test_layout_does_not_run_a_short_headline_into_the_column_under_it():
    page = "   市场监管\n  今天，本市开展了市场检\n查工作，覆盖各类商超和农贸\n市场。\n"
    assert _boxes(prepare(page, "layout")) == [
        ["市场监管"], ["今天，本市开展了市场检", "查工作，覆盖各类商超和农贸", "市场。"]]


def test_layout_does_not_run_the_end_of_a_box_into_a_kicker_under_it():
    page = ("全市各类商超和农贸市场均已\n检查工作将持续开展到月底。\n下周还将组织复查。\n"
            "    北湖区\n  加强定点药店常态化监管\n")
    assert _boxes(prepare(page, "layout"))[0] == [
        "全市各类商超和农贸市场均已", "检查工作将持续开展到月底。", "下周还将组织复查。"]


def test_layout_follows_a_column_past_rows_of_another_article():
    # Loose leading: the left column's next line comes after five rows of an article
    # set beside it at other offsets; it continues the same box.
    left = ["  今天上午，全市春季植", "树活动在城郊林场举行，", "", "", "", "", "", "数百名志愿者参加。"]
    right = ["", "", "右侧文章第一行文字", "右侧文章第二行文字", "右侧文章第三行文字",
             "右侧文章第四行文字", "右侧文章第五行文字"]
    boxes = _boxes(prepare("\n".join(_side_by_side(left, right, at=26)), "layout"))
    assert boxes[0] == ["今天上午，全市春季植", "树活动在城郊林场举行，", "数百名志愿者参加。"]


def _placed(rows: list[list[tuple[int, str]]]) -> str:
    """A -layout page from each row's pieces at their offsets."""
    lines = []
    for pieces in rows:
        line = ""
        for offset, text in pieces:
            line = line.ljust(offset) + text
        lines.append(line)
    return "\n".join(lines)


def test_layout_splits_at_a_column_edge_a_title_row_hides():
    # The byline 孙明哲 sits beside the middle column's first line; the only rows
    # near it with text over the gap are the title's and one of the middle column's
    # (the others are the right column's and lie beyond), but the middle column's
    # lines below all start where the second piece does: the gap is a gutter.
    page = _placed([[(2, "让小切口撬动民生大改善（新论）")],
                    [(0, "孙明哲"), (12, "切口入手就能办成")], [(12, "群众关心的大事。")],
                    [(24, "心。")], [(26, "抓好民生小切")],
                    [(2, "家门口的养老"), (14, "抓好民生小切"), (24, "口还要久久为功")],
                    [(0, "服务站和社区里"), (12, "口首先要找准群"), (24, "民生实事不能一")],
                    [(0, "的健身圈。"), (12, "众的急难愁盼。"), (24, "阵风。")]])
    boxes = _boxes(prepare(page, "layout"))
    assert ["孙明哲"] in boxes
    assert ["切口入手就能办成", "群众关心的大事。", "抓好民生小切", "口首先要找准群",
            "众的急难愁盼。"] in boxes


def test_layout_keeps_a_running_head_with_em_gaps_whole():
    # A row between blank rows has no neighbours to find gutters by: only gaps wider
    # than an em gap split it.
    page = "人民日报    2025年3月15日   星期六" + " " * 40 + "第5版   评论\n\n  正文一行。\n"
    assert _boxes(prepare(page, "layout"))[:2] == [["人民日报    2025年3月15日   星期六"],
                                                   ["第5版   评论"]]


def test_layout_does_not_run_a_column_into_a_headline_under_it():
    # A short line that ends no sentence under a column's full last line is the next
    # article's title, not the paragraph's last line.
    page = ("一栏正文第一行的文字内容\n一栏正文第二行的文字内容\n一栏正文第三行的文字内容\n"
            "南方早稻育秧\n  记者从湖南等地农业部\n")
    assert _boxes(prepare(page, "layout"))[0] == [
        "一栏正文第一行的文字内容", "一栏正文第二行的文字内容", "一栏正文第三行的文字内容"]


def test_layout_keeps_an_em_gap_that_overruns_a_narrow_column():
    # The dateline's em gap (three offsets for one em) pushes 何新 past the column's
    # offsets, over the gap the lines under it leave; no column starts there.
    page = _placed([[(4, "本报讯（记者"), (13, "何新"), (19, "斗定位精调等新技术新")],
                    [(0, "宇 通讯员 高远）3月6"), (19, "装备，铺轨精度控制在")],
                    [(0, "日上午，随着最后一块轨"), (19, "一毫米以内，日均铺轨")],
                    [(0, "道板精准铺设到位，东江"), (19, "四公里。")]])
    assert _boxes(prepare(page, "layout"))[0] == [
        "本报讯（记者   何新", "宇 通讯员 高远）3月6", "日上午，随着最后一块轨", "道板精准铺设到位，东江"]


def test_layout_keeps_a_caption_whose_last_line_starts_left_of_its_first():
    # A two-line caption: the indented first line, then a short last line that
    # -layout starts left of it, under nothing else.
    page = _placed([[(0, "正文第一行文字"), (17, "近日，游客在景区赏花拍")],
                    [(0, "正文第二行文字")], [(0, "正文第三行文字"), (13, "照。")]])
    assert ["近日，游客在景区赏花拍", "照。"] in _boxes(prepare(page, "layout"))


def test_layout_reads_an_article_column_by_column_before_a_title_beside_it():
    # The left article's title is as wide as its first column but stands apart from
    # it: a line over an indented first line that ends no sentence is no paragraph's
    # end. The next article's title sits level with it. The page is cut down between
    # the columns and the article beside them, so that title waits until the left
    # article's columns are read.
    page = _placed([[(0, "问需于企座谈会召"), (24, "抢抓农时")],
                    [(0, "  今天上午，青"), (12, "棉服产业发展的相"), (24, "  当前，春灌")],
                    [(0, "山市举办了棉服产"), (12, "关政策缓解融资难"), (24, "用水充足。")],
                    [(0, "业座谈会落实促进"), (12, "题搭建银企桥梁。")]])
    assert [box[0] for box in _boxes(prepare(page, "layout"))][:4] == [
        "问需于企座谈会召", "今天上午，青", "棉服产业发展的相", "抢抓农时"]


def test_layout_keeps_a_line_left_short_by_a_number_in_its_box():
    # `12.3%` did not fit on the line above it, which stops short of the measure.
    page = _placed([[(0, "  据统计，全市共接待游客"), (30, "右栏第一行文字内容排满")],
                    [(0, "八十六万人次，同比增长了"), (30, "右栏第二行文字内容排满")],
                    [(0, "旅游收入同比分别增长"), (30, "右栏第三行文字内容排满")],
                    [(0, "12.3%和15.8%。"), (30, "右栏第四行。")]])
    assert _boxes(prepare(page, "layout"))[0][-2:] == ["旅游收入同比分别增长", "12.3%和15.8%。"]


def test_layout_sets_apart_a_headline_with_space_under_it():
    # A title alone on its row, off the column's edge, a row skipped under it (the
    # byline beside) while the column's lines follow row by row: not the column's top.
    page = _placed([[(16, "假日旅游市场升温")],
                    [(0, "■ 本报记者 王建华")],
                    [(2, "与市检察院建立劳"), (14, "用水及引黄入冀调水")],
                    [(0, "动者权益保障工作"), (14, "安全。市总工会用好")],
                    [(0, "协作机制成立服务"), (14, "线上线下工会阵地。")]])
    boxes = _boxes(prepare(page, "layout"))
    assert ["假日旅游市场升温"] in boxes
    assert ["用水及引黄入冀调水", "安全。市总工会用好", "线上线下工会阵地。"] in boxes


@pytest.mark.parametrize("example", load_toml("layout", "side_by_side.toml")["examples"])
def test_side_by_side_rule_examples(example):
    """The examples in rules/layout/side_by_side.toml are executable."""
    assert _boxes(prepare(_placed(example["rows"]), "layout")) == example["boxes"]


# --- raw ------------------------------------------------------------------------------

def test_raw_breaks_before_a_line_wider_than_the_column():
    page = ("栏宽较窄的一栏正文第一\n栏宽较窄的一栏正文第二\n栏宽较窄的一栏正文三。\n"
            "这是一张图片的说明文字，栏宽比正文宽得多。\n")
    assert _boxes(prepare(page, "raw")) == [
        ["栏宽较窄的一栏正文第一", "栏宽较窄的一栏正文第二", "栏宽较窄的一栏正文三。"],
        ["这是一张图片的说明文字，栏宽比正文宽得多。"]]


def test_raw_moves_the_break_back_over_an_indented_first_line():
    # Nine-character column, then a fourteen-character one whose first line is indented.
    page = ("窄栏正文第一行文字\n窄栏正文第二行文字\n窄栏正文第三行。\n"
            "宽栏新段首行的文字内容\n宽栏正文第二行的文字内容啊\n")
    assert _boxes(prepare(page, "raw"))[1] == ["宽栏新段首行的文字内容", "宽栏正文第二行的文字内容啊"]


def test_raw_gives_a_short_heading_after_a_sentence_its_own_box():
    page = ("一栏正文第一行文字内容\n一栏正文第二行文字内容\n正文结束了。\n"
            "定点药店\n完成上传\n另一篇正文第一行文字\n")
    assert _boxes(prepare(page, "raw")) == [
        ["一栏正文第一行文字内容", "一栏正文第二行文字内容", "正文结束了。"],
        ["定点药店", "完成上传"],
        ["另一篇正文第一行文字"]]


def test_raw_leaves_a_dateline_with_an_open_bracket_in_its_box():
    page = ("一栏正文第一行文字内容\n一栏正文第二行文字内容\n正文结束了。\n"
            "本报讯（记者 张洁\n吴兆旭）当前，农业生产\n")
    assert len(_boxes(prepare(page, "raw"))) == 1


def test_raw_keeps_a_plain_column_whole():
    page = "".join(f"同一栏里的第{n}行文字\n" for n in "一二三四五六") + "最后一行。\n"
    assert len(_boxes(prepare(page, "raw"))) == 1


# --- ocr ------------------------------------------------------------------------------

def test_ocr_trims_lines_and_blanks_rule_marks():
    page = "  本报讯〈记者”王军) 今天  \n|\n———\n__ . __\n国 本报记者 李兆宪\n2\n"
    assert prepare(page, "ocr") == [
        (1, "本报讯〈记者”王军) 今天"), (2, ""), (3, ""), (4, ""),
        (5, "国 本报记者 李兆宪"), (6, "2"), (7, "")]


# --- no loss, on the real fixtures ----------------------------------------------------

def _characters(text: str) -> Counter:
    return Counter(regex.sub(r"\s", "", text))


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_prepare_keeps_every_character_once(path):
    text = path.read_text("utf-8")
    style = path.name.split(".")[-2]
    kept = _characters("".join(_texts(prepare(text, style))))
    if style == "ocr":
        # Only lines of rule-like marks may go, and no Han character with them.
        dropped = _characters(text) - kept
        assert not kept - _characters(text)
        assert not regex.search(r"[\p{Han}\p{L}\p{N}]", "".join(dropped.elements()))
    else:
        assert kept == _characters(text)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_prepare_pieces_come_from_their_input_lines(path):
    text = path.read_text("utf-8")
    lines = text.split("\n")
    for number, piece in prepare(text, path.name.split(".")[-2]):
        assert 1 <= number <= len(lines)
        assert piece.strip() in lines[number - 1]


@pytest.mark.parametrize("style", STYLES)
def test_prepare_is_deterministic(style):
    path = EXTRACTED / f"p2_zonghe.{style}.txt"
    text = path.read_text("utf-8")
    assert prepare(text, style) == prepare(text, style)


def test_a_headline_cut_in_two_at_the_top_of_an_ocr_page_is_one_line():
    from ocrfix.styles import _join_cut_headlines
    stream = [(1, "全国春播粮食进"), (2, ""), (3, "度快于去年同期"), (4, ""), (5, "本报讯 今天天气很好。")]
    assert [n for n, _ in _join_cut_headlines(stream)] == [1, 3, 4, 5]


@pytest.mark.parametrize("example", load_toml("layout", "ocr.toml")["examples"])
def test_ocr_rule_examples(example):
    """The examples in rules/layout/ocr.toml are executable."""
    assert _boxes(prepare("\n".join(example["lines"]) + "\n", "ocr")) == example["boxes"]
