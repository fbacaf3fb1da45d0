"""Score predicted items against gold items: the library behind ``ocrfix eval``.

Body texts are compared as multisets, exactly and fuzzily (similarity ≥ 0.9). Each gold
item is matched to the predicted item of the same page sharing most paragraphs (then
most Han characters, so text with small errors still matches) and compared field by
field. Items group into pages by the part of ``id`` before ``#`` when both sides carry
ids that overlap; otherwise everything is one page.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from difflib import SequenceMatcher
from os.path import commonprefix

import regex

from .errors import InputError
from .textio import json_lines, read_path

HEADER_FIELDS = ("type", "kicker", "title", "subtitle", "dateline", "byline", "authors")
FUZZY_THRESHOLD = 0.9

_HAN = regex.compile(r"\p{Han}")
_BIGRAM = regex.compile(r"(?=(..))", regex.S)  # overlapping pairs


def item_han(item: dict) -> str:
    """The Han characters of every text field an item prints (not ``authors``).

    >>> item_han({"title": "推动 2024", "body": [{"text": "本报讯"}], "captions": []})
    '推动本报讯'
    """
    texts = [item.get(key) or "" for key in ("kicker", "title", "subtitle", "dateline", "byline")]
    texts += [entry.get("text") or "" for entry in item.get("body") or []]
    texts += [(c.get("text") or "") + (c.get("byline") or "") for c in item.get("captions") or []]
    return "".join(_HAN.findall("".join(texts)))


def load_items(path: str) -> list[dict]:
    """Read a JSONL file of items; :class:`InputError` names the file and line."""
    items = []
    for number, item in json_lines(read_path(path), path):
        body = item.get("body", []) if isinstance(item, dict) else None
        if not isinstance(body, list) or not all(
                isinstance(entry, dict) and isinstance(entry.get("text"), str) for entry in body):
            raise InputError(path, f"line {number}: not an item (an object whose body is "
                                   f"a list of {{kind, text}})")
        items.append(item)
    return items


def evaluate(pred_items: list[dict], gold_items: list[dict], raw: str | None = None) -> dict:
    """Scores of ``pred_items`` against ``gold_items`` (and ``raw``, the input page).

    >>> gold = [{"type": "article", "title": "标题", "body": [{"kind": "paragraph", "text": "正文。"}]}]
    >>> report = evaluate(gold, gold, raw="标题\\n正文。")
    >>> report["paragraphs"]["f1"], report["items_exact"], report["han"]
    (1.0, 1.0, {'lost': 0, 'added': 0})
    """
    tally: Counter = Counter()
    field_hits: Counter = Counter()
    distances: list[tuple[int, int]] = []
    mismatches: list[dict] = []
    pages = _pages(pred_items, gold_items)
    for pred, gold in pages:
        pred_texts = Counter(text for item in pred for text in _texts(item))
        gold_texts = Counter(text for item in gold for text in _texts(item))
        tally["pred_paragraphs"] += sum(pred_texts.values())
        tally["gold_paragraphs"] += sum(gold_texts.values())
        tally["exact"] += sum((pred_texts & gold_texts).values())
        tally["fuzzy"] += _fuzzy_matches(pred_texts, gold_texts)
        for gold_item, pred_item in zip(gold, _match(pred, gold)):
            if pred_item is None:
                mismatches.append({"item": _label(gold_item), "field": "item",
                                   "gold": "present", "pred": "missing"})
                continue
            tally["matched"] += 1
            _compare(pred_item, gold_item, tally, field_hits, mismatches)
            gold_joined, pred_joined = "".join(_texts(gold_item)), "".join(_texts(pred_item))
            distances.append((edit_distance(gold_joined, pred_joined), len(gold_joined)))
    gold_count = len(gold_items)
    precision = _share(tally["exact"], tally["pred_paragraphs"])
    recall = _share(tally["exact"], tally["gold_paragraphs"])
    fuzzy_precision = _share(tally["fuzzy"], tally["pred_paragraphs"])
    fuzzy_recall = _share(tally["fuzzy"], tally["gold_paragraphs"])
    errors, lengths = sum(d for d, _ in distances), sum(n for _, n in distances)
    report = {
        "pages": len(pages),
        "items": {"gold": gold_count, "pred": len(pred_items), "matched": tally["matched"]},
        "paragraphs": {"gold": tally["gold_paragraphs"], "pred": tally["pred_paragraphs"],
                       "matched": tally["exact"], "precision": precision, "recall": recall,
                       "f1": _f1(tally["exact"], tally)},
        "paragraphs_fuzzy": {"matched": tally["fuzzy"], "precision": fuzzy_precision,
                             "recall": fuzzy_recall, "f1": _f1(tally["fuzzy"], tally)},
        "headers": {"accuracy": _share(tally["headers"], gold_count),
                    "fields": {name: _share(field_hits[name], gold_count)
                               for name in HEADER_FIELDS}},
        "items_exact": _share(tally["items_exact"], gold_count),
        "body_kinds": _share(tally["kinds_ok"], tally["kinds"]),
        "cer": {"mean": round(sum(d / max(n, 1) for d, n in distances) / len(distances), 4),
                "micro": round(errors / max(lengths, 1), 4)} if distances else None,
        "han": None,
        "mismatches": mismatches,
    }
    if raw is not None:
        raw_han = Counter(_HAN.findall(raw))
        pred_han = Counter("".join(item_han(item) for item in pred_items))
        report["han"] = {"lost": sum((raw_han - pred_han).values()),
                         "added": sum((pred_han - raw_han).values())}
    return report


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance by the bit-parallel algorithm of Myers (1999) and Hyyrö
    (2001): one Python-int operation sequence per character of ``b``, whatever the
    length of ``a``; common prefix and suffix are cut off first.

    >>> edit_distance("3月7日", "3 月 7 日"), edit_distance("棉服", "棉服产业"), edit_distance("", "ab")
    (3, 2, 2)
    """
    head = len(commonprefix([a, b]))
    a, b = a[head:], b[head:]
    tail = len(commonprefix([a[::-1], b[::-1]]))
    if tail:
        a, b = a[:-tail], b[:-tail]
    if not a or not b:
        return len(a) + len(b)
    peq: dict[str, int] = {}
    for index, char in enumerate(a):
        peq[char] = peq.get(char, 0) | 1 << index
    mask, top = (1 << len(a)) - 1, 1 << (len(a) - 1)
    positive, negative, score = mask, 0, len(a)
    for char in b:
        eq = peq.get(char, 0)
        vertical = eq | negative
        horizontal = (((eq & positive) + positive) ^ positive) | eq
        h_positive = negative | ~(horizontal | positive)
        h_negative = positive & horizontal
        score += bool(h_positive & top) - bool(h_negative & top)
        h_positive = (h_positive << 1) | 1
        h_negative <<= 1
        positive = (h_negative | ~(vertical | h_positive)) & mask
        negative = h_positive & vertical & mask
    return score


