"""Reading articles: `.txt` files, folders of them, and `.jsonl` files with one article a line.

Everything read here is untrusted; a problem becomes an `InputError` that names the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\s+")
#: control characters other than tab and line breaks: kept out of bodies, offsets unchanged
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
KOREAN_ENCODINGS = ["cp949", "euc_kr", "johab", "iso2022_kr"]
HANGUL = re.compile(r"[가-힣]")


class InputError(Exception):
    """An input that cannot be read; the message names the file and the problem."""


@dataclass(frozen=True)
class Article:
    """One news article: its body is what every offset downstream counts into."""

    id: str
    body: str
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None

    @cached_property
    def digest(self) -> str:
        """A content hash: the same body always gets the same article IRI (computed once: every
        evidence IRI carries it)."""
        return hashlib.sha256(self.body.encode("utf-8")).hexdigest()[:16]


def parse_date(value: str | None, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise InputError(f"{where}: date {value!r} is not YYYY-MM-DD") from exc


def article_from_text(text: str, article_id: str) -> Article:
    """Split an optional leading `date YYYY-MM-DD` off the text; the rest is the body."""
    match = DATE_LINE.match(text)
    date = parse_date(match.group(1), article_id) if match else None
    body = text[match.end():] if match else text
    body = CONTROL.sub(" ", body).strip()
    if not body:
        raise InputError(f"{article_id}: the article is empty")
    return Article(id=article_id, body=body, date=date)


def decode(data: bytes, where: str) -> str:
    """UTF-8, or a Korean legacy encoding (CP949, EUC-KR) when detection finds mostly Hangul in it."""
    if b"\x00" in data:
        raise InputError(f"{where}: binary file (contains NUL bytes), expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = decode_korean(data)
        if text is None:
            raise InputError(f"{where}: not UTF-8 text, nor Korean CP949/EUC-KR (invalid byte at offset "
                             f"{exc.start}); convert it to UTF-8") from exc
        return text


def decode_korean(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=KOREAN_ENCODINGS).best()
    if best is None:
        return None
    text = str(best)
    letters = [ch for ch in text if ch.isalpha()]
    return text if letters and len(HANGUL.findall(text)) / len(letters) >= 0.3 else None


def read_text_file(path: Path) -> Article:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    return article_from_text(decode(data, str(path)), path.name)


def jsonl_article(raw: bytes, path: Path, number: int) -> Article | None:
    """The article on one line of a .jsonl file; None for a blank line."""
    where = f"{path}:{number}"
    line = decode(raw, where).strip()
    if not line:
        return None
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not a JSON object ({exc.msg})") from exc
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(f"{where}: expected an object with a string field 'text'")
    article = article_from_text(record["text"], str(record.get("id", f"{path.name}:{number}")))
    title, url = record.get("title"), record.get("url")
    return Article(id=article.id, body=article.body, date=parse_date(record.get("date"), where) or article.date,
                   title=title if isinstance(title, str) else None, url=url if isinstance(url, str) else None)


def read_jsonl(path: Path) -> Iterator[Article | InputError]:
    """One JSON object a line: `id`, `text`, optional `date`, `title`, `url`; read lazily, line by line."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputError(f"{path}: cannot read ({exc.strerror})")
        return
    with handle:
        seen_any = False
        for number, raw in enumerate(handle, start=1):
            try:
                article = jsonl_article(raw, path, number)
            except InputError as exc:
                seen_any = True
                yield exc
                continue
            if article is not None:
                seen_any = True
                yield article
        if not seen_any:
            yield InputError(f"{path}: the file holds no articles")


def read_inputs(paths: list[Path]) -> Iterator[Article | InputError]:
    """Every article in the given files and folders, folders in name order, read lazily.

    A file or line that cannot be read comes as an `InputError` in its place, so that a corpus
    goes on past it.
    """
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix in (".txt", ".jsonl"))
            if not files:
                yield InputError(f"{path}: the folder holds no .txt or .jsonl files")
            yield from read_inputs(files)
        elif not path.exists():
            yield InputError(f"{path}: no such file")
        elif path.suffix == ".jsonl":
            yield from read_jsonl(path)
        else:
            try:
                yield read_text_file(path)
            except InputError as exc:
                yield exc


def articles_only(items: Iterator[Article | InputError]) -> Iterator[Article]:
    """The articles, raising the first reading error: for callers that want all or nothing."""
    for item in items:
        if isinstance(item, InputError):
            raise item
        yield item
