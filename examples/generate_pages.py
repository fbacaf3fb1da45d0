"""Write generated newspaper pages with their gold JSONL, and score the parser on them.

    python examples/generate_pages.py out/ -n 20
    python examples/generate_pages.py out/ -n 5 --variation photos --variation ocr_noise
    python examples/generate_pages.py out/ -n 40 --seed 1000   # 640 pages: the figures of issue 4

Each variation gets a folder ``OUT/<variation>/`` holding ``<id>.txt`` (the raw page) and
``<id>.gold.jsonl`` (its expected items). When ``ocrfix.parse`` can run, one line of
scores per variation follows, then the figures over all of them pooled; ``ocrfix eval``
scores a single page the same way.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from ocrfix.evaluate import evaluate
from ocrfix.generate import VARIATIONS, generate_page


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="output directory")
    parser.add_argument("-n", "--pages", type=int, default=10, help="pages per variation")
    parser.add_argument("--seed", type=int, default=0, help="seed of the first page")
    parser.add_argument("--variation", action="append", choices=sorted(VARIATIONS),
                        help="only this variation (repeatable); default: all")
    args = parser.parse_args(argv)
    parse = _parser()
    pooled_pred, pooled_gold = [], []
    for name in args.variation or list(VARIATIONS):
        folder = args.out / name
        folder.mkdir(parents=True, exist_ok=True)
        pred, gold, lost, added = [], [], 0, 0
        for seed in range(args.seed, args.seed + args.pages):
            page_id = f"{name}-{seed:06d}"
            raw_path = folder / f"{page_id}.txt"
            page = generate_page(VARIATIONS[name], seed, page_id, str(raw_path))
            raw_path.write_text(page.raw, encoding="utf-8")
            (folder / f"{page_id}.gold.jsonl").write_text(page.gold_jsonl(), encoding="utf-8")
            if parse:
                items = [item.to_dict() for item in parse(page.raw, str(raw_path))]
                han = evaluate(items, page.gold, page.raw)["han"]
                lost, added = lost + han["lost"], added + han["added"]
                pred, gold = pred + items, gold + page.gold
        pooled_pred, pooled_gold = pooled_pred + pred, pooled_gold + gold
        line = f"{name:16} {args.pages} pages -> {folder}"
        if parse:
            report = evaluate(pred, gold)
            cer = f"{report['cer']['micro']:.4f}" if report["cer"] else "n/a"
            line += (f"  paragraph F1 {report['paragraphs']['f1']:.3f}"
                     f"  fuzzy {report['paragraphs_fuzzy']['f1']:.3f}"
                     f"  headers {report['headers']['accuracy']:.3f}"
                     f"  items exact {report['items_exact']:.3f}"
                     f"  CER {cer}  Han lost {lost} added {added}")
        print(line)
    if parse and pooled_gold:
        report = evaluate(pooled_pred, pooled_gold)
        print(f"{'all':16} {len(pooled_gold)} items  paragraph F1 {report['paragraphs']['f1']:.3f}"
              f"  items exact {report['items_exact']:.3f}")


def _parser():
    """``ocrfix.parse`` if it can run, else None (the pages are still written)."""
    try:
        import ocrfix
        ocrfix.parse("本报讯（记者 王军）今天天气很好。\n\n好天气\n")
        return ocrfix.parse
    except Exception as error:  # any failure only means: no scores
        print(f"ocrfix.parse cannot run ({type(error).__name__}: {error}); writing pages only")
        return None


if __name__ == "__main__":
    main()
