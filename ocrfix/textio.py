"""Reading input bytes as text and writing output files atomically."""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import regex

from .errors import InputError

TEXT_SUFFIXES = (".txt", ".text", ".jsonl")

# Control characters other than tab and line ends: many of them in a decoded file mean
# it was binary or decoded with the wrong codec.
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes, path: str = "-") -> str:
    """Decode UTF-8 (with or without BOM) or GB18030 bytes; line ends become ``\\n``.

    Raises :class:`InputError` for empty input or bytes that are neither.

    >>> decode("本报讯\\r\\n".encode("gb18030"))
    '本报讯\\n'
    """
    if not data.strip():
        raise InputError(path, "empty input")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise InputError(path, f"cannot decode as UTF-8 or GB18030 "
                                   f"(byte {utf8_error.start})") from None
        if len(_CONTROL.findall(text)) > max(2, len(text) // 1000):
            raise InputError(path, f"not text: cannot decode as UTF-8 "
                                   f"(byte {utf8_error.start}) and GB18030 gives binary")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_path(path: str) -> str:
    """Read and decode one file, or standard input for ``-``."""
    if path == "-":
        import sys
        return decode(sys.stdin.buffer.read(), "-")
    file = Path(path)
    if not file.exists():
        raise InputError(path, "no such file")
    if file.is_dir():
        raise InputError(path, "is a directory")
    try:
        data = file.read_bytes()
    except OSError as error:
        raise InputError(path, error.strerror or str(error)) from None
    return decode(data, path)


def expand_paths(paths: list[str], suffixes: tuple[str, ...] = TEXT_SUFFIXES) -> list[str]:
    """Files named on the command line, with directories expanded recursively (sorted)."""
    found: list[str] = []
    for path in paths or ["-"]:
        if path != "-" and Path(path).is_dir():
            files = sorted(str(p) for p in Path(path).rglob("*")
                           if p.is_file() and p.name.endswith(suffixes)
                           and not p.name.endswith(".gold.jsonl"))
            if not files:
                raise InputError(path, "directory contains no text files")
            found.extend(files)
        else:
            found.append(path)
    return found


def json_lines(text: str, path: str) -> Iterator[tuple[int, object]]:
    """The JSON value of each non-blank line of JSONL ``text``, with its line number.

    Raises :class:`InputError` naming the file and line of the first that is not JSON.

    >>> list(json_lines('{"a": 1}\\n\\n[2]\\n', "x.jsonl"))
    [(1, {'a': 1}), (3, [2])]
    """
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip():
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as error:
                raise InputError(path, f"line {number}: not JSON ({error.msg})") from None


@contextmanager
def atomic_writer(path: str) -> Iterator[IO[str]]:
    """Write ``path`` through a temporary file renamed into place only on success."""
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    handle, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=directory)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
