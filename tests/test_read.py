import datetime as dt
import json

import pytest

from kg.read import InputError, article_from_text, articles_only, read_inputs


def test_leading_date_line_is_the_publication_date_and_not_body():
    article = article_from_text("date 2025-12-05 본문이다.", "a.txt")
    assert article.date == dt.date(2025, 12, 5)
    assert article.body == "본문이다."


def test_text_without_date_line_keeps_everything():
    article = article_from_text("그냥 본문이다.\n둘째 줄.", "a.txt")
    assert article.date is None
    assert article.body == "그냥 본문이다.\n둘째 줄."


def test_same_body_same_digest_and_different_body_different_digest():
    a = article_from_text("같은 글", "a")
    assert a.digest == article_from_text("같은 글", "b").digest
    assert a.digest != article_from_text("다른 글", "a").digest


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "empty"), (b"   \n", "empty"), (b"\x00\x01binary", "binary"), (b"caf\xe9 cr\xe8me \xff\xfe", "not UTF-8")],
)
def test_bad_files_are_named_with_their_problem(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=problem) as info:
        list(articles_only(read_inputs([path])))
    assert "bad.txt" in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(articles_only(read_inputs([tmp_path / "nope.txt"])))


def test_jsonl_articles_with_metadata(tmp_path):
    path = tmp_path / "news.jsonl"
    lines = [{"id": "n1", "text": "첫 기사.", "date": "2024-01-02", "title": "제목", "url": "https://example.org/1"},
             {"id": "n2", "text": "둘째 기사."}]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    articles = list(articles_only(read_inputs([path])))
    assert [a.id for a in articles] == ["n1", "n2"]
    assert articles[0].date == dt.date(2024, 1, 2) and articles[0].title == "제목"
    assert articles[1].date is None


def test_jsonl_bad_line_names_file_and_line(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text('{"id": "n1", "text": "좋다."}\n{broken\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"news.jsonl:2"):
        list(articles_only(read_inputs([path])))


def test_folder_reads_its_articles_in_name_order(tmp_path):
    (tmp_path / "b.txt").write_text("둘째.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("첫째.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("무시", encoding="utf-8")
    assert [a.id for a in read_inputs([tmp_path])] == ["a.txt", "b.txt"]


def test_korean_legacy_encoding_is_detected(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("date 2009-10-14 이명박 대통령은 13일 신임 차관을 임명했다.".encode("cp949"))
    (article,) = read_inputs([path])
    assert article.body == "이명박 대통령은 13일 신임 차관을 임명했다." and article.date.isoformat() == "2009-10-14"


def test_control_characters_become_spaces():
    assert article_from_text("앞\x07뒤\x1b끝", "a").body == "앞 뒤 끝"


def test_a_bad_line_is_reported_in_its_place_and_reading_goes_on(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text('{"id": "a", "text": "첫째."}\n{broken\n{"id": "c", "text": "셋째."}\n', encoding="utf-8")
    items = list(read_inputs([path]))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    assert "news.jsonl:2" in str(items[1])
