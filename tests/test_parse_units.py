"""Each layout heuristic on small made-up pages (never the seed's words)."""
from __future__ import annotations

import pytest

from ocrfix.assemble import mark_list_items
from ocrfix.headlines import Headline, group_headlines, split_headline
from ocrfix.credits import parse_credit
from ocrfix.furniture import _paragraphs
from ocrfix.layout_rules import rules
from ocrfix.model import Block, Line, Paragraph, Role
from ocrfix.pipeline import parse
from ocrfix.roles import is_heading
from ocrfix.width import display_width

from pagekit import column, wrap

P1 = "湖畔公园的樱花在这个周末迎来盛花期，前来赏花的市民络绎不绝，园区增派了管理人员维持秩序。"
P2 = "公园管理处负责人介绍，今年园区新栽种了两百多株樱花树，品种比往年更加丰富，花期也更长。"
P3 = "为方便市民出行，公交公司临时加开了多条线路，并在公园南门设置了临时停靠站点。"


def bodies(items):
    return [[p.text for p in item.body] for item in items]


def test_display_width_counts_han_and_fullwidth_twice():
    assert display_width("ABC汉字，") == 9


def test_short_line_ending_a_sentence_ends_the_paragraph():
    page = "本报讯（记者 周明）" + column([P1, P2, P3], 16)
    items = parse(page + "\n\n樱花盛开引客来\n")
    assert bodies(items) == [[P1, P2, P3]]


def test_block_ending_mid_sentence_continues_in_the_next_block():
    lines = column([P1, P2], 16).split("\n")
    page = "本报讯 " + "\n".join(lines[:2]) + "\n\n" + "\n".join(lines[2:]) + "\n\n樱花盛开引客来\n"
    assert bodies(parse(page)) == [[P1, P2]]


def test_headline_after_article_with_kicker():
    page = "本报讯（记者 周明）" + column([P1, P2], 16) + "\n\n湖畔公园\n\n樱花盛开引客来\n"
    item = parse(page)[0]
    assert (item.kicker, item.title, item.dateline, item.byline) == ("湖畔公园", "樱花盛开引客来", "本报讯", "记者 周明")
    assert [(a.role, a.name) for a in item.authors] == [("记者", "周明")]


def test_headline_before_article_with_subtitle():
    page = ("樱花盛开引客来\n——湖畔公园迎来赏花高峰\n\n本报讯（通讯员 林晓）"
            + column([P1, P2], 16) + "\n\n公交加开线路\n\n本报讯（记者 王芳）" + column([P3], 16) + "\n")
    items = parse(page)
    assert [(i.title, i.subtitle) for i in items] == [("樱花盛开引客来", "湖畔公园迎来赏花高峰"), ("公交加开线路", None)]
    assert bodies(items) == [[P1, P2], [P3]]


def test_letter_spaced_two_line_byline_block_opens_an_article():
    page = ("■ 本 报 记 者 周明远\n本报通讯员 林晓\n\n" + column([P1, P2], 16)
            + "\n\n樱花盛开引客来\n")
    item = parse(page)[0]
    assert item.byline == "本报记者 周明远 本报通讯员 林晓"
    assert [(a.role, a.name) for a in item.authors] == [("记者", "周明远"), ("通讯员", "林晓")]


def test_caption_followed_by_credit_is_a_photo_item():
    caption = "游客在湖畔公园樱花树下拍照留念。"
    page = ("本报讯（记者 周明）" + column([P1], 16) + "\n\n樱花盛开引客来\n\n"
            + column([caption], 10) + "\n\n■ 本报通讯员\n林晓 王芳\n\n"
            + "本报讯（记者 王芳）" + column([P3], 16) + "\n\n公交加开线路\n")
    items = parse(page)
    assert [i.type for i in items] == ["article", "photo", "article"]
    assert items[1].body[0].text == caption
    assert items[1].byline == "本报通讯员 林晓 王芳"


