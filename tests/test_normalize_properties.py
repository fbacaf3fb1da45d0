"""Properties of normalisation on generated mixed Han / ASCII / punctuation text."""
from collections import Counter

import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ocrfix.engine import explain, lint, normalize, replay

HAN = "的一是在不了有人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞"
ASCII = "0123456789abcxyzABCOlI"
PUNCT_ASCII = ",.;:?!()\"'-%/@&<>"
PUNCT_CJK = "，。、；：？！（）“”‘’《》…—·「」"
ODD = "\u3000\u00a0\u200b\u00ad\ufeff０１２ＡＢａｂ％．－"
PIECES = ["3 月 7 日", "本 报 记 者", "...", "。。。", "--", "2.57亿", "12:30", "1,000",
          "https://x.cn/a.html", "a@b.com", "GB/T 15834-2011", "购药—结算", " ", "  ",
          "\n", "\n\n", "2O24", "二0二四", "己经", "自已"]

texts = st.lists(
    st.one_of(st.sampled_from(HAN), st.sampled_from(ASCII), st.sampled_from(PUNCT_ASCII),
              st.sampled_from(PUNCT_CJK), st.sampled_from(ODD), st.sampled_from(PIECES),
              st.just(" ")),
    max_size=40).map("".join)

common = settings(max_examples=400, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow])


def han(text: str) -> Counter:
    return Counter(regex.findall(r"\p{Han}", text))


@common
@given(texts, st.sampled_from(["newspaper", "minimal", "ocr"]),
       st.sampled_from(["house", "pangu"]))
@example("他说\"“", "newspaper", "house")
def test_normalize_is_idempotent(text, preset, spacing):
    once = normalize(text, preset, spacing=spacing)
    assert normalize(once, preset, spacing=spacing) == once


@common
@given(texts, st.sampled_from(["newspaper", "minimal"]), st.sampled_from(["house", "pangu"]))
def test_han_characters_are_preserved(text, preset, spacing):
    assert han(normalize(text, preset, spacing=spacing)) == han(text)


@common
@given(texts)
def test_han_changes_in_ocr_preset_are_explained(text):
    clean, edits = explain(text, "ocr")
    removed, added = han(text) - han(clean), han(clean) - han(text)
    explained = {edit.rule for edit in edits
                 if han(edit.before) != han(edit.after)}
    assert not (removed or added) or explained <= {"OC03", "OC04", "OC05"} and explained


@common
@given(texts, st.sampled_from(["newspaper", "ocr", "minimal"]))
def test_replay_reproduces_normalize(text, preset):
    clean, plan = explain(text, preset)
    assert replay(text, plan) == clean == normalize(text, preset)
    assert replay(text, [edit.to_dict() for edit in plan]) == clean


@common
@given(texts, st.sampled_from(["newspaper", "ocr", "minimal"]))
def test_line_count_never_changes(text, preset):
    assert normalize(text, preset).count("\n") == text.count("\n")
    assert normalize(text, preset, spacing="pangu", convert="s2t").count("\n") == text.count("\n")


@common
@given(texts)
def test_lint_edits_point_into_the_original(text):
    lines = text.split("\n")
    for edit in lint(text, "ocr"):
        line = lines[edit.line - 1]
        assert line[edit.col - 1:edit.col - 1 + len(edit.before)] == edit.before
