"""`sahelkg extract` as a user runs it: real files in, JSON lines or a table out, bad files on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sahelkg", "extract", *args], capture_output=True, text=True, timeout=120
    )


def test_jsonl_output_and_bad_files_reported(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(
        "18 أغسطس 2024، 7:56 ص\nزار المشير خليفة حفتر نيامي أمس.\n", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "rec-1", "text": "التقى حفتر بوتين في موسكو."}, ensure_ascii=False) + "\n{oops\n",
        encoding="utf-8",
    )
    result = run_cli(str(tmp_path), "--format", "jsonl", "--nlp", "builtin")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [
        (r["doc"], r["subject"]["id"], r["relation"], r["object"]["id"], r["status"], r["date"]) for r in rows
    ] == [
        ("rec-1", "Khalifa_Haftar", "meet", "Vladimir_Putin", "occurred", None),
        ("rec-1", "Khalifa_Haftar", "visit", "Moscow", "occurred", None),
        ("good", "Khalifa_Haftar", "visit", "Niamey", "occurred", "2024-08-17"),
    ]
    good = rows[2]
    assert good["subject"]["label"] == "Khalifa Haftar" and good["subject"]["type"] == "Person"
    assert good["subject"]["labels"]["ar"] == "خليفة حفتر"
    assert good["object"]["type"] == "Place" and good["date_precision"] == "day"
    text = (tmp_path / "good.txt").read_text(encoding="utf-8")
    assert text[good["evidence"]["start"] : good["evidence"]["end"]] == good["evidence"]["text"]
    assert f"{tmp_path / 'empty.txt'}: empty file" in result.stderr
    assert f"{tmp_path / 'feed.jsonl'}: line 2: invalid JSON" in result.stderr
    assert "Traceback" not in result.stderr


def test_table_output(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("زار حفتر القاهرة.", encoding="utf-8")
    result = run_cli(str(tmp_path / "a.txt"), "--format", "table", "--nlp", "builtin")
    assert result.returncode == 0, result.stderr
    assert "Khalifa Haftar" in result.stdout and "visit" in result.stdout and "Cairo" in result.stdout


def test_no_files(tmp_path: Path) -> None:
    result = run_cli(str(tmp_path), "--nlp", "builtin")
    assert result.returncode == 1
    assert result.stderr.strip() == f"no article files found in: {tmp_path}"