def test_inline_credit_ends_a_photo_caption():
    caption = "游客在湖畔公园樱花树下拍照留念，孩子们在草坪上放起了风筝。"
    page = (column([caption], 20) + " ■ 本报记者 周明\n\n本报讯（记者 王芳）" + column([P3], 16)
            + "\n\n公交加开线路\n")
    items = parse(page)
    assert items[0].type == "photo" and items[0].byline == "本报记者 周明"
    assert items[1].title == "公交加开线路"


def test_subheads_and_list_items():
    items_text = ["新建口袋公园十二个；", "新增绿道二十公里；", "改造老旧小区三十个。"]
    page = ("■ 本报记者 周明\n\n" + "\n\n".join(column([t], 16) for t in items_text) + "\n\n"
            + column([P1], 16) + "\n\n扮靓城市颜值\n\n" + column([P2], 16)
            + "\n\n绿色发展 惠及民生\n——我市城市绿化工作综述\n")
    item = parse(page)[0]
    assert [p.kind for p in item.body] == ["list_item"] * 3 + ["paragraph", "subhead", "paragraph"]
    assert (item.title, item.subtitle) == ("绿色发展 惠及民生", "我市城市绿化工作综述")


def test_wrapped_title_versus_kicker():
    block = Block((Line(1, "", "全市新建口袋公园"), Line(2, "", "十二个")), Role.HEADING)
    assert split_headline(Headline((block,))) == (None, "全市新建口袋公园十二个", None)
    block = Block((Line(1, "", "湖畔公园"), Line(2, "", "樱花盛开引客来")), Role.HEADING)
    assert split_headline(Headline((block,))) == ("湖畔公园", "樱花盛开引客来", None)


def test_a_titled_photo_printed_in_an_articles_column_stands_alone():
    caption = "3月6日，云岭县农民在高标准农田里驾驶播种机进行春播作业。"
    page = ("樱花盛开引客来\n\n本报讯（记者 周明）" + column([P1, P2], 16) + "\n\n春播正当时\n\n"
            + column([caption], 16) + "\n新华社记者 张明摄\n")
    article, photo = parse(page)
    assert [p.text for p in article.body] == [P1, P2] and not article.captions
    assert (photo.type, photo.title, photo.byline) == ("photo", "春播正当时", "新华社记者 张明摄")
    assert [p.text for p in photo.body] == [caption]


def test_a_byline_under_an_articles_text_opens_the_next_article_in_another_column():
    # The text after the first byline is that article's, though the next article is
    # set in another column: the second byline opens it, it closes no caption.
    page = ("■ 本报记者 周明\n\n" + column([P1, P2], 16) + "\n\n■ 本报记者 胡晓燕 邓超\n\n"
            + column([P2, P1], 22) + "\n\n樱花盛开引客来\n")
    assert [(i.type, i.byline, len(i.body)) for i in parse(page)] == [
        ("article", "本报记者 周明", 2), ("article", "本报记者 胡晓燕 邓超", 2)]


def test_items_run_together_where_one_ended_at_the_margin_are_cut_apart():
    # The first item fills its (indented) line exactly; the next one runs on under
    # it without a blank line: between other items, that line end ends an item.
    items = ["新建口袋公园十二个，新增绿道二十公里；", "改造老旧小区三十个；", "建成5G基站六千余个；",
             "市民纷纷点赞，公园绿道让生活更美好。"]
    page = ("■ 本报记者 周明\n\n" + items[0] + "\n" + items[1] + "\n\n" + items[2] + "\n\n"
            + items[3] + "\n\n" + column([P1], 16) + "\n\n樱花盛开引客来\n")
    body = parse(page)[0].body
    assert [(p.kind, p.text) for p in body[:4]] == [("list_item", text) for text in items]


def test_list_needs_two_semicolon_items():
    body = [Paragraph("一项工作；", 1, 1), Paragraph("另一段正文。", 2, 2)]
    assert [p.kind for p in mark_list_items(body, rules())] == ["paragraph", "paragraph"]