def format_text(report: dict, verbose: bool = False) -> str:
    """The report as aligned lines for a terminal."""
    items, paragraphs, fuzzy = report["items"], report["paragraphs"], report["paragraphs_fuzzy"]
    fields = "  ".join(f"{name} {value:.3f}" for name, value in report["headers"]["fields"].items())
    cer = report["cer"]
    lines = [
        f"pages        {report['pages']}   items: gold {items['gold']}, pred {items['pred']}, "
        f"matched {items['matched']}",
        f"paragraphs   P {paragraphs['precision']:.4f}  R {paragraphs['recall']:.4f}  "
        f"F1 {paragraphs['f1']:.4f}   exact: gold {paragraphs['gold']}, "
        f"pred {paragraphs['pred']}, matched {paragraphs['matched']}",
        f"  fuzzy≥{FUZZY_THRESHOLD}  P {fuzzy['precision']:.4f}  R {fuzzy['recall']:.4f}  "
        f"F1 {fuzzy['f1']:.4f}   matched {fuzzy['matched']}",
        f"headers      {report['headers']['accuracy']:.4f}   {fields}",
        f"items exact  {report['items_exact']:.4f}",
        f"body kinds   {report['body_kinds']:.4f}",
        "CER          " + (f"mean {cer['mean']:.4f}  micro {cer['micro']:.4f}" if cer
                           else "n/a (no item matched)"),
    ]
    if report["han"] is not None:
        lines.append(f"Han chars    lost {report['han']['lost']}  added {report['han']['added']}")
    if verbose:
        lines += [f"  {m['item']}: {m['field']}: gold {m['gold']!r} pred {m['pred']!r}"
                  for m in report["mismatches"]]
    return "\n".join(lines)


# --- internals ------------------------------------------------------------------------

def _nfc(value):
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def _texts(item: dict) -> list[str]:
    return [_nfc(entry.get("text") or "") for entry in item.get("body") or []]


def _header(item: dict, name: str):
    if name == "authors":
        return [(_nfc(a.get("role")), _nfc(a.get("name"))) for a in item.get("authors") or []]
    return _nfc(item.get(name))


def _captions(item: dict) -> list:
    return [(_nfc(c.get("text")), _nfc(c.get("byline")), _header(c, "authors"))
            for c in item.get("captions") or []]


def _label(item: dict) -> str:
    return item.get("id") or item.get("title") or (_texts(item) or [""])[0][:16]


def _page_key(item: dict) -> str | None:
    identifier = item.get("id")
    return identifier.rsplit("#", 1)[0] if isinstance(identifier, str) and "#" in identifier else None


