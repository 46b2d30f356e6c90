"""What budgetdiff writes is safe on a terminal, exact in a pipe, and ends cleanly.

- On a terminal (a real pty here) no ESC/OSC/BEL/C1/bidi or invisible character
  of a document reaches the screen, in any command or format; JSON and CSV are
  escaped there too, JSON so that it still parses to the same data.
- Piped, JSON and CSV are exact data; human formats are escaped everywhere.
- A full disk on standard output is one sentence and exit 2; a reader that goes
  away (``| head -c 1``) is a normal end: exit 0, nothing on stderr.
"""

from __future__ import annotations

import fcntl
import importlib.util
import json
import os
import re
import struct
import subprocess
import sys
import termios
import unicodedata
from pathlib import Path

import pytest

from budgetdiff.export.csv_export import cell_text
from budgetdiff.text import printable
from tests.cli.conftest import COOPERATION, PORT, ROOT, run_cli

# A title, a row name and a sentence carry terminal controls and invisible characters.
HOSTILE = "\x1b]0;pwned\x07\x1b[31m\x9b2J\u2028\u202e\u200b\ufeff\xad\u2060\U000e0041"
INERT = ("\x07", "\x9b", "\u202e", "\u200b", "\ufeff", "\xad", "\u2060", "\U000e0041", "\u2028")
_STYLE = re.compile(r"\x1b\[[0-9;]*m")


def _environment() -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    environment.update({"PYTHONIOENCODING": "utf-8", "TERM": "xterm-256color"})
    environment.update({"BUDGETDIFF_PAGER": "cat", "COLUMNS": "120"})
    return environment


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    text = PORT.read_text(encoding="utf-8")
    text = text.replace("\t行政运行\t", f"\t行政运行{HOSTILE}\t")
    text = text.replace("是市政府直属机构", f"是市政府直属{HOSTILE}机构", 1)
    text = text.replace(
        "上海市口岸服务办公室 2017 年度部门预算", f"口岸{HOSTILE}办 2017 年度部门预算", 1
    )
    path = tmp_path_factory.mktemp("planted") / "inj.txt"
    path.write_text(text, encoding="utf-8")
    return path