@pytest.mark.parametrize("closing, kinds", [
    ("改造老旧小区三十个……", ["list_item"] * 3 + ["paragraph"]),
    ("改造老旧小区三十个。", ["list_item"] * 3 + ["paragraph"]),
    # Listed items end in ；, the last in 。: a short sentence after ；-items closes them.
    ("改造老旧小区三十个；", ["list_item"] * 4),
])
def test_the_item_closing_a_list(closing, kinds):
    texts = ["新建口袋公园十二个；", "新增绿道二十公里；", closing, "市民纷纷点赞，认为公园绿道让生活更美好。"]
    body = [Paragraph(text, n, n) for n, text in enumerate(texts, 1)]
    assert [p.kind for p in mark_list_items(body, rules())] == kinds


@pytest.mark.parametrize("printed, byline, authors", [
    ("■ 本报通讯员 林晓 王芳", "本报通讯员 林晓 王芳", [("通讯员", "林晓"), ("通讯员", "王芳")]),
    ("本报记者 王 军 李晓明", "本报记者 王军 李晓明", [("记者", "王军"), ("记者", "李晓明")]),
    ("新华社记者 张明摄", "新华社记者 张明摄", [("记者", "张明")]),
    ("李华摄（新华社发）", "李华摄（新华社发）", [("摄影", "李华")]),
    ("周明", "周明", [(None, "周明")]),
    ("记者 王 军、李 明", "记者 王军、李明", [("记者", "王军"), ("记者", "李明")]),
    ("记者王 悦", "记者 王悦", [("记者", "王悦")]),
    ("新华社记者 张 扬摄", "新华社记者 张扬摄", [("记者", "张扬")]),
    ("记者何新宇通讯员高远", "记者 何新宇 通讯员 高远", [("记者", "何新宇"), ("通讯员", "高远")]),
])
def test_credits(printed, byline, authors):
    credit = parse_credit(printed)
    assert credit.text == byline
    assert [(a.role, a.name) for a in credit.authors] == authors


def test_layout_rule_examples_hold():
    """The examples in rules/layout/*.toml are executable."""
    from ocrfix.layout_rules import load_toml
    layout = rules()
    for example in load_toml("layout", "datelines.toml")["examples"]:
        match = layout.dateline.match(example["text"])
        assert (match.group("dateline") if match else "") == example["dateline"]
        if "byline" in example:
            assert match.group("byline") == example["byline"]
    for example in load_toml("layout", "credits.toml")["examples"]:
        credit = parse_credit(example["text"])
        assert [[a.role or "", a.name] for a in credit.authors] == example["authors"]
        assert credit.text == example.get("byline", credit.text)
    for example in load_toml("layout", "furniture.toml")["examples"]:
        if "furniture" in example:
            assert bool(layout.furniture.search(example["text"])) == example["furniture"]
        for piece in ("dated", "weekday"):
            if piece in example:
                assert bool(getattr(layout, piece).match(example["text"])) == example[piece]
        if "pieces" in example:
            line = Line(1, example["text"], example["text"])
            pieces = _paragraphs(Block((line,), Role.FURNITURE))
            assert [p.text for p in pieces] == example["pieces"]
    for example in load_toml("layout", "headlines.toml")["examples"]:
        if "place_kicker" in example:
            assert bool(layout.place_kicker.match(example["text"])) == example["place_kicker"]
        if "heading" in example:
            line = Line(1, example["text"], example["text"])
            assert is_heading(Block((line,), Role.HEADING)) == example["heading"]
    for example in load_toml("layout", "punctuation.toml")["examples"]:
        if "ends_sentence" in example:
            assert layout.ends_sentence(example["text"]) == example["ends_sentence"]
        if "unclosed" in example:
            assert layout.unclosed(example["text"]) == example["unclosed"]
        if "clause_mark" in example:
            assert bool(layout.clause_mark.search(example["text"])) == example["clause_mark"]