def _pages(pred: list[dict], gold: list[dict]) -> list[tuple[list[dict], list[dict]]]:
    """Pairs ``(pred items, gold items)`` of each page."""
    pred_keys, gold_keys = [_page_key(i) for i in pred], [_page_key(i) for i in gold]
    if None in pred_keys or None in gold_keys or not set(pred_keys) & set(gold_keys):
        return [(pred, gold)]
    pages: dict[str, tuple[list, list]] = {key: ([], []) for key in gold_keys + pred_keys}
    for key, item in zip(pred_keys, pred):
        pages[key][0].append(item)
    for key, item in zip(gold_keys, gold):
        pages[key][1].append(item)
    return list(pages.values())


def _match(pred: list[dict], gold: list[dict]) -> list[dict | None]:
    """For each gold item, the pred item sharing most paragraphs; failing any shared
    paragraph, one that shares at least half of its character bigrams (OCR-noisy text).
    """
    pred_texts = [Counter(_texts(item)) for item in pred]
    pred_bigrams = [_bigrams(item) for item in pred]
    matches = []
    for item in gold:
        texts, bigrams = Counter(_texts(item)), _bigrams(item)
        scores = [(sum((texts & other_texts).values()), sum((bigrams & other_bigrams).values()))
                  for other_texts, other_bigrams in zip(pred_texts, pred_bigrams)]
        best = max(range(len(pred)), key=scores.__getitem__, default=None)
        good = best is not None and (scores[best][0] or 2 * scores[best][1] >= sum(bigrams.values()) > 0)
        matches.append(pred[best] if good else None)
    return matches


def _bigrams(item: dict) -> Counter:
    return Counter(_BIGRAM.findall("".join(_texts(item))))


def _compare(pred: dict, gold: dict, tally: Counter, field_hits: Counter,
             mismatches: list[dict]) -> None:
    """Count header fields, exactness and body kinds of one matched pair."""
    header_ok = True
    for name in HEADER_FIELDS:
        gold_value, pred_value = _header(gold, name), _header(pred, name)
        if gold_value == pred_value:
            field_hits[name] += 1
        else:
            header_ok = False
            mismatches.append({"item": _label(gold), "field": name,
                               "gold": gold_value, "pred": pred_value})
    body = [(entry.get("kind"), text) for entry, text in zip(gold.get("body") or [], _texts(gold))]
    pred_body = [(entry.get("kind"), text) for entry, text in zip(pred.get("body") or [], _texts(pred))]
    if body != pred_body:
        mismatches.append({"item": _label(gold), "field": "body",
                           "gold": f"{len(body)} entries",
                           "pred": f"{len(pred_body)} entries, "
                                   f"{len(set(body) & set(pred_body))} identical"})
    if _captions(gold) != _captions(pred):
        mismatches.append({"item": _label(gold), "field": "captions",
                           "gold": _captions(gold), "pred": _captions(pred)})
    tally["headers"] += header_ok
    tally["items_exact"] += header_ok and body == pred_body and _captions(gold) == _captions(pred)
    pred_kinds = {}
    for kind, text in pred_body:
        pred_kinds.setdefault(text, kind)
    for kind, text in body:
        if text in pred_kinds:
            tally["kinds"] += 1
            tally["kinds_ok"] += pred_kinds[text] == kind


def _fuzzy_matches(pred: Counter, gold: Counter) -> int:
    """Exact matches plus a greedy best-first pairing of the rest at similarity ≥ 0.9."""
    exact = pred & gold
    pred_rest, gold_rest = list((pred - exact).elements()), list((gold - exact).elements())
    pairs = []
    for i, pred_text in enumerate(pred_rest):
        for j, gold_text in enumerate(gold_rest):
            shorter, longer = sorted((len(pred_text), len(gold_text)))
            if 2 * shorter < FUZZY_THRESHOLD * (shorter + longer):
                continue  # the ratio 2·matches/total cannot reach the threshold
            matcher = SequenceMatcher(None, pred_text, gold_text, autojunk=False)
            if matcher.quick_ratio() >= FUZZY_THRESHOLD \
                    and (ratio := matcher.ratio()) >= FUZZY_THRESHOLD:
                pairs.append((-ratio, i, j))
    used_pred, used_gold = set(), set()
    for _, i, j in sorted(pairs):
        if i not in used_pred and j not in used_gold:
            used_pred.add(i)
            used_gold.add(j)
    return sum(exact.values()) + len(used_pred)


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 1.0


def _f1(hits: int, tally: Counter) -> float:
    """2PR/(P+R), which is 2·hits/(pred + gold)."""
    total = tally["pred_paragraphs"] + tally["gold_paragraphs"]
    return round(2 * hits / total, 4) if total else 1.0
