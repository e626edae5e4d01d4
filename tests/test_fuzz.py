"""Hostile and odd input never crashes the reader or the pipeline (hypothesis)."""

import string

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.build import Failure, safe_process
from kg.read import InputError, decode, read_inputs

HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
PIECES = st.sampled_from([
    " ", "\n", "\t", "\x00", "\x07", "\u200b", "\ufeff", "😀", "漢字", "한자", "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>", "“", "”", "‘", "’", '"', "'", "(", ")", "[", "]", "·", "㈜", "(주)", "=",
    "삼성전자는", "홍길동 회장은", "이 대통령은", "5일", "지난 23일", "4920억원", "3천500억달러", "51%",
    "업무협약을 체결했다.", "만났다.", "의 자회사인", "설립을 추진한다", "“좋은 협력을 하겠다”고 말했다.",
    "ARM", "LG", "SK㈜", "date 2025-12-05 ", "김", "이", "전", "겸", "대표", "시장",
])
TEXT = st.lists(st.one_of(PIECES, st.text(HANGUL, max_size=6), st.text(string.printable, max_size=6)),
                max_size=40).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_reader_turns_any_bytes_into_an_article_or_a_clear_error(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "any.txt"
    path.write_bytes(data)
    (item,) = list(read_inputs([path]))
    assert isinstance(item, InputError) or item.body.strip()
    if isinstance(item, InputError):
        assert "any.txt" in str(item)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
@example("\ufeff")  # a body with no words at all
def test_pipeline_survives_any_text_and_keeps_exact_evidence(text):
    from kg.read import article_from_text

    try:
        article = article_from_text(text, "fuzz")
    except InputError:
        return
    result = safe_process(article)
    assert not isinstance(result, Failure), result
    body = result.article.body
    f = result.facts
    for fact in [*f.memberships, *f.ownerships, *f.agreements, *f.events, *f.quotes, *f.plans, *f.measures]:
        for ev in fact.evidence:
            assert body[ev.start:ev.end] == ev.text


def test_odd_inputs_do_not_crash():
    from kg.read import article_from_text

    odd = [
        "<html><body><p>삼성전자는 <b>12일</b> 투자를 발표했다.</p></body></html>",
        "大韓民國 政府는 漢字를 쓴다. 李 대통령은 “漢字 교육”을 말했다 😀😀",
        "한국어와 English와 日本語が 混ざった 文章 ARM·SK㈜·(주)LG 😀\u200b",
        "홍길동 회장은 " + "“" * 50 + "말했다" + "”" * 3,
        ("삼성전자는 투자했다 " * 20000)[:200_000],  # one long line
    ]
    for text in odd:
        assert not isinstance(safe_process(article_from_text(text, "odd")), Failure)
    assert "삼성" in decode("삼성전자는 투자했다".encode("euc-kr"), "euc-kr.txt")