def test_mixed_placement_gives_each_article_one_headline():
    page = ("樱花盛开引客来\n\n本报讯（记者 周明）" + column([P1, P2], 16)
            + "\n\n本报讯（记者 王芳）" + column([P3], 16) + "\n\n公交加开线路\n")
    items = parse(page)
    assert [(i.title, len(i.body)) for i in items] == [("樱花盛开引客来", 2), ("公交加开线路", 1)]


def test_adjacent_headlines_of_two_articles_are_not_merged():
    page = ("本报讯（记者 周明）" + column([P1, P2], 16) + "\n\n樱花盛开引客来\n\n公交加开线路\n\n"
            + "本报讯（记者 王芳）" + column([P3], 16) + "\n")
    items = parse(page)
    assert [(i.kicker, i.title) for i in items] == [(None, "樱花盛开引客来"), (None, "公交加开线路")]


def test_page_furniture_becomes_other_items():
    page = ("2 版\n\n本报讯（记者 周明）" + column([P1], 16) + "\n\n樱花盛开引客来\n\n责任编辑 林晓\n")
    items = parse(page)
    assert [i.type for i in items] == ["other", "article", "other"]
    assert items[2].body[0].text == "责任编辑 林晓"


def test_caption_inside_an_article_goes_to_captions():
    caption = "游客在樱花树下拍照留念。"
    page = ("■ 本报记者 周明远\n\n" + column([P1], 16) + "\n\n" + column([caption], 8)
            + "\n\n林晓摄\n\n" + column([P2], 16) + "\n\n樱花盛开引客来\n")
    item = parse(page)[0]
    assert [p.text for p in item.body] == [P1, P2]
    assert [(c.text, c.byline, [(a.role, a.name) for a in c.authors]) for c in item.captions] == [
        (caption, "林晓摄", [("摄影", "林晓")])]


@pytest.mark.parametrize("credit", ["林晓摄", "林晓摄（新华社发）"])
def test_a_subhead_after_a_photo_inside_an_article_stays_in_the_article(credit):
    caption = "游客在樱花树下拍照留念。"
    page = ("■ 本报记者 周明远\n\n" + column([P1], 16) + "\n\n" + column([caption], 8)
            + f"\n{credit}\n\n赏花有序 文明出游\n\n" + column([P2], 16) + "\n\n樱花盛开引客来\n")
    items = parse(page)
    assert [(i.title, [(p.kind, p.text) for p in i.body]) for i in items] == [
        ("樱花盛开引客来", [("paragraph", P1), ("subhead", "赏花有序 文明出游"), ("paragraph", P2)])]
    assert [c.text for c in items[0].captions] == [caption]


# Regression cases found in review: each once crashed or misread a page.

@pytest.mark.parametrize("page", [
    "■\n\n本报记者\n\n王军\n\n记者\n\n李四\n",
    "2025年3月7日\n\n本报讯 今天很好。\n\n2版\n\n星期五\n\n2025年3月8日\n\n本报讯 明天也好。\n\n星期六\n",
    "■\n",
    "\n".join(["本报讯 第一段。"] * 3 + ["新华社北京3月6日电 第二段。"] * 1200),
])
def test_regression_pages_parse(page):
    from ocrfix.evaluate import item_han
    import collections
    import regex
    items = parse(page)
    assert collections.Counter("".join(item_han(i.to_dict()) for i in items)) == \
        collections.Counter(regex.findall(r"\p{Han}", page))


def test_bullet_text_is_not_a_credit():
    items = parse("本报讯 文字一段。●第二点内容很多。\n\n标题在此\n")
    assert [i.type for i in items] == ["article"]
    assert items[0].byline is None


def test_furniture_patterns_do_not_reach_across_lines():
    items = parse("本报讯 他们每天都读大众日报\n2025年3月8日一早出发。\n\n读报\n")
    assert items[0].body[0].text == "他们每天都读大众日报2025年3月8日一早出发。"


def test_latin_words_broken_in_a_headline_keep_their_space():
    assert split_headline(Headline((Block((Line(1, "", "Hello New"), Line(2, "", "York")), Role.HEADING),))) \
        == (None, "Hello New York", None)


