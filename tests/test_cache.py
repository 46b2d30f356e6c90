"""The cache of read PDFs: equal results, stale and damaged entries ignored, bounded, optional."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from contextlib import redirect_stdout
from pathlib import Path

import pytest

import budgetdiff
from budgetdiff import cache
from budgetdiff.cli import build_parser, main
from budgetdiff.commands.inputs import read_document
from budgetdiff.model import Document
from budgetdiff.parser import pdf_reader
from budgetdiff.parser.paged import PagedDocument
from budgetdiff.record import replace

ROOT = Path(__file__).resolve().parents[1]
WANLI = ROOT / "samples" / "real" / "sh-putuo-wanli-2024-dept.pdf"
GOVOFFICE = ROOT / "samples" / "real" / "sh-putuo-govoffice-2025-dept.pdf"
PORT = ROOT / "samples" / "shanghai-port-office-2017.txt"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setenv(cache.DIRECTORY_VARIABLE, str(where))
    return where


_READ: dict[bytes, PagedDocument] = {}


@pytest.fixture
def pdf_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names read_pdf is called with from now on (each file is really read once)."""
    calls: list[str] = []
    real = pdf_reader.read_pdf

    def counting(data: bytes, name: str) -> PagedDocument:
        calls.append(name)
        if data not in _READ:
            _READ[data] = real(data, name)
        return replace(_READ[data], name=name)

    monkeypatch.setattr(pdf_reader, "read_pdf", counting)
    return calls


@pytest.fixture(scope="module")
def govoffice() -> Document:
    return budgetdiff.load(GOVOFFICE)


@pytest.fixture(scope="module")
def wanli() -> Document:
    return budgetdiff.load(WANLI)


def _entry(where: Path, path: Path) -> Path:
    return where / f"{hashlib.sha256(path.read_bytes()).hexdigest()}.json"


def _same(document: Document, expected: Document) -> None:
    assert document == expected
    assert document.origin == expected.origin
    assert document.page_texts == expected.page_texts
    assert document.source == expected.source


def test_a_cached_read_equals_an_uncached_one(
    wanli: Document, cache_dir: Path, pdf_reads: list[str]
) -> None:
    expected = wanli
    first = read_document(str(WANLI), None, cache=True)
    assert pdf_reads == [str(WANLI)]
    assert _entry(cache_dir, WANLI).is_file()
    again = read_document(str(WANLI), None, cache=True)
    assert pdf_reads == [str(WANLI)], "the second read came from the cache"
    _same(first, expected)
    _same(again, expected)
    assert again.code_table("expenditure").get("2010507") is not None


def test_the_entry_names_the_document_under_its_new_path(
    cache_dir: Path, tmp_path: Path, pdf_reads: list[str], govoffice: Document
) -> None:
    read_document(str(GOVOFFICE), None, cache=True)
    copy = tmp_path / "renamed.pdf"
    shutil.copyfile(GOVOFFICE, copy)
    document = read_document(str(copy), None, cache=True)
    assert pdf_reads == [str(GOVOFFICE)]
    _same(document, budgetdiff.load(copy))
    assert document.source.path == str(copy)


def test_an_entry_of_another_release_or_reader_is_not_trusted(
    cache_dir: Path, pdf_reads: list[str], monkeypatch: pytest.MonkeyPatch, govoffice: Document
) -> None:
    read_document(str(GOVOFFICE), None, cache=True)
    monkeypatch.setattr(budgetdiff, "__version__", "99.0.0")
    cache.reader_key.cache_clear()  # computed once per process; a new release is a new process
    _same(read_document(str(GOVOFFICE), None, cache=True), govoffice)
    assert len(pdf_reads) == 2, "a new version reads the PDF again"
    _same(read_document(str(GOVOFFICE), None, cache=True), govoffice)
    assert len(pdf_reads) == 2, "and replaces the entry with its own"
    monkeypatch.undo()
    cache.reader_key.cache_clear()


