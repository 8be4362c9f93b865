"""The CLI's help pages and notices as a user sees them (subprocess runs): no type after a flag,
arguments in capitals on the usage line, every command's summary a whole sentence, the README's
command table naming every command, and the NLP backend notice printed once."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sahelkg.cli_notices import merge_notices

REPO = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).with_name("sahelkg")  # the console script pip installed, as users run it
COMMANDS = ["extract", "evaluate", "ingest", "export", "stats", "withdraw", "migrate", "serve", "models",
            "models download", "models list"]


def sahelkg(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("SAHELKG_")}
    base.update({"COLUMNS": "120", **(env or {})})
    return subprocess.run([str(SCRIPT), *args], capture_output=True, text=True, timeout=120, env=base,
                          cwd=REPO)


@pytest.fixture(scope="module")
def help_pages() -> dict[str, str]:
    pages = {}
    for command in ["", *COMMANDS]:
        result = sahelkg(*command.split(), "--help")
        assert result.returncode == 0, result.stderr
        pages[command] = result.stdout
    return pages


def test_no_type_after_a_flag_and_no_braces(help_pages: dict[str, str]) -> None:
    for command, page in help_pages.items():
        assert "<bool>" not in page, command
        assert "{" not in page and "}" not in page, command
    assert re.search(r"--help\s+Show this message and exit\.", help_pages["ingest"])
    assert re.search(r"--include-ontology\s+Add the sahelkg ontology", help_pages["export"])


@pytest.mark.parametrize(("command", "usage"), [
    ("ingest", "Usage: sahelkg ingest [OPTIONS] PATHS..."),
    ("extract", "Usage: sahelkg extract [OPTIONS] PATHS..."),
    ("evaluate", "Usage: sahelkg evaluate [OPTIONS] PATHS..."),
    ("withdraw", "Usage: sahelkg withdraw [OPTIONS] ARTICLE_ID"),
    ("models download", "Usage: sahelkg models download [OPTIONS] [LANGUAGES...]"),
    ("", "Usage: sahelkg [OPTIONS] COMMAND [ARGS]..."),
])
def test_usage_lines(help_pages: dict[str, str], command: str, usage: str) -> None:
    assert usage in help_pages[command]


def test_every_command_summary_is_a_whole_sentence(help_pages: dict[str, str]) -> None:
    listing = help_pages[""]
    panel = listing[listing.index("Commands"):]
    summaries: dict[str, str] = {}
    current = None
    for line in panel.splitlines()[1:]:
        cells = line.strip("│╰─╯ ").split(None, 1)
        if not cells:
            continue
        if line.startswith("│ ") and not line.startswith("│  "):
            current = cells[0]
            summaries[current] = cells[1] if len(cells) > 1 else ""
        elif current is not None:
            summaries[current] += " " + line.strip("│ ").strip()
    assert sorted(summaries) == sorted(c for c in COMMANDS if " " not in c)
    for command, summary in summaries.items():
        assert summary.endswith("."), (command, summary)
        assert "  " not in summary, (command, summary)
    assert summaries["evaluate"] == ("Score extraction against a gold file: precision, recall and F1 per "
                                     "relation type and overall.")


def test_the_readme_command_table_names_every_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| command | what it does |"):readme.index("Input articles:")]
    for command in ("extract", "evaluate", "ingest", "export", "stats", "withdraw", "migrate", "serve",
                    "models download", "models list"):
        assert f"`sahelkg {command}" in table, command


def test_the_nlp_notice_is_printed_once_for_all_languages(tmp_path: Path) -> None:
    (tmp_path / "ar.txt").write_text("زار المشير خليفة حفتر نيامي أمس.\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Khalifa Haftar visited Niamey on Monday.\n", encoding="utf-8")
    (tmp_path / "fr.txt").write_text("Le maréchal Khalifa Haftar s'est rendu à Niamey lundi dernier.\n",
                                     encoding="utf-8")
    result = sahelkg("extract", str(tmp_path), "--format", "jsonl", env={"SAHELKG_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    notices = [line for line in result.stderr.splitlines() if line.startswith("NLP backend:")]
    assert len(notices) == 1, result.stderr
    assert notices[0].startswith("NLP backend: built-in (no dependency parses or NER) because ")
    if "no stanza models" in notices[0]:  # stanza installed (the test extra), no models here
        assert "no stanza models for 'ar', 'en'" in notices[0]
        assert "run: sahelkg models download --lang ar en" in notices[0]


def test_merged_notice_names_every_language() -> None:
    folder = "/data/models"

    def missing(lang: str) -> str:
        return (f"NLP backend: built-in (no dependency parses or NER) because no stanza models for {lang!r} "
                f"in {folder}; run: sahelkg models download --lang {lang}")

    assert merge_notices([missing("ar"), missing("en"), missing("ar"), missing("fr")]) == [
        "NLP backend: built-in (no dependency parses or NER) because no stanza models for 'ar', 'en', 'fr' "
        "in /data/models; run: sahelkg models download --lang ar en fr"]
    other = "NLP backend: built-in (no dependency parses or NER) because stanza is not installed; run: x"
    assert merge_notices([other, other]) == [other]
    assert merge_notices([]) == []