def on_terminal(*args: str | Path) -> tuple[int, str]:
    """Run the command with stdout and stderr on a pty (120 × 40); its status and output."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    process = subprocess.Popen(
        [sys.executable, "-m", "budgetdiff", *map(str, args)],
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=slave,
        env=_environment(),
        cwd=ROOT,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: every writer has closed the pty
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return process.wait(timeout=60), b"".join(chunks).decode("utf-8")


def assert_inert(output: str, styled: bool) -> None:
    for character in INERT:
        assert character not in output, f"{character!r} reached the terminal"
    assert "\x1b]" not in output  # no OSC: title, clipboard, hyperlink
    # Our own Rich styles are SGR sequences; nothing else may start with ESC.
    assert "\x1b" not in (_STYLE.sub("", output) if styled else output)


HUMAN = [
    (("show", "{doc}", "--color", "never"), False),
    (("show", "{doc}", "--color", "always"), True),
    (("show", "{doc}"), True),
    (("check", "{doc}"), False),
    (("{port}", "{doc}", "--format", "plain"), False),
    (("{port}", "{doc}", "--format", "markdown"), False),
    (("{port}", "{doc}", "--format", "rich", "--color", "always", "--no-pager"), True),
    (("{port}", "{doc}", "--no-pager"), True),
    (("{port}", "{doc}", "--format", "csv"), False),
]
DATA = [
    ("export", "{doc}"),
    ("check", "--format", "json", "{doc}"),
    ("{port}", "{doc}", "--format", "json"),
]


def _args(template: tuple[str, ...], doc: Path) -> list[str]:
    return [part.format(doc=doc, port=PORT) for part in template]


@pytest.mark.parametrize(
    ("template", "styled"), [pytest.param(*case, id=" ".join(case[0])) for case in HUMAN]
)
def test_nothing_from_the_document_controls_the_terminal(
    planted: Path, template: tuple[str, ...], styled: bool
) -> None:
    status, output = on_terminal(*_args(template, planted))
    assert status in (0, 1), output
    assert "Traceback" not in output
    assert_inert(output, styled)
    assert "\\u200b" in output  # shown, escaped


@pytest.mark.parametrize("template", DATA, ids=" ".join)
def test_json_on_a_terminal_is_escaped_and_parses_to_the_exact_data(
    planted: Path, template: tuple[str, ...]
) -> None:
    args = _args(template, planted)
    status, output = on_terminal(*args)
    assert status in (0, 1), output
    assert_inert(output, styled=False)
    piped = run_cli(*args)
    assert "\u200b" in piped.stdout  # piped JSON is the data as it is
    assert json.loads(output) == json.loads(piped.stdout)
    assert any(HOSTILE in text for text in _strings(json.loads(output)))


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [text for item in value for text in _strings(item)] if isinstance(value, list) else []


def test_piped_csv_is_exact_data(planted: Path) -> None:
    result = run_cli(PORT, planted, "--format", "csv")
    assert result.returncode == 1
    assert f"行政运行{HOSTILE}" in result.stdout


# ---------------------------------------------------------------------------
# Invisible characters (item 7)
# ---------------------------------------------------------------------------


def test_printable_escapes_every_control_and_invisible_format_character() -> None:
    kept = "\t\n"
    for code in range(0x110000):
        character = chr(code)
        category = unicodedata.category(character)
        if category in ("Cc", "Cf", "Zl", "Zp", "Cs") and character not in kept:
            shown = printable(character)
            assert shown.startswith("\\") and shown.isascii(), f"U+{code:04X} {category}"
    assert printable("行政\u200b运行") == "行政\\u200b运行"
    assert printable("\U000e0041") == "\\U000e0041"
    # Ordinary text, tabs and newlines pass unchanged; variation selectors and the
    # combining grapheme joiner are invisible too (``劳务\ufe0f费`` looks like 劳务费).
    assert printable("行政运行\t（项）\n＝") == "行政运行\t（项）\n＝"
    assert printable("劳务\ufe0f费\u034f") == "劳务\\ufe0f费\\u034f"
    assert printable("\U000e0100") == "\\U000e0100"


@pytest.fixture(scope="module")
def invisible(tmp_path_factory: pytest.TempPathFactory) -> Path:
    text = PORT.read_text(encoding="utf-8").replace("\t行政运行\t", "\t行政\u200b运\ufeff行\t")
    path = tmp_path_factory.mktemp("invisible") / "zw.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "template",
    [
        ("show", "{doc}", "--color", "never", "--table", "expenditure"),
        ("show", "{doc}", "--color", "always", "--table", "expenditure"),
        ("{port}", "{doc}", "--format", "plain"),
        ("{port}", "{doc}", "--format", "markdown"),
        ("{port}", "{doc}", "--format", "rich", "--color", "always"),
    ],
    ids=" ".join,
)
def test_invisible_characters_are_shown_escaped_in_human_output(
    invisible: Path, template: tuple[str, ...]
) -> None:
    result = run_cli(*_args(template, invisible))
    assert result.returncode in (0, 1), result.stderr
    assert "\u200b" not in result.stdout and "\ufeff" not in result.stdout
    assert "行政\\u200b运\\ufeff行" in result.stdout


def test_invisible_characters_stay_exact_in_json(invisible: Path) -> None:
    data = json.loads(run_cli("export", invisible).stdout)
    names = [row["name"] for row in data["tables"]["expenditure"]["rows"]]
    assert "行政\u200b运\ufeff行" in names


FULL_WIDTH = ("\uff1d", "\uff0b", "\uff0d", "\uff20")  # ＝＋－＠


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r", *FULL_WIDTH])
def test_formula_guard_covers_full_width_starts(start: str) -> None:
    assert cell_text(f"{start}HYPERLINK(1)") == f"'{start}HYPERLINK(1)"


@pytest.fixture(scope="module")
def formulas(tmp_path_factory: pytest.TempPathFactory) -> Path:
    text = PORT.read_text(encoding="utf-8").replace("\t行政运行\t", "\t＝行政运行\t")
    text = text.replace("\t一般行政管理事务\t", "\t＋一般行政管理事务\t")
    path = tmp_path_factory.mktemp("formulas") / "fw.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_full_width_formula_starts_are_guarded_in_export_and_diff_csv(
    formulas: Path, tmp_path: Path
) -> None:
    result = run_cli("export", formulas, "--format", "csv", "-o", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    expenditure = (tmp_path / "out" / "expenditure.csv").read_text(encoding="utf-8-sig")
    assert ",'＝行政运行," in expenditure and ",'＋一般行政管理事务," in expenditure
    assert ",＝行政运行," not in expenditure
    diff = run_cli(PORT, formulas, "--format", "csv")
    assert diff.returncode == 1, diff.stderr
    assert ",'＝行政运行," in diff.stdout and ",'＋一般行政管理事务," in diff.stdout
    assert ",＝行政运行," not in diff.stdout


# ---------------------------------------------------------------------------
# Standard output fails (item 5) or its reader goes away (item 13)
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two generated documents whose every output is far larger than a pipe holds."""
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec and spec.loader
    generate = importlib.util.module_from_spec(spec)
    sys.modules["generate"] = generate
    spec.loader.exec_module(generate)
    folder = tmp_path_factory.mktemp("big")
    paths = (folder / "a.txt", folder / "b.txt")
    for seed, path in enumerate(paths):
        path.write_text(generate.generate_document(300, seed=seed), encoding="utf-8")
    return paths