def _rewrite_payload(data: bytes, change: Callable[[list[object]], None]) -> bytes:
    """The entry with its pages changed and the header's payload hash made to match."""
    head, _, payload = data.partition(b"\n")
    content = json.loads(payload)  # [pages, unread pages, notes]
    change(content[0])
    new_payload = json.dumps(content, ensure_ascii=False).encode("utf-8")
    header = json.loads(head)
    header["payload_sha256"] = hashlib.sha256(new_payload).hexdigest()
    return json.dumps(header).encode("ascii") + b"\n" + new_payload


def _first_line(pages: list[object]) -> list[object]:
    page = pages[0]
    assert isinstance(page, list)
    line = page[2][0]
    assert isinstance(line, list)
    return line


def _tab_in_cell(pages: list[object]) -> None:
    _first_line(pages)[1][0] = "上海市\t2024年"


def _float_line(pages: list[object]) -> None:
    _first_line(pages)[0] = 1.0


def _bool_page(pages: list[object]) -> None:
    page = pages[0]
    assert isinstance(page, list)
    page[0] = True


def _short_x(pages: list[object]) -> None:
    _first_line(pages)[2] = []


def _no_pages(pages: list[object]) -> None:
    pages.clear()


def _string_x(pages: list[object]) -> None:
    _first_line(pages)[2][0] = "59.3"


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "truncated": lambda data: data[: len(data) // 2],
    "empty": lambda data: b"",
    "garbage": lambda data: os.urandom(4096),
    "header only": lambda data: data.partition(b"\n")[0] + b"\n",
    "no header": lambda data: data.partition(b"\n")[2],
    "an amount edited": lambda data: data.replace(b"12,029,501.84", b"12,029,591.84", 1),
    "a bit flipped": lambda data: data[:-40] + bytes([data[-40] ^ 1]) + data[-39:],
    "another reader": lambda data: data.replace(b'"reader":"', b'"reader":"0', 1),
    "another format": lambda data: data.replace(b"pdf-cache/2", b"pdf-cache/0", 1),
    "another document": lambda data: data.replace(b'"sha256":"', b'"sha256":"0', 1),
    "not UTF-8": lambda data: data.partition(b"\n")[0] + b"\n\xff\xfe" + data[2000:],
    "NaN edge": lambda data: data.replace(b"[[", b"[[NaN,", 1),
    "a tab in a cell, hash fixed": lambda data: _rewrite_payload(data, _tab_in_cell),
    "a float line number, hash fixed": lambda data: _rewrite_payload(data, _float_line),
    "a bool page number, hash fixed": lambda data: _rewrite_payload(data, _bool_page),
    "fewer x than cells, hash fixed": lambda data: _rewrite_payload(data, _short_x),
    "no pages, hash fixed": lambda data: _rewrite_payload(data, _no_pages),
    "a string x, hash fixed": lambda data: _rewrite_payload(data, _string_x),
    "an infinite x, hash fixed": lambda data: _rewrite_payload(
        data, lambda pages: _first_line(pages)[2].__setitem__(0, 1e999)
    ),
}


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_a_damaged_entry_is_ignored_and_replaced(
    damage: str, cache_dir: Path, pdf_reads: list[str], govoffice: Document
) -> None:
    read_document(str(GOVOFFICE), None, cache=True)
    entry = _entry(cache_dir, GOVOFFICE)
    good = entry.read_bytes()
    assert b"12,029,501.84" in good
    entry.write_bytes(DAMAGE[damage](good))
    assert entry.read_bytes() != good
    _same(read_document(str(GOVOFFICE), None, cache=True), govoffice)
    assert len(pdf_reads) == 2, "the damaged entry was not used"
    assert entry.read_bytes() == good, "and was replaced by a good one"
    _same(read_document(str(GOVOFFICE), None, cache=True), govoffice)
    assert len(pdf_reads) == 2


def test_an_entry_others_can_write_is_not_trusted(
    cache_dir: Path, pdf_reads: list[str], govoffice: Document
) -> None:
    read_document(str(GOVOFFICE), None, cache=True)
    entry = _entry(cache_dir, GOVOFFICE)
    assert entry.stat().st_mode & 0o777 == 0o600
    entry.chmod(0o666)
    _same(read_document(str(GOVOFFICE), None, cache=True), govoffice)
    assert len(pdf_reads) == 2
    assert entry.stat().st_mode & 0o777 == 0o600, "the replacement is private again"


