"""Scattered pieces put back together: credits, editors' lines, running heads, and
paragraphs whose later column an extractor emitted first (pdftotext's default mode)."""
from __future__ import annotations

from pathlib import Path

from ocrfix.pipeline import parse

from pagekit import column, wrap

P1 = "湖畔公园的樱花在这个周末迎来盛花期，前来赏花的市民络绎不绝，园区增派了管理人员维持秩序。"
P2 = "公园管理处负责人介绍，今年园区新栽种了两百多株樱花树，品种比往年更加丰富，花期也更长。"
P3 = "为方便市民出行，公交公司临时加开了多条线路，并在公园南门设置了临时停靠站点。"


def test_a_role_word_takes_the_padded_name_cut_off_far_from_it():
    page = ("本报讯（记者 周明）" + column([P1], 16) + "\n\n本报记者\n\n公交加开线路\n\n谢\n\n宁\n\n"
            + column([P3], 16) + "\n")
    items = parse(page)
    assert [(i.byline, [a.name for a in i.authors], [p.text for p in i.body]) for i in items][-1] \
        == ("本报记者 谢宁", ["谢宁"], [P3])


def test_a_byline_put_together_from_pieces_far_apart_keeps_their_lines():
    """`本 报 记 者` (line 5) and `谢` (line 9) stand outside the span of the text
    they credit: the item's source lines reach them, and so do their fixes."""
    page = ("本报讯（记者 周明）" + column([P1], 16) + "\n\n本 报 记 者\n\n公交加开线路\n\n谢\n\n宁\n\n"
            + column([P3], 16) + "\n")
    items = parse(page, explain=True)
    assert [(i.byline, i.to_dict()["source"]["lines"], [(f.line, f.after) for f in i.fixes])
            for i in items] == [("记者 周明", [1, 7], []), ("本报记者 谢宁", [5, 15], [(5, "本报记者")])]


def test_a_layout_line_holding_other_pieces_too_gives_its_fixes_by_span():
    """On a ``-layout`` page, line 10 holds the name closing a lead-in cut at its gap
    (`本报北京3月10日电（记者` / `宋佳音）…`) and, two columns on, the indented first
    line of the next article: the indent's fix goes to that article, not to the one
    that took the name."""
    path = Path(__file__).parent / "data" / "extracted" / "p5_wenhua.layout.txt"
    items = parse(path.read_text("utf-8"), str(path), explain=True)
    [taker] = [i for i in items if 10 in i.pieces]
    [owner] = [i for i in items for f in i.fixes if (f.line, f.col, f.before) == (10, 1, "  ")]
    assert taker.byline == "记者 宋佳音" and owner.body[0].text.startswith("走进青山市图书馆新馆")


def test_editors_line_pieces_and_a_cut_name_come_back_together():
    page = ("本报讯（记者 周明）" + column([P1], 16) + "\n\n樱花盛开引客来\n\n"
            "本版责编：刘明远\n\n胡\n\n安 彭 飞\n\n版式设计：李\n\n明\n")
    items = parse(page)
    assert [p.text for p in items[-1].body] == ["本版责编：刘明远 胡安 彭飞 版式设计：李明"]


def test_the_papers_name_joins_its_date_wherever_they_landed():
    page = ("人民日报\n\n2版\n\n本报讯（记者 周明）" + column([P1], 16) + "\n\n星期五\n\n樱花盛开引客来\n\n"
            "2025年3月14日\n")
    texts = [p.text for i in parse(page) if i.type == "other" for p in i.body]
    assert "人民日报 2025年3月14日 星期五" in texts


def test_a_column_emitted_before_the_one_it_continues_is_joined_after_it():
    lines = wrap(P1, 14) + wrap(P2, 14)
    # The second column (`持秩序。`, mid-word: 维|持) comes first, then the article's start.
    page = ("樱花盛开引客来\n\n" + "\n".join(lines[3:]) + "\n\n本报讯（记者 周明）\n" + "\n".join(lines[:3])
            + "\n\n" + column([P3], 14) + "\n\n公交加开线路\n")
    bodies = [[p.text for p in i.body] for i in parse(page)]
    assert bodies[0] == [P1, P2, P3]


def test_a_lead_in_cut_at_its_gaps_keeps_its_names_apart():
    """pdftotext cut the lead-in ``本报讯（记者　刘思远　高志　远）`` (``高志远``
    broken by a line end) into pieces, one a line; the names stay apart."""
    lines = wrap(P1, 14)
    page = ("樱花盛开引客来\n\n本报讯（记者\n刘思远\n高志\n远\n通讯员\n李\n晓明）" + lines[0] + "\n"
            + "\n".join(lines[1:]) + "\n")
    items = parse(page)
    assert [(i.dateline, i.byline, [a.name for a in i.authors]) for i in items] == \
        [("本报讯", "记者 刘思远 高志远 通讯员 李晓明", ["刘思远", "高志远", "李晓明"])]
    assert [p.text for p in items[0].body] == [P1]