def test_explain_gives_each_fix_to_one_item():
    page = ("本报讯（记者 周明）" + column([P1], 16) + "\n\n樱花盛开引客来\n\n"
            + "游客在湖畔公园樱花树下拍照留念 3 月 7 日。 ■ 本报记者 周明远\n")
    items = parse(page, explain=True)
    fixes = [(f.rule, f.line, f.col) for item in items for f in item.fixes]
    assert fixes and len(fixes) == len(set(fixes))


def test_a_paragraphs_first_line_alone_in_a_box_is_not_a_headline():
    lines = column([P1, P2], 16).split("\n")
    first_of_p2 = next(i for i, line in enumerate(lines) if line.startswith("公园管理处"))
    page = ("本报讯（记者 周明）" + "\n".join(lines[:first_of_p2]) + "\n\n" + lines[first_of_p2]
            + "\n\n" + "\n".join(lines[first_of_p2 + 1:]) + "\n\n樱花盛开引客来\n")
    assert bodies(parse(page)) == [[P1, P2]]


def test_bracketed_credit_after_the_text_is_the_articles_byline():
    page = "本报讯 " + column([P1, P2], 16) + "\n\n（本报记者 周明远 林晓）\n\n樱花盛开引客来\n"
    item = parse(page)[0]
    assert (item.byline, [p.text for p in item.body]) == ("本报记者 周明远 林晓", [P1, P2])
    assert [(a.role, a.name) for a in item.authors] == [("记者", "周明远"), ("记者", "林晓")]


def test_a_first_line_left_at_a_box_end_inside_a_quotation_is_text_not_a_headline():
    quoted = "今年公园管理处把“文明赏花活动月”作为春季工作的重点，组织志愿者在园内巡查。"
    first, *rest = wrap(quoted, 16)
    page = ("本报讯（记者 周明）" + column([P1], 16) + "\n" + first + "\n\n" + "\n".join(rest)
            + "\n\n樱花盛开引客来\n")
    assert bodies(parse(page)) == [[P1, quoted]]


@pytest.mark.parametrize("top, kicker, title", [
    ("东昌府区", "东昌府区", "花开满城"),   # same length: a place name is a kicker
    ("樱花烂漫", None, "樱花烂漫 游人如织"),   # otherwise the first half of the title
])
def test_a_line_over_a_title_of_its_length(top, kicker, title):
    second = title.split(" ")[-1] if kicker is None else title
    page = f"{top}\n\n{second}\n\n本报讯（记者 周明）" + column([P1], 16) + "\n"
    item = parse(page)[0]
    assert (item.kicker, item.title) == (kicker, title)


@pytest.mark.parametrize("block, kicker, title", [
    # Two phrases of one length under a kicker, a word across the break: one title.
    ("冠县\n文化惠民点\n亮百姓生活", "冠县", "文化惠民点亮百姓生活"),
    ("冠县\n樱花烂漫时\n游人如织来", "冠县", "樱花烂漫时 游人如织来"),
    # A first line wider than the lines of a wrapped title under it: a kicker.
    ("聚焦高质量发展\n阿胶产业擦亮\n金字招牌", "聚焦高质量发展", "阿胶产业擦亮金字招牌"),
])
def test_a_headline_block_of_three_lines(block, kicker, title):
    page = f"{block}\n\n本报讯（记者 周明）" + column([P1], 16) + "\n"
    item = parse(page)[0]
    assert (item.kicker, item.title) == (kicker, title)


@pytest.mark.parametrize("lines, groups", [
    # `pdftotext -raw` leaves the closing title of one article and the wrapped
    # opening title of the next in one block: no kicker is that much wider.
    (["我市全力以赴做好春耕保灌工作", "西川公布首", "批零碳园", "区试点"],
     [["我市全力以赴做好春耕保灌工作"], ["西川公布首", "批零碳园", "区试点"]]),
    # A kicker a little wider than its title's lines stays with them.
    (["聚焦高质量发展", "阿胶产业擦亮", "金字招牌"], [["聚焦高质量发展", "阿胶产业擦亮", "金字招牌"]]),
])
def test_one_heading_block_with_two_articles_headlines(lines, groups):
    block = Block(tuple(Line(n, text, text) for n, text in enumerate(lines, 1)), Role.HEADING)
    tokens = group_headlines([block])
    assert [[line.text for b in t.blocks for line in b.lines] for t in tokens] == groups