@pytest.mark.parametrize("kind", ["symlink", "directory"])
def test_an_entry_that_is_no_regular_file_is_never_followed(
    kind: str, cache_dir: Path, tmp_path: Path, pdf_reads: list[str], govoffice: Document
) -> None:
    read_document(str(GOVOFFICE), None, cache=True)
    entry = _entry(cache_dir, GOVOFFICE)
    elsewhere = tmp_path / "elsewhere.json"
    entry.rename(elsewhere)
    if kind == "symlink":
        entry.symlink_to(elsewhere)
    else:
        entry.mkdir()
    for _ in range(2):
        _same(read_document(str(GOVOFFICE), None, cache=True), govoffice)
    assert len(pdf_reads) == 3, "neither read went through the link or into the directory"
    assert entry.is_symlink() == (kind == "symlink")
    assert elsewhere.read_bytes().startswith(b'{"format"'), "the link's target is left alone"


def test_a_cache_that_cannot_be_written_never_fails_a_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pdf_reads: list[str], govoffice: Document
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv(cache.DIRECTORY_VARIABLE, str(blocker / "cache"))
    for _ in range(2):
        _same(read_document(str(GOVOFFICE), None, cache=True), govoffice)
    assert len(pdf_reads) == 2
    assert blocker.read_text() == "not a directory"


def _unprivileged() -> list[str] | None:
    """A command prefix that runs without the power to write into a read-only directory."""
    setpriv = shutil.which("setpriv")
    if os.geteuid() != 0:
        return []
    if setpriv is None:
        return None
    caps = "-dac_override,-dac_read_search"
    prefix = [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}"]
    probe = subprocess.run([*prefix, "true"], capture_output=True)
    return prefix if probe.returncode == 0 else None


def test_a_read_only_cache_directory_leaves_the_command_as_it_was(tmp_path: Path) -> None:
    prefix = _unprivileged()
    if prefix is None:
        pytest.skip("cannot drop the capabilities that let root write a read-only directory")
    where = tmp_path / "cache"
    where.mkdir()
    where.chmod(0o555)
    environment = {**os.environ, cache.DIRECTORY_VARIABLE: str(where), "COLUMNS": "120"}
    command = [sys.executable, "-m", "budgetdiff", "show", str(GOVOFFICE), "--color", "never"]
    try:
        result = subprocess.run([*prefix, *command], capture_output=True, env=environment)
        fresh = subprocess.run([*command, "--no-cache"], capture_output=True, env=environment)
    finally:
        where.chmod(0o755)
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout == fresh.stdout
    assert list(where.iterdir()) == []


def test_the_cache_keeps_the_newest_entries(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch, govoffice: Document
) -> None:
    monkeypatch.setattr(cache, "MAX_ENTRIES", 2)
    cache_dir.mkdir()
    other = cache_dir / "notes.json"
    other.write_text("{}")
    pages = pdf_reader.read_pdf(GOVOFFICE.read_bytes(), "x")
    digests = [f"{index:064x}" for index in range(4)]
    for age, digest in enumerate(digests):
        cache.put(digest, pages)
        os.utime(cache_dir / f"{digest}.json", (1000 + age, 1000 + age))
    assert sorted(path.name for path in cache_dir.iterdir()) == [
        f"{digests[2]}.json",
        f"{digests[3]}.json",
        "notes.json",
    ]
    assert cache.get(digests[2], "x") == pages, "a read marks an entry as recently used"
    cache.put(digests[0], pages)
    assert sorted(path.name for path in cache_dir.iterdir()) == [
        f"{digests[0]}.json",
        f"{digests[2]}.json",
        "notes.json",
    ]


