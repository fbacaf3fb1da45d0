"""Use ocrfix as a preprocessing library: parse a page, keep the articles, print clean text.

Run from the repository root:  python examples/library_usage.py seeds/000_08a40f92cd806406.txt
"""
from __future__ import annotations

import sys

import ocrfix


def main(path: str) -> None:
    for item in ocrfix.parse_file(path):
        if item.type != "article":
            continue
        print("#", item.title, f"({item.byline})" if item.byline else "")
        for paragraph in item.body:
            prefix = "## " if paragraph.kind == "subhead" else ""
            print(prefix + paragraph.text)
        print()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "seeds/000_08a40f92cd806406.txt")