def test_a_block_with_a_kicker_of_its_own_takes_none_from_above():
    # The first title closes the article before it; the second block is a whole
    # headline, kicker and wrapped title, of the article after it.
    page = ("本报讯（记者 周明）" + column([P1], 16) + "\n\n樱花盛开引客来\n\n"
            "聚焦高质量发展\n阿胶产业擦亮\n金字招牌\n\n本报讯（记者 林晓）" + column([P2], 16) + "\n")
    assert [(i.kicker, i.title) for i in parse(page)] == [
        (None, "樱花盛开引客来"), ("聚焦高质量发展", "阿胶产业擦亮金字招牌")]


def test_a_speaker_line_after_a_quotation_ending_at_the_margin_stays_with_it():
    # No blank lines: the short line after the quotation is its paragraph's last line,
    # not a paragraph of its own; the indented line after it starts the next one.
    quoted = ["“今年樱花开得格外好，我们一", "家人专门从外地赶来观赏花景色。”", "游客王先生说。"]
    page = "本报讯（记者 周明）" + "\n".join(quoted) + "\n" + column([P2], 16) + "\n\n樱花盛开引客来\n"
    assert bodies(parse(page)) == [["".join(quoted), P2]]


def test_a_line_short_because_a_number_would_not_fit_does_not_end_the_paragraph():
    lines = ["据介绍，今年全市新建口袋公园", "和街心花园共计二十余处，绿地面积", "持续扩大，市民休闲也更加方便。",
             "2024年全市公园将达到一百余个，服", "务半径也将覆盖全部社区。"]
    page = "本报讯（记者 周明）" + "\n".join(lines) + "\n\n樱花盛开引客来\n"
    assert bodies(parse(page)) == [["".join(lines)]]


def test_a_full_first_line_ending_a_sentence_goes_on_in_the_line_under_it():
    # The first line, an indent narrower, is full: its sentence ends at the margin
    # (a mark hung past it), and the full line under it goes on with the paragraph.
    lines = ["“今年樱花开得真好，太美了。”", "游客王女士说。"]
    page = "樱花盛开引客来\n\n" + "\n".join(lines) + "\n" + column([P2], 16) + "\n"
    assert bodies(parse(page)) == [["".join(lines), P2]]


def test_a_place_name_over_a_title_and_subtitle_in_their_own_block_is_the_kicker():
    page = ("东昌府区\n\n花开满城\n——湖畔公园迎来赏花高峰\n\n本报讯（记者 周明）" + column([P1], 16) + "\n")
    items = parse(page)
    assert [(i.kicker, i.title, i.subtitle, len(i.body)) for i in items] == [
        ("东昌府区", "花开满城", "湖畔公园迎来赏花高峰", 1)]


def test_a_kicker_over_two_title_halves_in_one_box():
    page = ("今年春天各地赏花游持续升温\n樱花烂漫迎客来\n游人如织赏春光\n\n本报讯（记者 周明）"
            + column([P1], 16) + "\n")
    item = parse(page)[0]
    assert (item.kicker, item.title) == ("今年春天各地赏花游持续升温", "樱花烂漫迎客来 游人如织赏春光")


def test_a_credit_cut_at_its_em_gaps_is_put_back_together():
    caption = "游客在樱花树下拍照留念。"
    page = (column([caption], 16) + "\n\n新华社记者\n\n张\n\n扬摄\n\n樱花盛开引客来\n\n本报讯（记者 周明）"
            + column([P1], 16) + "\n")
    photo = parse(page)[0]
    assert (photo.type, photo.byline, [(a.role, a.name) for a in photo.authors]) == (
        "photo", "新华社记者 张扬摄", [("记者", "张扬")])


