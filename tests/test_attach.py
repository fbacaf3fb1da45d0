"""Giving a page's headlines to its articles (ocrfix.attach) and what parse makes of it."""
from __future__ import annotations

import itertools

import ocrfix
from ocrfix.attach import read_runs
from ocrfix.headlines import Headline
from ocrfix.layout_rules import rules
from ocrfix.model import Block, Line, Role

_numbers = itertools.count(1)


def _headline(*blocks: str) -> Headline:
    """A headline group: each block's lines separated by ``/``."""
    made = []
    for text in blocks:
        lines = tuple(Line(next(_numbers), line, line) for line in text.split("/"))
        made.append(Block(lines, Role.HEADING))
    return Headline(tuple(made))


def _texts(headline: Headline | None) -> list[str] | None:
    return None if headline is None else [b.lines[0].text for b in headline.blocks]


WEIGHTS = rules().attach


def test_two_groups_between_two_untitled_articles_title_both():
    # One article's headline printed after it, the next one's before it.
    run = [_headline("全力守护耕地生命线"), _headline("政银企携手助力棉服产业发展")]
    [reading] = read_runs([run], [1, 1], [False, False], "before", WEIGHTS)
    assert _texts(reading.back) == ["全力守护耕地生命线"]
    assert _texts(reading.forward) == ["政银企携手助力棉服产业发展"]
    assert reading.alone == ()


def test_groups_join_when_only_one_article_wants_a_headline():
    # The article before is titled already: a kicker and a title read together,
    # though their equal lengths kept them apart as groups.
    run = [_headline("聚焦高质量发展"), _headline("春耕备耕正当时", "——我市持续推进改革")]
    [reading] = read_runs([run], [0, 1], [False, False], "before", WEIGHTS)
    assert reading.back is None and reading.alone == ()
    assert _texts(reading.forward) == ["聚焦高质量发展", "春耕备耕正当时", "——我市持续推进改革"]


def test_placement_breaks_a_tie():
    run = [_headline("东昌府区", "安全生产警钟长鸣")]
    [after] = read_runs([run], [1, 1], [False, False], "after", WEIGHTS)
    [before] = read_runs([run], [1, 1], [False, False], "before", WEIGHTS)
    assert after.back is not None and after.forward is None
    assert before.forward is not None and before.back is None


def test_one_article_takes_one_headline_across_runs():
    # A lone article between two single headlines: on an `after` page the first goes
    # back to the article before it, the second to the lone article, none is left over.
    runs = [[_headline("推动政务服务再升级")], [_headline("志愿服务暖人心")]]
    first, second = read_runs(runs, [1, 1, 0], [False, False, False], "after", WEIGHTS)
    assert first.back is not None and first.forward is None
    assert second.back is not None


def test_a_headline_without_an_article_stands_alone():
    [reading] = read_runs([[_headline("图说春耕")]], [0, 0], [False, False], "before", WEIGHTS)
    assert reading.back is None and reading.forward is None
    assert [_texts(h) for h in reading.alone] == [["图说春耕"]]


def test_a_subtitle_stays_under_its_title():
    run = [_headline("家门口的好医生", "——走进乡村卫生室")]
    [reading] = read_runs([run], [1, 1], [False, False], "before", WEIGHTS)
    assert _texts(reading.forward) == ["家门口的好医生", "——走进乡村卫生室"]


def test_mixed_placement_page_titles_every_article():
    page = "\n".join([
        "本报讯（记者 王军）全市春灌工作全面展开，各地抢抓农时，确保农田灌溉用水",
        "充足，为新一年农业丰收筑牢坚实基础。",
        "",
        "我市全力以赴做好春耕保灌",
        "",
        "公路织就乡村振兴幸福路",
        "",
        "本报讯（记者 李明）今年以来，全市累计新建改建农村公路一百二十六公里，群",
        "众出行条件明显改善。",
    ]) + "\n"
    items = ocrfix.parse(page)
    assert [(i.title, i.byline) for i in items] == [
        ("我市全力以赴做好春耕保灌", "记者 王军"), ("公路织就乡村振兴幸福路", "记者 李明")]


def test_text_that_may_open_a_caption_takes_a_headline_only_when_no_article_wants_it():
    # Stretch 1 opens with text that reads as a photo's caption unless titled.
    run = [_headline("樱花盛开引客来")]
    [reading] = read_runs([run], [1, 1], [False, True], "before", WEIGHTS)
    assert reading.back is not None and reading.forward is None
    [reading] = read_runs([run], [0, 1], [False, True], "before", WEIGHTS)
    assert reading.forward is not None
    # Nor can a run after it take that text back.
    [reading, after] = read_runs([run, [_headline("湖畔书屋开门迎客")]], [0, 1, 0],
                                 [False, True, False], "before", WEIGHTS)
    assert after.back is None and after.alone


def test_headlines_inside_a_paragraphs_span_over_a_dated_article_open_it():
    # A paragraph of the first article runs on past two headlines (its column broken
    # around them); a dated article starts under the second: neither belongs to the
    # paragraph's article.
    from ocrfix.assemble import _embedded_headlines
    from ocrfix.model import Paragraph
    spanning = Paragraph("国家发展改革委有关负责人表示，今年将加力推进建设。", 10, 40)
    first, second = _headline("南方早稻育秧进度过半"), _headline("老旧小区改造惠及更多居民")
    dated = Paragraph("据新华社长沙3月13日电 记者从湖南、江西等地农业部门获悉。", 45, 50)
    assert _embedded_headlines([spanning, first, second, dated]) == {}
    undated = Paragraph("农业专家提醒，近期南方将有一次降温降雨过程。", 45, 50)
    assert set(_embedded_headlines([spanning, first, second, undated])) == {id(first), id(second)}
