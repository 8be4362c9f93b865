"""The NLP backend notice, printed once per run.

The extractor announces the backend it falls back to once per language ("NLP backend: built-in
... because no stanza models for 'ar' in DIR; run: sahelkg models download --lang ar", then the
same for 'en', ...). A command collects those announcements and prints them when it is done, as
one line: the languages missing models are merged into one notice and one download command.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_MISSING_MODELS = re.compile(
    r"^(?P<head>NLP backend: .+? because) no stanza models for '(?P<lang>[^']+)' in (?P<dir>.+?); "
    r"run: sahelkg models download --lang \S+$")


def merge_notices(messages: list[str]) -> list[str]:
    """The announcements as the lines to print: each distinct one once, the per-language
    "no stanza models" ones merged into one line (in the order the languages were met)."""
    lines: list[str] = []
    missing: dict[tuple[str, str], list[str]] = {}
    for message in dict.fromkeys(messages):
        match = _MISSING_MODELS.match(message)
        if match is None:
            lines.append(message)
            continue
        key = (match.group("head"), match.group("dir"))
        if key not in missing:
            missing[key] = []
            lines.append(f"\0{len(missing) - 1}")  # where the merged line goes
        missing[key].append(match.group("lang"))
    merged = [f"{head} no stanza models for {', '.join(repr(lang) for lang in langs)} in {folder}; "
              f"run: sahelkg models download --lang {' '.join(langs)}"
              for (head, folder), langs in missing.items()]
    return [merged[int(line[1:])] if line.startswith("\0") else line for line in lines]


@contextmanager
def backend_notice(echo: Callable[[str], None]) -> Iterator[Callable[[str], None]]:
    """An ``announce`` callback whose notices ``echo`` hears once, merged, when the block ends."""
    messages: list[str] = []
    try:
        yield messages.append
    finally:
        for line in merge_notices(messages):
            echo(line)