def test_a_credit_block_cut_at_its_gaps_is_one_byline():
    page = ("樱花盛开引客来\n\n■\n本报记者\n王\n军\n李晓明\n本报通讯员\n陈静怡\n\n" + column([P1], 16) + "\n")
    items = parse(page)
    assert [(i.title, i.byline) for i in items] == [("樱花盛开引客来", "本报记者 王军 李晓明 本报通讯员 陈静怡")]


def test_a_lead_in_set_apart_from_its_name_and_under_a_headline_opens_the_article():
    """pdftotext glued `本报讯（记者` under the title and set `吴迪）…` apart."""
    lines = wrap(P1, 14)
    page = "樱花盛开引客来\n本报讯（记者\n\n吴迪）" + lines[0] + "\n" + "\n".join(lines[1:]) + "\n"
    items = parse(page)
    assert [(i.title, i.dateline, i.byline, [p.text for p in i.body]) for i in items] == \
        [("樱花盛开引客来", "本报讯", "记者 吴迪", [P1])]


def test_a_lead_in_name_without_its_surname_takes_the_lone_surname_glued_above():
    """`本报讯（记者　周　琳）`: the `周` landed under the headline."""
    lines = wrap(P1, 14)
    page = "樱花盛开引客来\n周\n\n本报讯（记者\n琳）" + lines[0] + "\n" + "\n".join(lines[1:]) + "\n"
    items = parse(page)
    assert [(i.title, i.byline, [a.name for a in i.authors]) for i in items] == \
        [("樱花盛开引客来", "记者 周琳", ["周琳"])]


def test_half_a_padded_name_glued_under_a_headline_finds_its_other_half():
    page = ("樱花盛开引客来\n方\n\n舟\n\n本报记者\n\n" + column([P1], 16) + "\n")
    items = parse(page)
    assert [(i.title, i.byline) for i in items] == [("樱花盛开引客来", "本报记者 方舟")]


def test_a_title_wrapped_before_its_last_character_keeps_it():
    page = "樱花盛开引客\n来\n\n" + column([P1], 16) + "\n"
    assert [i.title for i in parse(page)] == ["樱花盛开引客来"]


def test_a_lead_in_cut_before_its_bracket_too_is_put_together():
    lines = wrap(P1, 14)
    page = ("樱花盛开引客来\n\n本报讯\n（记者\n郭振\n华\n罗晓雯）" + lines[0] + "\n" + "\n".join(lines[1:]) + "\n")
    items = parse(page)
    assert [(i.dateline, i.byline, [p.text for p in i.body]) for i in items] == \
        [("本报讯", "记者 郭振华 罗晓雯", [P1])]


def test_a_box_an_earlier_paragraph_could_but_does_not_continue_may_continue_a_later_one():
    # P1 goes on in the box right after it; the box after that (`期也更长。`, 花|期)
    # could have continued P1 too, but is the end of P2, whose column comes last.
    one, two = wrap(P1, 10), wrap(P2, 10)
    boxes = ["樱花盛开引客来", "\n".join(one[:2]), "\n".join(one[2:]),
             "\n".join([two[-1]] + wrap(P3, 10)), "\n".join(two[:-1])]
    texts = [p.text for i in parse("\n\n".join(boxes) + "\n") for p in i.body]
    assert texts == [P1, P2, P3]


def test_a_full_line_cut_off_in_a_box_of_its_own_goes_on_with_the_text_it_continues():
    # `…出行，公` / `交公司临时加开了多条线` (公交|公司 across the join): no headline.
    lines = wrap(P3, 11)
    page = "\n\n".join(["公交加开线路", column([P1], 11) + "\n" + lines[0], lines[1],
                        "\n".join(lines[2:])]) + "\n"
    items = parse(page)
    assert [(i.title, [p.text for p in i.body]) for i in items] == [("公交加开线路", [P1, P3])]


def test_a_caption_run_into_the_open_line_of_a_narrower_column_is_a_box_of_its_own():
    caption = ["3月14日，游客在湖畔公园的樱花树下拍照留念。", "近年来，当地发展赏花旅游，带动周边餐饮住宿。"]
    lines = wrap(P1, 10)
    page = "\n".join(lines[:3]) + "\n" + "\n".join(caption) + "\n\n" + "\n".join(lines[3:]) + "\n"
    bodies = [p.text for i in parse(page) for p in i.body]
    assert P1 in bodies and not any(caption[0] in text and lines[2] in text for text in bodies)


def test_a_spaced_out_heading_is_no_name_for_a_role_word_alone():
    from ocrfix.model import Block, Line, Role
    from ocrfix.regroup import regroup
    blocks = [Block((Line(1, "关 注", "关 注"),), Role.HEADING), Block((Line(3, "本报记者", "本报记者"),), Role.HEADING),
              Block((Line(5, "谢 宁", "谢 宁"),), Role.HEADING)]
    texts = [b.lines[0].text for b in regroup(blocks)]
    assert "关 注" in texts and "本报记者 谢 宁" in texts
