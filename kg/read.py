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
from pathlib import Path

DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\s+")


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

    @property
    def digest(self) -> str:
        """A content hash: the same body always gets the same article IRI."""
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
    body = body.strip()
    if not body:
        raise InputError(f"{article_id}: the article is empty")
    return Article(id=article_id, body=body, date=date)


def decode(data: bytes, where: str) -> str:
    if b"\x00" in data:
        raise InputError(f"{where}: binary file (contains NUL bytes), expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: not UTF-8 text (invalid byte at offset {exc.start})") from exc


def read_text_file(path: Path) -> Article:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    return article_from_text(decode(data, str(path)), path.name)


def read_jsonl(path: Path) -> Iterator[Article]:
    """One JSON object a line: `id`, `text`, optional `date`, `title`, `url`."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    with handle:
        seen_any = False
        for number, raw in enumerate(handle, start=1):
            where = f"{path}:{number}"
            line = decode(raw, where).strip()
            if not line:
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{where}: not a JSON object ({exc.msg})") from exc
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise InputError(f"{where}: expected an object with a string field 'text'")
            article = article_from_text(record["text"], str(record.get("id", f"{path.name}:{number}")))
            seen_any = True
            yield Article(
                id=article.id,
                body=article.body,
                date=parse_date(record.get("date"), where) or article.date,
                title=record.get("title"),
                url=record.get("url"),
            )
        if not seen_any:
            raise InputError(f"{path}: the file holds no articles")


def read_inputs(paths: list[Path]) -> Iterator[Article]:
    """Every article in the given files and folders, folders in name order."""
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix in (".txt", ".jsonl"))
            if not files:
                raise InputError(f"{path}: the folder holds no .txt or .jsonl files")
            yield from read_inputs(files)
        elif not path.exists():
            raise InputError(f"{path}: no such file")
        elif path.suffix == ".jsonl":
            yield from read_jsonl(path)
        else:
            yield read_text_file(path)
