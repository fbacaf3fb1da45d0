"""Throughput of ocrfix next to ftfy and autocorrect, on generated newspaper pages.

    python bench/benchmark.py              # about 2.5 MB of pages
    python bench/benchmark.py --pages 200 --repeat 3
    python bench/benchmark.py --by-variation     # parse next to ftfy per variation too
    python bench/benchmark.py --skip interleaved_lines   # leave some variations out
    python bench/benchmark.py --stages           # where parse's time goes, stage by stage

Pages come from ``ocrfix.generate`` (every variation in turn). Each tool is warmed up
on one page first, and that import and first call (jieba dictionary, OpenCC tables,
rule compilation) is reported apart; then each tool processes every page, page by page, and
the best of ``--repeat`` rounds counts. Times are the CPU time of this process, which
other work on a shared machine disturbs far less than the wall clock. A tool that
cannot be imported or fails on the warm-up page shows n/a. Needs the ``bench`` extra: ``pip install -e '.[bench]'``.
"""
from __future__ import annotations

import argparse
import gc
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


def corpus(megabytes: float, pages: int | None, seed: int,
           skip: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(variation, raw page) pairs cycling through the variations not in ``skip``, up
    to ``pages`` or ``megabytes``."""
    unknown = sorted(set(skip) - set(VARIATIONS))
    if unknown:
        raise SystemExit(f"unknown variation {unknown[0]!r} (known: {', '.join(sorted(VARIATIONS))})")
    names = [name for name in sorted(VARIATIONS) if name not in skip]
    raws, size = [], 0
    for number, name in zip(itertools.count(seed), itertools.cycle(names)):
        if (pages is not None and len(raws) >= pages) or (pages is None and size >= megabytes * 1e6):
            return raws
        raws.append((name, generate_page(VARIATIONS[name], number).raw))
        size += len(raws[-1][1].encode("utf-8"))
    raise AssertionError("unreachable")


def by_variation(pages: list[tuple[str, str]], labels: tuple[str, ...]) -> None:
    """One pass of each tool over the corpus, page by page: MB/s per variation, and
    the time of parse / ftfy (the project aims at 0.2 or less)."""
    sizes: dict[str, int] = {}
    for name, raw in pages:
        sizes[name] = sizes.get(name, 0) + len(raw.encode("utf-8"))
    seconds: dict[str, dict[str, float]] = {}
    for label in labels:
        module, attribute, call = TOOLS[label]
        function = getattr(importlib.import_module(module), attribute)
        spent = seconds[label] = dict.fromkeys(sizes, 0.0)
        for name, raw in pages:
            start = time.process_time()
            call(function, raw)
            spent[name] += time.process_time() - start
    slow, fast = RATIOS["time parse / ftfy"]
    ratio = slow in seconds and fast in seconds
    print("\nby variation (one pass), MB/s:")
    print(f"  {'variation':24}" + "".join(f"{label:>16}" for label in labels)
          + (f"{'parse / ftfy':>16}" if ratio else ""))
    for name in sorted(sizes):
        print(f"  {name:24}" + "".join(f"{sizes[name] / 1e6 / seconds[label][name]:>16.2f}"
                                       for label in labels)
              + (f"{seconds[slow][name] / seconds[fast][name]:>15.2f}x" if ratio else ""))


def stages(raws: list[str]) -> None:
    """parse's stages one after another over the corpus (each fed the one before):
    the CPU seconds each takes and its share. The first two are the parts of
    normalise_page: the extractor style's reading order, then the character rules."""
    from ocrfix.assemble import assemble
    from ocrfix.blocks import split_blocks
    from ocrfix.engine import explain
    from ocrfix.pipeline import normalise_page
    from ocrfix.reflow import reflow
    from ocrfix.roles import assign_roles
    from ocrfix.styles import prepare

    def prepared(raw: str) -> str:
        return "\n".join(piece for _, piece in prepare(raw))

    steps = [("styles.prepare", prepared, raws),
             ("engine.explain", explain, None),
             ("pipeline.normalise_page", normalise_page, raws),
             ("blocks.split_blocks", split_blocks, None), ("roles.assign_roles", assign_roles, None),
             ("reflow.reflow", reflow, None), ("assemble.assemble", lambda units: assemble(units, "-"), None)]
    spent: dict[str, float] = {}
    outputs: list = []
    for label, function, inputs in steps:
        inputs = outputs if inputs is None else inputs
        # The whole corpus's pages stay alive between stages: keep the collector from
        # scanning them again and again, which parsing page by page would not do.
        gc.collect()
        gc.freeze()
        start = time.process_time()
        outputs = [function(value) for value in inputs]
        spent[label] = time.process_time() - start
        gc.unfreeze()
    total = sum(seconds for label, seconds in spent.items() if label not in ("styles.prepare", "engine.explain"))
    print("\nparse by stage (one pass), CPU s and share:")
    for label, seconds in spent.items():
        indent = "    " if label in ("styles.prepare", "engine.explain") else "  "
        print(f"{indent}{label:<26}{seconds:>8.3f}{seconds / total:>8.0%}")


def measure(label: str, raws: list[str], repeat: int) -> dict:
    """Warm-up seconds and best total seconds of one tool over ``raws``, or the error."""
    module, attribute, call = TOOLS[label]
    try:
        start = time.process_time()
        function = getattr(importlib.import_module(module), attribute)
        call(function, raws[0])
        warm_up = time.process_time() - start
    except Exception as error:  # a tool not there yet, or broken: report, don't stop
        return {"error": f"{type(error).__name__}: {error}"[:60]}
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for raw in raws:
            call(function, raw)
        best = min(best, time.process_time() - start)
    return {"warm_up": warm_up, "seconds": best}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.5, help="corpus size in MB of UTF-8")
    parser.add_argument("--pages", type=int, help="number of pages (instead of --mb)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1, help="rounds per tool; best counts")
    parser.add_argument("--by-variation", action="store_true",
                        help="also report parse's and ftfy's throughput per generator variation")
    parser.add_argument("--stages", action="store_true",
                        help="also report the time of each stage of parse")
    parser.add_argument("--skip", action="append", default=[], metavar="VARIATION",
                        help="leave a generator variation out of the corpus (repeatable)")
    args = parser.parse_args()

    start = time.perf_counter()
    pages = corpus(args.mb, args.pages, args.seed, tuple(args.skip))
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
        by_variation(pages, tuple(label for label in ("ocrfix.parse", "ftfy.fix_text")
                                  if "seconds" in results[label]))
    if args.stages:
        stages(raws)


if __name__ == "__main__":
    main()
