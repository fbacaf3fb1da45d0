"""The engine's public contract: explain / normalize / replay / lint / rules."""
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
import regex

from ocrfix import engine
from ocrfix.model import Edit
from ocrfix.rulebook import RulebookError, _presets, _rule

SEEDS = Path(__file__).parent.parent / "seeds"
RAW = (SEEDS / "000_08a40f92cd806406.txt").read_text(encoding="utf-8")


def gold_texts():
    """Every paragraph, heading, byline and caption text of the seed's gold file."""
    texts = []
    gold = (SEEDS / "000_08a40f92cd806406.gold.jsonl").read_text(encoding="utf-8")
    for line in gold.splitlines():
        item = json.loads(line)
        texts += [item[key] for key in ("kicker", "title", "subtitle", "dateline", "byline")
                  if item.get(key)]
        texts += [entry["text"] for entry in item["body"]]
        for caption in item.get("captions", []):
            texts += [caption["text"]] + ([caption["byline"]] if caption.get("byline") else [])
    return texts


@pytest.mark.parametrize("preset", ["newspaper", "ocr", "minimal"])
def test_gold_texts_pass_unchanged(preset):
    changed = {text: engine.explain(text, preset)[1] for text in gold_texts()}
    assert {text: edits for text, edits in changed.items() if edits} == {}


def test_whole_gold_file_as_one_text_passes_unchanged():
    text = "\n".join(gold_texts())
    assert engine.normalize(text) == text


def test_seed_page_keeps_lines_and_han_characters():
    clean = engine.normalize(RAW)
    assert clean.count("\n") == RAW.count("\n") and clean.endswith("\n")
    assert Counter(regex.findall(r"\p{Han}", clean)) == Counter(regex.findall(r"\p{Han}", RAW))
    assert "3月7日，工作人员在" in clean and "■ 本报记者 李兆宪" in clean


def test_seed_page_edits_are_the_expected_kinds():
    rules_used = Counter(edit.rule for edit in engine.explain(RAW)[1])
    assert set(rules_used) == {"SP02", "SP04", "SP05", "SP06", "SP08"}


def test_explain_records_only_changes_with_original_line_numbers():
    text = "第一行\n3 月 7 日,\n"
    clean, edits = engine.explain(text)
    assert clean == "第一行\n3月7日，\n"
    assert [(e.rule, e.line, e.col, e.before, e.after) for e in edits] == [
        ("PU01", 2, 8, ",", "，"),
        ("SP05", 2, 2, " ", ""), ("SP05", 2, 4, " ", ""), ("SP05", 2, 6, " ", "")]
    assert engine.explain("干净的文本。") == ("干净的文本。", [])


def test_normalize_is_explain_without_the_record():
    text = "２０２４ 年 ,\"App 发布\"..."
    assert engine.normalize(text) == engine.explain(text)[0] == "2024年，“App发布”……"


@pytest.mark.parametrize("as_dicts", [False, True])
def test_replay_reproduces_normalize(as_dicts):
    clean, plan = engine.explain(RAW + '\u3000\u3000他说:"你好..."\n')
    if as_dicts:
        plan = json.loads(json.dumps([edit.to_dict() for edit in plan]))
    assert engine.replay(RAW + '\u3000\u3000他说:"你好..."\n', plan) == clean


def test_replay_refuses_a_plan_for_another_text():
    plan = engine.explain("3 月")[1]
    with pytest.raises(ValueError, match="plan does not fit"):
        engine.replay("三月", plan)


def test_lint_reports_each_rule_on_the_original_text():
    text = "他说:\"好\"\n共 3 人,"
    edits = engine.lint(text)
    assert [(e.rule, e.line, e.col, e.before, e.after) for e in edits] == [
        ("PU03", 1, 3, ":", "："), ("QU02", 1, 4, '"', "“"), ("QU02", 1, 6, '"', "”"),
        ("SP05", 2, 2, " ", ""), ("SP05", 2, 4, " ", ""), ("PU01", 2, 6, ",", "，")]
    for edit in edits:
        line = text.split("\n")[edit.line - 1]
        assert line[edit.col - 1:edit.col - 1 + len(edit.before)] == edit.before


def test_enable_and_disable_take_codes_or_names():
    assert engine.normalize("■ 本 报 记 者 王军", disable=["letter_spacing"]) == "■ 本 报 记 者 王军"
    assert engine.normalize("■ 本 报 记 者 王军", disable=["SP08"]) == "■ 本 报 记 者 王军"
    assert engine.normalize("「你好」", enable=["corner_quotes"]) == "“你好”"
    assert engine.normalize("「你好」", enable="QU01") == "“你好”"