@pytest.mark.parametrize("name, byline", [("孙明哲", "孙明哲"), ("何 远", "何远")])
def test_a_name_alone_between_texts_is_a_byline(name, byline):
    page = (column([P1], 16) + "\n\n樱花盛开引客来\n\n" + name + "\n\n" + column([P2], 16)
            + "\n\n公园开放时间延长\n")
    item = parse(page)[-1]
    assert (item.title, item.byline, [p.text for p in item.body]) == ("公园开放时间延长", byline, [P2])


@pytest.mark.parametrize("line, credit", [("何 远", True), ("聚 焦", False), ("本报记者 谢 宁", True)])
def test_padded_names_alone_are_credits_but_spaced_words_are_not(line, credit):
    from ocrfix.credits import is_credit_line
    assert is_credit_line(line) is credit


def test_layout_page_of_blank_lines_gives_no_items():
    assert parse("\n\n", style="layout") == []


def test_lines_of_one_width_that_open_paragraphs_measure_an_indented_column():
    # Two first lines of one width, a one-line paragraph ending between them: not a
    # column of their width but the page's column an indent wider.
    from ocrfix.reflow import _column_of, _measure
    texts = ["新建口袋公园十二个新增绿道二十公里改", "造完成；", "市民纷纷点赞认为公园绿道让生活更美好"]
    measure = _measure(Block(tuple(Line(n, t, t) for n, t in enumerate(texts, 1))), rules())
    layout = rules()
    assert _column_of(measure, [40], layout.width_tolerance, layout.indent) == 40
    assert _column_of(measure, [52], layout.width_tolerance, layout.indent) == 36


def test_a_headline_block_with_a_subtitle_wrapped_as_long_as_its_title():
    lines = ["设计时速350公里", "东临高铁全", "线铺轨贯通", "——年内开通后东江", "至临河最快50分钟", "可达"]
    block = Block(tuple(Line(n, t, t) for n, t in enumerate(lines, 1)))
    assert is_heading(block)
    assert not is_heading(Block(tuple(Line(n, t, t) for n, t in enumerate(lines[:3] * 2 + ["可达"], 1))))


def test_a_caption_run_on_under_an_articles_last_paragraph_is_cut_off():
    # The last paragraph ends at the margin; the caption runs on under it in the same
    # box, then the photographer's credit: the caption is the article's, cut off.
    last = ["公园管理处负责人介绍，今年园", "区新栽种了两百多株樱花树，品种比", "往年更加丰富，花期也比往年更长。"]
    caption = ["图为游客在湖畔公园赏樱，樱花树下", "人头攒动。"]
    page = ("樱花盛开引客来\n\n本报讯（记者 周明）" + column([P1], 16) + "\n"
            + "\n".join(last + caption) + "\n新华社记者 张明摄\n")
    [article] = parse(page)
    assert [p.text for p in article.body] == [P1, "".join(last)]
    assert [(c.text, c.byline) for c in article.captions] == [("".join(caption), "新华社记者 张明摄")]


def test_a_photographers_credit_followed_by_a_byline_closes_a_caption():
    caption = "近日，游客在湖畔公园赏樱拍照。"
    page = ("樱花盛开引客来\n\n本报讯（记者 周明）" + column([P1], 16) + "\n" + caption
            + "\n李华摄（新华社发）\n■ 本报记者 林晓\n\n" + column([P2], 22) + "\n\n湖畔书屋开门迎客\n")
    first, second = parse(page)
    assert [(c.text, c.byline) for c in first.captions] == [(caption, "李华摄（新华社发）")]
    assert (second.byline, [p.text for p in second.body]) == ("本报记者 林晓", [P2])