LONG_PORT = "./" * 900 + str(PORT.relative_to(ROOT))  # 60 reports of 2 kB each
WRITERS = [
    ("show", "{a}", "--color", "never"),
    ("show", "{a}", "--color", "always"),
    ("export", "{a}"),
    ("check", *[LONG_PORT] * 60),
    ("check", "--format", "json", *[LONG_PORT] * 20),
    ("{a}", "{b}", "--format", "plain"),
    ("{a}", "{b}", "--format", "markdown"),
    ("{port}", "{coop}", "--format", "rich", "--color", "always"),
    ("{a}", "{b}", "--format", "json"),
    ("{a}", "{b}", "--format", "csv"),
]


def _writer_args(template: tuple[str, ...], big: tuple[Path, Path]) -> list[str]:
    return [part.format(a=big[0], b=big[1], port=PORT, coop=COOPERATION) for part in template]


def _ids(template: tuple[str, ...]) -> str:
    return " ".join(part for part in template if part != LONG_PORT)


@pytest.mark.parametrize("template", WRITERS, ids=_ids)
def test_a_reader_that_goes_away_is_a_normal_end(
    big: tuple[Path, Path], template: tuple[str, ...]
) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "budgetdiff", *_writer_args(template, big)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_environment(),
        cwd=ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(1)  # like `| head -c 1`
    process.stdout.close()
    stderr = process.stderr.read().decode("utf-8")
    # the status is still the result's: the two documents differ (1), the others are fine
    status = 1 if template[0] in ("{a}", "{port}") else 0
    assert (process.wait(timeout=60), stderr) == (status, "")


def test_a_failed_check_stays_failed_when_the_reader_goes_away(tmp_path: Path) -> None:
    # 30226 劳务费 280,000 → 281,000: the economic tree no longer adds up
    text = PORT.read_text(encoding="utf-8")
    assert text.count("\t280,000\t") >= 1
    bad = tmp_path / "bad.txt"
    bad.write_text(text.replace("\t280,000\t", "\t281,000\t", 1), encoding="utf-8")
    for extra in ((), ("--format", "json")):
        process = subprocess.Popen(
            [sys.executable, "-m", "budgetdiff", "check", *extra, *[str(bad)] * 40],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_environment(),
            cwd=ROOT,
        )
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.read(1)
        process.stdout.close()
        assert (process.wait(timeout=60), process.stderr.read()) == (1, b"")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "template",
    [
        ("show", "{a}", "--color", "never"),
        ("show", "{a}", "--color", "always"),
        ("show", str(PORT), "--color", "never"),  # small: fails only in the final flush
        ("export", "{a}"),
        ("check", str(PORT)),
        ("check", "--format", "json", str(PORT)),
        ("{a}", "{b}", "--format", "json"),
    ],
    ids=" ".join,
)
def test_a_full_disk_on_standard_output_is_one_sentence(
    big: tuple[Path, Path], template: tuple[str, ...]
) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "budgetdiff", *_writer_args(template, big)],
            stdin=subprocess.DEVNULL,
            stdout=full,
            stderr=subprocess.PIPE,
            env=_environment(),
            cwd=ROOT,
            timeout=60,
        )
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "budgetdiff: cannot write standard output: No space left on device\n"
    )


def test_the_wrote_message_escapes_the_path(tmp_path: Path) -> None:
    name = tmp_path / "a\x1b]0;PWNED\x07\u202eb.txt"
    name.write_bytes(PORT.read_bytes())
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "budgetdiff",
            "export",
            str(name),
            "--format",
            "csv",
            "-o",
            f"{name}.d",
        ],
        capture_output=True,
        env=_environment(),
        cwd=ROOT,
    )
    assert result.returncode == 0
    assert b"\x1b" not in result.stderr and b"\x07" not in result.stderr
    assert "\u202e" not in result.stderr.decode("utf-8")
    assert "a\\x1b]0;PWNED\\x07\\u202eb.txt.d" in result.stderr.decode("utf-8")