@pytest.mark.parametrize(("options", "message"), [
    ({"preset": "tabloid"}, "unknown preset 'tabloid'"),
    ({"enable": ["XX99"]}, "unknown rule 'XX99'"),
    ({"disable": ["no_such_rule"]}, "unknown rule 'no_such_rule'"),
    ({"spacing": "wide"}, "unknown spacing 'wide'"),
    ({"convert": "t2x"}, "unknown OpenCC config 't2x'"),
])
def test_unknown_options_are_one_line_value_errors(options, message):
    with pytest.raises(ValueError, match=message) as raised:
        engine.explain("文本", **options)
    assert "\n" not in str(raised.value)


def test_pangu_spacing_is_opt_in():
    assert engine.normalize("3月7日App发布", spacing="pangu") == "3 月 7 日 App 发布"
    assert engine.normalize("3 月 7 日 App 发布", spacing="pangu") == "3 月 7 日 App 发布"
    assert engine.normalize("3 月 7 日 App 发布") == "3月7日App发布"


def test_opencc_conversion_is_opt_in_and_explained():
    assert engine.normalize("國際新聞") == "國際新聞"
    clean, edits = engine.explain("國際新聞\n臺灣", convert="t2s")
    assert clean == "国际新闻\n台湾"
    assert {edit.rule for edit in edits} == {"CV01"}
    assert engine.normalize("国际新闻", convert="s2t.json") == "國際新聞"


def test_presets_nest():
    presets = engine.presets()
    assert presets["minimal"].codes < presets["newspaper"].codes < presets["ocr"].codes
    assert presets["none"].codes == frozenset()
    assert engine.normalize("他 己 经 走 了", "ocr") == "他已经走了"
    assert engine.normalize("３ 月", "minimal") == "3 月"


def test_registry_is_ordered_and_complete():
    rules = engine.rules()
    codes = [rule.code for rule in rules]
    files = sorted(p.stem for p in (SEEDS.parent / "rules" / "normalize").glob("*.toml"))
    assert sorted(codes) == files
    assert len({rule.name for rule in rules}) == len(rules)
    assert codes.index("QU03") < codes.index("PU02")   # …… before 。
    assert codes.index("SP03") < codes.index("SP08")   # collapse before joining


def test_rule_files_are_checked_on_load():
    with pytest.raises(RulebookError, match="SP99.toml: name must be snake_case"):
        _rule({"code": "SP99", "name": "Bad Name", "summary": "x"}, "SP99.toml", {})
    with pytest.raises(RulebookError, match="needs at least one"):
        _rule({"code": "SP99", "name": "ok", "summary": "x"}, "SP99.toml", {})
    with pytest.raises(RulebookError, match="unknown or circular"):
        _presets({"a": {"extends": "b"}, "b": {"extends": "a"}}, set())


def test_a_rule_that_would_break_lines_fails_loudly(monkeypatch):
    rule = next(rule for rule in engine.rules() if rule.code == "SP02")
    monkeypatch.setattr(engine, "_plan", lambda *args, **kwargs: (
        engine._Step(rule, lambda text: [(0, len(text), text.replace("\n", ""))]),))
    with pytest.raises(RuntimeError, match="line end"):
        engine.normalize("a \nb")


N = 20000
PATHOLOGICAL = [
    " " * N + "字", "字" + " " * N, ("字" + " " * 50) * (N // 50), "字 " * (N // 2), "本 " * N,
    "， " * (N // 2), "，," * N, "“ " * (N // 2) + "a", "a “" * (N // 3), '"字' * N, "'a" * N,
    ". " * (N // 2), ". 字" * (N // 3), "字" + "." * N, "字" + "…" * N, "字" + "·" * N,
    "字" + "(" * N, ")" * N + "字", ("(" + "字" * 20 + " ") * (N // 22), "字" + "-" * N,
    "字" + "<" * N, "字" + "0O" * (N // 2), "一" + "0" * N, "字\n" * N, "字%" * N,
    "字\u3000" * N, ("字" * 30 + "\u3000") * (N // 31),
]


@pytest.mark.parametrize("text", PATHOLOGICAL, ids=lambda t: repr(t[:6]))
def test_no_rule_backtracks_catastrophically(text):
    """Every rule on pathological input: a pattern that backtracks catastrophically
    hits the scan timeout of ``fixes.patterns`` and raises instead of hanging."""
    for rule in engine.rules():
        engine.normalize(text, "none", enable=[rule.code])


def test_jieba_and_opencc_load_only_when_their_rules_run():
    code = ("import sys, ocrfix.engine as e; e.normalize('他 己 经 走 了 國際'); "
            "print('jieba' in sys.modules, 'opencc' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.split() == ["False", "False"]


def test_edits_are_plain_serialisable_data():
    edit = engine.explain("3 月")[1][0]
    assert isinstance(edit, Edit)
    assert edit.to_dict() == {"rule": "SP05", "line": 1, "col": 2, "before": " ", "after": ""}
