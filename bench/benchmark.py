"""Throughput of ocrfix next to ftfy and autocorrect, on generated newspaper pages.

    python bench/benchmark.py              # about 2.5 MB of pages
    python bench/benchmark.py --pages 200 --repeat 3
    python bench/benchmark.py --by-variation     # parse's throughput per variation too

Pages come from ``ocrfix.generate`` (every variation in turn). Each tool is warmed up
on one page first, and that import and first call (jieba dictionary, OpenCC tables,
rule compilation) is reported apart; then each tool processes every page, page by page, and
the best of ``--repeat`` rounds counts. A tool that cannot be imported or fails on the
warm-up page shows n/a. Needs the ``bench`` extra: ``pip install -e '.[bench]'``.
"""
from __future__ import annotations

import argparse
import importlib
import itertools
import time

from ocrfix.generate import VARIATIONS, generate_page

# label -> (module, function, call). The engine goes first so that its warm-up holds the
# rule and OpenCC loading, and parse's warm-up what parse adds (jieba).
TOOLS = {
    "ocrfix.engine.normalize": ("ocrfix.engine", "normalize",
                                lambda normalize, raw: normalize(raw, preset="newspaper")),
    "ocrfix.parse": ("ocrfix", "parse", lambda parse, raw: parse(raw)),
    "ftfy.fix_text": ("ftfy", "fix_text", lambda fix_text, raw: fix_text(raw)),
    "autocorrect_py.format": ("autocorrect_py", "format", lambda fmt, raw: fmt(raw)),
}
# label -> (slower, faster): how many times the time of the second the first takes.
RATIOS = {"time parse / ftfy": ("ocrfix.parse", "ftfy.fix_text"),
          "time clean / autocorrect": ("ocrfix.engine.normalize", "autocorrect_py.format")}


def corpus(megabytes: float, pages: int | None, seed: int) -> list[tuple[str, str]]:
    """(variation, raw page) pairs cycling through the variations, up to ``pages`` or
    ``megabytes``."""
    raws, size = [], 0
    for number, name in zip(itertools.count(seed), itertools.cycle(sorted(VARIATIONS))):
        if (pages is not None and len(raws) >= pages) or (pages is None and size >= megabytes * 1e6):
            return raws
        raws.append((name, generate_page(VARIATIONS[name], number).raw))
        size += len(raws[-1][1].encode("utf-8"))
    raise AssertionError("unreachable")


def parse_by_variation(pages: list[tuple[str, str]]) -> None:
    """One pass of ``ocrfix.parse`` over the corpus, its throughput per variation."""
    from ocrfix import parse
    seconds: dict[str, float] = {}
    sizes: dict[str, int] = {}
    for name, raw in pages:
        start = time.perf_counter()
        parse(raw)
        seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - start
        sizes[name] = sizes.get(name, 0) + len(raw.encode("utf-8"))
    print("\nocrfix.parse by variation (one pass):")
    for name in sorted(seconds):
        print(f"  {name:24}{sizes[name] / 1e6 / seconds[name]:>9.2f} MB/s")


def measure(label: str, raws: list[str], repeat: int) -> dict:
    """Warm-up seconds and best total seconds of one tool over ``raws``, or the error."""
    module, attribute, call = TOOLS[label]
    try:
        start = time.perf_counter()
        function = getattr(importlib.import_module(module), attribute)
        call(function, raws[0])
        warm_up = time.perf_counter() - start
    except Exception as error:  # a tool not there yet, or broken: report, don't stop
        return {"error": f"{type(error).__name__}: {error}"[:60]}
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for raw in raws:
            call(function, raw)
        best = min(best, time.perf_counter() - start)
    return {"warm_up": warm_up, "seconds": best}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.5, help="corpus size in MB of UTF-8")
    parser.add_argument("--pages", type=int, help="number of pages (instead of --mb)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1, help="rounds per tool; best counts")
    parser.add_argument("--by-variation", action="store_true",
                        help="also report parse's throughput per generator variation")
    args = parser.parse_args()

    start = time.perf_counter()
    pages = corpus(args.mb, args.pages, args.seed)
    raws = [raw for _, raw in pages]
    megabytes = sum(len(raw.encode("utf-8")) for raw in raws) / 1e6
    print(f"corpus: {len(raws)} pages, {megabytes:.2f} MB UTF-8, seed {args.seed}, "
          f"generated in {time.perf_counter() - start:.1f} s\n")

    results = {label: measure(label, raws, args.repeat) for label in TOOLS}
    print(f"{'tool':26}{'warm-up s':>11}{'total s':>10}{'MB/s':>9}{'pages/s':>10}")
    for label, result in results.items():
        if "error" in result:
            print(f"{label:26}{'n/a':>11}{'n/a':>10}{'n/a':>9}{'n/a':>10}   ({result['error']})")
        else:
            seconds = result["seconds"]
            print(f"{label:26}{result['warm_up']:>11.3f}{seconds:>10.3f}"
                  f"{megabytes / seconds:>9.2f}{len(raws) / seconds:>10.1f}")
    for label, (slow, fast) in RATIOS.items():
        if "seconds" in results[slow] and "seconds" in results[fast]:
            ratio = f"{results[slow]['seconds'] / results[fast]['seconds']:.2f}x"
        else:
            ratio = "n/a"
        print(f"{label:26}{ratio:>11}")
    if args.by_variation:
        parse_by_variation(pages)


if __name__ == "__main__":
    main()