def test_a_line_heading_two_articles_is_a_kicker_not_half_a_title():
    # Over the first article, two one-line blocks of one length could be a title's
    # halves; the same line over the second article shows it is the series' kicker.
    page = ("聚焦高质量发展\n\n志愿服务暖人心\n\n本报讯（记者 周明）" + column([P1], 16)
            + "\n\n聚焦高质量发展\n\n加强定点药店常态化监管\n\n本报讯（记者 林晓）" + column([P2], 16) + "\n")
    assert [(i.kicker, i.title) for i in parse(page)] == [
        ("聚焦高质量发展", "志愿服务暖人心"), ("聚焦高质量发展", "加强定点药店常态化监管")]


def test_a_photo_credit_under_an_articles_text_takes_the_last_paragraph_of_its_column():
    # An in-article photo, then the article's text goes on, then a stand-alone photo's
    # caption in the same column and its ■ credit: only that caption is the photo's.
    inline = wrap("近日，市民在城区一处口袋公园内健身。", 16)
    caption = "图为市民在湖畔公园樱花树下拍照留念。"
    page = ("樱花盛开引客来\n\n本报讯（记者 周明）" + column([P1], 16) + "\n\n"
            + "\n".join(inline[:-1] + [inline[-1] + " 周文博摄"]) + "\n\n" + column([P2], 16) + "\n\n"
            + column([caption], 16) + "\n■ 本报记者 孙立新\n\n湖畔书屋开门迎客\n\n本报讯（记者 王军）"
            + column([P1], 22) + "\n")
    article, photo, _ = parse(page)
    assert [p.text for p in article.body] == [P1, P2]
    assert (photo.type, [p.text for p in photo.body]) == ("photo", [caption])


def test_a_subtitle_block_is_never_cut_as_a_wide_kicker():
    lines = ["——走进乡村", "我市举办基层干部耕保业务技能提升活动", "现场培训", "圆满结束"]
    block = Block(tuple(Line(n, t, t) for n, t in enumerate(lines, 1)), Role.HEADING)
    assert len(group_headlines([block])) == 1 and len(group_headlines([block])[0].blocks) == 1


def test_a_first_line_cut_off_over_a_one_line_tail_is_text_not_a_subhead():
    # `深入开展劳动用工法治体检` is as wide as an indented line of the column before
    # it, and the box under it is one line: the column before measures it.
    page = ("樱花盛开引客来\n\n本报讯（记者 周明）" + column([P1], 14) + "\n\n深入开展劳动用工法治体检\n\n"
            + "活动，全市共体检企业247家。\n")
    [item] = parse(page)
    assert [(p.kind, p.text) for p in item.body] == [
        ("paragraph", P1), ("paragraph", "深入开展劳动用工法治体检活动，全市共体检企业247家。")]


def test_a_headline_no_article_takes_titles_the_untitled_photo_under_it():
    # (a caption wider than the article's column, its credit closing the page)
    caption = "3月14日，茶农在云岭县一处茶园采摘春茶。近年来，当地发展茶旅融合产业，带动茶农增收。"
    page = ("樱花盛开引客来\n\n本报讯（记者 周明）" + column([P1], 10) + "\n\n春到茶园\n\n"
            + column([caption], 20) + "\n\n■ 本报记者 林晨\n")
    items = parse(page)
    assert [(i.type, i.title) for i in items] == [("article", "樱花盛开引客来"), ("photo", "春到茶园")]
    assert [p.text for p in items[1].body] == [caption]


def test_a_paragraphs_first_line_cut_off_by_an_editors_line_joins_its_paragraph():
    # OCR sets the editors' line between a paragraph's first line (a box of its own,
    # no punctuation: it reads like a subhead) and the rest; 之一 runs across the join.
    page = ("本报讯（记者 周明）" + column([P1], 16) + "\n\n棉服产业是我市重要特色产业之\n\n责任编辑：马红\n\n"
            + "一，主要分布在西城区，目前该地区有\n各类棉服加工企业四百余家。\n")
    article = parse(page)[0]
    assert [p.kind for p in article.body] == ["paragraph", "paragraph"]
    assert article.body[1].text == "棉服产业是我市重要特色产业之一，主要分布在西城区，目前该地区有各类棉服加工企业四百余家。"