def test_the_cache_is_bounded_in_bytes(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pages = pdf_reader.read_pdf(GOVOFFICE.read_bytes(), "x")
    cache.put("a" * 64, pages)
    size = (cache_dir / f"{'a' * 64}.json").stat().st_size
    monkeypatch.setattr(cache, "MAX_TOTAL_BYTES", 2 * size + size // 2)
    os.utime(cache_dir / f"{'a' * 64}.json", (1000, 1000))
    cache.put("b" * 64, pages)
    assert len(list(cache_dir.iterdir())) == 2
    cache.put("c" * 64, pages)
    assert sorted(path.name[0] for path in cache_dir.iterdir()) == ["b", "c"]


def test_text_input_is_not_cached(cache_dir: Path) -> None:
    read_document(str(PORT), None, cache=True)
    assert not cache_dir.exists()


def _poison(where: Path) -> None:
    """A valid entry for the wanli PDF that names another department."""
    data = WANLI.read_bytes()
    real = pdf_reader.read_pdf(data, str(WANLI))
    pages = tuple(
        replace(
            page,
            lines=tuple(
                replace(line, cells=tuple(c.replace("万里街道", "毒药街道") for c in line.cells))
                for line in page.lines
            ),
        )
        for page in real.pages
    )
    cache.put(hashlib.sha256(data).hexdigest(), replace(real, pages=pages))
    assert _entry(where, WANLI).is_file()


def _main(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        status = main(list(args))
    return status, out.getvalue()


@pytest.mark.parametrize(
    "command",
    [
        ("show", str(WANLI), "--color", "never"),
        ("check", str(WANLI)),
        ("export", str(WANLI)),
        ("diff", str(GOVOFFICE), str(WANLI), "--format", "plain", "--stat"),
    ],
    ids=["show", "check", "export", "diff"],
)
def test_every_command_reads_the_cache_and_no_cache_skips_it(
    command: tuple[str, ...], cache_dir: Path
) -> None:
    _poison(cache_dir)
    status, cached = _main(*command)
    assert status in (0, 1)
    assert "毒药街道" in cached, "the command read its document through the cache"
    status, fresh = _main(*command, "--no-cache")
    assert status in (0, 1)
    assert "毒药街道" not in fresh and "万里街道" in fresh
    assert _main(*command)[1] == cached, "--no-cache did not replace the entry"


def test_no_cache_neither_reads_nor_writes(cache_dir: Path) -> None:
    status, _ = _main("diff", str(GOVOFFICE), str(WANLI), "-q", "--no-cache")
    assert status == 1
    assert not cache_dir.exists()
    status, _ = _main("diff", str(GOVOFFICE), str(WANLI), "-q")
    assert status == 1
    assert len(list(cache_dir.iterdir())) == 2


def test_explore_takes_no_cache() -> None:
    args = build_parser().parse_args(["explore", str(WANLI), "--no-cache"])
    assert args.no_cache is True
    assert build_parser().parse_args(["explore", str(WANLI)]).no_cache is False


def test_check_fills_the_cache_from_its_worker_processes(cache_dir: Path) -> None:
    pdfs = [
        WANLI,
        GOVOFFICE,
        ROOT / "samples" / "real" / "sh-putuo-govoffice-2025-unit.pdf",
        ROOT / "samples" / "real" / "sh-putuo-commerce-2025-dept.pdf",
    ]
    status, first = _main("check", *map(str, pdfs))
    assert sorted(path.name for path in cache_dir.iterdir()) == sorted(
        _entry(cache_dir, pdf).name for pdf in pdfs
    )
    assert _main("check", *map(str, pdfs)) == (status, first)


def test_a_warm_show_never_loads_pdfium(cache_dir: Path) -> None:
    probe = (
        "import io, sys, contextlib\n"
        "from budgetdiff.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    status = main(['show', {str(WANLI)!r}, '--color', 'never'])\n"
        "print(status, 'pypdfium2' in sys.modules)\n"
    )
    environment = {**os.environ, cache.DIRECTORY_VARIABLE: str(cache_dir)}

    def run() -> str:
        result = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=environment
        )
        assert result.stderr == ""
        return result.stdout.strip()

    assert run() == "0 True", "a cold cache reads the PDF"
    assert run() == "0 False", "a warm one does not even import PDFium"


def test_a_fifo_named_like_an_entry_does_not_hang(cache_dir: Path, govoffice: Document) -> None:
    digest = hashlib.sha256(GOVOFFICE.read_bytes()).hexdigest()
    cache_dir.mkdir(parents=True, exist_ok=True)
    os.mkfifo(cache_dir / f"{digest}.json")
    _same(read_document(str(GOVOFFICE), None, cache=True), govoffice)
